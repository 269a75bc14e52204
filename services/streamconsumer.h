#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "services/eventdecoder.h"
#include "services/redisconnection.h"
#include "services/redisendpoint.h"
#include "services/respwriter.h"
#include "services/streamentry.h"
#include "services/ticket.h"
#include "services/ticketstore.h"

class RedisConnection;
class RedisReply;
class StoreWriter;

// Consumes the change stream into the ticket store, in one of two modes:
//  - Observe: XREAD BLOCK without joining any group, so production processors lose nothing.
//    Nothing is written to Redis; undecodable entries are only counted and reported.
//  - Process: XREADGROUP under a stable consumer name; each batch is applied in one store
//    transaction, and only after it commits are the entries acknowledged (one multi-id XACK,
//    in a MULTI with the dead-letter XADDs): at-least-once, idempotent on replay. Entries left
//    pending too long by any consumer of the group are recovered with XAUTOCLAIM; an entry
//    delivered more than maxDeliveries times goes to the dead-letter stream.
//
// Pipelined: the store's transactions run on a writer thread of their own (StoreWriter) while
// this object goes on reading and decoding. What is read meanwhile becomes the next batch as
// soon as the writer is free (large batches under a backlog, small ones when live), one batch
// in the writer at a time, committed and acknowledged in read order.
//
// Thread-agnostic: the GUI moves it to a worker thread (ConsumerThread), the CLI runs it on
// the main thread. Updates for views are batched and emitted at most every updateIntervalMs.
class StreamConsumer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamConsumer)

public:
    enum class Mode { Observe, Process };
    Q_ENUM(Mode)
    enum class State { Idle, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    struct Config {
        RedisEndpoint endpoint;
        QString stream = QStringLiteral("servicenow:changes");
        QString group = QStringLiteral("bunsnc-processors");
        QString consumer; // empty = defaultConsumerName()
        Mode mode = Mode::Observe;
        QByteArray startId = "$"; // observe: where to tail from; process: group creation id
        int count = 100; // entries per read
        int blockMs = 1000;
        int claimMinIdleMs = 60000; // XAUTOCLAIM min-idle-time
        int claimIntervalMs = 5000; // how often to look for abandoned entries
        int maxDeliveries = 5; // more deliveries than this: dead-letter
        qsizetype maxEntryBytes = 1024 * 1024;
        int updateIntervalMs = 100; // GUI update batching
        // Update::changed carries the tickets each batch changed, for views. The headless
        // processor has no views and saves the store that work.
        bool reportChangedTickets = true;
        int recentEventsLimit = 1000;
        // Backpressure: entries read ahead of the store (waiting for the writer thread) at most;
        // past it reads pause until the writer takes them. Under a backlog the writer's next
        // transaction is whatever piled up meanwhile, and its cost per entry falls with size
        // (each ticket row touched is written once per transaction): 50,000 ran 17% faster than
        // 20,000 in bench/stream_ingest, for ~80 MB more at the peak of a backlog.
        qsizetype maxBufferedEntries = 50000;
        QString storePath; // empty = TicketStore::defaultPath()
        // The first connection attempt failing (refused, no answer, host not found) fails start()
        // with the connection's message instead of retrying: a command-line run must not wait
        // for ever on a typo. Once both connections were ready, a drop is always retried.
        bool failIfUnreachable = false;
        // How long a connection attempt and a command's reply may take (the CLI's --timeout).
        // Blocked reads wait BLOCK plus a margin instead.
        int connectTimeoutMs = RedisConnection::Options().connectTimeoutMs;
        int commandTimeoutMs = RedisConnection::Options().commandTimeoutMs;

        [[nodiscard]] QString deadLetterStream() const { return stream + QStringLiteral(":dlq"); }
    };

    struct Counters {
        qint64 read = 0; // entries received
        qint64 applied = 0; // changed a ticket
        qint64 duplicates = 0; // already applied (replays)
        qint64 stale = 0; // older than the stored ticket
        qint64 malformed = 0; // could not be decoded
        qint64 deadLettered = 0; // written to the dead-letter stream (process mode)
        qint64 claimed = 0; // recovered from other consumers with XAUTOCLAIM
        qint64 acked = 0;
    };

    // One decoded (or rejected) entry, for the "last events" list.
    struct EventSummary {
        QByteArray id;
        QDateTime time; // when this console read it: the log's order and its Time column
        QString name; // type:action, or "malformed"
        QString number;
        QString state;
        QString assignmentGroup;
        QString problem; // reason when malformed
        QDateTime eventTime; // the entry's own timestamp, if any (days old in a replay)
        qsizetype eventIndex = -1; // in its batch's events, for the store's outcome
    };

    // What views need since the previous update.
    struct Update {
        QList<Ticket> changed;
        QList<EventSummary> events;
        Counters totals;
        qint64 receivedDelta = 0;
        qint64 appliedDelta = 0;
        qint64 deadLetteredDelta = 0;
        QDateTime at;
    };

    explicit StreamConsumer(const Config &config, QObject *parent = nullptr);
    ~StreamConsumer() override;

    // "streamdesk-<host>-<user>": the same across restarts, so a restarted console finds its
    // own pending entries again (the existing processor's pid-based names never do).
    [[nodiscard]] static QString defaultConsumerName();

    [[nodiscard]] const Config &config() const { return m_config; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Counters counters() const { return m_counters; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void start();
    // Graceful: the batch in flight is applied, committed and acknowledged, then stopped() fires.
    void stop();

    // While running: empty when both connections are up; else why one is down ("connection
    // refused by 127.0.0.1:6379"). The consumer stays Running and retries meanwhile.
    [[nodiscard]] QString connectionProblem() const;

Q_SIGNALS:
    void stateChanged(StreamConsumer::State state, const QString &text);
    void updated(const StreamConsumer::Update &update);
    void stopped();
    void progress(const StreamConsumer::Counters &totals); // after every batch (CLI progress)
    // Something a person should know once, not an error: this consumer created its group (and
    // maybe the stream itself, which a mistyped --stream does).
    void notice(const QString &text);

private:
    // Entries read and decoded, then applied in one store transaction and acknowledged together.
    struct Batch {
        QList<TicketEvent> events;
        QList<QByteArray> ackIds; // every entry of the batch (process mode)
        QList<RespWriter::Command> deadLetters;
        QList<EventSummary> summaries; // read order; recorded once the batch commits
        qsizetype entries = 0;
        quint64 run = 0; // m_run when read: a batch of a failed run is never acknowledged
    };

    void setState(State state, const QString &error = {});
    void fail(const QString &reason);
    void finishStop();
    void onConnectionState();
    void begin(); // both connections ready
    void resolveObserveStart();
    void ensureGroup();
    void createGroup(const QByteArray &start, bool streamExisted);
    // Moves things along: hands the next batch to the writer, reads more or finishes a stop.
    void pump();
    void readNext();
    void onReadReply(const RedisReply &reply, const QByteArray &from);
    void claimAbandoned();
    void onClaimReply(const RedisReply &reply);
    void checkDeliveries(const QList<StreamEntry> &claimed);
    // Decodes entries into the next batch (m_next); dead letters are assembled here too.
    // deliveries: per entry id, as XPENDING counted them; otherDeliveries for the rest (1 for new
    // entries, whose count is known; 0: unknown, and no dlq_deliveries is written).
    void addEntries(
        const QList<StreamEntry> &entries, const QHash<QByteArray, int> &deliveries, int otherDeliveries = 0);
    void submitBatch();
    void onApplied(const TicketStore::BatchResult &result);
    void commitBatch(Batch &&batch, const TicketStore::BatchResult &result);
    void acknowledge(const QList<QByteArray> &ackIds, const QList<QList<QByteArray>> &deadLetters);
    void afterBatch();
    void scheduleRetry(const QString &reason);
    bool failIfNotAStream(const RedisReply &reply); // true: it was WRONGTYPE, and the run failed
    [[nodiscard]] bool pipelineIdle() const;
    void flushUpdate();
    void recordSummary(EventSummary &&summary);

    Config m_config;
    State m_state = State::Idle;
    QString m_lastError;
    Counters m_counters;

    RedisConnection *m_commands = nullptr; // XACK, XADD, XAUTOCLAIM, XGROUP, XPENDING
    RedisConnection *m_blocking = nullptr; // XREAD / XREADGROUP only
    StoreWriter *m_writer = nullptr; // the store on its own thread; created by start()

    QByteArray m_readId; // observe: last id seen; process: "0" (own pending) then ">"
    QByteArray m_claimCursor = "0-0";
    // Process: the newest entry ">" delivered. A group deleted under us is created again from
    // there, not from "$": entries added meanwhile would be skipped.
    QByteArray m_lastNewId;
    qint64 m_claimSweep = 0; // entries claimed in the XAUTOCLAIM sweep under way (logged once)
    QElapsedTimer m_sinceClaim;
    // Claim before the next read: at the start, and while XAUTOCLAIM's cursor says more are left.
    bool m_claimNow = true;
    quint64 m_run = 0; // bumped by fail(): replies to that run's reads are dropped
    int m_readsInFlight = 0; // reads, claims, XPENDING checks, group/start steps
    bool m_backlog = false; // the last read was full: more is waiting
    Batch m_next; // read, waiting for the writer
    Batch m_applying; // in the writer
    bool m_writerBusy = false;
    int m_acksInFlight = 0;
    bool m_stopRequested = false;
    QTimer m_retryTimer;

    Update m_pending; // accumulated for the next updated()
    QTimer m_updateTimer;
};

Q_DECLARE_METATYPE(StreamConsumer::Update)
Q_DECLARE_METATYPE(StreamConsumer::Counters)
