// FeedDecoder: every SSE shape of BRIEF §3 into a TicketEvent or a log item, the refusals, the
// log-only types, the gateway round trip over the decoder's contract cases, and the store.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "services/eventdecoder.h"
#include "services/feeddecoder.h"
#include "services/ssegateway.h"
#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

namespace {

const QString Feed = u"backend-a"_s;
const QString SysA = u"9d385017c611228701d22104cc95c371"_s;
const QString SysB = u"a83820b58f723300e7e16c7827bdeed2"_s;

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A store's view for FeedDecoder::Options::lookup: INC0012399 is known as SysB, an incident.
std::optional<FeedDecoder::KnownTicket> knownB(const QString &sysId, const QString &number)
{
    if (sysId == SysB || (sysId.isEmpty() && number == "INC0012399"_L1))
        return FeedDecoder::KnownTicket {SysB, u"incident"_s};
    return std::nullopt;
}

StreamEntry entryFromJson(const QJsonObject &object, const QByteArray &id)
{
    StreamEntry entry;
    entry.id = id;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QByteArray value;
        if (it.value().isObject())
            value = QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact);
        else if (it.value().isArray())
            value = QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact);
        else
            value = it.value().toString().toUtf8();
        entry.fields.append({it.key().toUtf8(), value});
    }
    return entry;
}

} // namespace

class TestFeedDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ticketShapes_data();
    void ticketShapes();
    void refused_data();
    void refused();
    void logOnly_data();
    void logOnly();
    void gatewayRoundTrip_data();
    void gatewayRoundTrip();
    void lookupFillsTypeOfBareFrame();
    void samePipelineAsStreamEntries();
};

void TestFeedDecoder::ticketShapes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("useLookup");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("sysId");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("timestamp"); // ISO UTC with ms, or empty

    const auto shape = [](FeedDecoder::Shape s) { return int(s); };

    // (a) What our own gateway sends: the entry's fields, `data` embedded as an object.
    QTest::newRow("a: gateway entry")
        << u"incident:resolved"_s
        << json({{u"type"_s, u"incident"_s}, {u"action"_s, u"resolved"_s}, {u"sys_id"_s, SysA},
               {u"number"_s, u"INC0012345"_s}, {u"state"_s, u"6"_s}, {u"timestamp"_s, u"2025-01-15T10:30:00Z"_s},
               {u"data"_s,
                   QJsonObject {{u"priority"_s, u"2"_s},
                       {u"assignment_group"_s,
                           QJsonObject {{u"value"_s, u"287e"_s}, {u"display_value"_s, u"Service Desk"_s}}}}}})
        << u"1736937000000-0"_s << false << shape(FeedDecoder::Shape::StreamEntry) << u"incident:resolved"_s << SysA
        << u"INC0012345"_s << u"6"_s << u"Service Desk"_s << QString() << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("a: table/operation entry")
        << u"change_task:created"_s
        << json({{u"table"_s, u"ctask"_s}, {u"operation"_s, u"insert"_s}, {u"sys_id"_s, SysB},
               {u"data"_s, QJsonObject {{u"number"_s, u"CTASK0001234"_s}, {u"state"_s, 1}}}})
        << u"1736937000000-1"_s << false << shape(FeedDecoder::Shape::StreamEntry) << u"change_task:created"_s << SysB
        << u"CTASK0001234"_s << u"1"_s << QString() << QString() << QString();

    // (b) Named ticket events.
    QTest::newRow("b: ticket-created")
        << u"ticket-created"_s
        << json({{u"sysId"_s, SysA}, {u"number"_s, u"INC0012345"_s}, {u"ticketType"_s, u"incident"_s},
               {u"action"_s, u"created"_s}, {u"state"_s, u"1"_s}, {u"changes"_s, QJsonArray {}},
               {u"changedFields"_s, QJsonArray {}}, {u"timestamp"_s, u"2025-01-15T10:30:00.5-03:00"_s}})
        << u"17"_s << false << shape(FeedDecoder::Shape::TicketEvent) << u"incident:created"_s << SysA
        << u"INC0012345"_s << u"1"_s << QString() << QString() << u"2025-01-15T13:30:00.500Z"_s;
    QTest::newRow("b: ticket-updated, no action, display-value state, epoch ms, changes list")
        << u"ticket-updated"_s
        << json({{u"sysId"_s, SysA.toUpper()}, {u"number"_s, u"CTASK0001234"_s}, {u"ticketType"_s, u"CTASK"_s},
               {u"state"_s, QJsonObject {{u"value"_s, u"3"_s}, {u"display_value"_s, u"Em Execução"_s}}},
               {u"changes"_s,
                   QJsonArray {QJsonObject {{u"field"_s, u"assignment_group"_s}, {u"oldValue"_s, u"Redes"_s},
                       {u"newValue"_s, u"Redes N2"_s}}}},
               {u"changedFields"_s, QJsonArray {u"assignment_group"_s, u"state"_s}}, {u"timestamp"_s, 1736951400000.0}})
        << u"1736951400000"_s << false << shape(FeedDecoder::Shape::TicketEvent) << u"change_task:updated"_s << SysA
        << u"CTASK0001234"_s << u"3"_s << u"Redes N2"_s << QString() << u"2025-01-15T14:30:00.000Z"_s;
    QTest::newRow("b: ticket-deleted") << u"ticket-deleted"_s
                                       << json({{u"sysId"_s, SysB}, {u"number"_s, u"SCTASK0054321"_s},
                                              {u"ticketType"_s, u"sctask"_s}})
                                       << QString() << false << shape(FeedDecoder::Shape::TicketEvent)
                                       << u"sc_task:deleted"_s << SysB << u"SCTASK0054321"_s << QString() << QString()
                                       << QString() << QString();
    QTest::newRow("b: state label dropped, code from changes object")
        << u"ticket-updated"_s
        << json({{u"sysId"_s, SysA}, {u"ticketType"_s, u"incident"_s}, {u"action"_s, u"resolved"_s},
               {u"state"_s, u"Resolved"_s},
               {u"changes"_s,
                   QJsonObject {{u"state"_s, QJsonObject {{u"old"_s, u"2"_s}, {u"new"_s, u"6"_s}}},
                       {u"short_description"_s, u"VPN ok"_s}}},
               {u"timestamp"_s, 1736951400.0}})
        << u"2025-01-15T14:30:00Z"_s << false << shape(FeedDecoder::Shape::TicketEvent) << u"incident:resolved"_s
        << SysA << QString() << u"6"_s << QString() << u"VPN ok"_s << u"2025-01-15T14:30:00.000Z"_s;

    // (c) Bare frames: no event name, the payload's type says what it is.
    QTest::newRow("c: bare ticket-updated")
        << QString()
        << json({{u"type"_s, u"ticket-updated"_s}, {u"sys_id"_s, SysA}, {u"timestamp"_s, u"2025-01-15T10:30:00Z"_s},
               {u"change"_s,
                   QJsonObject {{u"ticketType"_s, u"incident"_s}, {u"number"_s, u"INC0012345"_s}, {u"state"_s, 2},
                       {u"assignmentGroup"_s, u"N1"_s}}}})
        << u"42"_s << false << shape(FeedDecoder::Shape::BareFrame) << u"incident:updated"_s << SysA << u"INC0012345"_s
        << u"2"_s << u"N1"_s << QString() << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("c: bare frame as \"message\"")
        << u"message"_s
        << json({{u"type"_s, u"ticket-updated"_s}, {u"sys_id"_s, SysA},
               {u"change"_s,
                   QJsonObject {{u"table"_s, u"sc_task"_s}, {u"action"_s, u"completed"_s}, {u"state"_s, u"4"_s}}}})
        << QString() << false << shape(FeedDecoder::Shape::BareFrame) << u"sc_task:completed"_s << SysA << QString()
        << u"4"_s << QString() << QString() << QString();

    // (d) Broadcasts. With a sys_id (forward compatible) they apply as they are; without one,
    // only a ticket the store already knows by number is updated.
    QTest::newRow("d: broadcast with sysId")
        << u"message"_s
        << json({{u"type"_s, u"ticket_update"_s},
               {u"data"_s,
                   QJsonObject {{u"ticketType"_s, u"incident"_s}, {u"sysId"_s, SysA}, {u"action"_s, u"resolved"_s},
                       {u"number"_s, u"INC0012345"_s}, {u"state"_s, u"6"_s}, {u"assignmentGroup"_s, u"N2"_s},
                       {u"description"_s, u"VPN"_s}, {u"timestamp"_s, u"2025-01-15T10:30:00Z"_s}}}})
        << u"7"_s << false << shape(FeedDecoder::Shape::Broadcast) << u"incident:resolved"_s << SysA << u"INC0012345"_s
        << u"6"_s << u"N2"_s << u"VPN"_s << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("d: broadcast resolved by number")
        << QString()
        << json({{u"type"_s, u"ticket_update"_s},
               {u"data"_s,
                   QJsonObject {{u"action"_s, u"updated"_s}, {u"number"_s, u"INC0012399"_s}, {u"state"_s, u"3"_s}}}})
        << u"8"_s << true << shape(FeedDecoder::Shape::Broadcast) << u"incident:updated"_s << SysB << u"INC0012399"_s
        << u"3"_s << QString() << QString() << QString();
}

void TestFeedDecoder::ticketShapes()
{
    QFETCH(QString, type);
    QFETCH(QString, data);
    QFETCH(QString, id);
    QFETCH(bool, useLookup);
    QFETCH(int, shape);
    QFETCH(QString, eventName);
    QFETCH(QString, sysId);
    QFETCH(QString, number);
    QFETCH(QString, state);
    QFETCH(QString, group);
    QFETCH(QString, description);
    QFETCH(QString, timestamp);

    FeedDecoder::Options options;
    if (useLookup)
        options.lookup = knownB;
    const FeedDecoder::Item item = FeedDecoder::decode(Feed, type, data, id, options);
    QVERIFY2(item.isTicket(), qPrintable(item.reasonCode + u": "_s + item.reason));
    QCOMPARE(int(item.shape), shape);
    QCOMPARE(item.category, u"ticket"_s);
    QVERIFY(item.reasonCode.isEmpty());
    QCOMPARE(item.feed, Feed);
    QCOMPARE(item.id, id);
    QCOMPARE(item.type, type.isEmpty() ? u"message"_s : type);
    QCOMPARE(item.payload.toObject(), QJsonDocument::fromJson(data.toUtf8()).object());

    const TicketEvent &event = *item.event;
    QCOMPARE(event.eventName(), eventName);
    QCOMPARE(event.sysId, sysId);
    QCOMPARE(event.number, number);
    QCOMPARE(event.state, state);
    QCOMPARE(event.assignmentGroup, group);
    QCOMPARE(event.shortDescription, description);
    // The SSE id: as is when it is a stream id (our gateway), qualified by the feed otherwise.
    if (id.isEmpty())
        QVERIFY(event.sourceId.isEmpty());
    else if (item.shape == FeedDecoder::Shape::StreamEntry)
        QCOMPARE(event.sourceId, id.toUtf8());
    else
        QCOMPARE(event.sourceId, QByteArray(Feed.toUtf8() + '#' + id.toUtf8()));
    if (timestamp.isEmpty())
        QVERIFY(!event.timestamp.isValid());
    else
        QCOMPARE(event.timestamp.toUTC().toString(Qt::ISODateWithMs), timestamp);
    if (item.shape != FeedDecoder::Shape::StreamEntry)
        QVERIFY2(!event.record.present && event.recordJson.isEmpty(),
            "a partial change must never replace the stored record");
}

void TestFeedDecoder::refused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");
    QTest::addColumn<bool>("useLookup");
    QTest::addColumn<QString>("reasonCode");

    QTest::newRow("b: sys_id is a number")
        << u"ticket-updated"_s << json({{u"sysId"_s, u"INC0012345"_s}, {u"ticketType"_s, u"incident"_s}}) << false
        << u"bad_sys_id"_s;
    QTest::newRow("b: neither sys_id nor number")
        << u"ticket-updated"_s << json({{u"ticketType"_s, u"incident"_s}, {u"state"_s, u"2"_s}}) << false
        << u"no_sys_id"_s;
    QTest::newRow("b: not JSON") << u"ticket-created"_s << u"{\"sysId\": \"9d38"_s << false << u"bad_payload"_s;
    QTest::newRow("b: JSON array") << u"ticket-updated"_s << u"[1,2]"_s << false << u"bad_payload"_s;
    QTest::newRow("b: no type, store does not know it")
        << u"ticket-updated"_s << json({{u"sysId"_s, SysA}, {u"state"_s, u"2"_s}}) << true << u"no_type"_s;
    QTest::newRow("a: not JSON") << u"incident:updated"_s << u"type=incident"_s << false << u"bad_payload"_s;
    QTest::newRow("a: gateway's malformed entry")
        << u"malformed"_s << json({{u"type"_s, u"incident"_s}, {u"action"_s, u"updated"_s}}) << false << u"no_sys_id"_s;
    QTest::newRow("a: record of another ticket")
        << u"incident:updated"_s
        << json({{u"type"_s, u"incident"_s}, {u"sys_id"_s, SysA}, {u"data"_s, QJsonObject {{u"sys_id"_s, SysB}}}})
        << false << u"sys_id_mismatch"_s;
    QTest::newRow("c: bare frame without a type") << QString()
                                                  << json({{u"type"_s, u"ticket-updated"_s}, {u"sys_id"_s, SysA},
                                                         {u"change"_s, QJsonObject {{u"state"_s, u"2"_s}}}})
                                                  << false << u"no_type"_s;
    QTest::newRow("d: broadcast without sys_id, no store")
        << u"message"_s
        << json({{u"type"_s, u"ticket_update"_s},
               {u"data"_s, QJsonObject {{u"ticketType"_s, u"incident"_s}, {u"number"_s, u"INC0012399"_s}}}})
        << false << u"unknown_ticket"_s;
    QTest::newRow("d: broadcast for a number the store lacks")
        << u"message"_s
        << json({{u"type"_s, u"ticket_update"_s},
               {u"data"_s, QJsonObject {{u"ticketType"_s, u"incident"_s}, {u"number"_s, u"INC0099999"_s}}}})
        << true << u"unknown_ticket"_s;
}

void TestFeedDecoder::refused()
{
    QFETCH(QString, type);
    QFETCH(QString, data);
    QFETCH(bool, useLookup);
    QFETCH(QString, reasonCode);

    FeedDecoder::Options options;
    if (useLookup)
        options.lookup = knownB;
    const FeedDecoder::Item item = FeedDecoder::decode(Feed, type, data, u"5"_s, options);
    QVERIFY(!item.isTicket());
    QVERIFY(item.shape != FeedDecoder::Shape::None);
    QCOMPARE(item.category, u"ticket"_s);
    QCOMPARE(item.reasonCode, reasonCode);
    QVERIFY(!item.reason.isEmpty());
    QVERIFY2(!item.reason.contains(u'\n'), "a reason is one line");
    QCOMPARE(item.id, u"5"_s);
    QCOMPARE(item.feed, Feed);
    // The payload is kept for the event log, parsed when it is JSON.
    if (QJsonDocument::fromJson(data.toUtf8()).isNull())
        QCOMPARE(item.payload.toString(), data);
}

void TestFeedDecoder::logOnly_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("payloadType");

    const auto add = [](const char *row, const QString &type, const QString &data, const QString &category,
                         const QString &payloadType = QString()) {
        QTest::newRow(row) << type << data << category << payloadType;
    };
    add("connection", u"connection"_s,
        json({{u"streamId"_s, u"s1"_s}, {u"clientId"_s, u"c1"_s}, {u"channels"_s, QJsonArray {u"tickets"_s}},
            {u"serverTime"_s, u"2025-01-15T10:30:00Z"_s}}),
        u"connection"_s);
    add("notification", u"notification"_s, json({{u"title"_s, u"SLA"_s}, {u"message"_s, u"INC0012345 breached"_s}}),
        u"notification"_s);
    add("heartbeat", u"heartbeat"_s, json({{u"timestamp"_s, 1736951400000.0}, {u"activeStreams"_s, 3}}),
        u"heartbeat"_s);
    add("connected", u"connected"_s, json({{u"clientId"_s, u"c1"_s}}), u"connection"_s);
    add("ping", u"ping"_s, json({{u"timestamp"_s, u"2025-01-15T10:30:00Z"_s}}), u"heartbeat"_s);
    add("dashboard-stats", u"dashboard-stats"_s, json({{u"open"_s, 12}, {u"resolved"_s, 4}}), u"stats"_s);
    add("sync-progress", u"sync-progress"_s, json({{u"table"_s, u"incident"_s}, {u"progress"_s, 0.5}}), u"sync"_s);
    add("sla-breach", u"sla-breach"_s, json({{u"sysId"_s, SysA}, {u"number"_s, u"INC0012345"_s}}), u"sla"_s);
    add("sla-warning", u"sla-warning"_s, json({{u"sysId"_s, SysA}}), u"sla"_s);
    add("initial_state", u"initial_state"_s, json({{u"caseId"_s, u"c-1"_s}, {u"messages"_s, QJsonArray {}}}),
        u"triage"_s);
    add("triage_started", u"triage_started"_s, json({{u"caseId"_s, u"c-1"_s}}), u"triage"_s);
    add("triage_update", u"triage_update"_s, json({{u"caseId"_s, u"c-1"_s}, {u"step"_s, 2}}), u"triage"_s);
    add("message_received", u"message_received"_s, json({{u"caseId"_s, u"c-1"_s}, {u"text"_s, u"hi"_s}}), u"triage"_s);
    add("complexity_update", u"complexity_update"_s, json({{u"caseId"_s, u"c-1"_s}, {u"complexity"_s, u"high"_s}}),
        u"triage"_s);
    add("triage_completed", u"triage_completed"_s, json({{u"caseId"_s, u"c-1"_s}}), u"triage"_s);
    add("bare connection", QString(), json({{u"type"_s, u"connection"_s}, {u"timestamp"_s, u"now"_s}}), u"connection"_s,
        u"connection"_s);
    add("bare heartbeat", u"message"_s, json({{u"type"_s, u"heartbeat"_s}, {u"timestamp"_s, 1.0}}), u"heartbeat"_s,
        u"heartbeat"_s);
    add("bare triage frame", QString(), json({{u"type"_s, u"triage_update"_s}}), u"triage"_s, u"triage_update"_s);
    add("unknown event", u"weather"_s, json({{u"sysId"_s, SysA}}), u"other"_s);
    add("plain text", QString(), u"hello world"_s, u"other"_s);
    add("malformed JSON heartbeat", u"heartbeat"_s, u"{\"timestamp\": "_s, u"heartbeat"_s);
    add("broadcast of another kind", QString(), json({{u"type"_s, u"ticket_stats"_s}, {u"data"_s, QJsonObject {}}}),
        u"other"_s, u"ticket_stats"_s);
}

void TestFeedDecoder::logOnly()
{
    QFETCH(QString, type);
    QFETCH(QString, data);
    QFETCH(QString, category);
    QFETCH(QString, payloadType);

    const FeedDecoder::Item item = FeedDecoder::decode(Feed, type, data, u"1736951400000"_s);
    QVERIFY(!item.isTicket());
    QCOMPARE(int(item.shape), int(FeedDecoder::Shape::None));
    QCOMPARE(item.category, category);
    QCOMPARE(item.payloadType, payloadType);
    QVERIFY(item.reasonCode.isEmpty());
    QCOMPARE(item.feed, Feed);
    QCOMPARE(item.type, type.isEmpty() ? u"message"_s : type);
    QCOMPARE(item.id, u"1736951400000"_s);
    const QJsonDocument parsed = QJsonDocument::fromJson(data.toUtf8());
    if (parsed.isObject())
        QCOMPARE(item.payload.toObject(), parsed.object());
    else
        QCOMPARE(item.payload.toString(), data);
}

void TestFeedDecoder::gatewayRoundTrip_data()
{
    QFile file(QStringLiteral(STREAMDESK_TEST_DATA "/decoder/cases.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
    QVERIFY(!cases.isEmpty());
    QTest::addColumn<QJsonObject>("testCase");
    for (const QJsonValue &value : cases)
        QTest::newRow(qPrintable(value.toObject().value(u"name"_s).toString())) << value.toObject();
}

// Every contract case sent through the gateway's format and read back by the feed decoder
// decodes exactly as the stream entry does: one pipeline, whichever way an entry arrives.
void TestFeedDecoder::gatewayRoundTrip()
{
    QFETCH(QJsonObject, testCase);
    const QByteArray id = "1736937000000-5";
    const StreamEntry entry = entryFromJson(testCase.value(u"entry"_s).toObject(), id);
    EventDecoder::Options decoderOptions;
    if (testCase.contains(u"maxEntryBytes"_s))
        decoderOptions.maxEntryBytes = testCase.value(u"maxEntryBytes"_s).toInteger();
    const EventDecoder::Result direct = EventDecoder::decode(entry, decoderOptions);

    // What the gateway puts on the wire (its event name uses the default limit).
    const QByteArray wire = SseGateway::formatEvent(entry);
    QVERIFY(wire.startsWith(QByteArray("id: " + id + "\nevent: ")));
    QVERIFY(wire.endsWith("\n\n"));
    QCOMPARE(wire.count('\n'), 4); // id, event, one data line, blank line
    const QList<QByteArray> lines = wire.split('\n');
    const QString name = QString::fromUtf8(lines.at(1).sliced(7));
    const QString data = QString::fromUtf8(lines.at(2).sliced(6));
    const EventDecoder::Result unlimited = EventDecoder::decode(entry);
    QCOMPARE(name, unlimited.ok() ? unlimited.event->eventName() : u"malformed"_s);

    FeedDecoder::Options options;
    options.decoder = decoderOptions;
    const FeedDecoder::Item item = FeedDecoder::decode(Feed, name, data, QString::fromUtf8(id), options);
    QCOMPARE(int(item.shape), int(FeedDecoder::Shape::StreamEntry));
    QCOMPARE(item.isTicket(), direct.ok());
    if (!direct.ok()) {
        QCOMPARE(item.reasonCode, direct.reasonCode);
        return;
    }
    const TicketEvent &a = *direct.event;
    const TicketEvent &b = *item.event;
    QCOMPARE(b.sourceId, a.sourceId);
    QCOMPARE(b.eventName(), a.eventName());
    QCOMPARE(b.rawType, a.rawType);
    QCOMPARE(b.rawAction, a.rawAction);
    QCOMPARE(b.sysId, a.sysId);
    QCOMPARE(b.number, a.number);
    QCOMPARE(b.state, a.state);
    QCOMPARE(b.priority, a.priority);
    QCOMPARE(b.assignmentGroup, a.assignmentGroup);
    QCOMPARE(b.shortDescription, a.shortDescription);
    QCOMPARE(b.sysUpdatedOn, a.sysUpdatedOn);
    QCOMPARE(b.timestamp, a.timestamp);
    QCOMPARE(b.record, a.record);
    QCOMPARE(b.recovered, a.recovered);
}

void TestFeedDecoder::lookupFillsTypeOfBareFrame()
{
    const QString data = json(
        {{u"type"_s, u"ticket-updated"_s}, {u"sys_id"_s, SysB}, {u"change"_s, QJsonObject {{u"state"_s, u"7"_s}}}});
    int calls = 0;
    FeedDecoder::Options options;
    options.lookup = [&calls](const QString &sysId, const QString &number) {
        ++calls;
        return knownB(sysId, number);
    };
    const FeedDecoder::Item item = FeedDecoder::decode(Feed, QString(), data, u"9"_s, options);
    QVERIFY2(item.isTicket(), qPrintable(item.reason));
    QCOMPARE(calls, 1);
    QCOMPARE(item.event->eventName(), u"incident:updated"_s);
    QCOMPARE(item.event->state, u"7"_s);

    // A complete event never asks the store.
    calls = 0;
    const FeedDecoder::Item complete = FeedDecoder::decode(
        Feed, u"ticket-updated"_s, json({{u"sysId"_s, SysA}, {u"ticketType"_s, u"incident"_s}}), u"10"_s, options);
    QVERIFY(complete.isTicket());
    QCOMPARE(calls, 0);
}

// Decoded feed events go through the same TicketStore::apply() as stream entries, with the same
// idempotence: an entry seen on the stream and again through the gateway applies once.
void TestFeedDecoder::samePipelineAsStreamEntries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TicketStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"tickets.sqlite"_s), &error), qPrintable(error));

    const StreamEntry entry =
        entryFromJson({{u"type"_s, u"incident"_s}, {u"action"_s, u"created"_s}, {u"sys_id"_s, SysB},
                          {u"number"_s, u"INC0012399"_s}, {u"state"_s, u"1"_s}},
            "1736937000000-0");
    const EventDecoder::Result fromStream = EventDecoder::decode(entry);
    QVERIFY(fromStream.ok());
    QCOMPARE(store.apply({*fromStream.event}).applied, 1);

    const QByteArray wire = SseGateway::formatEvent(entry);
    const QList<QByteArray> lines = wire.split('\n');
    const FeedDecoder::Item again = FeedDecoder::decode(Feed, QString::fromUtf8(lines.at(1).sliced(7)),
        QString::fromUtf8(lines.at(2).sliced(6)), QString::fromUtf8(entry.id));
    QVERIFY(again.isTicket());
    const TicketStore::BatchResult replay = store.apply({*again.event});
    QCOMPARE(replay.applied, 0);
    QCOMPARE(replay.duplicates, 1);

    // A backend's counter id is no stream id: "17" must not look older than the stream's
    // entries, and the same event delivered twice applies once.
    const QString counterEvent =
        json({{u"sysId"_s, SysB}, {u"ticketType"_s, u"incident"_s}, {u"action"_s, u"updated"_s}, {u"state"_s, 2}});
    const FeedDecoder::Item counter = FeedDecoder::decode(Feed, u"ticket-updated"_s, counterEvent, u"17"_s);
    QVERIFY(counter.isTicket());
    QCOMPARE(store.apply({*counter.event}).applied, 1);
    QCOMPARE(store.ticket(SysB)->state, u"2"_s);
    QCOMPARE(store.apply({*counter.event}).duplicates, 1);

    // A broadcast without sys_id, resolved through a lookup backed by this store.
    FeedDecoder::Options options;
    options.lookup = [&store](const QString &sysId, const QString &number) -> std::optional<FeedDecoder::KnownTicket> {
        for (const Ticket &t : store.tickets()) {
            if ((!sysId.isEmpty() && t.sysId == sysId) || (sysId.isEmpty() && t.number == number))
                return FeedDecoder::KnownTicket {t.sysId, t.type};
        }
        return std::nullopt;
    };
    const FeedDecoder::Item broadcast = FeedDecoder::decode(Feed, QString(),
        json({{u"type"_s, u"ticket_update"_s},
            {u"data"_s, QJsonObject {{u"number"_s, u"INC0012399"_s}, {u"action"_s, u"resolved"_s}, {u"state"_s, 6}}}}),
        u"b-1"_s, options);
    QVERIFY2(broadcast.isTicket(), qPrintable(broadcast.reason));
    QCOMPARE(store.apply({*broadcast.event}).applied, 1);
    const std::optional<Ticket> ticket = store.ticket(SysB);
    QVERIFY(ticket);
    QCOMPARE(ticket->state, u"6"_s);
    QCOMPARE(ticket->lastAction, u"resolved"_s);
    QCOMPARE(ticket->type, u"incident"_s);
    QCOMPARE(store.count(), 1); // no pseudo ticket was invented
}

QTEST_GUILESS_MAIN(TestFeedDecoder)
#include "tst_feeddecoder.moc"
