#include "services/streamconsumer.h"

#include <algorithm>
#include <climits>
#include <memory>
#include <utility>

#include <QSysInfo>

#include "models/durationtext.h"
#include "services/logging.h"
#include "services/redisconnection.h"
#include "services/safetext.h"
#include "services/storewriter.h"

namespace {

constexpr int RetryDelayMs = 500;
constexpr int ReadTimeoutMarginMs = 10000; // on top of BLOCK: how late a blocked read may answer
const QByteArray OwnPending = QByteArrayLiteral("0");
const QByteArray NewEntries = QByteArrayLiteral(">");
// Under a backlog, this many XREADGROUPs (no BLOCK) go out in one write; each reply is decoded
// as it arrives. Saves round trips; the next batch still starts with the first reply.
constexpr int MaxPipelinedReads = 8;

QByteArray sanitized(QString text)
{
    for (QChar &c : text) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    }
    return text.toUtf8();
}

} // namespace

StreamConsumer::StreamConsumer(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<StreamConsumer::Update>();
    qRegisterMetaType<StreamConsumer::Counters>();
    if (m_config.consumer.isEmpty())
        m_config.consumer = defaultConsumerName();
    // Member timers are parented so moveToThread() (ConsumerThread) takes them along.
    m_retryTimer.setParent(this);
    m_updateTimer.setParent(this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &StreamConsumer::pump);
    m_updateTimer.setSingleShot(true);
    connect(&m_updateTimer, &QTimer::timeout, this, &StreamConsumer::flushUpdate);
}

StreamConsumer::~StreamConsumer()
{
    // Joins the writer thread first (after the batch under way commits); its result is dropped,
    // so those entries stay pending and are delivered again.
    delete m_writer;
}

QString StreamConsumer::defaultConsumerName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", QStringLiteral("user"));
    return QStringLiteral("streamdesk-") + QString::fromUtf8(sanitized(QSysInfo::machineHostName())) + QLatin1Char('-')
        + QString::fromUtf8(sanitized(user));
}

void StreamConsumer::setState(State state, const QString &error)
{
    if (!error.isEmpty())
        m_lastError = error;
    m_state = state;
    QString text;
    switch (state) {
    case State::Idle:
        text = tr("stopped");
        break;
    case State::Starting:
        text = tr("starting");
        break;
    case State::Running:
        text = m_config.mode == Mode::Process
            ? tr("processing %1 as %2 in group %3").arg(m_config.stream, m_config.consumer, m_config.group)
            : tr("observing %1").arg(m_config.stream);
        break;
    case State::Stopping:
        text = tr("stopping after the current batch");
        break;
    case State::Failed:
        text = tr("failed: %1").arg(m_lastError);
        break;
    }
    Q_EMIT stateChanged(state, text);
}

void StreamConsumer::fail(const QString &reason)
{
    qCWarning(lcStream).noquote() << reason;
    // What reads of this run still deliver is dropped (it stays pending), and so is what was
    // read but not yet handed to the writer: nothing read after a failure is acknowledged.
    ++m_run;
    m_readsInFlight = 0;
    m_next = Batch {};
    m_backlog = false;
    m_stopRequested = false;
    m_retryTimer.stop();
    flushUpdate();
    setState(State::Failed, reason);
    Q_EMIT stopped();
}

void StreamConsumer::finishStop()
{
    m_stopRequested = false;
    m_retryTimer.stop();
    flushUpdate();
    setState(State::Idle);
    Q_EMIT stopped();
}

void StreamConsumer::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    if (m_state == State::Stopping) {
        m_stopRequested = false; // changed our mind: keep going
        setState(State::Running);
        pump();
        return;
    }
    m_stopRequested = false;
    m_lastError.clear();
    if (!m_writer) {
        m_writer = new StoreWriter(this);
        connect(m_writer, &StoreWriter::applied, this, &StreamConsumer::onApplied);
    }
    const QString path = m_config.storePath.isEmpty() ? TicketStore::defaultPath() : m_config.storePath;
    QString error;
    if (!m_writer->open(path, &error)) {
        fail(tr("cannot open the ticket store %1: %2").arg(path, error));
        return;
    }
    setState(State::Starting);
    if (!m_commands) {
        RedisConnection::Options options;
        options.role = m_config.mode == Mode::Process ? QStringLiteral("processor") : QStringLiteral("observer");
        options.connectTimeoutMs = m_config.connectTimeoutMs;
        options.commandTimeoutMs = m_config.commandTimeoutMs;
        m_commands = new RedisConnection(m_config.endpoint, options, this);
        options.role += QStringLiteral("-read");
        m_blocking = new RedisConnection(m_config.endpoint, options, this);
        connect(m_commands, &RedisConnection::stateChanged, this, &StreamConsumer::onConnectionState);
        connect(m_blocking, &RedisConnection::stateChanged, this, &StreamConsumer::onConnectionState);
    }
    m_commands->open();
    m_blocking->open();
    onConnectionState();
}

void StreamConsumer::stop()
{
    switch (m_state) {
    case State::Idle:
    case State::Failed:
        return;
    case State::Starting:
        m_retryTimer.stop();
        setState(State::Idle);
        Q_EMIT stopped();
        return;
    case State::Running:
    case State::Stopping:
        m_stopRequested = true;
        setState(State::Stopping);
        pump(); // finishes the stop at once if nothing is under way
        return;
    }
}

QString StreamConsumer::connectionProblem() const
{
    for (const RedisConnection *c : {m_commands, m_blocking}) {
        if (c && !c->isReady())
            return c->lastError().isEmpty() ? c->stateText() : c->lastError();
    }
    return {};
}

void StreamConsumer::onConnectionState()
{
    if (!m_commands || !m_blocking)
        return;
    const bool ready = m_commands->isReady() && m_blocking->isReady();
    if (m_state == State::Starting) {
        for (RedisConnection *c : {m_commands, m_blocking}) {
            // Reconnecting while starting: the first attempt failed, and a retry is scheduled.
            const bool unreachable = m_config.failIfUnreachable && c->state() == RedisConnection::State::Reconnecting;
            if (c->state() == RedisConnection::State::Failed || unreachable) {
                // The connection's own message, as every other client of RedisConnection shows it.
                const QString reason = c->lastError();
                if (unreachable) {
                    // No reconnect attempts behind a failed start; quietly, since this is the reaction.
                    const QSignalBlocker commands(m_commands);
                    const QSignalBlocker blocking(m_blocking);
                    m_commands->close();
                    m_blocking->close();
                }
                fail(reason);
                return;
            }
        }
        if (ready)
            begin();
        return;
    }
    // While running, a dropped connection fails the command in flight, which schedules a
    // retry; here we only resume a read that was waiting for the connection.
    if (ready)
        pump();
}

void StreamConsumer::begin()
{
    setState(State::Running);
    // Entries another consumer abandoned are older than what is new in the stream: claim them
    // first (once our own pending entries are done), or the new entries read before them would
    // make them stale and their changes would miss the tickets' history.
    m_claimNow = true;
    m_backlog = false;
    if (m_config.mode == Mode::Process)
        ensureGroup();
    else
        resolveObserveStart();
}

void StreamConsumer::resolveObserveStart()
{
    // An empty id means "$", as for the group: taken as an id it would leave m_readId empty,
    // and readNext() would come straight back here, for ever, without returning to the event loop.
    if (!m_config.startId.isEmpty() && m_config.startId != "$") {
        m_readId = m_config.startId;
        pump();
        return;
    }
    // "$" would skip entries added between two reads: pin it to the current last id once.
    ++m_readsInFlight;
    m_commands->command({"XREVRANGE", m_config.stream.toUtf8(), "+", "-", "COUNT", "1"}, this,
        [this, run = m_run](const RedisReply &reply) {
            if (run != m_run)
                return;
            --m_readsInFlight;
            if (failIfNotAStream(reply))
                return;
            if (reply.isError()) {
                scheduleRetry(reply.errorMessage());
                return;
            }
            const QList<StreamEntry> last = StreamEntry::listFromReply(reply);
            m_readId = last.isEmpty() ? QByteArrayLiteral("0-0") : last.constFirst().id;
            pump();
        });
}

void StreamConsumer::ensureGroup()
{
    ++m_readsInFlight;
    const QByteArray start = !m_lastNewId.isEmpty() ? m_lastNewId
        : m_config.startId.isEmpty()                ? QByteArrayLiteral("$")
                                                    : m_config.startId;
    // EXISTS first, on the same connection so its reply comes first: MKSTREAM makes any name a
    // stream, and a mistyped --stream would then wait for ever on an empty one, unsaid.
    auto streamExisted = std::make_shared<bool>(true);
    m_commands->command({"EXISTS", m_config.stream.toUtf8()}, this,
        [streamExisted](const RedisReply &reply) { *streamExisted = reply.isError() || reply.toInteger() != 0; });
    // Another kind of key at <stream>:dlq would fail the first dead letter inside EXEC, after
    // its XACK: say so before the group is created or anything read. (A user without read
    // access gets NOPERM here; that is left to the first dead letter: write-only is allowed.)
    m_commands->command({"TYPE", m_config.deadLetterStream().toUtf8()}, this,
        [this, run = m_run, streamExisted, start](const RedisReply &type) {
            if (run != m_run)
                return;
            if (type.isStatus() && type.bytes() != "none" && type.bytes() != "stream") {
                --m_readsInFlight;
                fail(tr("cannot write dead letters to %1: it holds a %2, not a stream")
                         .arg(m_config.deadLetterStream(), QString::fromLatin1(type.bytes())));
                return;
            }
            createGroup(start, *streamExisted);
        });
}

void StreamConsumer::createGroup(const QByteArray &start, bool streamExisted)
{
    m_commands->command({"XGROUP", "CREATE", m_config.stream.toUtf8(), m_config.group.toUtf8(), start, "MKSTREAM"},
        this, [this, run = m_run, streamExisted, start](const RedisReply &reply) {
            if (run != m_run)
                return;
            --m_readsInFlight;
            if (reply.isError() && reply.errorCode() != "BUSYGROUP") {
                if (reply.errorKind() == RedisReply::ErrorKind::Server)
                    fail(tr("cannot create the consumer group %1 on %2: %3")
                             .arg(m_config.group, m_config.stream, reply.errorMessage()));
                else
                    scheduleRetry(reply.errorMessage());
                return;
            }
            if (!reply.isError()) {
                // "$" is Redis's word: say what it means (earlier entries are not processed).
                Q_EMIT notice(streamExisted
                        ? (start == "$" ? tr("created the consumer group %1 on %2, reading from $: new entries only, "
                                             "not those already in the stream")
                                              .arg(m_config.group, m_config.stream)
                                        : tr("created the consumer group %1 on %2, reading from %3")
                                              .arg(m_config.group, m_config.stream, QString::fromLatin1(start)))
                        : tr("%1 did not exist: created it, empty, with the consumer group %2; check the stream's "
                             "name if entries were expected")
                              .arg(m_config.stream, m_config.group));
            }
            // Entries delivered to this consumer name before a crash or restart come first.
            m_readId = OwnPending;
            pump();
        });
}

bool StreamConsumer::pipelineIdle() const
{
    return !m_writerBusy && m_next.entries == 0 && m_acksInFlight == 0;
}

void StreamConsumer::pump()
{
    if (m_state != State::Running && m_state != State::Stopping)
        return;
    submitBatch();
    if (m_stopRequested) {
        // Graceful: what was read is applied and acknowledged first.
        if (m_readsInFlight == 0 && pipelineIdle())
            finishStop();
        return;
    }
    readNext();
}

void StreamConsumer::readNext()
{
    if (m_state != State::Running || m_stopRequested || m_readsInFlight > 0 || m_retryTimer.isActive())
        return;
    if (!m_commands->isReady() || !m_blocking->isReady())
        return; // onConnectionState() resumes
    if (m_next.entries >= m_config.maxBufferedEntries)
        return; // backpressure: the writer's next result resumes reading
    if (m_readId.isEmpty()) {
        // The first step (group creation or pinning "$") did not finish: do it again.
        if (m_config.mode == Mode::Process)
            ensureGroup();
        else
            resolveObserveStart();
        return;
    }
    const bool processing = m_config.mode == Mode::Process;
    const bool claimDue = processing && m_readId == NewEntries
        && (m_claimNow || !m_sinceClaim.isValid() || m_sinceClaim.elapsed() >= m_config.claimIntervalMs);
    // Our own pending list and XAUTOCLAIM also hold the entries still in the pipeline (read, not
    // yet acknowledged): start on them only once it is empty, or those would be applied twice.
    if ((claimDue || (processing && m_readId == OwnPending)) && !pipelineIdle())
        return; // the last acknowledgement resumes
    if (claimDue) {
        claimAbandoned();
        return;
    }
    const QByteArray count = QByteArray::number(m_config.count);
    const QByteArray from = m_readId;
    RespWriter::Command args;
    if (processing)
        args = {"XREADGROUP", "GROUP", m_config.group.toUtf8(), m_config.consumer.toUtf8(), "COUNT", count};
    else
        args = {"XREAD", "COUNT", count};
    // Under a backlog, ">" reads go out several at once (each read in observe mode and in our
    // own pending list starts after the previous one's last id, so one at a time there).
    int reads = 1;
    if (m_backlog && processing && from == NewEntries)
        reads = int(std::clamp<qsizetype>(
            (m_config.maxBufferedEntries - m_next.entries) / std::max(1, m_config.count), 1, MaxPipelinedReads));
    // Never BLOCK while entries are known to be waiting: a pipelined read after the one that
    // empties the stream would wait out its BLOCK for nothing.
    const bool block = !m_backlog;
    if (block)
        args << "BLOCK" << QByteArray::number(m_config.blockMs);
    args << "STREAMS" << m_config.stream.toUtf8() << from;
    const int timeoutMs = block ? m_config.blockMs + ReadTimeoutMarginMs : -1;
    m_readsInFlight += reads;
    for (int i = 0; i < reads; ++i) {
        m_blocking->command(
            args, this,
            [this, from, run = m_run](const RedisReply &reply) {
                if (run == m_run)
                    onReadReply(reply, from);
            },
            timeoutMs);
    }
}

void StreamConsumer::onReadReply(const RedisReply &reply, const QByteArray &from)
{
    --m_readsInFlight;
    if (failIfNotAStream(reply))
        return;
    if (reply.isError()) {
        if (reply.errorCode() == "NOGROUP" && m_config.mode == Mode::Process) {
            qCWarning(lcStream).noquote() << (m_lastNewId.isEmpty()
                    ? tr("the group %1 disappeared; creating it again").arg(m_config.group)
                    : tr("the group %1 disappeared; creating it again from %2, the last entry read")
                          .arg(m_config.group, QString::fromLatin1(m_lastNewId)));
            m_readId.clear();
        }
        // Process mode: what that read delivered is pending for us, read again from there.
        scheduleRetry(reply.errorMessage());
        return;
    }
    const QList<StreamEntry> entries = StreamEntry::fromReadReply(reply);
    if (m_config.mode == Mode::Observe) {
        m_backlog = entries.size() >= m_config.count;
        if (!entries.isEmpty())
            m_readId = entries.constLast().id;
        addEntries(entries, {});
    } else if (from != NewEntries) {
        // Re-reading our own pending entries: each read counts as a delivery, and an entry that
        // keeps coming back (it crashed us) must end in the dead-letter stream.
        if (entries.isEmpty()) {
            if (m_readId == from)
                m_readId = NewEntries; // own pending backlog done
        } else {
            if (m_readId == from)
                m_readId = entries.constLast().id;
            checkDeliveries(entries);
            return;
        }
    } else {
        // Several of these may be under way: the last one to answer tells whether more is waiting.
        m_backlog = entries.size() >= m_config.count;
        if (!entries.isEmpty())
            m_lastNewId = entries.constLast().id;
        addEntries(entries, {}, 1); // ">" delivers an entry for the first time
    }
    pump();
}

void StreamConsumer::claimAbandoned()
{
    ++m_readsInFlight;
    m_sinceClaim.start();
    m_commands->command(
        {"XAUTOCLAIM", m_config.stream.toUtf8(), m_config.group.toUtf8(), m_config.consumer.toUtf8(),
            QByteArray::number(m_config.claimMinIdleMs), m_claimCursor, "COUNT", QByteArray::number(m_config.count)},
        this, [this, run = m_run](const RedisReply &reply) {
            if (run == m_run)
                onClaimReply(reply);
        });
}

void StreamConsumer::onClaimReply(const RedisReply &reply)
{
    --m_readsInFlight;
    if (reply.isError() || !reply.isArray() || reply.size() < 2) {
        if (reply.errorCode() == "NOGROUP")
            m_readId.clear();
        scheduleRetry(reply.isError() ? reply.errorMessage() : tr("unexpected XAUTOCLAIM reply"));
        return;
    }
    m_claimCursor = reply.at(0).bytes();
    m_claimNow = m_claimCursor != "0-0"; // more to look at: claim again before reading new entries
    const QList<StreamEntry> claimed = StreamEntry::listFromReply(reply.at(1));
    m_counters.claimed += claimed.size();
    // Once per sweep, not per page: 6,400 entries were 64 lines.
    m_claimSweep += claimed.size();
    if (!m_claimNow && m_claimSweep > 0) {
        qCInfo(lcStream).noquote() << tr("recovered %n entries idle for %1 or more in other consumers", nullptr,
            int(std::min<qint64>(m_claimSweep, INT_MAX)))
                                          .arg(DurationText::format(m_config.claimMinIdleMs));
        m_claimSweep = 0;
    }
    if (claimed.isEmpty()) {
        pump();
        return;
    }
    checkDeliveries(claimed);
}

void StreamConsumer::checkDeliveries(const QList<StreamEntry> &entries)
{
    ++m_readsInFlight;
    QList<RespWriter::Command> commands;
    commands.reserve(entries.size());
    for (const StreamEntry &e : entries)
        commands << RespWriter::Command {
            "XPENDING", m_config.stream.toUtf8(), m_config.group.toUtf8(), e.id, e.id, "1"};
    m_commands->batch(commands, this, [this, entries, run = m_run](const QList<RedisReply> &replies) {
        if (run != m_run)
            return;
        --m_readsInFlight;
        QHash<QByteArray, int> deliveries;
        for (const RedisReply &r : replies) {
            if (r.isError()) {
                scheduleRetry(r.errorMessage());
                return;
            }
            // [[id, consumer, idle, times-delivered]]
            if (r.isArray() && r.size() == 1 && r.at(0).size() >= 4)
                deliveries.insert(r.at(0).at(0).bytes(), int(r.at(0).at(3).toInteger()));
        }
        addEntries(entries, deliveries);
        pump();
    });
}

void StreamConsumer::addEntries(
    const QList<StreamEntry> &entries, const QHash<QByteArray, int> &deliveries, int otherDeliveries)
{
    if (entries.isEmpty())
        return;
    const bool processing = m_config.mode == Mode::Process;
    QByteArray now;
    Batch &batch = m_next;
    if (batch.entries == 0)
        batch.run = m_run;
    batch.entries += entries.size();

    const auto summarize = [&](EventSummary &&summary) {
        batch.summaries << std::move(summary);
        // Only the last recentEventsLimit can reach a view; trimmed in steps, not per entry.
        if (batch.summaries.size() > 2 * qsizetype(std::max(1, m_config.recentEventsLimit)))
            batch.summaries.remove(0, batch.summaries.size() - m_config.recentEventsLimit);
    };
    const auto deadLetter = [&](const StreamEntry &e, const QString &code, const QString &reason, int delivered) {
        if (now.isEmpty())
            now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        RespWriter::Command args {"XADD", m_config.deadLetterStream().toUtf8(), "*"};
        for (const auto &[field, value] : e.fields)
            args << field << value;
        args << "dlq_reason" << reason.toUtf8() << "dlq_reason_code" << code.toUtf8() << "dlq_source_stream"
             << m_config.stream.toUtf8() << "dlq_source_id" << e.id << "dlq_consumer" << m_config.consumer.toUtf8()
             << "dlq_time" << now;
        if (delivered > 0)
            args << "dlq_deliveries" << QByteArray::number(delivered);
        batch.deadLetters << args;
    };

    // One instant for the batch: the log's Time column says when the console read each entry.
    const QDateTime readAt = QDateTime::currentDateTimeUtc();
    m_counters.read += entries.size();
    m_pending.receivedDelta += entries.size();

    for (const StreamEntry &e : entries) {
        // Every entry is acknowledged with its batch, after the batch commits.
        if (processing)
            batch.ackIds << e.id;
        if (e.fields.isEmpty())
            continue; // deleted from the stream while pending: nothing left to apply
        const int delivered = deliveries.value(e.id, otherDeliveries);
        if (processing && delivered > m_config.maxDeliveries) {
            const QString reason = tr("delivered %n times without being processed", nullptr, delivered);
            // English in the stream (every console and the CLI read it); more than one delivery.
            deadLetter(e, QStringLiteral("too_many_deliveries"),
                QStringLiteral("delivered %1 times without being processed").arg(delivered), delivered);
            summarize({e.id, readAt, tr("dead-lettered"), QString::fromUtf8(e.value("number")),
                QString::fromUtf8(e.value("state")), QString::fromUtf8(e.value("assignment_group")), reason, {}});
            continue;
        }
        EventDecoder::Result decoded = EventDecoder::decode(e, EventDecoder::Options {m_config.maxEntryBytes});
        if (!decoded.ok()) {
            ++m_counters.malformed;
            if (processing)
                deadLetter(e, decoded.reasonCode, decoded.writtenReason, delivered);
            summarize({e.id, readAt, tr("malformed"), QString::fromUtf8(e.value("number")),
                QString::fromUtf8(e.value("state")), QString::fromUtf8(e.value("assignment_group")), decoded.reason,
                {}});
            continue;
        }
        const TicketEvent &ev = *decoded.event;
        summarize({ev.sourceId, readAt, ev.eventName(), ev.number, ev.state, ev.assignmentGroup, QString(),
            ev.timestamp, batch.events.size()});
        batch.events << std::move(*decoded.event);
    }
}

void StreamConsumer::submitBatch()
{
    while (!m_writerBusy && m_next.entries > 0) {
        Batch batch = std::exchange(m_next, Batch {});
        if (batch.events.isEmpty()) {
            // Nothing for the store (malformed, dead-lettered, deleted): the batches before it
            // have committed, so it can be acknowledged at once.
            TicketStore::BatchResult nothing;
            nothing.ok = true;
            commitBatch(std::move(batch), nothing);
            continue;
        }
        m_applying = std::move(batch);
        m_writerBusy = true;
        m_writer->apply(m_applying.events, m_config.reportChangedTickets);
    }
}

void StreamConsumer::onApplied(const TicketStore::BatchResult &result)
{
    m_writerBusy = false;
    Batch batch = std::exchange(m_applying, Batch {});
    if (!result.ok) {
        if (batch.run == m_run && (m_state == State::Running || m_state == State::Stopping)) {
            // Nothing of it nor of what was read after it is acknowledged: delivered again later.
            fail(SafeText::clause(result.error)); // names the events and the store
            return;
        }
        // A batch of a run that failed otherwise: its entries are pending, read again later.
        qCWarning(lcStream).noquote() << result.error;
        pump();
        return;
    }
    commitBatch(std::move(batch), result);
    pump();
}

void StreamConsumer::commitBatch(Batch &&batch, const TicketStore::BatchResult &result)
{
    m_counters.applied += result.applied;
    m_counters.duplicates += result.duplicates;
    m_counters.stale += result.stale;
    m_pending.appliedDelta += result.applied;
    m_pending.changed += result.changed;
    for (EventSummary &summary : batch.summaries) {
        // The log says what the store did with it, as the feeds' does.
        const qsizetype i = summary.eventIndex;
        if (i >= 0 && i < result.outcomes.size() && result.outcomes.at(i) != TicketStore::Outcome::Applied)
            summary.name +=
                result.outcomes.at(i) == TicketStore::Outcome::Duplicate ? tr(" (duplicate)") : tr(" (stale)");
        recordSummary(std::move(summary));
    }
    // A batch left over from a failed run committed, but is not acknowledged: it is read again
    // (own pending entries first) and counted as duplicates then.
    const bool acknowledging = m_config.mode == Mode::Process && batch.run == m_run
        && (m_state == State::Running || m_state == State::Stopping);
    if (acknowledging)
        acknowledge(batch.ackIds, batch.deadLetters);
    else
        afterBatch();
}

void StreamConsumer::acknowledge(const QList<QByteArray> &ackIds, const QList<QList<QByteArray>> &deadLetters)
{
    if (ackIds.isEmpty()) {
        afterBatch();
        return;
    }
    // The dead-letter copies and the acknowledgement are one transaction on the server: a crash
    // can neither lose a malformed entry nor dead-letter it twice.
    QList<RespWriter::Command> commands;
    const bool transaction = !deadLetters.isEmpty();
    if (transaction)
        commands << RespWriter::Command {"MULTI"};
    commands += deadLetters;
    RespWriter::Command xack {"XACK", m_config.stream.toUtf8(), m_config.group.toUtf8()};
    xack += ackIds;
    commands << xack;
    if (transaction)
        commands << RespWriter::Command {"EXEC"};

    const qsizetype dead = deadLetters.size();
    ++m_acksInFlight;
    m_commands->batch(commands, this, [this, dead, transaction, run = m_run](const QList<RedisReply> &replies) {
        --m_acksInFlight;
        if (run != m_run)
            return; // the run failed meanwhile (another ack refused): said once, by that one
        const RedisReply &last = replies.constLast();
        // The first error and the command it answers: 0 MULTI, 1..dead the dead-letter XADDs,
        // dead + 1 the XACK (whether refused when queued or failed inside EXEC).
        QString problem;
        QByteArray code;
        qsizetype failedAt = -1;
        for (qsizetype i = 0; i < replies.size() && failedAt < 0; ++i) {
            if (replies.at(i).isError())
                failedAt = i;
        }
        if (failedAt < 0 && transaction) {
            if (!last.isArray() || last.size() != dead + 1)
                problem = tr("the acknowledgement transaction was aborted");
            for (qsizetype i = 0; problem.isEmpty() && i < last.size(); ++i) {
                if (last.elements().at(i).isError()) {
                    problem = last.elements().at(i).errorMessage();
                    code = last.elements().at(i).errorCode();
                    failedAt = i + 1;
                }
            }
        } else if (failedAt >= 0) {
            problem = replies.at(failedAt).errorMessage();
            code = replies.at(failedAt).errorCode();
        }
        // Refused for good (an ACL without the dead-letter stream, a read-only replica, another
        // kind of key at <stream>:dlq): retrying re-read and re-applied the batch every second,
        // acknowledging nothing, and said so only with --verbose.
        if (code == "NOPERM" || code == "READONLY" || code == "WRONGTYPE") {
            const bool deadLetter = transaction && failedAt >= 1 && failedAt <= dead;
            fail(deadLetter ? tr("cannot write dead letters to %1: %2").arg(m_config.deadLetterStream(), problem)
                            : tr("cannot acknowledge entries of %1 in group %2: %3")
                                  .arg(m_config.stream, m_config.group, problem));
            return;
        }
        if (!problem.isEmpty()) {
            // Not acknowledged: the entries stay pending and are read again from our own backlog.
            scheduleRetry(tr("could not acknowledge a batch: %1").arg(problem));
            return;
        }
        const RedisReply &acked = transaction ? last.elements().constLast() : last;
        m_counters.acked += acked.toInteger();
        m_counters.deadLettered += dead;
        m_pending.deadLetteredDelta += dead;
        afterBatch();
        pump();
    });
}

void StreamConsumer::afterBatch()
{
    Q_EMIT progress(m_counters);
    if (!m_updateTimer.isActive())
        m_updateTimer.start(m_config.updateIntervalMs);
}

bool StreamConsumer::failIfNotAStream(const RedisReply &reply)
{
    // Another kind of key under the stream's name never becomes a stream by waiting: retrying
    // (observe did, for ever, saying so only with --verbose) hides a wrong --stream.
    if (!reply.isError() || reply.errorCode() != "WRONGTYPE")
        return false;
    fail(tr("%1 is not a stream: %2").arg(m_config.stream, reply.errorMessage()));
    return true;
}

void StreamConsumer::scheduleRetry(const QString &reason)
{
    m_lastError = reason;
    qCWarning(lcStream).noquote() << tr("stream %1: %2; retrying").arg(m_config.stream, reason);
    // In process mode anything delivered by a read whose reply was lost is in our pending list.
    if (m_config.mode == Mode::Process && !m_readId.isEmpty())
        m_readId = OwnPending;
    if (!m_stopRequested) // stopping anyway: no more reads
        m_retryTimer.start(RetryDelayMs);
    pump();
}

void StreamConsumer::recordSummary(EventSummary &&summary)
{
    m_pending.events << std::move(summary);
    if (m_pending.events.size() > m_config.recentEventsLimit)
        m_pending.events.remove(0, m_pending.events.size() - m_config.recentEventsLimit);
}

void StreamConsumer::flushUpdate()
{
    m_updateTimer.stop();
    // Several batches merge into one update: a ticket changed in each needs showing once, as it is now.
    if (m_pending.changed.size() > 1) {
        QHash<QString, qsizetype> latest;
        latest.reserve(m_pending.changed.size());
        for (qsizetype i = 0; i < m_pending.changed.size(); ++i)
            latest.insert(m_pending.changed.at(i).sysId, i);
        if (latest.size() < m_pending.changed.size()) {
            QList<Ticket> unique;
            unique.reserve(latest.size());
            for (qsizetype i = 0; i < m_pending.changed.size(); ++i) {
                if (latest.value(m_pending.changed.at(i).sysId) == i)
                    unique << m_pending.changed.at(i);
            }
            m_pending.changed = std::move(unique);
        }
    }
    m_pending.totals = m_counters;
    m_pending.at = QDateTime::currentDateTimeUtc();
    Q_EMIT updated(m_pending);
    m_pending = Update {};
}
