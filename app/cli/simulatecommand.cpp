#include "simulatecommand.h"

#include <cmath>
#include <limits>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextStream>

#include "cliconsole.h"
#include "services/redisconnection.h"
#include "services/signalwatcher.h"
#include "services/simulatorpublisher.h"

using namespace Qt::StringLiterals;

namespace {

const QString kTickets = u"tickets"_s;
const QString kEvents = u"events"_s;
const QString kStream = u"stream"_s;
const QString kRate = u"rate"_s;
const QString kSeed = u"seed"_s;
const QString kMalformed = u"malformed"_s;
const QString kIncomplete = u"incomplete"_s;
const QString kDisplayValues = u"display-values"_s;
const QString kExpect = u"expect"_s;

const QString kDefaultStream = u"servicenow:changes"_s;
constexpr int kMaxTickets = 1000000;
constexpr int kMaxEvents = 100000000;
constexpr double kMaxRate = 10000000;
constexpr int TickMs = 200;
constexpr int ProgressIntervalMs = 1000;

// A FIFO, /dev/stdout or another device: written into, never replaced by a file.
bool isSpecialFile(const QFileInfo &info)
{
    return info.exists() && !info.isFile() && !info.isDir();
}

// Why --expect cannot be written, checked before anything is published; empty if it can.
// Tried for real (a probe file beside it): root may "write" to /proc by its permissions.
QString expectProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QCoreApplication::translate("SimulateCommand", "it is a directory");
    if (isSpecialFile(info))
        return {};
    if (info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) // appends nothing: the file is unchanged
            return file.errorString();
    }
    // A regular file is replaced through a new file beside it (QSaveFile): the directory must take
    // one too. /proc/version opens for appending as root, and only that write failed, after
    // everything was published.
    const QFileInfo directory(info.absolutePath());
    if (!directory.isDir())
        return QCoreApplication::translate("SimulateCommand", "%1 is not a writable directory")
            .arg(directory.filePath());
    QTemporaryFile probe(directory.filePath() + u"/.streamdesk-expect-XXXXXX"_s);
    if (!probe.open())
        return QCoreApplication::translate("SimulateCommand", "%1 is not a writable directory")
            .arg(directory.filePath());
    return {};
}

} // namespace

SimulateCommand::SimulateCommand(QObject *parent)
    : CliCommand(parent)
{
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &SimulateCommand::onTick);
}

SimulateCommand::~SimulateCommand() = default;

QString SimulateCommand::name() const
{
    return u"simulate"_s;
}

QString SimulateCommand::description() const
{
    return tr("Publish simulated, deterministic ticket changes to the change stream.");
}

void SimulateCommand::addOptions(QCommandLineParser &parser)
{
    CliOptions::addRedisOptions(parser);
    const TicketSimulator::Options defaults;
    parser.addOption({kTickets, tr("Number of tickets (default: %1).").arg(defaults.tickets), tr("N"),
        QString::number(defaults.tickets)});
    parser.addOption(
        {kEvents, tr("Number of stream entries, malformed ones included (default: %1).").arg(defaults.events), tr("M"),
            QString::number(defaults.events)});
    parser.addOption({kStream, tr("Stream key (default: %1).").arg(kDefaultStream), tr("KEY"), kDefaultStream});
    parser.addOption(
        {kRate, tr("Entries per second; 0 = as fast as possible, pipelined (default: 0)."), tr("R"), u"0"_s});
    parser.addOption({kSeed, tr("Random seed: the same seed gives the same entries (default: %1).").arg(defaults.seed),
        tr("S"), QString::number(defaults.seed)});
    parser.addOption(
        {kMalformed, tr("Fraction of entries that cannot be decoded, 0 to 1 (default: 0)."), tr("F"), u"0"_s});
    parser.addOption({kIncomplete,
        tr("Fraction of entries in the table/operation layout, 0 to 1 (default: %1).").arg(defaults.incomplete),
        tr("F"), QString::number(defaults.incomplete)});
    parser.addOption({kDisplayValues,
        tr("Fraction of records with {value, display_value} fields, 0 to 1 (default: %1).").arg(defaults.displayValues),
        tr("F"), QString::number(defaults.displayValues)});
    parser.addOption({kExpect,
        tr("Write the state every ticket must reach once all entries are applied to FILE (JSON)."), tr("FILE")});
}

void SimulateCommand::start(const QCommandLineParser &parser)
{
    if (!rejectPositionalArguments(parser))
        return;
    const auto readInt = [this, &parser](const QString &option, int minimum, int maximum, int *target) {
        const auto value = CliOptions::integer(parser, option, minimum, maximum);
        if (const auto *error = std::get_if<CliOptions::Error>(&value)) {
            fail(error->exitCode, error->message);
            return false;
        }
        *target = std::get<int>(value);
        return true;
    };
    const auto readNumber = [this, &parser](const QString &option, double maximum, double *target) {
        const QString text = parser.value(option);
        bool ok = false;
        const double value = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(value) || value < 0 || value > maximum) {
            fail(ExitUsage,
                tr("--%1 must be a number between 0 and %2, not '%3'")
                    .arg(option, QString::number(maximum, 'g', 12), text));
            return false;
        }
        *target = value;
        return true;
    };
    if (!readInt(kTickets, 1, kMaxTickets, &m_options.tickets) || !readInt(kEvents, 0, kMaxEvents, &m_options.events)
        || !readNumber(kRate, kMaxRate, &m_rate) || !readNumber(kMalformed, 1, &m_options.malformed)
        || !readNumber(kIncomplete, 1, &m_options.incomplete)
        || !readNumber(kDisplayValues, 1, &m_options.displayValues)) {
        return;
    }
    bool seedOk = false;
    const QString seedText = parser.value(kSeed);
    m_options.seed = seedText.toUInt(&seedOk);
    if (!seedOk) {
        fail(ExitUsage,
            tr("--seed must be an integer between 0 and %1, not '%2'")
                .arg(std::numeric_limits<quint32>::max())
                .arg(seedText));
        return;
    }
    m_stream = parser.value(kStream);
    if (m_stream.isEmpty()) {
        fail(ExitUsage, tr("--stream must not be empty"));
        return;
    }
    m_expectPath = parser.value(kExpect);
    if (parser.isSet(kExpect) && m_expectPath.isEmpty()) {
        fail(ExitUsage, tr("--expect must not be empty"));
        return;
    }
    if (!m_expectPath.isEmpty()) {
        // Checked now rather than after publishing millions of entries.
        const QString problem = expectProblem(m_expectPath);
        if (!problem.isEmpty()) {
            fail(ExitFailure, tr("cannot write %1: %2").arg(m_expectPath, problem));
            return;
        }
    }

    auto settings = CliOptions::redis(parser);
    if (const auto *error = std::get_if<CliOptions::Error>(&settings)) {
        fail(error->exitCode, error->message);
        return;
    }
    m_settings = std::move(std::get<CliOptions::Redis>(settings));
    addSecret(m_settings.endpoint.password);

    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::terminationRequested, this, &SimulateCommand::requestStop);
    m_connection = new RedisConnection(m_settings.endpoint, m_settings.connectionOptions(u"simulate"_s), this);
    connect(m_connection, &RedisConnection::stateChanged, this, &SimulateCommand::onStateChanged);
    connect(m_connection, &RedisConnection::ready, this, &SimulateCommand::onReady);
    m_connection->open();
}

void SimulateCommand::onStateChanged()
{
    // autoReconnect is off: a drop ends in Failed. The publisher reports it too; whichever
    // comes first gives the one stderr line.
    if (m_connection && m_connection->state() == RedisConnection::State::Failed)
        onFailed(m_connection->lastError());
}

void SimulateCommand::onReady()
{
    if (m_publisher || isFinished())
        return;
    m_publisher = new SimulatorPublisher(m_connection, m_stream, m_options, this);
    m_publisher->setRate(m_rate);
    connect(m_publisher, &SimulatorPublisher::finished, this, &SimulateCommand::onFinished);
    connect(m_publisher, &SimulatorPublisher::failed, this, &SimulateCommand::onFailed);
    m_runTime.start();
    m_sinceProgressLine.start();
    m_tick.start();
    m_publisher->start();
}

void SimulateCommand::onTick()
{
    if (!m_publisher || isFinished())
        return;
    if (m_interrupted && m_publisher->inFlight() == 0) {
        complete();
        return;
    }
    if (m_sinceProgressLine.elapsed() >= ProgressIntervalMs)
        printProgress(false);
}

void SimulateCommand::requestStop()
{
    if (m_interrupted || isFinished())
        return;
    m_interrupted = true;
    if (!m_publisher) {
        stop(ExitFailure, tr("interrupted before the connection to %1 was ready").arg(m_settings.endpoint.address()));
        return;
    }
    m_publisher->stop(); // the replies in flight still arrive; onTick() completes after them
}

void SimulateCommand::printProgress(bool final)
{
    const int published = m_publisher->published();
    const int total = m_publisher->simulator().total();
    const qint64 intervalMs = std::max<qint64>(m_sinceProgressLine.restart(), 1);
    // The rate of the last interval (or of the whole run for the final line): a paced run shows its pace.
    const double rate = final ? published * 1000.0 / std::max<qint64>(m_runTime.elapsed(), 1)
                              : (published - m_publishedAtLastLine) * 1000.0 / static_cast<double>(intervalMs);
    m_publishedAtLastLine = published;
    const QLocale locale;
    const int percent = total > 0 ? static_cast<int>(qint64(published) * 100 / total) : 100;
    QTextStream err(stderr);
    err << (final ? tr("done: ") : QString())
        << tr("published %1/%2 (%3%), %4 events/s")
               .arg(locale.toString(published), locale.toString(total), QString::number(percent),
                   locale.toString(std::llround(rate)))
        << Qt::endl;
}

void SimulateCommand::onFinished()
{
    complete();
}

void SimulateCommand::onFailed(const QString &reason)
{
    // Midway, the operator must know what reached the stream, and that the promise was not made.
    const int published = m_publisher ? m_publisher->published() : 0;
    if (published == 0) {
        stop(ExitFailure, reason);
        return;
    }
    const QLocale locale;
    // Confirmed ones: some of those still in flight may have reached the stream too.
    QString text = tr("%1 (after at least %2 of %3 entries were published)")
                       .arg(reason, locale.toString(published), locale.toString(m_publisher->simulator().total()));
    if (!m_expectPath.isEmpty())
        text += tr("; %1 was not written").arg(m_expectPath);
    stop(ExitFailure, text);
}

void SimulateCommand::complete()
{
    if (isFinished())
        return;
    m_tick.stop();
    printProgress(true);
    const TicketSimulator &simulator = m_publisher->simulator();
    const int published = m_publisher->published();
    // Only what reached the stream may be promised in --expect.
    if (published != simulator.produced()) {
        stop(ExitFailure,
            tr("%1 of %2 entries were not acknowledged by the server")
                .arg(simulator.produced() - published)
                .arg(simulator.produced()));
        return;
    }

    if (!m_expectPath.isEmpty()) {
        const QByteArray json =
            QJsonDocument(TicketSimulator::expectedToJson(simulator.expected())).toJson(QJsonDocument::Indented);
        // A regular file is replaced whole (QSaveFile: never half written); a FIFO or device
        // is written into, as any tool would.
        QString error;
        if (isSpecialFile(QFileInfo(m_expectPath))) {
            QFile file(m_expectPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.flush())
                error = file.errorString();
        } else {
            QSaveFile file(m_expectPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
                error = file.errorString();
        }
        if (!error.isEmpty()) {
            stop(ExitFailure, tr("cannot write %1: %2").arg(m_expectPath, error));
            return;
        }
    }

    const double seconds = static_cast<double>(m_runTime.elapsed()) / 1000.0;
    QJsonObject summary = simulator.summary();
    summary.insert(u"stream"_s, m_stream);
    summary.insert(u"seed"_s, static_cast<qint64>(m_options.seed));
    summary.insert(u"published"_s, published);
    summary.insert(u"seconds"_s, seconds);
    summary.insert(u"events_per_second"_s, seconds > 0 ? published / seconds : 0.0);
    if (m_interrupted)
        summary.insert(u"interrupted"_s, true);
    CliConsole::out() << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    CliConsole::out().flush();

    if (m_interrupted)
        stop(ExitFailure, tr("interrupted: published %1 of %2 entries").arg(published).arg(simulator.total()));
    else
        stop(ExitSuccess);
}

void SimulateCommand::stop(int exitCode, const QString &error)
{
    if (isFinished())
        return;
    m_tick.stop();
    if (m_publisher)
        m_publisher->stop();
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
