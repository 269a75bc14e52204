#include "consumecommand.h"

#include <algorithm>
#include <utility>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include "cliconsole.h"
#include "clioptions.h"
#include "clistore.h"
#include "models/durationtext.h"
#include "services/redisconnection.h"
#include "services/safetext.h"
#include "services/signalwatcher.h"
#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

namespace {

const QString kStream = u"stream"_s;
const QString kGroup = u"group"_s;
const QString kConsumer = u"consumer"_s;
const QString kStore = u"store"_s;
const QString kFromStart = u"from-start"_s;
const QString kFrom = u"from"_s;
const QString kUntilIdle = u"until-idle"_s;
const QString kCount = u"count"_s;
const QString kBlock = u"block"_s;
const QString kClaimIdle = u"claim-min-idle"_s;
const QString kMaxDeliveries = u"max-deliveries"_s;
const QString kMaxEntryBytes = u"max-entry-bytes"_s;

constexpr int ProgressIntervalMs = 1000;

// "$", or an entry id: "ms" or "ms-seq", both unsigned 64-bit decimals ("0" is one too).
bool isStartId(const QString &text)
{
    if (text == u"$"_s)
        return true;
    static const QRegularExpression id(u"^([0-9]+)(?:-([0-9]+))?$"_s);
    const QRegularExpressionMatch match = id.match(text);
    if (!match.hasMatch())
        return false;
    for (int part = 1; part <= match.lastCapturedIndex(); ++part) {
        bool ok = false;
        match.captured(part).toULongLong(&ok);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

ConsumeCommand::ConsumeCommand(StreamConsumer::Mode mode, QObject *parent)
    : CliCommand(parent)
    , m_mode(mode)
{
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &ConsumeCommand::onTick);
}

ConsumeCommand::~ConsumeCommand() = default;

QString ConsumeCommand::name() const
{
    return m_mode == StreamConsumer::Mode::Process ? u"process"_s : u"observe"_s;
}

QString ConsumeCommand::description() const
{
    return m_mode == StreamConsumer::Mode::Process
        ? tr("Process the change stream in a consumer group into a ticket store (acks, recovery, dead letters).")
        : tr("Tail the change stream into a ticket store without joining any consumer group.");
}

void ConsumeCommand::addOptions(QCommandLineParser &parser)
{
    CliOptions::addRedisOptions(parser);
    const StreamConsumer::Config defaults;
    parser.addOption({kStream, tr("Stream key (default: %1).").arg(defaults.stream), tr("KEY"), defaults.stream});
    parser.addOption({kStore, tr("Ticket store file (SQLite); created if missing."), tr("FILE")});
    parser.addOption(
        {kUntilIdle, tr("Stop after SECONDS without a new entry (default: run until SIGINT/SIGTERM)."), tr("SECONDS")});
    parser.addOption(
        {kCount, tr("Entries per read (default: %1).").arg(defaults.count), tr("N"), QString::number(defaults.count)});
    parser.addOption({kBlock, tr("How long one read blocks, in milliseconds (default: %1).").arg(defaults.blockMs),
        tr("MS"), QString::number(defaults.blockMs)});
    parser.addOption(
        {kMaxEntryBytes, tr("Entries larger than this are malformed (default: %1).").arg(defaults.maxEntryBytes),
            tr("BYTES"), QString::number(defaults.maxEntryBytes)});
    if (m_mode == StreamConsumer::Mode::Process) {
        parser.addOption(
            {kGroup, tr("Consumer group (default: %1).").arg(defaults.group), tr("GROUP"), defaults.group});
        parser.addOption({kConsumer,
            tr("Consumer name, stable across restarts (default: %1).").arg(StreamConsumer::defaultConsumerName()),
            tr("NAME")});
        parser.addOption({kFromStart, tr("Create the group at the start of the stream instead of at its end.")});
        parser.addOption({kClaimIdle,
            tr("Recover entries pending longer than MS in any consumer (default: %1).").arg(defaults.claimMinIdleMs),
            tr("MS"), QString::number(defaults.claimMinIdleMs)});
        parser.addOption({kMaxDeliveries,
            tr("Dead-letter an entry delivered more than N times (default: %1).").arg(defaults.maxDeliveries), tr("N"),
            QString::number(defaults.maxDeliveries)});
    } else {
        parser.addOption(
            {kFrom, tr("Start after this entry id, or $ for new entries only (default: $)."), tr("ID"), u"$"_s});
    }
}

void ConsumeCommand::start(const QCommandLineParser &parser)
{
    if (!rejectPositionalArguments(parser))
        return;
    if (!parser.isSet(kStore)) {
        fail(ExitUsage, tr("--store FILE is required"));
        return;
    }
    // An empty group or stream would be created on the server as such; an empty consumer or
    // store would silently mean the default one.
    QStringList notEmpty {kStream, kStore};
    if (m_mode == StreamConsumer::Mode::Process)
        notEmpty << kGroup << kConsumer;
    if (!rejectEmptyValues(parser, notEmpty))
        return;
    if (m_mode == StreamConsumer::Mode::Observe && !isStartId(parser.value(kFrom))) {
        // The value is not echoed: it might be anything, a URL with a password included.
        fail(ExitUsage, tr("--from must be a stream entry id (like 1700000000000-0), 0 or $"));
        return;
    }
    auto redis = CliOptions::redis(parser);
    if (const auto *error = std::get_if<CliOptions::Error>(&redis)) {
        fail(error->exitCode, error->message);
        return;
    }
    StreamConsumer::Config config;
    config.endpoint = std::get<CliOptions::Redis>(redis).endpoint;
    config.connectTimeoutMs = std::get<CliOptions::Redis>(redis).timeoutMs;
    config.commandTimeoutMs = std::get<CliOptions::Redis>(redis).timeoutMs;
    addSecret(config.endpoint.password);
    config.mode = m_mode;
    config.stream = parser.value(kStream);
    config.storePath = parser.value(kStore);
    config.reportChangedTickets = false; // no views here

    const auto readInt = [&](const QString &option, int minimum, int maximum, int *target) {
        const auto value = CliOptions::integer(parser, option, minimum, maximum);
        if (const auto *error = std::get_if<CliOptions::Error>(&value)) {
            fail(error->exitCode, error->message);
            return false;
        }
        *target = std::get<int>(value);
        return true;
    };
    int maxEntryBytes = 0;
    if (!readInt(kCount, 1, 100000, &config.count) || !readInt(kBlock, 1, 3600000, &config.blockMs)
        || !readInt(kMaxEntryBytes, 1, 512 * 1024 * 1024, &maxEntryBytes))
        return;
    config.maxEntryBytes = maxEntryBytes;
    if (parser.isSet(kUntilIdle)) {
        int seconds = 0;
        if (!readInt(kUntilIdle, 1, 86400 * 365, &seconds))
            return;
        m_untilIdleMs = seconds * 1000;
    }
    if (m_mode == StreamConsumer::Mode::Process) {
        config.group = parser.value(kGroup);
        if (parser.isSet(kConsumer))
            config.consumer = parser.value(kConsumer);
        config.startId = parser.isSet(kFromStart) ? QByteArrayLiteral("0") : QByteArrayLiteral("$");
        if (!readInt(kClaimIdle, 0, 86400000, &config.claimMinIdleMs)
            || !readInt(kMaxDeliveries, 1, 1000000, &config.maxDeliveries))
            return;
        // Recovery is checked at least as often as entries may become abandoned.
        config.claimIntervalMs = std::clamp(config.claimMinIdleMs / 2, 200, 5000);
    } else {
        config.startId = parser.value(kFrom).toUtf8();
    }

    {
        // Checked here, before Redis is touched, for one plain line naming what is wrong; the
        // consumer's writer opens it again.
        const QFileInfo target(config.storePath);
        const bool newStore = !target.exists();
        const bool newDirectory = !QFileInfo::exists(target.absolutePath());
        // The highest directory that does not exist yet (opening makes the chain), for
        // removeUnusedNewStore().
        QString top = target.absolutePath();
        for (QString up = QFileInfo(top).absolutePath(); up != top && !QFileInfo::exists(up);
             up = QFileInfo(up).absolutePath())
            top = up;
        TicketStore store;
        QString error;
        if (!CliStore::open(store, config.storePath, &error)) {
            fail(ExitFailure, error);
            return;
        }
        // A mistyped --store starts an empty store beside the real one: said with the first batch
        // or at a clean end (a run that fails stays one error line).
        if (newStore) {
            m_newStorePath = config.storePath;
            if (newDirectory) {
                m_newStoreDirectory = target.absolutePath();
                m_newStoreTop = top;
            }
        }
        if (newStore)
            m_newStoreNote = newDirectory ? tr("created the ticket store %1, and its directory %2")
                                                .arg(config.storePath, QDir::toNativeSeparators(target.absolutePath()))
                                          : tr("created the ticket store %1").arg(config.storePath);
    }
    // Like info and simulate: a server that cannot be reached at the start is an error, not
    // something to wait for. A drop once running is retried (a processor rides out restarts).
    config.failIfUnreachable = true;

    m_consumer = new StreamConsumer(config, this);
    connect(m_consumer, &StreamConsumer::progress, this, &ConsumeCommand::onProgress);
    connect(m_consumer, &StreamConsumer::stopped, this, &ConsumeCommand::onStopped);
    connect(m_consumer, &StreamConsumer::notice, this, [](const QString &text) {
        CliConsole::out().flush();
        QTextStream(stderr) << text << Qt::endl;
    });
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::terminationRequested, this, &ConsumeCommand::requestStop);
    m_runTime.start();
    m_sinceLastEntry.start();
    m_sinceProgressLine.start();
    m_tick.start();
    m_consumer->start();
}

void ConsumeCommand::sayNewStore()
{
    if (!m_newStoreNote.isEmpty())
        QTextStream(stderr) << std::exchange(m_newStoreNote, QString()) << Qt::endl;
}

void ConsumeCommand::removeUnusedNewStore()
{
    // Another run given the same new path at the same moment may be writing to it: only a store
    // that holds no ticket goes.
    {
        TicketStore store;
        if (!store.open(m_newStorePath, nullptr, TicketStore::OpenMode::ReadOnly) || store.count() != 0)
            return;
    }
    // The writer may still hold it open: removing the names is enough on POSIX, and the process ends.
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(m_newStorePath + suffix);
    // The directories made for it, deepest first, each only if still empty.
    for (QString dir = m_newStoreDirectory; !dir.isEmpty() && QDir().rmdir(dir) && dir != m_newStoreTop;)
        dir = QFileInfo(dir).absolutePath();
}

void ConsumeCommand::onProgress(const StreamConsumer::Counters &totals)
{
    sayNewStore();
    if (totals.read != m_lastRead) {
        if (m_firstEntryMs < 0) {
            // Progress arrives after a batch: the rate counts the entries read after this one.
            m_firstEntryMs = m_runTime.elapsed();
            m_firstBatchRead = totals.read;
        }
        m_lastEntryMs = m_runTime.elapsed();
        m_lastRead = totals.read;
        m_sinceLastEntry.restart();
    }
}

void ConsumeCommand::onTick()
{
    // No progress while the first connection is made: a server that never answers is one
    // error line, not "read 0, ..." lines before it.
    const StreamConsumer::State state = m_consumer->state();
    const bool started = state == StreamConsumer::State::Running || state == StreamConsumer::State::Stopping;
    // An outage is said once when it starts and once when it ends, even without --verbose: a
    // service's log must tell "no traffic" from "Redis is down".
    const QString problem = started ? m_consumer->connectionProblem() : QString();
    if (problem != m_connectionProblem) {
        QTextStream err(stderr);
        if (!problem.isEmpty() && m_connectionProblem.isEmpty())
            err << tr("connection lost: %1; retrying").arg(problem) << Qt::endl;
        else if (problem.isEmpty())
            err << tr("connection back") << Qt::endl;
        m_connectionProblem = problem;
    }
    if (started && problem.isEmpty() && m_sinceProgressLine.elapsed() >= ProgressIntervalMs) {
        // The rate since the previous line: what is happening now, so a stream gone quiet reads 0
        // (the consumer's own figure keeps the last burst's rate until the next batch).
        const qint64 read = m_consumer->counters().read;
        const qint64 ms = std::max<qint64>(1, m_sinceProgressLine.restart());
        printProgress(false, double(read - m_readAtLine) * 1000.0 / double(ms));
        m_readAtLine = read;
    }
    // Idle counts only while actually consuming: a server that is down is not "idle".
    if (m_untilIdleMs > 0 && !m_stopping && m_consumer->state() == StreamConsumer::State::Running
        && m_sinceLastEntry.elapsed() >= m_untilIdleMs)
        requestStop();
}

void ConsumeCommand::requestStop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_consumer->stop();
}

void ConsumeCommand::printProgress(bool final, double rate)
{
    const StreamConsumer::Counters c = m_consumer->counters();
    QTextStream err(stderr);
    err << (final ? tr("done: ") : QString())
        << tr("read %1, applied %2, duplicates %3, stale %4, malformed %5, dead-lettered %6, %7 events/s")
               .arg(c.read)
               .arg(c.applied)
               .arg(c.duplicates)
               .arg(c.stale)
               .arg(c.malformed)
               .arg(c.deadLettered)
               // The summary of a short run: "0.3", as the JSON says, not "0".
               .arg(rate, 0, 'f', final && rate > 0 && rate < 10 ? 1 : 0)
        << Qt::endl;
}

void ConsumeCommand::onStopped()
{
    m_tick.stop();
    if (m_consumer->state() == StreamConsumer::State::Failed) {
        if (!m_newStoreNote.isEmpty()) // not said: no batch reached it
            removeUnusedNewStore();
        fail(ExitFailure, m_consumer->lastError());
        return;
    }
    sayNewStore(); // a run that read nothing
    if (m_mode == StreamConsumer::Mode::Process)
        sayOthersPending();
    else
        finishRun();
}

void ConsumeCommand::sayOthersPending()
{
    const StreamConsumer::Config &config = m_consumer->config();
    RedisConnection::Options options;
    options.role = u"cli"_s;
    options.autoReconnect = false;
    options.connectTimeoutMs = std::min(config.connectTimeoutMs, 3000); // a clean end is not held up for long
    options.commandTimeoutMs = std::min(config.commandTimeoutMs, 3000);
    auto *redis = new RedisConnection(config.endpoint, options, this);
    redis->open();
    // Summary form: [total, smallest id, greatest id, [[consumer, count], ...]]. Anything else
    // (the server gone, no answer in time) ends the run as it would have without this line.
    redis->command({"XPENDING", config.stream.toUtf8(), config.group.toUtf8()}, this,
        [this, redis, config](const RedisReply &reply) {
            QStringList holders;
            qint64 others = 0;
            for (const RedisReply &row :
                reply.isArray() && reply.size() >= 4 ? reply.at(3).elements() : QList<RedisReply>()) {
                if (row.size() < 2)
                    continue; // not [consumer, count]: nothing to say about it
                const QString name = QString::fromUtf8(row.at(0).bytes());
                const qint64 count = row.at(1).bytes().toLongLong();
                if (name == config.consumer || count <= 0)
                    continue;
                others += count;
                if (holders.size() < 10) // a crashed service leaves one consumer name per process id
                    holders << u"%1: %2"_s.arg(SafeText::oneLine(name)).arg(count);
                else if (holders.size() == 10)
                    holders << u"…"_s;
            }
            if (others > 0) {
                QTextStream(stderr) << tr(
                    "%n entries of group %1 are still pending with other consumers (%2); a process run claims "
                    "those idle for %3 or more (--claim-min-idle)",
                    nullptr, int(std::min<qint64>(others, INT_MAX)))
                                           .arg(SafeText::oneLine(config.group), holders.join(u", "_s),
                                               DurationText::format(config.claimMinIdleMs))
                                    << Qt::endl;
            }
            redis->deleteLater();
            finishRun();
        });
}

void ConsumeCommand::finishRun()
{
    const StreamConsumer::Counters c = m_consumer->counters();
    const StreamConsumer::Config &config = m_consumer->config();
    const double seconds = double(m_runTime.elapsed()) / 1000.0;
    // The rate is over the time entries were flowing, not diluted by the idle timeout; with a
    // single batch (or none) there is no such span, and it is over the whole run.
    const bool flowed = m_firstEntryMs >= 0 && m_lastEntryMs > m_firstEntryMs;
    const double active = flowed ? double(m_lastEntryMs - m_firstEntryMs) / 1000.0 : 0.0;
    const double rate =
        flowed ? double(c.read - m_firstBatchRead) / active : (seconds > 0 ? double(c.read) / seconds : 0.0);
    printProgress(true, rate);
    QJsonObject summary {{u"mode"_s, name()}, {u"stream"_s, config.stream}, {u"read"_s, c.read},
        {u"applied"_s, c.applied}, {u"duplicates"_s, c.duplicates}, {u"stale"_s, c.stale},
        {u"malformed"_s, c.malformed}, {u"dead_lettered"_s, c.deadLettered}, {u"claimed"_s, c.claimed},
        {u"acked"_s, c.acked}, {u"seconds"_s, seconds}, {u"active_seconds"_s, active}, {u"events_per_second"_s, rate}};
    if (m_mode == StreamConsumer::Mode::Process) {
        summary.insert(u"group"_s, config.group);
        summary.insert(u"consumer"_s, config.consumer);
    }
    CliConsole::out() << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    CliConsole::out().flush();
    succeed();
}
