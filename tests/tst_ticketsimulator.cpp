// TicketSimulator (pure: determinism, counts, the contract, the expected end state through the
// real decoder and store) and SimulatorPublisher against a real redis-server.
#include <algorithm>
#include <cmath>
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "services/eventdecoder.h"
#include "services/redisconnection.h"
#include "services/simulatorpublisher.h"
#include "services/streamentry.h"
#include "services/ticketsimulator.h"
#include "services/ticketstore.h"
#include "tests/support/testredis.h"

using namespace Qt::StringLiterals;

namespace {

struct Generated {
    QList<TicketSimulator::Fields> entries;
    QList<bool> malformed; // per entry, as the simulator says
    QHash<QString, TicketSimulator::Expected> expected;
    QJsonObject summary;
};

Generated generate(const TicketSimulator::Options &options)
{
    Generated out;
    TicketSimulator simulator(options);
    while (const auto fields = simulator.next()) {
        out.entries.append(*fields);
        out.malformed.append(simulator.lastWasMalformed());
    }
    out.expected = simulator.expected();
    out.summary = simulator.summary();
    return out;
}

StreamEntry toEntry(const TicketSimulator::Fields &fields, qsizetype index)
{
    StreamEntry entry;
    entry.id = QByteArray::number(1709539200000 + index) + "-0";
    entry.fields = fields;
    return entry;
}

// Decodes every entry; the malformed ones must fail, the others must decode.
bool decodeAll(const Generated &generated, QList<TicketEvent> *events, QHash<QString, int> *reasons)
{
    for (qsizetype i = 0; i < generated.entries.size(); ++i) {
        const EventDecoder::Result result = EventDecoder::decode(toEntry(generated.entries.at(i), i));
        if (result.ok() == generated.malformed.at(i)) {
            qWarning() << "entry" << i << (result.ok() ? "decoded but is malformed" : "failed:") << result.reason
                       << generated.entries.at(i).first();
            return false;
        }
        if (result.ok())
            events->append(*result.event);
        else if (reasons)
            ++(*reasons)[result.reasonCode];
    }
    return true;
}

// Applies in batches, as the processor does, and returns the store's tickets keyed by sys_id.
bool applyAll(const QList<TicketEvent> &events, QHash<QString, Ticket> *tickets, int *stale)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    TicketStore store;
    QString error;
    if (!store.open(dir.filePath(u"tickets.sqlite"_s), &error)) {
        qWarning() << "open:" << error;
        return false;
    }
    constexpr qsizetype Batch = 400;
    for (qsizetype i = 0; i < events.size(); i += Batch) {
        const TicketStore::BatchResult result = store.apply(events.mid(i, Batch));
        if (!result.ok) {
            qWarning() << "apply:" << result.error;
            return false;
        }
        *stale += result.stale;
    }
    const QList<Ticket> all = store.tickets();
    for (const Ticket &t : all)
        tickets->insert(t.sysId, t);
    return true;
}

// The store's view of the tickets, in the --expect shape.
QHash<QString, TicketSimulator::Expected> asExpected(const QHash<QString, Ticket> &tickets)
{
    QHash<QString, TicketSimulator::Expected> out;
    for (const Ticket &t : tickets)
        out.insert(t.sysId, {t.number, t.type, t.state, t.priority, t.assignmentGroup});
    return out;
}

// Names the first difference, so a failure says which ticket and field.
QString firstDifference(
    const QHash<QString, TicketSimulator::Expected> &actual, const QHash<QString, TicketSimulator::Expected> &expected)
{
    if (actual.size() != expected.size())
        return u"%1 tickets, expected %2"_s.arg(actual.size()).arg(expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            return u"missing %1 (%2)"_s.arg(it.key(), it->number);
        const TicketSimulator::Expected &a = actual.value(it.key());
        if (!(a == *it)) {
            return u"%1: got %2 %3 state %4 priority %5 group %6, expected %7 %8 state %9 priority %10 group %11"_s
                .arg(
                    it.key(), a.number, a.type, a.state, a.priority, a.assignmentGroup, it->number, it->type, it->state)
                .arg(it->priority, it->assignmentGroup);
        }
    }
    return {};
}

TicketSimulator::Options options(int tickets, int events, quint32 seed, double malformed = 0.0)
{
    TicketSimulator::Options o;
    o.tickets = tickets;
    o.events = events;
    o.seed = seed;
    o.malformed = malformed;
    return o;
}

QByteArray field(const TicketSimulator::Fields &fields, const QByteArray &name)
{
    for (const auto &f : fields) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

RedisConnection::Options connectionOptions()
{
    RedisConnection::Options o;
    o.role = u"test-sim"_s;
    o.autoReconnect = false;
    return o;
}

} // namespace

class TestTicketSimulator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameEntries()
    {
        const auto o = options(40, 800, 7, 0.05);
        const Generated a = generate(o);
        const Generated b = generate(o);
        QCOMPARE(a.entries.size(), 800);
        QCOMPARE(a.entries, b.entries);
        QCOMPARE(a.malformed, b.malformed);
        QCOMPARE(a.expected, b.expected);
        QCOMPARE(a.summary, b.summary);
        QCOMPARE(TicketSimulator::expectedToJson(a.expected), TicketSimulator::expectedToJson(b.expected));
    }

    void differentSeedDifferentEntries()
    {
        const Generated a = generate(options(40, 400, 7));
        const Generated b = generate(options(40, 400, 8));
        QVERIFY(a.entries != b.entries);
        const QList<QString> idsA = a.expected.keys();
        const QList<QString> idsB = b.expected.keys();
        const QSet<QString> setB(idsB.cbegin(), idsB.cend());
        QVERIFY(std::none_of(idsA.cbegin(), idsA.cend(), [&setB](const QString &id) { return setB.contains(id); }));
    }

    void counts_data()
    {
        QTest::addColumn<int>("tickets");
        QTest::addColumn<int>("events");
        QTest::addColumn<double>("malformed");
        QTest::newRow("no malformed") << 10 << 100 << 0.0;
        QTest::newRow("one percent") << 100 << 1000 << 0.01;
        QTest::newRow("ten percent") << 50 << 3000 << 0.1;
        QTest::newRow("fewer events than tickets") << 200 << 150 << 0.0;
        QTest::newRow("events below twice the tickets") << 100 << 170 << 0.02;
        QTest::newRow("half malformed") << 30 << 500 << 0.5;
        QTest::newRow("all malformed") << 5 << 20 << 1.0;
        QTest::newRow("tiny") << 3 << 7 << 0.3;
        QTest::newRow("nothing") << 5 << 0 << 0.1;
    }

    void counts()
    {
        QFETCH(int, tickets);
        QFETCH(int, events);
        QFETCH(double, malformed);
        TicketSimulator simulator(options(tickets, events, 11, malformed));
        int made = 0;
        int flagged = 0;
        while (simulator.next()) {
            ++made;
            flagged += simulator.lastWasMalformed() ? 1 : 0;
        }
        QCOMPARE(made, events);
        QVERIFY(simulator.atEnd());
        QVERIFY(!simulator.next().has_value());
        QCOMPARE(simulator.produced(), events);

        const QJsonObject summary = simulator.summary();
        QCOMPARE(summary.value(u"events"_s).toInt(), events);
        const int malformedCount = summary.value(u"malformed"_s).toInt();
        QCOMPARE(malformedCount, flagged);
        QVERIFY2(std::abs(malformedCount - static_cast<int>(std::lround(events * malformed))) <= 1,
            qPrintable(u"%1 malformed of %2"_s.arg(malformedCount).arg(events)));

        // Every valid event is counted once by type, by action and by event name.
        const int valid = events - malformedCount;
        const auto total = [](const QJsonObject &counts) {
            int sum = 0;
            for (const QJsonValue &v : counts)
                sum += v.toInt();
            return sum;
        };
        QCOMPARE(total(summary.value(u"by_type"_s).toObject()), valid);
        QCOMPARE(total(summary.value(u"by_action"_s).toObject()), valid);
        QCOMPARE(total(summary.value(u"by_event"_s).toObject()), valid);

        // Every ticket is created (and only tickets that fit in the valid events exist).
        const int expectedTickets = std::min(tickets, valid);
        QCOMPARE(simulator.expected().size(), expectedTickets);
        QCOMPARE(summary.value(u"tickets"_s).toInt(), expectedTickets);
        QCOMPARE(summary.value(u"by_action"_s).toObject().value(u"created"_s).toInt(), expectedTickets);
    }

    void entriesFollowTheContract()
    {
        // Enough malformed entries (200) for every case, including the oversized ones.
        const Generated g = generate(options(150, 4000, 3, 0.05));
        QList<TicketEvent> events;
        QHash<QString, int> reasons;
        QVERIFY(decodeAll(g, &events, &reasons));
        QCOMPARE(events.size() + g.summary.value(u"malformed"_s).toInt(), g.entries.size());

        // Every undecodable case of docs/event-format.md except "empty" (XADD cannot write that).
        for (const QString &code :
            {u"too_large"_s, u"bad_json"_s, u"no_sys_id"_s, u"bad_sys_id"_s, u"sys_id_mismatch"_s, u"no_type"_s}) {
            QVERIFY2(reasons.value(code) > 0, qPrintable(code));
        }
        QVERIFY2(reasons.value(u"too_large"_s) <= 3, "oversized entries are heavy: only a handful");
        QVERIFY(reasons.value(u"too_large"_s) * 20 <= g.summary.value(u"malformed"_s).toInt());

        // Layouts: the complete one in the agreed field order, and the table/operation one.
        const QList<QByteArray> complete = {"type", "action", "sys_id", "number", "state", "assignment_group",
            "short_description", "timestamp", "data"};
        const QList<QByteArray> incomplete = {"table", "sys_id", "operation", "timestamp", "data"};
        int completeCount = 0;
        int incompleteCount = 0;
        int displayCount = 0;
        QSet<QByteArray> rawTypes;
        for (qsizetype i = 0; i < g.entries.size(); ++i) {
            if (g.malformed.at(i))
                continue;
            QList<QByteArray> names;
            for (const auto &f : g.entries.at(i))
                names.append(f.first);
            if (names == complete) {
                ++completeCount;
                rawTypes.insert(field(g.entries.at(i), "type"));
            } else {
                QCOMPARE(names, incomplete);
                ++incompleteCount;
            }
            if (field(g.entries.at(i), "data").contains("\"display_value\""))
                ++displayCount;
            const QString timestamp = QString::fromLatin1(field(g.entries.at(i), "timestamp"));
            const QDateTime stamp = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
            QVERIFY(stamp.isValid());
            QCOMPARE(stamp.timeSpec(), Qt::UTC);
            QCOMPARE(stamp.toString(Qt::ISODateWithMs), timestamp);
        }
        QVERIFY(completeCount > incompleteCount);
        QVERIFY(incompleteCount > 0);
        QVERIFY(displayCount > 0 && displayCount < events.size());
        for (const char *type : {"incident", "change_task", "ctask", "sc_task", "sctask"})
            QVERIFY2(rawTypes.contains(type), type);

        // Per ticket: created first, unique number of the right shape, strictly increasing
        // sys_updated_on, states of the type's table, realistic movement.
        static const QRegularExpression numberShape(u"^(INC|CTASK|SCTASK)\\d{7}$"_s);
        static const QRegularExpression sysIdShape(u"^[0-9a-f]{32}$"_s);
        const QHash<QString, QSet<QString>> allowedStates = {
            {u"incident"_s, {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s}},
            {u"change_task"_s, {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"7"_s, u"8"_s}},
            {u"sc_task"_s, {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"7"_s}},
        };
        const QHash<QString, QString> prefixes = {
            {u"incident"_s, u"INC"_s}, {u"change_task"_s, u"CTASK"_s}, {u"sc_task"_s, u"SCTASK"_s}};
        QHash<QString, TicketEvent> last;
        QHash<QString, QSet<QString>> groupsOf;
        QHash<QString, QString> numberOwner;
        QSet<QString> groups;
        QSet<QString> priorities;
        QHash<QString, int> byEvent;
        QSet<QString> finalIncidentStates;
        for (const TicketEvent &e : std::as_const(events)) {
            ++byEvent[e.eventName()];
            QVERIFY2(sysIdShape.match(e.sysId).hasMatch(), qPrintable(e.sysId));
            QVERIFY2(numberShape.match(e.number).hasMatch(), qPrintable(e.number));
            QVERIFY(e.number.startsWith(prefixes.value(e.type)));
            QVERIFY2(allowedStates.value(e.type).contains(e.state), qPrintable(e.type + u' ' + e.state));
            // The decoder's normalised form (through QDateTime) is exactly what the record says.
            QVERIFY(!e.sysUpdatedOn.isEmpty());
            QCOMPARE(e.sysUpdatedOn, e.record.sysUpdatedOn);
            QVERIFY(e.record.sysCreatedOn <= e.sysUpdatedOn);
            QVERIFY(!e.shortDescription.isEmpty());
            QVERIFY(!e.assignmentGroup.isEmpty());
            const int priority = e.priority.toInt();
            QVERIFY(priority >= 1 && priority <= 5);
            priorities.insert(e.priority);
            groups.insert(e.assignmentGroup);
            groupsOf[e.sysId].insert(e.assignmentGroup);
            QCOMPARE(numberOwner.value(e.number, e.sysId), e.sysId);
            numberOwner.insert(e.number, e.sysId);
            if (!last.contains(e.sysId)) {
                QCOMPARE(e.action, u"created"_s);
                QCOMPARE(e.state, u"1"_s);
            } else {
                QVERIFY(e.action != u"created");
                QVERIFY2(last.value(e.sysId).sysUpdatedOn < e.sysUpdatedOn, qPrintable(e.number));
                QCOMPARE(last.value(e.sysId).number, e.number);
                QCOMPARE(last.value(e.sysId).type, e.type);
            }
            if (e.action == u"resolved")
                QVERIFY(e.type == u"incident" && e.state == u"6");
            if (e.action == u"completed")
                QVERIFY(e.type != u"incident" && (e.state == u"4" || e.state == u"7" || e.state == u"8"));
            last.insert(e.sysId, e);
        }
        for (const TicketEvent &e : std::as_const(last)) {
            if (e.type == u"incident")
                finalIncidentStates.insert(e.state);
        }
        QCOMPARE(last.size(), 150);
        QVERIFY(groups.size() >= 12);
        QVERIFY(priorities.size() >= 4);
        QVERIFY(std::any_of(groupsOf.cbegin(), groupsOf.cend(), [](const QSet<QString> &s) { return s.size() > 1; }));
        QVERIFY(finalIncidentStates.contains(u"7"_s));
        QVERIFY(finalIncidentStates.contains(u"6"_s) || finalIncidentStates.contains(u"8"_s));
        for (const QString &name : {u"incident:created"_s, u"incident:updated"_s, u"incident:resolved"_s,
                 u"change_task:completed"_s, u"sc_task:completed"_s, u"incident:synced"_s, u"incident:slm_updated"_s}) {
            QVERIFY2(byEvent.value(name) > 0, qPrintable(name));
        }

        // The summary counts what the decoder reads.
        const QJsonObject summaryByEvent = g.summary.value(u"by_event"_s).toObject();
        QCOMPARE(summaryByEvent.size(), byEvent.size());
        for (auto it = byEvent.cbegin(); it != byEvent.cend(); ++it)
            QCOMPARE(summaryByEvent.value(it.key()).toInt(), it.value());

        // expected() is each ticket's last decoded event.
        QCOMPARE(g.expected.size(), last.size());
        for (const TicketEvent &e : std::as_const(last)) {
            const TicketSimulator::Expected x = g.expected.value(e.sysId);
            QCOMPARE(x.number, e.number);
            QCOMPARE(x.type, e.type);
            QCOMPARE(x.state, e.state);
            QCOMPARE(x.priority, e.priority);
            QCOMPARE(x.assignmentGroup, e.assignmentGroup);
        }
    }

    void clockCrossesDateBoundaries_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 28), QTime(23, 59, 0), QTimeZone::utc());
        QTest::newRow("new year") << QDateTime(QDate(2023, 12, 31), QTime(23, 59, 0), QTimeZone::utc());
        QTest::newRow("other zone") << QDateTime(QDate(2025, 3, 1), QTime(20, 59, 0), QTimeZone(-3 * 3600));
    }

    // The simulator formats dates itself (for speed): QDateTime must read back the same instants.
    void clockCrossesDateBoundaries()
    {
        QFETCH(QDateTime, start);
        auto o = options(5, 200, 9);
        o.start = start;
        TicketSimulator simulator(o);
        QString previous;
        while (const auto fields = simulator.next()) {
            const auto result = EventDecoder::decode(toEntry(*fields, simulator.produced()));
            QVERIFY(result.ok());
            const TicketEvent &e = *result.event;
            const QString raw = e.record.sysUpdatedOn;
            QCOMPARE(e.sysUpdatedOn, raw);
            QVERIFY(e.sysUpdatedOn > previous);
            const QDateTime updated = QDateTime(QDate::fromString(raw.left(10), Qt::ISODate),
                QTime::fromString(raw.mid(11), Qt::ISODate), QTimeZone::utc());
            QVERIFY(updated.isValid());
            QVERIFY(updated > start);
            QVERIFY(e.timestamp.isValid());
            QCOMPARE(e.timestamp.toSecsSinceEpoch(), updated.toSecsSinceEpoch()); // same second, plus milliseconds
            previous = e.sysUpdatedOn;
        }
        QCOMPARE(simulator.clock().toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), previous);
        QVERIFY(start.secsTo(simulator.clock()) >= 200); // at least 1 second per event...
        QVERIFY(start.secsTo(simulator.clock()) <= 3 * 200); // ...at most 3
    }

    void expectedToJson()
    {
        const Generated g = generate(options(20, 200, 5));
        const QJsonObject json = TicketSimulator::expectedToJson(g.expected);
        QCOMPARE(json.size(), g.expected.size());
        for (auto it = g.expected.cbegin(); it != g.expected.cend(); ++it) {
            const QJsonObject t = json.value(it.key()).toObject();
            QCOMPARE(t.size(), 5);
            QCOMPARE(t.value(u"number"_s).toString(), it->number);
            QCOMPARE(t.value(u"type"_s).toString(), it->type);
            QCOMPARE(t.value(u"state"_s).toString(), it->state);
            QCOMPARE(t.value(u"priority"_s).toString(), it->priority);
            QCOMPARE(t.value(u"assignment_group"_s).toString(), it->assignmentGroup);
        }
    }

    void storeInOrderEqualsExpected()
    {
        const Generated g = generate(options(300, 6000, 21, 0.01));
        QList<TicketEvent> events;
        QVERIFY(decodeAll(g, &events, nullptr));
        QHash<QString, Ticket> tickets;
        int stale = 0;
        QVERIFY(applyAll(events, &tickets, &stale));
        QCOMPARE(stale, 0);
        const QString difference = firstDifference(asExpected(tickets), g.expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void storeShuffledEqualsExpected()
    {
        const Generated g = generate(options(300, 6000, 22, 0.01));
        QList<TicketEvent> events;
        QVERIFY(decodeAll(g, &events, nullptr));
        QRandomGenerator shuffler(99);
        std::shuffle(events.begin(), events.end(), shuffler);
        QHash<QString, Ticket> tickets;
        int stale = 0;
        QVERIFY(applyAll(events, &tickets, &stale));
        QVERIFY(stale > 0); // the order was really scrambled, and the store refused to regress
        const QString difference = firstDifference(asExpected(tickets), g.expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void publishesEverything()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection connection(TestRedis::endpoint(*server), connectionOptions());
        connection.open();
        QVERIFY(TestRedis::waitReady(connection));

        const auto o = options(500, 5000, 31, 0.01);
        SimulatorPublisher publisher(&connection, u"servicenow:changes"_s, o);
        QSignalSpy finished(&publisher, &SimulatorPublisher::finished);
        QSignalSpy failed(&publisher, &SimulatorPublisher::failed);
        QSignalSpy progress(&publisher, &SimulatorPublisher::progress);
        publisher.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(publisher.published(), 5000);
        QVERIFY(!publisher.isRunning());
        QCOMPARE(progress.constLast().at(0).toInt(), 5000);
        QCOMPARE(progress.constLast().at(1).toInt(), 5000);

        const RedisReply length = TestRedis::call(connection, {"XLEN", "servicenow:changes"});
        QCOMPARE(length.toInteger(), 5000);

        // What landed is exactly what the simulator makes, in order.
        const Generated g = generate(o);
        const RedisReply range = TestRedis::call(connection, {"XRANGE", "servicenow:changes", "-", "+"}, 30000);
        QVERIFY2(!range.isError(), qPrintable(range.errorMessage()));
        const QList<StreamEntry> stored = StreamEntry::listFromReply(range);
        QCOMPARE(stored.size(), g.entries.size());
        for (qsizetype i = 0; i < stored.size(); ++i)
            QCOMPARE(stored.at(i).fields, g.entries.at(i));
        QCOMPARE(publisher.simulator().expected(), g.expected);
    }

    void pacedRunReportsMonotonicProgress()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection connection(TestRedis::endpoint(*server), connectionOptions());
        connection.open();
        QVERIFY(TestRedis::waitReady(connection));

        SimulatorPublisher publisher(&connection, u"paced"_s, options(20, 100, 41));
        publisher.setRate(200);
        QSignalSpy finished(&publisher, &SimulatorPublisher::finished);
        QSignalSpy progress(&publisher, &SimulatorPublisher::progress);
        publisher.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(progress.count() >= 2); // paced over about half a second: several reports
        int previous = 0;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            QVERIFY(args.at(0).toInt() > previous);
            QCOMPARE(args.at(1).toInt(), 100);
            previous = args.at(0).toInt();
        }
        QCOMPARE(previous, 100);
        QCOMPARE(TestRedis::call(connection, {"XLEN", "paced"}).toInteger(), 100);
    }

    void errorReplyFails()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection connection(TestRedis::endpoint(*server), connectionOptions());
        connection.open();
        QVERIFY(TestRedis::waitReady(connection));
        QVERIFY(TestRedis::call(connection, {"SET", "not-a-stream", "x"}).isStatus());

        SimulatorPublisher publisher(&connection, u"not-a-stream"_s, options(10, 100, 1));
        QSignalSpy finished(&publisher, &SimulatorPublisher::finished);
        QSignalSpy failed(&publisher, &SimulatorPublisher::failed);
        publisher.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.constFirst().at(0).toString().contains(u"WRONGTYPE"_s),
            qPrintable(failed.constFirst().at(0).toString()));
        QVERIFY(!publisher.isRunning());
        QCOMPARE(finished.count(), 0);
    }

    void connectionLossFails()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection connection(TestRedis::endpoint(*server), connectionOptions());
        connection.open();
        QVERIFY(TestRedis::waitReady(connection));

        SimulatorPublisher publisher(&connection, u"gone"_s, options(10, 1000, 1));
        publisher.setRate(100);
        QSignalSpy failed(&publisher, &SimulatorPublisher::failed);
        QSignalSpy progress(&publisher, &SimulatorPublisher::progress);
        publisher.start();
        QVERIFY(progress.wait(10000));
        server.reset(); // the server goes away mid-run
        QVERIFY(failed.wait(10000));
        QVERIFY(!publisher.isRunning());
        QVERIFY(publisher.published() < 1000);
    }

    void loopStartsFreshRuns()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection connection(TestRedis::endpoint(*server), connectionOptions());
        connection.open();
        QVERIFY(TestRedis::waitReady(connection));

        const auto o = options(10, 60, 50);
        SimulatorPublisher publisher(&connection, u"sandbox"_s, o);
        publisher.setLoop(true);
        QSignalSpy finished(&publisher, &SimulatorPublisher::finished);
        publisher.start();
        QTRY_VERIFY_WITH_TIMEOUT(publisher.runs() >= 2, 20000);
        publisher.stop();
        QVERIFY(!publisher.isRunning());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(publisher.simulator().options().seed, o.seed + static_cast<quint32>(publisher.runs()));
        const qint64 length = TestRedis::call(connection, {"XLEN", "sandbox"}).toInteger();
        QVERIFY(length >= 120);

        // The second run is seed + 1: new tickets, later clock.
        const Generated first = generate(o);
        auto second = o;
        second.seed = o.seed + 1;
        const RedisReply range = TestRedis::call(connection, {"XRANGE", "sandbox", "-", "+", "COUNT", "120"});
        const QList<StreamEntry> stored = StreamEntry::listFromReply(range);
        QCOMPARE(stored.size(), 120);
        for (qsizetype i = 0; i < 60; ++i)
            QCOMPARE(stored.at(i).fields, first.entries.at(i));
        const QByteArray firstId = field(first.entries.constFirst(), "sys_id");
        const QByteArray secondId = field(stored.at(60).fields, "sys_id");
        QVERIFY(firstId != secondId);
        const QList<QString> ids = first.expected.keys();
        QVERIFY(!ids.contains(QString::fromLatin1(secondId)));
    }
};

QTEST_GUILESS_MAIN(TestTicketSimulator)
#include "tst_ticketsimulator.moc"
