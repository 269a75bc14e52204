// DeadLetterQueue against a real redis-server: reading, replaying and deleting entries of
// <stream>:dlq, and the on-call story end to end (fix the cause, replay, the ticket arrives).
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "services/deadletterqueue.h"
#include "services/redisconnection.h"
#include "services/streamconsumer.h"
#include "services/streamentry.h"
#include "services/ticketstore.h"
#include "tests/support/testredis.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray Stream = "changes";
const QByteArray Dlq = "changes:dlq";

using Fields = QList<QPair<QByteArray, QByteArray>>;

// A dead letter as StreamConsumer writes it: the original fields, then the dlq_* ones.
RespWriter::Command deadLetterCommand(
    const Fields &original, const QByteArray &code, const QByteArray &sourceId, const QByteArray &id = "*")
{
    RespWriter::Command c {"XADD", Dlq, id};
    for (const auto &[name, value] : original)
        c << name << value;
    c << "dlq_reason"
      << "reason for " + code << "dlq_reason_code" << code << "dlq_source_stream" << Stream << "dlq_source_id"
      << sourceId << "dlq_consumer"
      << "c1"
      << "dlq_time"
      << "2025-01-15T10:30:01.234Z";
    return c;
}

Fields originalFields(int i)
{
    // A value with bytes that must survive as they are: NUL, newline, UTF-8, not valid JSON.
    return {{"type", "incident"}, {"action", "updated"}, {"sys_id", QByteArray::number(i, 16).rightJustified(32, '0')},
        {"number", "INC" + QByteArray::number(i)},
        {"data", QByteArray("{\"a\":\"ção\n", 10) + QByteArray(1, '\0') + "x"}};
}

} // namespace

class TestDeadLetterQueue : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RedisServerProcess> m_server;
    std::unique_ptr<RedisConnection> m_redis;

    QList<StreamEntry> range(const QByteArray &key)
    {
        return StreamEntry::listFromReply(TestRedis::call(*m_redis, {"XRANGE", key, "-", "+"}));
    }
    QByteArray add(const RespWriter::Command &command) { return TestRedis::call(*m_redis, command).bytes(); }
    // Many XADDs in one write (thousands of entries in a few ms).
    bool addAll(const QList<RespWriter::Command> &commands)
    {
        bool written = false;
        m_redis->batch(commands, this, [&](const QList<RedisReply> &) { written = true; });
        return QTest::qWaitFor([&] { return written; }, 20000);
    }

    // Runs an operation and waits for its result.
    DeadLetterQueue::Result runAndWait(DeadLetterQueue &queue, const std::function<bool()> &start)
    {
        QSignalSpy finished(&queue, &DeadLetterQueue::finished);
        QSignalSpy failed(&queue, &DeadLetterQueue::failed);
        if (!start()) {
            qWarning("the operation did not start");
            return {};
        }
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000) || !failed.isEmpty()) {
            qWarning() << "no result:" << (failed.isEmpty() ? QVariant() : failed.constFirst().constFirst());
            return {};
        }
        return finished.constFirst().constFirst().value<DeadLetterQueue::Result>();
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

    void parsesWhatTheConsumerWrites()
    {
        StreamEntry e;
        e.id = "5-1";
        e.fields = {{"type", "incident"}, {"dlq_reason", "data is not JSON"}, {"dlq_reason_code", "bad_json"},
            {"number", "INC1"}, {"dlq_source_stream", "changes"}, {"dlq_source_id", "4-0"}, {"dlq_consumer", "c1"},
            {"dlq_time", "2025-01-15T10:30:01.234Z"}, {"dlq_deliveries", "6"}, {"dlq_future_field", "x"}};
        const DeadLetter d = DeadLetter::fromEntry(e);
        QCOMPARE(d.id, QByteArray("5-1"));
        QCOMPARE(d.original, (Fields {{"type", "incident"}, {"number", "INC1"}}));
        QCOMPARE(d.reason, QStringLiteral("data is not JSON"));
        QCOMPARE(d.reasonCode, QStringLiteral("bad_json"));
        QCOMPARE(d.sourceStream, QStringLiteral("changes"));
        QCOMPARE(d.sourceId, QByteArray("4-0"));
        QCOMPARE(d.consumer, QStringLiteral("c1"));
        QCOMPARE(d.time, QDateTime(QDate(2025, 1, 15), QTime(10, 30, 1, 234), Qt::UTC));
        QCOMPARE(d.deliveries, 6);
        QCOMPARE(d.originalValue("number"), QByteArray("INC1"));
        QVERIFY(d.isReplayable());
        QVERIFY(!DeadLetter::fromEntry(StreamEntry {"6-0", {{"dlq_reason", "gone"}}}).isReplayable());
    }

    void fetchesNewestFirstWithTheTotal()
    {
        QList<QByteArray> ids;
        for (int i = 0; i < 5; ++i)
            ids << add(deadLetterCommand(originalFields(i), "bad_json", "1-" + QByteArray::number(i)));
        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        QCOMPARE(queue.key(), QStringLiteral("changes:dlq"));
        QSignalSpy fetched(&queue, &DeadLetterQueue::fetched);
        QVERIFY(queue.fetch(3));
        QVERIFY(!queue.fetch(3)); // one operation at a time
        QVERIFY(fetched.wait());
        const auto list = fetched.constFirst().at(0).value<QList<DeadLetter>>();
        QCOMPARE(fetched.constFirst().at(1).toLongLong(), 5);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, ids.at(4));
        QCOMPARE(list.at(2).id, ids.at(2));
        QCOMPARE(list.at(0).original, originalFields(4));
    }

    void replayPutsTheOriginalFieldsBackByteForByte()
    {
        const QByteArray a = add(deadLetterCommand(originalFields(1), "bad_json", "1-0"));
        const QByteArray b = add(deadLetterCommand(originalFields(2), "too_many_deliveries", "1-1"));
        const QByteArray emptyOne = add({"XADD", Dlq, "*", "dlq_reason", "deleted while pending", "dlq_reason_code",
            "too_many_deliveries", "dlq_source_id", "1-2"});
        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        const DeadLetterQueue::Result r = runAndWait(queue, [&] {
            return queue.run(DeadLetterQueue::Operation::Replay, {a, "99-0", emptyOne});
        });
        QCOMPARE(r.done, 1);
        QCOMPARE(r.missing, 1);
        QCOMPARE(r.empty, 1);
        QCOMPARE(r.replayedAs.size(), 1);
        QCOMPARE(r.replayedAs.constFirst().first, a);

        const QList<StreamEntry> stream = range(Stream);
        QCOMPARE(stream.size(), 1);
        QCOMPARE(stream.constFirst().id, r.replayedAs.constFirst().second);
        QCOMPARE(stream.constFirst().fields, originalFields(1));
        const QList<StreamEntry> dlq = range(Dlq);
        QCOMPARE(dlq.size(), 2); // b untouched, the empty one left in place
        QCOMPARE(dlq.at(0).id, b);
        QCOMPARE(dlq.at(1).id, emptyOne);

        // Replaying the same id again finds nothing: an entry is replayed once.
        const DeadLetterQueue::Result again =
            runAndWait(queue, [&] { return queue.run(DeadLetterQueue::Operation::Replay, {a}); });
        QCOMPARE(again.done, 0);
        QCOMPARE(again.missing, 1);
        QCOMPARE(range(Stream).size(), 1);
    }

    void rejectsIdsThatAreNotStreamIds()
    {
        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        QVERIFY(!queue.run(DeadLetterQueue::Operation::Replay, {"1-0", "nope"}));
        QVERIFY(!queue.isBusy());
    }

    void onlyWholeIdsAndOldestFirst()
    {
        // Three entries in one millisecond: a bare "ms" would match all three in XRANGE but
        // XDEL only ms-0, replaying the second again on every run.
        for (int seq = 0; seq < 3; ++seq)
            QCOMPARE(add(deadLetterCommand(originalFields(seq), "bad_json", "1-0", "5000-" + QByteArray::number(seq))),
                "5000-" + QByteArray::number(seq));
        QVERIFY(!DeadLetterQueue::isEntryId("5000"));
        QVERIFY(DeadLetterQueue::isEntryId("5000-1"));
        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        QVERIFY(!queue.run(DeadLetterQueue::Operation::Replay, {"5000"}));

        // Given newest first (a view's order), replayed oldest first: their order in the stream
        // is the order they had.
        const DeadLetterQueue::Result r = runAndWait(queue, [&] {
            return queue.run(DeadLetterQueue::Operation::Replay, {"5000-2", "5000-0", "5000-1", "5000-2"});
        });
        QCOMPARE(r.done, 3);
        const QList<StreamEntry> stream = range(Stream);
        QCOMPARE(stream.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(stream.at(i).fields, originalFields(i));
    }

    void anEntryTheServerRefusesStaysAndTheOthersGo()
    {
        // Over 4,000 fields: more than a script can pass to XADD. It is reported, left in place,
        // and the entries after it are replayed all the same.
        const QByteArray before = add(deadLetterCommand(originalFields(1), "bad_json", "1-0"));
        Fields many;
        for (int i = 0; i < 5000; ++i)
            many.append({"f" + QByteArray::number(i), "v"});
        const QByteArray big = add(deadLetterCommand(many, "bad_json", "1-1"));
        const QByteArray after = add(deadLetterCommand(originalFields(2), "bad_json", "1-2"));
        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        const DeadLetterQueue::Result r =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Replay); });
        QCOMPARE(r.done, 2);
        QCOMPARE(r.failed, 1);
        QVERIFY2(r.firstFailure.startsWith(QString::fromLatin1(big) + u": too many fields (5000)"_s),
            qPrintable(r.firstFailure));
        QCOMPARE(r.replayedAs.at(0).first, before);
        QCOMPARE(r.replayedAs.at(1).first, after);
        const QList<StreamEntry> left = range(Dlq);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().id, big);

        // A target that is not a stream: every entry refused, named, none lost.
        TestRedis::call(*m_redis, {"DEL", Stream});
        TestRedis::call(*m_redis, {"SET", Stream, "not a stream"});
        add(deadLetterCommand(originalFields(3), "bad_json", "1-3"));
        const DeadLetterQueue::Result refused =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Replay); });
        QCOMPARE(refused.done, 0);
        QCOMPARE(refused.failed, 2);
        QCOMPARE(range(Dlq).size(), 2);
    }

    void fetchFindsOneReasonPastThePageAndCutsValues()
    {
        // The only too_large entry is the oldest, behind more than a scan page of others.
        Fields heavy = originalFields(0);
        heavy.append({"data", QByteArray(300 * 1024, 'x')});
        const QByteArray wanted = add(deadLetterCommand(heavy, "too_large", "1-0"));
        QList<RespWriter::Command> commands;
        for (int i = 0; i < DeadLetterQueue::ScanPage + 20; ++i)
            commands << deadLetterCommand(originalFields(i), "bad_json", "1-0");
        QVERIFY(addAll(commands));

        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        QSignalSpy fetched(&queue, &DeadLetterQueue::fetched);
        QVERIFY(queue.fetch(10, u"too_large"_s, 1024));
        QVERIFY(fetched.wait());
        const auto list = fetched.constFirst().at(0).value<QList<DeadLetter>>();
        QCOMPARE(fetched.constFirst().at(1).toLongLong(), qint64(DeadLetterQueue::ScanPage + 21));
        QCOMPARE(list.size(), 1);
        const DeadLetter &d = list.constFirst();
        QCOMPARE(d.id, wanted);
        QCOMPARE(d.original.constLast().first, QByteArray("data"));
        QCOMPARE(d.original.constLast().second.size(), 1024);
        QCOMPARE(d.fullSize(d.original.size() - 1), qsizetype(300 * 1024));
        QCOMPARE(d.original.constFirst(), originalFields(0).constFirst()); // short values whole

        // A cut never splits a UTF-8 sequence.
        DeadLetter utf8;
        utf8.original = {{"d", QByteArray("ab\xc3\xa7", 4)}}; // "abç"
        utf8.cutValues(3);
        QCOMPARE(utf8.original.constFirst().second, QByteArray("ab"));
        QCOMPARE(utf8.fullSize(0), 4);
    }

    void deleteRemovesOnlyTheGivenIds()
    {
        const QByteArray a = add(deadLetterCommand(originalFields(1), "bad_json", "1-0"));
        const QByteArray b = add(deadLetterCommand(originalFields(2), "bad_json", "1-1"));
        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        const DeadLetterQueue::Result r = runAndWait(queue, [&] {
            return queue.run(DeadLetterQueue::Operation::Delete, {a, "99-0"});
        });
        QCOMPARE(r.operation, DeadLetterQueue::Operation::Delete);
        QCOMPARE(r.done, 1);
        QCOMPARE(r.missing, 1);
        const QList<StreamEntry> dlq = range(Dlq);
        QCOMPARE(dlq.size(), 1);
        QCOMPARE(dlq.constFirst().id, b);
        QVERIFY(range(Stream).isEmpty());
    }

    void runAllPagesThroughOneReasonOnly()
    {
        // More than two pages, two reasons interleaved.
        const int n = DeadLetterQueue::ScanPage * 2 + 37;
        QList<RespWriter::Command> commands;
        for (int i = 0; i < n; ++i)
            commands << deadLetterCommand(originalFields(i), i % 3 == 0 ? "too_large" : "bad_json", "1-0");
        QVERIFY(addAll(commands));
        const int tooLarge = (n + 2) / 3;

        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        QSignalSpy progress(&queue, &DeadLetterQueue::progress);
        const DeadLetterQueue::Result r =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Replay, u"too_large"_s); });
        QCOMPARE(r.done, tooLarge);
        QCOMPARE(r.missing, 0);
        QVERIFY(!r.canceled);
        QCOMPARE(range(Stream).size(), tooLarge);
        const QList<StreamEntry> left = range(Dlq);
        QCOMPARE(left.size(), n - tooLarge);
        for (const StreamEntry &e : left)
            QCOMPARE(e.value("dlq_reason_code"), QByteArray("bad_json"));
        // Progress ends at the total it announced.
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(n));
        QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(n));

        const DeadLetterQueue::Result all =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Delete); });
        QCOMPARE(all.done, n - tooLarge);
        QVERIFY(range(Dlq).isEmpty());
        // An empty dead-letter stream is a run that does nothing.
        const DeadLetterQueue::Result none =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Replay); });
        QCOMPARE(none.done, 0);
    }

    void cancelStopsAfterTheChunkUnderWay()
    {
        const int n = DeadLetterQueue::ChunkSize * 3;
        QList<RespWriter::Command> commands;
        for (int i = 0; i < n; ++i)
            commands << deadLetterCommand(originalFields(i), "bad_json", "1-0");
        QVERIFY(addAll(commands));

        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        connect(&queue, &DeadLetterQueue::progress, &queue, [&queue](qint64 done) {
            if (done > 0)
                queue.cancel();
        });
        const DeadLetterQueue::Result r =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Replay); });
        // The first chunk is the first page's (FirstPage entries, before their weight is known).
        QVERIFY(r.canceled);
        QCOMPARE(r.done, DeadLetterQueue::FirstPage);
        QCOMPARE(range(Stream).size(), DeadLetterQueue::FirstPage);
        QCOMPARE(range(Dlq).size(), n - DeadLetterQueue::FirstPage);
    }

    // Pages and chunks follow the entries' weight: a run over 1 MiB entries never sends the server
    // a command that touches more than about PageBytes of them (or one entry).
    void pagesAndChunksStayNearPageBytes()
    {
        QList<RespWriter::Command> commands;
        Fields heavy = originalFields(0);
        heavy.append({"data", QByteArray(1024 * 1024, 'x')});
        for (int i = 0; i < 300; ++i) // small ones first, so a page sized by them meets big ones
            commands << deadLetterCommand(originalFields(i), "bad_json", "1-0");
        for (int i = 0; i < 40; ++i)
            commands << deadLetterCommand(heavy, "too_large", "1-0");
        QVERIFY(addAll(commands));
        TestRedis::call(*m_redis, {"CONFIG", "SET", "slowlog-log-slower-than", "0"});
        TestRedis::call(*m_redis, {"SLOWLOG", "RESET"});

        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        const DeadLetterQueue::Result r =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Replay, u"too_large"_s); });
        QCOMPARE(r.done, 40);
        // Every EVAL replayed at most PageBytes / 1 MiB = 4 entries of 1 MiB (its ids are the
        // arguments after the script, the two keys and the prefix); every XRANGE page asked for
        // at most ScanPage entries.
        const RedisReply log = TestRedis::call(*m_redis, {"SLOWLOG", "GET", "1000"});
        int evals = 0;
        for (const RedisReply &entry : log.elements()) {
            const RedisReply &args = entry.at(3);
            const QByteArray verb = args.at(0).bytes().toUpper();
            if (verb == "EVAL") {
                ++evals;
                QVERIFY2(args.size() - 5 <= 4, qPrintable(QString::number(args.size() - 5)));
            } else if (verb == "XRANGE" && args.size() == 6) { // a page (the test's own reads have no COUNT)
                QVERIFY(args.at(5).bytes().toInt() <= DeadLetterQueue::ScanPage);
            }
        }
        QVERIFY(evals >= 10);
        TestRedis::call(*m_redis, {"CONFIG", "SET", "slowlog-log-slower-than", "10000"});
    }

    // A replay whose entries fail again adds new dead letters while it runs: the run stops at the
    // newest entry there was when it started, so it never chases its own tail.
    void runAllLeavesWhatArrivesMeanwhile()
    {
        const int n = DeadLetterQueue::ChunkSize + 10;
        QList<RespWriter::Command> commands;
        for (int i = 0; i < n; ++i)
            commands << deadLetterCommand(originalFields(i), "bad_json", "1-0");
        QVERIFY(addAll(commands));

        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        QByteArray lateId;
        bool added = false;
        // Queued on the same connection before the queue's next command: it is there when the
        // second page is read.
        connect(&queue, &DeadLetterQueue::progress, this, [&] {
            if (added)
                return;
            added = true;
            m_redis->command(deadLetterCommand(originalFields(9999), "bad_json", "2-0"), this,
                [&](const RedisReply &reply) { lateId = reply.bytes(); });
        });
        const DeadLetterQueue::Result r =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Replay); });
        QVERIFY(!lateId.isEmpty());
        QCOMPARE(r.done, n);
        const QList<StreamEntry> left = range(Dlq);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().id, lateId);
    }

    // The on-call story: entries too large for the processor's limit are dead-lettered; the limit
    // is raised, they are replayed, and the tickets arrive in the store with the group clean.
    void replayedEntriesAreProcessedOnceTheCauseIsFixed()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("t.sqlite"));
        for (int i = 0; i < 6; ++i) {
            const QByteArray record = QJsonDocument(QJsonObject {{u"sys_updated_on"_s, u"2025-01-15 10:00:00"_s},
                                                        {u"description"_s, QString(i % 2 ? 3000 : 10, u'x')}})
                                          .toJson(QJsonDocument::Compact);
            add({"XADD", Stream, "*", "type", "incident", "action", "created", "sys_id",
                QByteArray::number(i, 16).rightJustified(32, '0'), "number", "INC" + QByteArray::number(i), "state",
                "1", "timestamp", "2025-01-15T10:00:00Z", "data", record});
        }
        StreamConsumer::Config c;
        c.endpoint = TestRedis::endpoint(*m_server);
        c.stream = QString::fromUtf8(Stream);
        c.group = u"g"_s;
        c.consumer = u"c1"_s;
        c.mode = StreamConsumer::Mode::Process;
        c.startId = "0";
        c.blockMs = 100;
        c.storePath = store;
        c.maxEntryBytes = 2000; // too small: the three big entries are dead-lettered
        {
            StreamConsumer consumer(c);
            consumer.start();
            QTRY_COMPARE_WITH_TIMEOUT(consumer.counters().acked, 6, 10000);
            QCOMPARE(consumer.counters().deadLettered, 3);
        }
        QCOMPARE(range(Dlq).size(), 3);

        DeadLetterQueue queue(m_redis.get(), QString::fromUtf8(Stream));
        const DeadLetterQueue::Result r =
            runAndWait(queue, [&] { return queue.runAll(DeadLetterQueue::Operation::Replay, u"too_large"_s); });
        QCOMPARE(r.done, 3);
        QVERIFY(range(Dlq).isEmpty());

        c.maxEntryBytes = 1024 * 1024; // the fix
        StreamConsumer consumer(c);
        consumer.start();
        QTRY_COMPARE_WITH_TIMEOUT(consumer.counters().acked, 3, 10000);
        QCOMPARE(consumer.counters().applied, 3);
        QCOMPARE(consumer.counters().deadLettered, 0);
        consumer.stop();
        QTRY_VERIFY(consumer.state() != StreamConsumer::State::Stopping);
        TicketStore reader;
        QVERIFY(reader.open(store, nullptr));
        QCOMPARE(reader.count(), 6);
        QVERIFY(range(Dlq).isEmpty());
        const RedisReply pending = TestRedis::call(*m_redis, {"XPENDING", Stream, "g"});
        QCOMPARE(pending.at(0).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterQueue)
#include "tst_deadletterqueue.moc"
