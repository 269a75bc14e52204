// `streamdesk-cli listen` as a user runs it: against `streamdesk-cli serve-sse` on a private
// redis-server (events as JSON lines, the token header, Last-Event-ID, a refused request,
// SIGTERM), and against canned HTTP answers from an in-test server (204, wrong Content-Type,
// reconnect with Last-Event-ID, read timeout). Plus the usage errors, which never echo a header.
#include <memory>
#include <utility>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "services/redisconnection.h"
#include "tests/support/testredis.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 30000;
const QByteArray Stream = "changes";
const QString Token = u"listen-s3cret-T0KEN"_s;

struct CliRun {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;

    [[nodiscard]] QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    [[nodiscard]] QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    [[nodiscard]] QByteArray describe() const
    {
        return u"exit %1\n--- stdout:\n%2--- stderr:\n%3"_s.arg(QString::number(exitCode), out, err).toUtf8();
    }
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    return env;
}

// A child `streamdesk-cli` whose output is collected while the test's event loop runs (the
// in-test server below lives on that loop, so nothing here blocks).
class Cli final {
public:
    explicit Cli(const QStringList &arguments)
    {
        m_process.setProcessEnvironment(cliEnvironment());
        m_process.setProgram(QStringLiteral(STREAMDESK_CLI_PATH));
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~Cli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(Cli)

    QProcess &process() { return m_process; }
    [[nodiscard]] QString out() { return m_out += QString::fromUtf8(m_process.readAllStandardOutput()); }
    [[nodiscard]] QString err() { return m_err += QString::fromUtf8(m_process.readAllStandardError()); }
    [[nodiscard]] bool finish(int timeoutMs = kRunTimeoutMs)
    {
        return QTest::qWaitFor([this]() { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    [[nodiscard]] CliRun result()
    {
        CliRun run;
        run.exitCode = m_process.exitCode();
        run.exitStatus = m_process.exitStatus();
        run.out = out();
        run.err = err();
        return run;
    }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

CliRun runCli(const QStringList &arguments)
{
    Cli cli(arguments);
    if (!cli.finish()) {
        CliRun run = cli.result();
        run.err.prepend(u"timed out\n"_s);
        return run;
    }
    return cli.result();
}

// Answers the n-th connection with responses[n] (the last one for any further connection) and
// keeps each request head. A response is closed after sending unless `keepOpen`.
class CannedServer final : public QObject {
    Q_OBJECT

public:
    struct Response {
        QByteArray bytes;
        bool keepOpen = false;
    };

    explicit CannedServer(QList<Response> responses, quint16 port = 0)
        : m_responses(std::move(responses))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &CannedServer::onNewConnection);
        m_server.listen(QHostAddress::LocalHost, port);
    }

    [[nodiscard]] QString url() const { return u"http://127.0.0.1:%1/feed"_s.arg(m_server.serverPort()); }
    [[nodiscard]] QList<QByteArray> requests() const { return m_requests; }
    [[nodiscard]] bool isListening() const { return m_server.isListening(); }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            const Response response = m_responses.value(m_requests.size(), m_responses.constLast());
            m_requests.append(QByteArray());
            const qsizetype index = m_requests.size() - 1;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, response, index]() {
                const bool complete = m_requests[index].contains("\r\n\r\n");
                m_requests[index] += socket->readAll();
                if (complete || !m_requests[index].contains("\r\n\r\n"))
                    return;
                socket->write(response.bytes);
                if (!response.keepOpen)
                    socket->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    QList<Response> m_responses;
    QList<QByteArray> m_requests;
};

// A loopback port nothing listens on (free when asked; the tests use it at once).
quint16 unusedPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

const QByteArray StreamHead = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";

} // namespace

class TestListenCommand final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void usageErrors_data();
    void usageErrors();
    void eventsFromGateway();
    void resumeWithLastEventId();
    void credentialsInTheUrlAreNotSent();
    void refusedWithoutToken();
    void refusalSaysWhy();
    void headersFromAFile();
    void redirectToAnotherOriginIsSaid();
    void sigtermStopsGracefully();
    void endedBy204();
    void wrongContentType();
    void reconnectsWithLastEventId();
    void readTimeoutReconnects();
    void serverIdIsPrintedSafely();
    void unreachableAtStartFails();
    void keepTryingWaitsForTheFeed();
    void httpsToAPlainServer();

private:
    [[nodiscard]] QString gatewayUrl(const QString &query = {}) const
    {
        return u"http://127.0.0.1:%1/events"_s.arg(m_port) + query;
    }

    std::unique_ptr<RedisServerProcess> m_server;
    std::unique_ptr<RedisConnection> m_redis;
    std::unique_ptr<QProcess> m_gateway;
    quint16 m_port = 0;
    QList<QByteArray> m_ids;
};

void TestListenCommand::initTestCase()
{
    m_server = TestRedis::start();
    QVERIFY(m_server);
    m_redis = std::make_unique<RedisConnection>(TestRedis::endpoint(*m_server));
    m_redis->open();
    QVERIFY(TestRedis::waitReady(*m_redis));
    for (int i = 0; i < 5; ++i) {
        const RedisReply reply = TestRedis::call(*m_redis,
            {"XADD", Stream, "*", "type", "incident", "action", "updated", "sys_id",
                QByteArray::number(i + 1, 16).rightJustified(32, '0'), "number", "INC00" + QByteArray::number(100 + i),
                "state", "2"});
        QVERIFY(reply.isString());
        m_ids.append(reply.bytes());
    }

    m_gateway = std::make_unique<QProcess>();
    m_gateway->setProcessEnvironment(cliEnvironment());
    m_gateway->start(QStringLiteral(STREAMDESK_CLI_PATH),
        {u"serve-sse"_s, u"--redis"_s, TestRedis::endpoint(*m_server).toSafeUrl(), u"--stream"_s,
            QString::fromUtf8(Stream), u"--listen"_s, u"127.0.0.1:0"_s, u"--token"_s, Token});
    const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)/\n"_s);
    QByteArray err;
    QVERIFY(QTest::qWaitFor(
        [&]() {
            err += m_gateway->readAllStandardError();
            return listening.match(QString::fromUtf8(err)).hasMatch() || m_gateway->state() == QProcess::NotRunning;
        },
        15000));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    m_port = quint16(match.captured(1).toUInt());
}

void TestListenCommand::cleanupTestCase()
{
    if (m_gateway && m_gateway->state() != QProcess::NotRunning) {
        m_gateway->terminate();
        if (!m_gateway->waitForFinished(10000))
            m_gateway->kill();
        m_gateway->waitForFinished(5000);
    }
    m_redis.reset();
    m_server.reset();
}

void TestListenCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString url = u"http://127.0.0.1:1/events"_s;
    QTest::newRow("no URL") << QStringList {};
    QTest::newRow("two URLs") << QStringList {url, url};
    QTest::newRow("not a URL") << QStringList {u"::s3cret-in-url::"_s};
    QTest::newRow("ftp") << QStringList {u"ftp://127.0.0.1/s3cret"_s};
    QTest::newRow("no host") << QStringList {u"http:///s3cret"_s};
    QTest::newRow("header without colon") << QStringList {url, u"--header"_s, u"Authorization Bearer s3cret"_s};
    QTest::newRow("header name with space") << QStringList {url, u"--header"_s, u"Bad Name: s3cret"_s};
    QTest::newRow("header empty name") << QStringList {url, u"--header"_s, u": s3cret"_s};
    QTest::newRow("header line break") << QStringList {url, u"--header"_s, u"X-Key: s3cret\r\nX-Evil: 1"_s};
    QTest::newRow("negative read timeout") << QStringList {url, u"--read-timeout"_s, u"-1"_s};
    QTest::newRow("read timeout text") << QStringList {url, u"--read-timeout"_s, u"soon"_s};
    QTest::newRow("count zero") << QStringList {url, u"--count"_s, u"0"_s};
    QTest::newRow("unknown option") << QStringList {url, u"--nope"_s};
    // A port out of range is named as the problem (it used to read "must be an http:// URL").
    QTest::newRow("port too big") << QStringList {u"http://u:s3cret@127.0.0.1:99999/events"_s};
    QTest::newRow("port zero") << QStringList {u"http://127.0.0.1:0/s3cret"_s};
    QTest::newRow("header file missing") << QStringList {url, u"--header"_s, u"@/nonexistent/headers"_s};
    QTest::newRow("header file unnamed") << QStringList {url, u"--header"_s, u"@"_s};
}

void TestListenCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(QStringList {u"listen"_s} + arguments);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.errLines().size() == 1, run.describe());
    QVERIFY(run.err.startsWith(u"streamdesk-cli: "_s));
    QVERIFY2(!run.err.contains(u"s3cret"_s), run.describe());
    QVERIFY(run.out.isEmpty());
    if (QByteArrayView(QTest::currentDataTag()).startsWith("port"))
        QVERIFY2(run.err.contains(u"port must be from 1 to 65535"_s), run.describe());
}

void TestListenCommand::eventsFromGateway()
{
    const CliRun run = runCli({u"listen"_s, gatewayUrl(u"?from=0"_s), u"--header"_s,
        u"Authorization: Bearer "_s + Token, u"--count"_s, u"5"_s});
    QVERIFY2(run.exitCode == 0 && run.exitStatus == QProcess::NormalExit, run.describe());
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 5);
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines[i].startsWith(u"{\"id\":"_s), qPrintable(lines[i])); // id, event, data in that order
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines[i].toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.size(), 3);
        QCOMPARE(object.value("id"_L1).toString().toUtf8(), m_ids[i]);
        QCOMPARE(object.value("event"_L1).toString(), u"incident:updated"_s);
        // data is the event's text as sent: here the gateway's JSON for the entry.
        const QJsonObject data = QJsonDocument::fromJson(object.value("data"_L1).toString().toUtf8()).object();
        QCOMPARE(data.value("number"_L1).toString(), u"INC00%1"_s.arg(100 + i));
    }
    const QStringList err = run.errLines();
    QVERIFY2(err.size() == 2, run.describe());
    QCOMPARE(err[0], u"connecting to %1"_s.arg(gatewayUrl())); // the query is not shown
    QCOMPARE(err[1], u"open"_s);
    QVERIFY(!run.err.contains(Token) && !run.out.contains(Token));
}

// A user and password in the URL: a warning (they are not sent, as in a browser), never the
// password itself; the events still flow with the header.
void TestListenCommand::credentialsInTheUrlAreNotSent()
{
    QUrl url(gatewayUrl(u"?from=0"_s));
    url.setUserName(u"ops"_s);
    url.setPassword(u"s3cretPW-in-url"_s);
    const CliRun run =
        runCli({u"listen"_s, url.toString(), u"--header"_s, u"Authorization: Bearer "_s + Token, u"--count"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY2(run.errLines().constFirst().startsWith(
                 u"streamdesk-cli: warning: the user and password in the URL are not sent"_s),
        run.describe());
    QVERIFY2(!run.err.contains(u"s3cretPW-in-url"_s) && !run.out.contains(u"s3cretPW-in-url"_s), run.describe());
}

void TestListenCommand::resumeWithLastEventId()
{
    const QString after = QString::fromUtf8(m_ids[1]);
    const CliRun run = runCli({u"listen"_s, gatewayUrl(), u"--header"_s, u"Authorization: Bearer "_s + Token,
        u"--last-event-id"_s, after, u"--count"_s, u"3"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QStringList ids;
    for (const QString &line : run.outLines())
        ids.append(QJsonDocument::fromJson(line.toUtf8()).object().value("id"_L1).toString());
    QCOMPARE(
        ids, (QStringList {QString::fromUtf8(m_ids[2]), QString::fromUtf8(m_ids[3]), QString::fromUtf8(m_ids[4])}));
    QVERIFY2(run.err.contains(u"(Last-Event-ID: %1)"_s.arg(after)), run.describe());
}

void TestListenCommand::refusedWithoutToken()
{
    const QString wrong = u"Authorization: Bearer wrong-T0KEN-value"_s;
    const CliRun run = runCli({u"listen"_s, gatewayUrl(), u"--header"_s, wrong});
    QVERIFY2(run.exitCode == 1, run.describe());
    const QStringList err = run.errLines();
    // The URL, the status and the reason the gateway's text body gives.
    QVERIFY2(!err.isEmpty()
            && err.constLast()
                == u"streamdesk-cli: cannot listen to %1: the server answered HTTP 401 Unauthorized: A valid bearer "
                   "token is required."_s.arg(gatewayUrl()),
        run.describe());
    QVERIFY(!run.err.contains(u"wrong-T0KEN-value"_s));
    QVERIFY(run.out.isEmpty());
}

// A refused request shows the first words of a text body (the gateway's reason); an HTML page
// does not reach the line. It said only "stopped: the server answered HTTP 400 Bad Request".
void TestListenCommand::refusalSaysWhy()
{
    const CliRun bad = runCli({u"listen"_s, gatewayUrl(), u"--header"_s, u"Authorization: Bearer "_s + Token,
        u"--last-event-id"_s, u"garbage"_s});
    QVERIFY2(bad.exitCode == 1, bad.describe());
    QCOMPARE(bad.errLines().constLast(),
        u"streamdesk-cli: cannot listen to %1: the server answered HTTP 400 Bad Request: Last-Event-ID is not a "
        "stream id of the form milliseconds-sequence."_s.arg(gatewayUrl()));

    const QByteArray page = "<html><body><h1>404</h1>\n<p>nothing here</p></body></html>";
    CannedServer html({{"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: "
        + QByteArray::number(page.size()) + "\r\n\r\n" + page}});
    QVERIFY(html.isListening());
    const CliRun notFound = runCli({u"listen"_s, html.url()});
    QVERIFY2(notFound.exitCode == 1, notFound.describe());
    QCOMPARE(notFound.errLines().constLast(),
        u"streamdesk-cli: cannot listen to %1: the server answered HTTP 404 Not Found"_s.arg(html.url()));

    // A JSON reason, several lines and a control character: one line, nothing raw.
    const QByteArray json = "{\"error\":\n  \"token expired\x1b[2J\"}\n";
    CannedServer api({{"HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json}});
    const CliRun forbidden = runCli({u"listen"_s, api.url()});
    QVERIFY2(forbidden.exitCode == 1, forbidden.describe());
    QCOMPARE(forbidden.errLines().constLast(),
        u"streamdesk-cli: cannot listen to %1: the server answered HTTP 403 Forbidden: {\"error\": \"token expired?[2J\"}"_s
            .arg(api.url()));
}

// --header @FILE keeps a token out of the command line, which every local user sees (ps).
void TestListenCommand::headersFromAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"headers"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# the feed's credentials\n\nAuthorization: Bearer file-T0KEN-123\r\n  X-Team: ops  \n");
    file.close();
    CannedServer server({{StreamHead + "id: 1\ndata: one\n\n"}});
    QVERIFY(server.isListening());
    const CliRun run = runCli({u"listen"_s, server.url(), u"--header"_s, u"@"_s + path, u"--header"_s, u"X-Extra: 1"_s,
        u"--count"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outLines().size(), 1);
    QCOMPARE(server.requests().size(), 1);
    const QByteArray request = server.requests().constFirst();
    QVERIFY2(request.contains("Authorization: Bearer file-T0KEN-123\r\n"), request.constData());
    QVERIFY2(request.contains("X-Team: ops\r\n"), request.constData());
    QVERIFY2(request.contains("X-Extra: 1\r\n"), request.constData());
    QVERIFY(!run.err.contains(u"T0KEN"_s));

    // A bad line is named by file and line, without its value.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("X-Team: ops\nAuthorization Bearer file-T0KEN-123\n");
    file.close();
    const CliRun bad = runCli({u"listen"_s, server.url(), u"--header"_s, u"@"_s + path});
    QVERIFY2(bad.exitCode == 2 && bad.errLines().size() == 1, bad.describe());
    QVERIFY2(bad.err.startsWith(u"streamdesk-cli: %1, line 2: --header must be"_s.arg(path)), bad.describe());
    QVERIFY(!bad.err.contains(u"T0KEN"_s));

    // Not UTF-8 (a token saved as Latin-1): refused, rather than sent with U+FFFD in it.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Authorization: Bearer file-T0KEN-\xff\xfe\n");
    file.close();
    const CliRun latin1 = runCli({u"listen"_s, server.url(), u"--header"_s, u"@"_s + path});
    QVERIFY2(latin1.exitCode == 2 && latin1.errLines().size() == 1, latin1.describe());
    QCOMPARE(latin1.err, u"streamdesk-cli: the --header file '%1' is not UTF-8 text\n"_s.arg(path));
    QCOMPARE(server.requests().size(), 1); // nothing sent
}

// A redirect to another origin goes there without the headers: the output says so, and the 401
// that follows says why, rather than reading as a bad token.
void TestListenCommand::redirectToAnotherOriginIsSaid()
{
    CannedServer other({{"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"}});
    QVERIFY(other.isListening());
    CannedServer first(
        {{"HTTP/1.1 307 Temporary Redirect\r\nLocation: " + other.url().toUtf8() + "\r\nContent-Length: 0\r\n\r\n"}});
    QVERIFY(first.isListening());
    const CliRun run = runCli({u"listen"_s, first.url(), u"--header"_s, u"Authorization: Bearer red1rect-T0KEN"_s});
    QVERIFY2(run.exitCode == 1, run.describe());
    const QString origin = QUrl(other.url()).adjusted(QUrl::RemovePath).toString();
    QCOMPARE(run.errLines(),
        (QStringList {u"connecting to %1"_s.arg(first.url()),
            u"redirected to %1, another origin: the feed's headers are not sent there"_s.arg(other.url()),
            u"streamdesk-cli: cannot listen to %1: the server answered HTTP 401 Unauthorized (the feed's headers were "
            "not sent to %2, another origin)"_s.arg(first.url(), origin)}));
    QCOMPARE(other.requests().size(), 1);
    QVERIFY(!other.requests().constFirst().contains("red1rect"));
    QVERIFY(first.requests().constFirst().contains("Authorization: Bearer red1rect-T0KEN"));
}

void TestListenCommand::sigtermStopsGracefully()
{
    Cli cli({u"listen"_s, gatewayUrl(u"?from=0"_s), u"--header"_s, u"Authorization: Bearer "_s + Token});
    QTRY_COMPARE_WITH_TIMEOUT(cli.out().count(u'\n'), 5, 15000);
    cli.process().terminate();
    QVERIFY(cli.finish());
    const CliRun run = cli.result();
    QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 0, run.describe());
    QVERIFY2(run.errLines().constLast().startsWith(u"stopped: 5 event"_s), run.describe());
    QCOMPARE(run.outLines().size(), 5);
}

void TestListenCommand::endedBy204()
{
    CannedServer server({{"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"}});
    QVERIFY(server.isListening());
    const CliRun run = runCli({u"listen"_s, server.url()});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(
        run.errLines().constLast().startsWith(u"the server ended the feed (HTTP 204) after 0 event"_s), run.describe());
    QCOMPARE(server.requests().size(), 1); // and no reconnect
}

void TestListenCommand::wrongContentType()
{
    CannedServer server({{"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello"}});
    QVERIFY(server.isListening());
    const CliRun run = runCli({u"listen"_s, server.url()});
    QVERIFY2(run.exitCode == 1, run.describe());
    const QString last = run.errLines().constLast();
    QVERIFY2(
        last.startsWith(u"streamdesk-cli: cannot listen to %1: "_s.arg(server.url())) && last.contains(u"text/html"_s),
        run.describe());
    QCOMPARE(server.requests().size(), 1);
}

void TestListenCommand::reconnectsWithLastEventId()
{
    // The first connection ends after one event; the second must resume after it.
    CannedServer server({{StreamHead + "retry: 50\n\nid: 1\ndata: one\n\n"},
        {StreamHead + "id: 2\nevent: two\ndata: line \"a\"\ndata: line b\n\n", true}});
    QVERIFY(server.isListening());
    const CliRun run =
        runCli({u"listen"_s, server.url(), u"--header"_s, u"X-Api-Key: key-S3CRET-123"_s, u"--count"_s, u"2"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outLines(),
        (QStringList {u"{\"id\":\"1\",\"event\":\"message\",\"data\":\"one\"}"_s,
            u"{\"id\":\"2\",\"event\":\"two\",\"data\":\"line \\\"a\\\"\\nline b\"}"_s}));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests()[0].contains("X-Api-Key: key-S3CRET-123\r\n"));
    QVERIFY(!server.requests()[0].toLower().contains("last-event-id"));
    QVERIFY(server.requests()[1].toLower().contains("last-event-id: 1\r\n"));
    QVERIFY2(run.err.contains(u"the server closed the stream; reconnecting in 0.05 s\n"_s), run.describe());
    QVERIFY2(run.err.contains(u"(Last-Event-ID: 1)\n"_s), run.describe());
    QVERIFY(!run.err.contains(u"S3CRET"_s));
}

// The id is the server's text: printed raw in "connecting to ... (Last-Event-ID: ...)", an
// escape sequence in it would drive the terminal.
void TestListenCommand::serverIdIsPrintedSafely()
{
    CannedServer server({{StreamHead + "retry: 50\n\nid: 1\x1b]0;pwned\x07\ndata: one\n\n"},
        {StreamHead + "id: 2\ndata: two\n\n", true}});
    QVERIFY(server.isListening());
    const CliRun run = runCli({u"listen"_s, server.url(), u"--count"_s, u"2"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(!run.err.contains(QChar(0x1b)), run.describe());
    QVERIFY2(run.err.contains(u"(Last-Event-ID: 1?]0;pwned?)\n"_s), run.describe());
}

void TestListenCommand::readTimeoutReconnects()
{
    // The first connection stalls after one event: only the read timeout can replace it.
    CannedServer server(
        {{StreamHead + "retry: 50\n\nid: a\ndata: 1\n\n", true}, {StreamHead + "id: b\ndata: 2\n\n", true}});
    QVERIFY(server.isListening());
    const CliRun run = runCli({u"listen"_s, server.url(), u"--read-timeout"_s, u"0.5"_s, u"--count"_s, u"2"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY(run.outLines()[1].startsWith(u"{\"id\":\"b\""_s));
    QVERIFY2(run.err.contains(u"no data received for 0.5 s; reconnecting in"_s), run.describe());
    QCOMPARE(server.requests().size(), 2);
}

void TestListenCommand::unreachableAtStartFails()
{
    // A wrong port: one clear line and exit 1, as `process` does, instead of retrying forever.
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    const QString url = u"http://127.0.0.1:%1/feed?token=Qs3cr3t"_s.arg(port);
    const CliRun run = runCli({u"listen"_s, url});
    QVERIFY2(run.exitCode == 1 && run.exitStatus == QProcess::NormalExit, run.describe());
    QCOMPARE(run.errLines().constLast(),
        u"streamdesk-cli: cannot reach http://127.0.0.1:%1/feed: Connection refused; pass --keep-trying to wait for it"_s
            .arg(port));
    QVERIFY2(!run.err.contains(u"reconnecting"_s), run.describe());
    QVERIFY(!run.err.contains(u"Qs3cr3t"_s));
}

void TestListenCommand::keepTryingWaitsForTheFeed()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    Cli cli({u"listen"_s, u"http://127.0.0.1:%1/feed"_s.arg(port), u"--keep-trying"_s, u"--count"_s, u"1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(cli.err().contains(u"Connection refused; reconnecting in"_s), 10000);
    // The feed comes up while the client waits: the next attempt reaches it.
    CannedServer server({{StreamHead + "id: 7\ndata: late\n\n", true}}, port);
    QVERIFY(server.isListening());
    QVERIFY(cli.finish());
    const CliRun run = cli.result();
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.outLines(), QStringList {u"{\"id\":\"7\",\"event\":\"message\",\"data\":\"late\"}"_s});
    QCOMPARE(server.requests().size(), 1);
}

void TestListenCommand::httpsToAPlainServer()
{
    // https:// to a plain HTTP server: OpenSSL's reason once, and what it means.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain]() {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket]() {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    const CliRun run = runCli({u"listen"_s, u"https://127.0.0.1:%1/feed"_s.arg(plain.serverPort())});
    QVERIFY2(run.exitCode == 1, run.describe());
    const QString last = run.errLines().constLast();
    QVERIFY2(last.endsWith(u": TLS handshake failed: wrong version number (the server does not speak TLS)"_s),
        run.describe());
    QVERIFY2(!last.contains(u"SSL routines"_s) && !last.contains(u"Error during SSL handshake"_s), run.describe());
    QVERIFY2(!last.contains(u"--keep-trying"_s), run.describe()); // waiting would not help
}

QTEST_GUILESS_MAIN(TestListenCommand)
#include "tst_listencommand.moc"
