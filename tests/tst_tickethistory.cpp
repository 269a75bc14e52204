// The history column: appending, bounding and duplicate lookup on the stored JSON array.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "services/tickethistory.h"

using namespace Qt::StringLiterals;

namespace {

TicketChange change(const QByteArray &id, const QString &state = u"1"_s)
{
    return {id, u"updated"_s, state, u"Service \"Desk\" ç"_s, QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC)};
}

QList<QByteArray> ids(const QList<TicketChange> &changes)
{
    QList<QByteArray> out;
    for (const TicketChange &c : changes)
        out.append(c.sourceId);
    return out;
}

} // namespace

class TstTicketHistory final : public QObject {
    Q_OBJECT

private slots:
    void appendsAndReadsBackNewestFirst()
    {
        TicketHistory history;
        QVERIFY(!history.changed());
        history.append(change("1-0", u"1"_s));
        history.append(change("2-0", u"2"_s));
        QVERIFY(history.changed());
        const QByteArray json = history.toJson(50);
        QVERIFY(QJsonDocument::fromJson(json).isArray()); // valid JSON, readable with json_each()
        const QList<TicketChange> read = TicketHistory::parse(json);
        QCOMPARE(ids(read), (QList<QByteArray> {"2-0", "1-0"}));
        QCOMPARE(read.first().state, u"2"_s);
        QCOMPARE(read.first().action, u"updated"_s);
        QCOMPARE(read.first().assignmentGroup, u"Service \"Desk\" ç"_s);
        QCOMPARE(read.first().eventTime, QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
        QCOMPARE(read.first().appliedAt, QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC));
    }

    void nullIdsAndTimes()
    {
        TicketHistory history;
        history.append({QByteArray(), u"created"_s, u"1"_s, QString(), QDateTime(), QDateTime()});
        const QByteArray json = history.toJson(5);
        QCOMPARE(json, QByteArray("[[null,\"created\",\"1\",\"\",null,null]]"));
        const QList<TicketChange> read = TicketHistory::parse(json);
        QCOMPARE(read.size(), 1);
        QVERIFY(read.first().sourceId.isEmpty());
        QVERIFY(!read.first().eventTime.isValid());
        QVERIFY(!history.contains(QByteArray())); // an event without an id is never a duplicate
    }

    void boundedToTheNewest_data()
    {
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("limit");
        QTest::newRow("under the limit") << 2 << 2 << 5;
        QTest::newRow("exactly the limit") << 3 << 2 << 5;
        QTest::newRow("drops stored") << 4 << 3 << 5;
        QTest::newRow("drops all stored") << 4 << 5 << 5;
        QTest::newRow("drops added too") << 4 << 8 << 5;
        QTest::newRow("limit 1") << 3 << 2 << 1;
        QTest::newRow("nothing stored") << 0 << 7 << 3;
    }

    void boundedToTheNewest()
    {
        QFETCH(int, stored);
        QFETCH(int, added);
        QFETCH(int, limit);
        TicketHistory first;
        for (int i = 0; i < stored; ++i)
            first.append(change(QByteArray::number(i) + "-0"));
        // Stored with spaces, as another tool might write it: still read correctly.
        QByteArray json = first.toJson(100).replace(",[", ", [").replace("[[", "[ [");
        TicketHistory history(json);
        for (int i = stored; i < stored + added; ++i)
            history.append(change(QByteArray::number(i) + "-0"));
        const QList<TicketChange> read = TicketHistory::parse(history.toJson(limit));
        QList<QByteArray> expected;
        for (int i = stored + added - 1; i >= 0 && expected.size() < limit; --i)
            expected.append(QByteArray::number(i) + "-0");
        QCOMPARE(ids(read), expected);
    }

    // A stale change goes where its event time puts it, among stored and added changes alike;
    // the same millisecond is ordered by stream id; a change without a time is never passed.
    void insertsByEventTime()
    {
        const auto at = [](const QByteArray &id, qint64 ms, const QString &group = u"a, \"b\" [c]"_s) {
            return TicketChange {id, u"updated"_s, u"2"_s, group, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(9000, Qt::UTC)};
        };
        TicketHistory first;
        first.append(at("10-0", 10));
        first.append(at("30-0", 30));
        TicketHistory history(first.toJson(50)); // as loaded from the row
        QVERIFY(!history.changed());
        history.append(at("40-0", 40));
        QVERIFY(history.insertByTime(at("20-0", 20), 50));
        QVERIFY(history.changed());
        QVERIFY(history.insertByTime(at("5-0", 5), 50));
        QVERIFY(history.insertByTime(at("30-1", 30), 50)); // same millisecond, later id: after 30-0
        QVERIFY(history.insertByTime(at("99-0", 99), 50)); // newer than all: last
        QVERIFY(history.contains("20-0"));
        const QByteArray json = history.toJson(50);
        QVERIFY(QJsonDocument::fromJson(json).isArray());
        const QList<TicketChange> read = TicketHistory::parse(json);
        QCOMPARE(ids(read), (QList<QByteArray> {"99-0", "40-0", "30-1", "30-0", "20-0", "10-0", "5-0"}));
        QCOMPARE(read.at(4).assignmentGroup, u"a, \"b\" [c]"_s);

        // The bound keeps the newest: a stale change older than all of them falls off.
        QCOMPARE(ids(TicketHistory::parse(history.toJson(3))), (QList<QByteArray> {"99-0", "40-0", "30-1"}));
        // Full: one older than the oldest kept is refused and changes nothing; one within is
        // placed and the oldest goes.
        TicketHistory full(history.toJson(3));
        QVERIFY(!full.insertByTime(at("25-0", 25), 3));
        QCOMPARE(ids(TicketHistory::parse(full.toJson(3))), (QList<QByteArray> {"99-0", "40-0", "30-1"}));
        QVERIFY(full.insertByTime(at("35-0", 35), 3));
        QCOMPARE(ids(TicketHistory::parse(full.toJson(3))), (QList<QByteArray> {"99-0", "40-0", "35-0"}));
        QVERIFY(full.contains("35-0") && !full.contains("30-1"));

        TicketHistory untimed;
        untimed.append({"sse-1", u"updated"_s, u"1"_s, QString(), QDateTime(), QDateTime()});
        QVERIFY(untimed.insertByTime(at("1-0", 1), 5));
        QCOMPARE(ids(TicketHistory::parse(untimed.toJson(5))), (QList<QByteArray> {"1-0", "sse-1"}));
    }

    void containsOnlyWholeIds()
    {
        TicketHistory history(QByteArray("[[\"10-0\",\"updated\",\"1\",\"say \\\"[\\\"11-0\\\",\\\"\",1,2]]"));
        history.append(change("12-0"));
        QVERIFY(history.contains("10-0"));
        QVERIFY(history.contains("12-0"));
        QVERIFY(!history.contains("1-0"));
        QVERIFY(!history.contains("0-0"));
        QVERIFY(!history.contains("11-0")); // only inside a string
        QVERIFY(!history.contains("10"));
        // SSE ids may hold anything; they are matched as JSON strings.
        history.append(change("feed#\"a\",["));
        QVERIFY(history.contains("feed#\"a\",["));
        QVERIFY(!history.contains("feed#"));
    }

    // A re-delivery has the same id and the same event time; a reused id (an SSE backend's
    // counter after a restart) with another time is a new change. Stored and added alike, with
    // brackets in strings and the id reused more than once. Without a time, the content decides.
    void containsTheSameChange()
    {
        const auto at = [](const QByteArray &id, qint64 ms, const QString &state = u"2"_s) {
            return TicketChange {id, u"updated"_s, state, u"g ] [\"x\""_s,
                ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QDateTime()};
        };
        TicketHistory first;
        first.append(at("feed#1", 1000));
        first.append(at("feed#1", 5000));
        first.append(at("feed#2", -1));
        TicketHistory history(first.toJson(10));
        history.append(at("feed#3", 7000));
        QVERIFY(history.contains(at("feed#1", 1000)));
        QVERIFY(history.contains(at("feed#1", 5000)));
        QVERIFY(!history.contains(at("feed#1", 9000)));
        QVERIFY(!history.contains(at("feed#1", -1)));
        QVERIFY(history.contains(at("feed#2", -1))); // no time either side: the same content
        QVERIFY(!history.contains(at("feed#2", -1, u"6"_s))); // ...or another state: a new change
        TicketChange noState = at("feed#2", -1, QString());
        QVERIFY(history.contains(noState)); // what the event does not say is not compared
        noState.action = u"resolved"_s;
        QVERIFY(!history.contains(noState));
        QVERIFY(!history.contains(at("feed#2", 2000)));
        QVERIFY(history.contains(at("feed#3", 7000)));
        QVERIFY(!history.contains(at("feed#3", 7001)));
        QVERIFY(!history.contains(at(QByteArray(), -1)));
    }
};

QTEST_GUILESS_MAIN(TstTicketHistory)
#include "tst_tickethistory.moc"
