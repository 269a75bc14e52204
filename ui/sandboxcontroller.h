#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include "services/redisendpoint.h"
#include "services/redisserverprocess.h"

class RedisConnection;
class SimulatorPublisher;
class SseGateway;

// The sandbox: a private redis-server on a free loopback port whose data lives in a temporary
// directory, removed when the sandbox stops. Once it is up, a ticket simulator fills the stream
// (a quick backfill, then a gentle live feed forever) and an SSE gateway serves the stream on
// another free loopback port, so every view has live data with nothing configured. No widgets:
// the window shows failures, so the class can move to the core if the CLI wants a sandbox.
class SandboxController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxController)

public:
    enum class State { Stopped, Starting, Running };
    Q_ENUM(State)

    // The name of the sandbox's own SSE feed, as the Feeds page and the event logs show it.
    [[nodiscard]] static QString gatewayFeedName() { return tr("sandbox gateway"); }

    explicit SandboxController(QObject *parent = nullptr);
    ~SandboxController() override; // stops the server

    // Asynchronous: ready(endpoint) or failed(reason, serverMissing). Starting while running
    // answers ready() again, so callers can always "start and connect".
    void start();
    // Stops the server and waits for it to exit; the data directory is removed.
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    [[nodiscard]] RedisEndpoint endpoint() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString dataDirectory() const;
    // The sandbox's own ticket store, thrown away with the data directory (empty when stopped).
    [[nodiscard]] QString ticketStorePath() const;
    // The stream the simulator writes and the gateway serves. Changed while running, the feed
    // and the gateway start over on the new stream (gatewayReady() gives the new URL).
    void setStream(const QString &stream);
    [[nodiscard]] QString stream() const { return m_stream; }
    // Live entries per second once the backfill is written (default 4; 0 turns the feed off).
    void setLiveRate(double perSecond) { m_liveRate = perSecond; }
    // The gateway's events URL, http://127.0.0.1:PORT/events; empty until gatewayReady().
    [[nodiscard]] QUrl gatewayUrl() const { return m_gatewayUrl; }
    [[nodiscard]] SimulatorPublisher *publisher() const { return m_publisher; }

Q_SIGNALS:
    void ready(const RedisEndpoint &endpoint);
    // serverMissing: redis-server is not installed; reason then is the install hint.
    void failed(const QString &reason, bool serverMissing);
    void stopped();
    // The server exited on its own (killed, out of memory): sent before aboutToStop() and stopped().
    void died();
    // The server is about to go, its data directory with it: close what is open in there
    // (ticket stores, the connection) now. Emitted by stop() and when the server dies.
    void aboutToStop();
    void gatewayReady(const QUrl &url);
    // The simulated feed has a problem (the sandbox itself keeps running).
    void feedProblem(const QString &reason);

private:
    void onServerReady();
    void onServerFailed(const QString &reason);
    void onServerFinished();
    void discardServer();
    void startFeed();
    void startLiveFeed();
    void stopFeed();

    QPointer<RedisServerProcess> m_server;
    RedisConnection *m_feedConnection = nullptr;
    SimulatorPublisher *m_publisher = nullptr;
    SseGateway *m_gateway = nullptr;
    QUrl m_gatewayUrl;
    QString m_stream = QStringLiteral("servicenow:changes");
    double m_liveRate = 4;
    State m_state = State::Stopped;
};
