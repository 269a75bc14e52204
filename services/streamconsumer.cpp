#include "services/streamconsumer.h"

#include <algorithm>

#include <QSysInfo>

#include "services/logging.h"
#include "services/redisconnection.h"
#include "services/ticketstore.h"

namespace {

constexpr int RetryDelayMs = 500;
constexpr int ReadTimeoutMarginMs = 10000; // on top of BLOCK: how late a blocked read may answer
const QByteArray OwnPending = QByteArrayLiteral("0");
const QByteArray NewEntries = QByteArrayLiteral(">");
// Backlog reads: at most this many entries per store transaction, in at most this many reads.
constexpr int GroupEntries = 5000;
constexpr int MaxGroupReads = 64;

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
    connect(&m_retryTimer, &QTimer::timeout, this, &StreamConsumer::readNext);
    m_updateTimer.setSingleShot(true);
    connect(&m_updateTimer, &QTimer::timeout, this, &StreamConsumer::flushUpdate);
    m_rateClock.start();
}

StreamConsumer::~StreamConsumer() = default;

QString StreamConsumer::defaultConsumerName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", QStringLiteral("user"));
    return QStringLiteral("streamdesk-") + QString::fromUtf8(sanitized(QSysInfo::machineHostName())) + QLatin1Char('-')
        + QString::fromUtf8(sanitized(user));
}

double StreamConsumer::eventsPerSecond() const
{
    return m_rate;
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
    m_busy = false;
    m_stopRequested = false;
    m_retryTimer.stop();
    flushUpdate();
    setState(State::Failed, reason);
    Q_EMIT stopped();
}

void StreamConsumer::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    if (m_state == State::Stopping) {
        m_stopRequested = false; // changed our mind: keep going
        setState(State::Running);
        return;
    }
    m_stopRequested = false;
    m_lastError.clear();
    if (!m_store) {
        m_store = std::make_unique<TicketStore>();
        const QString path = m_config.storePath.isEmpty() ? TicketStore::defaultPath() : m_config.storePath;
        QString error;
        if (!m_store->open(path, &error)) {
            m_store.reset();
            fail(tr("cannot open the ticket store %1: %2").arg(path, error));
            return;
        }
    }
    setState(State::Starting);
    if (!m_commands) {
        RedisConnection::Options options;
        options.role = m_config.mode == Mode::Process ? QStringLiteral("processor") : QStringLiteral("observer");
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
        if (!m_busy)
            readNext(); // finishes the stop at once
        return;
    }
}

void StreamConsumer::onConnectionState()
{
    if (!m_commands || !m_blocking)
        return;
    const bool ready = m_commands->isReady() && m_blocking->isReady();
    if (m_state == State::Starting) {
        for (RedisConnection *c : {m_commands, m_blocking}) {
            if (c->state() == RedisConnection::State::Failed) {
                fail(tr("Redis: %1").arg(c->lastError()));
                return;
            }
        }
        if (ready)
            begin();
        return;
    }
    // While running, a dropped connection fails the command in flight, which schedules a
    // retry; here we only resume a read that was waiting for the connection.
    if (ready && (m_state == State::Running || m_state == State::Stopping) && !m_busy && !m_retryTimer.isActive())
        readNext();
}

void StreamConsumer::begin()
{
    setState(State::Running);
    m_sinceClaim.start();
    if (m_config.mode == Mode::Process)
        ensureGroup();
    else
        resolveObserveStart();
}

void StreamConsumer::resolveObserveStart()
{
    if (m_config.startId != "$") {
        m_readId = m_config.startId;
        readNext();
        return;
    }
    // "$" would skip entries added between two reads: pin it to the current last id once.
    m_busy = true;
    m_commands->command(
        {"XREVRANGE", m_config.stream.toUtf8(), "+", "-", "COUNT", "1"}, this, [this](const RedisReply &reply) {
            m_busy = false;
            if (reply.isError()) {
                scheduleRetry(reply.errorMessage());
                return;
            }
            const QList<StreamEntry> last = StreamEntry::listFromReply(reply);
            m_readId = last.isEmpty() ? QByteArrayLiteral("0-0") : last.constFirst().id;
            readNext();
        });
}

void StreamConsumer::ensureGroup()
{
    m_busy = true;
    const QByteArray start = m_config.startId.isEmpty() ? QByteArrayLiteral("$") : m_config.startId;
    m_commands->command({"XGROUP", "CREATE", m_config.stream.toUtf8(), m_config.group.toUtf8(), start, "MKSTREAM"},
        this, [this](const RedisReply &reply) {
            m_busy = false;
            if (reply.isError() && reply.errorCode() != "BUSYGROUP") {
                if (reply.errorKind() == RedisReply::ErrorKind::Server)
                    fail(tr("cannot create the consumer group %1 on %2: %3")
                             .arg(m_config.group, m_config.stream, reply.errorMessage()));
                else
                    scheduleRetry(reply.errorMessage());
                return;
            }
            // Entries delivered to this consumer name before a crash or restart come first.
            m_readId = OwnPending;
            readNext();
        });
}

void StreamConsumer::readNext()
{
    if (m_stopRequested) {
        m_stopRequested = false;
        m_retryTimer.stop();
        flushUpdate();
        setState(State::Idle);
        Q_EMIT stopped();
        return;
    }
    if (m_state != State::Running || m_busy)
        return;
    if (!m_commands->isReady() || !m_blocking->isReady())
        return; // onConnectionState() resumes
    if (m_readId.isEmpty()) {
        // The first step (group creation or pinning "$") did not finish: do it again.
        if (m_config.mode == Mode::Process)
            ensureGroup();
        else
            resolveObserveStart();
        return;
    }
    const bool claimDue = !m_sinceClaim.isValid() || m_sinceClaim.elapsed() >= m_config.claimIntervalMs;
    if (m_config.mode == Mode::Process && m_readId == NewEntries && claimDue) {
        claimAbandoned();
        return;
    }
    m_busy = true;
    const QByteArray count = QByteArray::number(m_config.count);
    const QByteArray block = QByteArray::number(m_config.blockMs);
    RespWriter::Command args;
    if (m_config.mode == Mode::Observe)
        args = {"XREAD", "COUNT", count, "BLOCK", block, "STREAMS", m_config.stream.toUtf8(), m_readId};
    else
        args = {"XREADGROUP", "GROUP", m_config.group.toUtf8(), m_config.consumer.toUtf8(), "COUNT", count, "BLOCK",
            block, "STREAMS", m_config.stream.toUtf8(), m_readId};
    m_blocking->command(
        args, this, [this](const RedisReply &reply) { onReadReply(reply); }, m_config.blockMs + ReadTimeoutMarginMs);
}

void StreamConsumer::onReadReply(const RedisReply &reply)
{
    m_busy = false;
    if (reply.isError()) {
        if (reply.errorCode() == "NOGROUP" && m_config.mode == Mode::Process) {
            qCWarning(lcStream).noquote() << tr("the group %1 disappeared; creating it again").arg(m_config.group);
            m_readId.clear();
        }
        scheduleRetry(reply.errorMessage());
        return;
    }
    const QList<StreamEntry> entries = StreamEntry::fromReadReply(reply);
    if (entries.isEmpty()) {
        if (m_config.mode == Mode::Process && m_readId != NewEntries)
            m_readId = NewEntries; // own pending backlog done
        readNext();
        return;
    }
    if (m_config.mode == Mode::Observe) {
        m_readId = entries.constLast().id;
        handleBatch(entries, {});
    } else if (m_readId != NewEntries) {
        // Re-reading our own pending entries: each read counts as a delivery, and an entry that
        // keeps coming back (it crashed us) must end in the dead-letter stream.
        m_readId = entries.constLast().id;
        checkDeliveries(entries);
    } else if (entries.size() < m_config.count || m_stopRequested) {
        handleBatch(entries, {});
    } else {
        // A full read means a backlog. The store's cost per entry falls with the size of its
        // transaction (index and history pages are written once per commit, not once per entry),
        // so read on, pipelined and without BLOCK, and apply up to GroupEntries in one go.
        const int more = std::min(MaxGroupReads, GroupEntries / std::max(1, m_config.count) - 1);
        if (more <= 0) {
            handleBatch(entries, {});
            return;
        }
        const RespWriter::Command read {"XREADGROUP", "GROUP", m_config.group.toUtf8(), m_config.consumer.toUtf8(),
            "COUNT", QByteArray::number(m_config.count), "STREAMS", m_config.stream.toUtf8(), NewEntries};
        m_busy = true;
        m_blocking->batch(
            QList<RespWriter::Command>(more, read), this, [this, entries](const QList<RedisReply> &replies) {
                m_busy = false;
                QList<StreamEntry> all = entries;
                for (const RedisReply &r : replies) {
                    if (r.isError()) {
                        // What that read delivered is pending for us: read our own backlog next.
                        qCWarning(lcStream).noquote() << tr("stream %1: %2").arg(m_config.stream, r.errorMessage());
                        m_readId = r.errorCode() == "NOGROUP" ? QByteArray() : OwnPending;
                        continue;
                    }
                    all += StreamEntry::fromReadReply(r);
                }
                handleBatch(all, {});
            });
    }
}

void StreamConsumer::claimAbandoned()
{
    m_busy = true;
    m_sinceClaim.restart();
    m_commands->command(
        {"XAUTOCLAIM", m_config.stream.toUtf8(), m_config.group.toUtf8(), m_config.consumer.toUtf8(),
            QByteArray::number(m_config.claimMinIdleMs), m_claimCursor, "COUNT", QByteArray::number(m_config.count)},
        this, [this](const RedisReply &reply) { onClaimReply(reply); });
}

void StreamConsumer::onClaimReply(const RedisReply &reply)
{
    m_busy = false;
    if (reply.isError() || !reply.isArray() || reply.size() < 2) {
        if (reply.errorCode() == "NOGROUP")
            m_readId.clear();
        scheduleRetry(reply.isError() ? reply.errorMessage() : tr("unexpected XAUTOCLAIM reply"));
        return;
    }
    m_claimCursor = reply.at(0).bytes();
    if (m_claimCursor != "0-0")
        m_sinceClaim = {}; // more to claim: claim again on the next round
    const QList<StreamEntry> claimed = StreamEntry::listFromReply(reply.at(1));
    if (claimed.isEmpty()) {
        if (!m_sinceClaim.isValid())
            m_sinceClaim.start();
        readNext();
        return;
    }
    if (!m_sinceClaim.isValid())
        m_sinceClaim.start();
    m_counters.claimed += claimed.size();
    qCInfo(lcStream).noquote() << tr("recovered %n abandoned entries", nullptr, int(claimed.size()));
    checkDeliveries(claimed);
}

void StreamConsumer::checkDeliveries(const QList<StreamEntry> &entries)
{
    m_busy = true;
    QList<RespWriter::Command> commands;
    commands.reserve(entries.size());
    for (const StreamEntry &e : entries)
        commands << RespWriter::Command {
            "XPENDING", m_config.stream.toUtf8(), m_config.group.toUtf8(), e.id, e.id, "1"};
    m_commands->batch(commands, this, [this, entries](const QList<RedisReply> &replies) {
        m_busy = false;
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
        handleBatch(entries, deliveries);
    });
}

void StreamConsumer::handleBatch(const QList<StreamEntry> &entries, const QHash<QByteArray, int> &deliveries)
{
    m_busy = true;
    const bool processing = m_config.mode == Mode::Process;
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    QList<TicketEvent> events;
    QList<QByteArray> ackIds;
    QList<RespWriter::Command> deadLetters;

    const auto deadLetter = [&](const StreamEntry &e, const QString &code, const QString &reason, int delivered) {
        RespWriter::Command args {"XADD", m_config.deadLetterStream().toUtf8(), "*"};
        for (const auto &[field, value] : e.fields)
            args << field << value;
        args << "dlq_reason" << reason.toUtf8() << "dlq_reason_code" << code.toUtf8() << "dlq_source_stream"
             << m_config.stream.toUtf8() << "dlq_source_id" << e.id << "dlq_consumer" << m_config.consumer.toUtf8()
             << "dlq_time" << now;
        if (delivered > 0)
            args << "dlq_deliveries" << QByteArray::number(delivered);
        deadLetters << args;
    };

    m_counters.read += entries.size();
    m_pending.receivedDelta += entries.size();
    m_rateCount += entries.size();

    for (const StreamEntry &e : entries) {
        if (e.fields.isEmpty()) {
            ackIds << e.id; // deleted from the stream while pending: nothing left to apply
            continue;
        }
        const int delivered = deliveries.value(e.id, 0);
        if (processing && delivered > m_config.maxDeliveries) {
            const QString reason = tr("delivered %n times without being processed", nullptr, delivered);
            deadLetter(e, QStringLiteral("too_many_deliveries"), reason, delivered);
            ackIds << e.id;
            recordSummary(
                {e.id, QDateTime::currentDateTimeUtc(), tr("dead-lettered"), QString::fromUtf8(e.value("number")),
                    QString::fromUtf8(e.value("state")), QString::fromUtf8(e.value("assignment_group")), reason});
            continue;
        }
        EventDecoder::Result decoded = EventDecoder::decode(e, EventDecoder::Options {m_config.maxEntryBytes});
        if (!decoded.ok()) {
            ++m_counters.malformed;
            if (processing) {
                deadLetter(e, decoded.reasonCode, decoded.reason, delivered);
                ackIds << e.id;
            }
            recordSummary({e.id, QDateTime::currentDateTimeUtc(), tr("malformed"), QString::fromUtf8(e.value("number")),
                QString::fromUtf8(e.value("state")), QString::fromUtf8(e.value("assignment_group")), decoded.reason});
            continue;
        }
        events << std::move(*decoded.event);
    }

    if (!events.isEmpty()) {
        const TicketStore::BatchResult result = m_store->apply(events);
        if (!result.ok) {
            // Nothing is acknowledged: every entry of the batch is delivered again later.
            fail(tr("the ticket store could not apply a batch: %1").arg(result.error));
            return;
        }
        m_counters.applied += result.applied;
        m_counters.duplicates += result.duplicates;
        m_counters.stale += result.stale;
        m_pending.appliedDelta += result.applied;
        m_pending.changed += result.changed;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const TicketEvent &ev = events.at(i);
            ackIds << ev.sourceId;
            recordSummary({ev.sourceId, ev.timestamp.isValid() ? ev.timestamp : QDateTime::currentDateTimeUtc(),
                ev.eventName(), ev.number, ev.state, ev.assignmentGroup, QString()});
        }
    }

    if (!processing) {
        afterBatch();
        return;
    }
    acknowledge(ackIds, deadLetters);
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
    m_commands->batch(commands, this, [this, dead, transaction](const QList<RedisReply> &replies) {
        m_busy = false;
        const RedisReply &last = replies.constLast();
        QString problem;
        for (const RedisReply &r : replies) {
            if (r.isError()) {
                problem = r.errorMessage();
                break;
            }
        }
        if (problem.isEmpty() && transaction && (!last.isArray() || last.size() != dead + 1))
            problem = tr("the acknowledgement transaction was aborted");
        if (problem.isEmpty() && transaction) {
            for (const RedisReply &r : last.elements()) {
                if (r.isError()) {
                    problem = r.errorMessage();
                    break;
                }
            }
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
    });
}

void StreamConsumer::afterBatch()
{
    m_busy = false;
    const qint64 now = m_rateClock.elapsed();
    if (now - m_rateWindowStart >= 1000) {
        m_rate = double(m_rateCount) * 1000.0 / double(now - m_rateWindowStart);
        m_rateWindowStart = now;
        m_rateCount = 0;
    }
    Q_EMIT progress(m_counters);
    if (!m_updateTimer.isActive())
        m_updateTimer.start(m_config.updateIntervalMs);
    readNext();
}

void StreamConsumer::scheduleRetry(const QString &reason)
{
    m_busy = false;
    m_lastError = reason;
    qCWarning(lcStream).noquote() << tr("stream %1: %2; retrying").arg(m_config.stream, reason);
    // In process mode anything delivered by a read whose reply was lost is in our pending list.
    if (m_config.mode == Mode::Process && !m_readId.isEmpty())
        m_readId = OwnPending;
    if (m_stopRequested) {
        readNext(); // stopping anyway: nothing in flight
        return;
    }
    m_retryTimer.start(RetryDelayMs);
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
