#include <QTest>

#include "services/redisreply.h"
#include "services/respreader.h"

// QCOMPARE prints mismatching replies in redis-cli form.
char *toString(const RedisReply &reply)
{
    return qstrdup(reply.toDisplayString().toUtf8().constData());
}

namespace {

using Replies = QList<RedisReply>;

Replies drain(RespReader &reader)
{
    Replies out;
    while (std::optional<RedisReply> reply = reader.next())
        out.append(std::move(*reply));
    return out;
}

// A deterministic, binary payload with CR, LF and NUL bytes sprinkled through it.
QByteArray patternBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = static_cast<char>(x & 0xff);
    }
    return out;
}

QByteArray bulk(const QByteArray &payload)
{
    return '$' + QByteArray::number(payload.size()) + "\r\n" + payload + "\r\n";
}

RedisReply nestedArrays(int depth, const RedisReply &leaf)
{
    RedisReply value = leaf;
    for (int i = 0; i < depth; ++i)
        value = RedisReply::array({value});
    return value;
}

QByteArray nestedArraysWire(int depth, const QByteArray &leaf)
{
    return QByteArray("*1\r\n").repeated(depth) + leaf;
}

} // namespace

class TestRespReader final : public QObject {
    Q_OBJECT

private slots:
    void whole_data() { replyRows(); }
    void whole();
    void byteByByte_data() { replyRows(); }
    void byteByByte();
    void splitEverywhere_data() { replyRows(); }
    void splitEverywhere();

    void largeBulk_data();
    void largeBulk();
    void largeBulkInSocketSizedReads();
    void longPipelineFedAtOnce();

    void protocolError_data();
    void protocolError();
    void nestingLimit();
    void resetRecovers();
    void resetDropsPartialInput();
    void incompleteGivesNothing();

    void errorCode_data();
    void errorCode();
    void clientError();
    void displayString_data();
    void displayString();
    void equality();

private:
    static void replyRows();
    static void compareReplies(const Replies &actual, const Replies &expected);
};

void TestRespReader::replyRows()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Replies>("expected");

    QTest::newRow("status") << QByteArray("+OK\r\n") << Replies {RedisReply::status("OK")};
    QTest::newRow("status other") << QByteArray("+PONG\r\n") << Replies {RedisReply::status("PONG")};
    QTest::newRow("empty status") << QByteArray("+\r\n") << Replies {RedisReply::status("")};
    QTest::newRow("error") << QByteArray("-ERR unknown command 'FOO'\r\n")
                           << Replies {RedisReply::serverError("ERR unknown command 'FOO'")};
    QTest::newRow("integer") << QByteArray(":1000\r\n") << Replies {RedisReply::integer(1000)};
    QTest::newRow("integer zero") << QByteArray(":0\r\n") << Replies {RedisReply::integer(0)};
    QTest::newRow("integer negative") << QByteArray(":-42\r\n") << Replies {RedisReply::integer(-42)};
    QTest::newRow("integer max") << QByteArray(":9223372036854775807\r\n")
                                 << Replies {RedisReply::integer(std::numeric_limits<qint64>::max())};
    QTest::newRow("integer min") << QByteArray(":-9223372036854775808\r\n")
                                 << Replies {RedisReply::integer(std::numeric_limits<qint64>::min())};
    QTest::newRow("bulk") << QByteArray("$6\r\nfoobar\r\n") << Replies {RedisReply::string("foobar")};
    QTest::newRow("empty bulk") << QByteArray("$0\r\n\r\n") << Replies {RedisReply::string("")};
    QTest::newRow("nil bulk") << QByteArray("$-1\r\n") << Replies {RedisReply::nil()};
    QTest::newRow("nil array") << QByteArray("*-1\r\n") << Replies {RedisReply::nil()};
    QTest::newRow("empty array") << QByteArray("*0\r\n") << Replies {RedisReply::array({})};
    QTest::newRow("array of bulks") << QByteArray("*2\r\n$3\r\nfoo\r\n$3\r\nbar\r\n")
                                    << Replies {
                                           RedisReply::array({RedisReply::string("foo"), RedisReply::string("bar")})};
    QTest::newRow("array mixing types") << QByteArray(
        "*7\r\n:1\r\n+OK\r\n-NOGROUP no such group\r\n$-1\r\n$2\r\nhi\r\n*-1\r\n*0\r\n")
                                        << Replies {RedisReply::array({RedisReply::integer(1), RedisReply::status("OK"),
                                               RedisReply::serverError("NOGROUP no such group"), RedisReply::nil(),
                                               RedisReply::string("hi"), RedisReply::nil(), RedisReply::array({})})};
    // XREAD-like shape: [[stream, [[id, [field, value]]]]]
    QTest::newRow("nested 3 deep")
        << QByteArray("*1\r\n*2\r\n$6\r\nstream\r\n*1\r\n*2\r\n$3\r\n1-0\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n")
        << Replies {RedisReply::array({RedisReply::array({RedisReply::string("stream"),
               RedisReply::array({RedisReply::array({RedisReply::string("1-0"),
                   RedisReply::array({RedisReply::string("f"), RedisReply::string("v")})})})})})};
    QTest::newRow("nested then siblings")
        << QByteArray("*3\r\n*2\r\n:1\r\n:2\r\n*0\r\n*1\r\n$1\r\nx\r\n")
        << Replies {RedisReply::array({RedisReply::array({RedisReply::integer(1), RedisReply::integer(2)}),
               RedisReply::array({}), RedisReply::array({RedisReply::string("x")})})};
    QTest::newRow("binary-safe bulk") << QByteArray("$8\r\na\r\nb\0c\r\n\r\n", 14)
                                      << Replies {RedisReply::string(QByteArray("a\r\nb\0c\r\n", 8))};
    QTest::newRow("bulk that looks like RESP")
        << QByteArray("$5\r\n+OK\r\n\r\n") << Replies {RedisReply::string("+OK\r\n")};
    QTest::newRow("several replies") << QByteArray(
        "+OK\r\n:7\r\n$3\r\nabc\r\n$-1\r\n*2\r\n:1\r\n:2\r\n-WRONGTYPE wrong kind\r\n")
                                     << Replies {RedisReply::status("OK"), RedisReply::integer(7),
                                            RedisReply::string("abc"), RedisReply::nil(),
                                            RedisReply::array({RedisReply::integer(1), RedisReply::integer(2)}),
                                            RedisReply::serverError("WRONGTYPE wrong kind")};
    QTest::newRow("eight levels (hiredis 0.14 maximum)")
        << nestedArraysWire(8, ":5\r\n") << Replies {nestedArrays(8, RedisReply::integer(5))};
}

void TestRespReader::compareReplies(const Replies &actual, const Replies &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
}

void TestRespReader::whole()
{
    QFETCH(QByteArray, input);
    QFETCH(Replies, expected);

    RespReader reader;
    QVERIFY(reader.feed(input));
    compareReplies(drain(reader), expected);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(!reader.next());
}

void TestRespReader::byteByByte()
{
    QFETCH(QByteArray, input);
    QFETCH(Replies, expected);

    RespReader reader;
    Replies actual;
    for (qsizetype i = 0; i < input.size(); ++i) {
        QVERIFY(reader.feed(input.constData() + i, 1));
        actual += drain(reader);
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    compareReplies(actual, expected);
}

void TestRespReader::splitEverywhere()
{
    QFETCH(QByteArray, input);
    QFETCH(Replies, expected);

    for (qsizetype split = 0; split <= input.size(); ++split) {
        RespReader reader;
        QVERIFY(reader.feed(input.first(split)));
        Replies actual = drain(reader);
        QVERIFY(reader.feed(input.sliced(split)));
        actual += drain(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        if (actual != expected)
            qWarning() << "split at" << split;
        compareReplies(actual, expected);
    }
}

void TestRespReader::largeBulk_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qsizetype>>("splits");

    const QByteArray payload = patternBytes(10 * 1024 * 1024);
    const QByteArray wire = bulk(payload);
    const qsizetype header = wire.indexOf("\r\n") + 2;
    const qsizetype n = wire.size();
    QTest::newRow("10 MB alone") << payload << wire
                                 << QList<qsizetype> {0, 1, 3, header - 1, header, header + 1, n / 2, n - 2, n - 1, n};
    // Small replies around it: the bulk must not be confused with its neighbours whichever
    // read boundary it straddles.
    const QByteArray before("+OK\r\n:1\r\n");
    const QByteArray framed = before + wire + "$2\r\nhi\r\n";
    QTest::newRow("10 MB between replies")
        << payload << framed
        << QList<qsizetype> {0, 4, before.size(), before.size() + 2, before.size() + header, framed.size() / 3,
               before.size() + n - 1, before.size() + n + 3, framed.size()};
}

void TestRespReader::largeBulk()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, input);
    QFETCH(QList<qsizetype>, splits);

    const bool framed = !input.startsWith('$');
    for (const qsizetype split : splits) {
        RespReader reader;
        QVERIFY(reader.feed(input.first(split)));
        Replies actual = drain(reader);
        QVERIFY(reader.feed(input.sliced(split)));
        actual += drain(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));

        QCOMPARE(actual.size(), framed ? 4 : 1);
        const RedisReply &big = actual.at(framed ? 2 : 0);
        QVERIFY(big.isString());
        QCOMPARE(big.bytes().size(), payload.size());
        QVERIFY2(big.bytes() == payload, qPrintable(QStringLiteral("split at %1").arg(split)));
        if (framed) {
            QCOMPARE(actual.at(0), RedisReply::status("OK"));
            QCOMPARE(actual.at(1), RedisReply::integer(1));
            QCOMPARE(actual.at(3), RedisReply::string("hi"));
        }
    }
}

void TestRespReader::largeBulkInSocketSizedReads()
{
    // What a socket delivers: many reads of one size, draining after each.
    const QByteArray payload = patternBytes(10 * 1024 * 1024 + 7);
    const QByteArray input = bulk(payload) + "+OK\r\n";
    RespReader reader;
    Replies actual;
    for (qsizetype pos = 0; pos < input.size(); pos += 65536) {
        QVERIFY(reader.feed(input.sliced(pos, qMin<qsizetype>(65536, input.size() - pos))));
        actual += drain(reader);
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(actual.size(), 2);
    QVERIFY(actual.at(0).bytes() == payload);
    QCOMPARE(actual.at(1), RedisReply::status("OK"));
}

void TestRespReader::longPipelineFedAtOnce()
{
    // Far more than one internal chunk in a single feed, as after a stall on a busy pipeline.
    constexpr int count = 200000;
    QByteArray input;
    for (int i = 0; i < count; ++i)
        input += (i % 2 == 0) ? QByteArray("+OK\r\n") : bulk(QByteArray::number(i));

    RespReader reader;
    QVERIFY(reader.feed(input));
    const Replies actual = drain(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(actual.size(), count);
    for (int i = 0; i < count; ++i) {
        const RedisReply expected = (i % 2 == 0) ? RedisReply::status("OK") : RedisReply::string(QByteArray::number(i));
        if (actual.at(i) != expected)
            QFAIL(qPrintable(QStringLiteral("reply %1 differs: %2").arg(i).arg(actual.at(i).toDisplayString())));
    }
}

void TestRespReader::protocolError_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("validBefore"); // replies that precede the bad bytes

    QTest::newRow("unknown type byte") << QByteArray("?garbage\r\n") << 0;
    QTest::newRow("after good replies") << QByteArray("+OK\r\n:1\r\n?garbage\r\n") << 2;
    QTest::newRow("bulk length not a number") << QByteArray("$abc\r\n") << 0;
    QTest::newRow("bulk length negative") << QByteArray("$-5\r\n") << 0;
    QTest::newRow("bulk longer than announced") << QByteArray("$3\r\nfooXY\r\n") << 0;
    QTest::newRow("bulk not followed by CRLF") << QByteArray("$3\r\nfoo\n\r+OK\r\n") << 0;
    QTest::newRow("array length not a number") << QByteArray("*x\r\n") << 0;
    QTest::newRow("array length negative") << QByteArray("*-5\r\n") << 0;
    QTest::newRow("array length too large") << QByteArray("*99999999999\r\n") << 0;
    QTest::newRow("integer not a number") << QByteArray(":12x\r\n") << 0;
    QTest::newRow("integer overflow") << QByteArray(":9223372036854775808\r\n") << 0;
    QTest::newRow("bad element inside array") << QByteArray("*3\r\n:1\r\n$2\r\nab\r\n!\r\n") << 0;
    QTest::newRow("bad bulk inside nested array") << QByteArray("*2\r\n*1\r\n$1\r\nxy\r\n:1\r\n") << 0;
    QTest::newRow("nine levels of arrays") << nestedArraysWire(9, ":1\r\n") << 0;
}

void TestRespReader::protocolError()
{
    QFETCH(QByteArray, input);
    QFETCH(int, validBefore);

    // The same error whether the bytes arrive at once or one by one.
    for (const bool byteByByte : {false, true}) {
        RespReader reader;
        Replies actual;
        const qsizetype step = byteByByte ? 1 : input.size();
        for (qsizetype pos = 0; pos < input.size(); pos += step) {
            reader.feed(input.sliced(pos, qMin(step, input.size() - pos)));
            actual += drain(reader);
        }
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("protocol error: ")), qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().size() > QStringLiteral("protocol error: ").size());
        QCOMPARE(actual.size(), validBefore);
        // The stream stays failed until reset().
        QVERIFY(!reader.feed(QByteArray("+OK\r\n")));
        QVERIFY(!reader.next());
        QVERIFY(reader.hasError());
    }
}

void TestRespReader::nestingLimit()
{
    // hiredis 0.14 accepts at most 8 nested arrays (the root and 7 levels below it); one more
    // level is a protocol error, not a crash. Redis' own replies nest at most 4 deep.
    RespReader reader;
    QVERIFY(reader.feed(nestedArraysWire(8, "$1\r\nx\r\n")));
    const std::optional<RedisReply> deepest = reader.next();
    QVERIFY(deepest);
    QCOMPARE(*deepest, nestedArrays(8, RedisReply::string("x")));

    QVERIFY(reader.feed(nestedArraysWire(9, "$1\r\nx\r\n")));
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QStringLiteral("depth")), qPrintable(reader.errorString()));
}

void TestRespReader::resetRecovers()
{
    RespReader reader;
    QVERIFY(reader.feed(QByteArray("*2\r\n:1\r\n?oops\r\n")));
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());

    reader.reset();
    QVERIFY(!reader.hasError());
    QVERIFY(reader.errorString().isEmpty());
    QVERIFY(reader.feed(QByteArray("*2\r\n:1\r\n:2\r\n+OK\r\n")));
    compareReplies(drain(reader),
        Replies {RedisReply::array({RedisReply::integer(1), RedisReply::integer(2)}), RedisReply::status("OK")});
    QVERIFY(!reader.hasError());
}

void TestRespReader::resetDropsPartialInput()
{
    // After a reconnect, half a reply from the old connection must not prefix the new stream,
    // whether it sits in hiredis or is still queued in the reader.
    RespReader reader;
    QVERIFY(reader.feed(QByteArray("*3\r\n$5\r\nab")));
    QVERIFY(!reader.next());
    QVERIFY(reader.feed(QByteArray(100000, 'x')));
    reader.reset();
    QVERIFY(reader.feed(QByteArray("+OK\r\n")));
    compareReplies(drain(reader), Replies {RedisReply::status("OK")});
}

void TestRespReader::incompleteGivesNothing()
{
    RespReader reader;
    QVERIFY(reader.feed(QByteArray("*2\r\n$3\r\nfoo\r\n$3\r\nba")));
    QVERIFY(!reader.next());
    QVERIFY(!reader.hasError());
    QVERIFY(reader.feed(QByteArray("r\r\n")));
    compareReplies(drain(reader), Replies {RedisReply::array({RedisReply::string("foo"), RedisReply::string("bar")})});
}

void TestRespReader::errorCode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("code");

    QTest::newRow("WRONGPASS") << QByteArray("WRONGPASS invalid username-password pair or user is disabled.")
                               << QByteArray("WRONGPASS");
    QTest::newRow("NOAUTH") << QByteArray("NOAUTH Authentication required.") << QByteArray("NOAUTH");
    QTest::newRow("NOPERM") << QByteArray("NOPERM this user has no permissions to run the 'xadd' command")
                            << QByteArray("NOPERM");
    QTest::newRow("BUSYGROUP") << QByteArray("BUSYGROUP Consumer Group name already exists") << QByteArray("BUSYGROUP");
    QTest::newRow("NOGROUP") << QByteArray("NOGROUP No such key 'jobs' or consumer group 'workers'")
                             << QByteArray("NOGROUP");
    QTest::newRow("ERR") << QByteArray("ERR unknown command 'FOO', with args beginning with: ") << QByteArray("ERR");
    QTest::newRow("WRONGTYPE") << QByteArray("WRONGTYPE Operation against a key holding the wrong kind of value")
                               << QByteArray("WRONGTYPE");
    QTest::newRow("underscore") << QByteArray("SOME_CODE text") << QByteArray("SOME_CODE");
    QTest::newRow("code only") << QByteArray("LOADING") << QByteArray("LOADING");
    QTest::newRow("tab separated") << QByteArray("ERR\ttext") << QByteArray("ERR");
    QTest::newRow("lower case") << QByteArray("Error: something") << QByteArray();
    QTest::newRow("digit in token") << QByteArray("ERR2 text") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestRespReader::errorCode()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, code);

    // Through the parser, as the connection sees it.
    RespReader reader;
    QVERIFY(reader.feed(QByteArray('-' + text + "\r\n")));
    const std::optional<RedisReply> reply = reader.next();
    QVERIFY(reply);
    QVERIFY(reply->isError());
    QCOMPARE(reply->errorKind(), RedisReply::ErrorKind::Server);
    QCOMPARE(reply->errorCode(), code);
    QCOMPARE(reply->errorMessage(), QString::fromUtf8(text));
    QCOMPARE(reply->bytes(), text);
}

void TestRespReader::clientError()
{
    const QString message = QStringLiteral("connection lost — 127.0.0.1:6379");
    const RedisReply reply = RedisReply::clientError(RedisReply::ErrorKind::Connection, message);
    QVERIFY(reply.isError());
    QCOMPARE(reply.errorKind(), RedisReply::ErrorKind::Connection);
    QCOMPARE(reply.errorMessage(), message);
    QVERIFY(reply.errorCode().isEmpty());
    QCOMPARE(reply.bytes(), message.toUtf8());

    // Non-errors have neither code nor message.
    QVERIFY(RedisReply::status("ERR not really").errorCode().isEmpty());
    QVERIFY(RedisReply::status("ERR not really").errorMessage().isEmpty());
    QCOMPARE(RedisReply::integer(3).errorKind(), RedisReply::ErrorKind::None);
}

void TestRespReader::displayString_data()
{
    QTest::addColumn<RedisReply>("reply");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << RedisReply::integer(-3) << QStringLiteral("(integer) -3");
    QTest::newRow("nil") << RedisReply::nil() << QStringLiteral("(nil)");
    QTest::newRow("status") << RedisReply::status("OK") << QStringLiteral("OK");
    QTest::newRow("server error") << RedisReply::serverError("ERR wrong number of arguments")
                                  << QStringLiteral("(error) ERR wrong number of arguments");
    QTest::newRow("client error") << RedisReply::clientError(
        RedisReply::ErrorKind::Timeout, QStringLiteral("timed out"))
                                  << QStringLiteral("(error) timed out");
    QTest::newRow("bulk") << RedisReply::string("hello") << QStringLiteral("\"hello\"");
    QTest::newRow("bulk escapes") << RedisReply::string(QByteArray("a\"b\\c\r\n\t\x01\xff", 10))
                                  << QStringLiteral("\"a\\\"b\\\\c\\r\\n\\t\\x01\\xff\"");
    QTest::newRow("empty array") << RedisReply::array({}) << QStringLiteral("(empty array)");
    QTest::newRow("nested") << RedisReply::array({RedisReply::string("mystream"),
        RedisReply::array({RedisReply::array({RedisReply::string("1-0"),
            RedisReply::array({RedisReply::string("field"), RedisReply::string("value")})})}),
        RedisReply::integer(7), RedisReply::nil()})
                            << QStringLiteral("1) \"mystream\"\n"
                                              "2) 1) 1) \"1-0\"\n"
                                              "      2) 1) \"field\"\n"
                                              "         2) \"value\"\n"
                                              "3) (integer) 7\n"
                                              "4) (nil)");
    QList<RedisReply> ten;
    for (int i = 1; i <= 10; ++i)
        ten.append(RedisReply::integer(i));
    ten[9] = RedisReply::array({RedisReply::status("a"), RedisReply::status("b")});
    QTest::newRow("wide indices") << RedisReply::array(ten)
                                  << QStringLiteral(" 1) (integer) 1\n"
                                                    " 2) (integer) 2\n"
                                                    " 3) (integer) 3\n"
                                                    " 4) (integer) 4\n"
                                                    " 5) (integer) 5\n"
                                                    " 6) (integer) 6\n"
                                                    " 7) (integer) 7\n"
                                                    " 8) (integer) 8\n"
                                                    " 9) (integer) 9\n"
                                                    "10) 1) a\n"
                                                    "    2) b");
}

void TestRespReader::displayString()
{
    QFETCH(RedisReply, reply);
    QFETCH(QString, expected);
    QCOMPARE(reply.toDisplayString(), expected);
}

void TestRespReader::equality()
{
    QCOMPARE(RedisReply::string("a"), RedisReply::string("a"));
    QVERIFY(RedisReply::string("a") != RedisReply::status("a"));
    QVERIFY(RedisReply::string("a") != RedisReply::string("b"));
    QVERIFY(RedisReply::integer(1) != RedisReply::integer(2));
    QVERIFY(RedisReply::nil() != RedisReply::array({}));
    QVERIFY(RedisReply::nil() != RedisReply::string(""));
    QVERIFY(RedisReply::serverError("ERR x")
        != RedisReply::clientError(RedisReply::ErrorKind::Timeout, QStringLiteral("ERR x")));
    QVERIFY(
        RedisReply::array({RedisReply::integer(1)}) != RedisReply::array({RedisReply::integer(1), RedisReply::nil()}));
    QCOMPARE(RedisReply::array({RedisReply::array({RedisReply::nil()})}),
        RedisReply::array({RedisReply::array({RedisReply::nil()})}));
}

QTEST_GUILESS_MAIN(TestRespReader)
#include "tst_respreader.moc"
