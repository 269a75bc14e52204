#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "services/eventdecoder.h"
#include "services/redisreply.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray SourceId = QByteArrayLiteral("1736937000000-0");

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc.object();
}

// A case's `entry` as a stream entry: `data` that is not a string goes on the wire as compact JSON text.
StreamEntry entryFromJson(const QJsonObject &object, const QByteArray &id = SourceId)
{
    StreamEntry entry;
    entry.id = id;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QByteArray value;
        if (it.value().isString())
            value = it.value().toString().toUtf8();
        else if (it.value().isObject())
            value = QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact);
        else if (it.value().isArray())
            value = QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact);
        else
            qFatal("case entry field %s must be a string, object or array", qPrintable(it.key()));
        entry.fields.append({it.key().toUtf8(), value});
    }
    return entry;
}

StreamEntry makeEntry(const QList<QPair<QByteArray, QByteArray>> &fields, const QByteArray &id = SourceId)
{
    StreamEntry entry;
    entry.id = id;
    entry.fields = fields;
    return entry;
}

// The documented examples: `<!-- case: NAME -->` followed by a ```json block.
QHash<QString, QJsonObject> documentedCases()
{
    QFile file(QStringLiteral(STREAMDESK_SOURCE_DIR "/docs/event-format.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open docs/event-format.md");
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(
        u"<!-- case: ([a-z_]+) -->\\s*```json\\n(.*?)\\n```"_s, QRegularExpression::DotMatchesEverythingOption);
    QHash<QString, QJsonObject> cases;
    auto it = block.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(match.captured(2).toUtf8(), &error);
        if (!doc.isObject())
            qFatal("docs/event-format.md case %s: %s", qPrintable(match.captured(1)), qPrintable(error.errorString()));
        if (cases.contains(match.captured(1)))
            qFatal("docs/event-format.md: case %s appears twice", qPrintable(match.captured(1)));
        cases.insert(match.captured(1), doc.object());
    }
    return cases;
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

class TestEventDecoder final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void contract_data();
    void contract();
    void documentShowsEveryCase();

    void sizeLimitBoundary_data();
    void sizeLimitBoundary();
    void sizeCheckedBeforeParsing();

    void aliases_data();
    void aliases();
    void actions_data();
    void actions();
    void unknownActionKeptRaw();
    void missingActionIsUpdate();

    void fieldValue_data();
    void fieldValue();

    void sysIdForms_data();
    void sysIdForms();

    void badData_data();
    void badData();
    void blankDataIsAbsent_data();
    void blankDataIsAbsent();

    void timestamps_data();
    void timestamps();
    void sysUpdatedOn_data();
    void sysUpdatedOn();

    void reasonsAreOneBoundedLine();
    void deletedEntryFromReply();
    void typeFallsBackInOrder();
    void recordKeptAsReceived();
    void recordJsonOnlyForARecord_data();
    void recordJsonOnlyForARecord();

private:
    QJsonArray m_cases;
};

void TestEventDecoder::initTestCase()
{
    m_cases = readJsonObject(QStringLiteral(STREAMDESK_TEST_DATA "/decoder/cases.json")).value(u"cases"_s).toArray();
    QVERIFY(!m_cases.isEmpty());
}

void TestEventDecoder::contract_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    for (const QJsonValue &value : std::as_const(m_cases)) {
        const QJsonObject testCase = value.toObject();
        QTest::newRow(qPrintable(testCase.value(u"name"_s).toString())) << testCase;
    }
}

void TestEventDecoder::contract()
{
    QFETCH(QJsonObject, testCase);
    const StreamEntry entry = entryFromJson(testCase.value(u"entry"_s).toObject());
    EventDecoder::Options options;
    if (testCase.contains(u"maxEntryBytes"_s))
        options.maxEntryBytes = testCase.value(u"maxEntryBytes"_s).toInteger();
    const EventDecoder::Result result = EventDecoder::decode(entry, options);

    if (testCase.contains(u"expectError"_s)) {
        const QJsonObject expect = testCase.value(u"expectError"_s).toObject();
        QVERIFY2(!result.ok(), "decoded an entry the contract calls malformed");
        QCOMPARE(result.reasonCode, expect.value(u"reasonCode"_s).toString());
        QVERIFY2(result.reason.contains(expect.value(u"reasonContains"_s).toString()), qPrintable(result.reason));
        return;
    }

    QVERIFY2(result.ok(), qPrintable(result.reasonCode + u": "_s + result.reason));
    QVERIFY(result.reasonCode.isEmpty());
    const TicketEvent &e = *result.event;
    const QJsonObject expect = testCase.value(u"expect"_s).toObject();
    QCOMPARE(e.sourceId, SourceId);
    QCOMPARE(e.type, expect.value(u"type"_s).toString());
    QCOMPARE(e.rawType, expect.value(u"rawType"_s).toString());
    QCOMPARE(e.action, expect.value(u"action"_s).toString());
    QCOMPARE(e.rawAction, expect.value(u"rawAction"_s).toString());
    QCOMPARE(e.sysId, expect.value(u"sysId"_s).toString());
    QCOMPARE(e.number, expect.value(u"number"_s).toString());
    QCOMPARE(e.state, expect.value(u"state"_s).toString());
    QCOMPARE(e.priority, expect.value(u"priority"_s).toString());
    QCOMPARE(e.assignmentGroup, expect.value(u"assignmentGroup"_s).toString());
    QCOMPARE(e.shortDescription, expect.value(u"shortDescription"_s).toString());
    QCOMPARE(e.sysUpdatedOn, expect.value(u"sysUpdatedOn"_s).toString());
    QCOMPARE(isoOrEmpty(e.timestamp), expect.value(u"timestamp"_s).toString());
    QCOMPARE(e.recovered, expect.value(u"recovered"_s).toBool());
    QCOMPARE(e.eventName(), expect.value(u"eventName"_s).toString());
    const QJsonValue data = testCase.value(u"entry"_s).toObject().value(u"data"_s);
    // The fields the store reads are those of the record as Qt parses it, and the record's bytes
    // travel unchanged (an empty object is no record).
    const QJsonObject record = data.isObject() ? data.toObject() : QJsonObject();
    QCOMPARE(e.record, RecordFields::fromObject(record));
    QCOMPARE(QJsonDocument::fromJson(e.recordJson).object(), record);
}

// Every tested case is in the document verbatim and the document shows no untested case.
void TestEventDecoder::documentShowsEveryCase()
{
    const QHash<QString, QJsonObject> documented = documentedCases();
    QSet<QString> tested;
    for (const QJsonValue &value : std::as_const(m_cases)) {
        const QJsonObject testCase = value.toObject();
        const QString name = testCase.value(u"name"_s).toString();
        tested.insert(name);
        QVERIFY2(documented.contains(name), qPrintable(u"docs/event-format.md has no example for case "_s + name));
        QCOMPARE(documented.value(name), testCase.value(u"entry"_s).toObject());
    }
    for (auto it = documented.cbegin(); it != documented.cend(); ++it)
        QVERIFY2(tested.contains(it.key()), qPrintable(u"documented case not tested: "_s + it.key()));
}

void TestEventDecoder::sizeLimitBoundary_data()
{
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("default limit, exactly at it") << qsizetype(1024 * 1024) << qsizetype(1024 * 1024);
    QTest::newRow("default limit, one over") << qsizetype(1024 * 1024) << qsizetype(1024 * 1024 + 1);
    QTest::newRow("small limit, one under") << qsizetype(300) << qsizetype(299);
    QTest::newRow("small limit, exactly at it") << qsizetype(300) << qsizetype(300);
    QTest::newRow("small limit, one over") << qsizetype(300) << qsizetype(301);
}

void TestEventDecoder::sizeLimitBoundary()
{
    QFETCH(qsizetype, limit);
    QFETCH(qsizetype, size);
    // A valid entry whose record description is padded to the wanted total size.
    StreamEntry entry = makeEntry({
        {"type", "incident"},
        {"action", "updated"},
        {"sys_id", "9d385017c611228701d22104cc95c371"},
        {"data", {}},
    });
    const QByteArray head = QByteArrayLiteral(R"({"description":")");
    const QByteArray tail = QByteArrayLiteral(R"("})");
    const qsizetype padding = size - entry.byteSize() - head.size() - tail.size();
    QVERIFY(padding > 0);
    entry.fields.last().second = head + QByteArray(padding, 'x') + tail;
    QCOMPARE(entry.byteSize(), size);

    EventDecoder::Options options;
    options.maxEntryBytes = limit;
    const auto result = limit == 1024 * 1024 ? EventDecoder::decode(entry) : EventDecoder::decode(entry, options);
    if (size <= limit) {
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(QJsonDocument::fromJson(result.event->recordJson).object().value(u"description"_s).toString().size(),
            padding);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.reasonCode, u"too_large"_s);
        QVERIFY2(result.reason.contains(QString::number(size)), qPrintable(result.reason));
        QVERIFY2(result.reason.contains(QString::number(limit)), qPrintable(result.reason));
    }
}

void TestEventDecoder::sizeCheckedBeforeParsing()
{
    // Too large AND broken JSON AND no sys_id: the size is what is reported.
    const StreamEntry entry = makeEntry({{"data", QByteArray("{") + QByteArray(2000, '"')}});
    EventDecoder::Options options;
    options.maxEntryBytes = 1000;
    const auto result = EventDecoder::decode(entry, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.reasonCode, u"too_large"_s);
}

void TestEventDecoder::aliases_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("type");
    QTest::newRow("ctask") << u"ctask"_s << u"change_task"_s;
    QTest::newRow("CTASK") << u"CTASK"_s << u"change_task"_s;
    QTest::newRow("CTask padded") << u" CTask "_s << u"change_task"_s;
    QTest::newRow("sctask") << u"sctask"_s << u"sc_task"_s;
    QTest::newRow("SCTASK") << u"SCTASK"_s << u"sc_task"_s;
    QTest::newRow("ScTask") << u"ScTask"_s << u"sc_task"_s;
    QTest::newRow("change_task") << u"change_task"_s << u"change_task"_s;
    QTest::newRow("Change_Task") << u"Change_Task"_s << u"change_task"_s;
    QTest::newRow("sc_task") << u"sc_task"_s << u"sc_task"_s;
    QTest::newRow("INCIDENT") << u"INCIDENT"_s << u"incident"_s;
    QTest::newRow("problem") << u"problem"_s << u"problem"_s;
    QTest::newRow("change_request") << u"change_request"_s << u"change_request"_s;
    QTest::newRow("sc_request") << u"SC_REQUEST"_s << u"sc_request"_s;
    QTest::newRow("incident_task") << u"incident_task"_s << u"incident_task"_s;
    QTest::newRow("problem_task") << u"problem_task"_s << u"problem_task"_s;
    QTest::newRow("task") << u"task"_s << u"task"_s;
    QTest::newRow("custom table") << u"u_Custom_Table"_s << u"u_custom_table"_s;
    QTest::newRow("ctask as a word part") << u"ctasks"_s << u"ctasks"_s;
}

void TestEventDecoder::aliases()
{
    QFETCH(QString, written);
    QFETCH(QString, type);
    QCOMPARE(EventDecoder::canonicalType(written), type);
    // The same through `type` and through `table`.
    for (const QByteArray &field : {QByteArrayLiteral("type"), QByteArrayLiteral("table")}) {
        const auto result = EventDecoder::decode(
            makeEntry({{field, written.toUtf8()}, {"sys_id", "9d385017c611228701d22104cc95c371"}}));
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.event->type, type);
        QCOMPARE(result.event->rawType, written.trimmed());
        QCOMPARE(result.event->recovered, field == "table");
    }
}

void TestEventDecoder::actions_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("action");
    for (const QString &known :
        {u"created"_s, u"updated"_s, u"resolved"_s, u"completed"_s, u"synced"_s, u"slm_updated"_s, u"deleted"_s}) {
        QTest::addRow("%s", qPrintable(known)) << known << known;
        QTest::addRow("%s upper", qPrintable(known)) << known.toUpper() << known;
    }
    QTest::newRow("insert") << u"insert"_s << u"created"_s;
    QTest::newRow("INSERT") << u"INSERT"_s << u"created"_s;
    QTest::newRow("update") << u"update"_s << u"updated"_s;
    QTest::newRow("delete") << u"delete"_s << u"deleted"_s;
    QTest::newRow("reassigned") << u"reassigned"_s << u"updated"_s;
    QTest::newRow("closed") << u"closed"_s << u"updated"_s;
    QTest::newRow("empty") << QString() << u"updated"_s;
}

void TestEventDecoder::actions()
{
    QFETCH(QString, written);
    QFETCH(QString, action);
    QCOMPARE(EventDecoder::canonicalAction(written), action);
}

void TestEventDecoder::unknownActionKeptRaw()
{
    for (const QByteArray &field : {QByteArrayLiteral("action"), QByteArrayLiteral("operation")}) {
        const auto result = EventDecoder::decode(
            makeEntry({{"type", "incident"}, {field, "Escalated"}, {"sys_id", "9d385017c611228701d22104cc95c371"}}));
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.event->action, u"updated"_s);
        QCOMPARE(result.event->rawAction, u"Escalated"_s);
        QCOMPARE(result.event->eventName(), u"incident:updated"_s);
    }
}

void TestEventDecoder::missingActionIsUpdate()
{
    const auto result =
        EventDecoder::decode(makeEntry({{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"}}));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(result.event->action, u"updated"_s);
    QVERIFY(result.event->rawAction.isEmpty());
    QVERIFY(!result.event->recovered);
}

void TestEventDecoder::fieldValue_data()
{
    QTest::addColumn<QByteArray>("json"); // {"f": <value>}
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("display");
    QTest::newRow("string") << QByteArray(R"("6")") << u"6"_s << u"6"_s;
    QTest::newRow("integer") << QByteArray("6") << u"6"_s << u"6"_s;
    QTest::newRow("negative integer") << QByteArray("-5") << u"-5"_s << u"-5"_s;
    QTest::newRow("fraction") << QByteArray("1.5") << u"1.5"_s << u"1.5"_s;
    QTest::newRow("huge number") << QByteArray("1e300") << u"1e+300"_s << u"1e+300"_s;
    QTest::newRow("bool") << QByteArray("true") << u"true"_s << u"true"_s;
    QTest::newRow("null") << QByteArray("null") << QString() << QString();
    QTest::newRow("array") << QByteArray("[1]") << QString() << QString();
    QTest::newRow("value and display") << QByteArray(R"({"value": "6", "display_value": "Resolvido"})") << u"6"_s
                                       << u"Resolvido"_s;
    QTest::newRow("numeric value") << QByteArray(R"({"value": 6, "display_value": "Resolvido"})") << u"6"_s
                                   << u"Resolvido"_s;
    QTest::newRow("display only") << QByteArray(R"({"display_value": "Resolvido"})") << QString() << u"Resolvido"_s;
    QTest::newRow("empty display falls back to value")
        << QByteArray(R"({"value": "287ebd7da9fe198100f92cc8d1d2154e", "display_value": ""})")
        << u"287ebd7da9fe198100f92cc8d1d2154e"_s << u"287ebd7da9fe198100f92cc8d1d2154e"_s;
    QTest::newRow("reference with link") << QByteArray(
        R"({"value": "abc", "display_value": "Redes", "link": "https://x.invalid/abc"})")
                                         << u"abc"_s << u"Redes"_s;
    QTest::newRow("object without value") << QByteArray(R"({"link": "x"})") << QString() << QString();
}

void TestEventDecoder::fieldValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QFETCH(QString, display);
    const QJsonObject object = QJsonDocument::fromJson("{\"f\": " + json + "}").object();
    QVERIFY(object.contains(u"f"_s));
    QCOMPARE(EventDecoder::fieldValue(object.value(u"f"_s)), value);
    QCOMPARE(EventDecoder::fieldDisplayValue(object.value(u"f"_s)), display);
    QVERIFY(EventDecoder::fieldValue(object.value(u"missing"_s)).isEmpty());
}

void TestEventDecoder::sysIdForms_data()
{
    QTest::addColumn<QByteArray>("sysId");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::addColumn<QString>("reasonCode");
    QTest::newRow("lower") << QByteArray("9d385017c611228701d22104cc95c371") << u"9d385017c611228701d22104cc95c371"_s
                           << QString();
    QTest::newRow("upper normalised") << QByteArray("9D385017C611228701D22104CC95C371")
                                      << u"9d385017c611228701d22104cc95c371"_s << QString();
    QTest::newRow("padded") << QByteArray(" 9d385017c611228701d22104cc95c371\n")
                            << u"9d385017c611228701d22104cc95c371"_s << QString();
    QTest::newRow("31 chars") << QByteArray("9d385017c611228701d22104cc95c37") << QString() << u"bad_sys_id"_s;
    QTest::newRow("33 chars") << QByteArray("9d385017c611228701d22104cc95c3710") << QString() << u"bad_sys_id"_s;
    QTest::newRow("non-hex g") << QByteArray("9d385017c611228701d22104cc95c37g") << QString() << u"bad_sys_id"_s;
    QTest::newRow("dashed uuid") << QByteArray("9d385017-c611-2287-01d2-2104cc95c371") << QString() << u"bad_sys_id"_s;
    // Arabic-Indic digits are "digits" to QChar::isDigit, never hex.
    QTest::newRow("non-latin digits") << QString(32, QChar(0x0663)).toUtf8() << QString() << u"bad_sys_id"_s;
    QTest::newRow("blank") << QByteArray("   ") << QString() << u"no_sys_id"_s;
}

void TestEventDecoder::sysIdForms()
{
    QFETCH(QByteArray, sysId);
    QFETCH(QString, expected);
    QFETCH(QString, reasonCode);
    // Given in the entry, and (incomplete entry) only in the record.
    const QJsonObject record {{u"sys_id"_s, QString::fromUtf8(sysId)}};
    const QByteArray data = QJsonDocument(record).toJson(QJsonDocument::Compact);
    const QList<StreamEntry> entries {
        makeEntry({{"type", "incident"}, {"sys_id", sysId}}),
        makeEntry({{"table", "incident"}, {"operation", "update"}, {"data", data}}),
    };
    for (const StreamEntry &entry : entries) {
        const auto result = EventDecoder::decode(entry);
        if (expected.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.reasonCode, reasonCode);
        } else {
            QVERIFY2(result.ok(), qPrintable(result.reason));
            QCOMPARE(result.event->sysId, expected);
        }
    }
    // The same id in both places in another case agrees (it is not a mismatch).
    if (!expected.isEmpty()) {
        const auto result = EventDecoder::decode(
            makeEntry({{"type", "incident"}, {"sys_id", expected.toUpper().toUtf8()}, {"data", data}}));
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.event->sysId, expected);
    }
}

void TestEventDecoder::badData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("unterminated string") << QByteArray(R"({"state": "6)") << u"data is not valid JSON: "_s;
    QTest::newRow("garbage after object") << QByteArray(R"({} x)") << u"data is not valid JSON: "_s;
    QTest::newRow("python repr") << QByteArray("{'state': '6'}") << u"data is not valid JSON: "_s;
    QTest::newRow("truncated") << QByteArray(R"({"state": {"value": "6")") << u"data is not valid JSON: "_s;
    QTest::newRow("two values") << QByteArray("1, 2") << u"data is not valid JSON: "_s;
    QTest::newRow("bad utf-8") << QByteArray("{\"a\": \"\xff\"}") << u"data is not valid JSON: "_s;
    QTest::newRow("array") << QByteArray("[{}]") << u"not an object (it is an array)"_s;
    QTest::newRow("string") << QByteArray(R"("text")") << u"not an object (it is a string)"_s;
    QTest::newRow("number") << QByteArray("42") << u"not an object (it is a number)"_s;
    QTest::newRow("bool") << QByteArray("true") << u"not an object (it is a boolean)"_s;
    QTest::newRow("null") << QByteArray("null") << u"not an object (it is null)"_s;
}

void TestEventDecoder::badData()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reasonContains);
    const auto result = EventDecoder::decode(
        makeEntry({{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"}, {"data", data}}));
    QVERIFY(!result.ok());
    QCOMPARE(result.reasonCode, u"bad_json"_s);
    QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
    if (reasonContains.startsWith(u"data is not valid JSON"))
        QVERIFY2(result.reason.contains(QRegularExpression(u" at offset \\d+$"_s)), qPrintable(result.reason));
}

void TestEventDecoder::blankDataIsAbsent_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("  \r\n");
}

void TestEventDecoder::blankDataIsAbsent()
{
    QFETCH(QByteArray, data);
    const auto result = EventDecoder::decode(
        makeEntry({{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"}, {"data", data}}));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QVERIFY(!result.event->record.present);
}

void TestEventDecoder::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("utc"); // empty: invalid
    QTest::newRow("Z") << QByteArray("2025-01-15T10:30:00Z") << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("ms and +00:00") << QByteArray("2025-01-15T10:30:00.123+00:00") << u"2025-01-15T10:30:00.123Z"_s;
    QTest::newRow("space, no zone") << QByteArray("2025-01-15 10:30:00") << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("no zone") << QByteArray("2025-01-15T10:30:00") << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("offset -03:00") << QByteArray("2025-01-15T07:30:00-03:00") << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("offset +0100") << QByteArray("2025-01-15T11:30:00.5+0100") << u"2025-01-15T10:30:00.500Z"_s;
    QTest::newRow("python microseconds") << QByteArray("2025-01-15T10:30:00.123456+00:00")
                                         << u"2025-01-15T10:30:00.123Z"_s;
    QTest::newRow("padded") << QByteArray(" 2025-01-15T10:30:00Z ") << u"2025-01-15T10:30:00.000Z"_s;
    // Extra digits are truncated, never rounded up into the next second.
    QTest::newRow("fraction truncated") << QByteArray("2025-01-15T10:30:00.9999Z") << u"2025-01-15T10:30:00.999Z"_s;
    QTest::newRow("comma fraction") << QByteArray("2025-01-15T10:30:00,25Z") << u"2025-01-15T10:30:00.250Z"_s;
    QTest::newRow("offset hours only") << QByteArray("2025-01-15T12:30:00+02") << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("offset across the year")
        << QByteArray("2025-01-01T01:00:00.5+02:00") << u"2024-12-31T23:00:00.500Z"_s;
    QTest::newRow("leap day") << QByteArray("2024-02-29 23:59:59") << u"2024-02-29T23:59:59.000Z"_s;
    QTest::newRow("lower-case z") << QByteArray("2025-01-15T10:30:00z") << u"2025-01-15T10:30:00.000Z"_s;
    // Forms the hand-written parser leaves to Qt still read the same.
    QTest::newRow("no seconds") << QByteArray("2025-01-15T10:30Z") << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("lower-case t") << QByteArray("2025-01-15t10:30:00Z") << u"2025-01-15T10:30:00.000Z"_s;
    QTest::newRow("not a leap year") << QByteArray("2025-02-29T10:30:00Z") << QString();
    QTest::newRow("day 31 in April") << QByteArray("2025-04-31T10:30:00Z") << QString();
    QTest::newRow("minute 60") << QByteArray("2025-01-15T10:60:00Z") << QString();
    QTest::newRow("bad offset") << QByteArray("2025-01-15T10:30:00+25:00") << QString();
    QTest::newRow("empty fraction") << QByteArray("2025-01-15T10:30:00.Z") << QString();
    QTest::newRow("trailing text") << QByteArray("2025-01-15T10:30:00Z tomorrow") << QString();
    QTest::newRow("date only") << QByteArray("2025-01-15") << QString();
    QTest::newRow("garbage") << QByteArray("yesterday") << QString();
    QTest::newRow("month 13") << QByteArray("2025-13-15T10:30:00Z") << QString();
    QTest::newRow("hour 25") << QByteArray("2025-01-15T25:30:00Z") << QString();
    QTest::newRow("epoch seconds") << QByteArray("1736937000") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestEventDecoder::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, utc);
    const auto result = EventDecoder::decode(
        makeEntry({{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"}, {"timestamp", text}}));
    QVERIFY2(result.ok(), qPrintable(result.reason)); // a bad timestamp is never an error
    QCOMPARE(isoOrEmpty(result.event->timestamp), utc);
    if (!utc.isEmpty())
        QCOMPARE(result.event->timestamp.timeSpec(), Qt::UTC);
}

void TestEventDecoder::sysUpdatedOn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("servicenow value") << QByteArray(R"("2025-01-15 10:29:58")") << u"2025-01-15 10:29:58"_s;
    QTest::newRow("value object, local display")
        << QByteArray(R"({"value": "2025-01-15 10:29:58", "display_value": "15/01/2025 07:29:58"})")
        << u"2025-01-15 10:29:58"_s;
    QTest::newRow("iso Z") << QByteArray(R"("2025-01-15T10:29:58Z")") << u"2025-01-15 10:29:58"_s;
    QTest::newRow("iso offset") << QByteArray(R"("2025-01-15T07:29:58.999-03:00")") << u"2025-01-15 10:29:58"_s;
    QTest::newRow("offset across the year") << QByteArray(R"("2025-01-01T01:00:00+02:00")") << u"2024-12-31 23:00:00"_s;
    QTest::newRow("offset across a leap day")
        << QByteArray(R"("2024-03-01T00:30:00+0100")") << u"2024-02-29 23:30:00"_s;
    QTest::newRow("padded value") << QByteArray(R"(" 2025-01-15 10:29:58 ")") << u"2025-01-15 10:29:58"_s;
    QTest::newRow("impossible date") << QByteArray(R"("2025-02-30 10:29:58")") << QString();
    QTest::newRow("display only, unparseable")
        << QByteArray(R"({"display_value": "15/01/2025 07:29:58"})") << QString();
    QTest::newRow("garbage") << QByteArray(R"("soon")") << QString();
}

void TestEventDecoder::sysUpdatedOn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QByteArray data = R"({"sys_id": "9d385017c611228701d22104cc95c371", "sys_updated_on": )" + json + '}';
    const auto result = EventDecoder::decode(makeEntry({{"table", "incident"}, {"data", data}}));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(result.event->sysUpdatedOn, expected);
}

void TestEventDecoder::reasonsAreOneBoundedLine()
{
    const QByteArray hostile = "abc\ndef\r\n" + QByteArray(5000, 'z');
    const QList<StreamEntry> entries {
        makeEntry({{"type", "incident"}, {"sys_id", hostile}}),
        makeEntry({{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"},
            {"data", QJsonDocument(QJsonObject {{u"sys_id"_s, QString::fromUtf8(hostile)}}).toJson()}}),
    };
    for (const StreamEntry &entry : entries) {
        const auto result = EventDecoder::decode(entry);
        QVERIFY(!result.ok());
        QVERIFY2(!result.reason.contains(u'\n') && !result.reason.contains(u'\r'), qPrintable(result.reason));
        QVERIFY2(result.reason.size() < 300, qPrintable(result.reason));
        QVERIFY(!result.reasonCode.isEmpty());
    }
}

void TestEventDecoder::deletedEntryFromReply()
{
    // XREADGROUP of pending history answers [id, nil] for an entry deleted meanwhile.
    const RedisReply reply =
        RedisReply::array({RedisReply::array({RedisReply::string("1736937000000-7"), RedisReply::nil()})});
    const QList<StreamEntry> entries = StreamEntry::listFromReply(reply);
    QCOMPARE(entries.size(), 1);
    const auto result = EventDecoder::decode(entries.first());
    QVERIFY(!result.ok());
    QCOMPARE(result.reasonCode, u"empty"_s);
}

void TestEventDecoder::typeFallsBackInOrder()
{
    const QByteArray data = R"({"sys_id": "9d385017c611228701d22104cc95c371", "sys_class_name": "problem"})";
    struct Row {
        QList<QPair<QByteArray, QByteArray>> fields;
        QString type;
        bool recovered;
    };
    const QList<Row> rows {
        {{{"type", "ctask"}, {"table", "incident"}, {"data", data}}, u"change_task"_s, true}, // sys_id from record
        {{{"type", ""}, {"table", "incident"}, {"data", data}}, u"incident"_s, true},
        {{{"table", "sctask"}, {"data", data}}, u"sc_task"_s, true},
        {{{"data", data}}, u"problem"_s, true},
        {{{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"}, {"data", data}}, u"incident"_s, false},
    };
    for (const Row &row : rows) {
        const auto result = EventDecoder::decode(makeEntry(row.fields));
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.event->type, row.type);
        QCOMPARE(result.event->recovered, row.recovered);
    }
}

void TestEventDecoder::recordKeptAsReceived()
{
    const QByteArray data =
        R"({"sys_id": "9d385017c611228701d22104cc95c371", "caller_id": {"value": "u1", "display_value": "Ana"}, "impact": 2})";
    // A duplicated field name: the first occurrence is the one decoded.
    const auto result =
        EventDecoder::decode(makeEntry({{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"},
                                           {"state", "2"}, {"state", "7"}, {"data", data}},
            "1736937000000-42"));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(result.event->sourceId, QByteArray("1736937000000-42"));
    QCOMPARE(result.event->state, u"2"_s);
    QCOMPARE(result.event->record, RecordFields::fromObject(QJsonDocument::fromJson(data).object()));
    // Byte for byte, spacing included: the store keeps these bytes instead of serialising again.
    QCOMPARE(result.event->recordJson, data);
}

void TestEventDecoder::recordJsonOnlyForARecord_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("no data") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n ");
    QTest::newRow("empty object") << QByteArray("{}");
}

// An empty record never replaces the stored one, so it carries no bytes either.
void TestEventDecoder::recordJsonOnlyForARecord()
{
    QFETCH(QByteArray, data);
    QList<QPair<QByteArray, QByteArray>> fields {{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"}};
    if (!data.isNull())
        fields.append({"data", data});
    const auto result = EventDecoder::decode(makeEntry(fields));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QVERIFY(!result.event->record.present);
    QVERIFY(result.event->recordJson.isEmpty());
}

QTEST_GUILESS_MAIN(TestEventDecoder)
#include "tst_eventdecoder.moc"
