#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "services/sseclient.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace SseContract {

// The parameters of the harness's "create stream" request.
struct ContractStreamParams {
    QUrl streamUrl;
    QUrl callbackUrl;
    QString tag;
    std::optional<std::chrono::milliseconds> initialDelay;
    std::optional<std::chrono::milliseconds> readTimeout;
    QString lastEventId;
    QList<SseClient::Header> headers;
    QByteArray method;
    QByteArray body;

    // Parses and validates the JSON body; on failure returns nullopt and sets `error`.
    static std::optional<ContractStreamParams> fromJson(const QByteArray &json, QString *error);
};

// One SSE client instance of the contract protocol: events, comments and errors of the
// client become callbacks POSTed to <callbackUrl>/<counter>, counter from 1, one at a time
// so they arrive in order.
class ContractStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractStream)

public:
    ContractStream(const ContractStreamParams &params, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ContractStream() override;

    void start();
    void restart();
    void close();

private:
    void post(const QJsonObject &message);
    void sendNext();

    SseClient *m_client = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_callbackBase;
    QString m_tag;
    QList<QByteArray> m_queue;
    QPointer<QNetworkReply> m_inFlight;
    int m_counter = 0;
    bool m_closed = false;
};

} // namespace SseContract
