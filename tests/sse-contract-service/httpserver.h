#pragma once

#include <functional>
#include <utility>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace SseContract {

struct HttpRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const;
};

struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// A small HTTP/1.1 server for the contract service: requests with Content-Length bodies,
// keep-alive, one synchronous handler. Not a general-purpose server (no chunked requests,
// no pipelining guarantees beyond in-order handling, requests capped at 1 MiB).
class HttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler);
    bool listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString errorString() const { return m_server.errorString(); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpResponse &response, bool close);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace SseContract
