#pragma once

#include "clicommand.h"
#include "services/pendingentries.h"

// `streamdesk-cli pending`: a consumer group's pending entries (or one consumer's, or only those
// idle at least --min-idle), oldest first, with idle time, delivery count and the ticket each is
// about.
class PendingCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingCommand)

public:
    explicit PendingCommand(QObject *parent = nullptr);
    ~PendingCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    void print(const QList<PendingEntry> &entries, qint64 total);

    PendingEntriesQuery *m_query = nullptr;
    QString m_group;
    QString m_consumer;
    int m_minIdleMs = 0;
    bool m_json = false;
};
