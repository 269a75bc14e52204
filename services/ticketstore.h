#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "services/ticket.h"
#include "services/ticketevent.h"

class WalCheckpointer;

// The durable local ticket store: SQLite in WAL mode through QtSql. One row per ticket
// (sys_id) with its fields, the record JSON, the last applied event and its bounded change
// history. Applying is idempotent and ordered (docs/event-format.md, "Applying").
//
// Not a QObject and not thread-safe: each thread opens its own TicketStore on the same file
// (QSqlDatabase connections are per thread). The consumer's worker thread writes; the GUI
// thread reads.
class TicketStore final {
    Q_DECLARE_TR_FUNCTIONS(TicketStore)

public:
    enum class Outcome { Applied, Duplicate, Stale };

    struct BatchResult {
        bool ok = false;
        QString error; // when !ok: the transaction was rolled back, nothing applied
        int applied = 0;
        int duplicates = 0;
        int stale = 0;
        QList<Outcome> outcomes; // one per input event
        QList<Ticket> changed; // tickets as they are after the commit (applied ones; if asked)
    };

    struct Filter {
        QString type; // empty = all
        QString state; // empty = all
    };

    TicketStore();
    ~TicketStore();
    TicketStore(const TicketStore &) = delete;
    TicketStore &operator=(const TicketStore &) = delete;

    // The default file: <AppDataLocation>/tickets.sqlite.
    [[nodiscard]] static QString defaultPath();

    // ReadOnly (exports): never creates, converts or checkpoints the file, and reads a store
    // whose file this user may not write. apply() and setMeta() then fail.
    // Writer: ReadWrite that refuses a file this user cannot write (SQLite would open it
    // read-only without a word, and the first batch would fail after entries were read). The
    // GUI's own read connections open ReadWrite and may read such a file.
    enum class OpenMode { ReadWrite, ReadOnly, Writer };
    // An SQLite file with tables of its own is refused, never turned into a store.
    bool open(const QString &path, QString *error, OpenMode mode = OpenMode::ReadWrite);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }

    void setHistoryLimit(int perTicket) { m_historyLimit = perTicket; } // default 50

    // One transaction for the whole batch; commits before returning. BatchResult::changed is
    // filled only when asked: views need it, a headless processor does not.
    BatchResult apply(const QList<TicketEvent> &events, bool reportChanged = true);

    [[nodiscard]] std::optional<Ticket> ticket(const QString &sysId) const;
    [[nodiscard]] QList<Ticket> tickets(const Filter &filter = {}) const;
    [[nodiscard]] QList<TicketChange> history(const QString &sysId) const;
    [[nodiscard]] qint64 count() const;
    // The distinct values stored, for telling a user what a filter could have matched: types in
    // name order; states of one type (all types if empty), numeric codes in number order.
    [[nodiscard]] QStringList types() const;
    [[nodiscard]] QStringList states(const QString &type = {}) const;

    // Small key/value table for checkpoints (observe position, feed last-event-ids).
    bool setMeta(const QString &key, const QString &value);
    [[nodiscard]] QString meta(const QString &key) const;

private:
    struct Connection; // the QSqlDatabase handle and the prepared statements apply() reuses

    QString setUp(); // open()'s work; returns the error, empty on success
    QString prepareStatements(); // setUp()'s last step

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // writers only: created by the first apply()
    QString m_connectionName;
    QString m_path;
    int m_historyLimit = 50;
    bool m_readOnly = false;
    bool m_mustWrite = false; // OpenMode::Writer
    bool m_immutable = false; // read-only, and the file is read as it is (no -wal beside it)
    bool m_setUpHitReadOnlyFile = false; // setUp() failed on SQLITE_READONLY (an -shm it cannot make)
};
