#include "clioptions.h"

#include <cmath>

#include <QCommandLineParser>
#include <QLocale>

#include "clicommand.h"
#include "cliconsole.h"
#include "services/safetext.h"

using namespace Qt::StringLiterals;

namespace {

const QString kRedis = u"redis"_s;
const QString kTlsCa = u"tls-ca"_s;
const QString kTlsCert = u"tls-cert"_s;
const QString kTlsKey = u"tls-key"_s;
const QString kTlsServerName = u"tls-server-name"_s;
const QString kTlsInsecure = u"tls-insecure"_s;
const QString kTimeout = u"timeout"_s;

const QString kEnvironmentVariable = u"REDIS_URL"_s;
const QString kDefaultUrl = u"redis://127.0.0.1:6379"_s;
constexpr double kDefaultTimeoutSeconds = 5;
constexpr double kMaxTimeoutSeconds = 24 * 3600;

} // namespace

RedisConnection::Options CliOptions::Redis::connectionOptions(const QString &role) const
{
    RedisConnection::Options options;
    options.role = role;
    options.connectTimeoutMs = timeoutMs;
    options.commandTimeoutMs = timeoutMs;
    options.autoReconnect = false;
    return options;
}

void CliOptions::addRedisOptions(QCommandLineParser &parser)
{
    parser.addOption({kRedis,
        tr("Redis server as redis://[user[:password]@]host[:port][/db] or rediss://... "
           "(default: $REDIS_URL, else %1).")
            .arg(kDefaultUrl),
        tr("URL")});
    parser.addOption({kTlsCa, tr("Trust the CA certificates in this PEM file (default: the system CAs)."), tr("FILE")});
    parser.addOption({kTlsCert, tr("Client certificate (PEM) for servers that ask for one."), tr("FILE")});
    parser.addOption({kTlsKey, tr("Private key (PEM) of the client certificate."), tr("FILE")});
    parser.addOption({kTlsServerName,
        tr("Host name to verify the server certificate against (default: the URL's host)."), tr("NAME")});
    parser.addOption({kTlsInsecure, tr("Do not verify the server certificate or host name (testing only).")});
    parser.addOption({kTimeout,
        tr("Seconds to wait for the connection and for each reply (default: %1).").arg(kDefaultTimeoutSeconds),
        tr("SECONDS"), QString::number(kDefaultTimeoutSeconds)});
}

std::variant<CliOptions::Redis, CliOptions::Error> CliOptions::redis(const QCommandLineParser &parser)
{
    Redis result;

    // An empty REDIS_URL counts as unset, as it does for most tools.
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(kEnvironmentVariable));
    const bool useEnvironment = !parser.isSet(kRedis) && !fromEnvironment.isEmpty();
    const QString url = parser.isSet(kRedis) ? parser.value(kRedis) : useEnvironment ? fromEnvironment : kDefaultUrl;
    auto parsed = RedisEndpoint::parse(url);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        // The endpoint's sentence ("Invalid Redis URL ...", as the GUI shows it) as a clause,
        // like every other error line of this tool.
        const QString text = SafeText::clause(*error);
        return Error {ExitUsage,
            useEnvironment ? tr("%1 (from the environment variable %2)").arg(text, kEnvironmentVariable) : text};
    }
    result.endpoint = std::move(std::get<RedisEndpoint>(parsed));
    RedisEndpoint &endpoint = result.endpoint;
    CliConsole::addSecret(endpoint.password);

    endpoint.caFile = parser.value(kTlsCa);
    endpoint.certFile = parser.value(kTlsCert);
    endpoint.keyFile = parser.value(kTlsKey);
    endpoint.serverName = parser.value(kTlsServerName);
    endpoint.tlsInsecure = parser.isSet(kTlsInsecure);
    // Asking for any TLS setting with a redis:// URL means TLS: silently connecting in clear
    // text after being given a CA would be worse than a surprise.
    for (const QString &name : {kTlsCa, kTlsCert, kTlsKey, kTlsServerName, kTlsInsecure}) {
        if (parser.isSet(name))
            endpoint.tls = true;
    }
    if (endpoint.certFile.isEmpty() != endpoint.keyFile.isEmpty())
        return Error {ExitUsage, tr("--tls-cert and --tls-key must be given together")};

    const QString timeoutText = parser.value(kTimeout);
    bool ok = false;
    const double seconds = QLocale::c().toDouble(timeoutText, &ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > kMaxTimeoutSeconds) {
        return Error {ExitUsage,
            tr("--timeout must be a number of seconds greater than 0 and at most %1, not '%2'")
                .arg(QString::number(kMaxTimeoutSeconds), timeoutText)};
    }
    result.timeoutMs = std::max(1, static_cast<int>(std::lround(seconds * 1000)));

    if (endpoint.tlsInsecure) {
        CliConsole::warning(tr("--tls-insecure: the certificate and host name of %1 are not verified; "
                               "anyone in between can read and change the traffic")
                                .arg(endpoint.address()));
    }
    return result;
}

std::variant<int, CliOptions::Error> CliOptions::integer(
    const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    const QString text = parser.value(name);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        return Error {ExitUsage,
            tr("--%1 must be an integer between %2 and %3, not '%4'")
                .arg(name, QString::number(minimum), QString::number(maximum), text)};
    }
    return value;
}
