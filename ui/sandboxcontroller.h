#pragma once

#include <QObject>
#include <QPointer>

#include "services/redisendpoint.h"
#include "services/redisserverprocess.h"

// The sandbox: a private redis-server on a free loopback port whose data lives in a temporary
// directory, removed when the sandbox stops. This is the one place that sets the sandbox up;
// later additions (the ticket simulator, the SSE gateway) start and stop here too. No widgets:
// the window shows failures, so the class can move to the core if the CLI wants a sandbox.
class SandboxController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxController)

public:
    enum class State { Stopped, Starting, Running };
    Q_ENUM(State)

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

Q_SIGNALS:
    void ready(const RedisEndpoint &endpoint);
    // serverMissing: redis-server is not installed; reason then is the install hint.
    void failed(const QString &reason, bool serverMissing);
    void stopped();

private:
    void onServerReady();
    void onServerFailed(const QString &reason);
    void onServerFinished();
    void discardServer();

    QPointer<RedisServerProcess> m_server;
    State m_state = State::Stopped;
};
