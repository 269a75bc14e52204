// FeedHub end to end: `streamdesk-cli serve-sse` over a private redis-server feeds a hub that
// applies the entries to a temporary ticket store; a restarted hub resumes from the persisted
// last event id without applying anything twice. An in-test SSE server checks the event log
// lines of non-ticket frames, dropping of re-delivered ids and the secret header (sent, never
// saved). Plus FeedConfig's settings round trip.
#include <functional>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "services/feedconfig.h"
#include "services/feedhub.h"
#include "services/redisconnection.h"
#include "services/ticketstore.h"
#include "services/translator.h"
#include "tests/support/testredis.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray Stream = "changes";

QByteArray sysIdFor(int i)
{
    return QByteArray::number(i, 16).rightJustified(32, '0');
}

// Serves one fixed SSE body to every request (or the body a function picks for the request) and
// keeps the connection open; records requests.
class CannedSseServer final : public QObject {
public:
    using BodyFor = std::function<QByteArray(const QByteArray &request)>;

    explicit CannedSseServer(QByteArray body)
        : CannedSseServer([body](const QByteArray &) { return body; })
    {
    }

    explicit CannedSseServer(BodyFor bodyFor)
        : m_bodyFor(std::move(bodyFor))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    [[nodiscard]] QUrl url() const { return QUrl(u"http://127.0.0.1:%1/events"_s.arg(m_server.serverPort())); }
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        m_requests.append(buffer);
        buffer.clear();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                      "Connection: close\r\n\r\n"
            + m_bodyFor(m_requests.constLast()));
    }

    QTcpServer m_server;
    BodyFor m_bodyFor;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};

QStringList sysIdsOf(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy) {
        for (const Ticket &ticket : args.at(0).value<QList<Ticket>>())
            ids.append(ticket.sysId);
    }
    return ids;
}

QList<LogEvent> logOf(const QSignalSpy &spy)
{
    QList<LogEvent> events;
    for (const QList<QVariant> &args : spy)
        events += args.at(0).value<QList<LogEvent>>();
    return events;
}

} // namespace

class TestFeedHub : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RedisServerProcess> m_server;
    std::unique_ptr<RedisConnection> m_redis;
    QProcess m_cli;
    QByteArray m_cliStderr;
    quint16 m_port = 0;

    QByteArray add(int i)
    {
        const RedisReply reply = TestRedis::call(*m_redis,
            {"XADD", Stream, "*", "type", "incident", "action", "updated", "sys_id", sysIdFor(i), "number",
                "INC" + QByteArray::number(1000000 + i), "state", "2"});
        return reply.isString() ? reply.bytes() : QByteArray();
    }

    void startGateway();

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<Ticket>>();
        qRegisterMetaType<QList<LogEvent>>();
    }

    void configRoundTrip();
    void gatewayAppliesAndResumes();
    void failedStoreIsRetriedThenResent();
    void logLinesDedupeAndSecretHeader();
    void disabledFeedDoesNotConnect();
    void missingSecretWaitsAndSaysWhich();
    void replayAfterRestartAppliesNothingTwice();
    void resumeFromTheLastIdIsNotShownTwice();
    void restartedCounterIdsAreNewEvents();
    void unusableUrlIsNotRetried();
    void savedIdWithALineBreakIsNotSent();
    void malformedReadsInTheUsersLanguage();

    void cleanup()
    {
        if (m_cli.state() != QProcess::NotRunning) {
            m_cli.terminate();
            if (!m_cli.waitForFinished(10000))
                m_cli.kill();
        }
        m_redis.reset();
        m_server.reset();
    }
};

void TestFeedHub::configRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    FeedConfig a;
    a.id = FeedConfig::newId();
    a.name = u"tickets-api"_s;
    a.url = QUrl(u"https://example.invalid/stream?x=1"_s);
    a.headers = {{u"Authorization"_s, u"Bearer s3cret-value"_s, true}, {u"X-Team"_s, u"ops"_s, false}};
    a.readTimeout = std::chrono::milliseconds(10'000);
    FeedConfig b;
    b.id = FeedConfig::newId();
    b.name = u"notifications"_s;
    b.url = QUrl(u"http://127.0.0.1:9/"_s);
    b.enabled = false;
    {
        QSettings settings(path, QSettings::IniFormat);
        FeedConfig::save(settings, {a, b});
        FeedConfig::setLastEventId(settings, b.id, u"42"_s);
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("s3cret"), "a secret header value must never reach the settings");
    }
    QSettings settings(path, QSettings::IniFormat);
    const QList<FeedConfig> loaded = FeedConfig::load(settings);
    QCOMPARE(loaded.size(), 2);
    FeedConfig expectedA = a;
    expectedA.headers[0].value.clear();
    QCOMPARE(loaded.at(0), expectedA);
    QCOMPARE(loaded.at(1), b);
    QCOMPARE(FeedConfig::lastEventId(settings, b.id), u"42"_s);
    QCOMPARE(FeedConfig::secretKey(a.id, u"Authorization"_s), u"feed/"_s + a.id + u"/authorization"_s);

    // Removing a feed drops its group, last event id included; fewer headers leave none behind.
    b.headers.clear();
    a.headers.removeLast();
    FeedConfig::save(settings, {a});
    QCOMPARE(FeedConfig::load(settings).size(), 1);
    QCOMPARE(FeedConfig::load(settings).at(0).headers.size(), 1);
    QCOMPARE(FeedConfig::lastEventId(settings, b.id), QString());
}

// A private redis-server and `streamdesk-cli serve-sse` over it, on free loopback ports.
void TestFeedHub::startGateway()
{
    m_server = TestRedis::start();
    QVERIFY(m_server);
    m_redis = std::make_unique<RedisConnection>(TestRedis::endpoint(*m_server));
    m_redis->open();
    QVERIFY(TestRedis::waitReady(*m_redis));

    m_cli.setProgram(QStringLiteral(STREAMDESK_CLI_PATH));
    m_cli.setArguments({u"serve-sse"_s, u"--redis"_s, TestRedis::endpoint(*m_server).toSafeUrl(), u"--stream"_s,
        QString::fromUtf8(Stream), u"--listen"_s, u"127.0.0.1:0"_s});
    m_cliStderr.clear();
    connect(&m_cli, &QProcess::readyReadStandardError, this, [this] { m_cliStderr += m_cli.readAllStandardError(); });
    m_cli.start();
    const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)/\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(listening.match(QString::fromUtf8(m_cliStderr)).hasMatch(), 10000);
    m_port = quint16(listening.match(QString::fromUtf8(m_cliStderr)).captured(1).toUInt());
    QVERIFY(m_port > 0);
}

// A batch the store refuses is kept (nothing committed, no last id saved) and retried after a
// pause; when the hub moves to another store, what the old one refused is not carried over:
// the feed rewinds to its last stored id and the server sends the events again.
void TestFeedHub::failedStoreIsRetriedThenResent()
{
    startGateway();
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"not-a-directory"_s)); // the store's directory is a file
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString badPath = dir.filePath(u"not-a-directory/tickets.sqlite"_s);
    const QString goodPath = dir.filePath(u"tickets.sqlite"_s);
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QByteArray last;
    for (int i = 1; i <= 3; ++i)
        last = add(i);

    FeedHub hub(&settings, badPath);
    QSignalSpy errors(&hub, &FeedHub::storeError);
    QSignalSpy tickets(&hub, &FeedHub::ticketsChanged);
    FeedConfig config;
    config.id = FeedConfig::newId();
    config.name = u"gateway"_s;
    config.url = QUrl(u"http://127.0.0.1:%1/events?from=0"_s.arg(m_port));
    hub.setFeed(config);
    QVERIFY(errors.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(hub.stats(config.id).events, 3, 10000);
    QVERIFY(FeedConfig::lastEventId(settings, config.id).isEmpty());
    QVERIFY(errors.wait(10000)); // tried again after the pause, and refused again
    QCOMPARE(tickets.size(), 0);

    hub.setStorePath(goodPath);
    QTRY_COMPARE_WITH_TIMEOUT(sysIdsOf(tickets).size(), 3, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(FeedConfig::lastEventId(settings, config.id), QString::fromLatin1(last), 10000);
    TicketStore store;
    QString error;
    QVERIFY2(store.open(goodPath, &error), qPrintable(error));
    QCOMPARE(store.count(), 3);
    QCOMPARE(hub.stats(config.id).applied, 3);
}

void TestFeedHub::gatewayAppliesAndResumes()
{
    startGateway();
    if (QTest::currentTestFailed())
        return;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString storePath = dir.filePath(u"tickets.sqlite"_s);
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);

    QList<QByteArray> first;
    for (int i = 1; i <= 3; ++i)
        first.append(add(i));
    QCOMPARE(first.size(), 3);

    FeedConfig config;
    config.id = FeedConfig::newId();
    config.name = u"gateway"_s;
    // from=0: the whole stream the first time; afterwards Last-Event-ID wins (docs §7).
    config.url = QUrl(u"http://127.0.0.1:%1/events?from=0"_s.arg(m_port));
    {
        FeedHub hub(&settings, storePath);
        QSignalSpy tickets(&hub, &FeedHub::ticketsChanged);
        QSignalSpy log(&hub, &FeedHub::logEvents);
        hub.setFeed(config);
        QTRY_COMPARE_WITH_TIMEOUT(sysIdsOf(tickets).size(), 3, 15000);
        QCOMPARE(sysIdsOf(tickets),
            (QStringList {
                QString::fromLatin1(sysIdFor(1)), QString::fromLatin1(sysIdFor(2)), QString::fromLatin1(sysIdFor(3))}));
        const FeedHub::Stats stats = hub.stats(config.id);
        QCOMPARE(stats.state, SseClient::State::Open);
        QCOMPARE(stats.applied, 3);
        QCOMPARE(stats.events, 3);
        QVERIFY(stats.bytes > 0);
        QCOMPARE(stats.lastEventId, QString::fromLatin1(first.last()));
        // Applied ticket events are logged too, with the feed as their source.
        QTRY_COMPARE(logOf(log).size(), 3);
        QCOMPARE(logOf(log).at(0).source, u"gateway"_s);
        QCOMPARE(logOf(log).at(0).name, u"incident:updated"_s);
        QCOMPARE(logOf(log).at(2).id, first.last());
        QTRY_COMPARE(FeedConfig::lastEventId(settings, config.id), QString::fromLatin1(first.last()));

        // One more while running, then the hub goes away (its destructor commits and persists).
        first.append(add(4));
        QTRY_COMPARE_WITH_TIMEOUT(hub.stats(config.id).events, 4, 10000);
    }
    QCOMPARE(FeedConfig::lastEventId(settings, config.id), QString::fromLatin1(first.last()));

    // Written while no hub listens.
    const QByteArray fifth = add(5);
    const QByteArray sixth = add(6);
    {
        FeedHub hub(&settings, storePath);
        QSignalSpy tickets(&hub, &FeedHub::ticketsChanged);
        hub.load();
        QCOMPARE(hub.feedIds(), QStringList {config.id});
        QTRY_COMPARE_WITH_TIMEOUT(sysIdsOf(tickets).size(), 2, 15000);
        QCOMPARE(sysIdsOf(tickets), (QStringList {QString::fromLatin1(sysIdFor(5)), QString::fromLatin1(sysIdFor(6))}));
        const FeedHub::Stats stats = hub.stats(config.id);
        QCOMPARE(stats.events, 2); // resumed after the 4th entry: nothing re-sent
        QCOMPARE(stats.applied, 2);
        QCOMPARE(stats.duplicates, 0);
        QTRY_COMPARE(FeedConfig::lastEventId(settings, config.id), QString::fromLatin1(sixth));
    }

    TicketStore store;
    QString error;
    QVERIFY2(store.open(storePath, &error), qPrintable(error));
    QCOMPARE(store.count(), 6);
    for (int i = 1; i <= 6; ++i)
        QCOMPARE(store.history(QString::fromLatin1(sysIdFor(i))).size(), 1); // each applied once
    QCOMPARE(store.ticket(QString::fromLatin1(sysIdFor(5)))->lastSourceId, fifth);
}

void TestFeedHub::logLinesDedupeAndSecretHeader()
{
    // id 2 comes twice, the same event (a backend replaying); the heartbeat inherits id 1 and is
    // no duplicate.
    CannedSseServer server("retry: 60000\n"
                           "event: notification\nid: 1\ndata: {\"title\":\"Disk\",\"number\":\"INC0000001\"}\n\n"
                           "event: heartbeat\ndata: {\"timestamp\":1736937000000,\"activeStreams\":2}\n\n"
                           "id: 2\ndata: {\"type\":\"connection\",\"clientId\":\"c1\"}\n\n"
                           "id: 3\nevent: dashboard-stats\ndata: {\"open\":4}\n\n"
                           "id: 2\ndata: {\"type\":\"connection\",\"clientId\":\"c1\"}\n\n"
                           "id: 4\nevent: ticket-updated\ndata: not json\n\n");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsPath = dir.filePath(u"settings.ini"_s);
    const QString secret = u"Bearer hunter2-secret"_s;
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
        QSignalSpy log(&hub, &FeedHub::logEvents);
        QSignalSpy tickets(&hub, &FeedHub::ticketsChanged);
        FeedConfig config;
        config.name = u"notify"_s;
        config.url = server.url();
        config.headers = {{u"Authorization"_s, QString(), true}, {u"X-Team"_s, u"ops"_s, false}};
        hub.setFeed(config);
        const QString id = hub.feedIds().value(0);
        QVERIFY(hub.isWaitingForSecrets(id));
        QCOMPARE(server.requests().size(), 0);
        hub.setSecret(id, u"authorization"_s, secret);

        QTRY_COMPARE_WITH_TIMEOUT(logOf(log).size(), 5, 10000);
        const QList<LogEvent> lines = logOf(log);
        QCOMPARE(lines.at(0).name, u"notification"_s);
        QCOMPARE(lines.at(0).id, QByteArray("1"));
        QCOMPARE(lines.at(0).number, u"INC0000001"_s);
        QCOMPARE(lines.at(0).source, u"notify"_s);
        QCOMPARE(lines.at(1).name, u"heartbeat"_s);
        QCOMPARE(lines.at(1).id, QByteArray("1"));
        QCOMPARE(lines.at(2).name, u"connection"_s); // a bare frame, named by its payload's type
        QCOMPARE(lines.at(3).name, u"dashboard-stats"_s);
        QCOMPARE(lines.at(4).id, QByteArray("4")); // ticket-shaped but not applicable: a problem
        QVERIFY(!lines.at(4).problem.isEmpty());
        QCOMPARE(tickets.size(), 0);

        const FeedHub::Stats stats = hub.stats(id);
        QCOMPARE(stats.events, 6);
        QCOMPARE(stats.duplicates, 1);
        QCOMPARE(stats.lastEventId, u"4"_s);
        QTRY_COMPARE(FeedConfig::lastEventId(settings, id), u"4"_s);

        QCOMPARE(server.requests().size(), 1);
        const QByteArray request = server.requests().at(0);
        QVERIFY(request.contains(QByteArray("Authorization: " + secret.toUtf8() + "\r\n")));
        QVERIFY(request.contains("X-Team: ops\r\n"));
        QVERIFY(!request.contains("Last-Event-ID"));

        // Reconnect now: the new request resumes from the last id.
        hub.reconnect(id);
        QTRY_COMPARE(server.requests().size(), 2);
        QVERIFY(server.requests().at(1).contains("Last-Event-ID: 4\r\n"));
        QTRY_COMPARE(hub.stats(id).reconnects, 1);
    }
    QFile file(settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains("hunter2"), "the secret header value must never be saved");
}

// Many backends resume from the Last-Event-ID rather than after it, so a connection starts with
// the last event again. The log showed it twice: its id equalled the previous event's, which
// read as an inherited id. An event without an id field of its own at the start of a connection
// does inherit it, and is new.
void TestFeedHub::resumeFromTheLastIdIsNotShownTwice()
{
    const auto frame = [](const char *id, const char *title) -> QByteArray {
        return QByteArray("event: notification\nid: ") + id + "\ndata: {\"title\":\"" + title + "\"}\n\n";
    };
    CannedSseServer server([&frame](const QByteArray &request) -> QByteArray {
        if (request.contains("Last-Event-ID: 2\r\n"))
            return frame("2", "b") + frame("3", "c");
        if (request.contains("Last-Event-ID: 3\r\n"))
            return QByteArray("event: connected\ndata: {\"clientId\":\"c1\"}\n\n") + frame("4", "d");
        return frame("1", "a") + frame("2", "b");
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
    QSignalSpy log(&hub, &FeedHub::logEvents);
    FeedConfig config;
    config.name = u"notify"_s;
    config.url = server.url();
    hub.setFeed(config);
    const QString id = hub.feedIds().value(0);
    const auto ids = [&log] {
        QList<QByteArray> list;
        for (const LogEvent &line : logOf(log))
            list << line.id;
        return list;
    };
    QTRY_COMPARE_WITH_TIMEOUT(ids(), (QList<QByteArray> {"1", "2"}), 10000);

    hub.reconnect(id);
    QTRY_COMPARE(server.requests().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(hub.stats(id).lastEventId, u"3"_s, 10000);
    QTRY_COMPARE(ids(), (QList<QByteArray> {"1", "2", "3"}));
    QCOMPARE(hub.stats(id).duplicates, 1);

    hub.reconnect(id);
    QTRY_COMPARE(server.requests().size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(hub.stats(id).lastEventId, u"4"_s, 10000);
    QTRY_COMPARE(ids(), (QList<QByteArray> {"1", "2", "3", "3", "4"}));
    QCOMPARE(logOf(log).at(3).name, u"connected"_s);
    QCOMPARE(hub.stats(id).duplicates, 1);
}

// A backend whose ids are an in-memory counter starts again at 1 after a restart, and does not
// replay (BRIEF section 3). Its new events reuse ids the hub has seen: they used to be dropped
// as re-deliveries (the store kept the first run's tickets only). Only the same id with the
// same content is a re-delivery.
void TestFeedHub::restartedCounterIdsAreNewEvents()
{
    const auto frame = [](const char *id, const char *sysId, const char *number, const char *state,
                           const char *time) -> QByteArray {
        return QByteArray("event: ticket-updated\nid: ") + id + "\ndata: {\"sysId\":\"" + sysId + "\",\"number\":\""
            + number + "\",\"ticketType\":\"incident\",\"state\":\"" + state + "\",\"timestamp\":\"" + time + "\"}\n\n";
    };
    const QByteArray a(32, 'a');
    const QByteArray b(32, 'b');
    int connections = 0;
    CannedSseServer server([&](const QByteArray &) -> QByteArray {
        if (++connections == 1)
            return frame("1", a, "INC0000001", "1", "2025-01-15T10:00:00Z")
                + frame("2", a, "INC0000001", "2", "2025-01-15T10:01:00Z");
        // Restarted: the counter is back at 1, whatever Last-Event-ID says.
        return frame("1", b, "INC0000002", "1", "2025-01-15T11:00:00Z")
            + frame("2", a, "INC0000001", "6", "2025-01-15T11:01:00Z")
            + frame("2", a, "INC0000001", "6", "2025-01-15T11:01:00Z"); // this one is sent twice
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const QString storePath = dir.filePath(u"tickets.sqlite"_s);
    FeedHub hub(&settings, storePath);
    FeedConfig config;
    config.name = u"counter"_s;
    config.url = server.url();
    hub.setFeed(config);
    const QString id = hub.feedIds().value(0);
    QTRY_COMPARE_WITH_TIMEOUT(hub.stats(id).applied, 2, 10000);
    hub.reconnect(id);
    QTRY_COMPARE(connections, 2);
    QTRY_COMPARE_WITH_TIMEOUT(hub.stats(id).applied, 4, 10000);
    hub.flush();
    QCOMPARE(hub.stats(id).duplicates, 1); // the frame sent twice: the store's re-delivery

    TicketStore store;
    QString error;
    QVERIFY2(store.open(storePath, &error), qPrintable(error));
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.ticket(QString::fromLatin1(b))->number, u"INC0000002"_s);
    QCOMPARE(store.ticket(QString::fromLatin1(a))->state, u"6"_s);
    QCOMPARE(store.history(QString::fromLatin1(a)).size(), 3);
}

// A feed URL the dialog would refuse (a settings file edited by hand): the client retried
// "Protocol "ftp" is unknown" for ever. It is not started, and the table says why.
void TestFeedHub::unusableUrlIsNotRetried()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
    FeedConfig config;
    config.name = u"ftp"_s;
    config.url = QUrl(u"ftp://127.0.0.1:1/x"_s);
    hub.setFeed(config);
    const QString id = hub.feedIds().value(0);
    const FeedHub::Stats stats = hub.stats(id);
    QCOMPARE(stats.state, SseClient::State::Closed);
    QCOMPARE(stats.stateText, u"not started: unusable URL"_s);
    QVERIFY2(stats.lastError.startsWith(u"ftp://127.0.0.1:1/x is not an http:// or https:// URL"_s),
        qPrintable(stats.lastError));
    hub.reconnect(id);
    QCOMPARE(hub.stats(id).state, SseClient::State::Closed);
    QCOMPARE(hub.stats(id).reconnects, 0);

    // Fixed: the old complaint goes at once, not when the feed opens.
    CannedSseServer server("event: notification\nid: 1\ndata: {}\n\n");
    config.id = id;
    config.url = server.url();
    hub.setFeed(config);
    QCOMPARE(hub.stats(id).lastError, QString());
    QTRY_COMPARE(hub.stats(id).events, 1);
}

// A saved last event id with a line break (a settings file edited by hand) would split the
// request's header: the feed starts without it, and says so.
void TestFeedHub::savedIdWithALineBreakIsNotSent()
{
    CannedSseServer server("event: notification\nid: 1\ndata: {}\n\n");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    FeedConfig config;
    config.id = FeedConfig::newId();
    config.name = u"edited"_s;
    config.url = server.url();
    FeedConfig::save(settings, {config});
    FeedConfig::setLastEventId(settings, config.id, u"7\r\nX-Evil: 1"_s);
    FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
    hub.load();
    QVERIFY2(hub.stats(config.id).lastError.startsWith(u"the saved last event id had a line break"_s),
        qPrintable(hub.stats(config.id).lastError));
    QTRY_COMPARE(server.requests().size(), 1);
    QVERIFY(!server.requests().constFirst().toLower().contains("last-event-id"));
    QVERIFY(!server.requests().constFirst().contains("X-Evil"));
    QTRY_COMPARE(hub.stats(config.id).events, 1);
}

void TestFeedHub::disabledFeedDoesNotConnect()
{
    CannedSseServer server("event: notification\nid: 1\ndata: {}\n\n");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
    QSignalSpy changed(&hub, &FeedHub::feedChanged);
    FeedConfig config;
    config.name = u"off"_s;
    config.url = server.url();
    config.enabled = false;
    hub.setFeed(config);
    const QString id = hub.feedIds().value(0);
    QCOMPARE(hub.stats(id).state, SseClient::State::Closed);
    QCOMPARE(hub.stats(id).enabled, false);
    hub.setEnabled(id, true);
    QTRY_COMPARE(hub.stats(id).events, 1);
    QCOMPARE(server.requests().size(), 1);
    hub.setEnabled(id, false);
    QCOMPARE(hub.stats(id).events, 1); // figures survive the stop
    QCOMPARE(hub.stats(id).state, SseClient::State::Closed);
    QVERIFY(!changed.isEmpty());
    hub.removeFeed(id);
    QVERIFY(hub.feedIds().isEmpty());
    QCOMPARE(FeedConfig::load(settings).size(), 0);

    // A session feed (the sandbox's) runs but leaves nothing in the settings, not even its last id.
    FeedConfig session = config;
    session.id = FeedConfig::newId();
    session.enabled = true;
    hub.setFeed(session, FeedHub::Persistence::Session);
    QVERIFY(hub.isSessionOnly(session.id));
    QTRY_COMPARE(hub.stats(session.id).events, 1);
    hub.flush();
    QCOMPARE(hub.stats(session.id).lastEventId, u"1"_s);
    QCOMPARE(FeedConfig::load(settings).size(), 0);
    QCOMPARE(FeedConfig::lastEventId(settings, session.id), QString());
}

// A secret header the keychain has no value for: the feed used to connect without it (and got
// 401, with nothing in the table saying why). It now waits and its state names the header;
// typing the value starts it.
void TestFeedHub::missingSecretWaitsAndSaysWhich()
{
    CannedSseServer server("event: notification\nid: 1\ndata: {}\n\n");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
    FeedConfig config;
    config.name = u"locked"_s;
    config.url = server.url();
    config.headers = {{u"Authorization"_s, QString(), true}};
    hub.setFeed(config);
    const QString id = hub.feedIds().value(0);
    hub.setSecretMissing(id, u"Authorization"_s);
    QVERIFY(hub.isWaitingForSecrets(id));
    QCOMPARE(hub.stats(id).state, SseClient::State::Closed);
    QVERIFY2(hub.stats(id).stateText.startsWith(u"Authorization is not in the keychain"_s),
        qPrintable(hub.stats(id).stateText));
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(hub.missingSecrets(id), QSet<QString> {u"authorization"_s});

    // Typed again in the feed's dialog (a new config with the value), then disabled: the state
    // says "disabled", not the old "not in the keychain".
    FeedConfig typed = hub.feed(id).value();
    typed.headers = {{u"Authorization"_s, u"Bearer typed-in-dialog"_s, true}};
    typed.enabled = false;
    hub.setFeed(typed);
    QVERIFY(hub.missingSecrets(id).isEmpty());
    QCOMPARE(hub.stats(id).stateText, u"disabled"_s);
    hub.setSecretMissing(id, u"Authorization"_s);

    hub.setSecret(id, u"Authorization"_s, u"Bearer typed-again"_s);
    hub.setEnabled(id, true);
    QTRY_COMPARE(hub.stats(id).events, 1);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().at(0).contains("Authorization: Bearer typed-again\r\n"));
    QVERIFY(hub.stats(id).stateText.isEmpty() || !hub.stats(id).stateText.contains(u"keychain"_s));
    QVERIFY(hub.missingSecrets(id).isEmpty());
}

// A backend that ignores Last-Event-ID and replays from the start after a restart: the persisted
// id is dropped by the hub, the older one is a duplicate for the store (docs §5); nothing applies.
void TestFeedHub::replayAfterRestartAppliesNothingTwice()
{
    const QByteArray body = "event: incident:updated\nid: 1736937000000-0\ndata: {\"type\":\"incident\","
                            "\"action\":\"updated\",\"sys_id\":\""
        + sysIdFor(0xa1)
        + "\",\"number\":\"INC0000161\","
          "\"state\":\"2\"}\n\n"
          "event: incident:resolved\nid: 1736937000001-0\ndata: {\"type\":\"incident\","
          "\"action\":\"resolved\",\"sys_id\":\""
        + sysIdFor(0xa2)
        + "\",\"number\":\"INC0000162\","
          "\"state\":\"6\"}\n\n";
    CannedSseServer server(body);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const QString storePath = dir.filePath(u"tickets.sqlite"_s);
    FeedConfig config;
    config.id = FeedConfig::newId();
    config.name = u"replayer"_s;
    config.url = server.url();
    {
        FeedHub hub(&settings, storePath);
        QSignalSpy tickets(&hub, &FeedHub::ticketsChanged);
        hub.setFeed(config);
        QTRY_COMPARE(sysIdsOf(tickets).size(), 2);
        QCOMPARE(hub.stats(config.id).applied, 2);
    }
    QCOMPARE(FeedConfig::lastEventId(settings, config.id), u"1736937000001-0"_s);
    {
        FeedHub hub(&settings, storePath);
        QSignalSpy tickets(&hub, &FeedHub::ticketsChanged);
        QSignalSpy log(&hub, &FeedHub::logEvents);
        hub.load();
        QTRY_COMPARE(hub.stats(config.id).events, 2);
        QTRY_COMPARE(hub.stats(config.id).duplicates, 2);
        hub.flush();
        QCOMPARE(hub.stats(config.id).applied, 0);
        QCOMPARE(sysIdsOf(tickets).size(), 0);
        QVERIFY(server.requests().at(1).contains("Last-Event-ID: 1736937000001-0\r\n"));
        // Both are shown, marked: after a restart the hub has no memory of them, the store does.
        QCOMPARE(logOf(log).size(), 2);
        QVERIFY(logOf(log).at(0).name.endsWith(u"(duplicate)"_s));
        QVERIFY(logOf(log).at(1).name.endsWith(u"(duplicate)"_s));
    }
    TicketStore store;
    QString error;
    QVERIFY2(store.open(storePath, &error), qPrintable(error));
    QCOMPARE(store.history(QString::fromLatin1(sysIdFor(0xa1))).size(), 1);
    QCOMPARE(store.history(QString::fromLatin1(sysIdFor(0xa2))).size(), 1);
}

// Our gateway names an entry it cannot decode "malformed" on the wire; the log shows the word the
// stream's own rows use, translated (pt_BR showed the English wire name).
void TestFeedHub::malformedReadsInTheUsersLanguage()
{
    CannedSseServer server("id: 1-0\nevent: malformed\ndata: {\"number\":\"INC1\"}\n\n");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Translator::install(QCoreApplication::instance(), u"pt_BR"_s);
    const auto restore = qScopeGuard([] { Translator::install(QCoreApplication::instance(), u"en"_s); });
    FeedHub hub(&settings, dir.filePath(u"tickets.sqlite"_s));
    QSignalSpy log(&hub, &FeedHub::logEvents);
    FeedConfig config;
    config.name = u"gateway"_s;
    config.url = server.url();
    hub.setFeed(config);
    QTRY_COMPARE_WITH_TIMEOUT(logOf(log).size(), 1, 10000);
    QCOMPARE(logOf(log).constFirst().name, u"malformado"_s);
}

QTEST_GUILESS_MAIN(TestFeedHub)
#include "tst_feedhub.moc"
