#include <QTest>

#include "services/sseparser.h"

using namespace Qt::StringLiterals;

namespace {

// Items as readable strings, so a failing QCOMPARE shows exactly what differs.
QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\\')
            out += u"\\\\"_s;
        else if (c.unicode() < 0x20 || c.unicode() >= 0x7F)
            out += u"\\u{%1}"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

QString ev(const QString &type, const QString &data, const QString &id = QString())
{
    return u"event type=[%1] data=[%2] id=[%3]"_s.arg(escaped(type), escaped(data), escaped(id));
}

QString msg(const QString &data, const QString &id = QString())
{
    return ev(u"message"_s, data, id);
}

QString cm(const QString &text)
{
    return u"comment [%1]"_s.arg(escaped(text));
}

QString rt(qint64 ms)
{
    return u"retry %1"_s.arg(ms);
}

QStringList describe(const QList<SseItem> &items)
{
    QStringList out;
    for (const SseItem &item : items) {
        switch (item.kind) {
        case SseItem::Kind::Event:
            out << ev(item.event.type, item.event.data, item.event.id);
            break;
        case SseItem::Kind::Comment:
            out << cm(item.comment);
            break;
        case SseItem::Kind::Retry:
            out << rt(item.retryMs);
            break;
        }
    }
    return out;
}

struct Result {
    QStringList items;
    QString lastEventId;
    qint64 retryMs = -1;
};

Result parseInPieces(const QByteArray &input, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseItem> items;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        parser.feed(QByteArrayView(input).sliced(from, cut - from), items);
        from = cut;
    }
    parser.feed(QByteArrayView(input).sliced(from), items);
    return {describe(items), parser.lastEventId(), parser.reconnectionTimeMs()};
}

// The text/event-stream of n numbered events, the same with CR-only line ends.
QByteArray numberedEvents(int n, const QByteArray &eol)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += "id: " + QByteArray::number(i) + eol + "data: event " + QByteArray::number(i) + eol + eol;
    return out;
}

QStringList numberedExpectation(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << msg(u"event "_s + QString::number(i), QString::number(i));
    return out;
}

} // namespace

class TestSseParser final : public QObject {
    Q_OBJECT

private slots:
    void whole_data() { rows(); }
    void whole();
    void byteByByte_data() { rows(); }
    void byteByByte();
    void splitEverywhere_data() { rows(); }
    void splitEverywhere();
    void splitEverywhereThree_data() { rows(); }
    void splitEverywhereThree();

    void crAtChunkEndCompletesTheLine();
    void eventSaysWhetherItsIdIsItsOwn();
    void endOfStreamDiscardsPartialEvent();
    void endOfStreamAllowsNewBom();
    void endOfStreamForgetsPendingCr();
    void initialLastEventId();
    void resetForgetsEverything();
    void retrySaturates();
    void overflowStopsParsing();
    void manyEventsInOneChunk_data();
    void manyEventsInOneChunk();
    void decodeUtf8_data();
    void decodeUtf8();

private:
    static void rows();
    static void check(const Result &actual, const QString &where);
};

void TestSseParser::rows()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("lastEventId");

    // Dispatch, data buffer, LF joining.
    QTest::newRow("one data line") << QByteArrayLiteral("data: Hello\n\n") << QStringList {msg(u"Hello"_s)}
                                   << QString();
    QTest::newRow("two events") << QByteArrayLiteral("data: Hello\n\ndata: World\n\n")
                                << QStringList {msg(u"Hello"_s), msg(u"World"_s)} << QString();
    QTest::newRow("data lines joined with LF")
        << QByteArrayLiteral("data: Hello\ndata:World\n\n") << QStringList {msg(u"Hello\nWorld"_s)} << QString();
    QTest::newRow("empty data") << QByteArrayLiteral("data:\n\n") << QStringList {msg(QString())} << QString();
    QTest::newRow("line without colon is a field with empty value")
        << QByteArrayLiteral("data\n\ndata\ndata\n\n") << QStringList {msg(QString()), msg(u"\n"_s)} << QString();
    QTest::newRow("only one trailing LF removed")
        << QByteArrayLiteral("data:\ndata:\n\n") << QStringList {msg(u"\n"_s)} << QString();
    QTest::newRow("empty line first, middle")
        << QByteArrayLiteral("data:\ndata: line2\n\ndata: line1\ndata:\ndata: line3\n\n")
        << QStringList {msg(u"\nline2"_s), msg(u"line1\n\nline3"_s)} << QString();
    QTest::newRow("extra blank lines ignored")
        << QByteArrayLiteral("data: 1\n\n\n\n\ndata: 2\n\n") << QStringList {msg(u"1"_s), msg(u"2"_s)} << QString();
    QTest::newRow("NUL in data kept") << QByteArrayLiteral("data: a\0b\n\n") << QStringList {msg(u"a\0b"_s)}
                                      << QString();

    // Field name and value.
    QTest::newRow("one leading space removed")
        << QByteArrayLiteral("data:  two\n\n") << QStringList {msg(u" two"_s)} << QString();
    QTest::newRow("no space after colon") << QByteArrayLiteral("data:x\n\n") << QStringList {msg(u"x"_s)} << QString();
    QTest::newRow("colons inside value") << QByteArrayLiteral("data: a: b:c\n\n") << QStringList {msg(u"a: b:c"_s)}
                                         << QString();
    QTest::newRow("name ends at first colon")
        << QByteArrayLiteral("data:: x\n\n") << QStringList {msg(u": x"_s)} << QString();
    QTest::newRow("trailing spaces kept")
        << QByteArrayLiteral("data: x  \n\n") << QStringList {msg(u"x  "_s)} << QString();
    QTest::newRow("tab is not the removed space")
        << QByteArrayLiteral("data:\tx\n\n") << QStringList {msg(u"\tx"_s)} << QString();
    QTest::newRow("unknown field ignored") << QByteArrayLiteral("event: greeting\ncolor: blue\ndata: Hello\n\n")
                                           << QStringList {ev(u"greeting"_s, u"Hello"_s)} << QString();
    QTest::newRow("field names are case-sensitive")
        << QByteArrayLiteral("Data: x\nDATA: y\nEvent: e\nID: 7\ndata: z\n\n") << QStringList {msg(u"z"_s)}
        << QString();
    QTest::newRow("name with trailing space is another field")
        << QByteArrayLiteral("data : x\n\ndata: y\n\n") << QStringList {msg(u"y"_s)} << QString();
    QTest::newRow("line of spaces is not blank")
        << QByteArrayLiteral("data: x\n \n\n") << QStringList {msg(u"x"_s)} << QString();

    // Event type.
    QTest::newRow("event type") << QByteArrayLiteral("event: greeting\ndata: Hello\n\n")
                                << QStringList {ev(u"greeting"_s, u"Hello"_s)} << QString();
    QTest::newRow("type resets after dispatch") << QByteArrayLiteral("event: a\ndata: 1\n\ndata: 2\n\n")
                                                << QStringList {ev(u"a"_s, u"1"_s), msg(u"2"_s)} << QString();
    QTest::newRow("empty type is message")
        << QByteArrayLiteral("event: a\nevent:\ndata: x\n\n") << QStringList {msg(u"x"_s)} << QString();
    QTest::newRow("type with extra space") << QByteArrayLiteral("event:  greeting\ndata:  Hello\n\n")
                                           << QStringList {ev(u" greeting"_s, u" Hello"_s)} << QString();
    QTest::newRow("no dispatch without data, type still resets")
        << QByteArrayLiteral("event: a\n\ndata: x\n\n") << QStringList {msg(u"x"_s)} << QString();
    QTest::newRow("fields in reverse order") << QByteArrayLiteral("data: Hello\nid: abc\nevent: greeting\n\n")
                                             << QStringList {ev(u"greeting"_s, u"Hello"_s, u"abc"_s)} << u"abc"_s;
    QTest::newRow("types alternate") << QByteArrayLiteral(
        "event: a\ndata: 1\n\nevent: b\ndata: 2\n\nevent: a\ndata: 3\n\n")
                                     << QStringList {ev(u"a"_s, u"1"_s), ev(u"b"_s, u"2"_s), ev(u"a"_s, u"3"_s)}
                                     << QString();

    // Last event ID.
    QTest::newRow("event with id") << QByteArrayLiteral("id: abc\ndata: Hello\n\n")
                                   << QStringList {msg(u"Hello"_s, u"abc"_s)} << u"abc"_s;
    QTest::newRow("id persists") << QByteArrayLiteral("id: abc\ndata: first\n\ndata: second\n\n")
                                 << QStringList {msg(u"first"_s, u"abc"_s), msg(u"second"_s, u"abc"_s)} << u"abc"_s;
    QTest::newRow("empty id resets") << QByteArrayLiteral("id: abc\ndata: 1\n\nid: \ndata: 2\n\n")
                                     << QStringList {msg(u"1"_s, u"abc"_s), msg(u"2"_s)} << QString();
    QTest::newRow("bare id resets") << QByteArrayLiteral("id: abc\ndata: 1\n\nid\ndata: 2\n\n")
                                    << QStringList {msg(u"1"_s, u"abc"_s), msg(u"2"_s)} << QString();
    QTest::newRow("id with NUL ignored") << QByteArrayLiteral("id: a\0bc\ndata: Hello\n\n")
                                         << QStringList {msg(u"Hello"_s)} << QString();
    QTest::newRow("id with NUL keeps previous") << QByteArrayLiteral("id: z\ndata: 1\n\nid: a\0bc\ndata: 2\n\n")
                                                << QStringList {msg(u"1"_s, u"z"_s), msg(u"2"_s, u"z"_s)} << u"z"_s;
    QTest::newRow("last id line wins") << QByteArrayLiteral("id: 1\nid: 2\ndata: x\n\n")
                                       << QStringList {msg(u"x"_s, u"2"_s)} << u"2"_s;
    QTest::newRow("id committed without data")
        << QByteArrayLiteral("id: 1\n\ndata: x\n\n") << QStringList {msg(u"x"_s, u"1"_s)} << u"1"_s;
    QTest::newRow("id only, nothing dispatched") << QByteArrayLiteral("id: 9\n\n") << QStringList {} << u"9"_s;
    QTest::newRow("id of incomplete event not committed")
        << QByteArrayLiteral("id: 1\ndata: a\n\nid: 2\ndata: b\n") << QStringList {msg(u"a"_s, u"1"_s)} << u"1"_s;
    QTest::newRow("multi-byte id") << QByteArrayLiteral("id: \xC3\xA9t\xC3\xA9\ndata: x\n\n")
                                   << QStringList {msg(u"x"_s, u"\u00E9t\u00E9"_s)} << u"\u00E9t\u00E9"_s;

    // retry.
    QTest::newRow("retry") << QByteArrayLiteral("retry: 1500\n") << QStringList {rt(1500)} << QString();
    QTest::newRow("retry without space") << QByteArrayLiteral("retry:20\n") << QStringList {rt(20)} << QString();
    QTest::newRow("retry zero") << QByteArrayLiteral("retry: 0\n") << QStringList {rt(0)} << QString();
    QTest::newRow("retry not all digits ignored")
        << QByteArrayLiteral("retry: 15a\nretry: -1\nretry: 1.5\nretry:\nretry: 1 \nretry\nretry:  5\nretry: +5\n")
        << QStringList {} << QString();
    QTest::newRow("retry with an event") << QByteArrayLiteral("retry: 10\ndata: x\n\n")
                                         << QStringList {rt(10), msg(u"x"_s)} << QString();

    // Comments.
    QTest::newRow("comment") << QByteArrayLiteral(":Hello\n") << QStringList {cm(u"Hello"_s)} << QString();
    QTest::newRow("comment keeps its space")
        << QByteArrayLiteral(": Hello\n") << QStringList {cm(u" Hello"_s)} << QString();
    QTest::newRow("empty comment") << QByteArrayLiteral(":\n") << QStringList {cm(QString())} << QString();
    QTest::newRow("comment with colons") << QByteArrayLiteral("::a:b\n") << QStringList {cm(u":a:b"_s)} << QString();
    QTest::newRow("comment inside an event")
        << QByteArrayLiteral("data: a\n:c\ndata: b\n\n") << QStringList {cm(u"c"_s), msg(u"a\nb"_s)} << QString();
    QTest::newRow("comment block dispatches nothing")
        << QByteArrayLiteral(":x\n\n") << QStringList {cm(u"x"_s)} << QString();
    QTest::newRow("comment before and after")
        << QByteArrayLiteral(":Hello\ndata: Hello\n\n:World\n")
        << QStringList {cm(u"Hello"_s), msg(u"Hello"_s), cm(u"World"_s)} << QString();

    // Line ends.
    QTest::newRow("CRLF") << QByteArrayLiteral("data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n")
                          << QStringList {msg(u"a\nb"_s), msg(u"c"_s)} << QString();
    QTest::newRow("CR") << QByteArrayLiteral("data: a\rdata: b\r\rdata: c\r\r")
                        << QStringList {msg(u"a\nb"_s), msg(u"c"_s)} << QString();
    QTest::newRow("CR with extra blank lines")
        << QByteArrayLiteral("data: 1\r\r\r\rdata: 2\r\r") << QStringList {msg(u"1"_s), msg(u"2"_s)} << QString();
    QTest::newRow("CRLF with extra blank lines") << QByteArrayLiteral("data: 1\r\n\r\n\r\n\r\ndata: 2\r\n\r\n")
                                                 << QStringList {msg(u"1"_s), msg(u"2"_s)} << QString();
    QTest::newRow("mixed line ends") << QByteArrayLiteral("data: a\r\ndata: b\rdata: c\n\r\n")
                                     << QStringList {msg(u"a\nb\nc"_s)} << QString();
    QTest::newRow("LF CR is two line ends")
        << QByteArrayLiteral("data: a\n\rdata: b\n\n") << QStringList {msg(u"a"_s), msg(u"b"_s)} << QString();
    QTest::newRow("contract CRLF sequence") << QByteArrayLiteral("data: Hello\r\ndata: World\r\n\r\ndata: OK\r\n\r\n")
                                            << QStringList {msg(u"Hello\nWorld"_s), msg(u"OK"_s)} << QString();
    QTest::newRow("comment with CR") << QByteArrayLiteral(":a\r:b\r\n:c\n")
                                     << QStringList {cm(u"a"_s), cm(u"b"_s), cm(u"c"_s)} << QString();

    // BOM.
    QTest::newRow("BOM stripped") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                       "data: Hello\n\n")
                                  << QStringList {msg(u"Hello"_s)} << QString();
    QTest::newRow("BOM then type and id") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                               "event: greeting\nid: abc\ndata: Hello\n\n")
                                          << QStringList {ev(u"greeting"_s, u"Hello"_s, u"abc"_s)} << u"abc"_s;
    QTest::newRow("BOM then comment") << QByteArrayLiteral("\xEF\xBB\xBF:comment\ndata: Hello\n\n")
                                      << QStringList {cm(u"comment"_s), msg(u"Hello"_s)} << QString();
    QTest::newRow("BOM then empty data") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                              "data:\n\n")
                                         << QStringList {msg(QString())} << QString();
    QTest::newRow("only the first BOM stripped") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                                      "data: \xEF\xBB\xBF"
                                                                      "Hello\n\n")
                                                 << QStringList {msg(u"\uFEFFHello"_s)} << QString();
    QTest::newRow("second BOM belongs to the field name") << QByteArrayLiteral("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                                               "data: x\n\ndata: y\n\n")
                                                          << QStringList {msg(u"y"_s)} << QString();
    QTest::newRow("BOM later in the stream kept") << QByteArrayLiteral("data: First\n\ndata: \xEF\xBB\xBF"
                                                                       "Second\n\n")
                                                  << QStringList {msg(u"First"_s), msg(u"\uFEFFSecond"_s)} << QString();
    QTest::newRow("BOM prefix is an ordinary line")
        << QByteArrayLiteral("\xEF\xBB\ndata: x\n\n") << QStringList {msg(u"x"_s)} << QString();
    QTest::newRow("BOM-like comment") << QByteArrayLiteral("\xEF:x\n") << QStringList {} << QString();

    // UTF-8.
    QTest::newRow("multi-byte characters") << QByteArrayLiteral("data: \xE2\x82\xAC\xE8\xB1\x86\xE8\x85\x90\n\n")
                                           << QStringList {msg(u"\u20AC\u8C46\u8150"_s)} << QString();
    QTest::newRow("four-byte character") << QByteArrayLiteral("event: \xF0\x9F\x98\x80\ndata: \xF0\x9F\x98\x80\n\n")
                                         << QStringList {ev(u"\U0001F600"_s, u"\U0001F600"_s)} << QString();
    QTest::newRow("invalid byte") << QByteArrayLiteral("data: a\xFF"
                                                       "b\n\n")
                                  << QStringList {msg(u"a\uFFFDb"_s)} << QString();
    QTest::newRow("truncated sequence is one U+FFFD")
        << QByteArrayLiteral("data: \xE2\x82\n\n") << QStringList {msg(u"\uFFFD"_s)} << QString();
    QTest::newRow("truncated 4-byte sequence then ASCII") << QByteArrayLiteral("data: \xF0\x9F\x98"
                                                                               "A\n\n")
                                                          << QStringList {msg(u"\uFFFDA"_s)} << QString();
    QTest::newRow("overlong encoding") << QByteArrayLiteral("data: \xC0\x80\n\n")
                                       << QStringList {msg(u"\uFFFD\uFFFD"_s)} << QString();
    QTest::newRow("surrogate encoding") << QByteArrayLiteral("data: \xED\xA0\x80\n\n")
                                        << QStringList {msg(u"\uFFFD\uFFFD\uFFFD"_s)} << QString();
    QTest::newRow("truncated sequence at line end")
        << QByteArrayLiteral("data: \xE2\ndata: x\n\n") << QStringList {msg(u"\uFFFD\nx"_s)} << QString();
    QTest::newRow("invalid comment") << QByteArrayLiteral(":\xFF\n") << QStringList {cm(u"\uFFFD"_s)} << QString();

    // End of stream.
    QTest::newRow("unterminated event discarded")
        << QByteArrayLiteral("data: a\n\ndata: b\n") << QStringList {msg(u"a"_s)} << QString();
    QTest::newRow("unterminated line discarded")
        << QByteArrayLiteral("data: a\n\ndata: b") << QStringList {msg(u"a"_s)} << QString();

    QTest::newRow("twenty events") << numberedEvents(20, "\n") << numberedExpectation(20) << u"19"_s;
}

void TestSseParser::check(const Result &actual, const QString &where)
{
    QFETCH(QStringList, expected);
    QFETCH(QString, lastEventId);
    if (actual.items != expected || actual.lastEventId != lastEventId)
        qWarning().noquote() << "fed as" << where;
    QCOMPARE(actual.items, expected);
    QCOMPARE(actual.lastEventId, lastEventId);
}

void TestSseParser::whole()
{
    QFETCH(QByteArray, input);
    check(parseInPieces(input, {}), u"one chunk"_s);
}

void TestSseParser::byteByByte()
{
    QFETCH(QByteArray, input);
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts << i;
    check(parseInPieces(input, cuts), u"single bytes"_s);
}

void TestSseParser::splitEverywhere()
{
    QFETCH(QByteArray, input);
    for (qsizetype i = 0; i <= input.size(); ++i) {
        check(parseInPieces(input, {i}), u"two pieces split at %1"_s.arg(i));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSseParser::splitEverywhereThree()
{
    QFETCH(QByteArray, input);
    if (input.size() > 200)
        QSKIP("quadratic: short inputs only");
    for (qsizetype i = 1; i < input.size(); ++i) {
        for (qsizetype j = i; j < input.size(); ++j) {
            check(parseInPieces(input, {i, j}), u"three pieces split at %1 and %2"_s.arg(i).arg(j));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestSseParser::crAtChunkEndCompletesTheLine()
{
    // A CR ends the line at once: the event goes out without waiting for the next byte,
    // and an LF starting the next chunk is not a second (blank) line.
    SseParser parser;
    QCOMPARE(describe(parser.feed("data: Hello\r")), QStringList {});
    QCOMPARE(describe(parser.feed("\ndata: World\r")), QStringList {});
    QCOMPARE(describe(parser.feed("\n\r")), QStringList {msg(u"Hello\nWorld"_s)});
    QCOMPARE(describe(parser.feed("\ndata: OK\r")), QStringList {});
    QCOMPARE(describe(parser.feed("\n")), QStringList {});
    QCOMPARE(describe(parser.feed("\r")), QStringList {msg(u"OK"_s)});
    QCOMPARE(describe(parser.feed("\n")), QStringList {});
    QCOMPARE(describe(parser.feed("data: x\n\n")), QStringList {msg(u"x"_s)});
}

// FeedHub tells a re-sent event from one that merely inherits the id by this flag.
void TestSseParser::eventSaysWhetherItsIdIsItsOwn()
{
    SseParser parser;
    static const char input[] = "id: 1\ndata: a\n\n"
                                "data: b\n\n"
                                "id: 2\n\n" // committed without an event
                                "data: c\n\n"
                                "id\ndata: d\n\n" // an id field, empty: the id is reset
                                "id: 3\0x\ndata: e\n\n" // NUL: the field is ignored
                                "data: f\nid: 4\n\n"; // the field may follow the data
    const QList<SseItem> items = parser.feed(QByteArrayView(input, sizeof input - 1));
    QList<std::pair<QString, bool>> seen;
    for (const SseItem &item : items)
        seen.append({item.event.id, item.event.hasOwnId});
    const QList<std::pair<QString, bool>> expected {
        {u"1"_s, true}, {u"1"_s, false}, {u"2"_s, false}, {QString(), true}, {QString(), false}, {u"4"_s, true}};
    QCOMPARE(seen, expected);
    // A partial event's id field does not carry over to the next connection's first event.
    QVERIFY(parser.feed("id: 5\ndata: cut").isEmpty());
    parser.endOfStream();
    const QList<SseItem> after = parser.feed("data: g\n\n");
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).event.id, u"4"_s);
    QVERIFY(!after.at(0).event.hasOwnId);
}

void TestSseParser::endOfStreamDiscardsPartialEvent()
{
    SseParser parser;
    QCOMPARE(describe(parser.feed("id: abc\ndata: Hello\n\nid: def\nevent: t\ndata: Goodbye")),
        QStringList {msg(u"Hello"_s, u"abc"_s)});
    parser.endOfStream();
    QCOMPARE(parser.lastEventId(), u"abc"_s);
    // Neither the data, the type nor the id of the partial event survive.
    QCOMPARE(describe(parser.feed("data: We meet again\n\n")), QStringList {msg(u"We meet again"_s, u"abc"_s)});
}

void TestSseParser::endOfStreamAllowsNewBom()
{
    SseParser parser;
    QCOMPARE(describe(parser.feed("data: a\n\n")), QStringList {msg(u"a"_s)});
    parser.endOfStream();
    QCOMPARE(describe(parser.feed("\xEF\xBB")), QStringList {});
    QCOMPARE(describe(parser.feed("\xBF"
                                  "data: b\n\n")),
        QStringList {msg(u"b"_s)});
}

void TestSseParser::endOfStreamForgetsPendingCr()
{
    SseParser parser;
    QCOMPARE(describe(parser.feed("data: a\r")), QStringList {});
    parser.endOfStream();
    // The new stream's first byte is an LF: a blank line of its own, with nothing to dispatch.
    QCOMPARE(describe(parser.feed("\ndata: b\n\n")), QStringList {msg(u"b"_s)});
    QCOMPARE(parser.reconnectionTimeMs(), -1);
}

void TestSseParser::initialLastEventId()
{
    SseParser parser(u"42"_s);
    QCOMPARE(parser.lastEventId(), u"42"_s);
    QCOMPARE(describe(parser.feed("data: x\n\nid: 43\ndata: y\n\n")),
        (QStringList {msg(u"x"_s, u"42"_s), msg(u"y"_s, u"43"_s)}));
    parser.endOfStream();
    QCOMPARE(parser.lastEventId(), u"43"_s);
}

void TestSseParser::resetForgetsEverything()
{
    SseParser parser;
    QCOMPARE(describe(parser.feed("retry: 250\nid: 1\ndata: x\n\ndata: partial")),
        (QStringList {rt(250), msg(u"x"_s, u"1"_s)}));
    QCOMPARE(parser.reconnectionTimeMs(), 250);
    parser.reset(u"seed"_s);
    QCOMPARE(parser.lastEventId(), u"seed"_s);
    QCOMPARE(parser.reconnectionTimeMs(), -1);
    QCOMPARE(describe(parser.feed("data: y\n\n")), QStringList {msg(u"y"_s, u"seed"_s)});
}

void TestSseParser::retrySaturates()
{
    SseParser parser;
    const QList<SseItem> items = parser.feed("retry: 99999999999999999999999999999999\n");
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, SseItem::Kind::Retry);
    QVERIFY(items.first().retryMs > 1'000'000'000'000'000LL);
    QCOMPARE(parser.reconnectionTimeMs(), items.first().retryMs);
}

void TestSseParser::overflowStopsParsing()
{
    SseParser parser;
    parser.setMaxEventBytes(1024);
    QCOMPARE(describe(parser.feed(QByteArray("data: " + QByteArray(600, 'a') + "\n"))), QStringList {});
    QVERIFY(!parser.hasOverflowed());
    QCOMPARE(describe(parser.feed(QByteArray("data: " + QByteArray(600, 'b')))), QStringList {});
    QVERIFY(parser.hasOverflowed());
    QCOMPARE(describe(parser.feed("\n\ndata: x\n\n")), QStringList {});
    parser.endOfStream();
    QVERIFY(!parser.hasOverflowed());
    QCOMPARE(describe(parser.feed("data: x\n\n")), QStringList {msg(u"x"_s)});
}

void TestSseParser::manyEventsInOneChunk_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArrayLiteral("\n");
    QTest::newRow("CR") << QByteArrayLiteral("\r");
    QTest::newRow("CRLF") << QByteArrayLiteral("\r\n");
}

void TestSseParser::manyEventsInOneChunk()
{
    QFETCH(QByteArray, eol);
    constexpr int Count = 20'000;
    SseParser parser;
    QCOMPARE(describe(parser.feed(numberedEvents(Count, eol))), numberedExpectation(Count));
    QCOMPARE(parser.lastEventId(), QString::number(Count - 1));
}

void TestSseParser::decodeUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    // Expectations from the WHATWG Encoding standard's UTF-8 decoder (one U+FFFD per
    // maximal subpart of an ill-formed sequence).
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ascii") << QByteArrayLiteral("plain ascii text, longer than eight bytes")
                           << u"plain ascii text, longer than eight bytes"_s;
    QTest::newRow("two-byte") << QByteArrayLiteral("\xC3\xA9") << u"\u00E9"_s;
    QTest::newRow("three-byte") << QByteArrayLiteral("\xE2\x82\xAC") << u"\u20AC"_s;
    QTest::newRow("four-byte") << QByteArrayLiteral("\xF0\x9F\x98\x80") << u"\U0001F600"_s;
    QTest::newRow("max code point") << QByteArrayLiteral("\xF4\x8F\xBF\xBF") << u"\U0010FFFF"_s;
    QTest::newRow("BOM kept") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                   "A")
                              << u"\uFEFFA"_s;
    QTest::newRow("lone continuation") << QByteArrayLiteral("\x80\x80") << u"\uFFFD\uFFFD"_s;
    QTest::newRow("C0 lead") << QByteArrayLiteral("\xC0\x80") << u"\uFFFD\uFFFD"_s;
    QTest::newRow("F5 lead") << QByteArrayLiteral("\xF5\x80") << u"\uFFFD\uFFFD"_s;
    QTest::newRow("FF") << QByteArrayLiteral("a\xFF"
                                             "b")
                        << u"a\uFFFDb"_s;
    QTest::newRow("E0 overlong") << QByteArrayLiteral("\xE0\x80\x80") << u"\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("surrogate") << QByteArrayLiteral("\xED\xA0\x80") << u"\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("above U+10FFFF") << QByteArrayLiteral("\xF4\x90\x80\x80") << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("truncated 3 then ASCII") << QByteArrayLiteral("\xE2\x82"
                                                                 "A")
                                            << u"\uFFFDA"_s;
    QTest::newRow("truncated 4 at end") << QByteArrayLiteral("\xF0\x9F\x98") << u"\uFFFD"_s;
    QTest::newRow("truncated then valid") << QByteArrayLiteral("\xE2\xC3\xA9") << u"\uFFFD\u00E9"_s;
    QTest::newRow("ascii after non-ascii")
        << QByteArrayLiteral("\xC3\xA9 and a long ascii tail") << u"\u00E9 and a long ascii tail"_s;
}

void TestSseParser::decodeUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(SseParser::decodeUtf8(bytes.constData(), bytes.size()), text);
}

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
