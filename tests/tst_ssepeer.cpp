// SseClient against an independent server implementation: tests/sse-peer/server.js, built on
// the npm package better-sse and run by Node on a free 127.0.0.1 port. Its packages are
// installed by `npm ci` from the pinned lock file into the build tree on the first run. Without
// node or npm the test skips; in CI both are there (scripts/deps.sh).
#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "services/sseclient.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString SourceDir = QStringLiteral(SSE_PEER_SOURCE_DIR);
const QString WorkDir = QStringLiteral(SSE_PEER_WORK_DIR);
const QStringList PeerFiles = {u"package.json"_s, u"package-lock.json"_s, u"server.js"_s};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The exact data server.js sends for event n (JSON.stringify of its payload()).
QString expectedData(int n)
{
    return u"{\"n\":%1,\"ticket\":\"INC%2\",\"note\":\"état ✓ №%3\"}"_s.arg(n)
        .arg(n, 7, 10, QChar(u'0'))
        .arg(QString(200 + n % 37, u'x'));
}

struct Received {
    QString type;
    QString data;
    QString id;
};

// Records everything a client reports.
struct ClientLog {
    explicit ClientLog(SseClient &client)
    {
        QObject::connect(&client, &SseClient::eventReceived, &client,
            [this](const QString &type, const QString &data, const QString &id) {
                events.append({type, data, id});
            });
        QObject::connect(&client, &SseClient::commentReceived, &client, [this](const QString &) { ++comments; });
        QObject::connect(
            &client, &SseClient::errorOccurred, &client, [this](const QString &message) { errors.append(message); });
        QObject::connect(&client, &SseClient::stateChanged, &client,
            [this](SseClient::State, const QString &text) { states.append(text); });
    }

    QList<Received> events;
    QStringList errors;
    QStringList states;
    int comments = 0;
};

} // namespace

class TestSsePeer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void resumesThroughDrops();
    void readTimeoutReconnects();
    void commentsKeepReadTimeoutAway();
    void stopsOn204();
    void recoversAfter503();
    void stopsOnWrongContentType();

private:
    [[nodiscard]] QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
    }
    // The server's bookkeeping for one run (requests, Last-Event-ID headers, drops).
    [[nodiscard]] QJsonObject stats(const QString &run);

    std::unique_ptr<QProcess> m_node;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

void TestSsePeer::initTestCase()
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (node.isEmpty() || npm.isEmpty())
        QSKIP("node and npm are needed for the better-sse peer server (scripts/deps.sh installs them)");

    // A copy in the build tree, so node_modules never lands in the sources. `npm ci` runs again
    // only when the lock file changed.
    QVERIFY(QDir().mkpath(WorkDir));
    const bool lockChanged =
        readFile(SourceDir + u"/package-lock.json"_s) != readFile(WorkDir + u"/package-lock.json"_s);
    for (const QString &name : PeerFiles) {
        QFile::remove(WorkDir + u'/' + name);
        QVERIFY2(QFile::copy(SourceDir + u'/' + name, WorkDir + u'/' + name), qPrintable(name));
    }
    if (lockChanged || !QFile::exists(WorkDir + u"/node_modules/better-sse/package.json"_s)) {
        QProcess install;
        install.setWorkingDirectory(WorkDir);
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(npm, {u"ci"_s, u"--no-audit"_s, u"--no-fund"_s, u"--prefix"_s, WorkDir});
        QVERIFY2(install.waitForFinished(180000), "npm ci did not finish within 3 minutes");
        QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
            qPrintable(u"npm ci failed (is the npm registry reachable?):\n"_s + QString::fromUtf8(install.readAll())));
    }

    m_node = std::make_unique<QProcess>();
    m_node->setWorkingDirectory(WorkDir);
    m_node->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_node->start(node, {WorkDir + u"/server.js"_s, u"0"_s});
    QVERIFY2(m_node->waitForStarted(10000), qPrintable(m_node->errorString()));
    QByteArray out;
    const QRegularExpression listening(u"listening on (\\d+)\n"_s);
    QVERIFY(QTest::qWaitFor(
        [&]() {
            out += m_node->readAllStandardOutput();
            return listening.match(QString::fromUtf8(out)).hasMatch() || m_node->state() == QProcess::NotRunning;
        },
        15000));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    m_port = quint16(match.captured(1).toUInt());
    QVERIFY(m_port > 0);
}

void TestSsePeer::cleanupTestCase()
{
    if (!m_node)
        return;
    m_node->closeWriteChannel(); // server.js exits when its stdin ends
    if (!m_node->waitForFinished(5000)) {
        m_node->kill();
        m_node->waitForFinished(5000);
    }
}

QJsonObject TestSsePeer::stats(const QString &run)
{
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url(u"/stats?run="_s + run))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// 20,000 events while the server drops the connection 50 times (half of them inside an event):
// every event exactly once, in order, each resume asking for the event after the last complete one.
void TestSsePeer::resumesThroughDrops()
{
    constexpr int Total = 20000;
    constexpr int Drops = 50;
    SseClient client;
    ClientLog log(client);
    client.setUrl(url(u"/events?run=drops&total=%1&drops=%2&seed=20260"_s.arg(Total).arg(Drops)));
    client.setReadTimeout(10s);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(log.events.size() >= Total || client.state() == SseClient::State::Closed, 120000);
    QCOMPARE(log.events.size(), Total);
    for (int i = 0; i < Total; ++i) {
        const Received &e = log.events.at(i);
        if (e.id != QString::number(i + 1) || e.type != "tick"_L1 || e.data != expectedData(i + 1))
            QFAIL(qPrintable(u"event %1: id %2, type %3, data %4"_s.arg(i + 1).arg(e.id, e.type, e.data.left(80))));
    }
    QCOMPARE(client.state(), SseClient::State::Open);
    QCOMPARE(client.lastEventId(), QString::number(Total));
    QCOMPARE(log.errors.size(), Drops);

    QCOMPARE(client.reconnects(), Drops);

    const QJsonObject server = stats(u"drops"_s);
    QCOMPARE(server.value("dropsDone"_L1).toInt(), Drops);
    const int resets = server.value("resets"_L1).toInt();
    qInfo("%d drops inside an event, %d after a complete one", resets, Drops - resets);
    QVERIFY2(resets > 0 && resets < Drops, "both kinds of drop must be exercised");
    // Each reconnect resumed right after the last complete event before the drop. The server may
    // see a request twice in a row: QNetworkAccessManager resends a GET by itself when the reused
    // keep-alive connection it went out on closes before any answer (RFC 9112 9.3.1.1); the client
    // above saw one reconnect. Only such exact repeats are allowed.
    const QJsonArray drops = server.value("drops"_L1).toArray();
    QStringList expected {u"(none)"_s};
    for (const QJsonValue &drop : drops)
        expected.append(QString::number(drop.toObject().value("after"_L1).toInt()));
    QStringList resumes;
    const QJsonArray lastIds = server.value("lastEventIds"_L1).toArray();
    for (const QJsonValue &id : lastIds) {
        const QString text = id.isNull() ? u"(none)"_s : id.toString();
        if (resumes.isEmpty() || resumes.constLast() != text)
            resumes.append(text);
    }
    QCOMPARE(resumes, expected);
    if (lastIds.size() > resumes.size())
        qInfo("%lld request(s) resent by the network stack", qint64(lastIds.size() - resumes.size()));
}

// A server that goes silent: the read timeout replaces the connection, which resumes.
void TestSsePeer::readTimeoutReconnects()
{
    SseClient client;
    ClientLog log(client);
    client.setUrl(url(u"/stall?run=stall"_s));
    client.setReadTimeout(500ms);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.events.size(), 2, 10000);
    QCOMPARE(log.events[0].id, u"1"_s);
    QCOMPARE(log.events[1].id, u"2"_s);
    QCOMPARE(log.events[1].data, u"{\"step\":2,\"resumedAfter\":\"1\"}"_s);
    QCOMPARE(log.errors, QStringList {u"no data received for 0.5 s"_s});
    const QJsonArray lastIds = stats(u"stall"_s).value("lastEventIds"_L1).toArray();
    QCOMPARE(lastIds.size(), 2);
    QCOMPARE(lastIds.at(1).toString(), u"1"_s);
}

// better-sse's keep-alive comments (every 100 ms) count as traffic for a 500 ms read timeout.
void TestSsePeer::commentsKeepReadTimeoutAway()
{
    SseClient client;
    ClientLog log(client);
    client.setUrl(url(u"/heartbeat?run=heartbeat"_s));
    client.setReadTimeout(500ms);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.events.size(), 2, 10000);
    QVERIFY2(log.comments >= 5, qPrintable(QString::number(log.comments)));
    QCOMPARE(log.errors, QStringList {});
    QCOMPARE(client.reconnects(), 0);
    QCOMPARE(stats(u"heartbeat"_s).value("requests"_L1).toInt(), 1);
}

void TestSsePeer::stopsOn204()
{
    SseClient client;
    ClientLog log(client);
    client.setUrl(url(u"/no-content?run=204"_s));
    client.setInitialReconnectDelay(10ms);
    client.start();
    QTRY_COMPARE(client.state(), SseClient::State::Closed);
    QCOMPARE(log.errors.size(), 1);
    QVERIFY2(log.errors[0].contains(u"204"_s), qPrintable(log.errors[0]));
    QCOMPARE(client.reconnectRemainingMs(), -1); // no retry pending
    QCOMPARE(stats(u"204"_s).value("requests"_L1).toInt(), 1);
}

// 503 with Retry-After: 1 while the client's own delay is 10 s: recovery after about a second
// shows that Retry-After was honoured.
void TestSsePeer::recoversAfter503()
{
    SseClient client;
    ClientLog log(client);
    client.setUrl(url(u"/unavailable?run=503"_s));
    client.setInitialReconnectDelay(10s);
    QElapsedTimer timer;
    connect(&client, &SseClient::errorOccurred, this, [&timer]() { timer.start(); });
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.events.size(), 1, 8000);
    const qint64 waited = timer.elapsed();
    QVERIFY2(waited >= 900, qPrintable(QString::number(waited)));
    QCOMPARE(log.events[0].type, u"recovered"_s);
    QCOMPARE(log.errors.size(), 1);
    QVERIFY2(log.errors[0].contains(u"503"_s), qPrintable(log.errors[0]));
    QVERIFY2(log.states.contains(u"reconnecting in 1 s"_s), qPrintable(log.states.join(u" | "_s)));
    QCOMPARE(client.state(), SseClient::State::Open);
    QCOMPARE(stats(u"503"_s).value("requests"_L1).toInt(), 2);
}

void TestSsePeer::stopsOnWrongContentType()
{
    SseClient client;
    ClientLog log(client);
    client.setUrl(url(u"/wrong-type?run=type"_s));
    client.setInitialReconnectDelay(10ms);
    client.start();
    QTRY_COMPARE(client.state(), SseClient::State::Closed);
    QCOMPARE(log.errors.size(), 1);
    QVERIFY2(log.errors[0].contains(u"text/html"_s), qPrintable(log.errors[0]));
    QVERIFY(log.events.isEmpty());
    QCOMPARE(client.reconnectRemainingMs(), -1);
    QCOMPARE(stats(u"type"_s).value("requests"_L1).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSsePeer)
#include "tst_ssepeer.moc"
