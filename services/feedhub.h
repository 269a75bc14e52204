#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include "models/eventlogmodel.h"
#include "services/feedconfig.h"
#include "services/sseclient.h"
#include "services/ticket.h"

class QSettings;
class FeedStoreWorker;

// The console's SSE feeds (docs/event-format.md, "From SSE feeds"): one SseClient per enabled
// feed, frames decoded by FeedDecoder, ticket changes applied to the ticket store, everything
// else handed out as event-log lines.
//
// Threads: the clients run on the GUI thread (they only move bytes and parse, both cheap). The
// frames are queued and handed over at most every 100 ms, as one batch, to a worker thread that
// owns its own TicketStore on the same file: the decoder's lookups and the one write
// transaction per batch run there, so a store busy with the stream consumer's transaction
// (busy_timeout) never blocks the GUI. Results come back queued and leave as at most one
// ticketsChanged and one logEvents per 100 ms.
//
// Exactly once per feed: an event whose id this feed already delivered (a bounded set of recent
// ids plus the persisted last id) is dropped before decoding. An event without its own `id:`
// line inherits the previous id (WHATWG), so only an id that differs from the previous event's
// is checked. The last event id is persisted (FeedConfig::setLastEventId) only once its batch is
// committed, so a crash replays rather than loses; the store's idempotency absorbs the replay.
class FeedHub final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedHub)

public:
    struct Stats {
        QString id;
        QString name;
        QUrl url;
        bool enabled = false;
        SseClient::State state = SseClient::State::Idle;
        QString stateText;
        qint64 events = 0; // received, duplicates included
        qint64 bytes = 0;
        qint64 reconnects = 0;
        qint64 applied = 0; // ticket events applied to the store
        qint64 duplicates = 0; // dropped by id, or duplicates/stale in the store
        QString lastEventId; // the id the feed resumes from
        QString lastError;
    };

    static constexpr int FlushIntervalMs = 100;
    static constexpr int RecentIdLimit = 10'000;

    // settings: not owned, must outlive the hub (its destructor saves the last ids); used on
    // this thread only. Null: the hub uses its own default QSettings (the app's settings).
    // storePath: the ticket store file, opened by the worker thread at the first batch.
    FeedHub(QSettings *settings, const QString &storePath, QObject *parent = nullptr);
    ~FeedHub() override;

    // Loads the saved feeds and starts the enabled ones. Secret header values are missing until
    // setSecret(); a feed with a secret header waits for all of them before connecting.
    void load();

    [[nodiscard]] QStringList feedIds() const { return m_order; }
    [[nodiscard]] std::optional<FeedConfig> feed(const QString &id) const;
    [[nodiscard]] QList<FeedConfig> feeds() const;
    [[nodiscard]] Stats stats(const QString &id) const;

    enum class Persistence {
        Saved, // in the settings, with its last event id
        Session, // this run only: neither the feed nor its last id is saved (the sandbox's feed)
    };

    // Adds (new id) or replaces (known id) a feed, saves the list and (re)starts it when
    // enabled. Secret values in `config` are taken as setSecret() and never saved.
    void setFeed(const FeedConfig &config, Persistence persistence = Persistence::Saved);
    [[nodiscard]] bool isSessionOnly(const QString &id) const;
    void removeFeed(const QString &id);
    void setEnabled(const QString &id, bool enabled);
    // Drops the connection (or the pending retry) and connects now.
    void reconnect(const QString &id);
    // A secret header's value from the keychain. An empty value: none stored, connect without.
    void setSecret(const QString &feedId, const QString &headerName, const QString &value);
    // The keychain has no value for this secret header (none was running when it was saved):
    // the feed does not connect without it, and its state says which header to type again.
    void setSecretMissing(const QString &feedId, const QString &headerName);
    // Those headers (lower case) until a value is set; the feed dialog marks them.
    [[nodiscard]] QSet<QString> missingSecrets(const QString &id) const;
    [[nodiscard]] bool isWaitingForSecrets(const QString &id) const;

    // Hands the queued frames to the worker now and waits for the result (tests, shutdown).
    void flush();
    // Another ticket store from now on (the sandbox has its own): what was received goes to
    // the old one first.
    void setStorePath(const QString &path);
    [[nodiscard]] QString storePath() const { return m_storePath; }
    // Saved feeds disconnect (and stay so) while paused; session feeds are not affected. The
    // window pauses them while the hub writes to the sandbox's throwaway store, so production
    // events are neither lost with it nor marked delivered: they resume from their last id.
    void setSavedFeedsPaused(bool paused);
    [[nodiscard]] bool savedFeedsPaused() const { return m_savedPaused; }

Q_SIGNALS:
    void feedAdded(const QString &id); // appended at the end of feedIds()
    void feedRemoved(const QString &id);
    void feedChanged(const QString &id); // config or stats; stats changes coalesced per flush
    void ticketsChanged(const QList<Ticket> &tickets);
    void logEvents(const QList<LogEvent> &events);
    // The ticket store could not be opened or a batch failed (a translated line).
    void storeError(const QString &message);

private:
    friend class FeedStoreWorker;
    struct Feed;
    struct Frame {
        QString feedId;
        QString feedName;
        QString type;
        QString data;
        QString id;
        QDateTime received;
    };
    struct BatchResult;

    Feed *find(const QString &id) const;
    void startFeed(Feed &feed);
    void stopFeed(Feed &feed);
    void applyClientConfig(Feed &feed);
    void onEvent(const QString &feedId, const QString &type, const QString &data, const QString &id);
    void markDirty(const QString &feedId);
    void dropRetainedFrames();
    // The last batch failed less than RetryDelayMs ago: the store gets a pause.
    [[nodiscard]] bool isBackingOff() const { return m_retryClock.isValid() && m_retryClock.elapsed() < RetryDelayMs; }
    void onTick();
    void dispatch(bool wait);
    void onBatchDone(const BatchResult &result);
    void emitPending();
    void save();

    std::unique_ptr<QSettings> m_ownSettings;
    QPointer<QSettings> m_settings;
    QString m_storePath;
    bool m_savedPaused = false;
    QElapsedTimer m_retryClock; // valid: the last batch failed; the next waits RetryDelayMs
    static constexpr int RetryDelayMs = 2000;
    static constexpr qsizetype MaxRetainedFrames = 50'000; // while the store keeps failing
    QStringList m_order;
    QHash<QString, std::shared_ptr<Feed>> m_feeds;
    QList<Frame> m_frames; // received, not yet handed to the worker
    QSet<QString> m_dirty; // feeds whose stats changed since the last feedChanged
    QElapsedTimer m_sinceCountdown; // reconnect countdowns refreshed once a second
    QList<Ticket> m_pendingTickets;
    QList<LogEvent> m_pendingLog;
    QElapsedTimer m_sinceEmit;
    QTimer m_tick;
    int m_inFlight = 0;
    QThread m_thread;
    FeedStoreWorker *m_worker = nullptr; // lives on m_thread
};
