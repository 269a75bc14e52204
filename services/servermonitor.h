#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "services/serverinfo.h"

class RedisConnection;

// Polls a connection every interval (default 2 s): PING round trip and INFO, for the status bar.
class ServerMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerMonitor)

public:
    explicit ServerMonitor(RedisConnection *connection, QObject *parent = nullptr);

    void setInterval(int ms);
    void start();
    void stop();

    [[nodiscard]] const ServerInfo &info() const { return m_info; }
    [[nodiscard]] double latencyMs() const { return m_latencyMs; }

Q_SIGNALS:
    void updated(const ServerInfo &info, double latencyMs);

private:
    void poll();

    QPointer<RedisConnection> m_connection;
    QTimer m_timer;
    ServerInfo m_info;
    double m_latencyMs = -1;
    bool m_inFlight = false;
};
