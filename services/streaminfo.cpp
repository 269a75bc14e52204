#include "services/streaminfo.h"

#include <QHash>
#include <QJsonArray>

#include "services/redisreply.h"
#include "services/streamentry.h"

namespace {

// XINFO answers flat [name, value, name, value, ...] arrays.
QHash<QByteArray, RedisReply> toMap(const RedisReply &reply)
{
    QHash<QByteArray, RedisReply> map;
    if (!reply.isArray())
        return map;
    for (qsizetype i = 0; i + 1 < reply.size(); i += 2)
        map.insert(reply.at(i).bytes(), reply.at(i + 1));
    return map;
}

qint64 integerOr(const QHash<QByteArray, RedisReply> &map, const QByteArray &key, qint64 fallback)
{
    const auto it = map.constFind(key);
    return it != map.constEnd() && it->isInteger() ? it->toInteger() : fallback;
}

QByteArray entryId(const QHash<QByteArray, RedisReply> &map, const QByteArray &key)
{
    const auto it = map.constFind(key);
    if (it == map.constEnd() || !it->isArray() || it->size() < 1)
        return {};
    return it->at(0).bytes();
}

QJsonValue optional(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

} // namespace

bool StreamInfo::parseStream(const RedisReply &reply)
{
    if (reply.isError()) {
        exists = false; // "ERR no such key"
        length = 0;
        return reply.errorMessage().contains(QLatin1String("no such key"));
    }
    const QHash<QByteArray, RedisReply> map = toMap(reply);
    if (!map.contains("length"))
        return false;
    exists = true;
    length = integerOr(map, "length", 0);
    lastGeneratedId = map.value("last-generated-id").bytes();
    entriesAdded = integerOr(map, "entries-added", -1);
    firstEntryId = entryId(map, "first-entry");
    lastEntryId = entryId(map, "last-entry");
    sampledAt = QDateTime::currentDateTimeUtc();
    return true;
}

bool StreamInfo::parseGroups(const RedisReply &reply)
{
    groups.clear();
    if (reply.isError())
        return reply.errorMessage().contains(QLatin1String("no such key"));
    if (!reply.isArray())
        return false;
    for (const RedisReply &g : reply.elements()) {
        const QHash<QByteArray, RedisReply> map = toMap(g);
        if (!map.contains("name"))
            return false;
        StreamGroupInfo info;
        info.name = QString::fromUtf8(map.value("name").bytes());
        info.consumers = integerOr(map, "consumers", 0);
        info.pending = integerOr(map, "pending", 0);
        info.lastDeliveredId = map.value("last-delivered-id").bytes();
        info.entriesRead = integerOr(map, "entries-read", -1);
        info.lag = integerOr(map, "lag", -1);
        info.lagReported = map.contains("lag");
        groups << info;
    }
    return true;
}

bool StreamInfo::parseConsumers(const QString &group, const RedisReply &reply)
{
    if (!reply.isArray())
        return false;
    for (StreamGroupInfo &g : groups) {
        if (g.name != group)
            continue;
        g.consumerList.clear();
        for (const RedisReply &c : reply.elements()) {
            const QHash<QByteArray, RedisReply> map = toMap(c);
            if (!map.contains("name"))
                return false;
            g.consumerList << StreamConsumerInfo {QString::fromUtf8(map.value("name").bytes()),
                integerOr(map, "pending", 0), integerOr(map, "idle", 0), integerOr(map, "inactive", -1)};
        }
        return true;
    }
    return false;
}

qint64 StreamInfo::totalPending() const
{
    qint64 total = 0;
    for (const StreamGroupInfo &g : groups)
        total += g.pending;
    return total;
}

qint64 StreamInfo::maxLag() const
{
    qint64 lag = -1;
    for (const StreamGroupInfo &g : groups)
        lag = std::max(lag, g.lag);
    return lag;
}

QJsonObject StreamInfo::toJson() const
{
    QJsonArray groupArray;
    for (const StreamGroupInfo &g : groups) {
        QJsonArray consumers;
        for (const StreamConsumerInfo &c : g.consumerList) {
            consumers.append(QJsonObject {{QStringLiteral("name"), c.name}, {QStringLiteral("pending"), c.pending},
                {QStringLiteral("idle_ms"), c.idleMs}, {QStringLiteral("inactive_ms"), optional(c.inactiveMs)}});
        }
        groupArray.append(QJsonObject {{QStringLiteral("name"), g.name}, {QStringLiteral("consumers"), g.consumers},
            {QStringLiteral("pending"), g.pending},
            {QStringLiteral("last_delivered_id"), QString::fromUtf8(g.lastDeliveredId)},
            {QStringLiteral("entries_read"), optional(g.entriesRead)}, {QStringLiteral("lag"), optional(g.lag)},
            {QStringLiteral("consumer_list"), consumers}});
    }
    return QJsonObject {{QStringLiteral("stream"), key}, {QStringLiteral("exists"), exists},
        {QStringLiteral("length"), length}, {QStringLiteral("first_entry_id"), QString::fromUtf8(firstEntryId)},
        {QStringLiteral("last_entry_id"), QString::fromUtf8(lastEntryId)},
        {QStringLiteral("last_generated_id"), QString::fromUtf8(lastGeneratedId)},
        {QStringLiteral("entries_added"), optional(entriesAdded)}, {QStringLiteral("groups"), groupArray},
        {QStringLiteral("dead_letter_stream"), deadLetterKey},
        {QStringLiteral("dead_letter_length"), optional(deadLetterLength)}};
}
