#include "services/respreader.h"

#include <new>
#include <utility>

#include <QCoreApplication>

#include <hiredis/read.h>

// hiredis 0.14 notes (read.c of 0.14.1 as shipped by Debian):
// - lengths and integers are validated (string2ll), but the CRLF after a bulk payload is
//   not: "$3\r\nfooXY" would yield "foo" and silently drop two bytes. createString checks it.
// - nesting is limited to 8 arrays (the root plus 7 levels below it); deeper replies end in
//   the protocol error "No support for nested multi bulk replies with depth > 7".
// - createArray() receives whatever count up to INT_MAX the peer announced, so children are
//   appended as they arrive instead of pre-sizing the list (a hostile "*2147483647" must not
//   allocate 128 GiB). Appending is safe for the pointers hiredis keeps: while a child array
//   is being filled, its parent's list is never appended to, so the only live pointers (the
//   chain of open arrays) never move.
// - redisReaderGetReply() compacts its buffer with a memmove of everything unread each time
//   1 KiB has been consumed. Fed a large buffer at once, that is quadratic (1 MiB of small
//   replies moves ~500 MiB). We therefore keep unread input ourselves and hand hiredis at
//   most kFeedChunk bytes at a time, only when it needs more.

namespace {

constexpr qsizetype kFeedChunk = 16 * 1024;
// hiredis frees its buffer when it is empty and has more spare room than this: high enough
// not to churn on ordinary pipelines, low enough to give back the room a huge bulk needed.
constexpr size_t kReaderMaxIdleBuffer = 256 * 1024;
// Same idea for our own pending bytes.
constexpr qsizetype kPendingKeepCapacity = 256 * 1024;
// Pre-reserve at most this many children; larger arrays grow geometrically as they arrive.
constexpr int kMaxReserve = 1024;

// Per-reader state, reachable from every hiredis callback through task->privdata.
struct ReaderState {
    RedisReply root; // the reply being built; reused, so a reply costs no extra allocation
    QByteArray pending; // bytes fed but not yet handed to hiredis
    qsizetype pendingPos = 0;
    QString callbackError; // set by a callback that rejects the stream
};

ReaderState *stateOf(const redisReader *reader)
{
    return static_cast<ReaderState *>(reader->privdata);
}

QString protocolError(const QString &detail)
{
    return QCoreApplication::translate("RespReader", "protocol error: %1").arg(detail);
}

} // namespace

RespReader::RespReader()
{
    reset();
}

RespReader::~RespReader()
{
    ReaderState *state = stateOf(m_reader);
    redisReaderFree(m_reader); // may call freeObject() on state->root: free the reader first
    delete state;
}

void RespReader::reset()
{
    // Callbacks live in a local class: as part of a RespReader member they share its
    // friendship with RedisReply and fill replies in place.
    struct Callbacks {
        // The slot for a new value: the reader's root, or a new last child of the open array.
        static RedisReply *place(const redisReadTask *task)
        {
            if (task->parent == nullptr)
                return &static_cast<ReaderState *>(task->privdata)->root;
            auto *parent = static_cast<RedisReply *>(task->parent->obj);
            Q_ASSERT(task->idx == parent->m_elements.size());
            return &parent->m_elements.emplace_back();
        }

        static void *createString(const redisReadTask *task, char *str, size_t len)
        {
            RedisReply::Type type = RedisReply::Type::String;
            RedisReply::ErrorKind kind = RedisReply::ErrorKind::None;
            switch (task->type) {
            case REDIS_REPLY_STRING:
                // hiredis made sure len + 2 bytes follow str, but not that they are CRLF.
                if (str[len] != '\r' || str[len + 1] != '\n') {
                    static_cast<ReaderState *>(task->privdata)->callbackError =
                        QCoreApplication::translate("RespReader", "bulk string not terminated by CRLF");
                    return nullptr;
                }
                break;
            case REDIS_REPLY_STATUS:
                type = RedisReply::Type::Status;
                break;
            case REDIS_REPLY_ERROR:
                type = RedisReply::Type::Error;
                kind = RedisReply::ErrorKind::Server;
                break;
            default:
                static_cast<ReaderState *>(task->privdata)->callbackError =
                    QCoreApplication::translate("RespReader", "unexpected reply type %1").arg(task->type);
                return nullptr;
            }
            RedisReply *r = place(task);
            r->m_type = type;
            r->m_errorKind = kind;
            // The overwhelmingly common "+OK" shares static data instead of allocating.
            if (type == RedisReply::Type::Status && len == 2 && str[0] == 'O' && str[1] == 'K')
                r->m_bytes = QByteArrayLiteral("OK");
            else
                r->m_bytes = QByteArray(str, static_cast<qsizetype>(len));
            return r;
        }

        static void *createArray(const redisReadTask *task, int elements)
        {
            RedisReply *r = place(task);
            r->m_type = RedisReply::Type::Array;
            if (elements > 0)
                r->m_elements.reserve(qMin(elements, kMaxReserve));
            return r;
        }

        static void *createInteger(const redisReadTask *task, long long value)
        {
            RedisReply *r = place(task);
            r->m_type = RedisReply::Type::Integer;
            r->m_integer = value;
            return r;
        }

        static void *createNil(const redisReadTask *task)
        {
            return place(task); // a default RedisReply is Nil
        }

        // hiredis only frees the root (on errors and in redisReaderFree); children belong to it.
        static void freeObject(void *obj) { *static_cast<RedisReply *>(obj) = RedisReply(); }
    };

    static redisReplyObjectFunctions functions = {
        &Callbacks::createString,
        &Callbacks::createArray,
        &Callbacks::createInteger,
        &Callbacks::createNil,
        &Callbacks::freeObject,
    };

    ReaderState *state = nullptr;
    if (m_reader != nullptr) {
        state = stateOf(m_reader);
        redisReaderFree(m_reader);
        m_reader = nullptr;
    }
    if (state == nullptr)
        state = new ReaderState;
    state->root = RedisReply();
    state->pending = QByteArray();
    state->pendingPos = 0;
    state->callbackError.clear();
    m_error.clear();

    m_reader = redisReaderCreateWithFunctions(&functions);
    if (m_reader == nullptr) {
        delete state;
        throw std::bad_alloc();
    }
    m_reader->maxbuf = kReaderMaxIdleBuffer;
    m_reader->privdata = state;
}

bool RespReader::feed(const char *data, qsizetype size)
{
    if (hasError())
        return false;
    if (size <= 0)
        return true;
    ReaderState *state = stateOf(m_reader);
    // Nothing queued, little unread in hiredis and a socket-sized read: hand it over directly,
    // saving a copy while keeping hiredis' buffer small.
    if (state->pendingPos == state->pending.size() && size <= kFeedChunk
        && m_reader->len - m_reader->pos <= static_cast<size_t>(kFeedChunk)) {
        if (redisReaderFeed(m_reader, data, static_cast<size_t>(size)) != REDIS_OK) {
            m_error = protocolError(QString::fromLatin1(m_reader->errstr));
            return false;
        }
        return true;
    }
    // Drop the consumed prefix once it is at least half the buffer: amortised O(1) per byte.
    if (state->pendingPos > 0 && state->pendingPos * 2 >= state->pending.size()) {
        state->pending.remove(0, state->pendingPos);
        state->pendingPos = 0;
    }
    state->pending.append(data, size);
    return true;
}

std::optional<RedisReply> RespReader::next()
{
    if (hasError())
        return std::nullopt;
    ReaderState *state = stateOf(m_reader);
    for (;;) {
        void *reply = nullptr;
        if (redisReaderGetReply(m_reader, &reply) != REDIS_OK) {
            // A callback's own reason is more useful than the "Out of memory" hiredis
            // reports for any callback returning nullptr.
            m_error = protocolError(
                state->callbackError.isEmpty() ? QString::fromLatin1(m_reader->errstr) : state->callbackError);
            state->pending = QByteArray();
            state->pendingPos = 0;
            return std::nullopt;
        }
        if (reply != nullptr) {
            Q_ASSERT(reply == &state->root);
            std::optional<RedisReply> out(std::in_place, std::move(state->root));
            state->root = RedisReply();
            return out;
        }
        const qsizetype available = state->pending.size() - state->pendingPos;
        if (available == 0) {
            // Everything is with hiredis. Keep a modest buffer for the next burst.
            if (state->pending.capacity() > kPendingKeepCapacity)
                state->pending = QByteArray();
            else
                state->pending.resize(0);
            state->pendingPos = 0;
            return std::nullopt;
        }
        const qsizetype chunk = qMin(available, kFeedChunk);
        if (redisReaderFeed(m_reader, state->pending.constData() + state->pendingPos, static_cast<size_t>(chunk))
            != REDIS_OK) {
            m_error = protocolError(QString::fromLatin1(m_reader->errstr));
            return std::nullopt;
        }
        state->pendingPos += chunk;
    }
}
