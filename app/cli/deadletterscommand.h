#pragma once

#include <QElapsedTimer>

#include "clicommand.h"
#include "services/deadletterqueue.h"

// `streamdesk-cli dead-letters`: lists the dead-letter stream `<stream>:dlq`, or replays or
// deletes entries of it (given ids, or all of them, optionally of one reason code).
class DeadLettersCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLettersCommand)

public:
    explicit DeadLettersCommand(QObject *parent = nullptr);
    ~DeadLettersCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    void onReady();
    void printList(const QList<DeadLetter> &newestFirst, qint64 total);
    void printResult(const DeadLetterQueue::Result &result);

    DeadLetterQueue *m_queue = nullptr;
    bool m_json = false;
    int m_count = 20;
    QString m_reasonCode;
    // What to do once connected: list, or an operation on ids or on all.
    bool m_list = true;
    DeadLetterQueue::Operation m_operation = DeadLetterQueue::Operation::Replay;
    QList<QByteArray> m_ids;
    bool m_interrupted = false; // SIGINT/SIGTERM
    QElapsedTimer m_sinceProgress; // the last progress line
};
