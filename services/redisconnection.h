#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <vector>
#include <functional>
#include <memory>

#include "services/redisendpoint.h"
#include "services/redisreply.h"
#include "services/respreader.h"
#include "services/respwriter.h"

class QAbstractSocket;
class QSslError;
class QSslSocket;

// "QtRedis": one connection to a Redis server. Qt sockets move the bytes (QTcpSocket, or
// QSslSocket for rediss://), hiredis only parses (RespReader). Commands are pipelined:
// written without waiting, replies matched in order.
//
// Policy while not connected: commands issued during the first connect or a reconnect
// attempt that is under way are queued and sent once the handshake is done (they still
// time out); commands issued while the connection is waiting to reconnect, failed or
// closed fail at once with a NotConnected error naming the state.
//
// Blocking commands (XREAD/XREADGROUP BLOCK, BLPOP, ...) and Pub/Sub belong on their own
// RedisConnection (give it another role), so they never stall a command pipeline.
class RedisConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisConnection)

public:
    enum class State { Disconnected, Connecting, Ready, Reconnecting, Failed };
    Q_ENUM(State)

    using ReplyCallback = std::function<void(const RedisReply &)>;
    using BatchCallback = std::function<void(const QList<RedisReply> &)>;

    struct Options
    {
        QString role = QStringLiteral("cmd"); // CLIENT SETNAME streamdesk-<role>-<host>
        int connectTimeoutMs = 5000;
        int commandTimeoutMs = 10000;  // default per-command timeout; 0 = none
        int initialBackoffMs = 250;
        int maxBackoffMs = 30000;
        bool autoReconnect = true;     // false: a drop ends in Failed (the CLI's choice)
    };

    explicit RedisConnection(const RedisEndpoint &endpoint, QObject *parent = nullptr);
    RedisConnection(const RedisEndpoint &endpoint, const Options &options, QObject *parent = nullptr);
    ~RedisConnection() override;

    void open();
    // Closes for good: pending commands fail, no reconnect.
    void close();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isReady() const { return m_state == State::Ready; }
    // Translated one-line description of the state ("reconnecting in 4 s", "failed: ...").
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] const RedisEndpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] QString clientName() const;
    // Milliseconds until the next reconnect attempt while Reconnecting, else -1.
    [[nodiscard]] int reconnectDelayMs() const;

    // Sends one command. The callback runs on this object's thread, only while context
    // lives (pass nullptr only for fire-and-forget commands whose callback captures nothing
    // that can die). timeoutMs: -1 = the default, 0 = none (for BLOCK 0).
    void command(const RespWriter::Command &args, QObject *context, ReplyCallback callback, int timeoutMs = -1);
    // Sends N commands in one write and hands back N replies, in order, in one callback.
    void batch(const QList<RespWriter::Command> &commands, QObject *context, BatchCallback callback,
               int timeoutMs = -1);

    // Pub/Sub. The connection switches to subscriber mode; subscriptions are restored
    // after every reconnect. Messages arrive through message().
    void subscribe(const QList<QByteArray> &channels);
    void psubscribe(const QList<QByteArray> &patterns);
    void unsubscribe(const QList<QByteArray> &channels);
    void punsubscribe(const QList<QByteArray> &patterns);
    [[nodiscard]] bool isSubscriber() const { return !m_channels.isEmpty() || !m_patterns.isEmpty(); }

    // Commands written and not yet answered, plus those queued for the handshake.
    [[nodiscard]] qsizetype pendingCount() const;

Q_SIGNALS:
    void stateChanged(RedisConnection::State state, const QString &text);
    void ready();
    void message(const QByteArray &channel, const QByteArray &payload, const QByteArray &pattern);

private:
    struct Pending
    {
        ReplyCallback callback;
        QPointer<QObject> context;
        bool hasContext = false;
        qint64 deadline = 0; // m_clock ms; 0 = none
    };
    struct Queued
    {
        QByteArray bytes;
        std::vector<Pending> pendings; // one per command in bytes
    };

    void setState(State state, const QString &error = {});
    void startConnect();
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    bool configureTls(QSslSocket *socket, QString *error) const;
    void onConnectTimeout();
    void onTimeoutTick();
    void sendHandshake();
    enum class Step { Auth, Select, SetName };
    void handshakeReply(Step step, const RedisReply &reply);
    void becomeReady();
    void dispatch(RedisReply &&reply);
    bool dispatchPush(const RedisReply &reply);
    // Drops the socket, fails what is pending and either schedules a reconnect or fails for good.
    void dropConnection(RedisReply::ErrorKind kind, const QString &reason, bool retry);
    // Fails every written and queued command; returns false if a callback destroyed this object.
    bool failAll(RedisReply::ErrorKind kind, const QString &reason);
    // Writes now (Ready), queues (Connecting) or fails soon (any other state).
    void submit(const QByteArray &bytes, std::vector<Pending> &&pendings);
    void failLater(std::vector<Pending> &&pendings, RedisReply::ErrorKind kind, const QString &reason);
    void writeSubscription(const QByteArray &verb, const QList<QByteArray> &names);
    [[nodiscard]] int nextBackoffMs();
    [[nodiscard]] Pending makePending(QObject *context, ReplyCallback &&callback, int timeoutMs) const;
    [[nodiscard]] QString notConnectedText() const;
    void restoreSubscriptions();

    RedisEndpoint m_endpoint;
    Options m_options;
    State m_state = State::Disconnected;
    QString m_lastError;

    QAbstractSocket *m_socket = nullptr;
    RespReader m_reader;
    std::deque<Pending> m_inFlight; // written, awaiting replies, in order
    std::deque<Queued> m_queued;    // issued before the handshake finished
    bool m_handshaking = false;
    QString m_tlsError;    // set by sslErrors, reported when the handshake aborts
    int m_pushExpected = 0; // subscribe/unsubscribe confirmations still to come
    QByteArray m_scratch;   // reused encoding buffer for single commands

    QSet<QByteArray> m_channels;
    QSet<QByteArray> m_patterns;

    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_timeoutTimer;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    bool m_userClosed = false;
};
