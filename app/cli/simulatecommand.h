#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include "clicommand.h"
#include "clioptions.h"
#include "services/ticketsimulator.h"

class RedisConnection;
class SignalWatcher;
class SimulatorPublisher;

// `streamdesk-cli simulate --tickets N --events M [--stream KEY] [--rate R] [--seed S]
// [--malformed F] [--expect FILE]`: publishes deterministic ticket lifecycles to the change
// stream (TicketSimulator + SimulatorPublisher). Progress on stderr about every second; at the
// end --expect FILE gets the state every ticket must reach, and stdout a JSON summary.
// SIGINT/SIGTERM stop sending, wait for the replies in flight, write both for what was
// published, and exit with ExitFailure (the run is incomplete).
class SimulateCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulateCommand)

public:
    explicit SimulateCommand(QObject *parent = nullptr);
    ~SimulateCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    void onStateChanged();
    void onReady();
    void onFinished();
    void onFailed(const QString &reason);
    void onTick();
    void requestStop();
    void printProgress(bool final);
    void complete();
    void stop(int exitCode, const QString &error = {});

    CliOptions::Redis m_settings;
    TicketSimulator::Options m_options;
    QString m_stream;
    QString m_expectPath;
    double m_rate = 0;
    QPointer<RedisConnection> m_connection;
    SimulatorPublisher *m_publisher = nullptr;
    SignalWatcher *m_signals = nullptr;
    QTimer m_tick;
    QElapsedTimer m_runTime;
    QElapsedTimer m_sinceProgressLine;
    int m_publishedAtLastLine = 0;
    bool m_interrupted = false;
};
