#pragma once

#include <QFrame>
#include <QPointer>

#include "services/redisconnection.h"
#include "services/serverinfo.h"
#include "services/servermonitor.h"

class QLabel;

// A compact card: where we are connected, in what state, and what the server is. Pages that
// have no data of their own yet show it so they are never empty.
class ConnectionSummaryWidget final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSummaryWidget)

public:
    explicit ConnectionSummaryWidget(QWidget *parent = nullptr);

    // displayName: the safe URL, or "Sandbox"; never contains a password.
    void setConnection(RedisConnection *connection, ServerMonitor *monitor, const QString &displayName);

    [[nodiscard]] QString summaryText() const;

private:
    void refresh();
    void onUpdated(const ServerInfo &info, double latencyMs);

    QPointer<RedisConnection> m_connection;
    QPointer<ServerMonitor> m_monitor;
    QString m_displayName;
    ServerInfo m_info;
    double m_latencyMs = -1;
    bool m_haveInfo = false;

    QLabel *m_dot = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
};
