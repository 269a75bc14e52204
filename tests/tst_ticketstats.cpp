#include <limits>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include "models/statecountmodel.h"
#include "models/ticketstats.h"
#include "tests/support/modelsignals.h"

using namespace Qt::StringLiterals;

namespace {

int serial = 0;

Ticket ticket(
    const QString &type, const QString &state, const QString &group = u"Service Desk"_s, const QString &updated = {})
{
    Ticket t;
    const int n = ++serial;
    t.sysId = u"%1"_s.arg(n, 32, 16, QLatin1Char('0'));
    t.type = type;
    t.number = u"T%1"_s.arg(n, 7, 10, QLatin1Char('0'));
    t.state = state;
    t.assignmentGroup = group;
    t.sysUpdatedOn = updated.isEmpty()
        ? QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).addSecs(n * 60).toString(u"yyyy-MM-dd HH:mm:ss"_s)
        : updated;
    return t;
}

QList<Ticket> repeat(int count, const QString &type, const QString &state, const QString &group = u"Service Desk"_s)
{
    QList<Ticket> list;
    for (int i = 0; i < count; ++i)
        list << ticket(type, state, group);
    return list;
}

// 10 incidents (4 new, 3 in progress, 2 resolved, 1 in the unknown state 42), 5 change tasks
// (2 open, 3 closed complete), 2 catalog tasks (work in progress).
QList<Ticket> sample()
{
    return repeat(4, u"incident"_s, u"1"_s) + repeat(3, u"incident"_s, u"2"_s, u"Network Ops"_s)
        + repeat(2, u"incident"_s, u"6"_s) + repeat(1, u"incident"_s, u"42"_s, u"Databases"_s)
        + repeat(2, u"change_task"_s, u"2"_s, u"Network Ops"_s) + repeat(3, u"change_task"_s, u"4"_s)
        + repeat(2, u"sc_task"_s, u"3"_s, u"Databases"_s);
}

QStringList rowKeys(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        keys << model.index(row, 0).data(StateCountModel::TypeRole).toString() + u'/'
                + model.index(row, 0).data(StateCountModel::CodeRole).toString();
    }
    return keys;
}

} // namespace

class TestTicketStats final : public QObject {
    Q_OBJECT

private slots:
    // TicketStats
    void empty();
    void perType();
    void perState();
    void unknownCodesCounted();
    void codeForms();
    void topGroups();
    void recentlyClosed();
    void overriddenStates();
    void matchesAnIndependentCount();
    // StateCountModel
    void modelFillsInOrder();
    void modelCountsChange();
    void modelNewAndVanishedStates();
    void modelLabels();
    void modelRoles();
};

void TestTicketStats::empty()
{
    const TicketStats stats = TicketStats::compute({}, StateTable::defaults());
    QCOMPARE(stats.total, 0);
    QCOMPARE(stats.open, 0);
    QCOMPARE(stats.closed, 0);
    QVERIFY(stats.types.isEmpty());
    QVERIFY(stats.states.isEmpty());
    QVERIFY(stats.topGroups.isEmpty());
    QVERIFY(stats.recentlyClosed.isEmpty());
}

void TestTicketStats::perType()
{
    const TicketStats stats = TicketStats::compute(sample(), StateTable::defaults());
    QCOMPARE(stats.total, 17);
    QCOMPARE(stats.closed, 5); // 2 resolved incidents, 3 closed complete change tasks
    QCOMPARE(stats.open, 12);
    QCOMPARE(stats.types.size(), 3);
    // The team's types in their usual order.
    QCOMPARE(stats.types.at(0), (TicketStats::TypeCount {u"incident"_s, 10, 8, 2}));
    QCOMPARE(stats.types.at(1), (TicketStats::TypeCount {u"change_task"_s, 5, 2, 3}));
    QCOMPARE(stats.types.at(2), (TicketStats::TypeCount {u"sc_task"_s, 2, 2, 0}));
    QCOMPARE(stats.typeCount(u"change_task"_s)->closed, 3);
    QVERIFY(!stats.typeCount(u"problem"_s));
}

void TestTicketStats::perState()
{
    const TicketStats stats = TicketStats::compute(sample(), StateTable::defaults());
    const TicketStats::StateCount *inProgress = stats.stateCount(u"incident"_s, u"2"_s);
    QVERIFY(inProgress);
    QCOMPARE(inProgress->count, 3);
    QCOMPARE(inProgress->percentOfType, 30.0);
    QCOMPARE(inProgress->closed, false);
    QCOMPARE(inProgress->known, true);
    const TicketStats::StateCount *closedComplete = stats.stateCount(u"change_task"_s, u"4"_s);
    QCOMPARE(closedComplete->count, 3);
    QCOMPARE(closedComplete->percentOfType, 60.0);
    QCOMPARE(closedComplete->closed, true);
    QCOMPARE(stats.stateCount(u"sc_task"_s, u"3"_s)->percentOfType, 100.0);

    // Known states without tickets have their row at zero; a type with no tickets has none.
    const TicketStats::StateCount *canceled = stats.stateCount(u"incident"_s, u"8"_s);
    QVERIFY(canceled);
    QCOMPARE(canceled->count, 0);
    QCOMPARE(canceled->percentOfType, 0.0);
    QCOMPARE(canceled->closed, true);
    QCOMPARE(stats.stateCount(u"change_task"_s, u"8"_s)->count, 0); // closed incomplete: change tasks only
    QVERIFY(!stats.stateCount(u"sc_task"_s, u"8"_s));
    QVERIFY(!stats.stateCount(u"problem"_s, u"1"_s));

    // Rows per type: the state table's codes (+ unknown ones), percentages adding up to 100.
    const StateTable states = StateTable::defaults();
    for (const TicketStats::TypeCount &type : stats.types) {
        double percent = 0;
        int count = 0;
        qsizetype rows = 0;
        for (const TicketStats::StateCount &s : stats.states) {
            if (s.type != type.type)
                continue;
            percent += s.percentOfType;
            count += s.count;
            ++rows;
        }
        QCOMPARE(count, type.count);
        QVERIFY(qAbs(percent - 100.0) < 1e-9);
        const qsizetype unknown = type.type == u"incident" ? 1 : 0;
        QCOMPARE(rows, states.states(type.type).size() + unknown);
    }

    // Sorted by type, then numerically by code.
    for (qsizetype i = 1; i < stats.states.size(); ++i)
        QVERIFY(TicketStats::stateLess(stats.states.at(i - 1), stats.states.at(i)));
    QCOMPARE(stats.states.constFirst().code, u"1"_s);
    QCOMPARE(stats.states.at(8).code, u"42"_s); // after incident 1..8
}

void TestTicketStats::unknownCodesCounted()
{
    const TicketStats stats = TicketStats::compute(
        repeat(3, u"incident"_s, u"42"_s) + repeat(1, u"incident"_s, u"1"_s) + repeat(1, u"incident"_s, {}),
        StateTable::defaults());
    const TicketStats::StateCount *unknown = stats.stateCount(u"incident"_s, u"42"_s);
    QVERIFY(unknown);
    QCOMPARE(unknown->count, 3);
    QCOMPARE(unknown->percentOfType, 60.0);
    QCOMPARE(unknown->known, false);
    QCOMPARE(unknown->closed, false); // unknown is open: it still needs someone
    const TicketStats::StateCount *none = stats.stateCount(u"incident"_s, {});
    QVERIFY(none);
    QCOMPARE(none->count, 1);
    QCOMPARE(none->known, false);
    QCOMPARE(stats.states.constLast().code, QString()); // the empty code sorts last
    QCOMPARE(stats.types.constFirst().open, 5);
}

void TestTicketStats::codeForms()
{
    // "06", " 6" and "+6" are the state 6, as the state table reads them.
    const TicketStats stats = TicketStats::compute({ticket(u"incident"_s, u"6"_s), ticket(u"incident"_s, u"06"_s),
                                                       ticket(u"incident"_s, u" 6"_s), ticket(u"incident"_s, u"+6"_s)},
        StateTable::defaults());
    QCOMPARE(stats.stateCount(u"incident"_s, u"6"_s)->count, 4);
    QCOMPARE(stats.closed, 4);
    QCOMPARE(stats.recentlyClosed.size(), 4);
}

void TestTicketStats::topGroups()
{
    const QList<Ticket> tickets = repeat(5, u"incident"_s, u"2"_s, u"B team"_s)
        + repeat(9, u"incident"_s, u"7"_s, u"Closers"_s) // closed: no open tickets at all
        + repeat(3, u"change_task"_s, u"1"_s, u"A team"_s) + repeat(2, u"sc_task"_s, u"2"_s, u"C team"_s)
        + repeat(3, u"sc_task"_s, u"2"_s, u"D team"_s) + repeat(1, u"incident"_s, u"1"_s, QString())
        + repeat(2, u"incident"_s, u"6"_s, u"C team"_s);
    const TicketStats all = TicketStats::compute(tickets, StateTable::defaults());
    // Most open first; ties by name; closed tickets do not count; "no group" is a group.
    QCOMPARE(all.topGroups,
        (QList<TicketStats::GroupCount> {
            {u"B team"_s, 5}, {u"A team"_s, 3}, {u"D team"_s, 3}, {u"C team"_s, 2}, {QString(), 1}}));

    const TicketStats top2 = TicketStats::compute(tickets, StateTable::defaults(), 2);
    QCOMPARE(top2.topGroups, (QList<TicketStats::GroupCount> {{u"B team"_s, 5}, {u"A team"_s, 3}}));
    QCOMPARE(TicketStats::compute(tickets, StateTable::defaults(), 0).topGroups.size(), 0);
}

void TestTicketStats::recentlyClosed()
{
    QList<Ticket> tickets;
    // Resolved, closed and canceled incidents, closed tasks, and open ones in between.
    tickets << ticket(u"incident"_s, u"6"_s, {}, u"2024-05-02 10:00:00"_s)
            << ticket(u"incident"_s, u"2"_s, {}, u"2024-05-09 10:00:00"_s)
            << ticket(u"incident"_s, u"8"_s, {}, u"2024-05-03 09:30:00"_s)
            << ticket(u"change_task"_s, u"7"_s, {}, u"2024-04-30 23:59:59"_s)
            << ticket(u"sc_task"_s, u"4"_s, {}, u"2024-05-03 09:30:01"_s)
            << ticket(u"incident"_s, u"7"_s, {}, u"2024-05-01 00:00:00"_s)
            << ticket(u"change_task"_s, u"3"_s, {}, u"2024-05-08 00:00:00"_s);
    const TicketStats stats = TicketStats::compute(tickets, StateTable::defaults());
    QStringList order;
    for (const Ticket &t : stats.recentlyClosed)
        order << t.sysUpdatedOn;
    QCOMPARE(order,
        QStringList({u"2024-05-03 09:30:01"_s, u"2024-05-03 09:30:00"_s, u"2024-05-02 10:00:00"_s,
            u"2024-05-01 00:00:00"_s, u"2024-04-30 23:59:59"_s}));
    QCOMPARE(stats.recentlyClosed.constFirst().number, tickets.at(4).number);

    const TicketStats two = TicketStats::compute(tickets, StateTable::defaults(), 10, 2);
    QCOMPARE(two.recentlyClosed.size(), 2);
    QCOMPARE(two.recentlyClosed.at(1).sysUpdatedOn, u"2024-05-03 09:30:00"_s);

    // The default is the 20 most recent.
    const TicketStats many = TicketStats::compute(repeat(30, u"incident"_s, u"7"_s), StateTable::defaults());
    QCOMPARE(many.recentlyClosed.size(), TicketStats::DefaultRecentClosed);
    QCOMPARE(TicketStats::DefaultRecentClosed, 20);
    for (qsizetype i = 1; i < many.recentlyClosed.size(); ++i)
        QVERIFY(many.recentlyClosed.at(i - 1).sysUpdatedOn > many.recentlyClosed.at(i).sysUpdatedOn);
}

void TestTicketStats::overriddenStates()
{
    StateTable states = StateTable::defaults();
    QString error;
    QVERIFY2(states.applyOverrides(R"({"incident": {"18": {"pt_BR": "Atribuído", "en": "Assigned", "closed": false},
                                                   "6": {"closed": false}}})",
                 &error),
        qPrintable(error));
    const TicketStats stats =
        TicketStats::compute(repeat(2, u"incident"_s, u"18"_s) + repeat(2, u"incident"_s, u"6"_s), states);
    QCOMPARE(stats.stateCount(u"incident"_s, u"18"_s)->known, true);
    QCOMPARE(stats.stateCount(u"incident"_s, u"6"_s)->closed, false);
    QCOMPARE(stats.closed, 0);
    QVERIFY(stats.recentlyClosed.isEmpty());
}

void TestTicketStats::matchesAnIndependentCount()
{
    // A larger, varied set against counts kept by hand while generating it.
    const StateTable states = StateTable::defaults();
    const QStringList types {u"incident"_s, u"change_task"_s, u"sc_task"_s};
    QList<Ticket> tickets;
    QHash<QString, int> perType;
    QHash<QString, int> perTypeState;
    QHash<QString, int> openPerGroup;
    int closed = 0;
    for (int i = 0; i < 5000; ++i) {
        const QString type = types.at(i % 3);
        const QList<StateTable::State> codes = states.states(type);
        const StateTable::State &state = codes.at((i * 7 + i / 3) % codes.size());
        const QString group = u"G%1"_s.arg((i * 13) % 17);
        tickets << ticket(type, state.code, group);
        ++perType[type];
        ++perTypeState[type + u'/' + state.code];
        if (state.closed)
            ++closed;
        else
            ++openPerGroup[group];
    }
    const TicketStats stats = TicketStats::compute(tickets, states, 5);
    QCOMPARE(stats.total, 5000);
    QCOMPARE(stats.closed, closed);
    for (const TicketStats::StateCount &s : stats.states) {
        QCOMPARE(s.count, perTypeState.value(s.type + u'/' + s.code));
        QCOMPARE(s.percentOfType, s.count * 100.0 / perType.value(s.type));
    }
    QCOMPARE(stats.topGroups.size(), 5);
    int previous = std::numeric_limits<int>::max();
    for (const TicketStats::GroupCount &g : stats.topGroups) {
        QCOMPARE(g.open, openPerGroup.value(g.group));
        QVERIFY(g.open <= previous);
        previous = g.open;
    }
    for (auto it = openPerGroup.cbegin(); it != openPerGroup.cend(); ++it)
        QVERIFY(it.value() <= stats.topGroups.constFirst().open);
}

void TestTicketStats::modelFillsInOrder()
{
    StateCountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const TicketStats stats = TicketStats::compute(sample(), StateTable::defaults());
    model.setStats(stats);
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, int(stats.states.size()) - 1}}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rows(), stats.states);
    QCOMPARE(model.rowOf(u"incident"_s, u"42"_s), 8);
    QCOMPARE(model.rowOf(u"incident"_s, u"042"_s), 8);
    QCOMPARE(model.rowOf(u"sc_task"_s, u"8"_s), -1);
}

void TestTicketStats::modelCountsChange()
{
    StateCountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Ticket> tickets = sample();
    model.setStats(TicketStats::compute(tickets, StateTable::defaults()));
    const QPersistentModelIndex selected = model.index(model.rowOf(u"change_task"_s, u"3"_s), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    // Two more catalog tasks in state 3: only that row changes (the type's other states stay at
    // 0 %), no rows come or go.
    tickets += repeat(2, u"sc_task"_s, u"3"_s);
    model.setStats(TicketStats::compute(tickets, StateTable::defaults()));
    QCOMPARE(aboutToInsert.count(), 0);
    QCOMPARE(aboutToRemove.count(), 0);
    QCOMPARE(
        changedRows(changed), QList<Range>({{model.rowOf(u"sc_task"_s, u"3"_s), model.rowOf(u"sc_task"_s, u"3"_s)}}));
    QCOMPARE(model.index(model.rowOf(u"sc_task"_s, u"3"_s), StateCountModel::Count).data().toInt(), 4);

    // One incident moves from New to In Progress: two rows change, neither neighbour of the other.
    changed.clear();
    tickets[0].state = u"2"_s;
    model.setStats(TicketStats::compute(tickets, StateTable::defaults()));
    const int rowNew = model.rowOf(u"incident"_s, u"1"_s);
    const int rowInProgress = model.rowOf(u"incident"_s, u"2"_s);
    QCOMPARE(rowInProgress, rowNew + 1);
    QCOMPARE(changedRows(changed), QList<Range>({{rowNew, rowInProgress}})); // adjacent rows: one range
    QCOMPARE(model.index(rowNew, StateCountModel::Count).data(StateCountModel::CountRole).toInt(), 3);
    QCOMPARE(model.index(rowInProgress, StateCountModel::Count).data(StateCountModel::CountRole).toInt(), 4);

    // The same figures again: nothing at all.
    changed.clear();
    model.setStats(TicketStats::compute(tickets, StateTable::defaults()));
    QCOMPARE(changed.count(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(StateCountModel::CodeRole).toString(), u"3"_s);
    QCOMPARE(selected.data(StateCountModel::TypeRole).toString(), u"change_task"_s);
}

void TestTicketStats::modelNewAndVanishedStates()
{
    StateCountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Ticket> tickets = sample();
    model.setStats(TicketStats::compute(tickets, StateTable::defaults()));
    const QPersistentModelIndex taskRow = model.index(model.rowOf(u"sc_task"_s, u"1"_s), 0);
    const QStringList before = rowKeys(model);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // An incident in the unknown state 19 appears: one row, between 8 (row 7) and 42.
    tickets << ticket(u"incident"_s, u"19"_s);
    model.setStats(TicketStats::compute(tickets, StateTable::defaults()));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{8, 8}}));
    QCOMPARE(model.index(8, StateCountModel::State).data().toString(), u"State 19"_s);
    QCOMPARE(model.index(8, StateCountModel::Count).data().toInt(), 1);
    QCOMPARE(model.index(8, 0).data(StateCountModel::KnownRole).toBool(), false);
    QCOMPARE(model.index(9, 0).data(StateCountModel::CodeRole).toString(), u"42"_s);

    // The change tasks all go (the store was cleared of them): their rows go in one removal.
    aboutToInsert.clear();
    const int firstChangeTask = model.rowOf(u"change_task"_s, u"1"_s);
    const int lastChangeTask = model.rowOf(u"change_task"_s, u"8"_s);
    QList<Ticket> withoutChangeTasks;
    for (const Ticket &t : std::as_const(tickets)) {
        if (t.type != u"change_task")
            withoutChangeTasks << t;
    }
    model.setStats(TicketStats::compute(withoutChangeTasks, StateTable::defaults()));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{firstChangeTask, lastChangeTask}}));
    QCOMPARE(aboutToInsert.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(taskRow.isValid());
    QCOMPARE(taskRow.data(StateCountModel::TypeRole).toString(), u"sc_task"_s);
    QCOMPARE(taskRow.data(StateCountModel::CodeRole).toString(), u"1"_s);

    // Back to the original tickets: rows removed and inserted at their sorted places.
    aboutToRemove.clear();
    model.setStats(TicketStats::compute(sample(), StateTable::defaults()));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{8, 8}}));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{firstChangeTask - 1, lastChangeTask - 1}}));
    QCOMPARE(rowKeys(model), before);

    // No tickets: everything goes in one removal.
    aboutToRemove.clear();
    model.setStats(TicketStats::compute({}, StateTable::defaults()));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{0, int(before.size()) - 1}}));
    QCOMPARE(model.rowCount(), 0);
}

void TestTicketStats::modelLabels()
{
    StateCountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStats(TicketStats::compute(sample(), StateTable::defaults()));
    const int resolved = model.rowOf(u"incident"_s, u"6"_s);
    const int unknown = model.rowOf(u"incident"_s, u"42"_s);
    QCOMPARE(model.index(resolved, StateCountModel::State).data().toString(), u"Resolved"_s);
    QCOMPARE(model.index(unknown, StateCountModel::State).data().toString(), u"State 42"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"pt_BR"_s);
    QCOMPARE(model.index(resolved, StateCountModel::State).data().toString(), u"Resolvido"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, StateCountModel::State));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(model.rowCount() - 1, StateCountModel::State));
    model.setLanguage(u"pt_BR"_s); // unchanged: no signal
    QCOMPARE(changed.count(), 1);

    StateTable states = StateTable::defaults();
    QString error;
    QVERIFY2(states.applyOverrides(R"({"incident": {"42": {"pt_BR": "Em Triagem", "en": "Triage"}}})", &error),
        qPrintable(error));
    model.setStateTable(states);
    QCOMPARE(model.index(unknown, StateCountModel::State).data().toString(), u"Em Triagem"_s);
    QCOMPARE(changed.count(), 2);
}

void TestTicketStats::modelRoles()
{
    StateCountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStats(TicketStats::compute(sample(), StateTable::defaults()));
    const int row = model.rowOf(u"change_task"_s, u"4"_s);
    QCOMPARE(model.index(row, StateCountModel::Type).data().toString(), u"Change task"_s);
    QCOMPARE(model.index(row, StateCountModel::State).data().toString(), u"Closed Complete"_s);
    QCOMPARE(model.index(row, StateCountModel::Code).data().toString(), u"4"_s);
    QCOMPARE(model.index(row, StateCountModel::Count).data().toInt(), 3);
    QCOMPARE(model.index(row, StateCountModel::PercentOfType).data(StateCountModel::PercentRole).toDouble(), 60.0);
    QVERIFY(model.index(row, StateCountModel::PercentOfType).data().toString().contains(u"60"_s));
    QCOMPARE(model.index(row, 0).data(StateCountModel::ClosedRole).toBool(), true);
    QCOMPARE(model.index(row, StateCountModel::Closed).data().toString(), u"Yes"_s);
    QCOMPARE(model.index(row, StateCountModel::Code).data(StateCountModel::SortRole).toLongLong(), 4);
    QCOMPARE(model.index(row, StateCountModel::Count).data(StateCountModel::SortRole).toInt(), 3);
    QVERIFY(!model.index(row, StateCountModel::State).data(Qt::ToolTipRole).isValid());
    QVERIFY(model.index(model.rowOf(u"incident"_s, u"42"_s), StateCountModel::State)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"42"_s));
    for (int c = 0; c < StateCountModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestTicketStats)
#include "tst_ticketstats.moc"
