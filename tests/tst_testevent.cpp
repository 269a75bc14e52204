// The toolbar's test event must be an entry the pipeline accepts as-is: it decodes without
// recovery, with the state the dialog promised, and repeated events for one number address one
// ticket.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "services/eventdecoder.h"
#include "services/streamentry.h"
#include "services/testevent.h"

using namespace Qt::StringLiterals;

class TestTestEvent final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesAsPublished_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expectedState");
        QTest::newRow("incident created") << u"incident"_s << u"created"_s << QString() << u"1"_s;
        QTest::newRow("incident resolved") << u"incident"_s << u"resolved"_s << u"INC0000042"_s << u"6"_s;
        QTest::newRow("change task updated") << u"change_task"_s << u"updated"_s << QString() << u"3"_s;
        QTest::newRow("catalog task completed") << u"sc_task"_s << u"completed"_s << QString() << u"4"_s;
    }

    void decodesAsPublished()
    {
        QFETCH(QString, type);
        QFETCH(QString, action);
        QFETCH(QString, number);
        QFETCH(QString, expectedState);
        TestEvent event;
        event.type = type;
        event.action = action;
        event.number = number;
        event.time = QDateTime(QDate(2026, 11, 30), QTime(12, 34, 56), Qt::UTC);

        const StreamEntry entry {"1-1", event.fields()};
        const EventDecoder::Result result = EventDecoder::decode(entry);
        QVERIFY2(result.ok(), qPrintable(result.reason));
        const TicketEvent &decoded = *result.event;
        QCOMPARE(decoded.type, type);
        QCOMPARE(decoded.action, action);
        QCOMPARE(decoded.number, number.isEmpty() ? TestEvent::defaultNumber(type) : number);
        QCOMPARE(decoded.state, expectedState);
        QCOMPARE(decoded.sysId, TestEvent::sysIdFor(decoded.number));
        QCOMPARE(decoded.sysUpdatedOn, u"2026-11-30 12:34:56"_s);
        QVERIFY(!decoded.recovered);
    }

    void existingTicketKeepsItsRecord()
    {
        // The dialog found the number in the console: the event updates that ticket (its sys_id,
        // not one derived from the number) and carries its record with the new state and time.
        TestEvent event;
        event.type = u"incident"_s;
        event.action = u"updated"_s;
        event.number = u"INC0305848"_s;
        event.state = u"3"_s;
        event.sysId = u"cc4b47d7a1b2c3d4e5f60718293a4b5c"_s;
        event.assignmentGroup = u"Service Desk N1"_s;
        event.shortDescription = u"Printer offline"_s;
        event.baseRecord = R"({"sys_id":"cc4b47d7a1b2c3d4e5f60718293a4b5c","number":"INC0305848",)"
                           R"("state":{"value":"2","display_value":"In Progress"},"priority":"2",)"
                           R"("assignment_group":{"value":"a1","display_value":"Service Desk N1"},)"
                           R"("caller_id":{"value":"u1","display_value":"Ana Souza"},)"
                           R"("sys_updated_on":"2026-11-30 10:00:00"})";
        event.time = QDateTime(QDate(2026, 11, 30), QTime(12, 0, 0), Qt::UTC);

        const EventDecoder::Result result = EventDecoder::decode(StreamEntry {"1-1", event.fields()});
        QVERIFY2(result.ok(), qPrintable(result.reason));
        const TicketEvent &decoded = *result.event;
        QCOMPARE(decoded.sysId, event.sysId);
        QVERIFY(decoded.sysId != TestEvent::sysIdFor(event.number));
        QCOMPARE(decoded.state, u"3"_s);
        QCOMPARE(decoded.assignmentGroup, u"Service Desk N1"_s);
        QCOMPARE(decoded.sysUpdatedOn, u"2026-11-30 12:00:00"_s);
        const QJsonObject record = QJsonDocument::fromJson(decoded.recordJson).object();
        QCOMPARE(record.value(u"caller_id"_s).toObject().value(u"display_value"_s).toString(), u"Ana Souza"_s);
        QCOMPARE(record.value(u"priority"_s).toString(), u"2"_s);
        // The record's state was {value, display_value} in English: so is the new one.
        QCOMPARE(record.value(u"state"_s).toObject().value(u"value"_s).toString(), u"3"_s);
        QCOMPARE(record.value(u"state"_s).toObject().value(u"display_value"_s).toString(), u"On Hold"_s);
        QCOMPARE(EventDecoder::fieldValue(record.value(u"state"_s)), u"3"_s);
        QCOMPARE(record.value(u"sys_id"_s).toString(), event.sysId);
        QVERIFY(!record.contains(u"active"_s)); // not added to a record without it
    }

    void closingByHandClearsActive()
    {
        // The record said active; the hand-made event closes the ticket: active follows the state
        // (in the form the record has it), and reopening sets it back.
        TestEvent event;
        event.type = u"sc_task"_s;
        event.action = u"completed"_s; // closed complete (4)
        event.number = u"SCTASK0000042"_s;
        event.baseRecord = R"({"active":"true","number":"SCTASK0000042","state":"2"})";
        const auto recordOf = [](const TestEvent &e) {
            for (const auto &[field, value] : e.fields()) {
                if (field == "data")
                    return QJsonDocument::fromJson(value).object();
            }
            return QJsonObject();
        };
        QCOMPARE(recordOf(event).value(u"active"_s).toString(), u"false"_s);
        event.baseRecord = R"({"active":{"value":"false","display_value":"false"},"state":"4"})";
        event.action = u"updated"_s; // work in progress (3)
        const QJsonObject reopened = recordOf(event);
        QCOMPARE(reopened.value(u"active"_s).toObject().value(u"value"_s).toString(), u"true"_s);
        QCOMPARE(reopened.value(u"state"_s).toString(), u"3"_s); // plain stays plain

        // A Portuguese label stays Portuguese.
        event.baseRecord = R"({"state":{"value":"2","display_value":"Em Andamento"}})";
        event.type = u"incident"_s;
        event.action = u"resolved"_s;
        QCOMPARE(recordOf(event).value(u"state"_s).toObject().value(u"display_value"_s).toString(), u"Resolvido"_s);
    }

    void sameNumberSameTicket()
    {
        QCOMPARE(TestEvent::sysIdFor(u"INC0000001"_s), TestEvent::sysIdFor(u"INC0000001"_s));
        QVERIFY(TestEvent::sysIdFor(u"INC0000001"_s) != TestEvent::sysIdFor(u"INC0000002"_s));
        QCOMPARE(TestEvent::sysIdFor(u"INC0000001"_s).size(), 32);
    }

    void xaddArguments()
    {
        TestEvent event;
        const QList<QByteArray> args = event.xaddArguments(u"servicenow:changes"_s);
        QCOMPARE(args.mid(0, 3), (QList<QByteArray> {"XADD", "servicenow:changes", "*"}));
        QCOMPARE(args.size(), 3 + 2 * event.fields().size());
        QCOMPARE(args.at(3), QByteArray("type"));
    }
};

QTEST_GUILESS_MAIN(TestTestEvent)
#include "tst_testevent.moc"
