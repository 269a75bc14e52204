#include "contractservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include "contractstream.h"
#include "services/logging.h"

namespace SseContract {

using namespace Qt::StringLiterals;

namespace {

const QByteArray StreamsPrefix = QByteArrayLiteral("/streams/");

HttpResponse json(int status, const QJsonObject &object)
{
    return {status, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
        QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

HttpResponse failure(int status, const QString &message)
{
    return json(status, {{u"error"_s, message}});
}

} // namespace

ContractService::ContractService(QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
    , m_network(new QNetworkAccessManager(this))
{
    // The server is our child: the handler cannot outlive `this`.
    m_server->setHandler([this](const HttpRequest &request) { return handle(request); });
}

bool ContractService::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

HttpResponse ContractService::handle(const HttpRequest &request)
{
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.left(query);
    if (path == "/") {
        if (request.method == "GET") {
            // SseClient strips a BOM split across reads, so "bom" applies; it takes any method
            // and body, so "post" and "report" do too.
            const QJsonArray capabilities {u"comments"_s, u"headers"_s, u"last-event-id"_s, u"read-timeout"_s,
                u"restart"_s, u"event-type-listeners"_s, u"server-directed-shutdown-request"_s, u"bom"_s, u"post"_s,
                u"report"_s};
            return json(200, {{u"name"_s, u"streamdesk-sseclient"_s}, {u"capabilities"_s, capabilities}});
        }
        if (request.method == "DELETE") {
            qCInfo(lcSse) << "DELETE / received; quitting";
            // Queued: the response is written first.
            QMetaObject::invokeMethod(this, &ContractService::quitRequested, Qt::QueuedConnection);
            return {200, {}, {}};
        }
        if (request.method == "POST")
            return createStream(request);
        return failure(405, u"method not allowed"_s);
    }
    if (path.startsWith(StreamsPrefix)) {
        bool ok = false;
        const int id = path.mid(StreamsPrefix.size()).toInt(&ok);
        if (!ok || !m_streams.contains(id))
            return failure(404, u"no such stream"_s);
        if (request.method == "POST")
            return command(id, request);
        if (request.method == "DELETE")
            return deleteStream(id);
        return failure(405, u"method not allowed"_s);
    }
    return failure(404, u"not found"_s);
}

HttpResponse ContractService::createStream(const HttpRequest &request)
{
    QString error;
    const std::optional<ContractStreamParams> params = ContractStreamParams::fromJson(request.body, &error);
    if (!params)
        return failure(400, error);
    const int id = m_nextId++;
    auto *stream = new ContractStream(*params, m_network, this);
    m_streams.insert(id, stream);
    stream->start();
    const QByteArray location =
        "http://127.0.0.1:" + QByteArray::number(m_server->port()) + StreamsPrefix + QByteArray::number(id);
    qCInfo(lcSse).noquote() << "created stream" << id << params->tag << params->streamUrl.toString();
    return {201, {{QByteArrayLiteral("Location"), location}}, {}};
}

HttpResponse ContractService::command(int id, const HttpRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QString name = document.object().value(u"command"_s).toString();
    if (name == u"restart"_s) {
        m_streams.value(id)->restart();
        return {202, {}, {}};
    }
    if (name == u"listen"_s) {
        // Every event type is delivered anyway; the command is accepted for the harness.
        return {202, {}, {}};
    }
    return failure(400, u"unknown command"_s);
}

HttpResponse ContractService::deleteStream(int id)
{
    ContractStream *stream = m_streams.take(id);
    stream->close();
    stream->deleteLater();
    return {204, {}, {}};
}

} // namespace SseContract
