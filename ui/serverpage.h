#pragma once

#include <QPointer>
#include <QWidget>

#include "services/redisconnection.h"
#include "services/serverinfo.h"
#include "services/servermonitor.h"

class QFormLayout;
class QLabel;

// The "Server" page: what we are connected to and what the server reports about itself
// (INFO), refreshed with every ServerMonitor poll.
class ServerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)

public:
    explicit ServerPage(QWidget *parent = nullptr);

    void setConnection(RedisConnection *connection, ServerMonitor *monitor, const QString &displayName);

    // For tests and screenshots: the value shown for a field ("version", "role", "endpoint", ...).
    [[nodiscard]] QString fieldText(const QString &field) const;

private:
    void refreshConnection();
    void onUpdated(const ServerInfo &info, double latencyMs);
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);

    QPointer<RedisConnection> m_connection;
    QPointer<ServerMonitor> m_monitor;
    QString m_displayName;

    QLabel *m_endpoint = nullptr;
    QLabel *m_clientName = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_security = nullptr;
    QLabel *m_latency = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_uptime = nullptr;
    QLabel *m_clients = nullptr;
    QLabel *m_memory = nullptr;
    QLabel *m_updated = nullptr;
};
