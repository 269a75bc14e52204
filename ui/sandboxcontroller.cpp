#include "ui/sandboxcontroller.h"

#include <QTimer>

#include "services/logging.h"
#include "services/redisserverprocess.h"

SandboxController::SandboxController(QObject *parent)
    : QObject(parent)
{
}

SandboxController::~SandboxController()
{
    stop();
}

void SandboxController::start()
{
    if (m_state == State::Running) {
        const RedisEndpoint current = endpoint();
        QTimer::singleShot(0, this, [this, current] { Q_EMIT ready(current); });
        return;
    }
    if (m_state == State::Starting)
        return;

    if (RedisServerProcess::findExecutable().isEmpty()) {
        const QString hint = RedisServerProcess::installHint();
        QTimer::singleShot(0, this, [this, hint] { Q_EMIT failed(hint, true); });
        return;
    }

    m_state = State::Starting;
    m_server = new RedisServerProcess(this);
    // A sandbox holds throwaway demo data: no snapshots, no append-only file.
    m_server->setExtraConfig({QStringLiteral("save \"\""), QStringLiteral("appendonly no")});
    connect(m_server, &RedisServerProcess::ready, this, &SandboxController::onServerReady);
    connect(m_server, &RedisServerProcess::failed, this, &SandboxController::onServerFailed);
    connect(m_server, &RedisServerProcess::finished, this, &SandboxController::onServerFinished);
    qCInfo(lcUi) << "starting the sandbox redis-server";
    m_server->start();
}

void SandboxController::stop()
{
    if (!m_server) {
        m_state = State::Stopped;
        return;
    }
    RedisServerProcess *server = m_server;
    m_server = nullptr;
    server->disconnect(this);
    server->stop();
    // Deleting the process object removes its temporary data directory.
    delete server;
    const bool wasActive = m_state != State::Stopped;
    m_state = State::Stopped;
    qCInfo(lcUi) << "sandbox stopped";
    if (wasActive)
        Q_EMIT stopped();
}

RedisEndpoint SandboxController::endpoint() const
{
    RedisEndpoint endpoint;
    if (m_server) {
        endpoint.host = m_server->host();
        endpoint.port = m_server->port();
    }
    return endpoint;
}

quint16 SandboxController::port() const
{
    return m_server ? m_server->port() : 0;
}

QString SandboxController::dataDirectory() const
{
    return m_server ? m_server->dataDirectory() : QString();
}

void SandboxController::onServerReady()
{
    m_state = State::Running;
    qCInfo(lcUi).noquote() << "sandbox ready on" << endpoint().address();
    Q_EMIT ready(endpoint());
}

void SandboxController::discardServer()
{
    // The process object is still emitting: delete it on the next turn (its destructor
    // removes the data directory).
    if (RedisServerProcess *server = m_server) {
        m_server = nullptr;
        server->disconnect(this);
        server->deleteLater();
    }
    m_state = State::Stopped;
}

void SandboxController::onServerFailed(const QString &reason)
{
    qCWarning(lcUi).noquote() << "sandbox failed:" << reason;
    discardServer();
    Q_EMIT failed(reason, false);
}

void SandboxController::onServerFinished()
{
    if (m_state != State::Running)
        return;
    // The server died on its own; the connection notices and reports it.
    qCWarning(lcUi) << "the sandbox redis-server exited";
    discardServer();
    Q_EMIT stopped();
}
