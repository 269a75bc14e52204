#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "services/redisconnection.h"
#include "services/serverinfo.h"
#include "services/servermonitor.h"

class QLabel;
class ElidedLabel;

// The status bar's view of the connection: a coloured dot and the state text ("connecting",
// "connected", "reconnecting in 4 s", "failed: ..."), the server version and the round-trip
// latency, which ServerMonitor refreshes every 2 s.
class ConnectionStatusWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusWidget)

public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    // Either may be null (not connected). The widget only watches them.
    void setConnection(RedisConnection *connection, ServerMonitor *monitor);

    [[nodiscard]] RedisConnection::State state() const { return m_state; }
    [[nodiscard]] QString stateText() const; // whole, also while the label shows it elided
    [[nodiscard]] QString serverVersion() const { return m_version; }
    [[nodiscard]] double latencyMs() const { return m_latencyMs; }

    [[nodiscard]] static QColor stateColor(RedisConnection::State state);
    // A round dot for state indicators, crisp at the given device pixel ratio.
    [[nodiscard]] static QPixmap dotPixmap(const QColor &color, int size, qreal devicePixelRatio);

private:
    void refreshState();
    void onUpdated(const ServerInfo &info, double latencyMs);

    QPointer<RedisConnection> m_connection;
    QPointer<ServerMonitor> m_monitor;
    RedisConnection::State m_state = RedisConnection::State::Disconnected;
    QString m_version;
    double m_latencyMs = -1;

    QLabel *m_dot = nullptr;
    ElidedLabel *m_stateLabel = nullptr; // shows the whole text as tooltip when cut
    QLabel *m_versionLabel = nullptr;
    QLabel *m_latencyLabel = nullptr;
    QTimer m_tick; // keeps "reconnecting in N s" counting down
};
