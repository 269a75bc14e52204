#include "clidispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "clicommand.h"
#include "cliconsole.h"
#include "services/safetext.h"

using namespace Qt::StringLiterals;

namespace {

// Not QCommandLineParser::addHelpOption(): its --help-all lists Qt's GUI options, meaningless here.
QCommandLineOption addHelpOption(QCommandLineParser &parser)
{
    QCommandLineOption option({u"h"_s, u"help"_s}, CliDispatcher::tr("Show this help and exit."));
    parser.addOption(option);
    return option;
}

} // namespace

CliDispatcher::CliDispatcher(QObject *parent)
    : QObject(parent)
{
}

CliDispatcher::~CliDispatcher() = default;

void CliDispatcher::addCommand(CliCommand *command)
{
    command->setParent(this);
    m_commands.append(command);
}

void CliDispatcher::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Command-line companion of Streamdesk, the operations console for the ServiceNow change pipeline "
           "on Redis."));
    // Everything from the command name on belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = addHelpOption(parser);
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    parser.addOption(versionOption);
    parser.addPositionalArgument(u"command"_s, tr("The command to run (see the list below)."), tr("<command>"));

    if (!parser.parse(arguments)) {
        usageError(parseError(parser, QString()));
        return;
    }
    if (parser.isSet(versionOption)) {
        CliConsole::out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                          << Qt::endl;
        Q_EMIT finished(ExitSuccess);
        return;
    }
    if (parser.isSet(helpOption)) {
        CliConsole::out() << globalHelp(parser) << Qt::flush;
        Q_EMIT finished(ExitSuccess);
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        usageError(tr("no command given; run 'streamdesk-cli --help' for the list of commands"));
        return;
    }
    CliCommand *chosen = command(positional.constFirst());
    if (!chosen) {
        // Echo the name only when it cannot be a misplaced URL with a password in it.
        const QString name = positional.constFirst();
        usageError(name.contains(u'@') || name.contains(u':')
                ? tr("unknown command; run 'streamdesk-cli --help' for the list of commands")
                : tr("unknown command '%1'; run 'streamdesk-cli --help' for the list of commands").arg(name));
        return;
    }
    startCommand(chosen, QStringList {arguments.value(0)} + positional.mid(1));
}

void CliDispatcher::startCommand(CliCommand *command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command->description());
    const QCommandLineOption helpOption = addHelpOption(parser);
    const QCommandLineOption verboseOption(
        u"verbose"_s, tr("Also print log messages (connection steps, warnings) on stderr."));
    parser.addOption(verboseOption);
    command->addOptions(parser);

    if (!parser.parse(arguments)) {
        usageError(parseError(parser, command->name()));
        return;
    }
    if (parser.isSet(helpOption)) {
        const QString usage =
            tr("Usage: %1 %2 %3").arg(QCoreApplication::applicationName(), command->name(), command->syntax());
        CliConsole::out() << withUsageLine(parser.helpText(), usage) << Qt::flush;
        Q_EMIT finished(ExitSuccess);
        return;
    }
    CliConsole::setVerbose(parser.isSet(verboseOption));
    connect(command, &CliCommand::finished, this, &CliDispatcher::finished);
    command->start(parser);
}

QString CliDispatcher::parseError(const QCommandLineParser &parser, const QString &commandName)
{
    const QString help =
        commandName.isEmpty() ? u"streamdesk-cli --help"_s : u"streamdesk-cli %1 --help"_s.arg(commandName);
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        // The name only (never a value), in the form it was typed: one letter was -x.
        const QString &name = unknown.constFirst();
        const QString option = name.size() == 1 ? u"-"_s + name : u"--"_s + name;
        return commandName.isEmpty()
            ? tr("unknown option %1; run '%2' for the options").arg(option, help)
            : tr("unknown option %1 for %2; run '%3' for its options").arg(option, commandName, help);
    }
    // Qt's own wording ("Missing value after '--stream'."), in this tool's style.
    QString text = parser.errorText().trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return SafeText::clause(text);
}

void CliDispatcher::usageError(const QString &message)
{
    CliConsole::error(message);
    Q_EMIT finished(ExitUsage);
}

CliCommand *CliDispatcher::command(const QString &name) const
{
    for (CliCommand *command : m_commands) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

QString CliDispatcher::globalHelp(const QCommandLineParser &parser) const
{
    const QString usage =
        tr("Usage: %1 [options] <command> [command options]").arg(QCoreApplication::applicationName());
    QString text = withUsageLine(parser.helpText(), usage);

    qsizetype width = 0;
    for (const CliCommand *command : m_commands)
        width = std::max(width, command->name().size());
    text += u'\n' + tr("Commands:") + u'\n';
    for (const CliCommand *command : m_commands)
        text += u"  "_s + command->name().leftJustified(width + 2) + command->description() + u'\n';
    text += u'\n'
        + tr("Run '%1 <command> --help' for the options of a command.").arg(QCoreApplication::applicationName())
        + u'\n';
    return text;
}

QString CliDispatcher::withUsageLine(const QString &helpText, const QString &usage)
{
    // QCommandLineParser's usage line shows the full program path and no command name.
    const qsizetype end = helpText.indexOf(u'\n');
    return usage + (end < 0 ? u"\n"_s : helpText.mid(end));
}
