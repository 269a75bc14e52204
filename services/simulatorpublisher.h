#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "services/redisconnection.h"
#include "services/ticketsimulator.h"

class RedisReply;

// Writes a TicketSimulator's entries to a stream with XADD: pipelined with a bounded window
// when no rate is set, or paced to `rate` entries per second (the sandbox's gentle feed).
// An entry counts as published once the server has answered its XADD.
class SimulatorPublisher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorPublisher)

public:
    SimulatorPublisher(RedisConnection *connection, const QString &stream, const TicketSimulator::Options &options,
        QObject *parent = nullptr);
    ~SimulatorPublisher() override;

    void setRate(double entriesPerSecond); // 0 = as fast as possible; may change while running
    void setLoop(bool loop); // sandbox: when a run is done, start seed + 1, forever
    void setWindow(int entries); // XADDs in flight at most (default 2000)
    // Starts, or resumes after stop() or failed(). After finished() it starts the same run again.
    void start();
    // Sends nothing more; replies to what is in flight still count. No signal follows.
    void stop();

    // The current run's simulator; in loop mode each run replaces it (do not keep the reference).
    [[nodiscard]] const TicketSimulator &simulator() const { return *m_simulator; }
    [[nodiscard]] int published() const { return m_published; } // in the current run
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int inFlight() const { return m_inFlight; } // XADDs sent and not yet answered
    [[nodiscard]] double rate() const { return m_rate; }
    [[nodiscard]] int runs() const { return m_runs; } // completed runs (loop mode counts them)

Q_SIGNALS:
    void progress(int published, int total);
    // The last entry of a run is acknowledged (never emitted in loop mode).
    void finished();
    // An XADD failed or the connection was lost; publishing stops.
    void failed(const QString &reason);

private:
    void sendDue();
    void sendOne();
    void onReply(const RedisReply &reply);
    void onStateChanged(RedisConnection::State state);
    void checkDone();
    void restartPacing();
    void fail(const QString &reason);
    void emitProgress(bool force);

    QPointer<RedisConnection> m_connection;
    QByteArray m_stream;
    TicketSimulator::Options m_options;
    std::unique_ptr<TicketSimulator> m_simulator;
    double m_rate = 0;
    bool m_loop = false;
    bool m_running = false;
    bool m_done = false; // the current run finished
    int m_window = 2000;
    int m_inFlight = 0;
    int m_published = 0;
    int m_runs = 0;
    QTimer m_pacer;
    QElapsedTimer m_paceClock; // since pacing (re)started, so the rate never drifts
    int m_sentAtPaceStart = 0;
    QElapsedTimer m_progressClock;
    int m_lastProgress = -1;
};
