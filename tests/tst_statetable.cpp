#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "services/statetable.h"

using namespace Qt::StringLiterals;

namespace {

const QString OverrideFile = QStringLiteral(STREAMDESK_TEST_DATA "/states-override.json");

QString badFile(const char *name)
{
    return QStringLiteral(STREAMDESK_TEST_DATA "/decoder/") + QString::fromLatin1(name);
}

// Everything a table answers, to prove a failed override left it exactly as it was.
QStringList dump(const StateTable &table)
{
    QStringList lines;
    for (const QString &type : table.types()) {
        for (const StateTable::State &s : table.states(type))
            lines << (type + u'|' + s.code + u'|' + s.labelPt + u'|' + s.labelEn + u'|'
                + (s.closed ? u"closed"_s : u"open"_s));
    }
    return lines;
}

QStringList codes(const QList<StateTable::State> &states)
{
    QStringList list;
    for (const StateTable::State &s : states)
        list << s.code;
    return list;
}

} // namespace

class TestStateTable final : public QObject {
    Q_OBJECT

private slots:
    void defaults_data();
    void defaults();
    void defaultsHaveNothingElse();
    void statesInCodeOrder();
    void fallbacks_data();
    void fallbacks();
    void aliasesAndCodeForms();
    void unknownCodes();
    void languages_data();
    void languages();

    void overrideFile();
    void overrideFileMatchesDocument();
    void overrideLabelFallbacks();
    void overrideClosedness();
    void badOverrideFiles_data();
    void badOverrideFiles();
    void badOverrideBytes();
};

void TestStateTable::defaults_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pt");
    QTest::addColumn<QString>("en");
    QTest::addColumn<bool>("closed");

    // BRIEF §2, row by row.
    const auto row = [](const QString &type, const char *code, const QString &pt, const QString &en, bool closed) {
        QTest::addRow("%s %s", qPrintable(type), code) << type << QString::fromLatin1(code) << pt << en << closed;
    };
    row(u"incident"_s, "1", u"Novo"_s, u"New"_s, false);
    row(u"incident"_s, "2", u"Em Andamento"_s, u"In Progress"_s, false);
    row(u"incident"_s, "3", u"Em Espera"_s, u"On Hold"_s, false);
    row(u"incident"_s, "4", u"Aguardando Aprovação"_s, u"Awaiting Approval"_s, false);
    row(u"incident"_s, "5", u"Aguardando Fornecedor"_s, u"Awaiting Vendor"_s, false);
    row(u"incident"_s, "6", u"Resolvido"_s, u"Resolved"_s, true);
    row(u"incident"_s, "7", u"Fechado"_s, u"Closed"_s, true);
    row(u"incident"_s, "8", u"Cancelado"_s, u"Canceled"_s, true);
    for (const QString &type : {u"change_task"_s, u"sc_task"_s}) {
        row(type, "1", u"Pendente"_s, u"Pending"_s, false);
        row(type, "2", u"Aberto"_s, u"Open"_s, false);
        row(type, "3", u"Em Execução"_s, u"Work in Progress"_s, false);
        row(type, "4", u"Fechado Completo"_s, u"Closed Complete"_s, true);
        row(type, "7", u"Fechado Pulado"_s, u"Closed Skipped"_s, true);
    }
    row(u"change_task"_s, "8", u"Fechado Incompleto"_s, u"Closed Incomplete"_s, true);
}

void TestStateTable::defaults()
{
    QFETCH(QString, type);
    QFETCH(QString, code);
    QFETCH(QString, pt);
    QFETCH(QString, en);
    QFETCH(bool, closed);
    const StateTable table = StateTable::defaults();
    QVERIFY(table.isKnown(type, code));
    QCOMPARE(table.label(type, code, u"pt_BR"_s), pt);
    QCOMPARE(table.label(type, code, u"en"_s), en);
    QCOMPARE(table.isClosed(type, code), closed);
    bool listed = false;
    for (const StateTable::State &s : table.states(type)) {
        if (s.code == code) {
            listed = true;
            QCOMPARE(s.labelPt, pt);
            QCOMPARE(s.labelEn, en);
            QCOMPARE(s.closed, closed);
        }
    }
    QVERIFY(listed);
}

void TestStateTable::defaultsHaveNothingElse()
{
    const StateTable table = StateTable::defaults();
    QCOMPARE(table.types(), (QStringList {u"change_task"_s, u"incident"_s, u"sc_task"_s, u"task"_s}));
    QVERIFY(!table.isKnown(u"sc_task"_s, u"8"_s)); // only change tasks have "Closed Incomplete"
    QCOMPARE(table.label(u"sc_task"_s, u"8"_s, u"en"_s), u"State 8"_s);
    QVERIFY(!table.isKnown(u"incident"_s, u"18"_s));
    QVERIFY(!table.isKnown(u"change_task"_s, u"-5"_s));
}

void TestStateTable::statesInCodeOrder()
{
    const StateTable table = StateTable::defaults();
    QCOMPARE(codes(table.states(u"incident"_s)),
        (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s}));
    QCOMPARE(codes(table.states(u"change_task"_s)), (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"7"_s, u"8"_s}));
    QCOMPARE(codes(table.states(u"sc_task"_s)), (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"7"_s}));
}

void TestStateTable::fallbacks_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type :
        {"problem", "change_request", "sc_request", "incident_task", "problem_task", "task", "u_custom"})
        QTest::newRow(type) << QString::fromLatin1(type);
}

void TestStateTable::fallbacks()
{
    QFETCH(QString, type);
    const StateTable table = StateTable::defaults();
    QCOMPARE(codes(table.states(type)), codes(table.states(u"task"_s)));
    QCOMPARE(codes(table.states(type)), (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"7"_s}));
    QCOMPARE(table.label(type, u"4"_s, u"en"_s), u"Closed Complete"_s);
    QCOMPARE(table.label(type, u"3"_s, u"pt_BR"_s), u"Em Execução"_s);
    QVERIFY(table.isClosed(type, u"7"_s));
    QVERIFY(!table.isClosed(type, u"2"_s));
    QCOMPARE(table.label(type, u"8"_s, u"en"_s), u"State 8"_s);
}

void TestStateTable::aliasesAndCodeForms()
{
    const StateTable table = StateTable::defaults();
    QCOMPARE(table.label(u"CTASK"_s, u"8"_s, u"en"_s), u"Closed Incomplete"_s);
    QCOMPARE(table.label(u"sctask"_s, u"8"_s, u"en"_s), u"State 8"_s);
    QCOMPARE(table.label(u"Incident"_s, u"6"_s, u"pt_BR"_s), u"Resolvido"_s);
    QCOMPARE(table.label(u"incident"_s, u" 06"_s, u"en"_s), u"Resolved"_s);
    QVERIFY(table.isClosed(u"incident"_s, u"+6"_s));
    QVERIFY(table.isKnown(u"INCIDENT"_s, u"1"_s));
}

void TestStateTable::unknownCodes()
{
    const StateTable table = StateTable::defaults();
    QCOMPARE(table.label(u"incident"_s, u"99"_s, u"en"_s), u"State 99"_s);
    QCOMPARE(table.label(u"incident"_s, u"99"_s, u"pt_BR"_s), u"State 99"_s); // no translator loaded
    QCOMPARE(table.label(u"task"_s, u"-5"_s, u"en"_s), u"State -5"_s);
    QCOMPARE(table.label(u"incident"_s, u"Resolved"_s, u"en"_s), u"State Resolved"_s);
    QVERIFY(!table.isKnown(u"incident"_s, u"99"_s));
    QVERIFY(!table.isClosed(u"incident"_s, u"99"_s)); // unknown counts as open
    QCOMPARE(table.label(u"incident"_s, QString(), u"en"_s), u"No state"_s);
    QVERIFY(!table.isClosed(u"incident"_s, QString()));
}

void TestStateTable::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("label");
    QTest::newRow("pt_BR") << u"pt_BR"_s << u"Em Andamento"_s;
    QTest::newRow("pt") << u"pt"_s << u"Em Andamento"_s;
    QTest::newRow("pt_PT") << u"pt_PT"_s << u"Em Andamento"_s;
    QTest::newRow("PT-br") << u"PT-br"_s << u"Em Andamento"_s;
    QTest::newRow("en") << u"en"_s << u"In Progress"_s;
    QTest::newRow("en_US") << u"en_US"_s << u"In Progress"_s;
    QTest::newRow("de") << u"de"_s << u"In Progress"_s;
    QTest::newRow("empty") << QString() << u"In Progress"_s;
}

void TestStateTable::languages()
{
    QFETCH(QString, language);
    QFETCH(QString, label);
    QCOMPARE(StateTable::defaults().label(u"incident"_s, u"2"_s, language), label);
}

void TestStateTable::overrideFile()
{
    StateTable table = StateTable::defaults();
    QString error;
    QVERIFY2(table.loadOverrides(OverrideFile, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    // Added: incident 18.
    QVERIFY(table.isKnown(u"incident"_s, u"18"_s));
    QCOMPARE(table.label(u"incident"_s, u"18"_s, u"pt_BR"_s), u"Atribuído"_s);
    QCOMPARE(table.label(u"incident"_s, u"18"_s, u"en"_s), u"Assigned"_s);
    QVERIFY(!table.isClosed(u"incident"_s, u"18"_s));
    QCOMPARE(codes(table.states(u"incident"_s)).last(), u"18"_s);

    // Changed: one label of incident 3; the rest of the state is kept.
    QCOMPARE(table.label(u"incident"_s, u"3"_s, u"en"_s), u"Waiting"_s);
    QCOMPARE(table.label(u"incident"_s, u"3"_s, u"pt_BR"_s), u"Em Espera"_s);
    QVERIFY(!table.isClosed(u"incident"_s, u"3"_s));
    QVERIFY(table.isClosed(u"incident"_s, u"6"_s));

    // Added: task -5, sorted before the positive codes; types that fall back to task see it.
    QCOMPARE(codes(table.states(u"task"_s)), (QStringList {u"-5"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"7"_s}));
    QCOMPARE(table.label(u"task"_s, u"-5"_s, u"en"_s), u"Pending"_s);
    QCOMPARE(table.label(u"incident_task"_s, u"-5"_s, u"pt_BR"_s), u"Pendente"_s);
    QVERIFY(!table.isClosed(u"task"_s, u"-5"_s));
    // Types with a table of their own do not (docs/event-format.md, "Fallback").
    QVERIFY(!table.isKnown(u"change_task"_s, u"-5"_s));

    // Removed: sc_task 7 is now unknown, shown as "State 7" and open.
    QVERIFY(!table.isKnown(u"sc_task"_s, u"7"_s));
    QCOMPARE(table.label(u"sc_task"_s, u"7"_s, u"en"_s), u"State 7"_s);
    QVERIFY(!table.isClosed(u"sc_task"_s, u"7"_s));
    QVERIFY(table.isKnown(u"change_task"_s, u"7"_s));

    // New type: problem starts from the (overridden) task table and adds its codes.
    QVERIFY(table.types().contains(u"problem"_s));
    QCOMPARE(codes(table.states(u"problem"_s)),
        (QStringList {u"-5"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"7"_s, u"101"_s, u"107"_s}));
    QVERIFY(table.isClosed(u"problem"_s, u"107"_s));
    QVERIFY(!table.isClosed(u"problem"_s, u"101"_s));
    QCOMPARE(table.label(u"problem"_s, u"101"_s, u"en"_s), u"New"_s);

    // Untouched rows are still the defaults.
    QCOMPARE(table.label(u"change_task"_s, u"8"_s, u"pt_BR"_s), u"Fechado Incompleto"_s);

    // Applying the same file again changes nothing.
    const QStringList before = dump(table);
    QVERIFY2(table.loadOverrides(OverrideFile, &error), qPrintable(error));
    QCOMPARE(dump(table), before);
}

void TestStateTable::overrideFileMatchesDocument()
{
    QFile doc(QStringLiteral(STREAMDESK_SOURCE_DIR "/docs/event-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression example(
        u"### Overriding per instance.*?```json\\n(.*?)\\n```"_s, QRegularExpression::DotMatchesEverythingOption);
    const auto match = example.match(text);
    QVERIFY2(match.hasMatch(), "docs/event-format.md has no override example");
    QFile file(OverrideFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument documented = QJsonDocument::fromJson(match.captured(1).toUtf8());
    QVERIFY(documented.isObject());
    QCOMPARE(documented, QJsonDocument::fromJson(file.readAll()));
}

void TestStateTable::overrideLabelFallbacks()
{
    StateTable table = StateTable::defaults();
    QString error;
    QVERIFY2(table.applyOverrides(R"({"incident": {"20": {"en": "Parked"}, "21": {"closed": true}}})", &error),
        qPrintable(error));
    QCOMPARE(table.label(u"incident"_s, u"20"_s, u"pt_BR"_s), u"Parked"_s); // the other language
    QCOMPARE(table.label(u"incident"_s, u"21"_s, u"en"_s), u"State 21"_s); // no label at all
    QVERIFY(table.isKnown(u"incident"_s, u"21"_s));
    QVERIFY(table.isClosed(u"incident"_s, u"21"_s));
    // Aliases and code forms in the file name the same entries.
    QVERIFY2(table.applyOverrides(R"({"CTASK": {"08": {"en": "Incomplete"}}})", &error), qPrintable(error));
    QCOMPARE(table.label(u"change_task"_s, u"8"_s, u"en"_s), u"Incomplete"_s);
    QVERIFY(table.isClosed(u"change_task"_s, u"8"_s));
    QVERIFY(table.applyOverrides("{}", nullptr)); // an empty file is valid
}

void TestStateTable::overrideClosedness()
{
    StateTable table = StateTable::defaults();
    QString error;
    QVERIFY2(table.applyOverrides(R"({"incident": {"6": {"closed": false}, "5": {"closed": true}}})", &error),
        qPrintable(error));
    QVERIFY(!table.isClosed(u"incident"_s, u"6"_s));
    QVERIFY(table.isClosed(u"incident"_s, u"5"_s));
    QCOMPARE(table.label(u"incident"_s, u"6"_s, u"en"_s), u"Resolved"_s);
}

void TestStateTable::badOverrideFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("fragments"); // each must be in the error
    QTest::newRow("missing file") << badFile("no-such-file.json") << QStringList {u"cannot read"_s};
    QTest::newRow("not JSON") << badFile("states-bad-json.json") << QStringList {u"not valid JSON"_s, u"offset"_s};
    QTest::newRow("top level array") << badFile("states-bad-toplevel.json") << QStringList {u"top level"_s};
    QTest::newRow("type not an object") << badFile("states-bad-type.json")
                                        << QStringList {u"type \"incident\""_s, u"keyed by state code"_s};
    QTest::newRow("code not an integer") << badFile("states-bad-code.json")
                                         << QStringList {u"type \"task\""_s, u"code \"pending\""_s, u"integer"_s};
    QTest::newRow("state not an object") << badFile("states-bad-state.json")
                                         << QStringList {u"type \"change_task\""_s, u"code \"9\""_s, u"null"_s};
    QTest::newRow("closed not a bool") << badFile("states-bad-closed.json")
                                       << QStringList {u"type \"incident\""_s, u"code \"18\""_s, u"\"closed\""_s};
    QTest::newRow("label not a string") << badFile(
        "states-bad-label.json") << QStringList {u"type \"sc_task\""_s, u"code \"9\""_s, u"\"en\" must be a string"_s};
    QTest::newRow("unknown key") << badFile("states-bad-key.json")
                                 << QStringList {u"type \"incident\""_s, u"code \"18\""_s, u"\"pt-BR\""_s};
    QTest::newRow("error after valid rows")
        << badFile("states-bad-late.json") << QStringList {u"type \"incident\""_s, u"code \"19\""_s, u"\"closed\""_s};
}

void TestStateTable::badOverrideFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, fragments);
    StateTable table = StateTable::defaults();
    QVERIFY2(table.loadOverrides(OverrideFile, nullptr), "the good override file must load");
    const QStringList before = dump(table);

    QString error;
    QVERIFY(!table.loadOverrides(file, &error));
    QVERIFY2(error.startsWith(file + u": "_s), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(error.contains(fragment), qPrintable(u"missing \""_s + fragment + u"\" in: "_s + error));
    QCOMPARE(dump(table), before);
    QVERIFY(!table.loadOverrides(file, nullptr)); // a null error pointer is allowed
    QCOMPARE(dump(table), before);
}

void TestStateTable::badOverrideBytes()
{
    StateTable table = StateTable::defaults();
    const QStringList before = dump(table);
    QString error;
    QVERIFY(!table.applyOverrides(R"({"": {"1": {"en": "x"}}})", &error));
    QVERIFY2(error.contains(u"empty"_s), qPrintable(error));
    QVERIFY(!table.applyOverrides(R"({"incident": {"1.5": {"en": "x"}}})", &error));
    QVERIFY2(error.contains(u"code \"1.5\""_s), qPrintable(error));
    // Names from the file are quoted on one line, bounded, whatever they contain.
    QVERIFY(!table.applyOverrides(R"({"incident\nx": {"1": {"clo\nsed": true}}})", &error));
    QVERIFY2(!error.contains(u'\n') && error.contains(u"clo?sed"_s), qPrintable(error));
    QVERIFY(!table.applyOverrides("{\"incident\": {\"1\": {\"" + QByteArray(5000, 'k') + "\": 1}}}", &error));
    QVERIFY2(error.size() < 300, qPrintable(error));
    QVERIFY(!table.applyOverrides("", &error));
    QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
    QCOMPARE(dump(table), before);
}

QTEST_GUILESS_MAIN(TestStateTable)
#include "tst_statetable.moc"
