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
    old->disconnect(this);
    // Deleted on its own thread; the store's transaction for a batch is synchronous there, so a
    // batch is either committed or will be delivered again (at-least-once).
    QMetaObject::invokeMethod(old, &QObject::deleteLater, Qt::QueuedConnection);
}

void ConsumerThread::configure(const StreamConsumer::Config &config)
{
    retire();
    m_config = config;
    auto *consumer = new StreamConsumer(config);
    consumer->moveToThread(&m_thread);
    connect(consumer, &StreamConsumer::stateChanged, this, &ConsumerThread::onState);
    connect(consumer, &StreamConsumer::updated, this, &ConsumerThread::updated);
    connect(consumer, &StreamConsumer::stopped, this, &ConsumerThread::stopped);
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
