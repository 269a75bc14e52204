// The Brazilian Portuguese translation must be complete: every message translated, every
// placeholder kept, every plural form filled, and the compiled .qm loadable from the core
// library's resources.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QString translation; // non-numerus text
    QStringList forms; // numerus forms
    qint64 line = 0;

    [[nodiscard]] bool isActive() const { return translationType != u"vanished"_s && translationType != u"obsolete"_s; }
    [[nodiscard]] QString describe() const
    {
        return u"line %1, %2: \"%3\""_s.arg(QString::number(line), context, source);
    }
};

// "%1", "%L2", "%n", "%Ln": the placeholders QString::arg() and tr(..., n) fill in.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QSet<QString> found;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasMessages();
    void everyMessageTranslated();
    void placeholdersKept();
    void numerusFormsFilled();
    void compiledTranslationLoads();

private:
    QString m_tsPath;
    QList<Message> m_messages; // active ones only
};

void TestTranslations::initTestCase()
{
    m_tsPath = QStringLiteral(STREAMDESK_SOURCE_DIR) + u"/translations/streamdesk_pt_BR.ts"_s;
    QFile file(m_tsPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_tsPath + u": "_s + file.errorString()));

    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    bool sawTs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s) {
                sawTs = true;
                QCOMPARE(xml.attributes().value(u"language"_s).toString(), u"pt_BR"_s);
            } else if (name == u"name"_s && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                message = Message {};
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                message.line = xml.lineNumber();
                inMessage = true;
            } else if (inMessage && name == u"source"_s) {
                message.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == u"comment"_s) {
                message.comment = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == u"translation"_s) {
                message.translationType = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == u"numerusform"_s) {
                message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            if (message.isActive())
                m_messages.append(message);
            inMessage = false;
        }
    }
    QVERIFY2(!xml.hasError(),
        qPrintable(u"%1:%2: %3"_s.arg(m_tsPath, QString::number(xml.lineNumber()), xml.errorString())));
    QVERIFY2(sawTs, qPrintable(m_tsPath + u" has no <TS> element"_s));
}

void TestTranslations::hasMessages()
{
    QVERIFY2(!m_messages.isEmpty(),
        qPrintable(
            m_tsPath + u" has no messages: run `cmake --build build --target update_translations` and translate"_s));
}

void TestTranslations::everyMessageTranslated()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        if (message.translationType == u"unfinished"_s)
            problems.append(message.describe() + u" is unfinished"_s);
        else if (!message.numerus && message.translation.trimmed().isEmpty())
            problems.append(message.describe() + u" has an empty translation"_s);
    }
    QVERIFY2(
        problems.isEmpty(), qPrintable(u"%1 untranslated message(s):\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

void TestTranslations::placeholdersKept()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        const QSet<QString> expected = placeholders(message.source);
        if (expected.isEmpty())
            continue;
        const QStringList texts = message.numerus ? message.forms : QStringList {message.translation};
        for (const QString &text : texts) {
            if (text.isEmpty())
                continue; // reported by the completeness checks
            const QSet<QString> missing = expected - placeholders(text);
            if (!missing.isEmpty()) {
                QStringList names = missing.values();
                names.sort();
                problems.append(message.describe() + u" loses "_s + names.join(u", "_s) + u" in \""_s + text + u'"');
            }
        }
    }
    QVERIFY2(
        problems.isEmpty(), qPrintable(u"%1 placeholder problem(s):\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

void TestTranslations::numerusFormsFilled()
{
    // Qt's plural rules for pt_BR have two forms: n <= 1 and the rest.
    constexpr qsizetype expectedForms = 2;
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        if (!message.numerus)
            continue;
        if (message.forms.size() < expectedForms) {
            problems.append(message.describe()
                + u" has %1 plural form(s), needs %2"_s.arg(message.forms.size()).arg(expectedForms));
            continue;
        }
        for (qsizetype i = 0; i < message.forms.size(); ++i) {
            if (message.forms.at(i).trimmed().isEmpty())
                problems.append(message.describe() + u" has an empty plural form %1"_s.arg(i));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 plural problem(s):\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

void TestTranslations::compiledTranslationLoads()
{
    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/streamdesk_pt_BR.qm"_s),
        "the core library's resources have no loadable :/i18n/streamdesk_pt_BR.qm");
    QCOMPARE(translator.language(), u"pt_BR"_s);

    // The .qm is compiled from the .ts: each finished singular message must come back as written.
    for (const Message &message : std::as_const(m_messages)) {
        if (message.numerus || message.translationType == u"unfinished"_s || message.translation.isEmpty())
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        QCOMPARE(translator.translate(
                     context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData()),
            message.translation);
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
