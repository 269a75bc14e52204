#include "services/consumerthread.h"

ConsumerThread::ConsumerThread(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("streamdesk-consumer"));
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
