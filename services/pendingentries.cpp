#include "services/pendingentries.h"

#include <algorithm>

#include "services/deadletter.h"
#include "services/redisconnection.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

PendingEntriesQuery::PendingEntriesQuery(RedisConnection *connection, const QString &stream, const QString &group,
    const QString &consumer, int count, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_stream(stream)
    , m_group(group)
    , m_consumer(consumer)
    , m_count(std::clamp(count, 1, MaxCount))
{
}

PendingEntriesQuery::~PendingEntriesQuery() = default;

void PendingEntriesQuery::start()
{
    if (!m_connection) {
        Q_EMIT failed(tr("not connected"));
        return;
    }
    const QByteArray stream = m_stream.toUtf8();
    const QByteArray group = m_group.toUtf8();
    RespWriter::Command list {"XPENDING", stream, group, "-", "+", QByteArray::number(m_count)};
    if (!m_consumer.isEmpty())
        list << m_consumer.toUtf8();
    // The summary's total is the group's; a consumer's own total is in its summary row.
    m_connection->batch({{"XPENDING", stream, group}, list}, this, [this](const QList<RedisReply> &replies) {
        for (const RedisReply &r : replies) {
            if (r.isError()) {
                Q_EMIT failed(m_stream + u": "_s + r.errorMessage());
                return;
            }
        }
        const RedisReply &summary = replies.at(0);
        qint64 total = summary.size() > 0 ? summary.at(0).toInteger() : 0;
        if (!m_consumer.isEmpty()) {
            total = 0;
            if (summary.size() > 3) {
                for (const RedisReply &row : summary.at(3).elements()) {
                    if (row.size() == 2 && QString::fromUtf8(row.at(0).bytes()) == m_consumer)
                        total = row.at(1).bytes().toLongLong();
                }
            }
        }
        QList<PendingEntry> entries;
        for (const RedisReply &row : replies.at(1).elements()) {
            if (row.size() < 4)
                continue;
            PendingEntry e;
            e.id = row.at(0).bytes();
            e.consumer = QString::fromUtf8(row.at(1).bytes());
            e.idleMs = row.at(2).toInteger();
            e.deliveries = row.at(3).toInteger();
            entries.append(e);
        }
        describe(std::move(entries), total);
    });
}

void PendingEntriesQuery::describe(QList<PendingEntry> entries, qint64 total)
{
    if (entries.isEmpty()) {
        Q_EMIT finished(entries, total);
        return;
    }
    QList<RespWriter::Command> reads;
    const QByteArray stream = m_stream.toUtf8();
    for (const PendingEntry &e : std::as_const(entries))
        reads.append({"XRANGE", stream, e.id, e.id});
    m_connection->batch(reads, this, [this, entries, total](const QList<RedisReply> &replies) mutable {
        for (qsizetype i = 0; i < entries.size() && i < replies.size(); ++i) {
            const QList<StreamEntry> found = StreamEntry::listFromReply(replies.at(i));
            if (found.isEmpty() || found.constFirst().fields.isEmpty()) {
                entries[i].deletedFromStream = true;
                continue;
            }
            // Read like a dead letter's original fields: the same type/table rules.
            DeadLetter d;
            d.original = found.constFirst().fields;
            entries[i].event = d.eventText();
            entries[i].number = QString::fromUtf8(d.originalValue("number"));
        }
        Q_EMIT finished(entries, total);
    });
}
