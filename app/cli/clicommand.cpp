#include "clicommand.h"

#include <utility>

#include <QCommandLineParser>

#include "cliconsole.h"
#include "clioptions.h"
#include "services/redisconnection.h"

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

bool CliCommand::rejectEmptyValues(const QCommandLineParser &parser, const QStringList &options)
{
    for (const QString &option : options) {
        if (parser.isSet(option) && parser.value(option).isEmpty()) {
            fail(ExitUsage, tr("--%1 must not be empty").arg(option));
            return false;
        }
    }
    return true;
}

RedisConnection *CliCommand::openRedis(const QCommandLineParser &parser, std::function<void()> ready)
{
    auto redis = CliOptions::redis(parser);
    if (const auto *error = std::get_if<CliOptions::Error>(&redis)) {
        fail(error->exitCode, error->message);
        return nullptr;
    }
    const CliOptions::Redis settings = std::get<CliOptions::Redis>(redis);
    addSecret(settings.endpoint.password);
    m_redis = new RedisConnection(settings.endpoint, settings.connectionOptions(QStringLiteral("cli")), this);
    connect(m_redis, &RedisConnection::stateChanged, this, [this](RedisConnection::State state) {
        if (state == RedisConnection::State::Failed && m_redis)
            finishWith(ExitFailure, m_redis->lastError());
    });
    connect(m_redis, &RedisConnection::ready, this, [started = false, ready = std::move(ready)]() mutable {
        if (!std::exchange(started, true))
            ready();
    });
    m_redis->open();
    return m_redis;
}

void CliCommand::finishWith(int exitCode, const QString &error)
{
    if (m_finished)
        return;
    if (exitCode == ExitSuccess)
        succeed();
    else
        fail(exitCode, error);
    if (m_redis)
        m_redis->close();
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}
