#include <memory>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "models/ticketfiltermodel.h"
#include "models/ticketmodel.h"
#include "services/statetable.h"
#include "tests/support/modelsignals.h"

using namespace Qt::StringLiterals;

namespace {

QString sysIdFor(int i)
{
    return u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
}

QString prefixOf(const QString &type)
{
    if (type == u"incident")
        return u"INC"_s;
    if (type == u"change_task")
        return u"CTASK"_s;
    return u"SCTASK"_s;
}

Ticket makeTicket(int i, const QString &type = u"incident"_s, const QString &state = u"1"_s,
    const QString &priority = u"3"_s, const QString &group = u"Service Desk"_s)
{
    Ticket t;
    t.sysId = sysIdFor(i);
    t.type = type;
    t.number = prefixOf(type) + u"%1"_s.arg(i, 7, 10, QLatin1Char('0'));
    t.state = state;
    t.priority = priority;
    t.assignmentGroup = group;
    t.shortDescription = u"Ticket %1 about the VPN"_s.arg(i);
    t.sysUpdatedOn = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).addSecs(i).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    t.lastAction = u"created"_s;
    return t;
}

QList<Ticket> makeTickets(int from, int count)
{
    QList<Ticket> list;
    for (int i = from; i < from + count; ++i)
        list << makeTicket(i);
    return list;
}

} // namespace

class TestTicketModel final : public QObject {
    Q_OBJECT

private slots:
    void resetFills();
    void upsertAppendsOneRange();
    void sameNewTicketTwiceInsertsOneRow();
    void knownTicketTwiceChangesOneRow();
    void mixedBatch();
    void changedRowRanges_data();
    void changedRowRanges();
    void languageSwitchesStateLabels();
    void stateTableOverride();
    void roles();
    void headers();
    void clear();
    void largeUpsertWithProxy();
};

void TestTicketModel::resetFills()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy ticketsChanged(&model, &TicketModel::ticketsChanged);

    const QList<Ticket> tickets = makeTickets(0, 10);
    model.reset(tickets);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(ticketsChanged.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), int(TicketModel::ColumnCount));
    for (int row = 0; row < tickets.size(); ++row) {
        QCOMPARE(model.rowOf(tickets.at(row).sysId), row);
        QCOMPARE(model.index(row, TicketModel::Number).data().toString(), tickets.at(row).number);
        QCOMPARE(model.ticketAt(row).sysId, tickets.at(row).sysId);
    }
    QCOMPARE(model.rowOf(sysIdFor(999)), -1);

    // A second reset replaces everything: the old ids are gone.
    model.reset(makeTickets(100, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(tickets.at(0).sysId), -1);
    QCOMPARE(model.rowOf(sysIdFor(101)), 1);
}

void TestTicketModel::upsertAppendsOneRange()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.upsert(makeTickets(0, 3));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 2}}));
    model.upsert(makeTickets(3, 4));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 2}, {3, 6}}));
    QCOMPARE(rowRanges(inserted), QList<Range>({{0, 2}, {3, 6}}));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.rowOf(sysIdFor(6)), 6);

    // An empty batch says nothing.
    QSignalSpy ticketsChanged(&model, &TicketModel::ticketsChanged);
    model.upsert({});
    QCOMPARE(aboutToInsert.count(), 2);
    QCOMPARE(ticketsChanged.count(), 0);
}

void TestTicketModel::sameNewTicketTwiceInsertsOneRow()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(makeTickets(0, 2));
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Ticket first = makeTicket(10, u"incident"_s, u"1"_s);
    Ticket again = makeTicket(10, u"incident"_s, u"2"_s);
    again.lastAction = u"updated"_s;
    model.upsert({first, makeTicket(11), again});

    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{2, 3}}));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 4);
    const int row = model.rowOf(first.sysId);
    QCOMPARE(row, 2);
    QCOMPARE(model.rowOf(sysIdFor(11)), 3);
    // The later copy in the batch wins.
    QCOMPARE(model.index(row, 0).data(TicketModel::StateCodeRole).toString(), u"2"_s);
    QCOMPARE(model.index(row, TicketModel::LastAction).data().toString(), u"updated"_s);
}

void TestTicketModel::knownTicketTwiceChangesOneRow()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(makeTickets(0, 10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);

    model.upsert({makeTicket(4, u"incident"_s, u"2"_s), makeTicket(4, u"incident"_s, u"6"_s)});
    QCOMPARE(changedRows(changed, TicketModel::ColumnCount), QList<Range>({{4, 4}}));
    QCOMPARE(aboutToInsert.count(), 0);
    QCOMPARE(model.index(4, 0).data(TicketModel::StateCodeRole).toString(), u"6"_s);
    QCOMPARE(model.index(4, 0).data(TicketModel::ClosedRole).toBool(), true);
}

void TestTicketModel::mixedBatch()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(makeTickets(0, 5));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy ticketsChanged(&model, &TicketModel::ticketsChanged);

    model.upsert(
        {makeTicket(1, u"incident"_s, u"2"_s), makeTicket(50), makeTicket(3, u"incident"_s, u"3"_s), makeTicket(51)});
    QCOMPARE(changedRows(changed, TicketModel::ColumnCount), QList<Range>({{1, 1}, {3, 3}}));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{5, 6}}));
    QCOMPARE(ticketsChanged.count(), 1);
    QCOMPARE(model.rowOf(sysIdFor(50)), 5);
    QCOMPARE(model.rowOf(sysIdFor(51)), 6);
    QCOMPARE(model.index(3, 0).data(TicketModel::StateCodeRole).toString(), u"3"_s);
}

void TestTicketModel::changedRowRanges_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("updated"); // rows to update, in batch order (duplicates allowed)
    QTest::addColumn<QList<Range>>("expected");

    QTest::newRow("one row") << 20 << QList<int> {7} << QList<Range> {{7, 7}};
    QTest::newRow("sparse, unsorted, duplicates merged into runs")
        << 20 << QList<int> {16, 3, 2, 10, 4, 15, 3} << QList<Range> {{2, 4}, {10, 10}, {15, 16}};
    QTest::newRow("first and last rows") << 20 << QList<int> {19, 0} << QList<Range> {{0, 0}, {19, 19}};
    QTest::newRow("exactly half is not most")
        << 10 << QList<int> {0, 2, 4, 6, 8} << QList<Range> {{0, 0}, {2, 2}, {4, 4}, {6, 6}, {8, 8}};
    QTest::newRow("most rows: one wide signal") << 10 << QList<int> {1, 3, 4, 6, 8, 9} << QList<Range> {{1, 9}};
    QTest::newRow("every row") << 6 << QList<int> {5, 4, 3, 2, 1, 0} << QList<Range> {{0, 5}};
}

void TestTicketModel::changedRowRanges()
{
    QFETCH(int, rows);
    QFETCH(QList<int>, updated);
    QFETCH(QList<Range>, expected);

    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(makeTickets(0, rows));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);

    QList<Ticket> batch;
    for (int row : std::as_const(updated))
        batch << makeTicket(row, u"incident"_s, u"2"_s, u"1"_s);
    model.upsert(batch);

    QCOMPARE(changedRows(changed, TicketModel::ColumnCount), expected);
    QCOMPARE(aboutToInsert.count(), 0);
    for (int row : std::as_const(updated))
        QCOMPARE(model.index(row, 0).data(TicketModel::PriorityRole).toInt(), 1);
}

void TestTicketModel::languageSwitchesStateLabels()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert({makeTicket(0, u"incident"_s, u"6"_s), makeTicket(1, u"change_task"_s, u"8"_s),
        makeTicket(2, u"sc_task"_s, u"3"_s)});
    const auto label = [&model](int row) { return model.index(row, TicketModel::State).data().toString(); };

    QCOMPARE(label(0), u"Resolved"_s);
    QCOMPARE(label(1), u"Closed Incomplete"_s);
    QCOMPARE(label(2), u"Work in Progress"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"pt_BR"_s);
    QCOMPARE(label(0), u"Resolvido"_s);
    QCOMPARE(label(1), u"Fechado Incompleto"_s);
    QCOMPARE(label(2), u"Em Execução"_s);
    // One signal: the state column of every row, display text only.
    QCOMPARE(changed.count(), 1);
    const QList<QVariant> args = changed.takeFirst();
    QCOMPARE(args.at(0).value<QModelIndex>(), model.index(0, TicketModel::State));
    QCOMPARE(args.at(1).value<QModelIndex>(), model.index(2, TicketModel::State));
    QCOMPARE(args.at(2).value<QList<int>>(), QList<int> {Qt::DisplayRole});

    model.setLanguage(u"en"_s);
    QCOMPARE(label(0), u"Resolved"_s);
}

void TestTicketModel::stateTableOverride()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert({makeTicket(0, u"incident"_s, u"18"_s), makeTicket(1, u"sc_task"_s, u"-5"_s),
        makeTicket(2, u"incident"_s, u"42"_s), makeTicket(3, u"incident"_s, u"3"_s)});
    const auto label = [&model](int row) { return model.index(row, TicketModel::State).data().toString(); };
    const auto closed = [&model](int row) { return model.index(row, 0).data(TicketModel::ClosedRole).toBool(); };

    QCOMPARE(label(0), u"State 18"_s);
    QCOMPARE(label(1), u"State -5"_s);
    QCOMPARE(closed(3), false);

    StateTable states = StateTable::defaults();
    QString error;
    QVERIFY2(states.applyOverrides(R"({"incident": {"18": {"pt_BR": "Atribuído", "en": "Assigned", "closed": false},
                                                   "3": {"closed": true}},
                                      "sc_task": {"-5": {"pt_BR": "Pendente", "en": "Pending", "closed": false}}})",
                 &error),
        qPrintable(error));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStateTable(states);
    QCOMPARE(changedRows(changed, TicketModel::ColumnCount), QList<Range>({{0, 3}}));
    QCOMPARE(label(0), u"Assigned"_s);
    QCOMPARE(label(1), u"Pending"_s);
    QCOMPARE(label(2), u"State 42"_s); // still unknown
    QCOMPARE(closed(3), true);
    QCOMPARE(model.stateTable().isKnown(u"incident"_s, u"18"_s), true);
}

void TestTicketModel::roles()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ticket t = makeTicket(7, u"change_task"_s, u"4"_s, u"1"_s, u"Network Ops"_s);
    t.shortDescription = u"Replace CORE Switch"_s;
    Ticket noPriority = makeTicket(8, u"incident"_s, u"2"_s, QString());
    Ticket oddState = makeTicket(9, u"incident"_s, u"x"_s);
    model.upsert({t, noPriority, oddState});

    const QModelIndex i = model.index(0, 0);
    QCOMPARE(i.data(TicketModel::SysIdRole).toString(), t.sysId);
    QCOMPARE(i.data(TicketModel::TypeRole).toString(), u"change_task"_s);
    QCOMPARE(i.data(TicketModel::StateCodeRole).toString(), u"4"_s);
    QCOMPARE(i.data(TicketModel::ClosedRole).toBool(), true);
    QCOMPARE(i.data(TicketModel::PriorityRole).toInt(), 1);
    QCOMPARE(i.data(TicketModel::AssignmentGroupRole).toString(), u"Network Ops"_s);
    const QString search = i.data(TicketModel::SearchTextRole).toString();
    QVERIFY(search.contains(t.number.toLower()));
    QVERIFY(search.contains(u"replace core switch"_s));
    QVERIFY(search.contains(u"network ops"_s));
    QCOMPARE(search, search.toLower());

    QCOMPARE(model.index(0, TicketModel::Type).data().toString(), u"Change task"_s);
    QCOMPARE(model.index(0, TicketModel::Priority).data().toString(), u"1 - Critical"_s);
    QCOMPARE(model.index(0, TicketModel::Updated).data().toString(), t.sysUpdatedOn);
    QCOMPARE(model.index(0, TicketModel::State).data(Qt::ToolTipRole).toString(), u"State code 4"_s);

    // Sort keys: numbers for priority and state, an empty priority after every real one.
    QCOMPARE(model.index(0, TicketModel::Priority).data(TicketModel::SortRole).typeId(), int(QMetaType::Int));
    QCOMPARE(model.index(0, TicketModel::Priority).data(TicketModel::SortRole).toInt(), 1);
    QVERIFY(model.index(1, TicketModel::Priority).data(TicketModel::SortRole).toInt() > 5);
    QCOMPARE(model.index(0, TicketModel::State).data(TicketModel::SortRole).toInt(), 4);
    QVERIFY(model.index(2, TicketModel::State).data(TicketModel::SortRole).toInt() > 100);
    QCOMPARE(model.index(0, TicketModel::Updated).data(TicketModel::SortRole).toString(), t.sysUpdatedOn);

    // Out of range and unknown roles answer nothing (checkIndex() warns about the former).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not valid"_s));
    QVERIFY(!model.data(model.index(5, 0)).isValid());
    QVERIFY(!i.data(Qt::UserRole + 500).isValid());
}

void TestTicketModel::headers()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList titles;
    for (int c = 0; c < TicketModel::ColumnCount; ++c) {
        const QString title = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY2(!title.isEmpty(), qPrintable(u"column %1"_s.arg(c)));
        QVERIFY(!titles.contains(title));
        titles << title;
    }
    QCOMPARE(titles.constFirst(), u"Number"_s);
}

void TestTicketModel::clear()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(makeTickets(0, 4));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(sysIdFor(0)), -1);
    model.upsert(makeTickets(0, 1));
    QCOMPARE(model.rowOf(sysIdFor(0)), 0);
}

void TestTicketModel::largeUpsertWithProxy()
{
    constexpr int Total = 100000;
    constexpr int Batch = 2000;
    const QStringList types {u"incident"_s, u"change_task"_s, u"sc_task"_s};
    const QStringList incidentStates {u"1"_s, u"2"_s, u"3"_s, u"6"_s, u"7"_s, u"8"_s};
    const QStringList taskStates {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"7"_s};
    const StateTable states = StateTable::defaults();
    const auto generate = [&](int i, int generation) {
        const QString type = types.at(i % 3);
        const QStringList &codes = type == u"incident" ? incidentStates : taskStates;
        return makeTicket(i, type, codes.at((i / 3 + generation) % codes.size()), QString::number(1 + (i / 7) % 5),
            u"Group %1"_s.arg(i % 13));
    };

    TicketModel model;
    TicketFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTypes({u"incident"_s, u"sc_task"_s});
    proxy.setShowClosed(false);
    proxy.sort(TicketModel::Priority);
    // The tester walks every cell on every signal: at 100,000 rows that is quadratic, so it
    // watches the first batches (structure, then updates) and is then dropped; after that the
    // exact figures below are checked after every batch.
    auto modelTester =
        std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto proxyTester =
        std::make_unique<QAbstractItemModelTester>(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QList<Ticket> current; // what the model must hold, by row
    current.reserve(Total);
    const auto accepted = [&](const Ticket &t) {
        return (t.type == u"incident" || t.type == u"sc_task") && !states.isClosed(t.type, t.state);
    };
    const auto checkProxy = [&]() {
        int expected = 0;
        for (const Ticket &t : std::as_const(current))
            expected += accepted(t) ? 1 : 0;
        QCOMPARE(proxy.rowCount(), expected);
    };

    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    for (int from = 0; from < Total; from += Batch) {
        QList<Ticket> batch;
        for (int i = from; i < from + Batch; ++i)
            batch << generate(i, 0);
        model.upsert(batch);
        current += batch;
        if (from >= 5 * Batch) {
            modelTester.reset();
            proxyTester.reset();
        }
        QCOMPARE(aboutToInsert.count(), 1);
        QCOMPARE(rowRanges(aboutToInsert).constFirst(), Range(from, from + Batch - 1));
        aboutToInsert.clear();
        QCOMPARE(model.rowCount(), from + Batch);
        checkProxy();
    }

    // Every ticket moves to another state, in batches again: tickets close and reopen, rows
    // leave and enter the proxy.
    modelTester =
        std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int from = 0; from < Total; from += Batch) {
        QList<Ticket> batch;
        for (int i = from; i < from + Batch; ++i) {
            batch << generate(i, 1);
            current[i] = batch.constLast();
        }
        model.upsert(batch);
        modelTester.reset();
        QCOMPARE(changedRows(changed, TicketModel::ColumnCount), QList<Range>({{from, from + Batch - 1}}));
        changed.clear();
        checkProxy();
    }
    QCOMPARE(model.rowCount(), Total);

    // Every proxy row passes the filter, in priority order, and maps back to its own ticket.
    int previous = 0;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        const Ticket &t = current.at(source.row());
        QVERIFY(accepted(t));
        QCOMPARE(model.ticketAt(source.row()).sysId, t.sysId);
        const int priority = t.priority.toInt();
        QVERIFY2(priority >= previous, qPrintable(u"row %1"_s.arg(row)));
        previous = priority;
    }
}

QTEST_GUILESS_MAIN(TestTicketModel)
#include "tst_ticketmodel.moc"
