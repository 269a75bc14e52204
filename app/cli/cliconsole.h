#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

// The terminal side of streamdesk-cli: results on stdout, and every diagnostic as one line on
// stderr prefixed "streamdesk-cli: ". Qt and Streamdesk log messages are dropped unless
// --verbose, so a failure always prints exactly one line. Registered secrets are masked in
// every diagnostic, whichever layer produced the text.
class CliConsole final {
    Q_DECLARE_TR_FUNCTIONS(CliConsole)

public:
    CliConsole() = delete;

    [[nodiscard]] static QTextStream &out();
    static void error(const QString &message);
    static void warning(const QString &message);
    // A password from the command line or REDIS_URL; shown as "***" if it ever reaches stderr.
    static void addSecret(const QString &secret);
    // The text with every registered secret replaced by "***" (for lines printed elsewhere).
    [[nodiscard]] static QString mask(const QString &text);

    static void installMessageHandler();
    static void setVerbose(bool verbose);
};
