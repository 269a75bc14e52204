#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// One dispatched server-sent event. `id` is the stream's last event ID at dispatch time, so an
// event without an `id:` line carries the previous one (WHATWG MessageEvent.lastEventId).
struct SseEvent {
    QString type;
    QString data;
    QString id;
    // The event had an id field of its own; without one, id is the one it inherited.
    bool hasOwnId = false;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// What the parser reports, in stream order: events, comment lines and valid `retry:` values.
struct SseItem {
    enum class Kind : quint8 { Event, Comment, Retry };

    Kind kind = Kind::Event;
    SseEvent event; // Kind::Event
    QString comment; // Kind::Comment: the line after its colon, verbatim
    qint64 retryMs = -1; // Kind::Retry

    friend bool operator==(const SseItem &, const SseItem &) = default;
};

// Incremental text/event-stream parser following the WHATWG HTML rules ("parsing an event
// stream", "interpreting an event stream", "dispatch the event"). No I/O: feed bytes as they
// arrive, in pieces of any size; the result never depends on where the pieces split.
class SseParser final {
public:
    // Upper bound for one pending line plus the data of the event being built (a server that
    // never sends a line end must not exhaust memory). Exceeding it sets hasOverflowed().
    static constexpr qsizetype DefaultMaxEventBytes = 32 * 1024 * 1024;

    SseParser() = default;
    explicit SseParser(const QString &lastEventId);

    // Parses a chunk and appends what it completes to `out`.
    void feed(QByteArrayView chunk, QList<SseItem> &out);
    [[nodiscard]] QList<SseItem> feed(QByteArrayView chunk);

    // The connection ended: the incomplete event (and partial line) is discarded, an `id:` seen
    // in it does not count, and the next bytes start a new stream (its BOM is stripped again).
    // The last event ID and reconnection time persist.
    void endOfStream();
    // Back to a fresh parser with the given last event ID and no reconnection time.
    void reset(const QString &lastEventId = QString());

    // The last event ID string: set when an event is dispatched (even one with no data).
    [[nodiscard]] QString lastEventId() const { return m_lastEventId; }
    // The last valid `retry:` value in ms, or -1.
    [[nodiscard]] qint64 reconnectionTimeMs() const { return m_reconnectionTimeMs; }

    void setMaxEventBytes(qsizetype bytes) { m_maxEventBytes = bytes; }
    [[nodiscard]] bool hasOverflowed() const { return m_overflowed; }

    // The WHATWG "UTF-8 decode without BOM" algorithm: invalid sequences become U+FFFD per
    // maximal subpart, a leading U+FEFF is kept. (QString::fromUtf8 strips a BOM and replaces
    // truncated sequences byte by byte, so it is not used.)
    [[nodiscard]] static QString decodeUtf8(const char *data, qsizetype size);

private:
    void processLine(const char *line, qsizetype size, QList<SseItem> &out);
    void dispatch(QList<SseItem> &out);
    [[nodiscard]] QString eventType();

    QByteArray m_pending; // bytes of an unterminated line
    QByteArray m_data; // raw data buffer: each data value followed by LF
    QByteArray m_type; // raw event type buffer
    QString m_idBuffer; // last event ID buffer
    bool m_idField = false; // the event being read has had an id field
    QString m_lastEventId; // last event ID string
    QByteArray m_cachedTypeRaw; // event types repeat: decode each distinct one once
    QString m_cachedType;
    qint64 m_reconnectionTimeMs = -1;
    qsizetype m_maxEventBytes = DefaultMaxEventBytes;
    bool m_skipLf = false; // the last chunk ended in CR: a leading LF belongs to it
    bool m_bomChecked = false;
    bool m_overflowed = false;
};
