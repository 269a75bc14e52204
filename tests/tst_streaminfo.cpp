// StreamInfo parsing and StreamMonitor sampling against a real redis-server.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "services/redisconnection.h"
#include "services/streammonitor.h"
#include "tests/support/testredis.h"

class TestStreamInfo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatRedisAnswers()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection c(TestRedis::endpoint(*server));
        c.open();
        QVERIFY(TestRedis::waitReady(c));
        QByteArray first;
        QByteArray last;
        for (int i = 0; i < 10; ++i) {
            last = TestRedis::call(c, {"XADD", "s", "*", "n", QByteArray::number(i)}).bytes();
            if (i == 0)
                first = last;
        }
        TestRedis::call(c, {"XGROUP", "CREATE", "s", "workers", "0"});
        TestRedis::call(c, {"XGROUP", "CREATE", "s", "idle-group", "$"});
        TestRedis::call(c, {"XREADGROUP", "GROUP", "workers", "alice", "COUNT", "4", "STREAMS", "s", ">"});
        TestRedis::call(c, {"XREADGROUP", "GROUP", "workers", "bob", "COUNT", "2", "STREAMS", "s", ">"});
        for (int i = 0; i < 3; ++i)
            TestRedis::call(c, {"XADD", "s:dlq", "*", "dlq_reason", "not JSON"});

        StreamMonitor monitor(&c, QStringLiteral("s"));
        QSignalSpy sampled(&monitor, &StreamMonitor::sampled);
        monitor.sampleOnce();
        QVERIFY(sampled.wait(5000));
        const StreamInfo info = monitor.last();
        QVERIFY(info.exists);
        QCOMPARE(info.length, 10);
        QCOMPARE(info.firstEntryId, first);
        QCOMPARE(info.lastEntryId, last);
        QCOMPARE(info.lastGeneratedId, last);
        QCOMPARE(info.entriesAdded, 10);
        QCOMPARE(info.groups.size(), 2);

        const StreamGroupInfo &workers =
            info.groups.at(0).name == QLatin1String("workers") ? info.groups.at(0) : info.groups.at(1);
        QCOMPARE(workers.consumers, 2);
        QCOMPARE(workers.pending, 6);
        QCOMPARE(workers.entriesRead, 6);
        QCOMPARE(workers.lag, 4);
        QCOMPARE(workers.consumerList.size(), 2);
        qint64 pendingSum = 0;
        for (const StreamConsumerInfo &consumer : workers.consumerList) {
            pendingSum += consumer.pending;
            QVERIFY(consumer.idleMs >= 0);
        }
        QCOMPARE(pendingSum, 6);
        QCOMPARE(info.totalPending(), 6);
        QCOMPARE(info.maxLag(), 4);
        // The dead-letter stream beside it.
        QCOMPARE(info.deadLetterKey, QStringLiteral("s:dlq"));
        QCOMPARE(info.deadLetterLength, 3);

        const QJsonObject json = info.toJson();
        QCOMPARE(json.value(QStringLiteral("length")).toInteger(), 10);
        QCOMPARE(json.value(QStringLiteral("dead_letter_length")).toInteger(), 3);
        QCOMPARE(json.value(QStringLiteral("groups")).toArray().size(), 2);
    }

    // XINFO GROUPS of Redis 7.0 says "lag" even when it cannot tell (nil); 6.2 has no such field.
    void lagReportedOrNot()
    {
        const auto groupReply = [](bool withLag) {
            QList<RedisReply> fields {RedisReply::string("name"), RedisReply::string("g"),
                RedisReply::string("consumers"), RedisReply::integer(0), RedisReply::string("pending"),
                RedisReply::integer(0), RedisReply::string("last-delivered-id"), RedisReply::string("0-0")};
            if (withLag)
                fields << RedisReply::string("lag") << RedisReply::nil();
            return RedisReply::array({RedisReply::array(fields)});
        };
        StreamInfo redis70;
        QVERIFY(redis70.parseGroups(groupReply(true)));
        QCOMPARE(redis70.groups.size(), 1);
        QCOMPARE(redis70.groups.at(0).lag, -1);
        QVERIFY(redis70.groups.at(0).lagReported);
        StreamInfo redis62;
        QVERIFY(redis62.parseGroups(groupReply(false)));
        QCOMPARE(redis62.groups.at(0).lag, -1);
        QVERIFY(!redis62.groups.at(0).lagReported);
    }

    void missingStreamIsReportedNotFailed()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection c(TestRedis::endpoint(*server));
        c.open();
        QVERIFY(TestRedis::waitReady(c));
        StreamMonitor monitor(&c, QStringLiteral("nothing-here"));
        QSignalSpy sampled(&monitor, &StreamMonitor::sampled);
        QSignalSpy failed(&monitor, &StreamMonitor::failed);
        monitor.sampleOnce();
        QVERIFY(sampled.wait(5000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(!monitor.last().exists);
        QCOMPARE(monitor.last().length, 0);
        QCOMPARE(monitor.last().deadLetterLength, 0); // no dead-letter stream: none
    }

    void periodicSamplesFollowChanges()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection c(TestRedis::endpoint(*server));
        c.open();
        QVERIFY(TestRedis::waitReady(c));
        StreamMonitor monitor(&c, QStringLiteral("grow"));
        monitor.setInterval(50);
        QList<qint64> lengths;
        connect(&monitor, &StreamMonitor::sampled, this, [&](const StreamInfo &info) { lengths << info.length; });
        monitor.start();
        QTRY_VERIFY(!lengths.isEmpty());
        TestRedis::call(c, {"XADD", "grow", "*", "a", "1"});
        TestRedis::call(c, {"XADD", "grow", "*", "a", "2"});
        QTRY_COMPARE(lengths.last(), 2);
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestStreamInfo)
#include "tst_streaminfo.moc"
