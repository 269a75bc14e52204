#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class RedisReply;

// XINFO STREAM / GROUPS / CONSUMERS, parsed (pure) for `streamdesk-cli info` and the stream view.
struct StreamConsumerInfo {
    QString name;
    qint64 pending = 0;
    qint64 idleMs = 0;
    qint64 inactiveMs = -1; // Redis >= 7.2; -1 when the server does not report it
};

struct StreamGroupInfo {
    QString name;
    qint64 consumers = 0;
    qint64 pending = 0;
    QByteArray lastDeliveredId;
    qint64 entriesRead = -1; // -1 when unknown (Redis < 7 or not computable)
    qint64 lag = -1; // -1 when Redis cannot tell (nil), or does not say (before 7.0)
    bool lagReported = false; // the reply had a lag field (Redis 7.0 on), nil or not
    QList<StreamConsumerInfo> consumerList;
};

struct StreamInfo {
    QString key;
    bool exists = false;
    qint64 length = 0;
    QByteArray firstEntryId;
    QByteArray lastEntryId;
    QByteArray lastGeneratedId;
    qint64 entriesAdded = -1;
    QList<StreamGroupInfo> groups;
    QDateTime sampledAt;
    // The dead-letter stream beside it (<key>:dlq, where processing puts what it cannot apply):
    // its length outlives any session's counters. -1 when not sampled or not a stream.
    QString deadLetterKey;
    qint64 deadLetterLength = -1;

    [[nodiscard]] static QString deadLetterKeyFor(const QString &stream) { return stream + QStringLiteral(":dlq"); }

    // Each parser takes the raw reply of its XINFO subcommand; false if the shape is not XINFO's.
    bool parseStream(const RedisReply &reply);
    bool parseGroups(const RedisReply &reply);
    bool parseConsumers(const QString &group, const RedisReply &reply);

    [[nodiscard]] QJsonObject toJson() const;
    // Total pending over all groups, and the largest lag (what an on-call engineer looks at first).
    [[nodiscard]] qint64 totalPending() const;
    [[nodiscard]] qint64 maxLag() const;
};
