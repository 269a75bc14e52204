#include "services/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "services/logging.h"

namespace {

// Marks the translators this module installed, so a later install() finds and replaces them
// without keeping global pointers to objects the application owns.
const QString TranslatorObjectName = QStringLiteral("streamdesk-translator");
const QString DefaultLanguage = QStringLiteral("en");

QString g_currentLanguage;

QString resolveLanguage(const QString &requested)
{
    QString name = requested.trimmed();
    if (name.isEmpty() || name.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        name = QLocale::system().name();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));

    // Portuguese of any region gets the Brazilian translation, the only one we ship.
    if (name == QLatin1String("pt") || name.startsWith(QLatin1String("pt_")))
        return QStringLiteral("pt_BR");
    const QStringList available = Translator::availableLanguages();
    if (available.contains(name))
        return name;
    return DefaultLanguage;
}

void removeInstalled(QCoreApplication *app)
{
    const QList<QTranslator *> old = app->findChildren<QTranslator *>(TranslatorObjectName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Returns false only if the file is missing or unreadable. An empty catalogue (a language
// whose .ts has no finished entries yet) loads but is not installed: it would change nothing.
bool installOne(QCoreApplication *app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(TranslatorObjectName);
    if (!translator->load(fileName, directory)) {
        delete translator;
        return false;
    }
    if (translator->isEmpty() || !QCoreApplication::installTranslator(translator)) {
        qCDebug(lcUi).noquote() << fileName << "has no translations yet";
        delete translator;
    }
    return true;
}

} // namespace

namespace Translator {

void install(QCoreApplication *app, const QString &language)
{
    if (!app)
        return;
    removeInstalled(app);
    const QString resolved = resolveLanguage(language);
    g_currentLanguage = resolved;
    qCDebug(lcUi).noquote() << "language" << resolved << "of" << availableLanguages().join(QLatin1Char(' '));

    // English is the source language: the .qm only carries plural forms, so a failed load is fine.
    if (!installOne(app, QStringLiteral("streamdesk_") + resolved, QStringLiteral(":/i18n"))
        && resolved != DefaultLanguage) {
        qCWarning(lcUi).noquote() << "no Streamdesk translation for" << resolved;
    }
    // Qt's own strings (standard buttons, file dialogs, ...). Missing on minimal installs; not fatal.
    if (resolved != DefaultLanguage
        && !installOne(app, QStringLiteral("qtbase_") + resolved, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qCDebug(lcUi).noquote() << "no Qt translation for" << resolved;
    }
}

QStringList availableLanguages()
{
    QStringList languages;
    const QString prefix = QStringLiteral("streamdesk_");
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("streamdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString name = file.mid(prefix.size());
        name.chop(3); // ".qm"
        if (!name.isEmpty())
            languages.append(name);
    }
    return languages;
}

QString currentLanguage()
{
    return g_currentLanguage.isEmpty() ? resolveLanguage(QString()) : g_currentLanguage;
}

} // namespace Translator
