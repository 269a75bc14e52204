#include "pingcommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QTextStream>

#include "cliconsole.h"
#include "services/redisconnection.h"
#include "services/redisreply.h"

using namespace Qt::StringLiterals;

namespace {

const QString kCount = u"count"_s;
constexpr int kDefaultCount = 4;
constexpr int kMaxCount = 1000000;

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(static_cast<double>(nanoseconds) / 1e6, 'f', 3);
}

} // namespace

PingCommand::PingCommand(QObject *parent)
    : CliCommand(parent)
{
}

PingCommand::~PingCommand() = default;

QString PingCommand::name() const
{
    return u"ping"_s;
}

QString PingCommand::description() const
{
    return tr("Check that a Redis server answers and measure the round-trip latency.");
}

void PingCommand::addOptions(QCommandLineParser &parser)
{
    CliOptions::addRedisOptions(parser);
    parser.addOption({{u"c"_s, kCount}, tr("Number of PINGs to send (default: %1).").arg(kDefaultCount), tr("N"),
        QString::number(kDefaultCount)});
}

void PingCommand::start(const QCommandLineParser &parser)
{
    if (!rejectPositionalArguments(parser))
        return;
    const auto count = CliOptions::integer(parser, kCount, 1, kMaxCount);
    if (const auto *error = std::get_if<CliOptions::Error>(&count)) {
        fail(error->exitCode, error->message);
        return;
    }
    m_count = std::get<int>(count);
    auto settings = CliOptions::redis(parser);
    if (const auto *error = std::get_if<CliOptions::Error>(&settings)) {
        fail(error->exitCode, error->message);
        return;
    }
    m_settings = std::move(std::get<CliOptions::Redis>(settings));
    m_latenciesNs.reserve(m_count);

    m_connection = new RedisConnection(m_settings.endpoint, m_settings.connectionOptions(u"cli"_s), this);
    connect(m_connection, &RedisConnection::stateChanged, this, &PingCommand::onStateChanged);
    connect(m_connection, &RedisConnection::ready, this, &PingCommand::onReady);
    m_connection->open();
}

void PingCommand::onStateChanged()
{
    // autoReconnect is off, so any drop ends in Failed; pending commands fail too, but the
    // connection's own reason is the clearer line.
    if (m_connection && m_connection->state() == RedisConnection::State::Failed)
        stop(ExitFailure, m_connection->lastError());
}

void PingCommand::onReady()
{
    if (m_gotReady || isFinished())
        return;
    m_gotReady = true;
    // Two sections rather than "INFO server replication", which only Redis 7 understands.
    m_connection->batch({{"INFO"_ba, "server"_ba}, {"INFO"_ba, "replication"_ba}}, this,
        [this](const QList<RedisReply> &replies) { onInfo(replies); });
}

void PingCommand::onInfo(const QList<RedisReply> &replies)
{
    if (isFinished())
        return;
    QByteArray text;
    for (const RedisReply &reply : replies) {
        if (!reply.isError()) {
            text += reply.bytes();
            continue;
        }
        // A user without +info may still PING; anything but a plain server refusal is fatal.
        if (reply.errorKind() != RedisReply::ErrorKind::Server || reply.errorCode() == "NOAUTH") {
            stop(ExitFailure, tr("INFO failed: %1").arg(reply.errorMessage()));
            return;
        }
        m_infoUnavailable = reply.errorMessage();
    }
    m_info = ServerInfo::fromInfo(text);
    sendPing();
}

void PingCommand::sendPing()
{
    m_roundTrip.start();
    m_connection->command({"PING"_ba}, this, [this](const RedisReply &reply) { onPong(reply); });
}

void PingCommand::onPong(const RedisReply &reply)
{
    const qint64 elapsed = m_roundTrip.nsecsElapsed();
    if (isFinished())
        return;
    if (reply.isError()) {
        stop(ExitFailure, tr("PING failed: %1").arg(reply.errorMessage()));
        return;
    }
    if (!reply.isStatus() || reply.bytes() != "PONG") {
        stop(ExitFailure, tr("unexpected reply to PING: %1").arg(reply.toDisplayString()));
        return;
    }
    m_latenciesNs.append(elapsed);
    if (m_latenciesNs.size() < m_count)
        sendPing();
    else
        report();
}

void PingCommand::report()
{
    QList<qint64> sorted = m_latenciesNs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    const qint64 median = n % 2 == 1 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;

    QTextStream &out = CliConsole::out();
    const QString address = m_settings.endpoint.address();
    if (m_infoUnavailable.isEmpty()) {
        const QString unknown = tr("unknown");
        out << tr("PONG from %1 (redis %2, role %3)")
                   .arg(address, m_info.version.isEmpty() ? unknown : m_info.version,
                       m_info.role.isEmpty() ? unknown : m_info.role)
            << Qt::endl;
    } else {
        out << tr("PONG from %1 (no server details: %2)").arg(address, m_infoUnavailable) << Qt::endl;
    }
    out << tr("latency over %n ping(s): min %1 ms, median %2 ms, max %3 ms", nullptr, static_cast<int>(n))
               .arg(milliseconds(sorted.constFirst()), milliseconds(median), milliseconds(sorted.constLast()))
        << Qt::endl;
    stop(ExitSuccess);
}

void PingCommand::stop(int exitCode, const QString &error)
{
    if (isFinished())
        return;
    if (exitCode == ExitSuccess)
        succeed();
    else
        fail(exitCode, error);
    // Only now: closing fails whatever is still pending, and those callbacks must see a finished command.
    if (m_connection) {
        m_connection->close();
        m_connection->deleteLater();
    }
}
