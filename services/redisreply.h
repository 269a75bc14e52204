#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// One RESP2 reply, built once by RespReader straight from hiredis' parse callbacks.
// Errors produced by the client itself (timeout, lost connection, ...) are also
// delivered as Error replies, with a client-side kind, so a callback has one type
// to look at.
class RedisReply final
{
public:
    enum class Type : quint8 { Nil, Integer, Status, Error, String, Array };

    // Where an Error reply came from.
    enum class ErrorKind : quint8 {
        None,         // not an error
        Server,       // the server answered "-CODE text"
        Protocol,     // the byte stream was not valid RESP; the connection was closed
        Connection,   // the connection dropped or could not be made
        Timeout,      // no reply within the command timeout
        NotConnected, // issued while the client was not connected
        Auth,         // handshake AUTH failed
        Tls,          // TLS handshake or verification failed
    };

    RedisReply() = default; // Nil

    [[nodiscard]] static RedisReply nil() { return {}; }
    [[nodiscard]] static RedisReply integer(qint64 value);
    [[nodiscard]] static RedisReply status(const QByteArray &text);
    [[nodiscard]] static RedisReply string(const QByteArray &bytes);
    [[nodiscard]] static RedisReply array(QList<RedisReply> elements);
    [[nodiscard]] static RedisReply serverError(const QByteArray &text);
    [[nodiscard]] static RedisReply clientError(ErrorKind kind, const QString &message);

    [[nodiscard]] Type type() const { return m_type; }
    [[nodiscard]] bool isNil() const { return m_type == Type::Nil; }
    [[nodiscard]] bool isError() const { return m_type == Type::Error; }
    [[nodiscard]] bool isArray() const { return m_type == Type::Array; }
    [[nodiscard]] bool isString() const { return m_type == Type::String; }
    [[nodiscard]] bool isStatus() const { return m_type == Type::Status; }
    [[nodiscard]] bool isInteger() const { return m_type == Type::Integer; }

    // Bulk string, status text or error text; empty for other types.
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] qint64 toInteger() const { return m_integer; }
    [[nodiscard]] const QList<RedisReply> &elements() const { return m_elements; }
    [[nodiscard]] qsizetype size() const { return m_elements.size(); }
    [[nodiscard]] const RedisReply &at(qsizetype i) const { return m_elements.at(i); }

    [[nodiscard]] ErrorKind errorKind() const { return m_errorKind; }
    // The server's error prefix: "WRONGPASS", "NOAUTH", "NOPERM", "BUSYGROUP", "NOGROUP", "ERR", ...
    // Empty for client-side errors.
    [[nodiscard]] QByteArray errorCode() const;
    // Human text of an error: the server's full line, or the client's message.
    [[nodiscard]] QString errorMessage() const;

    // Debug rendering in redis-cli style (for logs and the CLI).
    [[nodiscard]] QString toDisplayString(int indent = 0) const;

    bool operator==(const RedisReply &other) const;

private:
    friend class RespReader; // fills replies in place while hiredis parses

    Type m_type = Type::Nil;
    ErrorKind m_errorKind = ErrorKind::None;
    qint64 m_integer = 0;
    QByteArray m_bytes;
    QList<RedisReply> m_elements;
};

Q_DECLARE_METATYPE(RedisReply)
