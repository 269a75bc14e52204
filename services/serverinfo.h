#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// What the status bar and `streamdesk-cli ping` show about a server, parsed from INFO text.
struct ServerInfo
{
    QString version;      // redis_version
    QString role;         // master / slave (from INFO replication)
    QString mode;         // standalone / cluster / sentinel
    qint64 uptimeSeconds = 0;
    qint64 connectedClients = 0;
    qint64 usedMemory = 0;

    // INFO output ("# Section\r\nkey:value\r\n...") into key -> value.
    [[nodiscard]] static QHash<QByteArray, QByteArray> parseFields(const QByteArray &infoText);
    [[nodiscard]] static ServerInfo fromInfo(const QByteArray &infoText);
};
