#pragma once

#include <memory>

#include <QObject>

#include "services/redisendpoint.h"
#include "services/streamconsumer.h"

class ConsumerThread;
class TicketModel;
class TicketStore;
class TicketSnapshotLoader;
class TicketUpdateQueue;

// The window's side of the ticket pipeline: the consumer on its worker thread, the GUI thread's
// read-only view of the same store, and the ticket model the views share, kept current through
// a time-sliced update queue. Widget-free; MainWindow owns one and the views read from it.
//
// Observe is the default mode and starts on its own when a server is attached: it takes nothing
// from the production processors. Process joins the group, so it only runs when asked to.
class PipelineController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineController)

public:
    // Where a connection's pipeline runs. Everything but the endpoint has defaults (QSettings
    // "pipeline/*" for stream, group and consumer; the user's data directory for the store).
    struct Target {
        RedisEndpoint endpoint;
        QString storePath; // empty: TicketStore::defaultPath()
        QByteArray observeFrom = "$"; // the sandbox reads its throwaway stream from "0"
    };

    explicit PipelineController(QObject *parent = nullptr);
    ~PipelineController() override;

    void attach(const Target &target);
    void detach();
    [[nodiscard]] bool isAttached() const { return m_attached; }

    // Reconfigures. Keeps running if it was and keepRunning says so; otherwise it waits for
    // start() (processing a production group must be asked for, not slid into).
    void setMode(StreamConsumer::Mode mode, bool keepRunning = true);
    [[nodiscard]] StreamConsumer::Mode mode() const { return m_mode; }
    void start();
    void stop(); // graceful: the batch in flight is committed and acknowledged first
    // Observe mode: reads once from the stream's first entry, to fill the store with what the
    // stream held before this console looked (observing takes nothing from the group; what the
    // store has already is counted, not applied again). A later start or reconfiguration tails
    // from "$" again: Stop and Start do not read it all over.
    void readWholeStream();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] StreamConsumer::State state() const;

    [[nodiscard]] StreamConsumer::Config config() const;
    [[nodiscard]] TicketModel *ticketModel() const { return m_model; }
    [[nodiscard]] TicketStore *store() const { return m_store.get(); } // GUI-thread reads; may be null
    [[nodiscard]] TicketUpdateQueue *updateQueue() const { return m_queue; }
    [[nodiscard]] QString stateText() const;

    // Loads the state table: the defaults, overridden by the file in "pipeline/stateTable" if
    // set. Returns false (defaults kept) with the reason when the file does not load.
    bool applyStateTable(QString *error = nullptr);
    // After the preferences changed: the new stream, group or consumer name take effect now.
    void reattach();

    // The pipeline's QSettings keys: Preferences writes them, the window reads them. An absent
    // key means StreamConsumer::Config's default.
    static inline const QString StreamSetting = QStringLiteral("pipeline/stream");
    static inline const QString GroupSetting = QStringLiteral("pipeline/group");
    static inline const QString ConsumerSetting = QStringLiteral("pipeline/consumer");
    static inline const QString StateTableSetting = QStringLiteral("pipeline/stateTable");
    static inline const QString ModeSetting = QStringLiteral("pipeline/mode"); // "observe" or "process"
    // Processing limits, as process's --max-entry-bytes, --claim-min-idle and --max-deliveries:
    // without them in the GUI, replaying a too_large dead letter only dead-lettered it again.
    static inline const QString MaxEntryBytesSetting = QStringLiteral("pipeline/maxEntryBytes");
    static inline const QString ClaimMinIdleSetting = QStringLiteral("pipeline/claimMinIdleMs");
    static inline const QString MaxDeliveriesSetting = QStringLiteral("pipeline/maxDeliveries");
    // Where process mode creates a missing group: "0" (the stream's first entry) or absent ("$",
    // new entries only). An existing group goes on from where it left off either way.
    static inline const QString NewGroupStartSetting = QStringLiteral("pipeline/newGroupStart");

    // Settings: stream key, group and consumer name.
    [[nodiscard]] static QString streamKey();
    [[nodiscard]] static QString groupName();
    [[nodiscard]] static QString consumerName();
    // The largest entry the console reads (MaxEntryBytesSetting, bounded); larger ones are
    // dead-lettered as too_large.
    [[nodiscard]] static qsizetype maxEntryBytes();

Q_SIGNALS:
    void stateChanged(StreamConsumer::State state, const QString &text);
    void updated(const StreamConsumer::Update &update);
    void configChanged(const StreamConsumer::Config &config);
    void storeError(const QString &message);
    void notice(const QString &text); // StreamConsumer::notice(): for the status bar
    // The store's tickets are in the model (attach() reads them on another thread).
    void ticketsLoaded(int count);

private:
    void attachTarget(const Target &target, bool run); // target by value at call sites that pass m_target
    void reconfigure(bool run);
    void loadTickets();
    void onSnapshot(quint64 request, const QList<Ticket> &tickets, const QString &error);

    ConsumerThread *m_thread = nullptr;
    TicketModel *m_model = nullptr;
    TicketUpdateQueue *m_queue = nullptr;
    TicketSnapshotLoader *m_loader = nullptr;
    quint64 m_loadRequest = 0; // the snapshot being loaded, 0 when none
    QList<Ticket> m_heldRows; // consumer updates that arrived while it loads
    std::unique_ptr<TicketStore> m_store;
    Target m_target;
    bool m_configuredWholeStream = false; // the consumer reads from "0": the next start() rebuilds it
    bool m_attached = false;
    StreamConsumer::Mode m_mode = StreamConsumer::Mode::Observe;
};
