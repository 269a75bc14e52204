#include "services/httprequest.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

// RFC 9110 token characters, for method and field names.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChars(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

// Where the head ends: after the first empty line ("\r\n\r\n" or "\n\n", mixed allowed).
qsizetype headEnd(const QByteArray &buffer)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        if (buffer.at(i) != '\n')
            continue;
        const qsizetype lineLength = i - lineStart;
        if (lineLength == 0 || (lineLength == 1 && buffer.at(lineStart) == '\r'))
            return i + 1;
        lineStart = i + 1;
    }
    return -1;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &pair : headers) {
        if (pair.first == lowerCaseName)
            return pair.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerCaseName) const
{
    for (const auto &pair : headers) {
        if (pair.first == lowerCaseName)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &name) const
{
    return QUrlQuery(QString::fromUtf8(query)).queryItemValue(name, QUrl::FullyDecoded);
}

bool HttpRequest::hasQueryValue(const QString &name) const
{
    return QUrlQuery(QString::fromUtf8(query)).hasQueryItem(name);
}

HttpRequest::Status HttpRequest::parse(
    const QByteArray &buffer, qsizetype maxHeadBytes, HttpRequest *out, qsizetype *headSize)
{
    // Clients may send empty lines before the request line (RFC 9112 2.2); skip them.
    qsizetype start = 0;
    while (start < buffer.size() && (buffer.at(start) == '\r' || buffer.at(start) == '\n'))
        ++start;
    const QByteArray rest = start == 0 ? buffer : buffer.sliced(start);
    const qsizetype end = headEnd(rest);
    if (end < 0)
        return rest.size() > maxHeadBytes ? Status::TooLarge : Status::Incomplete;
    if (end > maxHeadBytes)
        return Status::TooLarge;

    HttpRequest request;
    QList<QByteArray> lines = rest.first(end).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // split() leaves the empty line and the empty piece after its LF.
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Status::Invalid;

    const QList<QByteArray> parts = lines.constFirst().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() || hasControlChars(parts.at(1)))
        return Status::Invalid;
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")
        return Status::Invalid;
    request.method = parts.at(0);
    request.target = parts.at(1);
    request.version = parts.at(2);

    // Origin form only ("/path?query"); an absolute URL is for proxies.
    if (!request.target.startsWith('/'))
        return Status::Invalid;
    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.first(question);
    request.query = question < 0 ? QByteArray() : request.target.sliced(question + 1);
    request.path = QByteArray::fromPercentEncoding(rawPath);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        // Obsolete line folding is refused (RFC 9112 5.2 allows that).
        if (line.startsWith(' ') || line.startsWith('\t'))
            return Status::Invalid;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Status::Invalid;
        const QByteArray name = line.first(colon);
        if (!isToken(name))
            return Status::Invalid;
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (hasControlChars(value))
            return Status::Invalid;
        request.headers.append({name.toLower(), value});
    }
    if (request.version == "HTTP/1.1" && !request.hasHeader("host"))
        return Status::Invalid;

    *out = std::move(request);
    if (headSize)
        *headSize = start + end;
    return Status::Complete;
}
