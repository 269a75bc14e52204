#include "services/redisendpoint.h"

#include <QHostAddress>
#include <QUrl>

// Hand-rolled rather than QUrl: QUrl::errorString() quotes the whole input (password included),
// TolerantMode silently "repairs" bad input, and a raw '#', '?' or '/' in a password would cut
// the authority short. Here the user info runs to the LAST '@', so such passwords still work.

namespace {

const QString kScheme = QStringLiteral("redis");
const QString kTlsScheme = QStringLiteral("rediss");
const QString kSeparator = QStringLiteral("://");

QString percentDecode(QStringView text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

QString percentEncode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// The input as it may be shown in an error: everything between the first ':' of the user info
// and the last '@' is replaced by "***", even when the rest of the URL could not be parsed.
QString maskedInput(const QString &url)
{
    const qsizetype sep = url.indexOf(kSeparator);
    const qsizetype start = sep < 0 ? 0 : sep + kSeparator.size();
    const qsizetype at = url.lastIndexOf(u'@');
    if (at < start)
        return url;
    const qsizetype colon = url.indexOf(u':', start);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon + 1) + QStringLiteral("***") + url.mid(at);
}

bool isHostNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
        || c == u'_';
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// address() for use inside a URL: an IPv6 zone id's '%' must be written as "%25".
QString urlAddress(const RedisEndpoint &endpoint)
{
    QString address = endpoint.address();
    return address.replace(QStringLiteral("%"), QStringLiteral("%25"));
}

} // namespace

std::variant<RedisEndpoint, QString> RedisEndpoint::parse(const QString &input)
{
    const QString url = input.trimmed();
    const auto fail = [&url](const QString &reason) -> std::variant<RedisEndpoint, QString> {
        // Multi-argument arg(): a '%1' inside the URL must not be substituted again.
        return tr("Invalid Redis URL '%1': %2").arg(maskedInput(url), reason);
    };

    if (url.isEmpty())
        return tr("Invalid Redis URL: the URL is empty");

    RedisEndpoint endpoint;
    const qsizetype sep = url.indexOf(kSeparator);
    const QStringView scheme = sep < 0 ? QStringView() : QStringView(url).left(sep);
    if (scheme.compare(kScheme, Qt::CaseInsensitive) == 0) {
        endpoint.tls = false;
    } else if (scheme.compare(kTlsScheme, Qt::CaseInsensitive) == 0) {
        endpoint.tls = true;
    } else {
        return fail(tr("the scheme must be redis:// or rediss://"));
    }

    QStringView rest = QStringView(url).mid(sep + kSeparator.size());

    // User info: up to the last '@'; "user:password", ":password" (password-only AUTH) or "user".
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        const QStringView user = colon < 0 ? userInfo : userInfo.left(colon);
        for (const QChar c : user) {
            if (c == u'/' || c == u'?' || c == u'#' || c == u'[' || c == u']')
                return fail(tr("the user name contains '%1'; percent-encode it").arg(c));
        }
        endpoint.user = percentDecode(user);
        if (colon >= 0)
            endpoint.password = percentDecode(userInfo.mid(colon + 1));
    }

    // Authority ends at the first '/' or '?'; a query string is refused rather than ignored so that
    // e.g. "?db=2" never silently connects to database 0.
    const qsizetype query = rest.indexOf(u'?');
    if (query >= 0)
        return fail(tr("query parameters are not supported; put the database number in the path, e.g. "
                       "redis://host:6379/2"));
    // A fragment is the browser's, never the server's: said as such (after a port it read
    // "port must be a number").
    if (rest.contains(u'#'))
        return fail(tr("a fragment ('#…') is not part of a Redis URL; percent-encode a '#' in the password as %23"));
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView hostPort = slash < 0 ? rest : rest.left(slash);
    const QStringView path = slash < 0 ? QStringView() : rest.mid(slash + 1);

    QStringView portText;
    bool hasPort = false;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail(tr("missing ']' after the IPv6 address"));
        const QString literal = percentDecode(hostPort.mid(1, close - 1)); // "%25" introduces a zone id
        const QStringView after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return fail(tr("unexpected text after the IPv6 address"));
            portText = after.mid(1);
            hasPort = true;
        }
        const QHostAddress address(literal);
        if (literal.isEmpty())
            return fail(tr("the host is empty"));
        if (address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("'%1' is not a valid IPv6 address").arg(literal));
        endpoint.host = address.toString();
    } else {
        const qsizetype colon = hostPort.indexOf(u':');
        if (colon >= 0 && hostPort.indexOf(u':', colon + 1) >= 0)
            return fail(tr("IPv6 addresses must be enclosed in brackets, e.g. redis://[::1]:6379"));
        const QStringView host = colon < 0 ? hostPort : hostPort.left(colon);
        if (colon >= 0) {
            portText = hostPort.mid(colon + 1);
            hasPort = true;
        }
        if (host.isEmpty())
            return fail(tr("the host is empty"));
        for (const QChar c : host) {
            if (!isHostNameChar(c))
                return fail(tr("'%1' is not a valid host name").arg(host));
        }
        // Host names are case-insensitive; one spelling keeps endpoints comparable.
        endpoint.host = host.toString().toLower();
    }

    if (hasPort) {
        if (!isAsciiDigits(portText))
            return fail(tr("port must be a number between 1 and 65535"));
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(tr("port must be between 1 and 65535"));
        endpoint.port = static_cast<quint16>(port);
    }

    // "/" alone, like no path, means database 0 (redis-cli does the same).
    if (!path.isEmpty()) {
        if (!isAsciiDigits(path))
            return fail(tr("the database must be a non-negative integer"));
        bool ok = false;
        const int database = path.toInt(&ok);
        if (!ok)
            return fail(tr("the database number is too large"));
        endpoint.database = database;
    }

    return endpoint;
}

QString RedisEndpoint::address() const
{
    const QString hostText = host.contains(u':') ? QStringLiteral("[") + host + QStringLiteral("]") : host;
    return hostText + QStringLiteral(":") + QString::number(port);
}

QString RedisEndpoint::toSafeUrl() const
{
    QString url = (tls ? kTlsScheme : kScheme) + kSeparator;
    if (!user.isEmpty())
        url += percentEncode(user) + QStringLiteral("@");
    url += urlAddress(*this);
    if (database != 0)
        url += QStringLiteral("/") + QString::number(database);
    return url;
}

QString RedisEndpoint::toUrlWithPassword() const
{
    QString url = (tls ? kTlsScheme : kScheme) + kSeparator;
    if (!password.isEmpty())
        url += percentEncode(user) + QStringLiteral(":") + percentEncode(password) + QStringLiteral("@");
    else if (!user.isEmpty())
        url += percentEncode(user) + QStringLiteral("@");
    url += urlAddress(*this);
    if (database != 0)
        url += QStringLiteral("/") + QString::number(database);
    return url;
}
