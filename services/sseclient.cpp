#include "services/sseclient.h"

#include <algorithm>

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>

#include "services/logging.h"
#include "services/safetext.h"
#include "services/tlserrortext.h"

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::milliseconds MinBackoffBase = 100ms;
// Any delay or timeout beyond a day is treated as a day (QTimer takes an int of milliseconds).
constexpr std::chrono::milliseconds MaxDelay = 24h;
// Text from the server (a reason phrase, a Content-Type, a body's first words) in a message.
constexpr qsizetype MaxServerTextChars = 200;

std::chrono::milliseconds clampDelay(std::chrono::milliseconds delay)
{
    return std::clamp(delay, 0ms, MaxDelay);
}

// Feed URLs may carry a token in their query or user info: never in logs or error text.
QString safeUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// Qt's error strings may quote the full URL ("Error transferring <url> - ...").
QString safeErrorString(const QNetworkReply *reply, const QUrl &requested)
{
    QString text = reply->errorString();
    for (const QUrl &url : {reply->url(), requested}) {
        for (const QString &form : {url.toString(), url.toDisplayString(), url.toString(QUrl::FullyEncoded)}) {
            if (!form.isEmpty())
                text.replace(form, safeUrl(url));
        }
    }
    return text;
}

bool isEventStream(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray mime = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    return mime == QByteArrayLiteral("text/event-stream");
}

QString formatSeconds(std::chrono::milliseconds delay)
{
    // Two significant digits below 10 s ("0.05", "2.5"), whole seconds above.
    const qint64 ms = delay.count();
    if (ms >= 10'000)
        return QString::number((ms + 500) / 1000);
    return QString::number(double(ms) / 1000.0, 'g', 2);
}

} // namespace

SseClient::SseClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Parented so moveToThread() takes the timers along.
    m_readTimer.setParent(this);
    m_reconnectTimer.setParent(this);
    m_readTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, &SseClient::onReadTimeout);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SseClient::onReconnectTimer);
    m_stateText = tr("idle");
}

SseClient::~SseClient()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

void SseClient::setUrl(const QUrl &url)
{
    m_url = url;
}

void SseClient::setHeaders(const QList<Header> &headers)
{
    m_headers = headers;
}

bool SseClient::setLastEventId(const QString &id)
{
    // Mid-stream it would break the parse of the current connection.
    if (isActive()) {
        qCWarning(lcSse) << "setLastEventId() ignored while the client runs";
        return false;
    }
    // Sent as a header: a line break would start another one (WHATWG's parser never sets such
    // an id, so only a caller's could have one).
    if (id.contains(u'\r') || id.contains(u'\n') || id.contains(QChar(0))) {
        qCWarning(lcSse) << "setLastEventId() refused an id with CR, LF or NUL";
        return false;
    }
    m_parser.reset(id);
    return true;
}

void SseClient::setReadTimeout(std::chrono::milliseconds timeout)
{
    m_readTimeout = clampDelay(timeout);
}

void SseClient::setInitialReconnectDelay(std::chrono::milliseconds delay)
{
    m_initialDelay = clampDelay(delay);
    if (m_parser.reconnectionTimeMs() < 0)
        m_reconnectionDelay = m_initialDelay;
}

void SseClient::setMaxReconnectDelay(std::chrono::milliseconds delay)
{
    m_maxDelay = clampDelay(delay);
}

void SseClient::setMethod(const QByteArray &method)
{
    m_method = method;
}

void SseClient::setBody(const QByteArray &body)
{
    m_body = body;
}

void SseClient::setStableOpenTime(std::chrono::milliseconds time)
{
    m_stableOpenTime = time;
}

void SseClient::setMaxEventBytes(qsizetype bytes)
{
    m_maxEventBytes = bytes;
    m_parser.setMaxEventBytes(bytes);
}

qint64 SseClient::reconnectRemainingMs() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

void SseClient::start()
{
    if (isActive())
        return;
    m_failures = 0;
    m_reconnectionDelay = m_parser.reconnectionTimeMs() >= 0
        ? clampDelay(std::chrono::milliseconds(m_parser.reconnectionTimeMs()))
        : m_initialDelay;
    connectNow();
}

void SseClient::restart()
{
    if (!isActive()) {
        start();
        return;
    }
    qCDebug(lcSse) << "restart requested for" << safeUrl(m_url);
    dropReply();
    m_reconnectTimer.stop();
    m_failures = 0;
    ++m_reconnects;
    connectNow();
}

void SseClient::close()
{
    if (m_state == State::Closed)
        return;
    dropReply();
    m_reconnectTimer.stop();
    m_parser.endOfStream();
    setState(State::Closed, tr("closed: %1").arg(tr("stopped")));
}

void SseClient::connectNow()
{
    const QByteArray method = m_method.isEmpty() ? QByteArrayLiteral("GET") : m_method.toUpper();
    m_withheldFrom.clear();
    m_redirects = 0;
    sendRequest(m_url, method, m_body, true);
    setState(State::Connecting, tr("connecting"));
}

void SseClient::sendRequest(const QUrl &url, const QByteArray &method, const QByteArray &body, bool userHeaders)
{
    dropReply();
    m_parser.endOfStream();
    m_open = false;
    m_requestUrl = url;
    m_requestMethod = method;
    m_requestBody = body;
    // Content-Type describes the body, not the caller: it goes wherever the body goes.
    const auto isContentType = [](const Header &h) {
        return h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    };
    m_requestHasUserHeaders = userHeaders
        && std::any_of(m_headers.cbegin(), m_headers.cend(), [&](const Header &h) { return !isContentType(h); });

    QNetworkRequest request(url);
    // Every redirect comes to onRedirected() first: QNetworkAccessManager would carry the feed's
    // own headers (a bearer token) to whichever origin the server names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    request.setRawHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    bool hasContentType = false;
    for (const Header &header : std::as_const(m_headers)) {
        if (!userHeaders && !(isContentType(header) && !body.isEmpty()))
            continue;
        request.setRawHeader(header.first, header.second);
        hasContentType = hasContentType || isContentType(header);
    }
    const QString lastId = m_parser.lastEventId();
    if (!lastId.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Last-Event-ID"), lastId.toUtf8());
    m_sentLastId = lastId;
    m_eventOnConnection = false;
    if (!body.isEmpty() && !hasContentType)
        request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8"));

    QNetworkReply *reply = (method == "GET" && body.isEmpty()) ? m_network->get(request)
                                                               : m_network->sendCustomRequest(request, method, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QIODevice::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(
        reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) { onRedirected(reply, target); });
    if (m_readTimeout > 0ms)
        m_readTimer.start(m_readTimeout);
    qCDebug(lcSse) << "connecting to" << safeUrl(url) << "last event id" << lastId;
}

void SseClient::onRedirected(QNetworkReply *reply, const QUrl &target)
{
    if (reply != m_reply)
        return;
    const QUrl from = m_requestUrl;
    // As NoLessSafeRedirectPolicy did: never from https down to http.
    if (from.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0
        && target.scheme().compare("https"_L1, Qt::CaseInsensitive) != 0) {
        fail(After::Stop,
            tr("redirect not followed: from %1 to %2, which is not encrypted").arg(safeUrl(from), safeUrl(target)));
        return;
    }
    // Every hop is a request of our own, counted here: approved with redirectAllowed(), Qt 6.4 sent
    // requests twice and failed a reply's second hop with "HTTP 100".
    if (++m_redirects > MaxRedirects) {
        fail(After::Stop, tr("redirect not followed: more than %1 redirects in a row").arg(MaxRedirects));
        return;
    }
    const auto origin = [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        return std::tuple {scheme, url.host().toLower(), url.port(scheme == "https"_L1 ? 443 : 80)};
    };
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool becomesGet = status == 303 || ((status == 301 || status == 302) && m_requestMethod == "POST");
    const QByteArray method = becomesGet ? QByteArrayLiteral("GET") : m_requestMethod;
    const QByteArray body = becomesGet ? QByteArray() : m_requestBody;
    // Within the origin the headers go along as far as they went; once withheld they stay so.
    if (!m_requestHasUserHeaders || origin(from) == origin(target)) {
        sendRequest(target, method, body, m_requestHasUserHeaders);
        return;
    }
    // Another origin: followed without the feed's own headers (a body keeps its Content-Type),
    // and said, since a server there that wants them answers 401.
    qCInfo(lcSse).noquote() << "redirected from" << safeUrl(from) << "to" << safeUrl(target)
                            << "(another origin): the feed's headers are not sent there";
    m_withheldFrom = target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                         .toDisplayString();
    sendRequest(target, method, body, false);
    setState(State::Connecting,
        tr("redirected to %1, another origin: the feed's headers are not sent there").arg(safeUrl(target)));
}

void SseClient::onMetaDataChanged(QNetworkReply *reply)
{
    if (reply != m_reply || m_open)
        return;
    acceptResponse(reply);
}

bool SseClient::acceptResponse(QNetworkReply *reply)
{
    if (m_open)
        return true;
    if (!m_refusal.isEmpty())
        return false; // refused; its body is being read for the reason

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // No status yet, or a redirect that QNetworkAccessManager is following.
    if (status == 0 || (status >= 300 && status < 400))
        return false;
    if (m_readTimeout > 0ms)
        m_readTimer.start(m_readTimeout);

    // The server's own words: masked first (a cut could halve a secret), then one short line, as
    // a refusal's body is.
    const auto serverText = [this](const QString &text) {
        return SafeText::oneLine(withoutSecrets(text).simplified(), MaxServerTextChars);
    };
    const QString reason = serverText(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    const QString statusText = reason.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1 %2").arg(status).arg(reason);
    if (status == 200) {
        const QByteArray contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
        if (!isEventStream(contentType)) {
            fail(After::Stop,
                contentType.isEmpty() ? tr("the server sent no Content-Type instead of text/event-stream")
                                      : tr("the server sent Content-Type %1 instead of text/event-stream")
                                            .arg(serverText(QString::fromLatin1(contentType))));
            return false;
        }
        m_open = true;
        m_openedAt.start();
        qCDebug(lcSse) << "open:" << safeUrl(m_url);
        // Where it opened stays in view: the feed's URL is not the one serving it.
        setState(
            State::Open, m_requestUrl == m_url ? tr("open") : tr("open, redirected to %1").arg(safeUrl(m_requestUrl)));
        return true;
    }
    if (status == 204) {
        fail(After::Stop, tr("the server asked the client to stop (HTTP 204)"));
        return false;
    }
    if (status >= 500 || status == 408 || status == 429) {
        const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        fail(After::Retry, answered(statusText),
            retryAfter.isEmpty() ? std::nullopt : parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc()));
        return false;
    }
    // Other 4xx, other 2xx, 1xx: the request itself is wrong; retrying would repeat it.
    const QString refusal = answered(statusText);
    // A short text or JSON body usually says why ("Last-Event-ID is not a stream id"): read up to
    // 1 KiB of it, for at most 2 s. HTML error pages say nothing a line could carry.
    const QByteArray contentType = reply->rawHeader(QByteArrayLiteral("Content-Type")).toLower();
    if (status >= 400
        && (contentType.startsWith("text/plain") || contentType.startsWith("application/json")
            || contentType.startsWith("application/problem+json"))) {
        m_refusal = refusal;
        m_refusalBody.clear();
        m_readTimer.stop(); // a slow body is no silence to reconnect on: the 2 s below bound it
        const quint64 generation = m_generation;
        QTimer::singleShot(2s, this, [this, generation] {
            if (generation == m_generation && !m_refusal.isEmpty())
                finishRefusal();
        });
        return false;
    }
    fail(After::Stop, refusal);
    return false;
}

QString SseClient::answered(const QString &statusText) const
{
    const QString text = tr("the server answered %1").arg(statusText);
    // After a hop to another origin a 401 is most likely the withheld token: said, not guessed.
    return m_withheldFrom.isEmpty()
        ? text
        : tr("%1 (the feed's headers were not sent to %2, another origin)").arg(text, m_withheldFrom);
}

QString SseClient::withoutSecrets(QString text) const
{
    // A server may echo a header's value (an API key, a bearer token) in its reason or its body;
    // the CLI masks what it was given, the views and the log lines do not.
    constexpr qsizetype MinSecretLength = 6;
    for (const Header &header : m_headers) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            continue;
        const QString value = QString::fromUtf8(header.second).trimmed();
        const QString credentials = value.section(u' ', 1).trimmed(); // after "Bearer ", "Basic "
        for (const QString &secret : {value, credentials}) {
            if (secret.size() >= MinSecretLength)
                text.replace(secret, u"***"_s);
        }
    }
    return text;
}

void SseClient::readRefusal(QNetworkReply *reply)
{
    constexpr qsizetype Limit = 1024;
    m_refusalBody += reply->read(qMax<qsizetype>(0, Limit - m_refusalBody.size()));
    reply->readAll(); // the rest is not shown
}

void SseClient::finishRefusal()
{
    // Line breaks become spaces; other control characters cannot reach a terminal.
    const QString reason = SafeText::oneLine(QString::fromUtf8(m_refusalBody).simplified(), MaxServerTextChars);
    const QString message = reason.isEmpty() ? m_refusal : tr("%1: %2").arg(m_refusal, reason);
    fail(After::Stop, message);
}

void SseClient::onReadyRead(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    if (!m_open && !acceptResponse(reply)) {
        if (reply == m_reply) {
            if (!m_refusal.isEmpty())
                readRefusal(reply);
            else
                reply->readAll(); // body of a redirect being followed
        }
        return;
    }
    const QByteArray bytes = reply->readAll();
    if (bytes.isEmpty())
        return;
    m_bytesReceived += bytes.size();
    if (m_readTimeout > 0ms)
        m_readTimer.start(m_readTimeout);

    const QList<SseItem> items = m_parser.feed(bytes);
    const quint64 generation = m_generation;
    for (const SseItem &item : items) {
        switch (item.kind) {
        case SseItem::Kind::Event:
            // An event, not an open connection, ends a run of failures: a server that opens and
            // then fails alike every time (an event over the size limit) must back off too.
            ++m_eventsReceived;
            m_resendsLastId = !m_eventOnConnection && item.event.hasOwnId && !item.event.id.isEmpty()
                && item.event.id == m_sentLastId;
            // Not the event a resuming server sends again first: it says nothing of what follows.
            if (!m_resendsLastId)
                m_failures = 0;
            m_eventOnConnection = true;
            Q_EMIT eventReceived(item.event.type, item.event.data, item.event.id);
            m_resendsLastId = false;
            break;
        case SseItem::Kind::Comment:
            Q_EMIT commentReceived(item.comment);
            break;
        case SseItem::Kind::Retry:
            m_reconnectionDelay = clampDelay(std::chrono::milliseconds(item.retryMs));
            break;
        }
        // A receiver closed or restarted the client: the rest belongs to a dropped connection.
        if (generation != m_generation)
            return;
    }
    if (m_parser.hasOverflowed())
        fail(After::Retry,
            tr("an event was too large (over %1); the connection was dropped")
                .arg(QLocale().formattedDataSize(m_maxEventBytes, 0)));
}

void SseClient::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    if (!m_open) {
        const bool accepted = acceptResponse(reply);
        if (reply != m_reply)
            return; // refused: acceptResponse() already failed it
        if (!m_refusal.isEmpty()) {
            readRefusal(reply);
            finishRefusal();
            return;
        }
        if (!accepted) {
            const QNetworkReply::NetworkError code = reply->error();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (code == QNetworkReply::InsecureRedirectError || code == QNetworkReply::TooManyRedirectsError
                || (status >= 300 && status < 400)) {
                fail(After::Stop, tr("redirect not followed: %1").arg(safeErrorString(reply, m_url)));
                return;
            }
            // Connection refused, host not found, TLS failure, ...
            const bool tls = code == QNetworkReply::SslHandshakeFailedError;
            fail(After::Retry,
                tls ? tr("TLS handshake failed: %1").arg(TlsErrorText::reason(safeErrorString(reply, m_url)))
                    : safeErrorString(reply, m_url),
                {}, tls);
            return;
        }
    }
    // Deliver whatever arrived with the end of the stream, then reconnect.
    onReadyRead(reply);
    if (reply != m_reply)
        return;
    // Qt reports a server closing an open stream either way ("Connection closed"): one wording.
    const bool closedByServer =
        reply->error() == QNetworkReply::NoError || (m_open && reply->error() == QNetworkReply::RemoteHostClosedError);
    fail(After::Retry, closedByServer ? tr("the server closed the stream") : safeErrorString(reply, m_url));
}

void SseClient::onReadTimeout()
{
    if (!m_reply)
        return;
    fail(After::Retry, tr("no data received for %1 s").arg(formatSeconds(m_readTimeout)));
}

void SseClient::onReconnectTimer()
{
    ++m_reconnects;
    connectNow();
}

QString SseClient::stateText() const
{
    if (m_state == State::Reconnecting && m_reconnectTimer.isActive())
        return tr("reconnecting in %1 s")
            .arg(formatSeconds(std::chrono::milliseconds(std::max(0, m_reconnectTimer.remainingTime()))));
    return m_stateText;
}

void SseClient::fail(After after, const QString &text, std::optional<std::chrono::milliseconds> retryAfter, bool tls)
{
    // A connection that stayed open a while was healthy even without an event (heartbeat
    // comments only, then a proxy's idle cut): its failure starts the backoff afresh.
    const bool openedLongAgo = m_open && m_openedAt.isValid() && m_openedAt.elapsed() >= m_stableOpenTime.count();
    const QString message = withoutSecrets(text);
    dropReply();
    m_parser.endOfStream();
    m_lastError = message;
    m_lastErrorTls = tls;
    qCInfo(lcSse).noquote() << safeUrl(m_url) << message;
    const quint64 generation = m_generation;
    Q_EMIT errorOccurred(message);
    if (generation != m_generation || m_state == State::Closed)
        return; // a receiver already restarted or closed the client
    if (after == After::Stop) {
        setState(State::Closed, tr("closed: %1").arg(message));
        return;
    }
    if (openedLongAgo)
        m_failures = 0;
    ++m_failures;
    const double random = QRandomGenerator::global()->generateDouble();
    std::chrono::milliseconds delay = backoffDelay(m_reconnectionDelay, m_failures, m_maxDelay, random);
    // Retry-After replaces the client's own delay, shorter or longer, within the backoff floor
    // (as for `retry: 0`) and a ceiling: "0" or a past date reconnected thousands of times a
    // second, and a huge value parked the feed for a day. A rate limit's "come back in 5 min"
    // is honoured past the client's own maximum, up to an hour.
    if (retryAfter)
        delay = std::max(backoffDelay(0ms, m_failures, m_maxDelay, random), std::min(*retryAfter, retryAfterCap()));
    delay = clampDelay(delay);
    m_reconnectTimer.start(delay);
    setState(State::Reconnecting, tr("reconnecting in %1 s").arg(formatSeconds(delay)));
}

void SseClient::dropReply()
{
    m_readTimer.stop();
    m_refusal.clear();
    ++m_generation;
    m_open = false;
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // Deferred: aborting inside the reply's own signal (metaDataChanged, readyRead) makes
    // Qt report its error twice. The reply is dropped with its manager, so with this client.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            reply->abort();
            reply->deleteLater();
        },
        Qt::QueuedConnection);
}

void SseClient::setState(State state, const QString &text)
{
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged(state, text);
}

std::chrono::milliseconds SseClient::backoffDelay(
    std::chrono::milliseconds base, int failures, std::chrono::milliseconds cap, double random01)
{
    base = std::max(base, 0ms);
    if (failures <= 1)
        return base;
    // Growth starts from at least MinBackoffBase, so "retry: 0" cannot spin on a dead server.
    const std::chrono::milliseconds start = std::max(base, MinBackoffBase);
    const std::chrono::milliseconds ceiling = std::max(start, cap);
    std::chrono::milliseconds grown = start;
    for (int i = 1; i < failures && grown < ceiling; ++i)
        grown *= 2;
    grown = std::min(grown, ceiling);
    const auto half = grown / 2;
    const auto jitter =
        std::chrono::milliseconds(qint64(double((grown - half).count()) * std::clamp(random01, 0.0, 1.0)));
    return half + jitter;
}

std::optional<std::chrono::milliseconds> SseClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (const char c : trimmed)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        if (trimmed.size() > 9)
            return MaxDelay;
        return std::chrono::seconds(trimmed.toLongLong());
    }
    // HTTP-date: IMF-fixdate, and the obsolete RFC 850 and asctime forms recipients must accept.
    // The day name is dropped first: it is redundant, and Qt rejects one that does not match
    // its own guess of the century of a two-digit year.
    QString text = QString::fromLatin1(trimmed).simplified();
    const qsizetype comma = text.indexOf(u',');
    const qsizetype space = text.indexOf(u' ');
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.mid(space + 1);
    const QLocale c = QLocale::c();
    QDateTime date;
    for (const QString &format : {QStringLiteral("dd MMM yyyy hh:mm:ss 'GMT'"),
             QStringLiteral("dd-MMM-yy hh:mm:ss 'GMT'"), QStringLiteral("MMM d hh:mm:ss yyyy")}) {
        date = c.toDateTime(text, format);
        if (date.isValid())
            break;
    }
    if (!date.isValid())
        return std::nullopt;
    // RFC 850's two-digit year: Qt reads 19yy; one more than 50 years back means 20yy.
    while (date.date().year() < now.date().year() - 50)
        date = date.addYears(100);
    date = QDateTime(date.date(), date.time(), QTimeZone::utc());
    const qint64 ms = now.msecsTo(date);
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}
