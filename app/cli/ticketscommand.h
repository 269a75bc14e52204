#pragma once

#include "clicommand.h"
#include "services/ticketstore.h"

// `streamdesk-cli tickets`: exports the ticket store as JSON (keyed by sys_id, the fields of the
// simulator's --expect file) or CSV, optionally filtered by type and state.
class TicketsCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketsCommand)

public:
    explicit TicketsCommand(QObject *parent = nullptr);
    ~TicketsCommand() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    // A warning naming what the store holds, when a filter matched nothing.
    static void explainEmptyExport(const TicketStore &store, const TicketStore::Filter &filter);
};
