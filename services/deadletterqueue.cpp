#include "services/deadletterqueue.h"

#include <algorithm>

#include "services/redisconnection.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

namespace {

// KEYS[1] the dead-letter stream, KEYS[2] the stream to replay into; ARGV[1] the prefix of the
// consumer's own fields, ARGV[2..] whole entry ids. Per id: the new entry's id; 0 when it is not
// there; -1 when it has no original field (left in place); an error when the server refuses it
// (left in place). Server-side, so reading, adding and deleting each entry cannot interleave with
// another client doing the same; redis.pcall, so one refused entry does not stop the others.
constexpr auto kReplayScript = R"lua(
local out = {}
local prefix = ARGV[1]
for i = 2, #ARGV do
  local found = redis.pcall('XRANGE', KEYS[1], ARGV[i], ARGV[i])
  if found.err then
    out[#out + 1] = redis.error_reply(KEYS[1] .. ': ' .. found.err)
  elseif #found == 0 then
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
    elseif #keep > 7000 then
      -- unpack() stops at Lua's C stack (about 8,000 values)
      out[#out + 1] = redis.error_reply('too many fields (' .. (#keep / 2) .. ') to replay from a script')
    else
      local id = redis.pcall('XADD', KEYS[2], '*', unpack(keep))
      if type(id) == 'table' and id.err then
        out[#out + 1] = redis.error_reply(KEYS[2] .. ': ' .. id.err)
      else
        redis.call('XDEL', KEYS[1], ARGV[i])
        out[#out + 1] = id
      end
    end
  end
end
return out
)lua";

const QByteArray kReasonCodeField = QByteArray(DeadLetter::FieldPrefix) + "reason_code";

// Entries per XRANGE page for the bytes the last page weighed: pages stay near PageBytes, so
// neither this process nor the server handles 500 entries of 1 MiB in one go.
int nextPageCount(const QList<StreamEntry> &page)
{
    qsizetype bytes = 0;
    for (const StreamEntry &e : page)
        bytes += e.byteSize();
    if (page.isEmpty() || bytes <= 0)
        return DeadLetterQueue::FirstPage;
    const qsizetype average = std::max<qsizetype>(1, bytes / page.size());
    return int(std::clamp<qsizetype>(DeadLetterQueue::PageBytes / average, 1, DeadLetterQueue::ScanPage));
}

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

bool DeadLetterQueue::isEntryId(const QByteArray &id)
{
    return id.contains('-') && StreamId::parse(id).valid;
}

bool DeadLetterQueue::wanted(const QByteArray &reasonCode) const
{
    return m_reasonCode.isEmpty() || QString::fromUtf8(reasonCode) == m_reasonCode;
}

bool DeadLetterQueue::begin(bool fetching)
{
    if (m_busy || !m_connection)
        return false;
    m_busy = true;
    m_fetching = fetching;
    m_cancel = false;
    ++m_generation;
    m_reasonCode.clear();
    m_result = Result();
    m_todo.clear();
    m_scanning = false;
    m_scanEnd.clear();
    m_scanNext.clear();
    m_total = -1;
    m_handled = 0;
    m_pageCount = FirstPage;
    m_fetched.clear();
    return true;
}

void DeadLetterQueue::length(std::function<void(qint64)> next)
{
    m_connection->command({"XLEN", key().toUtf8()}, this,
        [this, generation = m_generation, next = std::move(next)](const RedisReply &reply) {
            if (generation != m_generation)
                return; // canceled
            if (reply.isError()) {
                fail(key() + u": "_s + reply.errorMessage());
                return;
            }
            next(reply.toInteger());
        });
}

void DeadLetterQueue::scan(const QByteArray &from, const QByteArray &to, bool newestFirst,
    std::function<void(const QList<StreamEntry> &, bool last)> next)
{
    // Plain XRANGE pages rather than a script that returns ids only: a script copies each entry
    // into Lua, which blocked the server for 2 s over 400 entries of 1 MiB (XRANGE: 0.24 s).
    const int count = m_pageCount;
    m_connection->command(
        {newestFirst ? "XREVRANGE" : "XRANGE", key().toUtf8(), from, to, "COUNT", QByteArray::number(count)}, this,
        [this, generation = m_generation, count, next = std::move(next)](const RedisReply &reply) {
            if (generation != m_generation)
                return; // canceled
            if (reply.isError()) {
                fail(key() + u": "_s + reply.errorMessage());
                return;
            }
            const QList<StreamEntry> page = StreamEntry::listFromReply(reply);
            m_pageCount = nextPageCount(page);
            next(page, page.size() < count);
        });
}

// --- fetch ---------------------------------------------------------------------------------

bool DeadLetterQueue::fetch(int count, const QString &reasonCode, qsizetype maxValueBytes)
{
    if (!begin(true))
        return false;
    m_fetchCount = qMax(1, count);
    m_pageCount = std::min(FirstPage, m_fetchCount);
    m_reasonCode = reasonCode;
    m_maxValueBytes = maxValueBytes;
    length([this](qint64 total) {
        m_fetchTotal = total;
        scanNewest("+");
    });
    return true;
}

void DeadLetterQueue::scanNewest(const QByteArray &before)
{
    scan(before, "-", true, [this](const QList<StreamEntry> &page, bool last) {
        for (const StreamEntry &e : page) {
            if (m_fetched.size() >= m_fetchCount)
                break;
            if (!wanted(e.value(kReasonCodeField)))
                continue;
            DeadLetter d = DeadLetter::fromEntry(e);
            if (m_maxValueBytes >= 0)
                d.cutValues(m_maxValueBytes);
            m_fetched.append(std::move(d));
        }
        if (last || m_fetched.size() >= m_fetchCount) {
            m_busy = false;
            m_fetching = false;
            Q_EMIT fetched(m_fetched, m_fetchTotal);
            return;
        }
        scanNewest("(" + page.constLast().id); // exclusive bound (Redis 6.2+)
    });
}

// --- replay and delete ---------------------------------------------------------------------

bool DeadLetterQueue::run(Operation operation, QList<QByteArray> ids)
{
    if (!std::all_of(ids.cbegin(), ids.cend(), &isEntryId))
        return false;
    if (!begin(false))
        return false;
    std::sort(
        ids.begin(), ids.end(), [](const QByteArray &a, const QByteArray &b) { return StreamId::compare(a, b) < 0; });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    m_result.operation = operation;
    // Their weight is not known: chunks of UnknownChunk (10 entries of 1 MiB: about 15 ms).
    for (const QByteArray &id : std::as_const(ids))
        m_todo.append({id, PageBytes / UnknownChunk});
    m_total = ids.size();
    runChunk();
    return true;
}

bool DeadLetterQueue::runAll(Operation operation, const QString &reasonCode)
{
    if (!begin(false))
        return false;
    m_result.operation = operation;
    m_scanning = true;
    m_reasonCode = reasonCode;
    length([this](qint64 total) {
        m_total = total;
        // The newest entry now bounds the scan: a replay whose entries fail again adds new ones.
        m_pageCount = 1;
        scan("+", "-", true, [this](const QList<StreamEntry> &newest, bool) {
            if (newest.isEmpty()) {
                finish();
                return;
            }
            m_scanEnd = newest.constFirst().id;
            m_pageCount = FirstPage;
            Q_EMIT progress(0, m_total);
            scanOldest("-");
        });
    });
    return true;
}

void DeadLetterQueue::cancel()
{
    if (!m_busy)
        return;
    if (m_fetching) {
        ++m_generation; // its replies are ignored
        m_busy = false;
        m_fetching = false;
        return;
    }
    m_cancel = true;
}

void DeadLetterQueue::scanOldest(const QByteArray &start)
{
    if (m_cancel) {
        m_result.canceled = true;
        finish();
        return;
    }
    scan(start, m_scanEnd, false, [this](const QList<StreamEntry> &page, bool last) {
        if (page.isEmpty()) {
            finish();
            return;
        }
        for (const StreamEntry &e : page) {
            if (wanted(e.value(kReasonCodeField)))
                m_todo.append({e.id, e.byteSize()});
            else
                ++m_handled; // looked at, left alone
        }
        const QByteArray lastId = page.constLast().id;
        m_scanNext = (last || lastId == m_scanEnd) ? QByteArray() : "(" + lastId;
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
            scanOldest(m_scanNext);
        else
            finish();
        return;
    }
    // About PageBytes of entries, one at least, ChunkSize at most.
    QList<QByteArray> chunk;
    qsizetype bytes = 0;
    qsizetype taken = 0;
    while (taken < m_todo.size() && chunk.size() < ChunkSize
        && (chunk.isEmpty() || bytes + m_todo.at(taken).second <= PageBytes)) {
        bytes += m_todo.at(taken).second;
        chunk.append(m_todo.at(taken++).first);
    }
    m_todo.remove(0, taken);
    RespWriter::Command command;
    if (m_result.operation == Operation::Replay)
        command << "EVAL" << kReplayScript << "2" << key().toUtf8() << m_stream.toUtf8() << DeadLetter::FieldPrefix;
    else
        command << "XDEL" << key().toUtf8();
    command << chunk;
    m_connection->command(
        command, this, [this, chunk](const RedisReply &reply) { applyChunkReply(chunk, reply); }, OperationTimeoutMs);
}

void DeadLetterQueue::applyChunkReply(const QList<QByteArray> &ids, const RedisReply &reply)
{
    if (reply.isError()) {
        fail((m_result.operation == Operation::Delete ? key() + u": "_s : QString()) + reply.errorMessage());
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
            } else if (one.isError()) {
                ++m_result.failed;
                if (m_result.firstFailure.isEmpty())
                    m_result.firstFailure = QString::fromLatin1(ids.at(i)) + u": "_s + one.errorMessage();
            } else if (one.isInteger() && one.toInteger() < 0) {
                ++m_result.empty;
            } else {
                ++m_result.missing;
                if (m_result.missingIds.size() < MissingIdsKept)
                    m_result.missingIds << ids.at(i);
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
    const bool operation = !m_fetching;
    m_busy = false;
    m_fetching = false;
    ++m_generation;
    // What an operation already did stays done: say how far it got.
    const qint64 done = m_result.done;
    Q_EMIT failed(operation && done > 0 ? tr("%1 (after %n entries)", nullptr, int(done)).arg(error) : error);
}
