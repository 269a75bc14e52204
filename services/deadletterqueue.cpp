#include "services/deadletterqueue.h"

#include "services/redisconnection.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

namespace {

// KEYS[1] the dead-letter stream, KEYS[2] the stream to replay into; ARGV[1] the prefix of the
// consumer's own fields, ARGV[2..] ids. Per id: the new entry's id, 0 when the id is gone, -1
// when the entry has no original field to put back (left in place). Server-side, so reading,
// adding and deleting each entry cannot interleave with another client doing the same.
constexpr auto kReplayScript = R"lua(
local out = {}
local prefix = ARGV[1]
for i = 2, #ARGV do
  local found = redis.call('XRANGE', KEYS[1], ARGV[i], ARGV[i])
  if #found == 0 then
    out[#out + 1] = 0
  else
    local fields, keep = found[1][2], {}
    for j = 1, #fields, 2 do
      if string.sub(fields[j], 1, #prefix) ~= prefix then
        keep[#keep + 1] = fields[j]
        keep[#keep + 1] = fields[j + 1]
      end
    end
    if #keep == 0 then
      out[#out + 1] = -1
    else
      out[#out + 1] = redis.call('XADD', KEYS[2], '*', unpack(keep))
      redis.call('XDEL', KEYS[1], ARGV[i])
    end
  end
end
return out
)lua";

} // namespace

DeadLetterQueue::DeadLetterQueue(RedisConnection *connection, const QString &stream, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_stream(stream)
{
}

DeadLetterQueue::~DeadLetterQueue() = default;

QString DeadLetterQueue::key() const
{
    return m_stream + ":dlq"_L1;
}

bool DeadLetterQueue::fetch(int count)
{
    if (m_busy || !m_connection)
        return false;
    m_busy = true;
    const QByteArray dlq = key().toUtf8();
    m_connection->batch({{"XLEN", dlq}, {"XREVRANGE", dlq, "+", "-", "COUNT", QByteArray::number(qMax(1, count))}},
        this, [this](const QList<RedisReply> &replies) {
            for (const RedisReply &r : replies) {
                if (r.isError()) {
                    fail(r.errorMessage());
                    return;
                }
            }
            m_busy = false;
            Q_EMIT fetched(
                DeadLetter::fromEntries(StreamEntry::listFromReply(replies.at(1))), replies.at(0).toInteger());
        });
    return true;
}

bool DeadLetterQueue::run(Operation operation, const QList<QByteArray> &ids)
{
    for (const QByteArray &id : ids)
        if (!StreamId::parse(id).valid)
            return false;
    if (!begin(operation))
        return false;
    m_todo = ids;
    m_total = ids.size();
    runChunk();
    return true;
}

bool DeadLetterQueue::runAll(Operation operation, const QString &reasonCode)
{
    if (!begin(operation))
        return false;
    m_scanning = true;
    m_reasonCode = reasonCode;
    const QByteArray dlq = key().toUtf8();
    // The newest entry now bounds the scan: a replay whose entries fail again adds new ones.
    m_connection->batch(
        {{"XLEN", dlq}, {"XREVRANGE", dlq, "+", "-", "COUNT", "1"}}, this, [this](const QList<RedisReply> &replies) {
            for (const RedisReply &r : replies) {
                if (r.isError()) {
                    fail(r.errorMessage());
                    return;
                }
            }
            const QList<StreamEntry> newest = StreamEntry::listFromReply(replies.at(1));
            if (newest.isEmpty()) {
                finish();
                return;
            }
            m_total = replies.at(0).toInteger();
            m_scanEnd = newest.constFirst().id;
            Q_EMIT progress(0, m_total);
            scanFrom("-");
        });
    return true;
}

void DeadLetterQueue::cancel()
{
    if (m_busy)
        m_cancel = true;
}

bool DeadLetterQueue::begin(Operation operation)
{
    if (m_busy || !m_connection)
        return false;
    m_busy = true;
    m_cancel = false;
    m_result = Result();
    m_result.operation = operation;
    m_todo.clear();
    m_scanning = false;
    m_scanEnd.clear();
    m_scanNext.clear();
    m_reasonCode.clear();
    m_total = -1;
    m_handled = 0;
    return true;
}

void DeadLetterQueue::scanFrom(const QByteArray &start)
{
    if (m_cancel || !m_connection) {
        m_result.canceled = m_cancel;
        finish();
        return;
    }
    m_connection->command({"XRANGE", key().toUtf8(), start, m_scanEnd, "COUNT", QByteArray::number(ChunkSize)}, this,
        [this](const RedisReply &reply) {
            if (reply.isError()) {
                fail(reply.errorMessage());
                return;
            }
            const QList<StreamEntry> page = StreamEntry::listFromReply(reply);
            if (page.isEmpty()) {
                finish();
                return;
            }
            for (const StreamEntry &e : page) {
                if (m_reasonCode.isEmpty() || DeadLetter::fromEntry(e).reasonCode == m_reasonCode)
                    m_todo.append(e.id);
                else
                    ++m_handled; // looked at, left alone
            }
            const QByteArray last = page.constLast().id;
            // Exclusive start ("(id", Redis 6.2+): the next page begins after this one.
            m_scanNext = (page.size() < ChunkSize || last == m_scanEnd) ? QByteArray() : "(" + last;
            Q_EMIT progress(m_handled, m_total);
            runChunk();
        });
}

void DeadLetterQueue::runChunk()
{
    if (!m_connection) {
        fail(tr("the connection is gone"));
        return;
    }
    if (m_cancel) {
        m_result.canceled = true;
        finish();
        return;
    }
    if (m_todo.isEmpty()) {
        if (m_scanning && !m_scanNext.isEmpty())
            scanFrom(m_scanNext);
        else
            finish();
        return;
    }
    const QList<QByteArray> chunk = m_todo.mid(0, ChunkSize);
    m_todo.remove(0, chunk.size());
    RespWriter::Command command;
    if (m_result.operation == Operation::Replay)
        command << "EVAL" << kReplayScript << "2" << key().toUtf8() << m_stream.toUtf8() << DeadLetter::FieldPrefix;
    else
        command << "XDEL" << key().toUtf8();
    command << chunk;
    m_connection->command(command, this, [this, chunk](const RedisReply &reply) { applyChunkReply(chunk, reply); });
}

void DeadLetterQueue::applyChunkReply(const QList<QByteArray> &ids, const RedisReply &reply)
{
    if (reply.isError()) {
        fail(reply.errorMessage());
        return;
    }
    if (m_result.operation == Operation::Delete) {
        const qint64 deleted = reply.toInteger();
        m_result.done += deleted;
        m_result.missing += ids.size() - deleted;
    } else {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const RedisReply &one = i < reply.size() ? reply.at(i) : RedisReply();
            if (one.isString()) {
                ++m_result.done;
                m_result.replayedAs.append({ids.at(i), one.bytes()});
            } else if (one.isInteger() && one.toInteger() < 0) {
                ++m_result.empty;
            } else {
                ++m_result.missing;
            }
        }
    }
    m_handled += ids.size();
    Q_EMIT progress(m_handled, m_total);
    runChunk();
}

void DeadLetterQueue::finish()
{
    m_busy = false;
    Q_EMIT finished(m_result);
}

void DeadLetterQueue::fail(const QString &error)
{
    m_busy = false;
    const qint64 done = m_result.done;
    // What already happened stays happened: say how far it got.
    Q_EMIT failed(done > 0 ? tr("%1 (after %n entries)", nullptr, int(done)).arg(error) : error);
}
