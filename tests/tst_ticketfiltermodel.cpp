#include <functional>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include "models/ticketfiltermodel.h"
#include "models/ticketmodel.h"
#include "services/statetable.h"
#include "tests/support/modelsignals.h"

using namespace Qt::StringLiterals;

namespace {

using Predicate = std::function<bool(const Ticket &)>;

QString sysIdFor(int i)
{
    return u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
}

Ticket makeTicket(int i, const QString &type, const QString &state, const QString &priority, const QString &group,
    const QString &description)
{
    Ticket t;
    t.sysId = sysIdFor(i);
    t.type = type;
    const QString prefix = type == u"incident" ? u"INC"_s : type == u"change_task" ? u"CTASK"_s : u"SCTASK"_s;
    t.number = prefix + u"%1"_s.arg(i, 7, 10, QLatin1Char('0'));
    t.state = state;
    t.priority = priority;
    t.assignmentGroup = group;
    t.shortDescription = description;
    t.sysUpdatedOn =
        QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).addSecs(i * 37).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return t;
}

// A small, varied set: every type, open and closed states, several groups and descriptions.
QList<Ticket> sampleTickets()
{
    return {
        makeTicket(1, u"incident"_s, u"1"_s, u"1"_s, u"Service Desk"_s, u"VPN down for the Recife office"_s),
        makeTicket(2, u"incident"_s, u"2"_s, u"3"_s, u"Network Ops"_s, u"Slow wifi on floor 3"_s),
        makeTicket(3, u"incident"_s, u"6"_s, u"2"_s, u"Network Ops"_s, u"vpn certificate expired"_s),
        makeTicket(4, u"incident"_s, u"7"_s, u"4"_s, u"Service Desk"_s, u"Printer jam"_s),
        makeTicket(5, u"incident"_s, u"8"_s, u"5"_s, u"Databases"_s, u"Duplicate of INC0000003"_s),
        makeTicket(12, u"change_task"_s, u"1"_s, u"3"_s, u"Network Ops"_s, u"Replace core switch"_s),
        makeTicket(13, u"change_task"_s, u"3"_s, u"2"_s, u"Databases"_s, u"Apply Postgres minor upgrade"_s),
        makeTicket(14, u"change_task"_s, u"8"_s, u"3"_s, u"Databases"_s, u"Rollback test"_s),
        makeTicket(21, u"sc_task"_s, u"2"_s, u"4"_s, u"Service Desk"_s, u"New laptop for João"_s),
        makeTicket(22, u"sc_task"_s, u"4"_s, u"4"_s, u"Service Desk"_s, u"VPN token request"_s),
        makeTicket(23, u"sc_task"_s, u"7"_s, u"5"_s, u"Access Management"_s, u"Grant VPN access"_s),
    };
}

QStringList proxyNumbers(const QAbstractItemModel &proxy)
{
    QStringList numbers;
    for (int row = 0; row < proxy.rowCount(); ++row)
        numbers << proxy.index(row, TicketModel::Number).data().toString();
    return numbers;
}

QStringList expectedNumbers(const QList<Ticket> &tickets, const Predicate &accept)
{
    QStringList numbers;
    for (const Ticket &t : tickets) {
        if (accept(t))
            numbers << t.number;
    }
    return numbers;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool isClosed(const Ticket &t)
{
    static const StateTable states = StateTable::defaults();
    return states.isClosed(t.type, t.state);
}

// Everything a test needs: source and proxy, each watched by a tester from the start.
struct Fixture {
    TicketModel model;
    TicketFilterModel proxy;
    QAbstractItemModelTester modelTester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester {&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture() { proxy.setSourceModel(&model); }
};

} // namespace

class TestTicketFilterModel final : public QObject {
    Q_OBJECT

private slots:
    void defaultsShowEverything();
    void types();
    void severalStates();
    void hideClosed();
    void group();
    void search_data();
    void search();
    void combinations();
    void followsSourceChanges();
    void stateTableChangeRefilters();
    void sortPriorityNumeric();
    void sortStateNumeric();
    void sortUpdatedLexicographic();
    void batchedChangesKeepUp();
};

void TestTicketFilterModel::defaultsShowEverything()
{
    Fixture f;
    QVERIFY(f.proxy.showClosed());
    QVERIFY(f.proxy.types().isEmpty());
    QVERIFY(f.proxy.states().isEmpty());
    const QList<Ticket> tickets = sampleTickets();
    f.model.upsert(tickets);
    QCOMPARE(f.proxy.rowCount(), tickets.size());
}

void TestTicketFilterModel::types()
{
    Fixture f;
    const QList<Ticket> tickets = sampleTickets();
    f.model.upsert(tickets);

    f.proxy.setTypes({u"incident"_s});
    QCOMPARE(sorted(proxyNumbers(f.proxy)),
        sorted(expectedNumbers(tickets, [](const Ticket &t) { return t.type == u"incident"; })));
    f.proxy.setTypes({u"change_task"_s, u"sc_task"_s});
    QCOMPARE(sorted(proxyNumbers(f.proxy)),
        sorted(expectedNumbers(tickets, [](const Ticket &t) { return t.type != u"incident"; })));
    f.proxy.setTypes({u"problem"_s});
    QCOMPARE(f.proxy.rowCount(), 0);
    f.proxy.setTypes({});
    QCOMPARE(f.proxy.rowCount(), tickets.size());
}

void TestTicketFilterModel::severalStates()
{
    Fixture f;
    const QList<Ticket> tickets = sampleTickets();
    f.model.upsert(tickets);

    f.proxy.setStates({u"1"_s, u"2"_s});
    const QStringList expected =
        expectedNumbers(tickets, [](const Ticket &t) { return t.state == u"1" || t.state == u"2"; });
    QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted(expected));
    QCOMPARE(expected.size(), 4); // the sample has two of each, across types

    f.proxy.setStates({u"8"_s});
    QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted({u"INC0000005"_s, u"CTASK0000014"_s}));
    f.proxy.setStates({u"99"_s});
    QCOMPARE(f.proxy.rowCount(), 0);

    // One type's state: code 8 of change tasks only, and any type's 1 alongside it.
    f.proxy.setStates({TicketFilterModel::stateKey(u"change_task"_s, u"8"_s)});
    QCOMPARE(proxyNumbers(f.proxy), QStringList {u"CTASK0000014"_s});
    f.proxy.setStates({TicketFilterModel::stateKey(u"change_task"_s, u"8"_s), u"1"_s});
    QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted(expectedNumbers(tickets, [](const Ticket &t) {
        return (t.type == u"change_task" && t.state == u"8") || t.state == u"1";
    })));

    f.proxy.setStates({});
    QCOMPARE(f.proxy.rowCount(), tickets.size());
}

void TestTicketFilterModel::hideClosed()
{
    Fixture f;
    const QList<Ticket> tickets = sampleTickets();
    f.model.upsert(tickets);

    f.proxy.setShowClosed(false);
    QCOMPARE(
        sorted(proxyNumbers(f.proxy)), sorted(expectedNumbers(tickets, [](const Ticket &t) { return !isClosed(t); })));
    // Resolved, closed and canceled incidents and closed tasks are all hidden.
    QVERIFY(!proxyNumbers(f.proxy).contains(u"INC0000003"_s));
    QVERIFY(!proxyNumbers(f.proxy).contains(u"CTASK0000014"_s));
    QVERIFY(!proxyNumbers(f.proxy).contains(u"SCTASK0000023"_s));
    QVERIFY(proxyNumbers(f.proxy).contains(u"CTASK0000013"_s));
    f.proxy.setShowClosed(true);
    QCOMPARE(f.proxy.rowCount(), tickets.size());
}

void TestTicketFilterModel::group()
{
    Fixture f;
    const QList<Ticket> tickets = sampleTickets();
    f.model.upsert(tickets);

    f.proxy.setAssignmentGroup(u"Databases"_s);
    QCOMPARE(sorted(proxyNumbers(f.proxy)),
        sorted(expectedNumbers(tickets, [](const Ticket &t) { return t.assignmentGroup == u"Databases"; })));
    QCOMPARE(f.proxy.rowCount(), 3);
    // The group filter is an exact choice (from a list), unlike the search.
    f.proxy.setAssignmentGroup(u"Data"_s);
    QCOMPARE(f.proxy.rowCount(), 0);
    f.proxy.setAssignmentGroup({});
    QCOMPARE(f.proxy.rowCount(), tickets.size());
}

void TestTicketFilterModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("full number") << u"INC0000002"_s << QStringList {u"INC0000002"_s};
    QTest::newRow("number, lower case") << u"sctask0000021"_s << QStringList {u"SCTASK0000021"_s};
    QTest::newRow("number digits") << u"000001"_s
                                   << QStringList {
                                          u"INC0000001"_s, u"CTASK0000012"_s, u"CTASK0000013"_s, u"CTASK0000014"_s};
    QTest::newRow("description, any case")
        << u"vPn"_s << QStringList {u"INC0000001"_s, u"INC0000003"_s, u"SCTASK0000022"_s, u"SCTASK0000023"_s};
    QTest::newRow("description with accents") << u"JOÃO"_s << QStringList {u"SCTASK0000021"_s};
    QTest::newRow("number inside a description") << u"inc0000003"_s << QStringList {u"INC0000003"_s, u"INC0000005"_s};
    QTest::newRow("group") << u"access man"_s << QStringList {u"SCTASK0000023"_s};
    QTest::newRow("group, partial") << u"network"_s
                                    << QStringList {u"INC0000002"_s, u"INC0000003"_s, u"CTASK0000012"_s};
    QTest::newRow("surrounding spaces ignored") << u"  printer  "_s << QStringList {u"INC0000004"_s};
    QTest::newRow("no match") << u"kubernetes"_s << QStringList {};
}

void TestTicketFilterModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    Fixture f;
    f.model.upsert(sampleTickets());
    f.proxy.setSearchText(text);
    QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted(expected));
    f.proxy.setSearchText({});
    QCOMPARE(f.proxy.rowCount(), sampleTickets().size());
}

void TestTicketFilterModel::combinations()
{
    Fixture f;
    const QList<Ticket> tickets = sampleTickets();
    f.model.upsert(tickets);

    f.proxy.setTypes({u"incident"_s, u"sc_task"_s});
    f.proxy.setSearchText(u"vpn"_s);
    QCOMPARE(sorted(proxyNumbers(f.proxy)),
        sorted({u"INC0000001"_s, u"INC0000003"_s, u"SCTASK0000022"_s, u"SCTASK0000023"_s}));
    f.proxy.setShowClosed(false);
    QCOMPARE(proxyNumbers(f.proxy), QStringList {u"INC0000001"_s});

    f.proxy.setShowClosed(true);
    f.proxy.setAssignmentGroup(u"Service Desk"_s);
    QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted({u"INC0000001"_s, u"SCTASK0000022"_s}));
    f.proxy.setStates({u"4"_s, u"7"_s});
    QCOMPARE(proxyNumbers(f.proxy), QStringList {u"SCTASK0000022"_s});

    // Every filter at once against a predicate written out independently.
    f.proxy.setSearchText({});
    f.proxy.setStates({u"1"_s, u"2"_s, u"7"_s});
    f.proxy.setShowClosed(false);
    QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted(expectedNumbers(tickets, [](const Ticket &t) {
        return (t.type == u"incident" || t.type == u"sc_task")
            && (t.state == u"1" || t.state == u"2" || t.state == u"7") && !isClosed(t)
            && t.assignmentGroup == u"Service Desk";
    })));
}

void TestTicketFilterModel::followsSourceChanges()
{
    Fixture f;
    f.proxy.setShowClosed(false);
    f.proxy.setTypes({u"incident"_s});
    f.model.upsert(sampleTickets());
    QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted({u"INC0000001"_s, u"INC0000002"_s}));

    QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
    // INC0000002 is resolved: it leaves the proxy.
    const int leavingRow = int(proxyNumbers(f.proxy).indexOf(u"INC0000002"_s));
    f.model.upsert({makeTicket(2, u"incident"_s, u"6"_s, u"3"_s, u"Network Ops"_s, u"Slow wifi on floor 3"_s)});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), leavingRow);
    QCOMPARE(removed.at(0).at(2).toInt(), leavingRow);
    QCOMPARE(proxyNumbers(f.proxy), QStringList {u"INC0000001"_s});

    // INC0000004 is reopened and a new incident arrives: both enter, a new change task does not.
    f.model.upsert({makeTicket(4, u"incident"_s, u"2"_s, u"4"_s, u"Service Desk"_s, u"Printer jam"_s),
        makeTicket(40, u"incident"_s, u"1"_s, u"2"_s, u"Service Desk"_s, u"Mail bounces"_s),
        makeTicket(41, u"change_task"_s, u"1"_s, u"2"_s, u"Service Desk"_s, u"Patch mail relay"_s)});
    QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted({u"INC0000001"_s, u"INC0000004"_s, u"INC0000040"_s}));
    int insertedRows = 0;
    for (const QList<QVariant> &args : std::as_const(inserted))
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    QCOMPARE(insertedRows, 2);
}

void TestTicketFilterModel::stateTableChangeRefilters()
{
    Fixture f;
    f.proxy.setShowClosed(false);
    f.model.upsert(sampleTickets());
    QVERIFY(proxyNumbers(f.proxy).contains(u"CTASK0000013"_s));

    // This instance treats task state 3 as closed: the model says so and the proxy follows.
    StateTable states = StateTable::defaults();
    QString error;
    QVERIFY2(states.applyOverrides(R"({"change_task": {"3": {"closed": true}}})", &error), qPrintable(error));
    f.model.setStateTable(states);
    QVERIFY(!proxyNumbers(f.proxy).contains(u"CTASK0000013"_s));
    QVERIFY(proxyNumbers(f.proxy).contains(u"CTASK0000012"_s));
}

void TestTicketFilterModel::sortPriorityNumeric()
{
    Fixture f;
    f.model.upsert({makeTicket(1, u"incident"_s, u"1"_s, u"3"_s, {}, {}),
        makeTicket(2, u"incident"_s, u"1"_s, QString(), {}, {}), makeTicket(3, u"incident"_s, u"1"_s, u"1"_s, {}, {}),
        makeTicket(4, u"incident"_s, u"1"_s, u"5"_s, {}, {}), makeTicket(5, u"incident"_s, u"1"_s, u"2"_s, {}, {})});
    f.proxy.sort(TicketModel::Priority, Qt::AscendingOrder);
    // By number, and a ticket without a priority after all the others.
    QCOMPARE(proxyNumbers(f.proxy),
        QStringList({u"INC0000003"_s, u"INC0000005"_s, u"INC0000001"_s, u"INC0000004"_s, u"INC0000002"_s}));
    f.proxy.sort(TicketModel::Priority, Qt::DescendingOrder);
    QCOMPARE(proxyNumbers(f.proxy),
        QStringList({u"INC0000002"_s, u"INC0000004"_s, u"INC0000001"_s, u"INC0000005"_s, u"INC0000003"_s}));

    // Dynamic: a ticket whose priority changes moves.
    f.proxy.sort(TicketModel::Priority, Qt::AscendingOrder);
    f.model.upsert({makeTicket(4, u"incident"_s, u"1"_s, u"1"_s, {}, {})});
    QCOMPARE(sorted(proxyNumbers(f.proxy).mid(0, 2)), sorted({u"INC0000003"_s, u"INC0000004"_s}));
}

void TestTicketFilterModel::sortStateNumeric()
{
    Fixture f;
    f.model.upsert({makeTicket(1, u"incident"_s, u"18"_s, u"3"_s, {}, {}),
        makeTicket(2, u"incident"_s, u"2"_s, u"3"_s, {}, {}), makeTicket(3, u"sc_task"_s, u"-5"_s, u"3"_s, {}, {}),
        makeTicket(4, u"incident"_s, u"6"_s, u"3"_s, {}, {}), makeTicket(5, u"incident"_s, u"10"_s, u"3"_s, {}, {})});
    f.proxy.sort(TicketModel::State, Qt::AscendingOrder);
    // Text order would be -5, 10, 18, 2, 6.
    QCOMPARE(proxyNumbers(f.proxy),
        QStringList({u"SCTASK0000003"_s, u"INC0000002"_s, u"INC0000004"_s, u"INC0000005"_s, u"INC0000001"_s}));
}

void TestTicketFilterModel::sortUpdatedLexicographic()
{
    Fixture f;
    QList<Ticket> tickets;
    // The usual form sorts by a number (TicketModel::updatedKey), anything else by its text: the
    // order must be the text's either way, mixed pairs included.
    const QStringList times {u"2024-05-01 10:00:00"_s, u"2024-04-30 23:59:59"_s, u"2024-05-01 09:00:00"_s,
        u"2023-12-31 12:00:00"_s, u"2024-05-01 10:00:01"_s, u"2024-05-01T09:30:00"_s, u"2024-05-01 09:30"_s, u""_s,
        u"2024-05-01 1O:00:00"_s, u"2024-13-01 00:00:00"_s};
    for (int i = 0; i < times.size(); ++i) {
        Ticket t = makeTicket(i + 1, u"incident"_s, u"1"_s, u"3"_s, {}, {});
        t.sysUpdatedOn = times.at(i);
        tickets << t;
    }
    f.model.upsert(tickets);
    f.proxy.sort(TicketModel::Updated, Qt::DescendingOrder);
    QStringList shown;
    for (int row = 0; row < f.proxy.rowCount(); ++row)
        shown << f.proxy.index(row, TicketModel::Updated).data().toString();
    QStringList expected = times;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(shown, expected);
    QCOMPARE(proxyNumbers(f.proxy).constFirst(), u"INC0000010"_s); // "2024-13-..." is the greatest text
    QCOMPARE(proxyNumbers(f.proxy).constLast(), u"INC0000008"_s); // empty
    QCOMPARE(f.model.updatedKey(0), Q_INT64_C(20240501100000));
    QCOMPARE(f.model.updatedKey(5), -1);
    QCOMPARE(TicketModel::updatedKey(u"2024-05-01 1O:00:00"_s), -1);
}

void TestTicketFilterModel::batchedChangesKeepUp()
{
    // Testers on both models throughout (the 100,000-row run in tst_ticketmodel drops them
    // after the first batches: they walk every cell on every signal). Sparse changes make many
    // small dataChanged ranges: the model must write each range just before its signal, or
    // the sorting proxy, placing each range among rows it believes unchanged, ends unsorted
    // (it did, at this size, before TicketModel::upsert wrote rows run by run).
    constexpr int Total = 1500;
    constexpr int Batch = 500;
    const QStringList types {u"incident"_s, u"change_task"_s, u"sc_task"_s};
    const auto generate = [&](int i, int generation) {
        const QString type = types.at(i % 3);
        const QStringList codes = type == u"incident" ? QStringList {u"1"_s, u"2"_s, u"6"_s, u"7"_s}
                                                      : QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s};
        return makeTicket(i, type, codes.at((i + generation) % codes.size()), QString::number(1 + (i + generation) % 5),
            u"Group %1"_s.arg(i % 4), u"Item %1"_s.arg(i));
    };

    Fixture f;
    f.proxy.setShowClosed(false);
    f.proxy.setTypes({u"incident"_s, u"change_task"_s});
    f.proxy.sort(TicketModel::Priority);
    QList<Ticket> current;
    const Predicate accept = [](const Ticket &t) { return t.type != u"sc_task" && !isClosed(t); };
    const auto check = [&]() {
        QCOMPARE(sorted(proxyNumbers(f.proxy)), sorted(expectedNumbers(current, accept)));
        for (int row = 1; row < f.proxy.rowCount(); ++row) {
            QVERIFY2(f.proxy.index(row - 1, 0).data(TicketModel::PriorityRole).toInt()
                    <= f.proxy.index(row, 0).data(TicketModel::PriorityRole).toInt(),
                qPrintable(u"proxy row %1 of %2 out of order"_s.arg(row).arg(f.proxy.rowCount())));
        }
    };
    for (int from = 0; from < Total; from += Batch) {
        QList<Ticket> batch;
        for (int i = from; i < from + Batch; ++i)
            batch << generate(i, 0);
        f.model.upsert(batch);
        current += batch;
        check();
        if (QTest::currentTestFailed())
            return;
    }
    for (int generation = 1; generation <= 2; ++generation) {
        for (int from = 0; from < Total; from += Batch) {
            QList<Ticket> batch;
            // Every third ticket of the range changes: sparse dataChanged ranges.
            for (int i = from; i < from + Batch; i += 3) {
                batch << generate(i, generation);
                current[i] = batch.constLast();
            }
            f.model.upsert(batch);
            check();
            if (QTest::currentTestFailed())
                return;
        }
    }
}

QTEST_GUILESS_MAIN(TestTicketFilterModel)
#include "tst_ticketfiltermodel.moc"
