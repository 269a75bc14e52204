#include <QTest>

#include "services/redisreply.h"
#include "services/respreader.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

namespace {

using Fields = QList<QPair<QByteArray, QByteArray>>;

// Replies exactly as redis-server 7.0 sends them (captured from a real server), so the shapes
// are the real ones, including a value with CR LF inside and a deleted pending entry ("*-1").
const QByteArray IncidentEntry =
    QByteArrayLiteral("*2\r\n$15\r\n1736937000000-0\r\n*4\r\n$4\r\ntype\r\n$8\r\nincident\r\n"
                      "$6\r\nsys_id\r\n$32\r\n9d385017c611228701d22104cc95c371\r\n");
const QByteArray CtaskEntry = QByteArrayLiteral(
    "*2\r\n$15\r\n1736937000000-1\r\n*4\r\n$4\r\ntype\r\n$5\r\nctask\r\n$4\r\ndata\r\n$12\r\n{\"a\":\"b\r\nc\"}\r\n");
const QByteArray SctaskEntry =
    QByteArrayLiteral("*2\r\n$15\r\n1736937000005-0\r\n*2\r\n$4\r\ntype\r\n$6\r\nsctask\r\n");
const QByteArray DeletedEntry = QByteArrayLiteral("*2\r\n$15\r\n1736937000000-0\r\n*-1\r\n");

const Fields IncidentFields {{"type", "incident"}, {"sys_id", "9d385017c611228701d22104cc95c371"}};
const Fields CtaskFields {{"type", "ctask"}, {"data", "{\"a\":\"b\r\nc\"}"}};
const Fields SctaskFields {{"type", "sctask"}};

RedisReply parseResp(const QByteArray &bytes)
{
    RespReader reader;
    if (!reader.feed(bytes))
        qFatal("RESP does not parse: %s", qPrintable(reader.errorString()));
    const std::optional<RedisReply> reply = reader.next();
    if (!reply)
        qFatal("RESP incomplete");
    return *reply;
}

struct Expected {
    QByteArray id;
    Fields fields;
};

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestStreamEntry final : public QObject {
    Q_OBJECT

private slots:
    void value();
    void byteSize();

    void listFromReply_data();
    void listFromReply();
    void fromReadReply_data();
    void fromReadReply();
    void autoclaimReply();

    void parseId_data();
    void parseId();
    void compare_data();
    void compare();
    void compareSorts();
};

void TestStreamEntry::value()
{
    StreamEntry entry;
    entry.fields = {{"type", "incident"}, {"empty", ""}, {"type", "ctask"}};
    QCOMPARE(entry.value("type"), QByteArray("incident")); // the first of two
    QVERIFY(entry.value("missing").isNull());
    QVERIFY(entry.value("empty").isEmpty());
    QVERIFY(!entry.value("empty").isNull());
    QVERIFY(entry.value("TYPE").isNull()); // names are case-sensitive
    QVERIFY(StreamEntry().value("type").isNull());
}

void TestStreamEntry::byteSize()
{
    StreamEntry entry;
    QCOMPARE(entry.byteSize(), 0);
    entry.id = "1736937000000-0"; // the id is not part of the size
    QCOMPARE(entry.byteSize(), 0);
    entry.fields = {{"type", "incident"}, {"data", QByteArray(1000, 'x')}, {"e", ""}};
    QCOMPARE(entry.byteSize(), qsizetype(4 + 8 + 4 + 1000 + 1));
    entry.fields.append(qMakePair(QByteArray("n\xc3\xa3o"), QByteArray("\xc3\xa3"))); // bytes, not characters
    QCOMPARE(entry.byteSize(), qsizetype(4 + 8 + 4 + 1000 + 1 + 4 + 2));
}

void TestStreamEntry::listFromReply_data()
{
    QTest::addColumn<RedisReply>("reply");
    QTest::addColumn<QList<Expected>>("expected");

    QTest::newRow("XRANGE, raw RESP") << parseResp("*2\r\n" + IncidentEntry
        + CtaskEntry) << QList<Expected> {{"1736937000000-0", IncidentFields}, {"1736937000000-1", CtaskFields}};
    QTest::newRow("XRANGE empty") << parseResp("*0\r\n") << QList<Expected> {};
    QTest::newRow("nil") << RedisReply::nil() << QList<Expected> {};
    QTest::newRow("not an array") << RedisReply::string("1-0") << QList<Expected> {};
    QTest::newRow("server error") << RedisReply::serverError("WRONGTYPE Operation against a key") << QList<Expected> {};
    QTest::newRow("deleted entry kept without fields")
        << parseResp("*2\r\n" + DeletedEntry + CtaskEntry)
        << QList<Expected> {{"1736937000000-0", {}}, {"1736937000000-1", CtaskFields}};
    QTest::newRow("id alone") << RedisReply::array({RedisReply::array({RedisReply::string("5-5")})})
                              << QList<Expected> {{"5-5", {}}};
    QTest::newRow("empty field list") << RedisReply::array(
        {RedisReply::array({RedisReply::string("5-5"), RedisReply::array({})})})
                                      << QList<Expected> {{"5-5", {}}};
    QTest::newRow("odd trailing name dropped") << RedisReply::array({RedisReply::array({RedisReply::string("5-5"),
        RedisReply::array({RedisReply::string("a"), RedisReply::string("1"), RedisReply::string("b")})})})
                                               << QList<Expected> {{"5-5", {{"a", "1"}}}};
    QTest::newRow("items without an id skipped") << RedisReply::array({RedisReply::string("stray"),
        RedisReply::array({}), RedisReply::array({RedisReply::nil(), RedisReply::array({})}),
        RedisReply::array({RedisReply::integer(7), RedisReply::array({})}),
        RedisReply::array(
            {RedisReply::string("6-0"), RedisReply::array({RedisReply::string("n"), RedisReply::integer(3)})})})
                                                 << QList<Expected> {{"6-0", {{"n", "3"}}}};
    QTest::newRow("binary values") << RedisReply::array({RedisReply::array({RedisReply::string("7-0"),
        RedisReply::array(
            {RedisReply::string(QByteArray("k\0y", 3)), RedisReply::string(QByteArray("\0\xff\r\n", 4))})})})
                                   << QList<Expected> {{"7-0", {{QByteArray("k\0y", 3), QByteArray("\0\xff\r\n", 4)}}}};
}

void TestStreamEntry::listFromReply()
{
    QFETCH(RedisReply, reply);
    QFETCH(QList<Expected>, expected);
    const QList<StreamEntry> entries = StreamEntry::listFromReply(reply);
    QCOMPARE(entries.size(), expected.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).id, expected.at(i).id);
        QCOMPARE(entries.at(i).fields, expected.at(i).fields);
    }
}

void TestStreamEntry::fromReadReply_data()
{
    QTest::addColumn<RedisReply>("reply");
    QTest::addColumn<QList<Expected>>("expected");

    QTest::newRow("XREAD two streams, raw RESP")
        << parseResp(
               "*2\r\n*2\r\n$1\r\ns\r\n*2\r\n" + IncidentEntry + CtaskEntry + "*2\r\n$2\r\ns2\r\n*1\r\n" + SctaskEntry)
        << QList<Expected> {{"1736937000000-0", IncidentFields}, {"1736937000000-1", CtaskFields},
               {"1736937000005-0", SctaskFields}};
    QTest::newRow("XREADGROUP >, raw RESP")
        << parseResp("*1\r\n*2\r\n$1\r\ns\r\n*2\r\n" + IncidentEntry + CtaskEntry)
        << QList<Expected> {{"1736937000000-0", IncidentFields}, {"1736937000000-1", CtaskFields}};
    QTest::newRow("XREADGROUP 0 with a deleted pending entry, raw RESP")
        << parseResp("*1\r\n*2\r\n$1\r\ns\r\n*2\r\n" + DeletedEntry + CtaskEntry)
        << QList<Expected> {{"1736937000000-0", {}}, {"1736937000000-1", CtaskFields}};
    QTest::newRow("XREADGROUP 0, nothing pending") << parseResp("*1\r\n*2\r\n$1\r\ns\r\n*0\r\n") << QList<Expected> {};
    QTest::newRow("BLOCK timed out (nil array)") << parseResp("*-1\r\n") << QList<Expected> {};
    QTest::newRow("malformed stream items skipped")
        << RedisReply::array({RedisReply::string("s"), RedisReply::array({RedisReply::string("s")}),
               RedisReply::array({RedisReply::string("s"), parseResp("*1\r\n" + SctaskEntry)})})
        << QList<Expected> {{"1736937000005-0", SctaskFields}};
}

void TestStreamEntry::fromReadReply()
{
    QFETCH(RedisReply, reply);
    QFETCH(QList<Expected>, expected);
    const QList<StreamEntry> entries = StreamEntry::fromReadReply(reply);
    QCOMPARE(entries.size(), expected.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).id, expected.at(i).id);
        QCOMPARE(entries.at(i).fields, expected.at(i).fields);
    }
}

void TestStreamEntry::autoclaimReply()
{
    // Redis 7: [next-cursor, claimed entries, ids deleted while pending]; the entries are element 1.
    const RedisReply reply = parseResp("*3\r\n$3\r\n0-0\r\n*1\r\n" + CtaskEntry + "*1\r\n$15\r\n1736937000000-0\r\n");
    QCOMPARE(reply.size(), 3);
    const QList<StreamEntry> entries = StreamEntry::listFromReply(reply.at(1));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, QByteArray("1736937000000-1"));
    QCOMPARE(entries.first().fields, CtaskFields);
    QCOMPARE(entries.first().value("data"), QByteArray("{\"a\":\"b\r\nc\"}"));
    // Redis 6.2 put deleted entries inline as [id, nil]; they are kept without fields.
    const RedisReply old = parseResp("*2\r\n$3\r\n0-0\r\n*2\r\n" + DeletedEntry + CtaskEntry);
    const QList<StreamEntry> oldEntries = StreamEntry::listFromReply(old.at(1));
    QCOMPARE(oldEntries.size(), 2);
    QVERIFY(oldEntries.first().fields.isEmpty());
    QCOMPARE(oldEntries.first().id, QByteArray("1736937000000-0"));
}

void TestStreamEntry::parseId_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("ms");
    QTest::addColumn<quint64>("seq");
    QTest::newRow("ms-seq") << QByteArray("1736937000000-3") << true << Q_UINT64_C(1736937000000) << Q_UINT64_C(3);
    QTest::newRow("0-0") << QByteArray("0-0") << true << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("0-1") << QByteArray("0-1") << true << Q_UINT64_C(0) << Q_UINT64_C(1);
    QTest::newRow("ms alone") << QByteArray("1736937000000") << true << Q_UINT64_C(1736937000000) << Q_UINT64_C(0);
    QTest::newRow("max") << QByteArray("18446744073709551615-18446744073709551615") << true
                         << Q_UINT64_C(18446744073709551615) << Q_UINT64_C(18446744073709551615);
    QTest::newRow("leading zeros") << QByteArray("0001-002") << true << Q_UINT64_C(1) << Q_UINT64_C(2);
    QTest::newRow("ms overflow") << QByteArray("18446744073709551616-0") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("seq overflow") << QByteArray("1-18446744073709551616") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("empty") << QByteArray() << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("dash") << QByteArray("-") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("no seq") << QByteArray("5-") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("no ms") << QByteArray("-5") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("three parts") << QByteArray("1-2-3") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("plus sign") << QByteArray("+1-2") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("space") << QByteArray(" 1-2") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("hex") << QByteArray("0x10-1") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("$") << QByteArray("$") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow(">") << QByteArray(">") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("seq wildcard") << QByteArray("5-*") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
    QTest::newRow("sse counter") << QByteArray("evt-42") << false << Q_UINT64_C(0) << Q_UINT64_C(0);
}

void TestStreamEntry::parseId()
{
    QFETCH(QByteArray, id);
    QFETCH(bool, valid);
    QFETCH(quint64, ms);
    QFETCH(quint64, seq);
    const StreamId::Parts parts = StreamId::parse(id);
    QCOMPARE(parts.valid, valid);
    QCOMPARE(parts.ms, ms);
    QCOMPARE(parts.seq, seq);
}

void TestStreamEntry::compare_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("equal") << QByteArray("5-1") << QByteArray("5-1") << 0;
    QTest::newRow("ms alone equals seq 0") << QByteArray("5") << QByteArray("5-0") << 0;
    QTest::newRow("leading zeros equal") << QByteArray("05-01") << QByteArray("5-1") << 0;
    QTest::newRow("seq orders") << QByteArray("5-1") << QByteArray("5-2") << -1;
    QTest::newRow("ms before seq") << QByteArray("5-99") << QByteArray("6-0") << -1;
    QTest::newRow("numeric, not textual ms") << QByteArray("9-0") << QByteArray("10-0") << -1;
    QTest::newRow("numeric, not textual seq") << QByteArray("5-9") << QByteArray("5-10") << -1;
    QTest::newRow("large ms") << QByteArray("18446744073709551615-0") << QByteArray("18446744073709551614-9") << 1;
    QTest::newRow("large seq") << QByteArray("1-18446744073709551615") << QByteArray("1-18446744073709551614") << 1;
    QTest::newRow("beyond 2^53") << QByteArray("9007199254740993-0") << QByteArray("9007199254740992-0") << 1;
    QTest::newRow("invalid below valid") << QByteArray("garbage") << QByteArray("0-0") << -1;
    QTest::newRow("valid above invalid") << QByteArray("0-0") << QByteArray("") << 1;
    QTest::newRow("invalids equal") << QByteArray("x") << QByteArray("1-2-3") << 0;
}

void TestStreamEntry::compare()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(int, sign);
    const auto signOf = [](int v) { return (v > 0) - (v < 0); };
    QCOMPARE(signOf(StreamId::compare(a, b)), sign);
    QCOMPARE(signOf(StreamId::compare(b, a)), -sign); // antisymmetric
}

void TestStreamEntry::compareSorts()
{
    QList<QByteArray> ids {"10-0", "x", "9-5", "9-10", "9", "1736937000000-0", "0-1"};
    std::sort(
        ids.begin(), ids.end(), [](const QByteArray &a, const QByteArray &b) { return StreamId::compare(a, b) < 0; });
    const QList<QByteArray> expected {"x", "0-1", "9", "9-5", "9-10", "10-0", "1736937000000-0"};
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(TestStreamEntry)
#include "tst_streamentry.moc"
