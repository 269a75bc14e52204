#include "servessecommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "cliconsole.h"
#include "clioptions.h"
#include "services/signalwatcher.h"
#include "services/ssegateway.h"

using namespace Qt::StringLiterals;

namespace {

const QString kStream = u"stream"_s;
const QString kListen = u"listen"_s;
const QString kToken = u"token"_s;
const QString kMaxClients = u"max-clients"_s;
const QString kHeartbeat = u"heartbeat"_s;
// A token on the command line is visible to every local user (ps); the environment is not.
const QString kTokenVariable = u"STREAMDESK_SSE_TOKEN"_s;

} // namespace

ServeSseCommand::ServeSseCommand(QObject *parent)
    : CliCommand(parent)
{
}

ServeSseCommand::~ServeSseCommand() = default;

QString ServeSseCommand::name() const
{
    return u"serve-sse"_s;
}

QString ServeSseCommand::description() const
{
    return tr("Serve the change stream to EventSource clients over HTTP (Server-Sent Events).");
}

void ServeSseCommand::addOptions(QCommandLineParser &parser)
{
    CliOptions::addRedisOptions(parser);
    const SseGateway::Config defaults;
    parser.addOption(
        {kListen, tr("Address and port to listen on, e.g. 127.0.0.1:8080 (required; port 0 picks a free one)."),
            tr("HOST:PORT")});
    parser.addOption({kStream, tr("Stream key (default: %1).").arg(defaults.stream), tr("KEY"), defaults.stream});
    parser.addOption({kToken,
        tr("Require \"Authorization: Bearer TOKEN\" (default: $%1; none if unset).").arg(kTokenVariable), tr("TOKEN")});
    parser.addOption(
        {kMaxClients, tr("Most clients served at once; more get 503 (default: %1).").arg(defaults.maxClients), tr("N"),
            QString::number(defaults.maxClients)});
    parser.addOption(
        {kHeartbeat, tr("Seconds between heartbeat comments (default: %1).").arg(defaults.heartbeatMs / 1000),
            tr("SECONDS"), QString::number(defaults.heartbeatMs / 1000)});
}

ServeSseCommand::ListenAddress ServeSseCommand::parseListen(const QString &text, QString *error)
{
    ListenAddress result;
    QString host;
    QString port = text.trimmed();
    if (port.startsWith(u'[')) {
        const qsizetype close = port.indexOf(u']');
        if (close < 0 || port.mid(close + 1, 1) != ":"_L1) {
            *error = tr("--listen must be HOST:PORT, not '%1'").arg(text);
            return {};
        }
        host = port.mid(1, close - 1);
        port = port.mid(close + 2);
    } else if (const qsizetype colon = port.lastIndexOf(u':'); colon >= 0) {
        host = port.left(colon);
        port = port.mid(colon + 1);
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535) {
        *error = tr("--listen must be HOST:PORT with a port from 0 to 65535, not '%1'").arg(text);
        return {};
    }
    result.port = static_cast<quint16>(number);
    if (host.isEmpty() || host.compare("localhost"_L1, Qt::CaseInsensitive) == 0) {
        result.address = QHostAddress(QHostAddress::LocalHost);
    } else if (!result.address.setAddress(host)) {
        // Only literal addresses: a name could resolve to a public interface by surprise.
        *error = tr("--listen needs an IP address (or localhost), not '%1'").arg(host);
        return {};
    }
    error->clear();
    return result;
}

void ServeSseCommand::start(const QCommandLineParser &parser)
{
    if (!rejectPositionalArguments(parser))
        return;
    if (!parser.isSet(kListen)) {
        fail(ExitUsage, tr("--listen HOST:PORT is required, e.g. --listen 127.0.0.1:8080"));
        return;
    }
    QString error;
    const ListenAddress listen = parseListen(parser.value(kListen), &error);
    if (!error.isEmpty()) {
        fail(ExitUsage, error);
        return;
    }
    const auto maxClients = CliOptions::integer(parser, kMaxClients, 1, 100000);
    if (const auto *e = std::get_if<CliOptions::Error>(&maxClients)) {
        fail(e->exitCode, e->message);
        return;
    }
    const auto heartbeat = CliOptions::integer(parser, kHeartbeat, 1, 3600);
    if (const auto *e = std::get_if<CliOptions::Error>(&heartbeat)) {
        fail(e->exitCode, e->message);
        return;
    }
    auto redis = CliOptions::redis(parser);
    if (const auto *e = std::get_if<CliOptions::Error>(&redis)) {
        fail(e->exitCode, e->message);
        return;
    }
    const CliOptions::Redis &settings = std::get<CliOptions::Redis>(redis);

    SseGateway::Config config;
    config.endpoint = settings.endpoint;
    config.redisTimeoutMs = settings.timeoutMs;
    config.stream = parser.value(kStream);
    config.address = listen.address;
    config.port = listen.port;
    config.token = parser.isSet(kToken) ? parser.value(kToken) : qEnvironmentVariable(qPrintable(kTokenVariable));
    addSecret(config.token);
    config.maxClients = std::get<int>(maxClients);
    config.heartbeatMs = std::get<int>(heartbeat) * 1000;
    config.failIfUnreachable = true;
    if (config.stream.isEmpty()) {
        fail(ExitUsage, tr("--stream must not be empty"));
        return;
    }
    if (!listen.address.isLoopback()) {
        CliConsole::warning(config.token.isEmpty()
                ? tr("listening on %1 without a token: anyone who can reach it reads the stream")
                      .arg(listen.address.toString())
                : tr("listening on %1, beyond this machine; the token travels in clear text "
                     "unless a TLS proxy is in front")
                      .arg(listen.address.toString()));
    }

    m_gateway = new SseGateway(config, this);
    // Until Redis first answers, a failure is the one line failed() prints: the steps that led to
    // it ("connecting to", "reconnecting in 1 s") would only repeat it. Later outages are news.
    connect(m_gateway, &SseGateway::redisStateChanged, this, [this](const QString &text) {
        if (!m_serving || text == m_lastRedisState)
            return;
        m_lastRedisState = text;
        QTextStream(stderr) << tr("redis: %1").arg(text) << Qt::endl;
    });
    // Like process and observe: a server that refuses us (or the password) at the start is one
    // error line and exit 1, not a gateway that serves nothing.
    connect(m_gateway, &SseGateway::failed, this, [this](const QString &reason) {
        if (isFinished())
            return;
        m_gateway->stop();
        fail(ExitFailure, reason);
    });
    connect(m_gateway, &SseGateway::clientDropped, this, [](const QString &peer, qint64 buffered) {
        CliConsole::warning(tr("dropped %1: too slow (%2 bytes unsent)").arg(peer).arg(buffered));
    });
    if (!m_gateway->start(&error)) {
        fail(ExitFailure, error);
        return;
    }
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::terminationRequested, this, &ServeSseCommand::requestStop);
    // Announced once the stream's tail is known: from then on a client gets events, so "listening"
    // is not printed by a gateway about to fail on its Redis.
    connect(m_gateway, &SseGateway::ready, this, [this]() {
        if (m_serving || isFinished())
            return;
        m_serving = true;
        m_lastRedisState.clear();
        QString host = m_gateway->serverAddress().toString();
        if (m_gateway->serverAddress().protocol() == QAbstractSocket::IPv6Protocol)
            host = u'[' + host + u']';
        QTextStream(stderr) << tr("listening on http://%1:%2/").arg(host).arg(m_gateway->serverPort()) << Qt::endl;
    });
}

void ServeSseCommand::requestStop()
{
    if (!m_gateway || isFinished())
        return;
    const SseGateway::Stats stats = m_gateway->stats();
    m_gateway->stop();
    QTextStream(stderr) << tr("stopped: %1, %2, %3 dropped as too slow, %4 refused")
                               .arg(tr("%n client(s) served", nullptr, int(stats.accepted)),
                                   tr("%n event(s) sent", nullptr, int(stats.eventsSent)))
                               .arg(stats.drops)
                               .arg(stats.rejected)
                        << Qt::endl;
    succeed();
}
