#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include "models/durationtext.h"
#include "models/streamconsumersmodel.h"
#include "models/streamgroupsmodel.h"
#include "tests/support/modelsignals.h"

using namespace Qt::StringLiterals;

namespace {

StreamConsumerInfo consumer(const QString &name, qint64 pending, qint64 idleMs, qint64 inactiveMs = -1)
{
    return StreamConsumerInfo {name, pending, idleMs, inactiveMs};
}

StreamGroupInfo group(const QString &name, qint64 pending, qint64 lag, const QList<StreamConsumerInfo> &consumers = {})
{
    StreamGroupInfo g;
    g.name = name;
    g.consumers = consumers.size();
    g.pending = pending;
    g.lastDeliveredId = "1714564800000-" + QByteArray::number(pending);
    g.entriesRead = 100 + pending;
    g.lag = lag;
    g.consumerList = consumers;
    return g;
}

StreamInfo info(const QList<StreamGroupInfo> &groups)
{
    StreamInfo i;
    i.key = u"servicenow:changes"_s;
    i.exists = true;
    i.length = 1000;
    i.groups = groups;
    return i;
}

QStringList column(const QAbstractItemModel &model, int c)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, c).data().toString();
    return values;
}

} // namespace

class TestStreamGroupsModel final : public QObject {
    Q_OBJECT

private slots:
    void groupsFillSortedByName();
    void groupsChangedRowsOnly();
    void groupsInsertAndRemoveKeepSelection();
    void groupsUnknownValues();
    void groupsHeaders();
    void consumersAcrossGroups();
    void consumersDiffKeepsSelection();
    void consumersDisplay();
    void durations_data();
    void durations();
};

void TestStreamGroupsModel::groupsFillSortedByName()
{
    StreamGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);

    model.setInfo(
        info({group(u"streamdesk"_s, 2, 0), group(u"bunsnc-processors"_s, 40, 12), group(u"analytics"_s, 0, 5)}));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 2}}));
    QCOMPARE(
        column(model, StreamGroupsModel::Name), QStringList({u"analytics"_s, u"bunsnc-processors"_s, u"streamdesk"_s}));
    QCOMPARE(model.rowOf(u"bunsnc-processors"_s), 1);
    QCOMPARE(model.rowOf(u"nope"_s), -1);
    QCOMPARE(model.index(1, StreamGroupsModel::Pending).data().toLongLong(), 40);
    QCOMPARE(model.index(1, StreamGroupsModel::Lag).data().toLongLong(), 12);
    QCOMPARE(model.index(1, StreamGroupsModel::EntriesRead).data().toLongLong(), 140);
    QCOMPARE(model.index(1, StreamGroupsModel::LastDeliveredId).data().toString(), u"1714564800000-40"_s);
    QCOMPARE(model.index(1, StreamGroupsModel::Consumers).data().toLongLong(), 0);
    QCOMPARE(model.groupAt(1).name, u"bunsnc-processors"_s);
}

void TestStreamGroupsModel::groupsChangedRowsOnly()
{
    StreamGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<StreamGroupInfo> groups;
    for (int i = 0; i < 8; ++i)
        groups << group(u"g%1"_s.arg(i), i, i);
    model.setInfo(info(groups));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // An identical sample: not a single signal.
    model.setInfo(info(groups));
    QCOMPARE(changed.count(), 0);

    // Lag of g1 and g2, pending of g6: two ranges; the consumer list alone is not a change here.
    groups[1].lag = 50;
    groups[2].lag = 60;
    groups[6].pending = 7;
    groups[4].consumerList = {consumer(u"c"_s, 0, 10)};
    model.setInfo(info(groups));
    QCOMPARE(changedRows(changed, StreamGroupsModel::ColumnCount), QList<Range>({{1, 2}, {6, 6}}));
    QCOMPARE(model.index(2, StreamGroupsModel::Lag).data().toLongLong(), 60);
    QCOMPARE(model.index(6, StreamGroupsModel::Pending).data().toLongLong(), 7);

    // Most groups changed: one wide signal.
    changed.clear();
    for (int i = 1; i < 7; ++i)
        groups[i].pending += 100;
    model.setInfo(info(groups));
    QCOMPARE(changedRows(changed, StreamGroupsModel::ColumnCount), QList<Range>({{1, 6}}));
    QCOMPARE(aboutToInsert.count(), 0);
    QCOMPARE(aboutToRemove.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestStreamGroupsModel::groupsInsertAndRemoveKeepSelection()
{
    StreamGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInfo(info({group(u"b"_s, 1, 1), group(u"d"_s, 2, 2), group(u"f"_s, 3, 3)}));
    const QPersistentModelIndex selected = model.index(model.rowOf(u"d"_s), StreamGroupsModel::Pending);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // "a", "c" and "e" are created, "f" destroyed, "d" changes: every change at its exact row.
    model.setInfo(info(
        {group(u"e"_s, 5, 5), group(u"a"_s, 0, 0), group(u"d"_s, 9, 2), group(u"b"_s, 1, 1), group(u"c"_s, 4, 4)}));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{2, 2}})); // f, from b d f
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 0}, {2, 2}, {4, 4}})); // a, c, e into b d
    QCOMPARE(changedRows(changed, StreamGroupsModel::ColumnCount), QList<Range>({{3, 3}}));
    QCOMPARE(column(model, StreamGroupsModel::Name), QStringList({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 3);
    QCOMPARE(selected.data(StreamGroupsModel::NameRole).toString(), u"d"_s);
    QCOMPARE(selected.data().toLongLong(), 9);

    // Adjacent creations are one insertion; adjacent removals one removal.
    aboutToInsert.clear();
    aboutToRemove.clear();
    model.setInfo(info({group(u"a"_s, 0, 0), group(u"d"_s, 9, 2), group(u"x"_s, 0, 0), group(u"y"_s, 0, 0)}));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{4, 4}, {1, 2}})); // bottom up: e, then b c
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{2, 3}}));
    QCOMPARE(selected.row(), 1);

    // The stream is gone: no groups.
    aboutToRemove.clear();
    model.clear();
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{0, 3}}));
    QVERIFY(!selected.isValid());
}

void TestStreamGroupsModel::groupsUnknownValues()
{
    StreamGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StreamGroupInfo g = group(u"old"_s, 3, -1);
    g.entriesRead = -1;
    model.setInfo(info({g}));
    QCOMPARE(model.index(0, StreamGroupsModel::Lag).data().toString(), u"unknown"_s);
    QCOMPARE(model.index(0, StreamGroupsModel::EntriesRead).data().toString(), u"unknown"_s);
    QCOMPARE(model.index(0, StreamGroupsModel::Lag).data(StreamGroupsModel::ValueRole).toLongLong(), -1);
    QCOMPARE(model.index(0, 0).data(StreamGroupsModel::LagUnknownRole).toBool(), true);
    // Why depends on whether Redis said nil (7.0 on) or nothing at all (before 7.0).
    QCOMPARE(model.index(0, StreamGroupsModel::Lag).data(Qt::ToolTipRole).toString(),
        u"Redis reports a group's lag from version 7.0 on"_s);
    g.lagReported = true;
    model.setInfo(info({g}));
    QVERIFY(model.index(0, StreamGroupsModel::Lag)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Redis cannot compute the lag of this group"_s));

    g.lag = 4;
    model.setInfo(info({g}));
    QCOMPARE(model.index(0, StreamGroupsModel::Lag).data().toLongLong(), 4);
    QCOMPARE(model.index(0, 0).data(StreamGroupsModel::LagUnknownRole).toBool(), false);
}

void TestStreamGroupsModel::groupsHeaders()
{
    StreamGroupsModel groups;
    StreamConsumersModel consumers;
    QAbstractItemModelTester groupsTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester consumersTester(&consumers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int c = 0; c < StreamGroupsModel::ColumnCount; ++c)
        QVERIFY(!groups.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    for (int c = 0; c < StreamConsumersModel::ColumnCount; ++c)
        QVERIFY(!consumers.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(groups.columnCount(), int(StreamGroupsModel::ColumnCount));
    QCOMPARE(consumers.columnCount(), int(StreamConsumersModel::ColumnCount));
}

void TestStreamGroupsModel::consumersAcrossGroups()
{
    StreamConsumersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);

    model.setInfo(
        info({group(u"bunsnc-processors"_s, 5, 0, {consumer(u"worker-2"_s, 3, 1500), consumer(u"worker-1"_s, 2, 20)}),
            group(u"analytics"_s, 0, 0, {consumer(u"worker-1"_s, 0, 90000)}), group(u"empty"_s, 0, 0)}));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{0, 2}}));
    // By group, then by name; the same consumer name in two groups is two rows.
    QCOMPARE(column(model, StreamConsumersModel::Group),
        QStringList({u"analytics"_s, u"bunsnc-processors"_s, u"bunsnc-processors"_s}));
    QCOMPARE(column(model, StreamConsumersModel::Name), QStringList({u"worker-1"_s, u"worker-1"_s, u"worker-2"_s}));
    QCOMPARE(model.rowOf(u"bunsnc-processors"_s, u"worker-2"_s), 2);
    QCOMPARE(model.rowOf(u"empty"_s, u"worker-1"_s), -1);
    QCOMPARE(model.rowAt(2).consumer.pending, 3);
    QCOMPARE(model.index(2, StreamConsumersModel::Pending).data().toLongLong(), 3);
    QCOMPARE(model.index(2, StreamConsumersModel::Idle).data(StreamConsumersModel::ValueRole).toLongLong(), 1500);
    QCOMPARE(model.index(0, 0).data(StreamConsumersModel::GroupRole).toString(), u"analytics"_s);
    QCOMPARE(model.index(0, 0).data(StreamConsumersModel::NameRole).toString(), u"worker-1"_s);
}

void TestStreamGroupsModel::consumersDiffKeepsSelection()
{
    StreamConsumersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<StreamConsumerInfo> workers {
        consumer(u"w1"_s, 1, 100), consumer(u"w2"_s, 0, 100), consumer(u"w3"_s, 0, 100), consumer(u"w4"_s, 0, 100)};
    model.setInfo(info({group(u"g"_s, 1, 0, workers)}));
    const QPersistentModelIndex selected = model.index(model.rowOf(u"g"_s, u"w3"_s), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    // Two seconds later: w1 still idle-counting, w2 deleted (XGROUP DELCONSUMER), w5 joined.
    workers[0].idleMs = 2100;
    workers.removeAt(1);
    workers << consumer(u"w5"_s, 0, 5);
    model.setInfo(info({group(u"g"_s, 1, 0, workers)}));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{1, 1}}));
    QCOMPARE(rowRanges(aboutToInsert), QList<Range>({{3, 3}}));
    QCOMPARE(changedRows(changed, StreamConsumersModel::ColumnCount), QList<Range>({{0, 0}}));
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selected.data(StreamConsumersModel::NameRole).toString(), u"w3"_s);
    QCOMPARE(column(model, StreamConsumersModel::Name), QStringList({u"w1"_s, u"w3"_s, u"w4"_s, u"w5"_s}));

    aboutToRemove.clear();
    model.setInfo(info({}));
    QCOMPARE(rowRanges(aboutToRemove), QList<Range>({{0, 3}}));
    QCOMPARE(model.rowCount(), 0);
}

void TestStreamGroupsModel::consumersDisplay()
{
    StreamConsumersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInfo(
        info({group(u"g"_s, 0, 0, {consumer(u"old-redis"_s, 0, 65000), consumer(u"new-redis"_s, 0, 900, 4000)})}));
    const int oldRow = model.rowOf(u"g"_s, u"old-redis"_s);
    const int newRow = model.rowOf(u"g"_s, u"new-redis"_s);
    QCOMPARE(model.index(oldRow, StreamConsumersModel::Idle).data().toString(), DurationText::format(65000));
    // Before Redis 7.2 there is no inactive time: shown as such, kept as -1.
    QCOMPARE(model.index(oldRow, StreamConsumersModel::Inactive).data().toString(), DurationText::format(-1));
    QCOMPARE(
        model.index(oldRow, StreamConsumersModel::Inactive).data(StreamConsumersModel::ValueRole).toLongLong(), -1);
    QVERIFY(!model.index(oldRow, StreamConsumersModel::Inactive).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(newRow, StreamConsumersModel::Inactive).data().toString(), DurationText::format(4000));
    QCOMPARE(
        model.index(newRow, StreamConsumersModel::Inactive).data(StreamConsumersModel::ValueRole).toLongLong(), 4000);
}

void TestStreamGroupsModel::durations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << u"n/a"_s;
    QTest::newRow("zero") << qint64(0) << u"0 ms"_s;
    QTest::newRow("ms") << qint64(999) << u"999 ms"_s;
    QTest::newRow("seconds") << qint64(1500) << u"1.5 s"_s;
    QTest::newRow("just under a minute") << qint64(59949) << u"59.9 s"_s;
    QTest::newRow("minutes") << qint64(65000) << u"1 min 05 s"_s;
    QTest::newRow("hours") << qint64(2 * 3600 * 1000 + 7 * 60 * 1000) << u"2 h 07 min"_s;
    QTest::newRow("days") << qint64(3LL * 24 * 3600 * 1000 + 5 * 3600 * 1000) << u"3 d 5 h"_s;
}

void TestStreamGroupsModel::durations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(DurationText::format(ms), text);
}

QTEST_GUILESS_MAIN(TestStreamGroupsModel)
#include "tst_streamgroupsmodel.moc"
