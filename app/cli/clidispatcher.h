#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class CliCommand;
class QCommandLineParser;

// Parses "streamdesk-cli [--help|--version] <command> [command options]": handles the global
// options itself, gives the chosen command its own parser (so `<command> --help` lists only its
// options) and starts it. Adding a subcommand is one addCommand() call in main.cpp.
class CliDispatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliDispatcher)

public:
    explicit CliDispatcher(QObject *parent = nullptr);
    ~CliDispatcher() override;

    // Takes ownership.
    void addCommand(CliCommand *command);

    // Always ends in exactly one finished(exitCode), possibly before start() returns.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void startCommand(CliCommand *command, const QStringList &arguments);
    void usageError(const QString &message);
    // A failed parse as one line: an unknown option names the help to read; empty commandName: the
    // options before the command.
    [[nodiscard]] static QString parseError(const QCommandLineParser &parser, const QString &commandName);
    [[nodiscard]] CliCommand *command(const QString &name) const;
    [[nodiscard]] QString globalHelp(const QCommandLineParser &parser) const;
    [[nodiscard]] static QString withUsageLine(const QString &helpText, const QString &usage);

    QList<CliCommand *> m_commands;
};
