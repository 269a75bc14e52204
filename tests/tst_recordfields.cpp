// RecordFields::scan() stands in for QJsonDocument on the decoder's hot path. Whatever it
// accepts must be a JSON object Qt accepts too, with the same fields; whatever Qt refuses it
// must refuse. Where it is unsure it refuses, and the decoder asks Qt.
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "services/recordfields.h"
#include "services/ticketsimulator.h"

using namespace Qt::StringLiterals;

namespace {

std::optional<RecordFields> viaQt(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return RecordFields::fromObject(doc.object());
}

char *describe(const RecordFields &f)
{
    const QStringList parts {f.present ? u"present"_s : u"absent"_s, f.sysId, f.sysClassName, f.number, f.state,
        f.priority, f.shortDescription, f.sysUpdatedOn, f.assignmentGroup, f.impact, f.urgency, f.assignedTo,
        f.sysCreatedOn};
    return QTest::toString(parts.join(u" | "_s));
}

} // namespace

// QCOMPARE prints both sides.
namespace QTest {
template<> char *toString(const RecordFields &f)
{
    return describe(f);
}
} // namespace QTest

class TstRecordFields final : public QObject {
    Q_OBJECT

private slots:
    void agreesWithQt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("spaces") << QByteArray(" \r\n\t{ \"state\" : \"2\" ,\"number\":\"INC1\" } \n");
        QTest::newRow("plain") << QByteArray(
            "{\"sys_id\":\"9d385017c611228701d22104cc95c371\",\"number\":\"INC0010001\","
            "\"state\":\"6\",\"priority\":\"2\",\"short_description\":\"Impressora não imprime\","
            "\"sys_updated_on\":\"2024-03-01 12:00:00\",\"sys_class_name\":\"incident\"}");
        QTest::newRow("display values") << QByteArray(
            "{\"assignment_group\":{\"value\":\"abc\",\"display_value\":\"Service Desk N2\"},"
            "\"assigned_to\":{\"display_value\":\"\",\"value\":\"u1\"},\"state\":{\"value\":\"6\",\"display_value\":"
            "\"Resolvido\"},"
            "\"impact\":{\"display_value\":\"2 - Média\"},\"urgency\":{\"value\":{\"value\":\"3\"}}}");
        QTest::newRow("numbers") << QByteArray("{\"state\":6,\"priority\":-0,\"impact\":2.5,\"urgency\":1e3,"
                                               "\"number\":9007199254740993,\"sys_id\":12345678901234567890123,"
                                               "\"short_description\":-1.25E-2,\"sys_created_on\":0.1}");
        QTest::newRow("number display") << QByteArray("{\"assignment_group\":{\"value\":\"g\",\"display_value\":7}}");
        QTest::newRow("literals") << QByteArray(
            "{\"state\":true,\"priority\":false,\"impact\":null,\"urgency\":[1,{\"a\":[]}]}");
        QTest::newRow("escapes") << QByteArray(
            "{\"short_description\":\"say \\\"hi\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9\\u20ac\",\"st\\u0061te\":\"7\"}");
        QTest::newRow("unicode") << QByteArray("{\"short_description\":\"é € 中 😀\",\"ключ\":\"значение\"}");
        QTest::newRow("duplicate keys") << QByteArray(
            "{\"state\":\"1\",\"state\":\"2\",\"assignment_group\":{\"value\":\"a\",\"value\":\"b\"}}");
        QTest::newRow("nested noise") << QByteArray(
            "{\"x\":{\"state\":\"9\",\"y\":[{\"number\":\"no\"}]},\"state\":\"3\"}");
        QTest::newRow("deep") << QByteArray("{\"a\":" + QByteArray(200, '[') + QByteArray(200, ']') + "}");
        // Refused by the scan; Qt decides (accepts or not).
        // A byte order mark: QString::fromUtf8() drops one at the start of each piece it decodes.
        QTest::newRow("BOM after an escape") << QByteArray("{\"state\":\"a\\n\xEF\xBB\xBF"
                                                           "b\"}");
        QTest::newRow("BOM before an escaped key") << QByteArray("{\"\xEF\xBB\xBF"
                                                                 "st\\u0061te\":\"1\"}");
        QTest::newRow("BOM before a key") << QByteArray("{\"\xEF\xBB\xBF"
                                                        "state\":\"1\"}");
        QTest::newRow("BOM before a value") << QByteArray("{\"state\":\"\xEF\xBB\xBF"
                                                          "1\"}");
        QTest::newRow("BOM in a sys_id") << QByteArray(
            "{\"sys_id\":\"\xEF\xBB\xBF\\u0039d385017c611228701d22104cc95c371\"}");
        QTest::newRow("raw tab in a string") << QByteArray("{\"short_description\":\"a\tb\"}");
        QTest::newRow("trailing dot") << QByteArray("{\"state\":1.}");
        QTest::newRow("lone surrogate escape") << QByteArray("{\"number\":\"\\ud800\"}");
        QTest::newRow("surrogate pair escape") << QByteArray("{\"number\":\"\\ud83d\\ude00\"}");
        QTest::newRow("too deep") << QByteArray("{\"a\":" + QByteArray(300, '[') + QByteArray(300, ']') + "}");
        QTest::newRow("NUL after") << QByteArray("{}\n\0", 4);
        QTest::newRow("out of range") << QByteArray("{\"a\":1e999}");
        QTest::newRow("underflow") << QByteArray("{\"a\":1e-999}");
        QTest::newRow("subnormal") << QByteArray("{\"a\":4e-320}");
        QTest::newRow("UTF-8 surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("truncated") << QByteArray("{\"state\":\"2\"");
        QTest::newRow("garbage after") << QByteArray("{\"state\":\"2\"} x");
        QTest::newRow("array") << QByteArray("[{\"state\":\"2\"}]");
        QTest::newRow("string") << QByteArray("\"state\"");
        QTest::newRow("leading zero") << QByteArray("{\"state\":01}");
        QTest::newRow("plus sign") << QByteArray("{\"state\":+1}");
        QTest::newRow("bad escape") << QByteArray("{\"state\":\"\\x\"}");
        QTest::newRow("single quotes") << QByteArray("{'state':'2'}");
        QTest::newRow("trailing comma") << QByteArray("{\"state\":\"2\",}");
        QTest::newRow("missing colon") << QByteArray("{\"state\" \"2\"}");
        QTest::newRow("bare word") << QByteArray("{\"state\":nul}");
    }

    void agreesWithQt()
    {
        QFETCH(QByteArray, json);
        const std::optional<RecordFields> scanned = RecordFields::scan(json);
        const std::optional<RecordFields> qt = viaQt(json);
        if (scanned) {
            QVERIFY2(qt, "the scan accepted what Qt refuses");
            QCOMPARE(*scanned, *qt);
        } else {
            QVERIFY2(!qt || QTest::currentDataTag() != QByteArrayView("plain"), "the scan refused a plain record");
        }
    }

    // The cases the decoder meets every day must take the fast path.
    void acceptsWhatProducersWrite()
    {
        TicketSimulator::Options options;
        options.tickets = 300;
        options.events = 3000;
        options.seed = 7;
        TicketSimulator simulator(options);
        int records = 0;
        while (const auto fields = simulator.next()) {
            for (const auto &[name, value] : *fields) {
                if (name != "data" || !viaQt(value))
                    continue; // the simulator's deliberately malformed entries
                const std::optional<RecordFields> scanned = RecordFields::scan(value);
                QVERIFY2(scanned, value.constData());
                QCOMPARE(*scanned, *viaQt(value));
                ++records;
            }
        }
        QVERIFY(records > 2500);
    }

    // Random damage to real records: whatever the scan accepts, Qt reads the same way.
    void mutantsAgreeWithQt()
    {
        TicketSimulator::Options options;
        options.tickets = 50;
        options.events = 200;
        options.seed = 11;
        TicketSimulator simulator(options);
        QList<QByteArray> seeds;
        while (const auto fields = simulator.next()) {
            for (const auto &[name, value] : *fields) {
                if (name == "data")
                    seeds.append(value);
            }
        }
        QVERIFY(!seeds.isEmpty());
        static constexpr char Alphabet[] = "{}[]\",:\\/ -+.0123456789eEtrufalsn\t\nux\x7f\xc3\xa9\xed\xff\xef\xbb\xbf";
        QRandomGenerator random(2024);
        int accepted = 0;
        int refusedByBoth = 0;
        for (int i = 0; i < 40000; ++i) {
            QByteArray json = seeds.at(random.bounded(seeds.size()));
            const int edits = 1 + random.bounded(3);
            for (int k = 0; k < edits && !json.isEmpty(); ++k) {
                const qsizetype at = random.bounded(json.size());
                const char c = Alphabet[random.bounded(int(sizeof(Alphabet) - 1))];
                switch (random.bounded(3)) {
                case 0:
                    json[at] = c;
                    break;
                case 1:
                    json.insert(at, c);
                    break;
                default:
                    json.remove(at, 1 + random.bounded(4));
                    break;
                }
            }
            const std::optional<RecordFields> scanned = RecordFields::scan(json);
            const std::optional<RecordFields> qt = viaQt(json);
            if (scanned) {
                QVERIFY2(qt, json.constData());
                QCOMPARE(*scanned, *qt);
                ++accepted;
            } else if (!qt) {
                ++refusedByBoth;
            }
        }
        // Both outcomes were exercised, not just one.
        QVERIFY(accepted > 1000);
        QVERIFY(refusedByBoth > 1000);
    }
};

QTEST_GUILESS_MAIN(TstRecordFields)
#include "tst_recordfields.moc"
