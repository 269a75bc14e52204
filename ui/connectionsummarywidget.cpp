#include "ui/connectionsummarywidget.h"

#include <QGridLayout>
#include <QLabel>

#include "services/redisconnection.h"
#include "services/servermonitor.h"
#include "ui/connectionstatuswidget.h"
#include "ui/displayformat.h"

ConnectionSummaryWidget::ConnectionSummaryWidget(QWidget *parent)
    : QFrame(parent)
    , m_dot(new QLabel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setHorizontalSpacing(10);
    layout->addWidget(m_dot, 0, 0, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_details, 1, 1);
    layout->setColumnStretch(1, 1);
    m_dot->setFixedWidth(14);
    m_dot->setContentsMargins(0, 4, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    refresh();
}

void ConnectionSummaryWidget::setConnection(
    RedisConnection *connection, ServerMonitor *monitor, const QString &displayName)
{
    if (connection == m_connection && monitor == m_monitor && displayName == m_displayName)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_connection = connection;
    m_monitor = monitor;
    m_displayName = displayName;
    m_haveInfo = false;
    m_latencyMs = -1;
    if (connection) {
        connect(connection, &RedisConnection::stateChanged, this, &ConnectionSummaryWidget::refresh);
        connect(connection, &QObject::destroyed, this, &ConnectionSummaryWidget::refresh, Qt::QueuedConnection);
    }
    if (monitor)
        connect(monitor, &ServerMonitor::updated, this, &ConnectionSummaryWidget::onUpdated);
    refresh();
}

QString ConnectionSummaryWidget::summaryText() const
{
    return m_title->text() + QLatin1Char('\n') + m_details->text();
}

void ConnectionSummaryWidget::onUpdated(const ServerInfo &info, double latencyMs)
{
    m_info = info;
    m_latencyMs = latencyMs;
    m_haveInfo = true;
    refresh();
}

void ConnectionSummaryWidget::refresh()
{
    const auto state = m_connection ? m_connection->state() : RedisConnection::State::Disconnected;
    m_dot->setPixmap(
        ConnectionStatusWidget::dotPixmap(ConnectionStatusWidget::stateColor(state), 10, devicePixelRatioF()));
    if (!m_connection) {
        m_title->setText(tr("Not connected"));
        m_details->setText(tr("Use File → Connect… (Ctrl+K) or start the sandbox (Ctrl+Shift+S)."));
        return;
    }
    m_title->setText(tr("%1 — %2").arg(m_displayName, m_connection->stateText()));
    if (!m_haveInfo) {
        m_details->setText(state == RedisConnection::State::Ready ? tr("Reading server information…")
                                                                  : tr("No server information yet."));
        return;
    }
    QStringList parts;
    parts << tr("Redis %1").arg(m_info.version);
    if (!m_info.role.isEmpty())
        parts << m_info.role;
    if (!m_info.mode.isEmpty())
        parts << m_info.mode;
    parts << tr("up %1").arg(DisplayFormat::uptime(m_info.uptimeSeconds));
    parts << tr("%n client(s)", nullptr, int(m_info.connectedClients));
    if (state == RedisConnection::State::Ready && m_latencyMs >= 0)
        parts << tr("round trip %1").arg(DisplayFormat::latency(m_latencyMs));
    m_details->setText(parts.join(QStringLiteral(" · ")));
}
