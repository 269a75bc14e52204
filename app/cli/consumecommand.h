#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include "clicommand.h"
#include "services/streamconsumer.h"

class SignalWatcher;

// `streamdesk-cli process` and `streamdesk-cli observe`: the stream consumer without a GUI, the
// processor a team can run as a service. Progress on stderr; on exit (idle timeout, SIGINT,
// SIGTERM: graceful) a JSON summary on stdout.
class ConsumeCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumeCommand)

public:
    explicit ConsumeCommand(StreamConsumer::Mode mode, QObject *parent = nullptr);
    ~ConsumeCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    void sayNewStore(); // m_newStoreNote, once
    void removeUnusedNewStore();
    void onProgress(const StreamConsumer::Counters &totals);
    void onStopped();
    // process: says what other consumers of the group still hold (a crashed one's entries wait
    // --claim-min-idle before anyone claims them), then finishRun().
    void sayOthersPending();
    void finishRun();
    void onTick();
    void requestStop();
    // rate: events per second; the final line gives the summary's figure.
    void printProgress(bool final, double rate);

    StreamConsumer::Mode m_mode;
    StreamConsumer *m_consumer = nullptr;
    SignalWatcher *m_signals = nullptr;
    QTimer m_tick;
    QElapsedTimer m_runTime;
    QElapsedTimer m_sinceLastEntry;
    QElapsedTimer m_sinceProgressLine;
    qint64 m_lastRead = 0;
    qint64 m_readAtLine = 0; // entries read when the last progress line was printed
    QString m_connectionProblem; // what was last said about the connection; empty: up
    QString m_newStoreNote; // said once the consumer runs: the store file (and directory) was created
    // A run that fails before its first batch (a wrong password, a refused group) takes back the
    // store it created: a mistyped --store left an empty file behind.
    QString m_newStorePath;
    QString m_newStoreDirectory; // empty unless created for it
    QString m_newStoreTop; // the highest of the directories created for it
    qint64 m_firstEntryMs = -1;
    qint64 m_firstBatchRead = 0;
    qint64 m_lastEntryMs = 0;
    int m_untilIdleMs = 0;
    bool m_stopping = false;
};
