#pragma once

#include <QHash>
#include <QObject>

#include "httpserver.h"

class QNetworkAccessManager;

namespace SseContract {

class ContractStream;

// The sse-contract-tests test service (docs/service_spec.md of launchdarkly/sse-contract-tests):
//   GET /                 200 {"capabilities": [...]}
//   DELETE /              answers, then the process quits (quitRequested)
//   POST /                creates a stream: 201 + Location /streams/<n>; 400 on bad parameters
//   POST /streams/<n>     {"command": "restart"} or {"command": "listen", ...}; 400 / 404
//   DELETE /streams/<n>   closes the stream; 404 if unknown
class ContractService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractService)

public:
    explicit ContractService(QObject *parent = nullptr);

    bool listen(quint16 port);
    [[nodiscard]] quint16 port() const { return m_server->port(); }
    [[nodiscard]] QString errorString() const { return m_server->errorString(); }

Q_SIGNALS:
    void quitRequested();

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse createStream(const HttpRequest &request);
    HttpResponse command(int id, const HttpRequest &request);
    HttpResponse deleteStream(int id);

    HttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QHash<int, ContractStream *> m_streams;
    int m_nextId = 1;
};

} // namespace SseContract
