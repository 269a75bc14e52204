#include "ui/serverpage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QVBoxLayout>

#include "services/redisconnection.h"
#include "services/servermonitor.h"
#include "ui/displayformat.h"

namespace {
const QString Dash = QStringLiteral("—");
}

ServerPage::ServerPage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 28);
    outer->setSpacing(16);

    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/server.svg")).pixmap(48, 48));
    header->addWidget(icon);
    auto *title = new QLabel(tr("Server"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title, 1);
    outer->addLayout(header);

    auto *groups = new QHBoxLayout;
    groups->setSpacing(16);

    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connectionBox);
    m_endpoint = addField(connectionForm, QStringLiteral("endpoint"), tr("Endpoint:"));
    m_clientName = addField(connectionForm, QStringLiteral("clientName"), tr("Client name:"));
    m_state = addField(connectionForm, QStringLiteral("state"), tr("State:"));
    m_security = addField(connectionForm, QStringLiteral("security"), tr("Transport:"));
    m_latency = addField(connectionForm, QStringLiteral("latency"), tr("Round trip:"));
    groups->addWidget(connectionBox, 1);

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    m_version = addField(serverForm, QStringLiteral("version"), tr("Version:"));
    m_role = addField(serverForm, QStringLiteral("role"), tr("Role:"));
    m_mode = addField(serverForm, QStringLiteral("mode"), tr("Mode:"));
    m_uptime = addField(serverForm, QStringLiteral("uptime"), tr("Uptime:"));
    m_clients = addField(serverForm, QStringLiteral("clients"), tr("Connected clients:"));
    m_memory = addField(serverForm, QStringLiteral("memory"), tr("Memory used:"));
    groups->addWidget(serverBox, 1);

    outer->addLayout(groups);
    m_updated = new QLabel(this);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_updated);
    outer->addStretch(1);

    refreshConnection();
}

QLabel *ServerPage::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(Dash, form->parentWidget());
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QString ServerPage::fieldText(const QString &field) const
{
    const auto *label = findChild<QLabel *>(field);
    return label ? label->text() : QString();
}

void ServerPage::setConnection(RedisConnection *connection, ServerMonitor *monitor, const QString &displayName)
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
    for (QLabel *label : {m_version, m_role, m_mode, m_uptime, m_clients, m_memory, m_latency})
        label->setText(Dash);
    m_updated->clear();
    if (connection) {
        connect(connection, &RedisConnection::stateChanged, this, &ServerPage::refreshConnection);
        connect(connection, &QObject::destroyed, this, &ServerPage::refreshConnection, Qt::QueuedConnection);
    }
    if (monitor)
        connect(monitor, &ServerMonitor::updated, this, &ServerPage::onUpdated);
    refreshConnection();
}

void ServerPage::refreshConnection()
{
    if (!m_connection) {
        m_endpoint->setText(tr("not connected"));
        for (QLabel *label : {m_clientName, m_state, m_security, m_latency})
            label->setText(Dash);
        return;
    }
    const RedisEndpoint &endpoint = m_connection->endpoint();
    const QString safeUrl = endpoint.toSafeUrl();
    m_endpoint->setText(m_displayName == safeUrl ? safeUrl : tr("%1 (%2)").arg(m_displayName, safeUrl));
    m_clientName->setText(m_connection->clientName());
    m_state->setText(m_connection->stateText());
    if (!endpoint.tls)
        m_security->setText(tr("plain TCP (not encrypted)"));
    else if (endpoint.tlsInsecure)
        m_security->setText(tr("TLS, certificate not verified (insecure)"));
    else
        m_security->setText(tr("TLS, verified as %1").arg(endpoint.verifyName()));
    if (!m_connection->isReady())
        m_latency->setText(Dash);
}

void ServerPage::onUpdated(const ServerInfo &info, double latencyMs)
{
    m_version->setText(info.version.isEmpty() ? Dash : info.version);
    m_role->setText(info.role.isEmpty() ? Dash : info.role);
    m_mode->setText(info.mode.isEmpty() ? Dash : info.mode);
    m_uptime->setText(DisplayFormat::uptime(info.uptimeSeconds));
    m_clients->setText(QLocale().toString(info.connectedClients));
    m_memory->setText(DisplayFormat::memory(info.usedMemory));
    m_latency->setText(DisplayFormat::latency(latencyMs));
    m_updated->setText(tr("Updated at %1, every 2 seconds while connected.")
                           .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}
