#include "services/redisreply.h"

#include <utility>

namespace {

bool isCodeChar(char c)
{
    return (c >= 'A' && c <= 'Z') || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// redis-cli's sdscatrepr(): a double-quoted string with C escapes, so binary values stay readable.
QString quoted(const QByteArray &bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes.size() + 2);
    out += u'"';
    for (const char c : bytes) {
        switch (c) {
        case '\\':
            out += u"\\\\";
            break;
        case '"':
            out += u"\\\"";
            break;
        case '\n':
            out += u"\\n";
            break;
        case '\r':
            out += u"\\r";
            break;
        case '\t':
            out += u"\\t";
            break;
        case '\a':
            out += u"\\a";
            break;
        case '\b':
            out += u"\\b";
            break;
        default: {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x20 && u < 0x7f) {
                out += QLatin1Char(c);
            } else {
                out += u"\\x";
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xf]);
            }
        }
        }
    }
    out += u'"';
    return out;
}

} // namespace

RedisReply RedisReply::integer(qint64 value)
{
    RedisReply r;
    r.m_type = Type::Integer;
    r.m_integer = value;
    return r;
}

RedisReply RedisReply::status(const QByteArray &text)
{
    RedisReply r;
    r.m_type = Type::Status;
    r.m_bytes = text;
    return r;
}

RedisReply RedisReply::string(const QByteArray &bytes)
{
    RedisReply r;
    r.m_type = Type::String;
    r.m_bytes = bytes;
    return r;
}

RedisReply RedisReply::array(QList<RedisReply> elements)
{
    RedisReply r;
    r.m_type = Type::Array;
    r.m_elements = std::move(elements);
    return r;
}

RedisReply RedisReply::serverError(const QByteArray &text)
{
    RedisReply r;
    r.m_type = Type::Error;
    r.m_errorKind = ErrorKind::Server;
    r.m_bytes = text;
    return r;
}

RedisReply RedisReply::clientError(ErrorKind kind, const QString &message)
{
    RedisReply r;
    r.m_type = Type::Error;
    r.m_errorKind = kind;
    r.m_bytes = message.toUtf8();
    return r;
}

QByteArray RedisReply::errorCode() const
{
    if (m_type != Type::Error || m_errorKind != ErrorKind::Server)
        return {};
    qsizetype end = 0;
    while (end < m_bytes.size() && !isSpace(m_bytes.at(end))) {
        if (!isCodeChar(m_bytes.at(end)))
            return {};
        ++end;
    }
    return m_bytes.first(end);
}

QString RedisReply::errorMessage() const
{
    if (m_type != Type::Error)
        return {};
    return QString::fromUtf8(m_bytes);
}

QString RedisReply::toDisplayString(int indent) const
{
    switch (m_type) {
    case Type::Nil:
        return QStringLiteral("(nil)");
    case Type::Integer:
        return QStringLiteral("(integer) ") + QString::number(m_integer);
    case Type::Status:
        return QString::fromUtf8(m_bytes);
    case Type::Error:
        return QStringLiteral("(error) ") + QString::fromUtf8(m_bytes);
    case Type::String:
        return quoted(m_bytes);
    case Type::Array:
        break;
    }
    if (m_elements.isEmpty())
        return QStringLiteral("(empty array)");

    // As redis-cli: indices right-aligned to the widest one, nested items continue under
    // their parent's text, so the continuation indent grows by the index width plus ") ".
    const int width = static_cast<int>(QString::number(m_elements.size()).size());
    const int childIndent = indent + width + 2;
    const QString pad(indent, u' ');
    QString out;
    for (qsizetype i = 0; i < m_elements.size(); ++i) {
        if (i > 0) {
            out += u'\n';
            out += pad;
        }
        out += QString::number(i + 1).rightJustified(width);
        out += u") ";
        out += m_elements.at(i).toDisplayString(childIndent);
    }
    return out;
}

bool RedisReply::operator==(const RedisReply &other) const
{
    return m_type == other.m_type && m_errorKind == other.m_errorKind && m_integer == other.m_integer
        && m_bytes == other.m_bytes && m_elements == other.m_elements;
}
