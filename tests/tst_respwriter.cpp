#include <QTest>

#include "services/respwriter.h"

using RespWriter::Command;

class TestRespWriter final : public QObject {
    Q_OBJECT

private slots:
    void encodeCommand_data();
    void encodeCommand();
    void appendKeepsPrefix_data() { encodeCommand_data(); }
    void appendKeepsPrefix();
    void pipelineIsConcatenation();
    void manyAppendsMatchEncode();
};

void TestRespWriter::encodeCommand_data()
{
    QTest::addColumn<Command>("args");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("PING") << Command {"PING"} << QByteArray("*1\r\n$4\r\nPING\r\n");
    QTest::newRow("SET") << Command {"SET", "key", "value"}
                         << QByteArray("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n");
    QTest::newRow("empty argument") << Command {"SET", "k", ""}
                                    << QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n");
    QTest::newRow("binary argument") << Command {"SET", "k", QByteArray("a\r\n\0b", 5)}
                                     << QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\na\r\n\0b\r\n", 31);
    QTest::newRow("utf-8 argument") << Command {"SET", "k", QStringLiteral("é").toUtf8()}
                                    << QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\n\xc3\xa9\r\n");
    QTest::newRow("XADD") << Command {"XADD", "changes", "*", "number", "CHG0012345"}
                          << QByteArray("*5\r\n$4\r\nXADD\r\n$7\r\nchanges\r\n$1\r\n*\r\n$6\r\nnumber\r\n"
                                        "$10\r\nCHG0012345\r\n");
    QTest::newRow("no arguments") << Command {} << QByteArray("*0\r\n");
    QTest::newRow("four-digit length") << Command {"SET", "k", QByteArray(1000, 'x')}
                                       << QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1000\r\n") + QByteArray(1000, 'x')
            + QByteArray("\r\n");
    Command twelve;
    for (int i = 0; i < 12; ++i)
        twelve.append(QByteArray(1, static_cast<char>('a' + i)));
    QTest::newRow("two-digit count")
        << twelve
        << QByteArray("*12\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nf\r\n$1\r\ng\r\n"
                      "$1\r\nh\r\n$1\r\ni\r\n$1\r\nj\r\n$1\r\nk\r\n$1\r\nl\r\n");
}

void TestRespWriter::encodeCommand()
{
    QFETCH(Command, args);
    QFETCH(QByteArray, expected);

    const QByteArray encoded = RespWriter::encode(args);
    QCOMPARE(encoded, expected);
    QCOMPARE(encoded.size(), expected.size());
}

void TestRespWriter::appendKeepsPrefix()
{
    QFETCH(Command, args);
    QFETCH(QByteArray, expected);

    QByteArray out("PREFIX");
    RespWriter::append(out, args);
    QCOMPARE(out, QByteArray("PREFIX") + expected);
}

void TestRespWriter::pipelineIsConcatenation()
{
    const QList<Command> commands {
        {"MULTI"},
        {"SET", "a", "1"},
        {"SET", "b", ""},
        {"XADD", "s", "*", "f", QByteArray("\0\r\n", 3)},
        {},
        {"EXEC"},
    };
    QByteArray concatenated;
    for (const Command &command : commands)
        concatenated += RespWriter::encode(command);

    QCOMPARE(RespWriter::encode(commands), concatenated);
    QVERIFY(RespWriter::encode(QList<Command> {}).isEmpty());
}

void TestRespWriter::manyAppendsMatchEncode()
{
    // The pipeline-building path: append() repeatedly onto one buffer.
    QList<Command> commands;
    for (int i = 0; i < 20000; ++i)
        commands.append(Command {"SET", "key:" + QByteArray::number(i), QByteArray(i % 37, 'v')});
    QByteArray appended;
    for (const Command &command : commands)
        RespWriter::append(appended, command);
    QCOMPARE(appended, RespWriter::encode(commands));
    QVERIFY(appended.startsWith("*3\r\n$3\r\nSET\r\n$5\r\nkey:0\r\n$0\r\n\r\n"));
}

QTEST_GUILESS_MAIN(TestRespWriter)
#include "tst_respwriter.moc"
