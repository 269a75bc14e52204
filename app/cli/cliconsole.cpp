#include "cliconsole.h"

#include <cstdio>

#include <QStringList>
#include <QTextStream>
#include <QUrl>

namespace {

bool s_verbose = false;
QStringList s_secrets;
QtMessageHandler s_previousHandler = nullptr;

QString masked(const QString &text)
{
    QString result = text;
    for (const QString &secret : std::as_const(s_secrets))
        result.replace(secret, QStringLiteral("***"));
    return result;
}

void filterMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((s_verbose || type == QtFatalMsg) && s_previousHandler)
        s_previousHandler(type, context, masked(message));
}

QTextStream &errorStream()
{
    static QTextStream stream(stderr);
    return stream;
}

// Newlines inside a message would break the "one line per diagnostic" promise.
QString oneLine(const QString &text)
{
    QString line = masked(text);
    line.replace(u'\r', u' ').replace(u'\n', u' ');
    return line.trimmed();
}

} // namespace

QTextStream &CliConsole::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString CliConsole::mask(const QString &text)
{
    return masked(text);
}

void CliConsole::error(const QString &message)
{
    out().flush(); // keep stdout and stderr in order on a shared terminal
    errorStream() << QCoreApplication::applicationName() << QStringLiteral(": ") << oneLine(message) << Qt::endl;
}

void CliConsole::warning(const QString &message)
{
    out().flush();
    errorStream() << QCoreApplication::applicationName() << QStringLiteral(": ")
                  << tr("warning: %1").arg(oneLine(message)) << Qt::endl;
}

void CliConsole::addSecret(const QString &secret)
{
    // Also as it would appear inside a URL.
    for (const QString &form : {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret))}) {
        if (!form.isEmpty() && !s_secrets.contains(form))
            s_secrets.append(form);
    }
}

void CliConsole::installMessageHandler()
{
    s_previousHandler = qInstallMessageHandler(filterMessage);
}

void CliConsole::setVerbose(bool verbose)
{
    s_verbose = verbose;
}
