#include "clicommand.h"

#include <QCommandLineParser>

#include "cliconsole.h"

CliCommand::CliCommand(QObject *parent)
    : QObject(parent)
{
}

CliCommand::~CliCommand() = default;

QString CliCommand::syntax() const
{
    return tr("[options]");
}

void CliCommand::succeed()
{
    finish(ExitSuccess);
}

void CliCommand::fail(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    CliConsole::error(message);
    finish(exitCode == ExitSuccess ? ExitFailure : exitCode);
}

void CliCommand::addSecret(const QString &secret)
{
    CliConsole::addSecret(secret);
}

bool CliCommand::rejectPositionalArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    // The argument itself is not echoed: it might be a URL with a password typed in the wrong place.
    fail(ExitUsage, tr("'%1' takes no arguments, only options (see 'streamdesk-cli %1 --help')").arg(name()));
    return false;
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}
