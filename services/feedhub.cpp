#include "services/feedhub.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSettings>

#include "services/feeddecoder.h"
#include "services/logging.h"
#include "services/safetext.h"
#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

// What the worker hands back for one batch.
struct FeedHub::BatchResult {
    QList<Ticket> changed;
    QList<LogEvent> log;
    QHash<QString, QString> lastIds; // feed -> id of its last frame in the batch (committed)
    QHash<QString, qint64> applied; // feed -> applied ticket events
    QHash<QString, qint64> duplicates; // feed -> duplicate or stale in the store
    QString error; // the batch failed: nothing applied, no last id moves
    QList<FeedHub::Frame> retry; // with error: the frames, to be handed in again later
};

// Per feed, on the GUI thread.
struct FeedHub::Feed {
    FeedConfig config;
    bool sessionOnly = false; // Persistence::Session
    QHash<QString, QString> secrets; // lower-case header name -> value; never logged or saved
    std::unique_ptr<SseClient> client; // only while enabled
    QString persistedId; // last committed event id
    QString previousId; // id of the previous event received (WHATWG ids persist across events)
    // Events delivered lately, by id and content, for dropping re-deliveries. Not by id alone:
    // a backend whose ids are an in-memory counter starts again at 1 after a restart, and its
    // new events were dropped as re-deliveries of old ones.
    QSet<size_t> recentEvents;
    QList<size_t> recentOrder; // the same keys, oldest first, to bound the set
    qint64 applied = 0;
    qint64 duplicates = 0;
    // Stats of a client that was stopped, so the view keeps them.
    qint64 events = 0;
    qint64 bytes = 0;
    qint64 reconnects = 0;
    QString lastError;
    QSet<QString> missingSecrets; // lower-case names of secret headers the keychain has no value for

    [[nodiscard]] bool urlUsable() const;

    [[nodiscard]] bool waitingForSecrets() const
    {
        for (const FeedConfig::Header &header : config.headers) {
            if (header.secret && !secrets.contains(header.name.toLower()))
                return true;
        }
        return false;
    }

    [[nodiscard]] static size_t eventKey(const QString &id, const QString &type, const QString &data)
    {
        return qHashMulti(0, id, type, data);
    }

    void remember(size_t key)
    {
        if (recentEvents.contains(key))
            return;
        recentEvents.insert(key);
        recentOrder.append(key);
        if (recentOrder.size() > RecentIdLimit)
            recentEvents.remove(recentOrder.takeFirst());
    }

    void forgetRecent()
    {
        recentEvents.clear();
        recentOrder.clear();
    }
};

// Owns the hub's TicketStore on the worker thread: decoding (it looks tickets up) and the write
// transaction happen here. No signals: the hub calls in with queued (or blocking) invocations.
class FeedStoreWorker final : public QObject {
public:
    explicit FeedStoreWorker(const QString &path)
        : m_path(path)
    {
    }

    // Runs on the worker thread; the store must also be closed there (QSqlDatabase is per thread).
    void close() { m_store.reset(); }
    void setPath(const QString &path)
    {
        close();
        m_byNumber.clear();
        m_indexAge.invalidate();
        m_path = path;
    }

    FeedHub::BatchResult process(const QList<FeedHub::Frame> &frames)
    {
        FeedHub::BatchResult result;
        if (!m_store && !open(&result.error)) {
            result.retry = frames;
            return result;
        }

        FeedDecoder::Options options;
        options.lookup = [this](const QString &sysId, const QString &number) { return lookup(sysId, number); };

        QList<TicketEvent> events;
        QList<qsizetype> eventLogRow; // log row of each event, to note store duplicates
        QList<QString> eventFeed;
        for (const FeedHub::Frame &frame : frames) {
            const FeedDecoder::Item item =
                FeedDecoder::decode(frame.feedName, frame.type, frame.data, frame.id, options);
            result.lastIds.insert(frame.feedId, frame.id);
            LogEvent line;
            line.source = frame.feedName;
            line.id = frame.id.toUtf8();
            line.time = frame.received;
            line.payload = frame.data;
            if (item.event) {
                const TicketEvent &event = *item.event;
                line.name = event.eventName();
                line.number = event.number;
                line.state = event.state;
                line.assignmentGroup = event.assignmentGroup;
                line.eventTime = event.timestamp; // the Time column stays "received", as for the stream
                events.append(event);
                eventLogRow.append(result.log.size());
                eventFeed.append(frame.feedId);
            } else {
                // Frames without an event name are classified by their payload's own type.
                line.name = (item.type == u"message"_s && !item.payloadType.isEmpty()) ? item.payloadType : item.type;
                // Our gateway's "malformed" is a wire name; the log shows the word the stream's
                // own rows use, in the user's language.
                if (line.name == u"malformed"_s)
                    line.name = QCoreApplication::translate("StreamConsumer", "malformed");
                const QJsonObject payload = item.payload.toObject();
                line.number = payload.value(u"number"_s).toString();
                line.problem = item.reason;
            }
            result.log.append(line);
        }
        if (events.isEmpty())
            return result;

        TicketStore::BatchResult batch = m_store->apply(events);
        if (!batch.ok) {
            result.error = batch.error;
            result.lastIds.clear();
            result.log.clear();
            result.retry = frames;
            close(); // the next attempt reopens the store rather than reusing a broken connection
            return result;
        }
        for (qsizetype i = 0; i < batch.outcomes.size() && i < events.size(); ++i) {
            if (batch.outcomes.at(i) == TicketStore::Outcome::Applied) {
                ++result.applied[eventFeed.at(i)];
            } else {
                ++result.duplicates[eventFeed.at(i)];
                result.log[eventLogRow.at(i)].name += batch.outcomes.at(i) == TicketStore::Outcome::Duplicate
                    ? FeedHub::tr(" (duplicate)")
                    : FeedHub::tr(" (stale)");
            }
        }
        for (const Ticket &ticket : std::as_const(batch.changed)) {
            if (!ticket.number.isEmpty())
                m_byNumber.insert(ticket.number, {ticket.sysId, ticket.type});
        }
        result.changed = std::move(batch.changed);
        return result;
    }

private:
    bool open(QString *error)
    {
        auto store = std::make_unique<TicketStore>();
        if (!store->open(m_path, error))
            return false;
        m_store = std::move(store);
        return true;
    }

    // Broadcasts name tickets by number only: an index of numbers, rebuilt from the store at most
    // every few seconds when a number is not in it (the stream consumer adds tickets meanwhile).
    std::optional<FeedDecoder::KnownTicket> lookup(const QString &sysId, const QString &number)
    {
        if (!sysId.isEmpty()) {
            if (const std::optional<Ticket> ticket = m_store->ticket(sysId))
                return FeedDecoder::KnownTicket {ticket->sysId, ticket->type};
            return std::nullopt;
        }
        if (number.isEmpty())
            return std::nullopt;
        auto it = m_byNumber.constFind(number);
        if (it == m_byNumber.cend() && (!m_indexAge.isValid() || m_indexAge.elapsed() > IndexRefreshMs)) {
            m_indexAge.start();
            m_byNumber.clear();
            for (const Ticket &ticket : m_store->tickets()) {
                if (!ticket.number.isEmpty())
                    m_byNumber.insert(ticket.number, {ticket.sysId, ticket.type});
            }
            it = m_byNumber.constFind(number);
        }
        if (it == m_byNumber.cend())
            return std::nullopt;
        return *it;
    }

    static constexpr qint64 IndexRefreshMs = 5000;

    QString m_path;
    std::unique_ptr<TicketStore> m_store;
    QHash<QString, FeedDecoder::KnownTicket> m_byNumber;
    QElapsedTimer m_indexAge;
};

FeedHub::FeedHub(QSettings *settings, const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_storePath(storePath)
    , m_worker(new FeedStoreWorker(storePath))
{
    m_thread.setObjectName(u"streamdesk-feeds"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_tick.setInterval(FlushIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &FeedHub::onTick);
    m_tick.start();
    m_sinceEmit.start();
}

FeedHub::~FeedHub()
{
    // Stop receiving, commit what arrived, persist its ids, then close the store on its thread.
    for (const auto &feed : std::as_const(m_feeds)) {
        if (feed->client) {
            feed->client->disconnect(this);
            feed->client->close();
        }
    }
    flush();
    FeedStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void FeedHub::load()
{
    if (!m_settings)
        return;
    const QList<FeedConfig> configs = FeedConfig::load(*m_settings);
    for (const FeedConfig &config : configs) {
        if (find(config.id))
            continue;
        auto feed = std::make_shared<Feed>();
        feed->config = config;
        feed->persistedId = FeedConfig::lastEventId(*m_settings, config.id);
        feed->previousId = feed->persistedId;
        m_feeds.insert(config.id, feed);
        m_order.append(config.id);
        Q_EMIT feedAdded(config.id);
        if (config.enabled)
            startFeed(*feed);
    }
}

FeedHub::Feed *FeedHub::find(const QString &id) const
{
    const auto it = m_feeds.constFind(id);
    return it == m_feeds.cend() ? nullptr : it->get();
}

std::optional<FeedConfig> FeedHub::feed(const QString &id) const
{
    if (const Feed *feed = find(id))
        return feed->config;
    return std::nullopt;
}

QList<FeedConfig> FeedHub::feeds() const
{
    QList<FeedConfig> configs;
    for (const QString &id : m_order)
        configs.append(find(id)->config);
    return configs;
}

FeedHub::Stats FeedHub::stats(const QString &id) const
{
    Stats stats;
    const Feed *feed = find(id);
    if (!feed)
        return stats;
    stats.id = id;
    stats.name = feed->config.name;
    stats.url = feed->config.url;
    stats.enabled = feed->config.enabled;
    stats.applied = feed->applied;
    stats.duplicates = feed->duplicates;
    if (feed->client) {
        stats.state = feed->client->state();
        stats.stateText = feed->client->stateText();
        stats.events = feed->events + feed->client->eventsReceived();
        stats.bytes = feed->bytes + feed->client->bytesReceived();
        stats.reconnects = feed->reconnects + feed->client->reconnects();
        stats.lastError = feed->client->lastError().isEmpty() ? feed->lastError : feed->client->lastError();
        // Open again: an old 401 or "connection refused" next to "open" read as a current fault.
        if (stats.state == SseClient::State::Open)
            stats.lastError.clear();
        stats.lastEventId = feed->client->lastEventId();
    } else {
        stats.state = SseClient::State::Closed;
        QStringList missing;
        for (const FeedConfig::Header &header : feed->config.headers) {
            if (header.secret && feed->missingSecrets.contains(header.name.toLower()))
                missing << header.name;
        }
        stats.stateText = !feed->config.enabled ? tr("disabled")
            : !feed->urlUsable()                ? tr("not started: unusable URL")
            : !missing.isEmpty()
            ? tr("%1 is not in the keychain: edit the feed and type it again").arg(missing.join(u", "_s))
            : feed->waitingForSecrets()             ? tr("waiting for secret header values")
            : (m_savedPaused && !feed->sessionOnly) ? tr("paused while the sandbox runs")
                                                    : tr("stopped");
        stats.events = feed->events;
        stats.bytes = feed->bytes;
        stats.reconnects = feed->reconnects;
        stats.lastError = feed->lastError;
        stats.lastEventId = feed->previousId;
    }
    return stats;
}

QSet<QString> FeedHub::missingSecrets(const QString &id) const
{
    const Feed *feed = find(id);
    return feed ? feed->missingSecrets : QSet<QString>();
}

bool FeedHub::isWaitingForSecrets(const QString &id) const
{
    const Feed *feed = find(id);
    return feed && feed->waitingForSecrets();
}

bool FeedHub::isSessionOnly(const QString &id) const
{
    const Feed *feed = find(id);
    return feed && feed->sessionOnly;
}

void FeedHub::setFeed(const FeedConfig &input, Persistence persistence)
{
    FeedConfig config = input;
    if (config.id.isEmpty())
        config.id = FeedConfig::newId();
    Feed *feed = find(config.id);
    const bool added = !feed;
    if (added) {
        auto created = std::make_shared<Feed>();
        m_feeds.insert(config.id, created);
        m_order.append(config.id);
        feed = created.get();
    }
    // Secret values go to the in-memory table only; the config keeps none.
    QHash<QString, QString> secrets;
    for (FeedConfig::Header &header : config.headers) {
        const QString key = header.name.toLower();
        if (!header.secret)
            continue;
        if (!header.value.isEmpty())
            secrets.insert(key, header.value);
        else if (feed->secrets.contains(key))
            secrets.insert(key, feed->secrets.value(key));
        header.value.clear();
    }
    stopFeed(*feed);
    feed->secrets = secrets;
    // Still missing: only secret headers of this config that got no value.
    QSet<QString> stillMissing;
    for (const FeedConfig::Header &header : std::as_const(config.headers)) {
        const QString key = header.name.toLower();
        if (header.secret && !secrets.contains(key) && feed->missingSecrets.contains(key))
            stillMissing.insert(key);
    }
    feed->missingSecrets = stillMissing;
    // A different server is a different id space: what was delivered before says nothing.
    if (!added && feed->config.url != config.url) {
        feed->persistedId.clear();
        feed->previousId.clear();
        feed->forgetRecent();
        if (m_settings && !feed->sessionOnly)
            FeedConfig::setLastEventId(*m_settings, config.id, {});
    }
    feed->config = config;
    feed->sessionOnly = persistence == Persistence::Session;
    save();
    if (added)
        Q_EMIT feedAdded(config.id);
    if (config.enabled)
        startFeed(*feed);
    Q_EMIT feedChanged(config.id);
}

void FeedHub::removeFeed(const QString &id)
{
    Feed *feed = find(id);
    if (!feed)
        return;
    stopFeed(*feed);
    // Frames already queued still apply (they were delivered); the feed's identity goes.
    m_order.removeAll(id);
    m_feeds.remove(id);
    m_dirty.remove(id);
    save();
    Q_EMIT feedRemoved(id);
}

void FeedHub::setEnabled(const QString &id, bool enabled)
{
    Feed *feed = find(id);
    if (!feed || feed->config.enabled == enabled)
        return;
    feed->config.enabled = enabled;
    save();
    if (enabled)
        startFeed(*feed);
    else
        stopFeed(*feed);
    Q_EMIT feedChanged(id);
}

void FeedHub::reconnect(const QString &id)
{
    Feed *feed = find(id);
    if (!feed || !feed->config.enabled)
        return;
    if (feed->client)
        feed->client->restart();
    else
        startFeed(*feed);
    Q_EMIT feedChanged(id);
}

void FeedHub::setSecret(const QString &feedId, const QString &headerName, const QString &value)
{
    Feed *feed = find(feedId);
    if (!feed)
        return;
    const QString key = headerName.toLower();
    const bool waiting = feed->waitingForSecrets();
    feed->missingSecrets.remove(key);
    if (feed->secrets.contains(key) && feed->secrets.value(key) == value)
        return;
    feed->secrets.insert(key, value);
    if (!feed->config.enabled)
        return;
    if (feed->client) {
        applyClientConfig(*feed);
        feed->client->restart();
    } else if (waiting) {
        startFeed(*feed);
    }
    Q_EMIT feedChanged(feedId);
}

void FeedHub::setSecretMissing(const QString &feedId, const QString &headerName)
{
    Feed *feed = find(feedId);
    if (!feed)
        return;
    // Without the value the server would only answer 401: the feed waits, and says why.
    feed->secrets.remove(headerName.toLower());
    feed->missingSecrets.insert(headerName.toLower());
    stopFeed(*feed);
    Q_EMIT feedChanged(feedId);
}

void FeedHub::applyClientConfig(Feed &feed)
{
    QList<SseClient::Header> headers;
    for (const FeedConfig::Header &header : std::as_const(feed.config.headers)) {
        const QString value = header.secret ? feed.secrets.value(header.name.toLower()) : header.value;
        // A secret not in the keychain: connect without it, the server says what is missing.
        if (header.name.isEmpty() || (header.secret && value.isEmpty()))
            continue;
        headers.append({header.name.toLatin1(), value.toUtf8()});
    }
    feed.client->setUrl(feed.config.url);
    feed.client->setHeaders(headers);
    feed.client->setReadTimeout(feed.config.readTimeout);
}

// Only http and https: the feed dialog refuses other URLs, but a settings file edited by hand
// (or an older version's) could hold one, and the client retried it for ever.
bool FeedHub::Feed::urlUsable() const
{
    const QString scheme = config.url.scheme().toLower();
    return (scheme == "http"_L1 || scheme == "https"_L1) && !config.url.host().isEmpty();
}

void FeedHub::startFeed(Feed &feed)
{
    if (feed.client || feed.waitingForSecrets() || (m_savedPaused && !feed.sessionOnly))
        return;
    if (!feed.urlUsable()) {
        feed.lastError = tr("%1 is not an http:// or https:// URL with a host: edit the feed (F2)")
                             .arg(SafeText::oneLine(feed.config.url.toDisplayString()));
        Q_EMIT feedChanged(feed.config.id);
        return;
    }
    feed.lastError.clear(); // a URL problem said before (now fixed) is not this attempt's
    const QString id = feed.config.id;
    feed.client = std::make_unique<SseClient>();
    SseClient *client = feed.client.get();
    applyClientConfig(feed);
    if (!client->setLastEventId(feed.previousId)) {
        // A saved id with a line break (a settings file edited by hand) would split the header.
        qCWarning(lcSse) << "feed" << feed.config.name << "saved last event id refused; starting without it";
        feed.lastError = tr("the saved last event id had a line break and was not sent; the server may send "
                            "events again or skip some");
        feed.previousId.clear();
    }
    connect(client, &SseClient::eventReceived, this,
        [this, id](
            const QString &type, const QString &data, const QString &eventId) { onEvent(id, type, data, eventId); });
    connect(client, &SseClient::commentReceived, this, [this, id] { markDirty(id); });
    connect(client, &SseClient::stateChanged, this, [this, id] { Q_EMIT feedChanged(id); });
    connect(client, &SseClient::errorOccurred, this, [this, id] { Q_EMIT feedChanged(id); });
    client->start();
}

void FeedHub::stopFeed(Feed &feed)
{
    if (!feed.client)
        return;
    // The client's counters continue in the feed, so a disabled feed keeps its figures.
    std::unique_ptr<SseClient> client = std::move(feed.client);
    client->disconnect(this);
    feed.events += client->eventsReceived();
    feed.bytes += client->bytesReceived();
    feed.reconnects += client->reconnects();
    if (!client->lastError().isEmpty())
        feed.lastError = client->lastError();
    client->close();
    // Deleted later: stopFeed() may run inside one of the client's own signals. Parented, so it
    // goes with the hub at the latest.
    SseClient *old = client.release();
    old->setParent(this);
    old->deleteLater();
}

void FeedHub::onEvent(const QString &feedId, const QString &type, const QString &data, const QString &id)
{
    Feed *feed = find(feedId);
    if (!feed)
        return;
    markDirty(feedId);
    // A server resuming from the Last-Event-ID rather than after it sends that event again
    // first: it was delivered already (the id sent is that of an event received, or stored).
    const bool resent = feed->client && feed->client->eventResendsLastEventId();
    // Consecutive events may share an id (inherited, or a timestamp), so only a change of id
    // marks a new one.
    const bool ownId = id != feed->previousId || resent;
    feed->previousId = id;
    const size_t key = ownId && !id.isEmpty() ? Feed::eventKey(id, type, data) : 0;
    if (resent || (key != 0 && feed->recentEvents.contains(key))) {
        ++feed->duplicates;
        qCDebug(lcSse) << "feed" << feed->config.name << "dropped re-delivered id" << id;
        return;
    }
    if (key != 0)
        feed->remember(key);
    m_frames.append({feedId, feed->config.name, type, data, id, QDateTime::currentDateTimeUtc()});
    // A burst must not grow without bound between ticks; but one batch at a time, and none
    // while a failed store is being given a pause.
    if (m_frames.size() >= 5000 && m_inFlight == 0 && !isBackingOff())
        dispatch(false);
    else if (m_frames.size() > MaxRetainedFrames)
        dropRetainedFrames(); // the store has been failing for long: let the servers resend
}

void FeedHub::dropRetainedFrames()
{
    if (m_frames.isEmpty())
        return;
    QSet<QString> feedIds;
    for (const Frame &frame : std::as_const(m_frames))
        feedIds.insert(frame.feedId);
    qCWarning(lcSse) << "dropping" << m_frames.size()
                     << "feed events not stored; feeds resume from their last stored id";
    m_frames.clear();
    m_retryClock.invalidate();
    // Rewound to the last committed id: the servers send the dropped events again, and they are
    // applied to whichever store is current by then.
    for (const QString &id : std::as_const(feedIds)) {
        Feed *feed = find(id);
        if (!feed)
            continue;
        feed->previousId = feed->persistedId;
        feed->forgetRecent(); // the dropped events come again and must not look re-delivered
        if (feed->client) {
            stopFeed(*feed);
            startFeed(*feed);
        }
        markDirty(id);
    }
}

void FeedHub::markDirty(const QString &feedId)
{
    m_dirty.insert(feedId);
}

void FeedHub::onTick()
{
    // Feeds waiting to reconnect count down in their state text: refreshed once a second.
    if (!m_sinceCountdown.isValid() || m_sinceCountdown.elapsed() >= 1000) {
        m_sinceCountdown.start();
        for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it) {
            if (it.value()->client && it.value()->client->state() == SseClient::State::Reconnecting)
                m_dirty.insert(it.key());
        }
    }
    // One batch in flight at a time: the worker's results keep their order and a slow store
    // turns into bigger batches rather than a queue of small ones.
    if (!m_frames.isEmpty() && m_inFlight == 0 && !isBackingOff())
        dispatch(false);
    emitPending();
}

void FeedHub::dispatch(bool wait)
{
    if (m_frames.isEmpty())
        return;
    QList<Frame> frames = std::move(m_frames);
    m_frames.clear();
    FeedStoreWorker *worker = m_worker;
    if (wait) {
        BatchResult result;
        QMetaObject::invokeMethod(
            worker, [worker, &frames, &result] { result = worker->process(frames); }, Qt::BlockingQueuedConnection);
        onBatchDone(result);
        return;
    }
    ++m_inFlight;
    QPointer<FeedHub> self(this);
    QMetaObject::invokeMethod(
        worker,
        [worker, self, frames = std::move(frames)] {
            BatchResult result = worker->process(frames);
            // The hub waits for this thread in its destructor, so `self` outlives the call;
            // posted to it, the result is dropped with it if it goes first.
            QMetaObject::invokeMethod(
                self.data(),
                [self, result = std::move(result)] {
                    if (self) {
                        --self->m_inFlight;
                        self->onBatchDone(result);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void FeedHub::flush()
{
    // Wait for a batch in flight, then send the rest. The worker runs tasks in order, so after a
    // blocking no-op every result is posted here. Bounded: a result that never comes must not
    // hang the destructor.
    for (int round = 0; m_inFlight > 0 && round < 100; ++round) {
        FeedStoreWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [] {}, Qt::BlockingQueuedConnection);
        QCoreApplication::sendPostedEvents(this, 0);
    }
    dispatch(true);
    m_sinceEmit.invalidate();
    emitPending();
}

void FeedHub::setSavedFeedsPaused(bool paused)
{
    if (paused == m_savedPaused)
        return;
    m_savedPaused = paused;
    for (const QString &id : std::as_const(m_order)) {
        Feed *feed = find(id);
        if (!feed || feed->sessionOnly)
            continue;
        if (paused)
            stopFeed(*feed);
        else if (feed->config.enabled)
            startFeed(*feed);
        Q_EMIT feedChanged(id);
    }
    if (paused)
        flush(); // what they received so far goes to the store it was meant for
}

void FeedHub::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    flush();
    // What the old store would not take must not go to the new one (sandbox tickets into the
    // production store, or the reverse): dropped, and asked for again from the last stored id.
    dropRetainedFrames();
    m_storePath = path;
    FeedStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, path] { worker->setPath(path); }, Qt::BlockingQueuedConnection);
}

void FeedHub::onBatchDone(const BatchResult &result)
{
    if (!result.error.isEmpty()) {
        // Nothing was applied and no last id moved: keep the frames, in order, ahead of what
        // arrived since, and try again after a pause (the store may be busy or not yet there).
        qCWarning(lcSse).noquote() << "feed batch not applied, retrying:" << result.error;
        m_frames = result.retry + m_frames;
        m_retryClock.start();
        Q_EMIT storeError(result.error);
        return;
    }
    m_retryClock.invalidate();
    for (auto it = result.lastIds.cbegin(); it != result.lastIds.cend(); ++it) {
        Feed *feed = find(it.key());
        if (!feed || it.value().isEmpty() || it.value() == feed->persistedId)
            continue;
        feed->persistedId = it.value();
        if (m_settings && !feed->sessionOnly)
            FeedConfig::setLastEventId(*m_settings, it.key(), it.value());
        markDirty(it.key());
    }
    for (auto it = result.applied.cbegin(); it != result.applied.cend(); ++it) {
        if (Feed *feed = find(it.key()))
            feed->applied += it.value();
    }
    for (auto it = result.duplicates.cbegin(); it != result.duplicates.cend(); ++it) {
        if (Feed *feed = find(it.key()))
            feed->duplicates += it.value();
    }
    m_pendingTickets.append(result.changed);
    m_pendingLog.append(result.log);
    emitPending();
}

void FeedHub::emitPending()
{
    if (m_sinceEmit.isValid() && m_sinceEmit.elapsed() < FlushIntervalMs)
        return; // the next tick sends them
    if (!m_pendingTickets.isEmpty()) {
        // A ticket changed by several batches is shown once, as it is now.
        QList<Ticket> tickets;
        QSet<QString> seen;
        for (auto it = m_pendingTickets.crbegin(); it != m_pendingTickets.crend(); ++it) {
            if (!seen.contains(it->sysId)) {
                seen.insert(it->sysId);
                tickets.prepend(*it);
            }
        }
        m_pendingTickets.clear();
        Q_EMIT ticketsChanged(tickets);
    }
    if (!m_pendingLog.isEmpty()) {
        const QList<LogEvent> log = std::move(m_pendingLog);
        m_pendingLog.clear();
        Q_EMIT logEvents(log);
    }
    const QSet<QString> dirty = std::move(m_dirty);
    m_dirty.clear();
    for (const QString &id : m_order) {
        if (dirty.contains(id))
            Q_EMIT feedChanged(id);
    }
    m_sinceEmit.start();
}

void FeedHub::save()
{
    if (!m_settings)
        return;
    QList<FeedConfig> saved;
    for (const QString &id : std::as_const(m_order)) {
        if (const Feed *feed = find(id); !feed->sessionOnly)
            saved.append(feed->config);
    }
    FeedConfig::save(*m_settings, saved);
}
