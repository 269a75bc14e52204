// TicketUpdateQueue: time-boxed application of ticket updates to the model.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/ticketmodel.h"
#include "models/ticketupdatequeue.h"

namespace {

Ticket ticket(int i, const QString &state = QStringLiteral("1"))
{
    Ticket t;
    t.sysId = QString::number(i, 16).rightJustified(32, QLatin1Char('0'));
    t.number = QStringLiteral("INC%1").arg(1000000 + i);
    t.type = QStringLiteral("incident");
    t.state = state;
    return t;
}

} // namespace

class TestTicketUpdateQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appliesEverythingInSlices()
    {
        TicketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TicketUpdateQueue queue(&model);
        queue.setSliceRows(100);
        queue.setBudgetMs(0); // one slice per event-loop turn
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy drained(&queue, &TicketUpdateQueue::drained);

        QList<Ticket> batch;
        for (int i = 0; i < 1000; ++i)
            batch << ticket(i);
        queue.enqueue(batch);
        QCOMPARE(model.rowCount(), 0); // nothing happens inside enqueue()
        QVERIFY(drained.wait(5000));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.size(), 10); // ten slices of 100
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 99);
        QCOMPARE(inserted.last().at(1).toInt(), 900);
        QCOMPARE(inserted.last().at(2).toInt(), 999);
        QCOMPARE(queue.pending(), 0);
    }

    void queuedUpdatesOfOneTicketCollapse()
    {
        TicketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TicketUpdateQueue queue(&model);
        QSignalSpy drained(&queue, &TicketUpdateQueue::drained);
        queue.enqueue({ticket(1, QStringLiteral("1")), ticket(2)});
        queue.enqueue({ticket(1, QStringLiteral("6"))});
        QCOMPARE(queue.pending(), 2);
        QVERIFY(drained.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.ticketAt(model.rowOf(ticket(1).sysId)).state, QStringLiteral("6"));
        QCOMPARE(model.rowOf(ticket(1).sysId), 0); // kept its place in the queue
    }

    // The window clears the model when its connection goes: rows still queued from the old
    // server must not come back afterwards.
    void clearDropsWhatIsQueued()
    {
        TicketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TicketUpdateQueue queue(&model);
        queue.setSliceRows(100);
        queue.setBudgetMs(0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy drained(&queue, &TicketUpdateQueue::drained);
        QList<Ticket> batch;
        for (int i = 0; i < 1000; ++i)
            batch << ticket(i);
        queue.enqueue(batch);
        QVERIFY(inserted.wait(5000)); // the first slice is in, nine are queued
        QVERIFY(queue.pending() > 0 && queue.pending() < 1000); // applied in part
        queue.clear();
        model.clear();
        QCOMPARE(queue.pending(), 0);

        queue.enqueue({ticket(5000)});
        QVERIFY(drained.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.ticketAt(0).sysId, ticket(5000).sysId);
    }
};

QTEST_GUILESS_MAIN(TestTicketUpdateQueue)
#include "tst_ticketupdatequeue.moc"
