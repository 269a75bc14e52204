// SseGateway against a real redis-server, read by raw HTTP clients in the test: headers and the
// retry hint, events in stream order with stream ids and type:action names, Last-Event-ID resume
// (header and query) with the catch-up/tail hand-over under concurrent writes, bearer token,
// max clients, heartbeats, slow clients dropped, and the HTTP errors. Plus the request parser.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "services/httprequest.h"
#include "services/redisconnection.h"
#include "services/ssegateway.h"
#include "services/sseparser.h"
#include "tests/support/testredis.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray Stream = "changes";

QByteArray sysIdFor(int i)
{
    return QByteArray::number(i, 16).rightJustified(32, '0');
}

RespWriter::Command xadd(int i, const QByteArray &type = "incident", const QByteArray &padding = {})
{
    RespWriter::Command command {"XADD", Stream, "*", "type", type, "action", "updated", "sys_id", sysIdFor(i),
        "number", "INC" + QByteArray::number(1000000 + i), "state", "2"};
    if (!padding.isEmpty())
        command << "short_description" << padding;
    return command;
}

// A minimal HTTP/1.1 client that reads one response: status, headers, then the body through the
// SSE parser (the body of an error response is kept as text).
class RawSseClient final : public QObject {
    Q_OBJECT

public:
    explicit RawSseClient(quint16 port, const QByteArray &target = "/",
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &RawSseClient::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this]() { m_closed = true; });
        QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n";
        for (const auto &[name, value] : headers)
            request += name + ": " + value + "\r\n";
        request += "\r\n";
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.write(request);
    }
    explicit RawSseClient(quint16 port, const QByteArray &rawRequest, bool, QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &RawSseClient::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this]() { m_closed = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.write(rawRequest);
    }

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] QByteArray header(const QByteArray &lowerName) const { return m_headers.value(lowerName); }
    [[nodiscard]] const QList<SseEvent> &events() const { return m_events; }
    [[nodiscard]] QList<QByteArray> ids() const
    {
        QList<QByteArray> ids;
        for (const SseEvent &e : m_events)
            ids.append(e.id.toUtf8());
        return ids;
    }
    [[nodiscard]] QByteArray lastId() const
    {
        return m_events.isEmpty() ? QByteArray() : m_events.constLast().id.toUtf8();
    }
    [[nodiscard]] const QStringList &comments() const { return m_comments; }
    [[nodiscard]] qint64 retryMs() const { return m_retry; }
    [[nodiscard]] QByteArray body() const { return m_body; }
    [[nodiscard]] bool closed() const { return m_closed; }
    [[nodiscard]] QByteArray firstBodyBytes() const { return m_firstBodyBytes; }
    void close() { m_socket.abort(); }

private:
    void onReadyRead()
    {
        const QByteArray bytes = m_socket.readAll();
        if (m_status == 0) {
            m_head += bytes;
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_head.first(end).split('\n');
            const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
            m_status = statusLine.value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                m_headers.insert(lines.at(i).first(colon).trimmed().toLower(), lines.at(i).sliced(colon + 1).trimmed());
            }
            feed(m_head.sliced(end + 4));
            m_head.clear();
            return;
        }
        feed(bytes);
    }

    void feed(const QByteArray &bytes)
    {
        if (m_firstBodyBytes.size() < 64)
            m_firstBodyBytes += bytes.left(64 - m_firstBodyBytes.size());
        if (m_status != 200) {
            m_body += bytes;
            return;
        }
        for (const SseItem &item : m_parser.feed(bytes)) {
            switch (item.kind) {
            case SseItem::Kind::Event:
                m_events.append(item.event);
                break;
            case SseItem::Kind::Comment:
                m_comments.append(item.comment);
                break;
            case SseItem::Kind::Retry:
                m_retry = item.retryMs;
                break;
            }
        }
    }

    QTcpSocket m_socket;
    SseParser m_parser;
    QByteArray m_head;
    QByteArray m_body;
    QByteArray m_firstBodyBytes;
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    QList<SseEvent> m_events;
    QStringList m_comments;
    qint64 m_retry = -1;
    bool m_closed = false;
};

} // namespace

class TestSseGateway : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RedisServerProcess> m_server;
    std::unique_ptr<RedisConnection> m_redis;

    SseGateway::Config config() const
    {
        SseGateway::Config c;
        c.endpoint = TestRedis::endpoint(*m_server);
        c.stream = QString::fromUtf8(Stream);
        c.blockMs = 200;
        return c;
    }

    std::unique_ptr<SseGateway> startGateway(const SseGateway::Config &c)
    {
        auto gateway = std::make_unique<SseGateway>(c);
        QString error;
        if (!gateway->start(&error)) {
            qWarning() << error;
            return nullptr;
        }
        if (!QTest::qWaitFor([&gateway]() { return gateway->isReady(); }, 10000))
            return nullptr;
        return gateway;
    }

    QByteArray add(const RespWriter::Command &command)
    {
        const RedisReply reply = TestRedis::call(*m_redis, command);
        return reply.isString() ? reply.bytes() : QByteArray();
    }

    // Adds n entries in one pipelined batch and returns their ids.
    QList<QByteArray> addMany(int n, int first = 0, const QByteArray &padding = {})
    {
        QList<RespWriter::Command> commands;
        for (int i = 0; i < n; ++i)
            commands.append(xadd(first + i, "incident", padding));
        QList<QByteArray> ids;
        bool done = false;
        m_redis->batch(commands, this, [&](const QList<RedisReply> &replies) {
            for (const RedisReply &reply : replies)
                ids.append(reply.bytes());
            done = true;
        });
        if (!QTest::qWaitFor([&done]() { return done; }, 20000))
            return {};
        return ids;
    }

    QList<QByteArray> allIds()
    {
        QList<QByteArray> ids;
        const RedisReply reply = TestRedis::call(*m_redis, {"XRANGE", Stream, "-", "+"});
        for (const StreamEntry &entry : StreamEntry::listFromReply(reply))
            ids.append(entry.id);
        return ids;
    }

    static QList<QByteArray> after(const QList<QByteArray> &ids, const QByteArray &resume)
    {
        QList<QByteArray> out;
        for (const QByteArray &id : ids) {
            if (StreamId::compare(id, resume) > 0)
                out.append(id);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_server = TestRedis::start();
        QVERIFY(m_server);
        m_redis = std::make_unique<RedisConnection>(TestRedis::endpoint(*m_server));
        m_redis->open();
        QVERIFY(TestRedis::waitReady(*m_redis));
    }

    void cleanup()
    {
        m_redis.reset();
        m_server.reset();
    }

    void requestParser_data();
    void requestParser();
    void requestParserSplitAnywhere();
    void tokenComparison();
    void formatEvent();

    void headersRetryAndLiveEvents();
    void fromStartAndEventsPath();
    void resumeFromLastEventId_data();
    void resumeFromLastEventId();
    void handOverUnderConcurrentWrites();
    void reconnectLosesNothing();
    void bearerToken();
    void maxClients();
    void heartbeat();
    void slowClientDropped();
    void httpErrors_data();
    void httpErrors();
    void survivesRedisRestart();
    void clientsWaitForRedis();
    void cliServeSse();
    void cliUsageErrors_data();
    void cliUsageErrors();
};

// --- the request parser ------------------------------------------------------------------------

void TestSseGateway::requestParser_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("lastEventId");

    const auto ok = int(HttpRequest::Status::Complete);
    const auto invalid = int(HttpRequest::Status::Invalid);
    const auto incomplete = int(HttpRequest::Status::Incomplete);
    QTest::newRow("crlf") << "GET /events?from=0 HTTP/1.1\r\nHost: x\r\nLast-Event-ID:  5-1 \r\n\r\n"_ba << ok
                          << "/events"_ba
                          << "5-1"_ba;
    QTest::newRow("lf only") << "GET / HTTP/1.1\nHost: x\nlast-event-id: 7-0\n\n"_ba << ok << "/"_ba
                             << "7-0"_ba;
    QTest::newRow("leading empty lines") << "\r\n\r\nGET / HTTP/1.0\r\n\r\n"_ba << ok << "/"_ba << QByteArray();
    QTest::newRow("percent-encoded path")
        << "GET /%65vents HTTP/1.1\r\nHost: x\r\n\r\n"_ba << ok << "/events"_ba << QByteArray();
    QTest::newRow("incomplete") << "GET / HTTP/1.1\r\nHost: x\r\n"_ba << incomplete << QByteArray() << QByteArray();
    QTest::newRow("no host in 1.1") << "GET / HTTP/1.1\r\n\r\n"_ba << invalid << QByteArray() << QByteArray();
    QTest::newRow("http/2 preface") << "PRI * HTTP/2.0\r\n\r\n"_ba << invalid << QByteArray() << QByteArray();
    QTest::newRow("absolute target") << "GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n"_ba << invalid << QByteArray()
                                     << QByteArray();
    QTest::newRow("header without colon")
        << "GET / HTTP/1.1\r\nHost x\r\n\r\n"_ba << invalid << QByteArray() << QByteArray();
    QTest::newRow("folded header") << "GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n"_ba << invalid << QByteArray()
                                   << QByteArray();
    QTest::newRow("control char in value")
        << "GET / HTTP/1.1\r\nHost: x\x01\r\n\r\n"_ba << invalid << QByteArray() << QByteArray();
    QTest::newRow("two spaces") << "GET  / HTTP/1.1\r\nHost: x\r\n\r\n"_ba << invalid << QByteArray() << QByteArray();
    QTest::newRow("too large") << "GET / HTTP/1.1\r\nHost: x\r\nX: "_ba + QByteArray(300, 'a') + "\r\n\r\n"_ba
                               << int(HttpRequest::Status::TooLarge) << QByteArray() << QByteArray();
}

void TestSseGateway::requestParser()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, lastEventId);

    HttpRequest request;
    qsizetype headSize = 0;
    // Bytes after the head (a body, a pipelined request) are not part of it.
    QCOMPARE(int(HttpRequest::parse(input + "trailing", 256, &request, &headSize)), status);
    if (status != int(HttpRequest::Status::Complete))
        return;
    QCOMPARE(request.method, "GET"_ba);
    QCOMPARE(request.path, path);
    QCOMPARE(request.header("last-event-id"), lastEventId);
    QCOMPARE(headSize, input.size());
}

void TestSseGateway::requestParserSplitAnywhere()
{
    const QByteArray input = "GET /?lastEventId=12-3&x=%20y HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer t\r\n\r\n";
    for (qsizetype split = 0; split < input.size(); ++split) {
        HttpRequest request;
        QCOMPARE(int(HttpRequest::parse(input.first(split), 1024, &request)), int(HttpRequest::Status::Incomplete));
    }
    HttpRequest request;
    QCOMPARE(int(HttpRequest::parse(input, 1024, &request)), int(HttpRequest::Status::Complete));
    QCOMPARE(request.queryValue(u"lastEventId"_s), u"12-3"_s);
    QCOMPARE(request.queryValue(u"x"_s), u" y"_s);
    QVERIFY(!request.hasQueryValue(u"from"_s));
    QCOMPARE(request.header("authorization"), "Bearer t"_ba);
}

void TestSseGateway::tokenComparison()
{
    QVERIFY(SseGateway::tokenMatches("s3cret", "s3cret"));
    QVERIFY(!SseGateway::tokenMatches("s3cre", "s3cret"));
    QVERIFY(!SseGateway::tokenMatches("s3cret ", "s3cret"));
    QVERIFY(!SseGateway::tokenMatches("", "s3cret"));
    QVERIFY(!SseGateway::tokenMatches("S3CRET", "s3cret"));
}

void TestSseGateway::formatEvent()
{
    StreamEntry entry;
    entry.id = "1736937000000-2";
    entry.fields = {{"type", "ctask"}, {"action", "resolved"}, {"sys_id", sysIdFor(1)},
        {"short_description", "two\nlines"}, {"type", "ignored duplicate"}, {"data", R"({"state": {"value": "4"}})"}};
    const QByteArray event = SseGateway::formatEvent(entry);
    const QList<QByteArray> lines = event.split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), "id: 1736937000000-2"_ba);
    QCOMPARE(lines.at(1), "event: change_task:resolved"_ba);
    QVERIFY(lines.at(2).startsWith("data: {"));
    const QJsonObject data = QJsonDocument::fromJson(lines.at(2).sliced(6)).object();
    QCOMPARE(data.value(u"type"_s).toString(), u"ctask"_s); // the first of a repeated field
    QCOMPARE(data.value(u"short_description"_s).toString(), u"two\nlines"_s);
    QCOMPARE(data.value(u"data"_s).toObject().value(u"state"_s).toObject().value(u"value"_s).toString(), u"4"_s);

    // A producer's newline in the type cannot inject SSE fields; the entry is malformed anyway.
    entry.fields = {{"type", "incident\ndata: injected"}, {"sys_id", "bad"}, {"data", "[1]"}};
    const QList<QByteArray> bad = SseGateway::formatEvent(entry).split('\n');
    QCOMPARE(bad.size(), 5);
    QCOMPARE(bad.at(1), "event: malformed"_ba);
    QCOMPARE(QJsonDocument::fromJson(bad.at(2).sliced(6)).object().value(u"data"_s).toString(), u"[1]"_s);
}

// --- streaming --------------------------------------------------------------------------------

void TestSseGateway::headersRetryAndLiveEvents()
{
    const QList<QByteArray> before = addMany(5);
    QCOMPARE(before.size(), 5);
    auto gateway = startGateway(config());
    QVERIFY(gateway);
    QCOMPARE(gateway->tailId(), before.constLast()); // "$" pinned to the last id
    QCOMPARE(gateway->serverAddress(), QHostAddress(QHostAddress::LocalHost));

    RawSseClient client(gateway->serverPort());
    QTRY_COMPARE(client.status(), 200);
    QCOMPARE(client.header("content-type"), "text/event-stream"_ba);
    QCOMPARE(client.header("cache-control"), "no-cache"_ba);
    QCOMPARE(client.header("connection"), "keep-alive"_ba);
    QTRY_COMPARE(client.retryMs(), qint64(3000));
    QVERIFY(client.firstBodyBytes().startsWith("retry: 3000\n"));
    QTRY_COMPARE(gateway->stats().clients, 1);

    // Without Last-Event-ID the stream starts at its current end: only new entries arrive.
    const QByteArray a = add(xadd(10, "incident"));
    const QByteArray b = add({"XADD", Stream, "*", "table", "sc_task", "operation", "insert", "sys_id", sysIdFor(11),
        "data", R"({"number": "SCTASK0000011", "state": 1})"});
    const QByteArray c = add({"XADD", Stream, "*", "type", "incident", "sys_id", "not-a-sys-id"});
    QTRY_COMPARE(client.events().size(), 3);
    QCOMPARE(client.ids(), (QList<QByteArray> {a, b, c}));
    QCOMPARE(client.events().at(0).type, u"incident:updated"_s);
    QCOMPARE(client.events().at(1).type, u"sc_task:created"_s);
    QCOMPARE(client.events().at(2).type, u"malformed"_s);

    const QJsonObject first = QJsonDocument::fromJson(client.events().at(0).data.toUtf8()).object();
    QCOMPARE(first.value(u"sys_id"_s).toString(), QString::fromUtf8(sysIdFor(10)));
    QCOMPARE(first.value(u"number"_s).toString(), u"INC1000010"_s);
    const QJsonObject second = QJsonDocument::fromJson(client.events().at(1).data.toUtf8()).object();
    QCOMPARE(second.value(u"data"_s).toObject().value(u"number"_s).toString(), u"SCTASK0000011"_s);
    const QJsonObject third = QJsonDocument::fromJson(client.events().at(2).data.toUtf8()).object();
    QCOMPARE(third.value(u"sys_id"_s).toString(), u"not-a-sys-id"_s); // sent raw
    QTRY_COMPARE(gateway->stats().eventsSent, 3);
}

void TestSseGateway::fromStartAndEventsPath()
{
    const QList<QByteArray> ids = addMany(30);
    SseGateway::Config c = config();
    c.pageSize = 7;
    auto gateway = startGateway(c);
    QVERIFY(gateway);

    RawSseClient client(gateway->serverPort(), "/events?from=0");
    QTRY_COMPARE(client.events().size(), 30);
    QCOMPARE(client.ids(), ids);
    const QByteArray more = add(xadd(99));
    QTRY_COMPARE(client.events().size(), 31);
    QCOMPARE(client.lastId(), more);
}

void TestSseGateway::resumeFromLastEventId_data()
{
    QTest::addColumn<bool>("viaHeader");
    QTest::addColumn<int>("resumeIndex"); // -1: "0"
    QTest::newRow("header, middle") << true << 499;
    QTest::newRow("query, middle") << false << 499;
    QTest::newRow("header, first") << true << 0;
    QTest::newRow("header, last") << true << 1199;
    QTest::newRow("header, 0") << true << -1;
}

void TestSseGateway::resumeFromLastEventId()
{
    QFETCH(bool, viaHeader);
    QFETCH(int, resumeIndex);
    const QList<QByteArray> ids = addMany(1200);
    QCOMPARE(ids.size(), 1200);
    SseGateway::Config c = config();
    c.pageSize = 100;
    auto gateway = startGateway(c);
    QVERIFY(gateway);

    const QByteArray resume = resumeIndex < 0 ? "0"_ba : ids.at(resumeIndex);
    std::unique_ptr<RawSseClient> client;
    if (viaHeader)
        client = std::make_unique<RawSseClient>(
            gateway->serverPort(), "/", QList<QPair<QByteArray, QByteArray>> {{"Last-Event-ID", resume}});
    else
        client = std::make_unique<RawSseClient>(gateway->serverPort(), "/?from=0&lastEventId=" + resume);
    const QList<QByteArray> expected = ids.mid(resumeIndex + 1);
    const QByteArray next = add(xadd(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client->events().size(), expected.size() + 1, 20000);
    QCOMPARE(client->ids(), expected + QList<QByteArray> {next});
}

// Clients resume from many positions while entries keep arriving: small pages and small tail
// batches make catch-up and the tail interleave many times. Each client must get exactly the
// entries after its position, in order.
void TestSseGateway::handOverUnderConcurrentWrites()
{
    const QList<QByteArray> initial = addMany(300);
    QCOMPARE(initial.size(), 300);
    SseGateway::Config c = config();
    c.pageSize = 7;
    c.tailCount = 5;
    c.blockMs = 50;
    auto gateway = startGateway(c);
    QVERIFY(gateway);

    constexpr int Total = 1500;
    int published = 300;
    int answered = 300;
    QByteArray latest = initial.constLast(); // often ahead of the gateway's tail
    QTimer publisher;
    publisher.setInterval(1);
    connect(&publisher, &QTimer::timeout, this, [&]() {
        if (published >= Total) {
            publisher.stop();
            return;
        }
        QList<RespWriter::Command> commands;
        for (int i = 0; i < 2 && published < Total; ++i)
            commands.append(xadd(published++));
        const auto n = commands.size();
        m_redis->batch(commands, this, [&answered, &latest, n](const QList<RedisReply> &replies) {
            answered += int(n);
            latest = replies.constLast().bytes();
        });
    });
    publisher.start();

    // Positions spread over the history, joined while the publisher runs.
    std::vector<std::unique_ptr<RawSseClient>> clients;
    QList<QByteArray> resumes;
    const QList<QByteArray> positions = {"0"_ba, initial.at(0), initial.at(150), initial.at(299)};
    for (const QByteArray &position : positions) {
        clients.push_back(std::make_unique<RawSseClient>(
            gateway->serverPort(), "/", QList<QPair<QByteArray, QByteArray>> {{"Last-Event-ID", position}}));
        resumes.append(position);
        const int target = published + 100;
        QVERIFY(QTest::qWaitFor([&]() { return published >= std::min(target, Total); }, 20000));
    }
    // And some from positions the tail has just passed, or not reached yet.
    for (int k = 0; k < 4; ++k) {
        const QByteArray position = k % 2 == 0 ? gateway->tailId() : latest;
        clients.push_back(std::make_unique<RawSseClient>(
            gateway->serverPort(), "/", QList<QPair<QByteArray, QByteArray>> {{"Last-Event-ID", position}}));
        resumes.append(position);
        const int target = published + 50;
        QVERIFY(QTest::qWaitFor([&]() { return published >= std::min(target, Total); }, 20000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, Total, 30000);
    const QList<QByteArray> ids = allIds();
    QCOMPARE(ids.size(), Total);
    for (size_t i = 0; i < clients.size(); ++i) {
        const QList<QByteArray> expected = after(ids, resumes.at(qsizetype(i)));
        QTRY_COMPARE_WITH_TIMEOUT(clients[i]->lastId(), ids.constLast(), 30000);
        QCOMPARE(clients[i]->events().size(), expected.size());
        QCOMPARE(clients[i]->ids(), expected);
    }
    QCOMPARE(gateway->stats().clients, int(clients.size()));
    QCOMPARE(gateway->stats().catchingUp, 0);
    QCOMPARE(gateway->stats().drops, 0);
}

void TestSseGateway::reconnectLosesNothing()
{
    auto gateway = startGateway(config());
    QVERIFY(gateway);
    auto first = std::make_unique<RawSseClient>(gateway->serverPort());
    QTRY_COMPARE(gateway->stats().clients, 1);
    addMany(40, 0);
    QTRY_COMPARE(first->events().size(), 40);
    const QByteArray lastSeen = first->lastId();
    first.reset(); // the connection drops
    QTRY_COMPARE(gateway->stats().clients, 0);

    const QList<QByteArray> missed = addMany(25, 100); // written while nobody listens
    RawSseClient second(gateway->serverPort(), "/", {{"Last-Event-ID", lastSeen}});
    QTRY_COMPARE(second.events().size(), 25);
    const QList<QByteArray> live = addMany(10, 200);
    QTRY_COMPARE(second.events().size(), 35);
    QCOMPARE(second.ids(), missed + live);
}

void TestSseGateway::bearerToken()
{
    SseGateway::Config c = config();
    c.token = u"t0p-s3cret"_s;
    auto gateway = startGateway(c);
    QVERIFY(gateway);

    for (const QByteArray &authorization :
        {QByteArray(), "Bearer wrong"_ba, "Basic dDBwLXMzY3JldA=="_ba, "Bearer t0p-s3cre"_ba}) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        RawSseClient refused(gateway->serverPort(), "/", headers);
        QTRY_COMPARE(refused.status(), 401);
        QCOMPARE(refused.header("www-authenticate"), "Bearer"_ba);
        QTRY_VERIFY(refused.closed());
        QCOMPARE(refused.body().count('\n'), 1); // one line
        QVERIFY(!refused.body().contains("t0p-s3cret"));
    }
    QCOMPARE(gateway->stats().rejected, 4);
    QCOMPARE(gateway->stats().clients, 0);

    RawSseClient accepted(gateway->serverPort(), "/", {{"Authorization", "bearer t0p-s3cret"}});
    QTRY_COMPARE(accepted.status(), 200);
    const QByteArray id = add(xadd(1));
    QTRY_COMPARE(accepted.lastId(), id);
}

void TestSseGateway::maxClients()
{
    SseGateway::Config c = config();
    c.maxClients = 2;
    auto gateway = startGateway(c);
    QVERIFY(gateway);
    auto a = std::make_unique<RawSseClient>(gateway->serverPort());
    RawSseClient b(gateway->serverPort());
    QTRY_COMPARE(a->status(), 200);
    QTRY_COMPARE(b.status(), 200);

    RawSseClient third(gateway->serverPort());
    QTRY_COMPARE(third.status(), 503);
    QCOMPARE(third.header("retry-after"), "3"_ba);
    QTRY_VERIFY(third.closed());
    QCOMPARE(gateway->stats().clients, 2);

    a.reset();
    QTRY_COMPARE(gateway->stats().clients, 1);
    RawSseClient fourth(gateway->serverPort());
    QTRY_COMPARE(fourth.status(), 200);
    const QByteArray id = add(xadd(3));
    QTRY_COMPARE(fourth.lastId(), id);
    QTRY_COMPARE(b.lastId(), id);
}

void TestSseGateway::heartbeat()
{
    SseGateway::Config c = config();
    c.heartbeatMs = 200;
    auto gateway = startGateway(c);
    QVERIFY(gateway);
    RawSseClient client(gateway->serverPort());
    QTRY_VERIFY(client.comments().size() >= 2);
    for (const QString &comment : client.comments())
        QCOMPARE(comment, u" heartbeat"_s);
    QVERIFY(client.events().isEmpty()); // comments are not events
}

// A client that stops reading is dropped once its unsent bytes pass the cap; a reader on the
// same gateway is unaffected and the gateway's buffer stays bounded.
void TestSseGateway::slowClientDropped()
{
    SseGateway::Config c = config();
    c.maxBufferedBytes = 256 * 1024;
    c.tailCount = 100;
    auto gateway = startGateway(c);
    QVERIFY(gateway);
    QSignalSpy dropped(gateway.get(), &SseGateway::clientDropped);

    QTcpSocket slow;
    slow.setReadBufferSize(1024); // Qt stops reading from the kernel once this is full
    slow.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    slow.connectToHost(QHostAddress::LocalHost, gateway->serverPort());
    QVERIFY(slow.waitForConnected(5000));
    slow.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    slow.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    RawSseClient reader(gateway->serverPort());
    QTRY_COMPARE(gateway->stats().clients, 2);

    // Publish until the slow client is dropped; bounded, since kernel buffers absorb some MiB.
    const QByteArray padding(4000, 'x');
    int published = 0;
    for (int round = 0; round < 60 && gateway->stats().drops == 0; ++round) {
        QCOMPARE(addMany(200, published, padding).size(), 200);
        published += 200;
        QVERIFY(QTest::qWaitFor(
            [&]() { return gateway->stats().drops > 0 || reader.events().size() >= published; }, 10000));
    }
    QTRY_COMPARE(gateway->stats().drops, 1);
    QCOMPARE(dropped.size(), 1);
    // Once it reads again it finds the connection reset, not a stream that merely went quiet.
    slow.setReadBufferSize(0);
    slow.readAll();
    QTRY_COMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(gateway->stats().clients, 1);
    // Bounded: the cap plus at most one tail batch (100 entries of ~4 KB) written at once.
    QVERIFY2(gateway->stats().peakBufferedBytes <= c.maxBufferedBytes + 100 * 4600,
        qPrintable(QString::number(gateway->stats().peakBufferedBytes)));
    QTRY_COMPARE_WITH_TIMEOUT(reader.events().size(), published, 20000);
    QVERIFY(!reader.closed());
}

void TestSseGateway::httpErrors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("404") << "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 404;
    QTest::newRow("404 favicon") << "GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 404;
    QTest::newRow("405 POST") << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"_ba << 405;
    QTest::newRow("405 DELETE") << "DELETE /events HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 405;
    QTest::newRow("400 garbage") << "hello\r\n\r\n"_ba << 400;
    QTest::newRow("400 bad Last-Event-ID") << "GET / HTTP/1.1\r\nHost: x\r\nLast-Event-ID: 17-x\r\n\r\n"_ba << 400;
    QTest::newRow("Last-Event-ID 42 is 42-0") << "GET / HTTP/1.1\r\nHost: x\r\nLast-Event-ID: 42\r\n\r\n"_ba << -1;
    QTest::newRow("400 bad lastEventId") << "GET /?lastEventId=abc HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
    QTest::newRow("400 bad from") << "GET /?from=yesterday HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
    QTest::newRow("431") << "GET / HTTP/1.1\r\nHost: x\r\nX: "_ba + QByteArray(20000, 'a') + "\r\n\r\n"_ba << 431;
}

void TestSseGateway::httpErrors()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    auto gateway = startGateway(config());
    QVERIFY(gateway);
    RawSseClient client(gateway->serverPort(), request, true);
    if (status < 0) {
        // "42" is a valid stream id (42-0): a resume, not an error.
        QTRY_COMPARE(client.status(), 200);
        return;
    }
    QTRY_COMPARE(client.status(), status);
    if (status == 405)
        QCOMPARE(client.header("allow"), "GET"_ba);
    QCOMPARE(client.header("content-type"), "text/plain; charset=utf-8"_ba);
    QTRY_VERIFY(client.closed());
    QVERIFY(!client.body().isEmpty());
    QCOMPARE(gateway->stats().rejected, 1);
    QCOMPARE(gateway->stats().accepted, 0);
}

// Redis goes away and comes back: the tail reader reconnects and clients keep their streams.
void TestSseGateway::survivesRedisRestart()
{
    auto gateway = startGateway(config());
    QVERIFY(gateway);
    RawSseClient client(gateway->serverPort());
    QTRY_COMPARE(gateway->stats().clients, 1);
    const QByteArray before = add(xadd(1));
    QTRY_COMPARE(client.lastId(), before);

    QVERIFY(m_server->restart());
    QVERIFY(TestRedis::waitReady(*m_redis, 15000));
    QByteArray after;
    // The first XADD may meet the test's own connection still reconnecting.
    QTRY_VERIFY_WITH_TIMEOUT(!(after = add(xadd(2))).isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(client.lastId(), after, 15000);
    QVERIFY(!client.closed());
}

// Redis is down when the gateway starts: clients are held without a response (no position is
// known yet) and start streaming once Redis is there.
void TestSseGateway::clientsWaitForRedis()
{
    m_server->stop();
    SseGateway gateway(config());
    QVERIFY(gateway.start());
    RawSseClient fromStart(gateway.serverPort(), "/?from=0");
    RawSseClient fromNow(gateway.serverPort());
    QTRY_COMPARE(gateway.stats().clients, 2);
    QCOMPARE(gateway.stats().catchingUp, 2);
    QVERIFY(!gateway.isReady());
    QCOMPARE(fromStart.status(), 0);
    QCOMPARE(fromNow.status(), 0);

    QVERIFY(m_server->restart());
    QTRY_VERIFY_WITH_TIMEOUT(gateway.isReady(), 15000);
    QTRY_COMPARE(fromStart.status(), 200);
    QTRY_COMPARE(fromNow.status(), 200);
    QVERIFY(TestRedis::waitReady(*m_redis, 15000));
    const QList<QByteArray> added = addMany(3);
    QCOMPARE(added.size(), 3);
    QTRY_COMPARE(fromNow.ids(), added);
    QTRY_COMPARE(fromStart.ids(), allIds());
}

// `streamdesk-cli serve-sse` end to end: the listening line, the token, and a graceful SIGTERM.
void TestSseGateway::cliServeSse()
{
    const QString token = u"cli-t0ken-XYZ"_s;
    QProcess cli;
    cli.setProgram(QStringLiteral(STREAMDESK_CLI_PATH));
    cli.setArguments({u"serve-sse"_s, u"--redis"_s, TestRedis::endpoint(*m_server).toSafeUrl(), u"--stream"_s,
        QString::fromUtf8(Stream), u"--listen"_s, u"127.0.0.1:0"_s, u"--token"_s, token, u"--heartbeat"_s, u"1"_s,
        u"--max-clients"_s, u"5"_s});
    QByteArray stderrText;
    connect(&cli, &QProcess::readyReadStandardError, this,
        [&cli, &stderrText]() { stderrText += cli.readAllStandardError(); });
    cli.start();
    const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)/\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(listening.match(QString::fromUtf8(stderrText)).hasMatch(), 10000);
    const auto port = quint16(listening.match(QString::fromUtf8(stderrText)).captured(1).toUInt());
    QVERIFY(port > 0);

    RawSseClient refused(port);
    QTRY_COMPARE(refused.status(), 401);
    RawSseClient client(port, "/events", {{"Authorization", "Bearer " + token.toUtf8()}});
    QTRY_COMPARE(client.status(), 200);
    // Once the headers are there, every entry added after them is delivered.
    const QByteArray id = add(xadd(7));
    QTRY_COMPARE(client.lastId(), id);
    QCOMPARE(client.events().constLast().type, u"incident:updated"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client.comments().contains(u" heartbeat"_s), 5000);

    cli.terminate(); // SIGTERM: a graceful stop
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 10000);
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
    stderrText += cli.readAllStandardError();
    // Counted in words ("1 client served", not "1 client(s) served").
    const qsizetype sent = client.events().size();
    const QByteArray summary = "stopped: 1 client served, " + QByteArray::number(sent)
        + (sent == 1 ? " event sent" : " events sent") + ", 0 dropped as too slow, 1 refused\n";
    QVERIFY2(stderrText.contains(summary), stderrText.constData());
    QVERIFY2(!stderrText.contains(token.toUtf8()), "the token must never be printed");
    QTRY_VERIFY(client.closed());
}

void TestSseGateway::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --listen") << QStringList {};
    QTest::newRow("host name") << QStringList {u"--listen"_s, u"example.com:8080"_s};
    QTest::newRow("bad port") << QStringList {u"--listen"_s, u"127.0.0.1:70000"_s};
    QTest::newRow("no port") << QStringList {u"--listen"_s, u"127.0.0.1:"_s};
    QTest::newRow("max-clients 0") << QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--max-clients"_s, u"0"_s};
    QTest::newRow("heartbeat text") << QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--heartbeat"_s, u"soon"_s};
}

void TestSseGateway::cliUsageErrors()
{
    QFETCH(QStringList, arguments);
    QProcess cli;
    cli.setProgram(QStringLiteral(STREAMDESK_CLI_PATH));
    cli.setArguments(
        QStringList {u"serve-sse"_s, u"--redis"_s, TestRedis::endpoint(*m_server).toSafeUrl()} + arguments);
    cli.start();
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 10000);
    QCOMPARE(cli.exitCode(), 2);
    const QByteArray error = cli.readAllStandardError();
    QCOMPARE(error.count('\n'), 1); // exactly one line
    QVERIFY(error.startsWith("streamdesk-cli: "));
}

QTEST_GUILESS_MAIN(TestSseGateway)
#include "tst_ssegateway.moc"
