// StreamConsumer in-process against a real redis-server: acknowledgement after commit, dead
// letters, delivery counting, graceful stop, observe semantics and batched GUI updates.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "services/consumerthread.h"
#include "services/redisconnection.h"
#include "services/streamconsumer.h"
#include "services/ticketstore.h"
#include "tests/support/testredis.h"

namespace {

const QByteArray Stream = "changes";

QByteArray sysIdFor(int i)
{
    return QByteArray::number(i, 16).rightJustified(32, '0');
}

RespWriter::Command validEntry(int i, const QByteArray &state = "1", const QByteArray &updatedOn = "2025-01-15 10:00:00")
{
    const QByteArray number = "INC" + QByteArray::number(1000000 + i);
    const QByteArray record = QJsonDocument(QJsonObject {{QStringLiteral("sys_updated_on"), QString::fromUtf8(updatedOn)},
                                                         {QStringLiteral("priority"), QStringLiteral("3")}})
                                  .toJson(QJsonDocument::Compact);
    return {"XADD", Stream, "*", "type", "incident", "action", "created", "sys_id", sysIdFor(i), "number", number,
            "state", state, "assignment_group", "Service Desk", "short_description", "test", "timestamp",
            "2025-01-15T10:00:00Z", "data", record};
}

} // namespace

class TestStreamConsumer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RedisServerProcess> m_server;
    std::unique_ptr<RedisConnection> m_redis;
    QTemporaryDir m_dir;

    StreamConsumer::Config config(StreamConsumer::Mode mode, const QString &storeName)
    {
        StreamConsumer::Config c;
        c.endpoint = TestRedis::endpoint(*m_server);
        c.stream = QString::fromUtf8(Stream);
        c.group = QStringLiteral("g");
        c.consumer = QStringLiteral("c1");
        c.mode = mode;
        c.startId = "0";
        c.blockMs = 100;
        c.storePath = m_dir.filePath(storeName);
        return c;
    }

    qint64 pending()
    {
        const RedisReply r = TestRedis::call(*m_redis, {"XPENDING", Stream, "g"});
        return r.isArray() ? r.at(0).toInteger() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
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

    void processAcknowledgesAndDeadLetters()
    {
        for (int i = 0; i < 20; ++i)
            TestRedis::call(*m_redis, validEntry(i));
        const RedisReply badId = TestRedis::call(*m_redis, {"XADD", Stream, "*", "type", "incident", "data", "{oops"});
        QVERIFY(badId.isString());

        StreamConsumer consumer(config(StreamConsumer::Mode::Process, QStringLiteral("a.sqlite")));
        QSignalSpy states(&consumer, &StreamConsumer::stateChanged);
        consumer.start();
        QTRY_COMPARE_WITH_TIMEOUT(consumer.counters().acked, 21, 10000);
        QCOMPARE(consumer.counters().applied, 20);
        QCOMPARE(consumer.counters().malformed, 1);
        QCOMPARE(consumer.counters().deadLettered, 1);
        QCOMPARE(pending(), 0);

        const RedisReply dlq = TestRedis::call(*m_redis, {"XRANGE", Stream + ":dlq", "-", "+"});
        const QList<StreamEntry> dead = StreamEntry::listFromReply(dlq);
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.first().value("dlq_source_id"), badId.bytes());
        QCOMPARE(dead.first().value("dlq_source_stream"), Stream);
        QCOMPARE(dead.first().value("dlq_consumer"), QByteArray("c1"));
        QCOMPARE(dead.first().value("data"), QByteArray("{oops")); // the original fields travel along
        QVERIFY(!dead.first().value("dlq_reason").isEmpty());
        QVERIFY(!dead.first().value("dlq_reason_code").isEmpty());

        TicketStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QCOMPARE(store.count(), 20);

        // The consumer shows up under its stable name.
        QCOMPARE(TestRedis::call(*m_redis, {"XINFO", "CONSUMERS", Stream, "g"}).at(0).at(1).bytes(), QByteArray("c1"));
    }

    void gracefulStopAndResume()
    {
        StreamConsumer consumer(config(StreamConsumer::Mode::Process, QStringLiteral("b.sqlite")));
        QSignalSpy stopped(&consumer, &StreamConsumer::stopped);
        consumer.start();
        QTRY_COMPARE(consumer.state(), StreamConsumer::State::Running);
        for (int i = 0; i < 5; ++i)
            TestRedis::call(*m_redis, validEntry(i));
        QTRY_COMPARE(consumer.counters().acked, 5);

        consumer.stop();
        QVERIFY(stopped.wait(5000));
        QCOMPARE(consumer.state(), StreamConsumer::State::Idle);
        // Written while stopped: picked up where the group left off after start().
        for (int i = 5; i < 12; ++i)
            TestRedis::call(*m_redis, validEntry(i));
        QCOMPARE(consumer.counters().read, 5);
        consumer.start();
        QTRY_COMPARE(consumer.counters().acked, 12);
        QCOMPARE(consumer.counters().applied, 12);
        QCOMPARE(pending(), 0);
    }

    void backlogIsAppliedInLargeTransactions()
    {
        // 1,000 entries waiting, 10 per read: read on without blocking and apply them in a few
        // large store transactions instead of 100 small ones; nothing lost, nothing twice.
        QList<RespWriter::Command> adds;
        for (int i = 0; i < 1000; ++i)
            adds << validEntry(i);
        bool written = false;
        m_redis->batch(adds, this, [&written](const QList<RedisReply> &) { written = true; });
        QTRY_VERIFY(written);

        StreamConsumer::Config c = config(StreamConsumer::Mode::Process, QStringLiteral("backlog.sqlite"));
        c.count = 10;
        StreamConsumer consumer(c);
        QSignalSpy progress(&consumer, &StreamConsumer::progress);
        consumer.start();
        QTRY_COMPARE_WITH_TIMEOUT(consumer.counters().acked, 1000, 20000);
        QCOMPARE(consumer.counters().read, 1000);
        QCOMPARE(consumer.counters().applied, 1000);
        QCOMPARE(consumer.counters().duplicates, 0);
        QCOMPARE(pending(), 0);
        QVERIFY2(progress.size() <= 5, qPrintable(QString::number(progress.size()))); // one per transaction

        // Caught up: a single new entry is applied at once, not held back for a group.
        TestRedis::call(*m_redis, validEntry(1000));
        QTRY_COMPARE(consumer.counters().acked, 1001);
        consumer.stop();

        TicketStore store;
        QString error;
        QVERIFY2(store.open(c.storePath, &error), qPrintable(error));
        QCOMPARE(store.count(), 1001);
    }

    void tooManyDeliveriesAreDeadLettered()
    {
        TestRedis::call(*m_redis, {"XGROUP", "CREATE", Stream, "g", "0", "MKSTREAM"});
        const QByteArray id = TestRedis::call(*m_redis, validEntry(1)).bytes();
        // Another consumer keeps failing on it: its delivery count is already high.
        TestRedis::call(*m_redis, {"XREADGROUP", "GROUP", "g", "doomed", "STREAMS", Stream, ">"});
        TestRedis::call(*m_redis, {"XCLAIM", Stream, "g", "doomed", "0", id, "RETRYCOUNT", "9"});

        StreamConsumer::Config c = config(StreamConsumer::Mode::Process, QStringLiteral("c.sqlite"));
        c.claimMinIdleMs = 0;
        c.claimIntervalMs = 50;
        StreamConsumer consumer(c);
        consumer.start();
        QTRY_COMPARE_WITH_TIMEOUT(consumer.counters().deadLettered, 1, 10000);
        QCOMPARE(consumer.counters().claimed, 1);
        QCOMPARE(consumer.counters().applied, 0);
        QTRY_COMPARE(pending(), 0);
        const QList<StreamEntry> dead =
            StreamEntry::listFromReply(TestRedis::call(*m_redis, {"XRANGE", Stream + ":dlq", "-", "+"}));
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.first().value("dlq_reason_code"), QByteArray("too_many_deliveries"));
        QVERIFY(dead.first().value("dlq_deliveries").toInt() > c.maxDeliveries);
    }

    void observeFromDollarSkipsHistoryAndTakesNothing()
    {
        TestRedis::call(*m_redis, {"XGROUP", "CREATE", Stream, "g", "0", "MKSTREAM"});
        for (int i = 0; i < 3; ++i)
            TestRedis::call(*m_redis, validEntry(i));
        StreamConsumer::Config c = config(StreamConsumer::Mode::Observe, QStringLiteral("d.sqlite"));
        c.startId = "$";
        StreamConsumer consumer(c);
        consumer.start();
        QTRY_COMPARE(consumer.state(), StreamConsumer::State::Running);
        // Give the pinned "$" a read cycle, then add new entries.
        QTRY_VERIFY(TestRedis::call(*m_redis, {"CLIENT", "LIST"}).bytes().contains("cmd=xread"));
        for (int i = 3; i < 7; ++i)
            TestRedis::call(*m_redis, validEntry(i));
        QTRY_COMPARE(consumer.counters().applied, 4);
        QCOMPARE(consumer.counters().read, 4);
        // Nothing was read through the group.
        const RedisReply groups = TestRedis::call(*m_redis, {"XINFO", "GROUPS", Stream});
        QCOMPARE(groups.at(0).at(5).toInteger(), 0); // pending
        QCOMPARE(groups.at(0).at(7).bytes(), QByteArray("0-0")); // last-delivered-id
    }

    void updatesAreBatchedOnTheGuiThread()
    {
        ConsumerThread worker;
        StreamConsumer::Config c = config(StreamConsumer::Mode::Process, QStringLiteral("e.sqlite"));
        c.count = 200;
        worker.configure(c);
        QList<StreamConsumer::Update> updates;
        QList<QThread *> threads;
        connect(&worker, &ConsumerThread::updated, this, [&](const StreamConsumer::Update &u) {
            updates << u;
            threads << QThread::currentThread();
        });
        QList<RespWriter::Command> batch;
        for (int i = 0; i < 3000; ++i)
            batch << validEntry(i, QByteArray::number(1 + i % 3));
        bool published = false;
        m_redis->batch(batch, this, [&](const QList<RedisReply> &) { published = true; });
        QTRY_VERIFY(published);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(!updates.isEmpty() && updates.last().totals.acked == 3000, 20000);

        qint64 changed = 0;
        qint64 received = 0;
        for (const StreamConsumer::Update &u : std::as_const(updates)) {
            changed += u.changed.size();
            received += u.receivedDelta;
        }
        QCOMPARE(received, 3000);
        QCOMPARE(changed, 3000);
        // Batched: one update per interval, never one per entry or per read. Half the interval
        // as the bound: timers drift under sanitizers, and a per-entry update would be ~0 ms apart.
        QVERIFY(updates.size() < 3000 / 10);
        for (qsizetype i = 1; i < updates.size(); ++i)
            QVERIFY(updates.at(i - 1).at.msecsTo(updates.at(i).at) >= c.updateIntervalMs / 2);
        for (QThread *t : std::as_const(threads))
            QCOMPARE(t, QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(TestStreamConsumer)
#include "tst_streamconsumer.moc"
