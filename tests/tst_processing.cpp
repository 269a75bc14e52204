// End to end: `streamdesk-cli simulate` feeds a real redis-server, `streamdesk-cli process`
// consumes it into a ticket store, and the result must equal the simulator's --expect file
// exactly, with nothing left pending and exactly the malformed entries dead-lettered, also when
// the processor is SIGKILLed at random points or another consumer must take over.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "services/eventdecoder.h"
#include "services/redisconnection.h"
#include "services/redisserverprocess.h"
#include "services/streamentry.h"
#include "tests/support/testredis.h"

namespace {

const QString Stream = QStringLiteral("servicenow:changes");
const QByteArray StreamKey = "servicenow:changes";
const QByteArray Group = "bunsnc-processors";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, int timeoutMs = 180000)
{
    QProcess p;
    p.start(QStringLiteral(STREAMDESK_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestProcessing : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RedisServerProcess> m_server;
    std::unique_ptr<RedisConnection> m_redis;
    QTemporaryDir m_dir;
    QString m_url;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Publishes a deterministic workload and returns the --expect object.
    QJsonObject simulate(int tickets, int events, double malformed, int seed)
    {
        const QString expect = path(QStringLiteral("expect-%1.json").arg(seed));
        const Run r = runCli({QStringLiteral("simulate"), QStringLiteral("--redis"), m_url, QStringLiteral("--tickets"),
            QString::number(tickets), QStringLiteral("--events"), QString::number(events),
            QStringLiteral("--malformed"), QString::number(malformed), QStringLiteral("--seed"), QString::number(seed),
            QStringLiteral("--expect"), expect});
        if (r.exitCode != 0)
            qWarning() << "simulate failed:" << r.err;
        QFile f(expect);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    QStringList processArgs(const QString &store, const QString &consumer, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("process"), QStringLiteral("--redis"), m_url, QStringLiteral("--store"),
                   store, QStringLiteral("--consumer"), consumer, QStringLiteral("--from-start"),
                   QStringLiteral("--until-idle"), QStringLiteral("2"), QStringLiteral("--count"),
                   QStringLiteral("500")}
        + extra;
    }

    QJsonObject exportStore(const QString &store)
    {
        const Run r = runCli({QStringLiteral("tickets"), QStringLiteral("--store"), store});
        if (r.exitCode != 0)
            qWarning() << "tickets failed:" << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }

    // Ids of every entry in the stream that the decoder rejects.
    QSet<QByteArray> malformedIds()
    {
        QSet<QByteArray> ids;
        const RedisReply all = TestRedis::call(*m_redis, {"XRANGE", StreamKey, "-", "+"}, 60000);
        for (const StreamEntry &e : StreamEntry::listFromReply(all)) {
            if (!EventDecoder::decode(e).ok())
                ids.insert(e.id);
        }
        return ids;
    }

    QSet<QByteArray> deadLetteredSourceIds(qsizetype *total)
    {
        QSet<QByteArray> ids;
        const RedisReply all = TestRedis::call(*m_redis, {"XRANGE", StreamKey + ":dlq", "-", "+"}, 60000);
        const QList<StreamEntry> entries = StreamEntry::listFromReply(all);
        *total = entries.size();
        for (const StreamEntry &e : entries) {
            ids.insert(e.value("dlq_source_id"));
            if (e.value("dlq_reason").isEmpty() || e.value("dlq_source_stream") != StreamKey
                || e.value("dlq_consumer").isEmpty() || e.value("dlq_time").isEmpty())
                qWarning() << "dead letter without its metadata:" << e.id;
        }
        return ids;
    }

    qint64 groupPending()
    {
        const RedisReply summary = TestRedis::call(*m_redis, {"XPENDING", StreamKey, Group});
        return summary.isArray() && summary.size() > 0 ? summary.at(0).toInteger() : -1;
    }

    void verifyOutcome(const QString &store, const QJsonObject &expected)
    {
        const QJsonObject actual = exportStore(store);
        QCOMPARE(actual.size(), expected.size());
        int mismatches = 0;
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            if (actual.value(it.key()) != it.value() && mismatches++ < 5)
                qWarning().noquote() << it.key() << "expected" << QJsonDocument(it.value().toObject()).toJson() << "got"
                                     << QJsonDocument(actual.value(it.key()).toObject()).toJson();
        }
        QCOMPARE(mismatches, 0);
        QCOMPARE(groupPending(), 0);
        const QSet<QByteArray> malformed = malformedIds();
        qsizetype deadLetters = 0;
        const QSet<QByteArray> dead = deadLetteredSourceIds(&deadLetters);
        QVERIFY(!malformed.isEmpty());
        QCOMPARE(deadLetters, malformed.size()); // each exactly once
        QCOMPARE(dead, malformed);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = TestRedis::start();
        QVERIFY(m_server);
        m_url = TestRedis::endpoint(*m_server).toSafeUrl();
        m_redis = std::make_unique<RedisConnection>(TestRedis::endpoint(*m_server));
        m_redis->open();
        QVERIFY(TestRedis::waitReady(*m_redis));
    }

    void cleanup()
    {
        m_redis.reset();
        m_server.reset();
    }

    void processUntilIdleMatchesExpectation()
    {
        const QJsonObject expected = simulate(2000, 50000, 0.01, 11);
        QVERIFY(!expected.isEmpty());
        const QString store = path(QStringLiteral("plain.sqlite"));
        const Run r = runCli(processArgs(store, QStringLiteral("worker-1")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("read")).toInteger(), 50000);
        QCOMPARE(summary.value(QStringLiteral("dead_lettered")).toInteger(),
            summary.value(QStringLiteral("malformed")).toInteger());
        QVERIFY(summary.value(QStringLiteral("applied")).toInteger() > 0);
        QVERIFY(r.err.contains("read"));
        verifyOutcome(store, expected);
        if (QTest::currentTestFailed())
            return;

        // A second pass over the same store and a fresh group replays everything: idempotent.
        const Run again = runCli(
            processArgs(store, QStringLiteral("worker-1"), {QStringLiteral("--group"), QStringLiteral("replay")}));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject replay = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(replay.value(QStringLiteral("applied")).toInteger(), 0);
        QCOMPARE(exportStore(store), expected);
    }

    void survivesSigkillAtRandomPoints()
    {
        const QJsonObject expected = simulate(1500, 30000, 0.01, 23);
        QVERIFY(!expected.isEmpty());
        const QString store = path(QStringLiteral("killed.sqlite"));
        auto *rng = QRandomGenerator::global();
        // Kill the processor three times at random amounts of progress, then let it finish.
        for (int round = 0; round < 3; ++round) {
            const qint64 threshold = 2000 + rng->bounded(6000) + round * 8000;
            QProcess p;
            p.start(QStringLiteral(STREAMDESK_CLI_PATH), processArgs(store, QStringLiteral("worker-k")));
            QVERIFY(p.waitForStarted());
            // Wait (on the server's own counter) until the group has delivered enough entries.
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const RedisReply groups = TestRedis::call(*m_redis, {"XINFO", "GROUPS", StreamKey});
                    for (const RedisReply &g : groups.elements()) {
                        for (qsizetype i = 0; i + 1 < g.size(); i += 2) {
                            if (g.at(i).bytes() == "entries-read" && g.at(i + 1).toInteger() >= threshold)
                                return true;
                        }
                    }
                    return p.state() == QProcess::NotRunning;
                }(),
                60000);
            p.kill(); // SIGKILL: no chance to commit, ack or clean up
            QVERIFY(p.waitForFinished());
        }
        const Run r = runCli(processArgs(store, QStringLiteral("worker-k")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyOutcome(store, expected);
        if (QTest::currentTestFailed())
            return;
    }

    void secondConsumerRecoversAbandonedEntries()
    {
        const QJsonObject expected = simulate(800, 12000, 0.01, 37);
        QVERIFY(!expected.isEmpty());
        // A consumer that read 700 entries and died before acknowledging any of them.
        QVERIFY(TestRedis::call(*m_redis, {"XGROUP", "CREATE", StreamKey, Group, "0"}).isStatus());
        const RedisReply taken = TestRedis::call(
            *m_redis, {"XREADGROUP", "GROUP", Group, "crashed-consumer", "COUNT", "700", "STREAMS", StreamKey, ">"});
        QCOMPARE(StreamEntry::fromReadReply(taken).size(), 700);
        QCOMPARE(groupPending(), 700);
        // Abandoned for longer than --claim-min-idle, as when the rescuer starts after the crash
        // is noticed: they are claimed before any new entry is read.
        QTRY_VERIFY_WITH_TIMEOUT(
            TestRedis::call(*m_redis, {"XPENDING", StreamKey, Group, "IDLE", "300", "-", "+", "1000"}).size() == 700,
            10000);

        const QString store = path(QStringLiteral("takeover.sqlite"));
        const Run r = runCli(
            processArgs(store, QStringLiteral("rescuer"), {QStringLiteral("--claim-min-idle"), QStringLiteral("300")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("claimed")).toInteger(), 700);
        // Claimed first, they were applied in order: none judged stale, so every change is in its
        // ticket's history (new entries read first made the older claimed ones stale).
        QCOMPARE(summary.value(QStringLiteral("stale")).toInteger(), 0);
        verifyOutcome(store, expected);
        if (QTest::currentTestFailed())
            return;
    }

    void observeNeverTakesEntriesFromTheGroup()
    {
        const QJsonObject expected = simulate(300, 3000, 0.0, 41);
        QVERIFY(!expected.isEmpty());
        QVERIFY(TestRedis::call(*m_redis, {"XGROUP", "CREATE", StreamKey, Group, "0"}).isStatus());
        const QString store = path(QStringLiteral("observed.sqlite"));
        const Run r = runCli({QStringLiteral("observe"), QStringLiteral("--redis"), m_url, QStringLiteral("--store"),
            store, QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--until-idle"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(exportStore(store), expected);
        // The production group still has everything to do.
        const RedisReply groups = TestRedis::call(*m_redis, {"XINFO", "GROUPS", StreamKey});
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groupPending(), 0);
        const RedisReply consumers = TestRedis::call(*m_redis, {"XINFO", "CONSUMERS", StreamKey, Group});
        QCOMPARE(consumers.size(), 0);
        QCOMPARE(TestRedis::call(*m_redis, {"EXISTS", StreamKey + ":dlq"}).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessing)
#include "tst_processing.moc"
