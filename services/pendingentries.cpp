#include "services/pendingentries.h"

#include <algorithm>

#include "services/eventdecoder.h"
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
    RespWriter::Command list {"XPENDING", stream, group};
    if (m_minIdleMs > 0)
        list << "IDLE" << QByteArray::number(m_minIdleMs);
    list << "-"
         << "+" << QByteArray::number(m_count + 1); // the one more says whether more match
    if (!m_consumer.isEmpty())
        list << m_consumer.toUtf8();
    // The summary's total is the group's; a consumer's own total is in its summary row.
    m_connection->batch({{"XPENDING", stream, group}, list}, this, [this](const QList<RedisReply> &replies) {
        for (const RedisReply &r : replies) {
            if (r.errorCode() == "NOGROUP") {
                Q_EMIT failed(tr("%1 has no consumer group %2").arg(m_stream, m_group));
                return;
            }
            // XPENDING's IDLE option came with Redis 6.2; older servers call it a syntax error.
            if (r.isError() && m_minIdleMs > 0 && r.errorCode() == "ERR"
                && r.errorMessage().contains("syntax"_L1, Qt::CaseInsensitive)) {
                Q_EMIT failed(tr("this Redis server cannot filter pending entries by idle time (Redis 6.2 or "
                                 "newer can)"));
                return;
            }
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
        m_more = entries.size() > m_count;
        if (entries.size() > m_count)
            entries.resize(m_count);
        describe(std::move(entries), total);
    });
}

void PendingEntriesQuery::describe(QList<PendingEntry> entries, qint64 total)
{
    m_entries = std::move(entries);
    m_total = total;
    m_described = 0;
    describeNext();
}

// A few entries at a time, each reduced to its type, action and number at once: stuck entries
// are often the big ones, and 1,000 of 1 MiB read in one go took 1 GB here and in Redis's
// output buffer.
void PendingEntriesQuery::describeNext()
{
    if (m_described >= m_entries.size() || !m_connection) {
        Q_EMIT finished(m_entries, m_total);
        return;
    }
    const qsizetype first = m_described;
    const qsizetype end = std::min<qsizetype>(m_entries.size(), first + DescribeBatch);
    QList<RespWriter::Command> reads;
    const QByteArray stream = m_stream.toUtf8();
    for (qsizetype i = first; i < end; ++i)
        reads.append({"XRANGE", stream, m_entries.at(i).id, m_entries.at(i).id});
    m_connection->batch(reads, this, [this, first, end](const QList<RedisReply> &replies) {
        for (qsizetype i = first; i < end && i - first < replies.size(); ++i) {
            const RedisReply &reply = replies.at(i - first);
            if (reply.isError()) {
                Q_EMIT failed(m_stream + u": "_s + reply.errorMessage());
                return;
            }
            const QList<StreamEntry> found = StreamEntry::listFromReply(reply);
            if (found.isEmpty() || found.constFirst().fields.isEmpty()) {
                m_entries[i].deletedFromStream = true;
                continue;
            }
            // Named as the stream view names it ("change_task:created", the record's number) when
            // the entry decodes; by its own fields when it does not (why it may be stuck). This runs
            // on the caller's (the GUI's) thread: entries past 64 KiB, stuck ones are often big,
            // are not parsed for a name.
            const StreamEntry &entry = found.constFirst();
            if (const EventDecoder::Result decoded = EventDecoder::decode(entry, EventDecoder::Options {64 * 1024});
                decoded.ok()) {
                m_entries[i].event = decoded.event->eventName();
                m_entries[i].number = decoded.event->number;
            } else {
                m_entries[i].event = StreamEntry::eventText(entry.fields);
                m_entries[i].number = QString::fromUtf8(entry.value("number"));
            }
        }
        m_described = end;
        describeNext();
    });
}
