#pragma once

#include <QCoreApplication>
#include <QString>

class TicketStore;

// Opening a ticket store (--store FILE) for a subcommand, with one plain line when it fails:
// "cannot open the ticket store FILE: file is not a database", not TicketStore's own message
// (which names the file again) followed by Qt's SQL driver text.
class CliStore final {
    Q_DECLARE_TR_FUNCTIONS(CliStore)

public:
    CliStore() = delete;

    // Opens path into store; on failure fills *error with the line above (translated, no prefix).
    static bool open(TicketStore &store, const QString &path, QString *error, bool readOnly = false);
};
