#include "contractstream.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "services/logging.h"

namespace SseContract {

using namespace Qt::StringLiterals;

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty();
}

// An optional non-negative integer of milliseconds (absent and null both mean "not set").
bool optionalMs(const QJsonObject &object, const QString &key, std::optional<std::chrono::milliseconds> *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble())
        return false;
    const double ms = value.toDouble();
    if (ms < 0 || ms > 24.0 * 3600 * 1000 || ms != double(qint64(ms)))
        return false;
    *out = std::chrono::milliseconds(qint64(ms));
    return true;
}

bool optionalString(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::optional<ContractStreamParams> ContractStreamParams::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"the body is not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    ContractStreamParams params;
    params.streamUrl = QUrl(object.value(u"streamUrl"_s).toString(), QUrl::StrictMode);
    params.callbackUrl = QUrl(object.value(u"callbackUrl"_s).toString(), QUrl::StrictMode);
    if (!isHttpUrl(params.streamUrl)) {
        *error = u"streamUrl must be an http or https URL"_s;
        return std::nullopt;
    }
    if (!isHttpUrl(params.callbackUrl)) {
        *error = u"callbackUrl must be an http or https URL"_s;
        return std::nullopt;
    }
    if (!optionalString(object, u"tag"_s, &params.tag)) {
        *error = u"tag must be a string"_s;
        return std::nullopt;
    }
    if (!optionalMs(object, u"initialDelayMs"_s, &params.initialDelay)) {
        *error = u"initialDelayMs must be a non-negative integer"_s;
        return std::nullopt;
    }
    if (!optionalMs(object, u"readTimeoutMs"_s, &params.readTimeout)) {
        *error = u"readTimeoutMs must be a non-negative integer"_s;
        return std::nullopt;
    }
    if (!optionalString(object, u"lastEventId"_s, &params.lastEventId)) {
        *error = u"lastEventId must be a string"_s;
        return std::nullopt;
    }
    const QJsonValue headers = object.value(u"headers"_s);
    if (!headers.isUndefined() && !headers.isNull()) {
        if (!headers.isObject()) {
            *error = u"headers must be an object of strings"_s;
            return std::nullopt;
        }
        const QJsonObject map = headers.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QByteArray name = it.key().toLatin1();
            const QString value = it.value().toString();
            if (!it.value().isString() || !isToken(name) || value.contains(u'\r') || value.contains(u'\n')) {
                *error = u"invalid header %1"_s.arg(it.key());
                return std::nullopt;
            }
            params.headers.append({name, value.toUtf8()});
        }
    }
    QString method;
    QString body;
    if (!optionalString(object, u"method"_s, &method) || (!method.isEmpty() && !isToken(method.toLatin1()))) {
        *error = u"method must be an HTTP method name"_s;
        return std::nullopt;
    }
    if (!optionalString(object, u"body"_s, &body)) {
        *error = u"body must be a string"_s;
        return std::nullopt;
    }
    params.method = method.toLatin1();
    params.body = body.toUtf8();
    return params;
}

ContractStream::ContractStream(const ContractStreamParams &params, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new SseClient(this))
    , m_network(network)
    , m_callbackBase(params.callbackUrl)
    , m_tag(params.tag)
{
    m_client->setUrl(params.streamUrl);
    m_client->setHeaders(params.headers);
    m_client->setLastEventId(params.lastEventId);
    if (params.initialDelay)
        m_client->setInitialReconnectDelay(*params.initialDelay);
    if (params.readTimeout)
        m_client->setReadTimeout(*params.readTimeout);
    m_client->setMethod(params.method);
    m_client->setBody(params.body);

    connect(
        m_client, &SseClient::eventReceived, this, [this](const QString &type, const QString &data, const QString &id) {
            post({{u"kind"_s, u"event"_s},
                {u"event"_s, QJsonObject {{u"type"_s, type}, {u"data"_s, data}, {u"id"_s, id}}}});
        });
    connect(m_client, &SseClient::commentReceived, this, [this](const QString &text) {
        post({{u"kind"_s, u"comment"_s}, {u"comment"_s, text}});
    });
    // The service spec names the field "comment"; the harness' Go struct reads "error". Both.
    connect(m_client, &SseClient::errorOccurred, this, [this](const QString &message) {
        post({{u"kind"_s, u"error"_s}, {u"comment"_s, message}, {u"error"_s, message}});
    });
}

ContractStream::~ContractStream()
{
    m_closed = true;
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
}

void ContractStream::start()
{
    qCInfo(lcSse).noquote() << "stream" << m_tag << "start";
    m_client->start();
}

void ContractStream::restart()
{
    qCInfo(lcSse).noquote() << "stream" << m_tag << "restart";
    m_client->restart();
}

void ContractStream::close()
{
    qCInfo(lcSse).noquote() << "stream" << m_tag << "close";
    m_closed = true;
    m_queue.clear();
    m_client->close();
}

void ContractStream::post(const QJsonObject &message)
{
    if (m_closed)
        return;
    m_queue.append(QJsonDocument(message).toJson(QJsonDocument::Compact));
    if (!m_inFlight)
        sendNext();
}

void ContractStream::sendNext()
{
    if (m_queue.isEmpty() || m_closed)
        return;
    QUrl url = m_callbackBase;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + QString::number(++m_counter));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, m_queue.takeFirst());
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply->error() != QNetworkReply::NoError)
            qCWarning(lcSse).noquote() << "callback" << reply->url().toString() << "failed:" << reply->errorString();
        reply->deleteLater();
        m_inFlight = nullptr;
        sendNext();
    });
}

} // namespace SseContract
