#include "httpserver.h"

#include <QTcpSocket>

namespace SseContract {

namespace {

constexpr qsizetype MaxRequestBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    default:
        return QByteArrayLiteral("Status");
    }
}

HttpResponse plain(int status, const QByteArray &text)
{
    return {status, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")}}, text};
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return QByteArray();
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    m_server.setParent(this);
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    // m_server's sockets emit disconnected() while it destroys them, after m_buffers is gone.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
}

void HttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());

    // Several requests may be buffered (keep-alive): answer them in order.
    while (socket->state() == QAbstractSocket::ConnectedState) {
        QByteArray &buffer = m_buffers[socket];
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > MaxRequestBytes)
                respond(socket, plain(413, "request too large\n"), true);
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            respond(socket, plain(400, "malformed request line\n"), true);
            return;
        }
        HttpRequest request;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                respond(socket, plain(400, "malformed header\n"), true);
                return;
            }
            request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        if (!request.header("transfer-encoding").isEmpty()) {
            respond(socket, plain(501, "chunked request bodies are not supported\n"), true);
            return;
        }
        bool ok = true;
        const QByteArray lengthHeader = request.header("content-length");
        const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
        if (!ok || length < 0 || length > MaxRequestBytes) {
            respond(socket, plain(413, "bad or too large Content-Length\n"), true);
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // body not complete yet
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        const QByteArray connection = request.header("connection").toLower();
        const bool close = requestLine.at(2) == "HTTP/1.0" ? connection != "keep-alive" : connection == "close";
        respond(socket, m_handler ? m_handler(request) : plain(500, "no handler\n"), close);
        if (close)
            return;
    }
}

void HttpServer::respond(QTcpSocket *socket, const HttpResponse &response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    // 1xx, 204 and 304 responses carry no body and must not announce one.
    const bool bodyless = response.status < 200 || response.status == 204 || response.status == 304;
    if (!bodyless)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(bodyless ? head : QByteArray(head + response.body));
    socket->flush();
    if (close)
        socket->disconnectFromHost();
}

} // namespace SseContract
