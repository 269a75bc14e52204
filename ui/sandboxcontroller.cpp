#include "ui/sandboxcontroller.h"

#include <QTimer>

#include "services/logging.h"
#include "services/redisconnection.h"
#include "services/redisserverprocess.h"
#include "services/simulatorpublisher.h"
#include "services/ssegateway.h"

namespace {

// The backfill: enough tickets for the dashboards to say something at once.
constexpr int BackfillTickets = 240;
constexpr int BackfillEvents = 1800;
// Each live run: a handful of new tickets moving through their lifecycles.
constexpr int LiveTickets = 30;
constexpr int LiveEvents = 240;
constexpr double MalformedShare = 0.01; // so the dead-letter path has something to show

} // namespace

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
    if (m_server && m_state == State::Running)
        Q_EMIT aboutToStop();
    stopFeed();
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

void SandboxController::setStream(const QString &stream)
{
    if (stream == m_stream)
        return;
    m_stream = stream;
    if (m_state == State::Running) {
        qCInfo(lcUi).noquote() << "sandbox feed moves to stream" << stream;
        startFeed();
    }
}

QString SandboxController::ticketStorePath() const
{
    return m_server ? m_server->dataDirectory() + QStringLiteral("/tickets.sqlite") : QString();
}

void SandboxController::onServerReady()
{
    m_state = State::Running;
    qCInfo(lcUi).noquote() << "sandbox ready on" << endpoint().address();
    Q_EMIT ready(endpoint());
    startFeed();
}

void SandboxController::startFeed()
{
    stopFeed();
    RedisConnection::Options options;
    options.role = QStringLiteral("sandbox-feed");
    m_feedConnection = new RedisConnection(endpoint(), options, this);

    TicketSimulator::Options backfill;
    backfill.tickets = BackfillTickets;
    backfill.events = BackfillEvents;
    backfill.seed = 1;
    backfill.malformed = MalformedShare;
    // About two simulated seconds per event: the backfill ends close to now.
    backfill.start = QDateTime::currentDateTimeUtc().addSecs(-2 * BackfillEvents - 120);
    m_publisher = new SimulatorPublisher(m_feedConnection, m_stream, backfill, this);
    connect(m_publisher, &SimulatorPublisher::finished, this, &SandboxController::startLiveFeed);
    connect(m_publisher, &SimulatorPublisher::failed, this, &SandboxController::feedProblem);
    m_feedConnection->open();
    m_publisher->start();

    SseGateway::Config config;
    config.endpoint = endpoint();
    config.stream = m_stream;
    m_gateway = new SseGateway(config, this);
    QString error;
    if (!m_gateway->start(&error)) {
        qCWarning(lcUi).noquote() << "sandbox gateway:" << error;
        Q_EMIT feedProblem(tr("The sandbox's SSE gateway could not start: %1").arg(error));
        return;
    }
    m_gatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/events").arg(m_gateway->serverPort()));
    qCInfo(lcUi).noquote() << "sandbox gateway on" << m_gatewayUrl.toString();
    Q_EMIT gatewayReady(m_gatewayUrl);
}

void SandboxController::startLiveFeed()
{
    if (!m_feedConnection || m_liveRate <= 0)
        return;
    TicketSimulator::Options live;
    live.tickets = LiveTickets;
    live.events = LiveEvents;
    live.seed = 1000;
    live.malformed = MalformedShare;
    live.start = QDateTime::currentDateTimeUtc();
    live.wallClock = true;
    // Replaced on the next turn: this runs inside the backfill publisher's finished().
    m_publisher->disconnect(this);
    m_publisher->deleteLater();
    m_publisher = new SimulatorPublisher(m_feedConnection, m_stream, live, this);
    m_publisher->setRate(m_liveRate);
    m_publisher->setLoop(true);
    connect(m_publisher, &SimulatorPublisher::failed, this, &SandboxController::feedProblem);
    m_publisher->start();
}

void SandboxController::stopFeed()
{
    if (m_publisher) {
        m_publisher->stop();
        delete m_publisher;
        m_publisher = nullptr;
    }
    if (m_gateway) {
        m_gateway->stop();
        delete m_gateway;
        m_gateway = nullptr;
    }
    m_gatewayUrl.clear();
    if (m_feedConnection) {
        m_feedConnection->close();
        delete m_feedConnection;
        m_feedConnection = nullptr;
    }
}

void SandboxController::discardServer()
{
    stopFeed();
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
    Q_EMIT died();
    Q_EMIT aboutToStop();
    discardServer();
    Q_EMIT stopped();
}
