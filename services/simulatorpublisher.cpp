#include "services/simulatorpublisher.h"

#include <algorithm>
#include <cmath>

#include "services/logging.h"
#include "services/redisreply.h"

namespace {

constexpr int PaceIntervalMs = 50;
constexpr int ProgressIntervalMs = 100;

} // namespace

SimulatorPublisher::SimulatorPublisher(
    RedisConnection *connection, const QString &stream, const TicketSimulator::Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_stream(stream.toUtf8())
    , m_options(options)
    , m_simulator(std::make_unique<TicketSimulator>(options))
{
    m_pacer.setParent(this); // a member timer must follow the publisher if it moves to another thread
    m_pacer.setInterval(PaceIntervalMs);
    m_pacer.setTimerType(Qt::PreciseTimer);
    connect(&m_pacer, &QTimer::timeout, this, &SimulatorPublisher::sendDue);
    if (m_connection)
        connect(m_connection, &RedisConnection::stateChanged, this, &SimulatorPublisher::onStateChanged);
}

SimulatorPublisher::~SimulatorPublisher() = default;

void SimulatorPublisher::setRate(double entriesPerSecond)
{
    m_rate = std::isfinite(entriesPerSecond) ? std::max(0.0, entriesPerSecond) : 0.0;
    if (m_running)
        restartPacing();
}

void SimulatorPublisher::setLoop(bool loop)
{
    m_loop = loop;
}

void SimulatorPublisher::setWindow(int entries)
{
    m_window = std::max(1, entries);
}

void SimulatorPublisher::start()
{
    if (m_running)
        return;
    if (m_done) { // the same run again
        m_simulator = std::make_unique<TicketSimulator>(m_options);
        m_published = 0;
        m_lastProgress = -1;
        m_done = false;
    }
    m_running = true;
    m_progressClock.start();
    restartPacing();
    // An empty run (or one whose replies all came while stopped) ends here; queued so that
    // finished() never fires inside start().
    QMetaObject::invokeMethod(this, &SimulatorPublisher::checkDone, Qt::QueuedConnection);
}

void SimulatorPublisher::stop()
{
    m_running = false;
    m_pacer.stop();
}

void SimulatorPublisher::restartPacing()
{
    m_sentAtPaceStart = m_simulator->produced();
    m_paceClock.start();
    if (m_rate > 0)
        m_pacer.start();
    else
        m_pacer.stop();
    sendDue();
}

void SimulatorPublisher::sendDue()
{
    if (!m_running)
        return;
    qint64 due = m_window; // as fast as possible: keep the window full
    if (m_rate > 0) {
        // Entries owed since pacing started, not per tick: late ticks catch up, so no drift.
        const auto owed = static_cast<qint64>(m_rate * static_cast<double>(m_paceClock.elapsed()) / 1000.0);
        due = std::min<qint64>(due, m_sentAtPaceStart + owed - m_simulator->produced());
    }
    due = std::min<qint64>(due, m_window - m_inFlight);
    for (qint64 i = 0; i < due && m_running && !m_simulator->atEnd(); ++i)
        sendOne();
}

void SimulatorPublisher::sendOne()
{
    if (!m_connection) {
        fail(tr("the Redis connection is gone"));
        return;
    }
    const std::optional<TicketSimulator::Fields> fields = m_simulator->next();
    if (!fields)
        return;
    RespWriter::Command command;
    command.reserve(3 + 2 * fields->size());
    command << QByteArrayLiteral("XADD") << m_stream << QByteArrayLiteral("*");
    for (const auto &field : *fields)
        command << field.first << field.second;
    ++m_inFlight;
    m_connection->command(command, this, [this](const RedisReply &reply) { onReply(reply); });
}

void SimulatorPublisher::onReply(const RedisReply &reply)
{
    --m_inFlight;
    if (reply.isError()) {
        fail(tr("XADD to %1 failed: %2").arg(QString::fromUtf8(m_stream), reply.errorMessage()));
        return;
    }
    ++m_published;
    if (!m_running)
        return;
    emitProgress(false);
    // Refill in bursts rather than one XADD per reply: fewer, larger socket writes.
    if (m_rate <= 0 && m_inFlight <= m_window / 2)
        sendDue();
    checkDone();
}

void SimulatorPublisher::checkDone()
{
    if (!m_running || m_inFlight > 0 || !m_simulator->atEnd())
        return;
    emitProgress(true);
    ++m_runs;
    if (m_loop && m_options.events > 0) {
        // Fresh tickets (new seed), their clock continuing after the previous run's.
        m_options.seed += 1;
        m_options.start = m_simulator->clock().addSecs(1);
        m_simulator = std::make_unique<TicketSimulator>(m_options);
        m_published = 0;
        m_lastProgress = -1;
        qCDebug(lcStream) << "simulator: next run, seed" << m_options.seed;
        restartPacing();
        return;
    }
    m_running = false;
    m_done = true;
    m_pacer.stop();
    Q_EMIT finished();
}

void SimulatorPublisher::onStateChanged(RedisConnection::State state)
{
    if (state == RedisConnection::State::Failed && m_connection)
        fail(m_connection->lastError());
}

void SimulatorPublisher::fail(const QString &reason)
{
    if (!m_running)
        return; // report the first error only
    m_running = false;
    m_pacer.stop();
    qCWarning(lcStream) << "simulator:" << reason;
    Q_EMIT failed(reason);
}

void SimulatorPublisher::emitProgress(bool force)
{
    if (m_published == m_lastProgress)
        return;
    if (!force && m_progressClock.elapsed() < ProgressIntervalMs)
        return;
    m_progressClock.restart();
    m_lastProgress = m_published;
    Q_EMIT progress(m_published, m_simulator->total());
}
