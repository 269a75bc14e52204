#pragma once

#include <variant>

#include <QCoreApplication>
#include <QString>

#include "services/redisconnection.h"
#include "services/redisendpoint.h"

class QCommandLineParser;

// Options shared by the subcommands that talk to Redis: --redis URL (else $REDIS_URL, else
// redis://127.0.0.1:6379), --tls-ca/--tls-cert/--tls-key/--tls-server-name/--tls-insecure
// and --timeout SECONDS. A subcommand calls addRedisOptions() in addOptions() and redis() in start().
class CliOptions final {
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    CliOptions() = delete;

    struct Error {
        int exitCode = 0; // CliExitCode
        QString message; // one translated line, no secret
    };

    struct Redis {
        RedisEndpoint endpoint;
        int timeoutMs = 5000;

        // autoReconnect off: a command-line tool reports a drop instead of retrying forever.
        [[nodiscard]] RedisConnection::Options connectionOptions(const QString &role) const;
    };

    static void addRedisOptions(QCommandLineParser &parser);
    // Registers the password with CliConsole (masked in any diagnostic) and prints the
    // --tls-insecure warning, since this is where the user's choice is confirmed.
    [[nodiscard]] static std::variant<Redis, Error> redis(const QCommandLineParser &parser);

    // An integer option within [minimum, maximum]; a usage error otherwise.
    [[nodiscard]] static std::variant<int, Error> integer(
        const QCommandLineParser &parser, const QString &name, int minimum, int maximum);
};
