#include "services/serverinfo.h"

#include <QByteArrayView>

QHash<QByteArray, QByteArray> ServerInfo::parseFields(const QByteArray &infoText)
{
    QHash<QByteArray, QByteArray> fields;
    const QByteArrayView text(infoText);
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        // Blank lines separate sections; "# Server" style lines only name them.
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // The first colon splits: values may hold more (executable:/usr/bin/..., db0:keys=1,...).
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.insert(line.first(colon).toByteArray(), line.sliced(colon + 1).toByteArray());
    }
    return fields;
}

ServerInfo ServerInfo::fromInfo(const QByteArray &infoText)
{
    const QHash<QByteArray, QByteArray> fields = parseFields(infoText);
    ServerInfo info;
    info.version = QString::fromUtf8(fields.value(QByteArrayLiteral("redis_version")));
    info.role = QString::fromUtf8(fields.value(QByteArrayLiteral("role")));
    info.mode = QString::fromUtf8(fields.value(QByteArrayLiteral("redis_mode")));
    // toLongLong() yields 0 for a missing or malformed value, which is the documented default.
    info.uptimeSeconds = fields.value(QByteArrayLiteral("uptime_in_seconds")).toLongLong();
    info.connectedClients = fields.value(QByteArrayLiteral("connected_clients")).toLongLong();
    info.usedMemory = fields.value(QByteArrayLiteral("used_memory")).toLongLong();
    return info;
}
