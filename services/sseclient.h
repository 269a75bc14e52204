#pragma once

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include "services/sseparser.h"

class QNetworkAccessManager;
class QNetworkReply;

// An EventSource client on QNetworkAccessManager: GET (or a configured method) with
// `Accept: text/event-stream`, the WHATWG parser, reconnection with the server's `retry`,
// exponential backoff with jitter over consecutive failures, `Last-Event-ID` on reconnect,
// a read-timeout watchdog, and the HTTP status rules of the issue (204 stops; 4xx other than
// 408/429 stops; 5xx, 408 and 429 retry honouring Retry-After up to the maximum reconnection
// delay, backing off over consecutive failures as `retry: 0` does; a wrong Content-Type stops).
//
// Every timer and the network manager are children of this object, so it can be moved to a
// worker thread with moveToThread() before start().
class SseClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseClient)

public:
    enum class State { Idle, Connecting, Open, Reconnecting, Closed };
    Q_ENUM(State)

    using Header = std::pair<QByteArray, QByteArray>;

    static constexpr std::chrono::milliseconds DefaultReadTimeout {45'000};
    static constexpr std::chrono::milliseconds DefaultReconnectDelay {3'000};
    static constexpr std::chrono::milliseconds DefaultMaxReconnectDelay {60'000};
    // Redirects followed per connection attempt, as fetch (and so EventSource) allows.
    static constexpr int MaxRedirects = 20;
    // Open this long, a connection that fails is not one more failure of a run: the backoff
    // starts afresh (a healthy feed of heartbeats only, cut by a proxy when idle).
    static constexpr std::chrono::milliseconds DefaultStableOpenTime {30'000};
    // The longest Retry-After honoured: the maximum reconnect delay, or an hour if that is less.
    static constexpr std::chrono::milliseconds RetryAfterFloorOfCap {3'600'000};

    explicit SseClient(QObject *parent = nullptr);
    ~SseClient() override;

    // Configuration; takes effect at the next connection attempt.
    void setUrl(const QUrl &url);
    [[nodiscard]] QUrl url() const { return m_url; }
    // Extra request headers (e.g. Authorization). They may override Accept or Cache-Control.
    void setHeaders(const QList<Header> &headers);
    [[nodiscard]] QList<Header> headers() const { return m_headers; }
    // The ID sent as Last-Event-ID on the first request (e.g. the one saved at the last run).
    // Only while Idle or Closed; it also forgets a `retry:` received before. An ID with CR, LF
    // or NUL is refused (false, nothing changes): it would add a header of its own to the
    // request, and the parser never sets one.
    bool setLastEventId(const QString &id);
    // No byte for this long means the connection is dead; zero disables the watchdog.
    void setReadTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds readTimeout() const { return m_readTimeout; }
    // Reconnection delay until the server sends `retry:`.
    void setInitialReconnectDelay(std::chrono::milliseconds delay);
    // Ceiling of the backoff growth (never below the reconnection delay itself).
    void setMaxReconnectDelay(std::chrono::milliseconds delay);
    // Method other than GET, and a request body (sent again on every reconnect).
    void setMethod(const QByteArray &method);
    void setBody(const QByteArray &body);
    // Largest event (and pending line) accepted; a larger one drops the connection as a failure.
    void setMaxEventBytes(qsizetype bytes);
    void setStableOpenTime(std::chrono::milliseconds time);
    [[nodiscard]] std::chrono::milliseconds retryAfterCap() const { return std::max(m_maxDelay, RetryAfterFloorOfCap); }

    // Connects (from Idle or Closed; otherwise does nothing).
    void start();
    // Drops the current connection or pending retry and connects now.
    void restart();
    // Stops for good until the next start().
    void close();

    [[nodiscard]] State state() const { return m_state; }
    // While reconnecting, counts down ("reconnecting in 12 s", then 11 s, ...).
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] bool isActive() const { return m_state != State::Idle && m_state != State::Closed; }
    // The last event ID string: what the next request sends and what a feed should save.
    [[nodiscard]] QString lastEventId() const { return m_parser.lastEventId(); }
    // Only while eventReceived() is being emitted: the event is the first of its connection and
    // names in an id field of its own the Last-Event-ID that connection sent. A server resuming
    // from that id rather than after it sends the last event again; a receiver that keeps what
    // it got may drop it. (An event without an id field only inherits that id: a new one.)
    [[nodiscard]] bool eventResendsLastEventId() const { return m_resendsLastId; }
    // The origin ("http://host:port") a redirect of the current attempt led to, where the
    // headers were not sent; empty if none.
    [[nodiscard]] QString headersWithheldFrom() const { return m_withheldFrom; }
    // Base reconnection delay now in force (the server's `retry` or the initial delay).
    [[nodiscard]] std::chrono::milliseconds reconnectionDelay() const { return m_reconnectionDelay; }
    // Time left before the next attempt while Reconnecting, else -1.
    [[nodiscard]] qint64 reconnectRemainingMs() const;

    // Counters for views, kept across reconnects and restarts.
    [[nodiscard]] qint64 eventsReceived() const { return m_eventsReceived; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    [[nodiscard]] qint64 reconnects() const { return m_reconnects; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // The last error was a failed TLS handshake: waiting will not cure it (https:// to a plain
    // server, an unknown certificate authority).
    [[nodiscard]] bool lastErrorIsTls() const { return m_lastErrorTls; }

    // Delay before attempt `failures` (1 = first attempt after a drop): the base delay itself,
    // then doubling from max(base, 100 ms) with "equal jitter" (half fixed, half random) up to
    // max(cap, base).
    // `random01` is in [0, 1).
    [[nodiscard]] static std::chrono::milliseconds backoffDelay(
        std::chrono::milliseconds base, int failures, std::chrono::milliseconds cap, double random01);
    // A Retry-After value: delay-seconds or an HTTP date relative to `now`. Dates in the past
    // give zero; garbage gives nullopt.
    [[nodiscard]] static std::optional<std::chrono::milliseconds> parseRetryAfter(
        const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    // Not named event()/error(): they would hide QObject::event().
    void eventReceived(const QString &type, const QString &data, const QString &id);
    void commentReceived(const QString &text);
    // text: "connecting", "open", "reconnecting in N s", "closed: reason" (translated).
    void stateChanged(SseClient::State state, const QString &text);
    // Every failure: network error, end of stream, read timeout, refused response. Not emitted
    // for restart() or close().
    void errorOccurred(const QString &message);

private:
    enum class After { Retry, Stop };

    void connectNow();
    // One request of a connection attempt: to the feed's URL, or to where a redirect led.
    void sendRequest(const QUrl &url, const QByteArray &method, const QByteArray &body, bool userHeaders);
    void onRedirected(QNetworkReply *reply, const QUrl &target);
    void readRefusal(QNetworkReply *reply);
    [[nodiscard]] QString answered(const QString &statusText) const; // "the server answered HTTP 401 ..."
    [[nodiscard]] QString withoutSecrets(QString text) const; // m_headers' values as ***
    void finishRefusal(); // fails with m_refusal and the body's first words
    void onMetaDataChanged(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void onReadTimeout();
    void onReconnectTimer();
    // Checks status and Content-Type once headers are in; true when the stream is open.
    bool acceptResponse(QNetworkReply *reply);
    // tls: the failure was the TLS handshake (lastErrorIsTls()).
    void fail(
        After after, const QString &text, std::optional<std::chrono::milliseconds> retryAfter = {}, bool tls = false);
    void dropReply();
    void setState(State state, const QString &text);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_readTimer;
    QTimer m_reconnectTimer;
    SseParser m_parser;

    QUrl m_url;
    QList<Header> m_headers;
    QByteArray m_method;
    QByteArray m_body;
    // The request in flight (sendRequest()): where it goes, and whether it carries m_headers.
    QUrl m_requestUrl;
    QByteArray m_requestMethod;
    QByteArray m_requestBody;
    bool m_requestHasUserHeaders = false;
    QString m_withheldFrom; // the origin a redirect led to without m_headers, this attempt
    QString m_sentLastId; // the request's Last-Event-ID header
    bool m_eventOnConnection = false; // an event arrived since that request
    bool m_resendsLastId = false; // see eventResendsLastEventId()
    std::chrono::milliseconds m_readTimeout = DefaultReadTimeout;
    std::chrono::milliseconds m_initialDelay = DefaultReconnectDelay;
    std::chrono::milliseconds m_maxDelay = DefaultMaxReconnectDelay;
    std::chrono::milliseconds m_reconnectionDelay = DefaultReconnectDelay;
    qsizetype m_maxEventBytes = SseParser::DefaultMaxEventBytes;
    std::chrono::milliseconds m_stableOpenTime = DefaultStableOpenTime;

    State m_state = State::Idle;
    QString m_stateText;
    bool m_open = false; // the current response was accepted
    QString m_refusal; // "the server answered HTTP 400 ...", while its body is read
    QByteArray m_refusalBody;
    // Consecutive failed attempts since the last event, or since a connection that stayed open
    // long (not since the last open: one that opens and fails alike each time must back off).
    int m_failures = 0;
    QElapsedTimer m_openedAt; // since the current response was accepted
    int m_redirects = 0; // redirects followed in this attempt
    quint64 m_generation = 0; // bumped whenever the connection is dropped
    qint64 m_eventsReceived = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_reconnects = 0;
    QString m_lastError;
    bool m_lastErrorTls = false;
};
