#include "ui/pipelinecontroller.h"

#include <algorithm>
#include <utility>

#include <QSettings>

#include "models/ticketmodel.h"
#include "models/ticketupdatequeue.h"
#include "services/consumerthread.h"
#include "services/logging.h"
#include "services/statetable.h"
#include "services/ticketsnapshotloader.h"
#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

PipelineController::PipelineController(QObject *parent)
    : QObject(parent)
    , m_thread(new ConsumerThread(this))
    , m_model(new TicketModel(this))
    , m_queue(new TicketUpdateQueue(m_model, this))
    , m_loader(new TicketSnapshotLoader(this))
{
    connect(m_thread, &ConsumerThread::stateChanged, this, &PipelineController::stateChanged);
    connect(m_thread, &ConsumerThread::notice, this, &PipelineController::notice);
    connect(m_thread, &ConsumerThread::updated, this, [this](const StreamConsumer::Update &update) {
        // Rows first, so views reacting to updated() find the tickets they were told about
        // once the queue has drained (it applies in slices, on later event-loop turns).
        // While the store's snapshot loads, they wait: applied after it, in order, they leave
        // each row as new as the store, whichever side saw a change first.
        if (m_loadRequest != 0)
            m_heldRows += update.changed;
        else
            m_queue->enqueue(update.changed);
        Q_EMIT updated(update);
    });
    connect(m_loader, &TicketSnapshotLoader::loaded, this, &PipelineController::onSnapshot);
    QString error;
    if (!applyStateTable(&error))
        qCWarning(lcUi).noquote() << "state table:" << error;
}

bool PipelineController::applyStateTable(QString *error)
{
    StateTable table = StateTable::defaults();
    const QString file = QSettings().value(StateTableSetting).toString();
    const bool ok = file.isEmpty() || table.loadOverrides(file, error);
    m_model->setStateTable(ok ? table : StateTable::defaults());
    return ok;
}

void PipelineController::reattach()
{
    if (!m_attached)
        return;
    const bool wasRunning = isRunning();
    attachTarget(Target(m_target), wasRunning || m_mode == StreamConsumer::Mode::Observe);
}

PipelineController::~PipelineController() = default;

QString PipelineController::streamKey()
{
    return QSettings().value(StreamSetting, StreamConsumer::Config {}.stream).toString();
}

QString PipelineController::groupName()
{
    return QSettings().value(GroupSetting, StreamConsumer::Config {}.group).toString();
}

QString PipelineController::consumerName()
{
    const QString name = QSettings().value(ConsumerSetting).toString();
    return name.isEmpty() ? StreamConsumer::defaultConsumerName() : name;
}

qsizetype PipelineController::maxEntryBytes()
{
    return std::clamp<qsizetype>(
        QSettings().value(MaxEntryBytesSetting, StreamConsumer::Config {}.maxEntryBytes).toLongLong(), 1024,
        qsizetype(512) * 1024 * 1024);
}

StreamConsumer::Config PipelineController::config() const
{
    StreamConsumer::Config config;
    config.endpoint = m_target.endpoint;
    config.stream = streamKey();
    config.group = groupName();
    config.consumer = consumerName();
    config.mode = m_mode;
    config.storePath = m_target.storePath;
    const QSettings settings;
    config.maxEntryBytes = maxEntryBytes();
    config.claimMinIdleMs = std::clamp(settings.value(ClaimMinIdleSetting, config.claimMinIdleMs).toInt(), 0, 86400000);
    config.claimIntervalMs = std::clamp(config.claimMinIdleMs / 2, 200, 5000); // as the CLI's
    config.maxDeliveries = std::clamp(settings.value(MaxDeliveriesSetting, config.maxDeliveries).toInt(), 1, 1000000);
    // Observe tails (from "$" or what the target says); a new group in process mode starts
    // at the end as well unless Preferences say the whole stream, so joining never replays
    // history nobody asked for.
    config.startId = m_mode == StreamConsumer::Mode::Observe        ? m_target.observeFrom
        : settings.value(NewGroupStartSetting).toString() == "0"_L1 ? QByteArray("0")
                                                                    : QByteArray("$");
    return config;
}

void PipelineController::attach(const Target &target)
{
    // Observe runs on its own; process waits for start().
    attachTarget(target, m_mode == StreamConsumer::Mode::Observe);
}

void PipelineController::attachTarget(const Target &target, bool run)
{
    detach();
    m_queue->clear(); // also when nothing was attached: rows queued meanwhile are not this server's
    m_target = target;
    m_attached = true;
    loadTickets();
    reconfigure(run);
}

void PipelineController::detach()
{
    if (!m_attached)
        return;
    m_attached = false;
    m_thread->clear(); // the consumer is deleted on its thread; an uncommitted batch is redelivered
    m_store.reset();
    m_loadRequest = 0; // a snapshot still loading is the old server's
    m_heldRows.clear();
    m_queue->clear(); // rows still queued belong to the old server
    m_model->clear();
}

void PipelineController::setMode(StreamConsumer::Mode mode, bool keepRunning)
{
    if (mode == m_mode)
        return;
    const bool wasRunning = isRunning();
    m_mode = mode;
    if (m_attached)
        reconfigure(wasRunning && keepRunning);
}

void PipelineController::readWholeStream()
{
    if (!m_attached || m_mode != StreamConsumer::Mode::Observe)
        return;
    const QByteArray tail = std::exchange(m_target.observeFrom, QByteArrayLiteral("0"));
    reconfigure(true);
    m_target.observeFrom = tail;
    m_configuredWholeStream = true;
}

void PipelineController::start()
{
    if (!m_attached)
        return;
    if (!m_thread->isConfigured() || m_thread->state() == StreamConsumer::State::Failed || m_configuredWholeStream)
        reconfigure(true);
    else
        m_thread->start();
}

void PipelineController::stop()
{
    m_thread->stop();
}

bool PipelineController::isRunning() const
{
    const StreamConsumer::State state = m_thread->state();
    return m_attached && (state == StreamConsumer::State::Starting || state == StreamConsumer::State::Running);
}

StreamConsumer::State PipelineController::state() const
{
    return m_thread->state();
}

QString PipelineController::stateText() const
{
    return m_thread->stateText();
}

void PipelineController::reconfigure(bool run)
{
    m_configuredWholeStream = false;
    const StreamConsumer::Config c = config();
    m_thread->configure(c);
    Q_EMIT configChanged(c);
    if (run)
        m_thread->start();
}

void PipelineController::loadTickets()
{
    // The GUI thread's own connection to the store: the model starts from what earlier runs
    // stored, and the detail pane reads history from it.
    m_store = std::make_unique<TicketStore>();
    QString error;
    const QString path = m_target.storePath.isEmpty() ? TicketStore::defaultPath() : m_target.storePath;
    if (!m_store->open(path, &error)) {
        m_store.reset();
        qCWarning(lcUi).noquote() << "ticket store:" << error;
        Q_EMIT storeError(error);
        m_model->clear();
        return;
    }
    // The rows themselves are read on another thread: a large store took a second or more.
    m_model->clear();
    m_heldRows.clear();
    m_loadRequest = m_loader->load(path);
}

void PipelineController::onSnapshot(quint64 request, const QList<Ticket> &tickets, const QString &error)
{
    if (request != m_loadRequest || !m_attached)
        return; // superseded, or detached meanwhile
    m_loadRequest = 0;
    if (!error.isEmpty()) {
        qCWarning(lcUi).noquote() << "ticket store:" << error;
        Q_EMIT storeError(error);
    }
    m_model->reset(tickets);
    m_queue->enqueue(std::exchange(m_heldRows, {}));
    Q_EMIT ticketsLoaded(m_model->rowCount());
}
