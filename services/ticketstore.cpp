#include "services/ticketstore.h"

#include <algorithm>
#include <limits>

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

#include <sqlite3.h>

#include "services/compactjson.h"
#include "services/logging.h"
#include "services/sqlitestatement.h"
#include "services/streamentry.h"
#include "services/tickethistory.h"
#include "services/walcheckpointer.h"

using namespace Qt::StringLiterals;

// Applying rules (docs/event-format.md, "Applying"):
// - Duplicate: the event's source id equals the ticket's last_source_id, or is already in the
//   ticket's history (within the history limit). Nothing changes.
// - Stale: the event is older than the stored ticket: by sys_updated_on when both have one and
//   they differ, else by stream id when both ids are stream ids; otherwise it applies. Stale
//   events are counted and change no field, but enter the history in their place by event time
//   (with their own state and group), so a later delivery of them is a duplicate.
// - Applied: the event's non-empty fields override the stored ones (then the record's, for the
//   fields the event lacks); empty fields never erase, except assigned_to when the record names it
//   empty (unassigned, as after a reassignment). record_json is replaced by the event's
//   record when it has one: a record is a whole ServiceNow snapshot, so the newest one wins.
// - History: one change per applied event with the ticket's state and group after it, at most
//   the history limit per ticket, in the ticket's row (TicketHistory).
// - A deleted action keeps the ticket (last_action "deleted") and its history: the console shows
//   what happened; purging is a separate decision.
// - An event without sys_id cannot be keyed (the decoder dead-letters those); it counts as Stale.
//
// Cost: a batch is one transaction with one SELECT for the tickets it touches and one INSERT or
// UPDATE per touched ticket, however many events it has for each; each ticket's row (record and
// history included) is written once per batch. Reads and writes go through SQLite's C API on
// QtSql's connection (SqliteStatement).

struct TicketStore::Connection {
    // Declared first so it is destroyed last: statements must be finalised before the handle
    // closes, and the handle before QSqlDatabase::removeDatabase().
    QSqlDatabase db;
    sqlite3 *handle = nullptr; // db's, owned by the QSQLITE driver
    SqliteStatement begin;
    SqliteStatement commit;
    SqliteStatement rollback;
    SqliteStatement load;
    SqliteStatement loadRecord;
    SqliteStatement insert;
    SqliteStatement update;
    SqliteStatement updateKeepingRecord;

    explicit Connection(const QSqlDatabase &database)
        : db(database)
    {
    }

    void finalizeAll()
    {
        for (SqliteStatement *s :
            {&begin, &commit, &rollback, &load, &loadRecord, &insert, &update, &updateKeepingRecord})
            s->finalize();
    }

    [[nodiscard]] QString error() const { return QString::fromUtf8(sqlite3_errmsg(handle)).simplified(); }
};

namespace {

// 2: the history moved into the ticket's row (a JSON array), the history table and the indexes
// on columns every event rewrites (type/state, assignment group, number) are gone.
constexpr int kSchemaVersion = 2;
constexpr int kBusyTimeoutMs = 10000;

// Column order shared by every SELECT that builds a Ticket (see ticketFromRow).
constexpr char kSelectTickets[] = "SELECT sys_id, number, type, state, priority, impact, urgency, assignment_group,"
                                  " assigned_to, short_description, sys_created_on, sys_updated_on, record_json,"
                                  " last_source_id, last_action, last_event_time, applied_at FROM tickets";

const char *const kCreateSchema[] = {
    "CREATE TABLE IF NOT EXISTS tickets ("
    " sys_id TEXT PRIMARY KEY NOT NULL, number TEXT, type TEXT, state TEXT, priority TEXT,"
    " impact TEXT, urgency TEXT, assignment_group TEXT, assigned_to TEXT, short_description TEXT,"
    " sys_created_on TEXT, sys_updated_on TEXT, record_json BLOB,"
    " last_source_id TEXT, last_action TEXT,"
    " last_event_time INTEGER, applied_at INTEGER," // ms since the epoch, UTC
    " history TEXT)", // TicketHistory's JSON array
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
};

// From schema 1: the history column; migrateHistoryRows() fills it from the history table, then
// the table and the indexes go.
constexpr auto kAddHistoryColumn = "ALTER TABLE tickets ADD COLUMN history TEXT";
const char *const kDropSchema1[] = {
    "DROP TABLE history",
    "DROP INDEX IF EXISTS tickets_type_state",
    "DROP INDEX IF EXISTS tickets_assignment_group",
    "DROP INDEX IF EXISTS tickets_number",
};

// The write path's statements. Parameters of insert/update: ?1 sys_id ... ?17 applied_at in
// kSelectTickets order, ?18 history, ?19 rowid (update only).
constexpr auto kLoadSql = "SELECT sys_id, number, type, state, priority, impact, urgency, assignment_group,"
                          " assigned_to, short_description, sys_created_on, sys_updated_on, NULL, last_source_id,"
                          " last_action, last_event_time, applied_at, rowid, history FROM tickets"
                          " WHERE sys_id IN (SELECT value FROM json_each(?1))";
constexpr auto kInsertSql = "INSERT INTO tickets (sys_id, number, type, state, priority, impact, urgency,"
                            " assignment_group, assigned_to, short_description, sys_created_on, sys_updated_on,"
                            " record_json, last_source_id, last_action, last_event_time, applied_at, history)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
constexpr auto kUpdateSql = "UPDATE tickets SET number = ?2, type = ?3, state = ?4, priority = ?5, impact = ?6,"
                            " urgency = ?7, assignment_group = ?8, assigned_to = ?9, short_description = ?10,"
                            " sys_created_on = ?11, sys_updated_on = ?12, record_json = ?13, last_source_id = ?14,"
                            " last_action = ?15, last_event_time = ?16, applied_at = ?17, history = ?18"
                            " WHERE rowid = ?19";
// Events without a record (rare) keep the stored one.
constexpr auto kUpdateKeepingRecordSql =
    "UPDATE tickets SET number = ?2, type = ?3, state = ?4, priority = ?5, impact = ?6,"
    " urgency = ?7, assignment_group = ?8, assigned_to = ?9, short_description = ?10,"
    " sys_created_on = ?11, sys_updated_on = ?12, last_source_id = ?14,"
    " last_action = ?15, last_event_time = ?16, applied_at = ?17, history = ?18"
    " WHERE rowid = ?19";

QAtomicInteger<quint64> s_connectionSerial;

QString oneLine(const QSqlError &error)
{
    return error.text().simplified();
}

QDateTime timeFromVariant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// What the database will give back: millisecond precision, UTC.
QDateTime normalized(const QDateTime &time)
{
    return time.isValid() ? QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC) : QDateTime();
}

// Each ticket's schema-1 history rows, oldest first, become its history array. In C++ rather
// than with json_group_array(): SQLite does not promise that aggregate's order (before 3.44 it
// takes no ORDER BY).
bool migrateHistoryRows(const QSqlDatabase &db, QString *error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery update(db);
    if (!rows.exec(u"SELECT sys_id, source_id, action, state, assignment_group, event_time, applied_at"
                   " FROM history ORDER BY sys_id, id"_s)
        || !update.prepare(u"UPDATE tickets SET history = ? WHERE sys_id = ?"_s)) {
        *error = oneLine(rows.lastError().isValid() ? rows.lastError() : update.lastError());
        return false;
    }
    QString current;
    TicketHistory history;
    const auto flush = [&]() {
        if (current.isEmpty())
            return true;
        update.bindValue(0, QString::fromUtf8(history.toJson(std::numeric_limits<int>::max())));
        update.bindValue(1, current);
        if (update.exec())
            return true;
        *error = oneLine(update.lastError());
        return false;
    };
    while (rows.next()) {
        const QString sysId = rows.value(0).toString();
        if (sysId != current) {
            if (!flush())
                return false;
            current = sysId;
            history = TicketHistory();
        }
        history.append({rows.value(1).toString().toUtf8(), rows.value(2).toString(), rows.value(3).toString(),
            rows.value(4).toString(), timeFromVariant(rows.value(5)), timeFromVariant(rows.value(6))});
    }
    return flush();
}

// Columns 0-16 of a row in kSelectTickets order (kLoadSql has NULL for the record).
Ticket ticketFromRow(const SqliteStatement &q)
{
    Ticket t;
    t.sysId = q.text(0);
    t.number = q.text(1);
    t.type = q.text(2);
    t.state = q.text(3);
    t.priority = q.text(4);
    t.impact = q.text(5);
    t.urgency = q.text(6);
    t.assignmentGroup = q.text(7);
    t.assignedTo = q.text(8);
    t.shortDescription = q.text(9);
    t.sysCreatedOn = q.text(10);
    t.sysUpdatedOn = q.text(11);
    t.recordJson = q.bytes(12);
    t.lastSourceId = q.bytes(13);
    t.lastAction = q.text(14);
    t.lastEventTime = q.time(15);
    t.appliedAt = q.time(16);
    return t;
}

void bindTicket(SqliteStatement &q, const Ticket &t, bool withRecord)
{
    q.bind(1, t.sysId);
    q.bind(2, t.number);
    q.bind(3, t.type);
    q.bind(4, t.state);
    q.bind(5, t.priority);
    q.bind(6, t.impact);
    q.bind(7, t.urgency);
    q.bind(8, t.assignmentGroup);
    q.bind(9, t.assignedTo);
    q.bind(10, t.shortDescription);
    q.bind(11, t.sysCreatedOn);
    q.bind(12, t.sysUpdatedOn);
    if (withRecord)
        q.bindBlob(13, t.recordJson);
    q.bindUtf8(14, t.lastSourceId);
    q.bind(15, t.lastAction);
    q.bindTime(16, t.lastEventTime);
    q.bindTime(17, t.appliedAt);
}

// ["a","b"] for json_each(?).
QByteArray jsonArray(const QStringList &values)
{
    QByteArray out("[");
    for (const QString &value : values) {
        if (out.size() > 1)
            out.append(',');
        CompactJson::writeString(out, value);
    }
    out.append(']');
    return out;
}

// The event's own field, else its record's.
const QString &eventField(const QString &own, const QString &fromRecord)
{
    return own.isEmpty() ? fromRecord : own;
}

void assignIfSet(QString &target, const QString &value)
{
    if (!value.isEmpty())
        target = value;
}

// The entry's timestamp, else the time Redis gave the stream id.
QDateTime eventTime(const TicketEvent &event)
{
    if (event.timestamp.isValid())
        return normalized(event.timestamp);
    const StreamId::Parts id = StreamId::parse(event.sourceId);
    return id.valid ? QDateTime::fromMSecsSinceEpoch(qint64(id.ms), Qt::UTC) : QDateTime();
}

// The ticket's last applied event, delivered again: as TicketHistory::contains() tells.
bool isLastApplied(const TicketChange &change, const Ticket &stored)
{
    if (change.sourceId.isEmpty() || change.sourceId != stored.lastSourceId || change.eventTime != stored.lastEventTime)
        return false;
    return change.eventTime.isValid()
        || TicketHistory::sameContent(
            change, {stored.lastSourceId, stored.lastAction, stored.state, stored.assignmentGroup, {}, {}});
}

bool isOlder(const QString &eventUpdatedOn, const QByteArray &eventId, const Ticket &stored)
{
    // "yyyy-MM-dd HH:mm:ss" sorts as text.
    if (!eventUpdatedOn.isEmpty() && !stored.sysUpdatedOn.isEmpty() && eventUpdatedOn != stored.sysUpdatedOn)
        return eventUpdatedOn < stored.sysUpdatedOn;
    if (StreamId::parse(eventId).valid && StreamId::parse(stored.lastSourceId).valid)
        return StreamId::compare(eventId, stored.lastSourceId) < 0;
    return false; // nothing to order by (e.g. SSE ids): apply
}

void merge(Ticket &t, const TicketEvent &e, const QString &updatedOn, const QDateTime &time, const QDateTime &appliedAt)
{
    const RecordFields &r = e.record;
    t.sysId = e.sysId;
    assignIfSet(t.number, eventField(e.number, r.number));
    assignIfSet(t.type, e.type);
    assignIfSet(t.state, eventField(e.state, r.state));
    assignIfSet(t.priority, eventField(e.priority, r.priority));
    assignIfSet(t.shortDescription, eventField(e.shortDescription, r.shortDescription));
    assignIfSet(t.sysUpdatedOn, updatedOn);
    if (!e.assignmentGroup.isEmpty())
        t.assignmentGroup = e.assignmentGroup;
    if (r.present) {
        if (e.assignmentGroup.isEmpty())
            assignIfSet(t.assignmentGroup, r.assignmentGroup);
        assignIfSet(t.impact, r.impact);
        assignIfSet(t.urgency, r.urgency);
        if (r.hasAssignedTo) // a reassignment empties it: the new group has not picked anyone yet
            t.assignedTo = r.assignedTo;
        assignIfSet(t.sysCreatedOn, r.sysCreatedOn);
    }
    t.lastSourceId = e.sourceId;
    t.lastAction = e.action;
    t.lastEventTime = time;
    t.appliedAt = appliedAt;
}

} // namespace

TicketStore::TicketStore() = default;

TicketStore::~TicketStore()
{
    close();
}

QString TicketStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + "/tickets.sqlite"_L1;
}

bool TicketStore::open(const QString &path, QString *error, OpenMode mode)
{
    close();
    m_path = path;
    m_readOnly = mode == OpenMode::ReadOnly;
    m_mustWrite = mode == OpenMode::Writer;
    m_immutable = false;
    // Every QSqlDatabase and QSqlQuery copy made here is gone when setUp() returns, so close()
    // can remove the connection cleanly on failure.
    QString message = setUp();
    if (m_setUpHitReadOnlyFile && m_readOnly && !QFileInfo::exists(path + u"-wal"_s)) {
        // A reader of a WAL database needs its -shm index, which SQLite cannot create where this
        // user may not write (another user's store): SQLITE_READONLY_DIRECTORY. Without a -wal
        // file every commit is in the file itself, so it can be read as it is.
        close();
        m_immutable = true;
        message = setUp();
    }
    if (message.isEmpty()) {
        qCDebug(lcStore) << "opened" << path << "as" << m_connectionName;
        return true;
    }
    qCWarning(lcStore).noquote() << message;
    if (error)
        *error = message;
    close();
    return false;
}

QString TicketStore::setUp()
{
    m_connectionName = u"streamdesk.ticketstore.%1"_s.arg(s_connectionSerial.fetchAndAddRelaxed(1));
    m_setUpHitReadOnlyFile = false;
    const QString &path = m_path;
    const bool inMemory = path == ":memory:"_L1;
    if (!inMemory && !m_readOnly)
        QDir().mkpath(QFileInfo(path).absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid())
        return tr("The SQLite driver (QSQLITE) is not available.");
    if (m_immutable) {
        db.setDatabaseName(u"file:"_s
            + QString::fromUtf8(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")) + u"?immutable=1"_s);
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs)
        + (m_readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString()) + (m_immutable ? u";QSQLITE_OPEN_URI"_s : QString()));
    if (!db.open()) {
        // SQLite says only "unable to open database file" for a directory this user cannot write.
        QString reason = oneLine(db.lastError());
        const QFileInfo dir(QFileInfo(path).absolutePath());
        if (!inMemory && !m_readOnly && !QFileInfo::exists(path)) {
            if (!dir.isDir())
                reason = tr("its directory %1 does not exist and could not be created").arg(dir.filePath());
            else if (!dir.isWritable())
                reason = tr("this user cannot create files in its directory %1").arg(dir.filePath());
        }
        return tr("Cannot open the ticket store %1: %2").arg(path, reason);
    }
    m_conn = std::make_unique<Connection>(db);
    // Debian's QSQLITE plugin links the system libsqlite3, the one this library links too, so
    // the handle is safe to use with the C API. A plugin with its own SQLite would not say
    // "sqlite3*" here, and its handle must not be touched.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return tr("The SQLite driver (QSQLITE) does not expose its connection handle.");
    m_conn->handle = *static_cast<sqlite3 *const *>(handle.constData());
    // SQLite opens a file this user may not write read-only without a word: a writer would
    // join the group and read entries before its first batch failed.
    if (m_mustWrite && !inMemory && sqlite3_db_readonly(m_conn->handle, "main") == 1)
        return tr("Cannot open the ticket store %1: this user cannot write the file").arg(path);

    QSqlQuery q(db);
    QString failure;
    const auto exec = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        failure = tr("Cannot prepare the ticket store %1: %2").arg(path, oneLine(q.lastError()));
        m_setUpHitReadOnlyFile = (q.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_READONLY;
        return false;
    };

    // The reader (GUI thread) and the writer (worker) are separate connections: each waits for
    // the other's locks instead of failing at once.
    if (!exec(u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs)))
        return failure;
    // Before anything changes the file (WAL mode rewrites its header): someone's own database,
    // given by mistake as --store, is not ours to add tables to.
    if (!exec(u"PRAGMA user_version"_s))
        return failure;
    const int onDisk = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    const auto newer = [&path](int version) {
        return tr("The ticket store %1 was written by a newer Streamdesk (schema %2).").arg(path).arg(version);
    };
    if (onDisk > kSchemaVersion)
        return newer(onDisk);
    if (onDisk == 0) {
        if (!exec(u"SELECT count(*) FROM sqlite_master WHERE name NOT IN ('tickets', 'meta')"
                  u" AND name NOT LIKE 'sqlite_%'"_s))
            return failure;
        const int foreign = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (foreign > 0)
            return tr(
                "Cannot open the ticket store %1: it is an SQLite database with tables of its own, not a ticket store.")
                .arg(path);
    }
    if (m_readOnly) {
        if (onDisk == 0)
            return tr("Cannot open the ticket store %1: the file holds no ticket store.").arg(path);
        if (onDisk < kSchemaVersion)
            return tr(
                "Cannot read the ticket store %1: it has schema %2, older than this Streamdesk's %3; open it once "
                "with the console or streamdesk-cli process to upgrade it.")
                .arg(path)
                .arg(onDisk)
                .arg(kSchemaVersion);
        return prepareStatements();
    }
    // SQLite's 4 KiB pages, measured against 16 KiB: 16 KiB made a 20,000-ticket file 16% smaller
    // and a backlog a few % faster, but each small live batch wrote four times the log (one page
    // per changed ticket), and the GUI's 5 ms timer p99 under 20,000 events/s went from 10.4-11.4
    // to 12.6-16.5 ms (bench/stream_ingest). The console's live case wins.
    // WAL: readers never block the writer and never see a half-applied batch.
    if (!exec(u"PRAGMA journal_mode = WAL"_s))
        return failure;
    const QString mode = q.next() ? q.value(0).toString().toLower() : QString();
    q.finish();
    if (mode != "wal"_L1 && !inMemory)
        return tr("Cannot switch the ticket store %1 to WAL mode (it reports \"%2\").").arg(path, mode);
    // synchronous=NORMAL in WAL: when COMMIT returns, the transaction is in the WAL file (at least
    // in the OS page cache); the WAL is fsynced at checkpoints. That survives the process dying at
    // any instant, which is our failure model: entries are acknowledged after the commit and a
    // killed process gets them re-delivered. Only an OS crash or power loss could lose the last
    // commits; FULL would pay an fsync per batch to cover that too.
    if (!exec(u"PRAGMA synchronous = NORMAL"_s))
        return failure;
    // Measured on 20,000 events with ~2 KB records over 5,000 tickets: the 2 MiB default cache
    // re-read ~3 pages per event from the OS, and checkpoints every 1,000 pages (4 MiB) spent
    // ~40% of the wall time in fdatasync. 64 MiB of cache (allocated as used) and a checkpoint
    // every ~40 MiB of WAL cut both; the WAL is truncated back to 64 MiB after a checkpoint.
    for (const auto *pragma :
        {"PRAGMA cache_size = -65536", "PRAGMA wal_autocheckpoint = 10000", "PRAGMA journal_size_limit = 67108864"}) {
        if (!exec(QString::fromLatin1(pragma)))
            return failure;
    }

    // Schema under the write lock, so two instances opening a new file do not race.
    if (!exec(u"BEGIN IMMEDIATE"_s) || !exec(u"PRAGMA user_version"_s))
        return failure;
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (version > kSchemaVersion) { // written since the check above, by a newer instance
        (void)q.exec(u"ROLLBACK"_s);
        return newer(version);
    }
    if (version < kSchemaVersion) {
        QList<const char *> steps(std::begin(kCreateSchema), std::end(kCreateSchema));
        QString migrationError;
        if (version == 1) {
            if (!q.exec(QString::fromLatin1(kAddHistoryColumn)) || !migrateHistoryRows(db, &migrationError)) {
                failure = tr("Cannot upgrade the ticket store %1: %2")
                              .arg(path, migrationError.isEmpty() ? oneLine(q.lastError()) : migrationError);
                (void)q.exec(u"ROLLBACK"_s);
                return failure;
            }
            steps = QList<const char *>(std::begin(kDropSchema1), std::end(kDropSchema1));
        }
        for (const char *sql : std::as_const(steps)) {
            if (!q.exec(QString::fromLatin1(sql))) {
                failure = tr("Cannot create the ticket store %1: %2").arg(path, oneLine(q.lastError()));
                (void)q.exec(u"ROLLBACK"_s);
                return failure;
            }
        }
        if (!exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion))) {
            (void)q.exec(u"ROLLBACK"_s);
            return failure;
        }
        if (version == 1)
            qCInfo(lcStore).noquote() << tr("ticket store %1 upgraded to schema %2").arg(path).arg(kSchemaVersion);
    }
    if (!exec(u"COMMIT"_s))
        return failure;
    q.finish();
    return prepareStatements();
}

QString TicketStore::prepareStatements()
{
    struct Statement {
        SqliteStatement *statement;
        const char *sql;
    };
    const Statement statements[] = {
        {&m_conn->begin, "BEGIN IMMEDIATE"}, // take the write lock now, not at the first write
        {&m_conn->commit, "COMMIT"},
        {&m_conn->rollback, "ROLLBACK"},
        {&m_conn->load, kLoadSql},
        {&m_conn->loadRecord, "SELECT record_json FROM tickets WHERE rowid = ?1"},
        {&m_conn->insert, kInsertSql},
        {&m_conn->update, kUpdateSql},
        {&m_conn->updateKeepingRecord, kUpdateKeepingRecordSql},
    };
    for (const Statement &s : statements) {
        if (!s.statement->prepare(m_conn->handle, s.sql))
            return tr("Cannot prepare the ticket store %1: %2").arg(m_path, m_conn->error());
    }
    return {};
}

void TicketStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_conn) {
        m_conn->finalizeAll();
        if (m_checkpointer)
            sqlite3_wal_hook(m_conn->handle, nullptr, nullptr);
        m_checkpointer.reset(); // its connection closes before ours, which checkpoints at close
        m_conn->db.close();
    }
    m_conn.reset(); // the last QSqlDatabase handle
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool TicketStore::isOpen() const
{
    return m_conn && m_conn->db.isOpen();
}

TicketStore::BatchResult TicketStore::apply(const QList<TicketEvent> &events, bool reportChanged)
{
    BatchResult result;
    if (!isOpen()) {
        result.error = tr("The ticket store is not open.");
        return result;
    }
    if (m_readOnly) {
        result.error = tr("The ticket store %1 is open read-only.").arg(m_path);
        return result;
    }
    if (events.isEmpty()) {
        result.ok = true;
        return result;
    }
    Connection &c = *m_conn;
    if (!m_checkpointer && m_path != ":memory:"_L1) {
        m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
        m_checkpointer->install(c.handle);
    }

    // A ticket of the batch: as stored (or new), then as the batch's events leave it.
    struct Slot {
        Ticket ticket;
        qint64 rowid = 0; // 0: not stored yet
        TicketHistory history;
        const TicketEvent *recordEvent = nullptr; // the event with the newest record, stored once at the end
        bool dirty = false;
    };
    QList<Slot> batch;
    QHash<QString, qsizetype> slotOf;
    batch.reserve(events.size());
    slotOf.reserve(events.size());

    const QDateTime appliedAt = normalized(QDateTime::currentDateTimeUtc());
    QString error;
    // Runs a statement that returns no rows; resets it either way.
    const auto run = [&c, &error](SqliteStatement &q) {
        const int rc = q.step();
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            error = c.error();
        q.reset();
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    };

    const auto body = [&]() {
        if (!run(c.begin))
            return false;

        QStringList ids;
        for (const TicketEvent &e : events) {
            if (e.sysId.isEmpty() || slotOf.contains(e.sysId))
                continue;
            slotOf.insert(e.sysId, batch.size());
            batch.append(Slot {});
            batch.last().ticket.sysId = e.sysId;
            ids.append(e.sysId);
        }
        c.load.bindUtf8(1, jsonArray(ids));
        int rc = SQLITE_ROW;
        while ((rc = c.load.step()) == SQLITE_ROW) {
            Ticket t = ticketFromRow(c.load);
            Slot &slot = batch[slotOf.value(t.sysId)];
            slot.rowid = c.load.integer(17);
            slot.history = TicketHistory(c.load.bytes(18));
            slot.ticket = std::move(t);
        }
        if (rc != SQLITE_DONE)
            error = c.error();
        c.load.reset();
        if (rc != SQLITE_DONE)
            return false;

        const int historyLimit = qMax(1, m_historyLimit); // the newest change backs duplicate detection
        result.outcomes.reserve(events.size());
        for (const TicketEvent &e : events) {
            if (e.sysId.isEmpty()) {
                qCWarning(lcStore) << "event" << e.sourceId << "has no sys_id; not applied";
                result.outcomes.append(Outcome::Stale);
                continue;
            }
            Slot &slot = batch[slotOf.value(e.sysId)];
            const bool known = slot.rowid != 0 || slot.dirty;
            // A re-delivery: the same id and the same event time (TicketHistory::contains). An
            // SSE backend whose ids are a counter reuses them after a restart, for new changes.
            const QDateTime time = eventTime(e);
            const TicketChange incoming {e.sourceId, e.action, eventField(e.state, e.record.state),
                eventField(e.assignmentGroup, e.record.assignmentGroup), time, {}};
            if (known && isLastApplied(incoming, slot.ticket)) {
                result.outcomes.append(Outcome::Duplicate);
                continue;
            }
            // A re-delivered event is a duplicate, whether it looks older or not.
            if (slot.history.contains(incoming)) {
                result.outcomes.append(Outcome::Duplicate);
                continue;
            }
            const QString &updatedOn = eventField(e.sysUpdatedOn, e.record.sysUpdatedOn);
            if (known && isOlder(updatedOn, e.sourceId, slot.ticket)) {
                // The ticket stays as it is; the change still happened, and belongs in its
                // history (after a crash, a claimed entry arrives after newer ones). Without an
                // id it could not be recognised when delivered again: left out.
                TicketChange stale = incoming;
                stale.appliedAt = appliedAt;
                if (!e.sourceId.isEmpty() && slot.history.insertByTime(stale, historyLimit))
                    slot.dirty = true;
                result.outcomes.append(Outcome::Stale);
                continue;
            }
            merge(slot.ticket, e, updatedOn, time, appliedAt);
            slot.history.append({e.sourceId, e.action, slot.ticket.state, slot.ticket.assignmentGroup,
                slot.ticket.lastEventTime, appliedAt});
            if (!e.recordJson.isEmpty())
                slot.recordEvent = &e;
            slot.dirty = true;
            result.outcomes.append(Outcome::Applied);
        }

        for (Slot &slot : batch) {
            if (!slot.dirty)
                continue;
            if (slot.recordEvent)
                slot.ticket.recordJson = slot.recordEvent->recordJson;
            const bool withRecord = slot.rowid == 0 || slot.recordEvent;
            SqliteStatement &q = slot.rowid == 0 ? c.insert : withRecord ? c.update : c.updateKeepingRecord;
            bindTicket(q, slot.ticket, withRecord);
            q.bindUtf8(18, slot.history.toJson(historyLimit));
            if (slot.rowid != 0)
                q.bind(19, slot.rowid);
            if (!run(q))
                return false;
            if (!withRecord && reportChanged) {
                // Rare (events without a record): `changed` carries the stored record.
                c.loadRecord.bind(1, slot.rowid);
                if (c.loadRecord.step() == SQLITE_ROW)
                    slot.ticket.recordJson = c.loadRecord.bytes(0);
                c.loadRecord.reset();
            }
        }
        return run(c.commit);
    };

    if (!body()) {
        // SQLite may have rolled back already (SQLITE_FULL, SQLITE_IOERR): ROLLBACK then fails
        // with "no transaction is active", which hid the cause.
        const QString cause = error;
        if (!sqlite3_get_autocommit(c.handle) && !run(c.rollback))
            qCDebug(lcStore) << "rollback:" << error;
        error = cause;
        qCWarning(lcStore) << "batch of" << events.size() << "events rolled back:" << error;
        BatchResult failed;
        failed.error =
            tr("Cannot apply %n event(s) to the ticket store %1: %2", nullptr, int(events.size())).arg(m_path, error);
        return failed;
    }

    for (const Outcome outcome : std::as_const(result.outcomes)) {
        switch (outcome) {
        case Outcome::Applied:
            ++result.applied;
            break;
        case Outcome::Duplicate:
            ++result.duplicates;
            break;
        case Outcome::Stale:
            ++result.stale;
            break;
        }
    }
    for (Slot &slot : batch) {
        if (slot.dirty && reportChanged)
            result.changed.append(std::move(slot.ticket));
    }
    result.ok = true;
    qCDebug(lcStore) << "batch of" << events.size() << "events: applied" << result.applied << "duplicates"
                     << result.duplicates << "stale" << result.stale;
    return result;
}

std::optional<Ticket> TicketStore::ticket(const QString &sysId) const
{
    if (!isOpen())
        return std::nullopt;
    SqliteStatement q;
    if (!q.prepare(m_conn->handle, QByteArray(QByteArray(kSelectTickets) + " WHERE sys_id = ?1").constData())) {
        qCWarning(lcStore) << "ticket lookup failed:" << m_conn->error();
        return std::nullopt;
    }
    q.bind(1, sysId);
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return ticketFromRow(q);
    if (rc != SQLITE_DONE)
        qCWarning(lcStore) << "ticket lookup failed:" << m_conn->error();
    return std::nullopt;
}

QList<Ticket> TicketStore::tickets(const Filter &filter) const
{
    QList<Ticket> list;
    if (!isOpen())
        return list;
    QByteArray sql(kSelectTickets);
    QList<const QString *> values;
    for (const auto &[column, value] : {std::pair {"type", &filter.type}, std::pair {"state", &filter.state}}) {
        if (value->isEmpty())
            continue;
        values.append(value);
        sql += (values.size() == 1 ? " WHERE " : " AND ") + QByteArray(column) + " = ?"
            + QByteArray::number(values.size());
    }
    SqliteStatement q;
    if (!q.prepare(m_conn->handle, sql.constData())) {
        qCWarning(lcStore) << "ticket list failed:" << m_conn->error();
        return list;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(int(i + 1), *values.at(i));
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        list.append(ticketFromRow(q));
    if (rc != SQLITE_DONE) {
        qCWarning(lcStore) << "ticket list failed:" << m_conn->error();
        return {};
    }
    // Sorted here rather than by SQLite: without an index on number (schema 2) its sorter would
    // carry every whole row, records included, through a temporary B-tree.
    std::sort(list.begin(), list.end(), [](const Ticket &a, const Ticket &b) {
        const int byNumber = QString::compare(a.number, b.number, Qt::CaseSensitive);
        return byNumber != 0 ? byNumber < 0 : a.sysId < b.sysId;
    });
    return list;
}

QList<TicketChange> TicketStore::history(const QString &sysId) const
{
    if (!isOpen())
        return {};
    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT history FROM tickets WHERE sys_id = ?"_s);
    q.bindValue(0, sysId);
    if (!q.exec()) {
        qCWarning(lcStore) << "history lookup failed:" << oneLine(q.lastError());
        return {};
    }
    return q.next() ? TicketHistory::parse(q.value(0).toByteArray()) : QList<TicketChange>();
}

qint64 TicketStore::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT COUNT(*) FROM tickets"_s) || !q.next()) {
        qCWarning(lcStore) << "count failed:" << oneLine(q.lastError());
        return 0;
    }
    return q.value(0).toLongLong();
}

QStringList TicketStore::types() const
{
    QStringList list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT type FROM tickets ORDER BY type"_s)) {
        qCWarning(lcStore) << "type list failed:" << oneLine(q.lastError());
        return list;
    }
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

QStringList TicketStore::states(const QString &type) const
{
    QStringList list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    q.prepare(type.isEmpty() ? u"SELECT DISTINCT state FROM tickets"_s
                             : u"SELECT DISTINCT state FROM tickets WHERE type = ?"_s);
    if (!type.isEmpty())
        q.bindValue(0, type);
    if (!q.exec()) {
        qCWarning(lcStore) << "state list failed:" << oneLine(q.lastError());
        return list;
    }
    while (q.next())
        list.append(q.value(0).toString());
    // "-5, 1, 2, 10" rather than "-5, 1, 10, 2"; codes that are not numbers after them.
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        bool aNumber = false;
        bool bNumber = false;
        const qlonglong x = a.toLongLong(&aNumber);
        const qlonglong y = b.toLongLong(&bNumber);
        if (aNumber != bNumber)
            return aNumber;
        return aNumber && x != y ? x < y : a < b;
    });
    return list;
}

bool TicketStore::setMeta(const QString &key, const QString &value)
{
    if (!isOpen() || m_readOnly)
        return false;
    QSqlQuery q(m_conn->db);
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot store meta" << key << ":" << oneLine(q.lastError());
        return false;
    }
    return true;
}

QString TicketStore::meta(const QString &key) const
{
    if (!isOpen())
        return {};
    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.bindValue(0, key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}
