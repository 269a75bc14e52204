#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/eventlogmodel.h"
#include "tests/support/modelsignals.h"

using namespace Qt::StringLiterals;

namespace {

const QDateTime Start(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

StreamConsumer::EventSummary summary(int n, const QString &problem = {})
{
    StreamConsumer::EventSummary s;
    s.id = QByteArray::number(1714564800000LL + n) + "-0";
    s.time = Start.addMSecs(n * 250);
    s.name = problem.isEmpty() ? u"incident:updated"_s : u"malformed"_s;
    s.number = u"INC%1"_s.arg(n, 7, 10, QLatin1Char('0'));
    s.state = QString::number(1 + n % 8);
    s.assignmentGroup = u"Service Desk"_s;
    s.problem = problem;
    return s;
}

QList<LogEvent> events(int from, int count, const QString &source = u"stream"_s)
{
    QList<LogEvent> list;
    for (int n = from; n < from + count; ++n)
        list << LogEvent::fromSummary(summary(n), source);
    return list;
}

// The numbers shown, top to bottom.
QStringList shownNumbers(const EventLogModel &model)
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, EventLogModel::Number).data().toString();
    return numbers;
}

QStringList numbersNewestFirst(int from, int to) // inclusive
{
    QStringList numbers;
    for (int n = to; n >= from; --n)
        numbers << u"INC%1"_s.arg(n, 7, 10, QLatin1Char('0'));
    return numbers;
}

} // namespace

class TestEventLogModel final : public QObject {
    Q_OBJECT

private slots:
    void conversion();
    void newestAtTheTop();
    void trimsTheOldest();
    void batchLargerThanTheLimit();
    void setLimit();
    void defaultLimit();
    void problemRole();
    void columnsAndHeaders();
    void clear();
    void stateLabels();
};

void TestEventLogModel::conversion()
{
    const StreamConsumer::EventSummary s = summary(3, u"data is not JSON"_s);
    const LogEvent e = LogEvent::fromSummary(s);
    QCOMPARE(e.source, u"stream"_s);
    QCOMPARE(e.id, s.id);
    QCOMPARE(e.time, s.time);
    QCOMPARE(e.name, s.name);
    QCOMPARE(e.number, s.number);
    QCOMPARE(e.state, s.state);
    QCOMPARE(e.assignmentGroup, s.assignmentGroup);
    QCOMPARE(e.problem, s.problem);

    const QList<LogEvent> feed = LogEvent::fromSummaries({summary(1), summary(2)}, u"incidents-feed"_s);
    QCOMPARE(feed.size(), 2);
    QCOMPARE(feed.at(0).source, u"incidents-feed"_s);
    QCOMPARE(feed.at(1).number, summary(2).number);
}

void TestEventLogModel::newestAtTheTop()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    model.append(events(0, 3));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 2}}));
    QCOMPARE(shownNumbers(model), numbersNewestFirst(0, 2));

    // The StreamConsumer overload converts and lands the same way.
    model.append(QList<StreamConsumer::EventSummary> {summary(3), summary(4)});
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 2}, {0, 1}}));
    QCOMPARE(rowRanges(inserted), QList<Range>({{0, 2}, {0, 1}}));
    QCOMPARE(aboutToRemove.count(), 0);
    QCOMPARE(shownNumbers(model), numbersNewestFirst(0, 4));
    QCOMPARE(model.eventAt(0).number, summary(4).number);
    QCOMPARE(model.index(0, EventLogModel::Source).data(EventLogModel::SourceRole).toString(), u"stream"_s);

    model.append(QList<LogEvent> {});
    QCOMPARE(aboutToInsert.count(), 2);
}

void TestEventLogModel::trimsTheOldest()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLimit(5);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    model.append(events(0, 3));
    model.append(events(3, 2)); // exactly full: nothing removed
    QCOMPARE(aboutToRemove.count(), 0);
    QCOMPARE(model.rowCount(), 5);

    aboutToInsert.clear();
    model.append(events(5, 2));
    // The two oldest (bottom rows) go in one removal, the batch comes in one insertion.
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{3, 4}}));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 1}}));
    QCOMPARE(shownNumbers(model), numbersNewestFirst(2, 6));

    aboutToRemove.clear();
    model.append(events(7, 4));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{1, 4}}));
    QCOMPARE(shownNumbers(model), numbersNewestFirst(6, 10));
}

void TestEventLogModel::batchLargerThanTheLimit()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLimit(4);
    model.append(events(0, 2));
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    // Only the newest four of a batch of ten can be shown: everything old goes at once.
    model.append(events(2, 10));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{0, 1}}));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 3}}));
    QCOMPARE(shownNumbers(model), numbersNewestFirst(8, 11));
}

void TestEventLogModel::setLimit()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(events(0, 10));
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    model.setLimit(20); // larger: nothing to do
    QCOMPARE(aboutToRemove.count(), 0);
    model.setLimit(6);
    QCOMPARE(model.limit(), 6);
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{6, 9}}));
    QCOMPARE(shownNumbers(model), numbersNewestFirst(4, 9));

    model.setLimit(0); // a disabled log holds nothing and takes nothing
    QCOMPARE(model.rowCount(), 0);
    model.append(events(10, 3));
    QCOMPARE(model.rowCount(), 0);
}

void TestEventLogModel::defaultLimit()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.limit(), EventLogModel::DefaultLimit);
    QCOMPARE(EventLogModel::DefaultLimit, 1000);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    // 1,200 events in batches of 100, as StreamConsumer's 100 ms updates bring them.
    for (int from = 0; from < 1200; from += 100)
        model.append(events(from, 100));
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(aboutToInsert.count(), 12);
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{900, 999}, {900, 999}}));
    QCOMPARE(model.eventAt(0).number, summary(1199).number);
    QCOMPARE(model.eventAt(999).number, summary(200).number);
}

void TestEventLogModel::problemRole()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(
        QList<StreamConsumer::EventSummary> {summary(0), summary(1, u"larger than the size limit"_s), summary(2)});

    // Row 1 is the malformed one (newest first: 2, 1, 0).
    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
        const QModelIndex bad = model.index(1, column);
        QCOMPARE(bad.data(EventLogModel::ProblemRole).toString(), u"larger than the size limit"_s);
        QCOMPARE(bad.data(EventLogModel::MalformedRole).toBool(), true);
        QCOMPARE(model.index(0, column).data(EventLogModel::ProblemRole).toString(), QString());
        QCOMPARE(model.index(0, column).data(EventLogModel::MalformedRole).toBool(), false);
    }
    QCOMPARE(model.index(1, EventLogModel::Problem).data().toString(), u"larger than the size limit"_s);
    QCOMPARE(model.index(1, EventLogModel::Event).data().toString(), u"malformed"_s);
    QCOMPARE(model.index(1, EventLogModel::Number).data(Qt::ToolTipRole).toString(), u"larger than the size limit"_s);
}

void TestEventLogModel::columnsAndHeaders()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(events(5, 1, u"sc_task feed"_s));
    const StreamConsumer::EventSummary s = summary(5);

    QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
    QCOMPARE(model.index(0, EventLogModel::Id).data().toString(), QString::fromLatin1(s.id));
    QCOMPARE(model.index(0, EventLogModel::Id).data(EventLogModel::IdRole).toByteArray(), s.id);
    QCOMPARE(model.index(0, EventLogModel::Event).data().toString(), u"incident:updated"_s);
    QCOMPARE(model.index(0, EventLogModel::Event).data(EventLogModel::EventNameRole).toString(), u"incident:updated"_s);
    QCOMPARE(model.index(0, EventLogModel::Number).data().toString(), s.number);
    QCOMPARE(model.index(0, EventLogModel::State).data().toString(), s.state);
    QCOMPARE(model.index(0, EventLogModel::AssignmentGroup).data().toString(), s.assignmentGroup);
    QCOMPARE(model.index(0, EventLogModel::Source).data().toString(), u"sc_task feed"_s);
    QCOMPARE(model.index(0, EventLogModel::Time).data(EventLogModel::TimeRole).toDateTime(), s.time);
    // Another day than today: the day shows (08:25 alone could be any day).
    QVERIFY(s.time.toLocalTime().date() != QDate::currentDate());
    QCOMPARE(model.index(0, EventLogModel::Time).data().toString(), s.time.toLocalTime().toString(u"MM-dd HH:mm"_s));
    QCOMPARE(model.index(0, EventLogModel::Time).data(Qt::ToolTipRole).toString(),
        u"Received "_s + s.time.toString(Qt::ISODateWithMs));
    // The Time column says when the console received a row (rows are in that order); the
    // event's own time, days old in a replay, is in the tooltip.
    StreamConsumer::EventSummary replayed = s;
    replayed.time = QDateTime::currentDateTimeUtc();
    replayed.eventTime = QDateTime(QDate(2024, 3, 4), QTime(8, 22), Qt::UTC);
    model.append(QList<StreamConsumer::EventSummary> {replayed});
    QCOMPARE(
        model.index(0, EventLogModel::Time).data().toString(), replayed.time.toLocalTime().toString(u"HH:mm:ss.zzz"_s));
    QCOMPARE(model.index(0, EventLogModel::Time).data(Qt::ToolTipRole).toString(),
        u"Received %1\nEvent time 2024-03-04T08:22:00.000Z"_s.arg(replayed.time.toString(Qt::ISODateWithMs)));
    // Today's: by the millisecond.
    LogEvent now;
    now.time = QDateTime::currentDateTime();
    model.append(QList<LogEvent> {now});
    QCOMPARE(model.index(0, EventLogModel::Time).data().toString(), now.time.toString(u"HH:mm:ss.zzz"_s));

    QStringList titles;
    for (int c = 0; c < EventLogModel::ColumnCount; ++c) {
        const QString title = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY(!title.isEmpty());
        QVERIFY(!titles.contains(title));
        titles << title;
    }
}

void TestEventLogModel::clear()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(events(0, 7));
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    model.clear();
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{0, 6}}));
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(aboutToRemove.count(), 1);
}

// With the state table: the label in the log's language, as the tickets view shows it; the bare
// code where the table has none; the code in the tooltip. Rows already shown change in place.
void TestEventLogModel::stateLabels()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogEvent incident = LogEvent::fromSummary(summary(1)); // incident:updated, state 2
    LogEvent change = incident;
    change.name = u"change_task:updated"_s;
    change.state = u"2"_s;
    LogEvent unknownCode = incident;
    unknownCode.state = u"77"_s;
    model.append(QList<LogEvent> {incident, change, unknownCode});
    const QModelIndex incidentState = model.index(2, EventLogModel::State);
    QCOMPARE(incidentState.data().toString(), u"2"_s); // no table yet: codes

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStateTable(StateTable::defaults(), u"en"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex(), model.index(0, EventLogModel::State));
    QCOMPARE(changed.constFirst().at(1).toModelIndex(), model.index(2, EventLogModel::State));
    QCOMPARE(incidentState.data().toString(), StateTable::defaults().label(u"incident"_s, u"2"_s, u"en"_s));
    QCOMPARE(incidentState.data().toString(), u"In Progress"_s);
    QCOMPARE(incidentState.data(Qt::ToolTipRole).toString(), u"In Progress (state code 2)"_s);
    QCOMPARE(model.index(0, EventLogModel::State).data(Qt::ToolTipRole).toString(), u"State code 77"_s);
    QCOMPARE(model.index(1, EventLogModel::State).data().toString(),
        StateTable::defaults().label(u"change_task"_s, u"2"_s, u"en"_s)); // per type: not "In Progress"
    QVERIFY(model.index(1, EventLogModel::State).data().toString() != incidentState.data().toString());
    QCOMPARE(model.index(0, EventLogModel::State).data().toString(), u"77"_s);

    model.setStateTable(StateTable::defaults(), u"pt_BR"_s);
    QCOMPARE(incidentState.data().toString(), u"Em Andamento"_s);

    // A malformed row's type is unknown: its code as read, not the fallback table's label
    // ("Aberto" for an incident's 2). A stale one keeps its type's labels.
    LogEvent malformed = LogEvent::fromSummary(summary(1, u"data is not JSON"_s));
    malformed.number = u"INC0000001"_s;
    LogEvent stale = incident;
    stale.name = u"incident:updated (stale)"_s;
    model.append(QList<LogEvent> {malformed, stale});
    QCOMPARE(model.index(1, EventLogModel::State).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, EventLogModel::State).data().toString(), u"Em Andamento"_s);
    // The column cuts a long tagged name; the tooltip has it whole.
    QCOMPARE(model.index(0, EventLogModel::Event).data(Qt::ToolTipRole).toString(), u"incident:updated (stale)"_s);
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
