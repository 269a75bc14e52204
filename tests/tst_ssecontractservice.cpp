#include <memory>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct ParsedRequest {
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower case
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return QByteArray();
    }
};

// Takes one complete request (head and Content-Length body) off the front of `buffer`.
std::optional<ParsedRequest> takeRequest(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    ParsedRequest request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype l = 1; l < lines.size(); ++l) {
        const qsizetype colon = lines.at(l).indexOf(':');
        request.headers.append({lines.at(l).left(colon).trimmed().toLower(), lines.at(l).mid(colon + 1).trimmed()});
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return request;
}

// The SSE endpoint the service's client connects to: records requests, streams what the
// test sends, hangs up on demand. One connection per request.
class SseEndpoint final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseEndpoint)

public:
    explicit SseEndpoint(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.setParent(this);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    if (std::optional<ParsedRequest> request = takeRequest(*buffer)) {
                        m_connections.append({*request, socket});
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                      "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }
    [[nodiscard]] int count() const { return int(m_connections.size()); }
    [[nodiscard]] const ParsedRequest &request(int i) const { return m_connections.at(i).first; }
    [[nodiscard]] bool isConnected(int i) const
    {
        const QTcpSocket *socket = m_connections.at(i).second;
        return socket && socket->state() == QAbstractSocket::ConnectedState;
    }
    void send(int i, const QByteArray &bytes)
    {
        if (QTcpSocket *socket = m_connections.at(i).second) {
            socket->write(bytes);
            socket->flush();
        }
    }
    void hangUp(int i)
    {
        if (QTcpSocket *socket = m_connections.at(i).second)
            socket->disconnectFromHost();
    }

private:
    QTcpServer m_server;
    QList<std::pair<ParsedRequest, QPointer<QTcpSocket>>> m_connections;
};

// The harness's callback endpoint: records every POST (keep-alive connections included)
// and answers 202.
class CallbackReceiver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackReceiver)

public:
    explicit CallbackReceiver(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.setParent(this);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    while (std::optional<ParsedRequest> request = takeRequest(*buffer)) {
                        m_requests.append(*request);
                        socket->write("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }
    [[nodiscard]] int count() const { return int(m_requests.size()); }
    [[nodiscard]] const ParsedRequest &at(int i) const { return m_requests.at(i); }
    [[nodiscard]] QJsonObject json(int i) const { return QJsonDocument::fromJson(m_requests.at(i).body).object(); }
    // Callbacks whose path starts with `prefix`, in arrival order.
    [[nodiscard]] QList<ParsedRequest> under(const QByteArray &prefix) const
    {
        QList<ParsedRequest> out;
        for (const ParsedRequest &request : m_requests) {
            if (request.path.startsWith(prefix))
                out << request;
        }
        return out;
    }

private:
    QTcpServer m_server;
    QList<ParsedRequest> m_requests;
};

struct Answer {
    int status = 0;
    QByteArray location;
    QByteArray body;
};

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject eventMessage(const QString &type, const QString &data, const QString &id)
{
    return {{u"kind"_s, u"event"_s}, {u"event"_s, QJsonObject {{u"type"_s, type}, {u"data"_s, data}, {u"id"_s, id}}}};
}

} // namespace

class TestSseContractService final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void capabilities();
    void createStreamDeliversCallbacksInOrder();
    void restartCommand();
    void listenCommandAccepted();
    void unknownCommandIsBadRequest();
    void unknownStreamIsNotFound();
    void badParameters_data();
    void badParameters();
    void errorCallbackOnDisconnect();
    void deleteStream();
    void deleteRootExits();

private:
    Answer call(const QByteArray &method, const QString &url, const QByteArray &body = QByteArray());
    QString createStream(const QString &callbackPath, const QJsonObject &extra = {});

    QProcess m_service;
    QString m_base;
    QNetworkAccessManager m_network;
    SseEndpoint m_sse;
    CallbackReceiver m_callbacks;
    QString m_location; // the stream created by createStreamDeliversCallbacksInOrder
    int m_connection = -1; // its current connection on m_sse
};

void TestSseContractService::initTestCase()
{
    QVERIFY(m_sse.listen());
    QVERIFY(m_callbacks.listen());
    m_service.setProcessChannelMode(QProcess::SeparateChannels);
    m_service.setProgram(QStringLiteral(SSE_CONTRACT_SERVICE_PATH));
    m_service.setArguments({u"--port"_s, u"0"_s});
    m_service.start();
    QVERIFY2(m_service.waitForStarted(5000), qPrintable(m_service.errorString()));
    QByteArray out;
    const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        listening.match(QString::fromUtf8(out += m_service.readAllStandardOutput())).hasMatch(), 10000);
    m_base = listening.match(QString::fromUtf8(out)).captured(1);
    QVERIFY(!m_base.isEmpty());
}

void TestSseContractService::cleanupTestCase()
{
    if (m_service.state() != QProcess::NotRunning) {
        m_service.kill();
        m_service.waitForFinished(5000);
    }
}

Answer TestSseContractService::call(const QByteArray &method, const QString &url, const QByteArray &body)
{
    QNetworkRequest request {QUrl(url)};
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Location"),
        reply->readAll()};
}

QString TestSseContractService::createStream(const QString &callbackPath, const QJsonObject &extra)
{
    QJsonObject params {{u"streamUrl"_s, m_sse.url(u"/stream"_s)}, {u"callbackUrl"_s, m_callbacks.url(callbackPath)},
        {u"tag"_s, QString::fromLatin1(QTest::currentTestFunction())}, {u"initialDelayMs"_s, 0}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        params.insert(it.key(), it.value());
    const Answer answer = call("POST", m_base + u'/', QJsonDocument(params).toJson());
    if (answer.status != 201)
        qWarning() << "create stream answered" << answer.status << answer.body;
    return answer.status == 201 ? QString::fromLatin1(answer.location) : QString();
}

void TestSseContractService::capabilities()
{
    const Answer answer = call("GET", m_base + u'/');
    QCOMPARE(answer.status, 200);
    const QJsonArray list = object(answer.body).value(u"capabilities"_s).toArray();
    for (const QString &capability : {u"comments"_s, u"headers"_s, u"last-event-id"_s, u"read-timeout"_s, u"restart"_s,
             u"event-type-listeners"_s, u"server-directed-shutdown-request"_s, u"bom"_s})
        QVERIFY2(list.contains(capability), qPrintable(capability));
}

void TestSseContractService::createStreamDeliversCallbacksInOrder()
{
    const int before = m_sse.count();
    m_location = createStream(u"/cb/1"_s,
        {{u"lastEventId"_s, u"abc"_s}, {u"headers"_s, QJsonObject {{u"x-feed"_s, u"alpha"_s}}},
            {u"readTimeoutMs"_s, 60000}});
    QVERIFY(m_location.startsWith(m_base + u"/streams/"_s));

    QTRY_COMPARE(m_sse.count(), before + 1);
    m_connection = before;
    const ParsedRequest &request = m_sse.request(before);
    QCOMPARE(request.method, "GET");
    QCOMPARE(request.path, "/stream");
    QCOMPARE(request.header("accept"), "text/event-stream");
    QCOMPARE(request.header("last-event-id"), "abc");
    QCOMPARE(request.header("x-feed"), "alpha");

    m_sse.send(before, ":Hello\n");
    m_sse.send(before, "event: greeting\nid: 1\ndata: Hello\n\n");
    QByteArray burst;
    for (int i = 0; i < 20; ++i)
        burst += "data: message " + QByteArray::number(i) + "\n\n";
    m_sse.send(before, burst);

    QTRY_COMPARE(m_callbacks.under("/cb/1/").size(), 22);
    const QList<ParsedRequest> received = m_callbacks.under("/cb/1/");
    for (int i = 0; i < received.size(); ++i) {
        QCOMPARE(received.at(i).method, "POST");
        QCOMPARE(received.at(i).path, "/cb/1/" + QByteArray::number(i + 1));
    }
    QCOMPARE(object(received.at(0).body), (QJsonObject {{u"kind"_s, u"comment"_s}, {u"comment"_s, u"Hello"_s}}));
    QCOMPARE(object(received.at(1).body), eventMessage(u"greeting"_s, u"Hello"_s, u"1"_s));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(object(received.at(i + 2).body), eventMessage(u"message"_s, u"message %1"_s.arg(i), u"1"_s));
}

void TestSseContractService::restartCommand()
{
    QVERIFY(!m_location.isEmpty());
    const int connections = m_sse.count();
    const int callbacks = int(m_callbacks.under("/cb/1/").size());
    const Answer answer = call("POST", m_location, R"({"command": "restart"})");
    QVERIFY2(answer.status >= 200 && answer.status < 300, qPrintable(QString::number(answer.status)));
    QTRY_COMPARE(m_sse.count(), connections + 1);
    m_connection = connections;
    QCOMPARE(m_sse.request(connections).header("last-event-id"), "1");
    QTRY_VERIFY(!m_sse.isConnected(connections - 1));
    m_sse.send(connections, "data: Thanks\n\n");
    QTRY_COMPARE(m_callbacks.under("/cb/1/").size(), callbacks + 1);
    // A restart is not an error: the next callback is the event.
    const ParsedRequest next = m_callbacks.under("/cb/1/").last();
    QCOMPARE(next.path, "/cb/1/" + QByteArray::number(callbacks + 1));
    QCOMPARE(object(next.body), eventMessage(u"message"_s, u"Thanks"_s, u"1"_s));
}

void TestSseContractService::listenCommandAccepted()
{
    QVERIFY(!m_location.isEmpty());
    const Answer answer = call("POST", m_location, R"({"command": "listen", "listen": {"type": "greeting"}})");
    QVERIFY2(answer.status >= 200 && answer.status < 300, qPrintable(QString::number(answer.status)));
}

void TestSseContractService::unknownCommandIsBadRequest()
{
    QVERIFY(!m_location.isEmpty());
    QCOMPARE(call("POST", m_location, R"({"command": "dance"})").status, 400);
    QCOMPARE(call("POST", m_location, "not json").status, 400);
}

void TestSseContractService::unknownStreamIsNotFound()
{
    QCOMPARE(call("POST", m_base + u"/streams/999"_s, R"({"command": "restart"})").status, 404);
    QCOMPARE(call("DELETE", m_base + u"/streams/999"_s).status, 404);
    QCOMPARE(call("GET", m_base + u"/nothing-here"_s).status, 404);
}

void TestSseContractService::badParameters_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray sse = m_sse.url(u"/stream"_s).toUtf8();
    const QByteArray cb = m_callbacks.url(u"/cb/x"_s).toUtf8();
    QTest::newRow("not JSON") << QByteArrayLiteral("{streamUrl:");
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("no streamUrl") << QByteArray(R"({"callbackUrl": ")" + cb + R"("})");
    QTest::newRow("no callbackUrl") << QByteArray(R"({"streamUrl": ")" + sse + R"("})");
    QTest::newRow("streamUrl not http") << QByteArray(R"({"streamUrl": "ftp://x/", "callbackUrl": ")" + cb + R"("})");
    QTest::newRow("initialDelayMs text") << QByteArray(
        R"({"streamUrl": ")" + sse + R"(", "callbackUrl": ")" + cb + R"(", "initialDelayMs": "x"})");
    QTest::newRow("readTimeoutMs negative")
        << QByteArray(R"({"streamUrl": ")" + sse + R"(", "callbackUrl": ")" + cb + R"(", "readTimeoutMs": -1})");
    QTest::newRow("headers not strings") << QByteArray(
        R"({"streamUrl": ")" + sse + R"(", "callbackUrl": ")" + cb + R"(", "headers": {"a": 1}})");
    QTest::newRow("lastEventId number") << QByteArray(
        R"({"streamUrl": ")" + sse + R"(", "callbackUrl": ")" + cb + R"(", "lastEventId": 5})");
}

void TestSseContractService::badParameters()
{
    QFETCH(QByteArray, body);
    const int connections = m_sse.count();
    QCOMPARE(call("POST", m_base + u'/', body).status, 400);
    QCOMPARE(m_sse.count(), connections); // no client was started
}

void TestSseContractService::errorCallbackOnDisconnect()
{
    const int before = m_sse.count();
    const QString location = createStream(u"/cb/2"_s);
    QVERIFY(!location.isEmpty());
    QTRY_COMPARE(m_sse.count(), before + 1);
    m_sse.send(before, "id: 9\ndata: first\n\n");
    QTRY_COMPARE(m_callbacks.under("/cb/2/").size(), 1);
    m_sse.hangUp(before);
    QTRY_COMPARE(m_callbacks.under("/cb/2/").size(), 2);
    const QJsonObject error = object(m_callbacks.under("/cb/2/").at(1).body);
    QCOMPARE(error.value(u"kind"_s).toString(), u"error"_s);
    QVERIFY(!error.value(u"comment"_s).toString().isEmpty());
    // ...and it reconnects with the last event id (initialDelayMs 0).
    QTRY_COMPARE(m_sse.count(), before + 2);
    QCOMPARE(m_sse.request(before + 1).header("last-event-id"), "9");
    QVERIFY(call("DELETE", location).status < 300);
}

void TestSseContractService::deleteStream()
{
    QVERIFY(!m_location.isEmpty());
    const int last = m_connection;
    QVERIFY(m_sse.isConnected(last));
    const Answer answer = call("DELETE", m_location);
    QVERIFY2(answer.status >= 200 && answer.status < 300, qPrintable(QString::number(answer.status)));
    QTRY_VERIFY(!m_sse.isConnected(last));
    QCOMPARE(call("DELETE", m_location).status, 404);
    QCOMPARE(call("POST", m_location, R"({"command": "restart"})").status, 404);
}

void TestSseContractService::deleteRootExits()
{
    QSignalSpy finished(&m_service, &QProcess::finished);
    const Answer answer = call("DELETE", m_base + u'/');
    QVERIFY2(answer.status >= 200 && answer.status < 300, qPrintable(QString::number(answer.status)));
    QVERIFY(m_service.state() == QProcess::NotRunning || finished.wait(10000));
    QCOMPARE(m_service.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_service.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSseContractService)
#include "tst_ssecontractservice.moc"
