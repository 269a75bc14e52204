// PendingEntriesQuery against a real redis-server, and PendingEntryModel under
// QAbstractItemModelTester: who holds what, idle how long, delivered how often, which ticket.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/pendingentrymodel.h"
#include "services/pendingentries.h"
#include "services/redisconnection.h"
#include "tests/support/testredis.h"

using namespace Qt::StringLiterals;

class TestPendingEntries : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RedisServerProcess> m_server;
    std::unique_ptr<RedisConnection> m_redis;
    QList<QByteArray> m_ids;

    // Runs a query and waits for its answer: the entries, the total, or the error.
    struct Answer {
        QList<PendingEntry> entries;
        qint64 total = -1;
        QString error;
    };
    Answer query(const QString &group, const QString &consumer = {}, int count = 100)
    {
        PendingEntriesQuery q(m_redis.get(), u"s"_s, group, consumer, count);
        QSignalSpy finished(&q, &PendingEntriesQuery::finished);
        QSignalSpy failed(&q, &PendingEntriesQuery::failed);
        q.start();
        Answer a;
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
            a.error = u"no answer"_s;
        else if (!failed.isEmpty())
            a.error = failed.constFirst().constFirst().toString();
        else {
            a.entries = finished.constFirst().at(0).value<QList<PendingEntry>>();
            a.total = finished.constFirst().at(1).toLongLong();
        }
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestRedis::start();
        QVERIFY(m_server);
        m_redis = std::make_unique<RedisConnection>(TestRedis::endpoint(*m_server));
        m_redis->open();
        QVERIFY(TestRedis::waitReady(*m_redis));
        for (int i = 0; i < 5; ++i) {
            m_ids << TestRedis::call(*m_redis,
                {"XADD", "s", "*", "type", "incident", "action", "updated", "number", "INC" + QByteArray::number(i)})
                         .bytes();
        }
        // An incomplete entry the decoder recovers from its record: named as the stream view names
        // it, with the record's number ("sc_task:update" and no number before). The others have no
        // sys_id, so they are undecodable: named by their own fields.
        m_ids << TestRedis::call(*m_redis,
            {"XADD", "s", "*", "table", "sc_task", "operation", "update", "data",
                R"({"sys_id":"0123456789abcdef0123456789abcdef","number":{"value":"SCTASK0000042"},"state":"2"})"})
                     .bytes();
        QVERIFY(!TestRedis::call(*m_redis, {"XGROUP", "CREATE", "s", "g", "0"}).isError());
        TestRedis::call(*m_redis, {"XREADGROUP", "GROUP", "g", "alice", "COUNT", "4", "STREAMS", "s", ">"});
        TestRedis::call(*m_redis, {"XREADGROUP", "GROUP", "g", "bob", "COUNT", "2", "STREAMS", "s", ">"});
        // Alice's second entry is read again (a second delivery), the third deleted while pending.
        TestRedis::call(*m_redis, {"XCLAIM", "s", "g", "alice", "0", m_ids.at(1)});
        TestRedis::call(*m_redis, {"XDEL", "s", m_ids.at(2)});
    }

    void cleanupTestCase()
    {
        m_redis.reset();
        m_server.reset();
    }

    void wholeGroupOldestFirst()
    {
        const Answer a = query(u"g"_s);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.total, 6);
        QCOMPARE(a.entries.size(), 6);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(a.entries.at(i).id, m_ids.at(i));
        QCOMPARE(a.entries.at(0).consumer, u"alice"_s);
        QCOMPARE(a.entries.at(0).event, u"incident:updated"_s);
        QCOMPARE(a.entries.at(0).number, u"INC0"_s);
        QCOMPARE(a.entries.at(0).deliveries, 1);
        QCOMPARE(a.entries.at(1).deliveries, 2);
        QVERIFY(a.entries.at(2).deletedFromStream);
        QVERIFY(a.entries.at(2).event.isEmpty());
        QCOMPARE(a.entries.at(4).consumer, u"bob"_s);
        QCOMPARE(a.entries.at(5).event, u"sc_task:updated"_s);
        QCOMPARE(a.entries.at(5).number, u"SCTASK0000042"_s);
        QVERIFY(a.entries.at(0).idleMs >= 0);
    }

    void oneConsumerAndALimit()
    {
        const Answer bob = query(u"g"_s, u"bob"_s);
        QCOMPARE(bob.total, 2);
        QCOMPARE(bob.entries.size(), 2);
        QCOMPARE(bob.entries.at(0).id, m_ids.at(4));
        const Answer limited = query(u"g"_s, {}, 2);
        QCOMPARE(limited.total, 6); // all of them, though two are listed
        QCOMPARE(limited.entries.size(), 2);
        const Answer nobody = query(u"g"_s, u"carol"_s);
        QVERIFY(nobody.error.isEmpty());
        QCOMPARE(nobody.total, 0);
        QVERIFY(nobody.entries.isEmpty());
    }

    // The stuck ones whatever their id: XCLAIM's IDLE makes two entries idle for 10 minutes in a
    // group of their own; a 5-minute minimum lists those two, the total stays the group's.
    void onlyEntriesIdleLongEnough()
    {
        QVERIFY(!TestRedis::call(*m_redis, {"XGROUP", "CREATE", "s", "idle", "0"}).isError());
        TestRedis::call(*m_redis, {"XREADGROUP", "GROUP", "idle", "carol", "STREAMS", "s", ">"});
        QVERIFY(!TestRedis::call(
            *m_redis, {"XCLAIM", "s", "idle", "dave", "0", m_ids.at(3), m_ids.at(5), "IDLE", "600000", "JUSTID"})
                     .isError());
        PendingEntriesQuery q(m_redis.get(), u"s"_s, u"idle"_s);
        q.setMinIdleMs(300000);
        QSignalSpy finished(&q, &PendingEntriesQuery::finished);
        q.start();
        QVERIFY(finished.wait());
        const auto entries = finished.constFirst().at(0).value<QList<PendingEntry>>();
        QCOMPARE(finished.constFirst().at(1).toLongLong(), 5); // m_ids.at(2) was deleted before the read
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, m_ids.at(3));
        QCOMPARE(entries.at(1).id, m_ids.at(5));
        QCOMPARE(entries.at(0).consumer, u"dave"_s);
        QVERIFY(entries.at(0).idleMs >= 600000);
        QCOMPARE(entries.at(1).event, u"sc_task:updated"_s);
        QVERIFY(!q.moreThanListed());

        // One listed of the two that match: the query knows there are more.
        PendingEntriesQuery one(m_redis.get(), u"s"_s, u"idle"_s, {}, 1);
        one.setMinIdleMs(300000);
        QSignalSpy oneFinished(&one, &PendingEntriesQuery::finished);
        one.start();
        QVERIFY(oneFinished.wait());
        const auto listed = oneFinished.constFirst().at(0).value<QList<PendingEntry>>();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).id, m_ids.at(3));
        QVERIFY(one.moreThanListed());

        // With a consumer as well: only carol's, none of which is idle that long.
        PendingEntriesQuery carol(m_redis.get(), u"s"_s, u"idle"_s, u"carol"_s);
        carol.setMinIdleMs(300000);
        QSignalSpy carolFinished(&carol, &PendingEntriesQuery::finished);
        carol.start();
        QVERIFY(carolFinished.wait());
        QCOMPARE(carolFinished.constFirst().at(1).toLongLong(), 3);
        QVERIFY(carolFinished.constFirst().at(0).value<QList<PendingEntry>>().isEmpty());
    }

    void describedInSeveralRoundTrips()
    {
        // More entries than one describing batch: every one gets its ticket.
        QList<QByteArray> ids;
        for (int i = 0; i < PendingEntriesQuery::DescribeBatch * 2 + 5; ++i)
            ids << TestRedis::call(*m_redis,
                {"XADD", "many", "*", "type", "sc_task", "action", "created", "number",
                    "SCTASK" + QByteArray::number(i)})
                       .bytes();
        TestRedis::call(*m_redis, {"XGROUP", "CREATE", "many", "g", "0"});
        TestRedis::call(*m_redis, {"XREADGROUP", "GROUP", "g", "c", "STREAMS", "many", ">"});
        PendingEntriesQuery q(m_redis.get(), u"many"_s, u"g"_s);
        QSignalSpy finished(&q, &PendingEntriesQuery::finished);
        q.start();
        QVERIFY(finished.wait());
        const auto entries = finished.constFirst().at(0).value<QList<PendingEntry>>();
        QCOMPARE(entries.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(entries.at(i).id, ids.at(i));
            QCOMPARE(entries.at(i).number, u"SCTASK%1"_s.arg(i));
        }
    }

    void missingGroupIsOneClearError()
    {
        const Answer a = query(u"nope"_s);
        QCOMPARE(a.error, u"s has no consumer group nope"_s);
    }

    void modelShowsAndSorts()
    {
        PendingEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const Answer a = query(u"g"_s);
        model.setEntries(a.entries);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(2, PendingEntryModel::Event).data().toString(), u"(deleted from the stream)"_s);
        QVERIFY(!model.index(2, PendingEntryModel::Event).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(1, PendingEntryModel::Deliveries).data(PendingEntryModel::SortRole).toLongLong(), 2);
        // Ids sort numerically: "9-0" before "10-0".
        PendingEntry nine;
        nine.id = "9-0";
        PendingEntry ten;
        ten.id = "10-0";
        model.setEntries({ten, nine});
        QVERIFY(model.index(1, PendingEntryModel::Id).data(PendingEntryModel::SortRole).toString()
            < model.index(0, PendingEntryModel::Id).data(PendingEntryModel::SortRole).toString());
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPendingEntries)
#include "tst_pendingentries.moc"
