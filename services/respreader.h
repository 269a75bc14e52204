#pragma once

#include <QByteArray>
#include <QString>

#include <deque>
#include <optional>

#include "services/redisreply.h"

struct redisReader;

// Incremental RESP2 parser: hiredis' redisReader with our own reply-object functions,
// so each reply is built once, directly as a RedisReply tree (the design of RESP.app's
// qredisclient). No I/O here: feed bytes, take replies.
class RespReader final
{
public:
    RespReader();
    ~RespReader();
    RespReader(const RespReader &) = delete;
    RespReader &operator=(const RespReader &) = delete;

    // Appends bytes. Returns false once the stream is invalid (see errorString()).
    bool feed(const char *data, qsizetype size);
    bool feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }

    // The next complete reply, or nullopt when more bytes are needed or on error.
    [[nodiscard]] std::optional<RedisReply> next();

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Drops buffered bytes and any error: used after a reconnect.
    void reset();

private:
    redisReader *m_reader = nullptr;
    QString m_error;
};
