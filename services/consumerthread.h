#pragma once

#include <atomic>
#include <limits>

#include <QObject>
#include <QPointer>
#include <QThread>

#include "services/streamconsumer.h"

// Runs a StreamConsumer on its own thread, so Redis I/O, decoding and store writes never touch
// the GUI thread. Calls go in as queued invocations; updates come out as queued signals, already
// batched by the consumer (at most one every Config::updateIntervalMs).
class ConsumerThread final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumerThread)

public:
    explicit ConsumerThread(QObject *parent = nullptr);
    ~ConsumerThread() override;

    // Replaces the consumer (the old one is stopped and deleted on its thread). Switching
    // between observe and process at runtime is a reconfigure.
    void configure(const StreamConsumer::Config &config);
    void start();
    void stop();
    // Retires the consumer without a replacement (the window lost its connection).
    void clear();

    [[nodiscard]] bool isConfigured() const { return m_consumer != nullptr; }
    [[nodiscard]] StreamConsumer::Config config() const { return m_config; }
    [[nodiscard]] StreamConsumer::State state() const { return m_state; }
    [[nodiscard]] QString stateText() const { return m_stateText; }
    // Linux: the worker thread's nice value, 5 above its creator's so the GUI thread goes first
    // on a busy machine; threads it starts (the store writer) inherit it. Unset: INT_MIN.
    [[nodiscard]] int workerNice() const { return m_workerNice; }

Q_SIGNALS:
    void stateChanged(StreamConsumer::State state, const QString &text);
    void updated(const StreamConsumer::Update &update);
    void stopped();
    void notice(const QString &text); // StreamConsumer::notice()

private:
    void onState(StreamConsumer::State state, const QString &text);
    void retire();

    std::atomic<int> m_workerNice {std::numeric_limits<int>::min()};
    QThread m_thread;
    QPointer<StreamConsumer> m_consumer;
    quint64 m_generation = 0; // bumped when a consumer is created or retired
    StreamConsumer::Config m_config;
    StreamConsumer::State m_state = StreamConsumer::State::Idle;
    QString m_stateText;
};
