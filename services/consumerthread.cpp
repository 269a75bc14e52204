#include "services/consumerthread.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {
constexpr int WorkerNice = 5;
} // namespace

ConsumerThread::ConsumerThread(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("streamdesk-consumer"));
#ifdef Q_OS_LINUX
    // The window before the pipeline: on a busy machine (2 cores, the consumer, its store writer
    // and checkpointer, redis-server) the GUI thread waited for a core. A nice value is per
    // thread on Linux and inherited by the threads this one starts (the store's).
    connect(
        &m_thread, &QThread::started, &m_thread,
        [this] {
            const id_t self = id_t(gettid());
            setpriority(PRIO_PROCESS, self, std::min(getpriority(PRIO_PROCESS, self) + WorkerNice, 19));
            m_workerNice = getpriority(PRIO_PROCESS, self);
        },
        Qt::DirectConnection);
#endif
    m_thread.start();
}

ConsumerThread::~ConsumerThread()
{
    retire();
    m_thread.quit();
    m_thread.wait();
}

void ConsumerThread::retire()
{
    if (!m_consumer)
        return;
    StreamConsumer *old = m_consumer;
    m_consumer = nullptr;
    ++m_generation;
    old->disconnect(this);
    // Deleted on its own thread (deleteLater() is thread-safe, and deferred deletes are still
    // run when the thread finishes). Its destructor joins its store writer thread once the batch
    // under way commits, without acknowledging it: every entry not acknowledged is delivered
    // again (at-least-once).
    old->deleteLater();
}

void ConsumerThread::configure(const StreamConsumer::Config &config)
{
    retire();
    m_config = config;
    auto *consumer = new StreamConsumer(config);
    consumer->moveToThread(&m_thread);
    // Signals a retired consumer queued before disconnect() are still delivered: only the
    // current consumer's count (a generation, not the pointer, which a new one may reuse).
    const quint64 generation = ++m_generation;
    connect(consumer, &StreamConsumer::stateChanged, this,
        [this, generation](StreamConsumer::State state, const QString &text) {
            if (generation == m_generation)
                onState(state, text);
        });
    connect(consumer, &StreamConsumer::updated, this, [this, generation](const StreamConsumer::Update &update) {
        if (generation == m_generation)
            Q_EMIT updated(update);
    });
    connect(consumer, &StreamConsumer::stopped, this, [this, generation] {
        if (generation == m_generation)
            Q_EMIT stopped();
    });
    connect(consumer, &StreamConsumer::notice, this, [this, generation](const QString &text) {
        if (generation == m_generation)
            Q_EMIT notice(text);
    });
    m_consumer = consumer;
    onState(StreamConsumer::State::Idle, tr("stopped"));
}

void ConsumerThread::clear()
{
    if (!m_consumer)
        return;
    retire();
    onState(StreamConsumer::State::Idle, tr("stopped"));
}

void ConsumerThread::start()
{
    if (m_consumer)
        QMetaObject::invokeMethod(m_consumer, &StreamConsumer::start, Qt::QueuedConnection);
}

void ConsumerThread::stop()
{
    if (m_consumer)
        QMetaObject::invokeMethod(m_consumer, &StreamConsumer::stop, Qt::QueuedConnection);
}

void ConsumerThread::onState(StreamConsumer::State state, const QString &text)
{
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged(state, text);
}
