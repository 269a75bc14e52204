#pragma once

#include <functional>

#include <QObject>
#include <QPointer>
#include <QString>

class QCommandLineParser;
class RedisConnection;

// Exit codes of streamdesk-cli.
enum CliExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and failed (connection, authentication, TLS, server error)
    ExitUsage = 2, // bad command line: unknown command or option, bad option value, bad URL
};

// One subcommand of streamdesk-cli (`ping`, later `simulate`, `observe`, ...). The dispatcher
// gives each command its own QCommandLineParser: addOptions() fills it, start() runs the command
// with the parsed result. A command reports its end exactly once through finished(); errors go
// through fail(), which writes the single stderr line.
class CliCommand : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    explicit CliCommand(QObject *parent = nullptr);
    ~CliCommand() override;

    [[nodiscard]] virtual QString name() const = 0;
    // One translated line for the global --help.
    [[nodiscard]] virtual QString description() const = 0;
    // Syntax after "streamdesk-cli <name>" in the usage line, e.g. "[options]".
    [[nodiscard]] virtual QString syntax() const;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // May finish synchronously (e.g. on a bad option value); the dispatcher copes with that.
    virtual void start(const QCommandLineParser &parser) = 0;

    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void succeed();
    // Writes "streamdesk-cli: <message>" on stderr (one line, known secrets masked) and finishes.
    void fail(int exitCode, const QString &message);
    // Strings that must never reach the terminal; CliOptions::redis() registers the password itself.
    static void addSecret(const QString &secret);
    // For commands without positional arguments: fails with a usage error if there are any.
    bool rejectPositionalArguments(const QCommandLineParser &parser);
    // "--stream ''": an empty key or name would be used as such on the server, or silently mean
    // "every consumer". Fails with one usage line for the first of these options given empty.
    bool rejectEmptyValues(const QCommandLineParser &parser, const QStringList &options);

    // For one-shot commands that ask Redis something and end (info, pending, dead-letters): the
    // connection from the Redis options (CliOptions; the password registered as a secret), opened.
    // `ready` runs once, when it first is; a connection that fails for good ends the command with
    // its error. nullptr after a bad option, already reported.
    RedisConnection *openRedis(const QCommandLineParser &parser, std::function<void()> ready);
    // Ends the command once (success, or the one error line) and closes openRedis()'s connection.
    void finishWith(int exitCode, const QString &error = {});

private:
    void finish(int exitCode);

    bool m_finished = false;
    QPointer<RedisConnection> m_redis; // openRedis()'s
};
