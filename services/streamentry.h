#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class RedisReply;

// One Redis stream entry as XRANGE / XREAD / XREADGROUP / XAUTOCLAIM return it.
struct StreamEntry {
    QByteArray id; // "1700000000000-3"
    QList<QPair<QByteArray, QByteArray>> fields;

    [[nodiscard]] QByteArray value(const QByteArray &field) const; // first match, or null
    [[nodiscard]] qsizetype byteSize() const; // sum of field names and values
    // "type:action", or "table:operation" for incomplete entries (docs/event-format.md), a missing
    // half as "?"; empty when neither is there. What a person scans a list of entries by.
    [[nodiscard]] static QString eventText(const QList<QPair<QByteArray, QByteArray>> &fields);

    // [[id, [f, v, ...]], ...] (XRANGE, one stream of XREAD, XAUTOCLAIM's second element).
    // Entries deleted while pending come back as [id, nil] and are kept with no fields.
    [[nodiscard]] static QList<StreamEntry> listFromReply(const RedisReply &reply);
    // XREAD/XREADGROUP: [[stream, entries], ...] -> the entries of all streams, in order.
    [[nodiscard]] static QList<StreamEntry> fromReadReply(const RedisReply &reply);
};

// Stream ids "ms-seq" compared numerically; an id that does not parse sorts first.
namespace StreamId {
struct Parts {
    quint64 ms = 0;
    quint64 seq = 0;
    bool valid = false;
};
[[nodiscard]] Parts parse(const QByteArray &id);
// <0, 0, >0 like strcmp. Invalid ids compare equal to each other and below valid ones.
[[nodiscard]] int compare(const QByteArray &a, const QByteArray &b);
} // namespace StreamId
