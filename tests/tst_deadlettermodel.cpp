// DeadLetterModel: newest first, refreshes diffed by id (exact row ranges), the columns a person
// reads. QAbstractItemModelTester is attached before the model is filled.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/deadlettermodel.h"
#include "services/streamentry.h"
#include "tests/support/modelsignals.h"

namespace {

DeadLetter letter(const QByteArray &id, const QByteArray &code = "bad_json",
    QList<QPair<QByteArray, QByteArray>> original = {{"type", "incident"}, {"action", "updated"}, {"number", "INC1"}})
{
    StreamEntry e {id, original};
    e.fields << QPair<QByteArray, QByteArray> {"dlq_reason", "why " + code}
             << QPair<QByteArray, QByteArray> {"dlq_reason_code", code}
             << QPair<QByteArray, QByteArray> {"dlq_source_id", "1-" + id}
             << QPair<QByteArray, QByteArray> {"dlq_consumer", "c1"}
             << QPair<QByteArray, QByteArray> {"dlq_time", "2025-01-15T10:30:01.234Z"};
    if (code == "too_many_deliveries")
        e.fields << QPair<QByteArray, QByteArray> {"dlq_deliveries", "6"};
    return DeadLetter::fromEntry(e);
}

QList<QByteArray> ids(const DeadLetterModel &model)
{
    QList<QByteArray> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(DeadLetterModel::IdRole).toByteArray();
    return out;
}

} // namespace

class TestDeadLetterModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newestFirstAndDiffedById()
    {
        DeadLetterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Given oldest first, with a duplicate: shown newest first, once.
        model.setDeadLetters({letter("5-0"), letter("10-0"), letter("9-0"), letter("10-0")});
        QCOMPARE(ids(model), (QList<QByteArray> {"10-0", "9-0", "5-0"}));
        QCOMPARE(rowRanges(inserted), (QList<Range> {{0, 2}}));

        // A refresh: 9-0 was replayed, 12-0 and 11-0 arrived.
        inserted.clear();
        model.setDeadLetters({letter("12-0"), letter("11-0"), letter("10-0"), letter("5-0")});
        QCOMPARE(ids(model), (QList<QByteArray> {"12-0", "11-0", "10-0", "5-0"}));
        QCOMPARE(rowRanges(removed), (QList<Range> {{1, 1}}));
        QCOMPARE(rowRanges(inserted), (QList<Range> {{0, 1}}));

        removed.clear();
        model.removeIds({"11-0", "5-0"});
        QCOMPARE(ids(model), (QList<QByteArray> {"12-0", "10-0"}));
        QCOMPARE(rowRanges(removed), (QList<Range> {{3, 3}, {1, 1}}));
        QCOMPARE(model.rowOf("10-0"), 1);
        QCOMPARE(model.rowOf("11-0"), -1);

        removed.clear();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(rowRanges(removed), (QList<Range> {{0, 1}}));
        QCOMPARE(reset.size(), 0);
    }

    void columnsShowWhatAPersonScans()
    {
        DeadLetterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeadLetters({letter("3-0", "too_many_deliveries"),
            letter("2-0", "bad_json", {{"table", "sc_task"}, {"operation", "update"}, {"number", "SCTASK1"}}),
            letter("1-0", "no_type", {})});
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        // The reason in words; the code (what --reason takes) in the tooltip, under the reason.
        QCOMPARE(text(0, DeadLetterModel::Reason), QStringLiteral("Too many deliveries"));
        QCOMPARE(text(1, DeadLetterModel::Reason), QStringLiteral("Data not JSON"));
        QCOMPARE(text(0, DeadLetterModel::Event), QStringLiteral("incident:updated"));
        QCOMPARE(text(0, DeadLetterModel::Number), QStringLiteral("INC1"));
        QCOMPARE(text(0, DeadLetterModel::SourceId), QStringLiteral("1-3-0"));
        QCOMPARE(text(0, DeadLetterModel::Consumer), QStringLiteral("c1"));
        QCOMPARE(model.index(0, DeadLetterModel::Deliveries).data().toInt(), 6);
        QCOMPARE(model.index(0, DeadLetterModel::Reason).data(Qt::ToolTipRole).toString(),
            QStringLiteral("why too_many_deliveries\nReason code: too_many_deliveries"));
        QCOMPARE(model.index(0, DeadLetterModel::Time).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2025-01-15T10:30:01.234Z"));
        // Incomplete entries name their table and operation.
        QCOMPARE(text(1, DeadLetterModel::Event), QStringLiteral("sc_task:update"));
        // A count that was not recorded says so rather than leaving a blank cell.
        QCOMPARE(text(1, DeadLetterModel::Deliveries), QStringLiteral("\u2014"));
        QVERIFY(
            model.index(1, DeadLetterModel::Deliveries).data(Qt::ToolTipRole).toString().startsWith(u"Not recorded"));
        // Half an event names the missing half; nothing original (deleted while pending): empty.
        DeadLetter noType = letter("0-5", "no_type", {{"action", "updated"}});
        QCOMPARE(noType.eventText(), QStringLiteral("?:updated"));
        QCOMPARE(text(2, DeadLetterModel::Event), QString());
        QCOMPARE(model.index(2, 0).data(DeadLetterModel::ReasonCodeRole).toString(), QStringLiteral("no_type"));
        // A code this version does not know (a newer one's) is shown as it is.
        model.setDeadLetters({letter("4-0", "poison_pill")});
        QCOMPARE(text(0, DeadLetterModel::Reason), QStringLiteral("poison_pill"));
        for (const QString &code : DeadLetter::knownReasonCodes())
            QVERIFY2(DeadLetter::reasonLabel(code) != code, qPrintable(code));
        QCOMPARE(model.headerData(DeadLetterModel::Deliveries, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Deliveries"));
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterModel)
#include "tst_deadlettermodel.moc"
