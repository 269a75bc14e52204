#include "services/servermonitor.h"

#include "services/logging.h"
#include "services/redisconnection.h"

namespace {
constexpr int DefaultIntervalMs = 2000;
}

ServerMonitor::ServerMonitor(RedisConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_timer.setParent(this); // a member timer must follow the monitor if it moves to another thread
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ServerMonitor::poll);
    if (connection) {
        // Ticks while not Ready do nothing (poll() checks the state); the first tick after
        // ready() is not awaited, so the status bar refreshes as soon as the link is back.
        connect(connection, &RedisConnection::ready, this, [this] {
            if (m_timer.isActive())
                poll();
        });
    }
}

void ServerMonitor::setInterval(int ms)
{
    m_timer.setInterval(std::max(ms, 1));
}

void ServerMonitor::start()
{
    m_timer.start();
    poll();
}

void ServerMonitor::stop()
{
    m_timer.stop();
}

void ServerMonitor::poll()
{
    // A slow server must not pile up PINGs: the next tick simply skips.
    if (m_inFlight || !m_connection || !m_connection->isReady())
        return;
    m_inFlight = true;
    QElapsedTimer clock;
    clock.start();
    m_connection->command({QByteArrayLiteral("PING")}, this, [this, clock](const RedisReply &pong) {
        if (pong.isError()) {
            m_inFlight = false;
            qCDebug(lcServer).noquote() << "PING failed:" << pong.errorMessage();
            return;
        }
        const double latency = double(clock.nsecsElapsed()) / 1e6;
        if (!m_connection) {
            m_inFlight = false;
            return;
        }
        // Plain INFO (no section) includes the replication section, hence the role.
        m_connection->command({QByteArrayLiteral("INFO")}, this, [this, latency](const RedisReply &info) {
            m_inFlight = false;
            if (info.isError()) {
                qCDebug(lcServer).noquote() << "INFO failed:" << info.errorMessage();
                return;
            }
            m_info = ServerInfo::fromInfo(info.bytes());
            m_latencyMs = latency;
            Q_EMIT updated(m_info, m_latencyMs);
        });
    });
}
