#pragma once

#include <memory>
#include <unordered_map>

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include "services/redisconnection.h"
#include "services/redisendpoint.h"
#include "services/streamentry.h"

class QTcpServer;
class QTcpSocket;
struct HttpRequest;

// Serves a Redis stream to any EventSource client over HTTP/1.1 (docs/event-format.md, "The SSE
// gateway"). One SSE event per stream entry: `id:` the entry id, `event:` type:action, `data:`
// the entry as one-line JSON.
//
// Many clients share one tail reader: a single XREAD BLOCK loop (its own blocking connection)
// fans each batch out to every client that is caught up. A client resuming from Last-Event-ID
// first catches up alone with XRANGE pages bounded by the tail position as it was when the page
// was asked for; it joins the fan-out only once it has covered the tail position as it is now,
// so the hand-over has no gap and no duplicate (stream ids only grow). Catch-up pages are paced
// by the client's own drain rate; a caught-up client whose unsent bytes pass the cap is dropped,
// never buffered without bound.
class SseGateway final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseGateway)

public:
    struct Config {
        RedisEndpoint endpoint;
        QString stream = QStringLiteral("servicenow:changes");
        QHostAddress address = QHostAddress(QHostAddress::LocalHost); // loopback unless told otherwise
        quint16 port = 0; // 0: any free port (see serverPort())
        QString token; // non-empty: "Authorization: Bearer <token>" required
        int maxClients = 1000; // streaming clients; more get 503
        int heartbeatMs = 15000; // ": heartbeat" comment to every client
        int retryMs = 3000; // the "retry:" hint sent first
        qint64 maxBufferedBytes = 4 * 1024 * 1024; // unsent bytes per client before it is dropped
        int pageSize = 500; // XRANGE COUNT while a client catches up
        int tailCount = 1000; // XREAD COUNT of the shared tail reader
        int blockMs = 2000; // XREAD BLOCK of the shared tail reader
        int requestTimeoutMs = 10000; // time to send the request head
        qsizetype maxRequestBytes = 16 * 1024;
        int redisTimeoutMs = 10000; // connect and command timeout
        // The first connection attempt failing (refused, no answer) emits failed() instead of
        // retrying: a command-line run must not serve nothing for ever. Once Redis was ready, a
        // drop is retried (clients wait). A rejected password always ends in failed().
        bool failIfUnreachable = false;
    };

    struct Stats {
        int clients = 0; // streaming now (catching up or live)
        int catchingUp = 0; // of which still reading history with XRANGE
        qint64 accepted = 0; // streams started since start()
        qint64 eventsSent = 0; // SSE events written, all clients together
        qint64 drops = 0; // clients dropped for being too slow
        qint64 rejected = 0; // requests answered with an error status
        qint64 peakBufferedBytes = 0; // the most unsent bytes any client ever had
    };

    explicit SseGateway(const Config &config, QObject *parent = nullptr);
    ~SseGateway() override;

    // Listens and connects to Redis. Returns false (with a translated one-line error) if the
    // address cannot be bound; Redis problems are retried and reported by redisStateChanged().
    bool start(QString *error = nullptr);
    // Closes the listening socket, every client and the Redis connections.
    void stop();

    [[nodiscard]] const Config &config() const { return m_config; }
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QHostAddress serverAddress() const;
    [[nodiscard]] quint16 serverPort() const;
    // True once the tail position is known (the stream's last id at start, then each batch's).
    [[nodiscard]] bool isReady() const { return !m_tailId.isEmpty(); }
    [[nodiscard]] QByteArray tailId() const { return m_tailId; }
    [[nodiscard]] Stats stats() const;

    // One SSE event for an entry: id, event (type:action, or "malformed") and data lines.
    [[nodiscard]] static QByteArray formatEvent(const StreamEntry &entry);
    // The entry as one-line JSON: every field as a string, except `data`, embedded as an object
    // when it is a JSON object. A field name that repeats counts once, first value (as decoding).
    [[nodiscard]] static QByteArray entryJson(const StreamEntry &entry);
    // Constant-time comparison of a presented bearer token with the configured one.
    [[nodiscard]] static bool tokenMatches(const QByteArray &presented, const QByteArray &expected);

Q_SIGNALS:
    void ready(); // tail position known: streaming can begin
    void clientsChanged(int clients);
    void clientDropped(const QString &peer, qint64 bufferedBytes);
    void redisStateChanged(const QString &text);
    // Redis cannot be used and will not be retried (see Config::failIfUnreachable): the
    // connection's own message. The gateway keeps listening until stop().
    void failed(const QString &reason);

private:
    enum class Phase : quint8 { Request, WaitingForTail, CatchUp, Live, Closing };
    struct Client {
        QTcpSocket *socket = nullptr;
        Phase phase = Phase::Request;
        QByteArray head; // request bytes while Phase::Request
        QByteArray covered; // every entry up to this id was sent (or does not exist)
        QString peer; // address:port for logs
        bool pageInFlight = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onBytesWritten(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    void handleRequest(Client &client, const HttpRequest &request);
    void respondError(Client &client, int status, const QByteArray &reason, const QString &body,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void startStream(Client &client, const QByteArray &resumeAfter);
    void beginStream(Client &client);
    void continueCatchUp(Client &client);
    void onPage(QTcpSocket *socket, const QByteArray &end, const RedisReply &reply);
    void goLive(Client &client);

    void pinTail();
    void readTail();
    void onTail(const RedisReply &reply);
    void retryTailLater(const RedisReply &reply); // an error reply; WRONGTYPE fails the gateway
    void fanOut(const QList<StreamEntry> &entries);
    void sendHeartbeat();
    // Writes to a streaming client; false (nothing written: drop it) if its unsent backlog is
    // already over the cap.
    bool writeTo(Client &client, const QByteArray &bytes);
    void drop(QTcpSocket *socket);
    [[nodiscard]] Client *clientFor(QTcpSocket *socket);
    [[nodiscard]] static bool isStreaming(Phase phase)
    {
        return phase == Phase::WaitingForTail || phase == Phase::CatchUp || phase == Phase::Live;
    }
    void updateClientCount();

    Config m_config;
    QTcpServer *m_server = nullptr;
    RedisConnection *m_commands = nullptr; // XREVRANGE, XRANGE
    RedisConnection *m_blocking = nullptr; // the shared XREAD BLOCK only
    std::unordered_map<QTcpSocket *, std::unique_ptr<Client>> m_clients;
    QByteArray m_tailId; // the tail reader has fanned out every entry up to this id
    bool m_tailBusy = false;
    bool m_running = false;
    bool m_redisWasReady = false; // since start()
    bool m_failed = false; // failed() was emitted since start()
    QTimer m_heartbeat;
    QTimer m_tailRetry;
    Stats m_stats;
    int m_streaming = 0; // clients in WaitingForTail, CatchUp or Live
    int m_lastReportedClients = 0;
};
