#include "ui/connectionstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

#include "services/servermonitor.h"
#include "ui/displayformat.h"
#include "ui/elidedlabel.h"

namespace {
constexpr int DotSize = 10;
}

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_stateLabel(new ElidedLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_latencyLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    m_dot->setFixedSize(DotSize + 2, DotSize + 2);
    m_dot->setAlignment(Qt::AlignCenter);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    // Leaves the status bar's messages room, yet fits an outage's reason whole ("reconnecting in
    // 4 s: connection refused by 127.0.0.1:46420" was cut at 48).
    m_stateLabel->setPreferredMaxChars(64);
    m_versionLabel->setObjectName(QStringLiteral("serverVersion"));
    m_latencyLabel->setObjectName(QStringLiteral("latency"));
    m_latencyLabel->setToolTip(tr("Round-trip time of a PING, measured every 2 seconds"));
    layout->addWidget(m_dot);
    layout->addWidget(m_stateLabel);
    layout->addSpacing(12);
    layout->addWidget(m_versionLabel);
    layout->addSpacing(12);
    layout->addWidget(m_latencyLabel);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionStatusWidget::refreshState);
    refreshState();
}

void ConnectionStatusWidget::setConnection(RedisConnection *connection, ServerMonitor *monitor)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_connection = connection;
    m_monitor = monitor;
    m_version.clear();
    m_latencyMs = -1;
    if (connection) {
        connect(connection, &RedisConnection::stateChanged, this, &ConnectionStatusWidget::refreshState);
        connect(connection, &QObject::destroyed, this, &ConnectionStatusWidget::refreshState, Qt::QueuedConnection);
    }
    if (monitor)
        connect(monitor, &ServerMonitor::updated, this, &ConnectionStatusWidget::onUpdated);
    refreshState();
}

QString ConnectionStatusWidget::stateText() const
{
    return m_stateLabel->fullText();
}

QColor ConnectionStatusWidget::stateColor(RedisConnection::State state)
{
    switch (state) {
    case RedisConnection::State::Ready:
        return QColor(0x16, 0xa3, 0x4a);
    case RedisConnection::State::Connecting:
        return QColor(0xf5, 0x9e, 0x0b);
    case RedisConnection::State::Reconnecting:
        return QColor(0xea, 0x58, 0x0c);
    case RedisConnection::State::Failed:
        return QColor(0xdc, 0x26, 0x26);
    case RedisConnection::State::Disconnected:
        break;
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

QPixmap ConnectionStatusWidget::dotPixmap(const QColor &color, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    return pixmap;
}

void ConnectionStatusWidget::refreshState()
{
    m_state = m_connection ? m_connection->state() : RedisConnection::State::Disconnected;
    const QString text = m_connection ? m_connection->stateText() : tr("not connected");
    m_stateLabel->setFullText(text);
    m_stateLabel->setBaseToolTip(m_connection ? m_connection->endpoint().toSafeUrl() : QString());
    m_dot->setPixmap(dotPixmap(stateColor(m_state), DotSize, devicePixelRatioF()));

    // Only the reconnect countdown changes without a signal.
    if (m_state == RedisConnection::State::Reconnecting)
        m_tick.start();
    else
        m_tick.stop();

    if (m_state != RedisConnection::State::Ready)
        m_latencyMs = -1;
    m_versionLabel->setText(m_version.isEmpty() ? QString() : tr("Redis %1").arg(m_version));
    m_versionLabel->setVisible(!m_version.isEmpty());
    m_latencyLabel->setText(DisplayFormat::latency(m_latencyMs));
    m_latencyLabel->setVisible(m_latencyMs >= 0);
}

void ConnectionStatusWidget::onUpdated(const ServerInfo &info, double latencyMs)
{
    m_version = info.version;
    m_latencyMs = latencyMs;
    refreshState();
}
