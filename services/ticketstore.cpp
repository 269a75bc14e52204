#include "services/ticketstore.h"

#include <cmath>

#include <QAtomicInteger>
#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

#include "services/eventdecoder.h"
#include "services/logging.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

// Applying rules (docs/event-format.md, "Applying"):
// - Duplicate: the event's source id equals the ticket's last_source_id, or (sys_id, source_id)
//   is already in the ticket's history (within the history limit). Nothing changes.
// - Stale: the event is older than the stored ticket: by sys_updated_on when both have one and
//   they differ, else by stream id when both ids are stream ids; otherwise it applies. Stale
//   events are counted, not applied and not added to history.
// - Applied: the event's non-empty fields override the stored ones (then the record's, for the
//   fields the event lacks); empty fields never erase. record_json is replaced by the event's
//   record when it has one: a record is a whole ServiceNow snapshot, so the newest one wins.
// - History: one row per applied event with the ticket's state and group after it, newest first,
//   at most the history limit per ticket (older rows are deleted in the same transaction).
// - A deleted action keeps the ticket (last_action "deleted") and its history: the console shows
//   what happened; purging is a separate decision.
// - An event without sys_id cannot be keyed (the decoder dead-letters those); it counts as Stale.

struct TicketStore::Connection {
    // Declared first so it is destroyed last: queries must go before the handle, and the handle
    // before QSqlDatabase::removeDatabase().
    QSqlDatabase db;
    QSqlQuery begin;
    QSqlQuery commit;
    QSqlQuery rollback;
    QSqlQuery load;
    QSqlQuery loadRecord;
    QSqlQuery insertHistory;
    QSqlQuery findHistory;
    QSqlQuery upsert;
    QSqlQuery prune;

    explicit Connection(const QSqlDatabase &database)
        : db(database)
        , begin(database)
        , commit(database)
        , rollback(database)
        , load(database)
        , loadRecord(database)
        , insertHistory(database)
        , findHistory(database)
        , upsert(database)
        , prune(database)
    {
    }

    void finishAll()
    {
        for (QSqlQuery *q :
            {&begin, &commit, &rollback, &load, &loadRecord, &insertHistory, &findHistory, &upsert, &prune})
            q->finish();
    }
};

namespace {

constexpr int kSchemaVersion = 1;
constexpr int kBusyTimeoutMs = 10000;

// Column order shared by every SELECT that builds a Ticket (see ticketFromQuery).
constexpr auto kTicketColumns = "sys_id, number, type, state, priority, impact, urgency, assignment_group, "
                                "assigned_to, short_description, sys_created_on, sys_updated_on, record_json, "
                                "last_source_id, last_action, last_event_time, applied_at"_L1;
// The same without the record (NULL in its place): apply() rarely needs the stored one, and it
// is most of a row's bytes.
constexpr auto kTicketColumnsButRecord = "sys_id, number, type, state, priority, impact, urgency, assignment_group, "
                                         "assigned_to, short_description, sys_created_on, sys_updated_on, NULL, "
                                         "last_source_id, last_action, last_event_time, applied_at"_L1;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS tickets ("
    " sys_id TEXT PRIMARY KEY NOT NULL, number TEXT, type TEXT, state TEXT, priority TEXT,"
    " impact TEXT, urgency TEXT, assignment_group TEXT, assigned_to TEXT, short_description TEXT,"
    " sys_created_on TEXT, sys_updated_on TEXT, record_json BLOB,"
    " last_source_id TEXT, last_action TEXT,"
    " last_event_time INTEGER, applied_at INTEGER)", // ms since the epoch, UTC
    "CREATE INDEX IF NOT EXISTS tickets_type_state ON tickets (type, state)",
    "CREATE INDEX IF NOT EXISTS tickets_assignment_group ON tickets (assignment_group)",
    "CREATE INDEX IF NOT EXISTS tickets_number ON tickets (number)",
    // Deferred: apply() writes a new ticket's history row before the ticket row, in one transaction.
    // A NULL source_id (event without id) never collides in UNIQUE, so it is never a duplicate.
    "CREATE TABLE IF NOT EXISTS history ("
    " id INTEGER PRIMARY KEY,"
    " sys_id TEXT NOT NULL REFERENCES tickets (sys_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " source_id TEXT, action TEXT, state TEXT, assignment_group TEXT,"
    " event_time INTEGER, applied_at INTEGER,"
    " UNIQUE (sys_id, source_id))",
    "CREATE INDEX IF NOT EXISTS history_ticket ON history (sys_id, id)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
};

QAtomicInteger<quint64> s_connectionSerial;

QString oneLine(const QSqlError &error)
{
    return error.text().simplified();
}

QVariant timeToVariant(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
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

QVariant idToVariant(const QByteArray &id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(id));
}

Ticket ticketFromQuery(const QSqlQuery &q)
{
    Ticket t;
    t.sysId = q.value(0).toString();
    t.number = q.value(1).toString();
    t.type = q.value(2).toString();
    t.state = q.value(3).toString();
    t.priority = q.value(4).toString();
    t.impact = q.value(5).toString();
    t.urgency = q.value(6).toString();
    t.assignmentGroup = q.value(7).toString();
    t.assignedTo = q.value(8).toString();
    t.shortDescription = q.value(9).toString();
    t.sysCreatedOn = q.value(10).toString();
    t.sysUpdatedOn = q.value(11).toString();
    t.recordJson = q.value(12).toByteArray();
    t.lastSourceId = q.value(13).toString().toUtf8();
    t.lastAction = q.value(14).toString();
    t.lastEventTime = timeFromVariant(q.value(15));
    t.appliedAt = timeFromVariant(q.value(16));
    return t;
}

void bindTicket(QSqlQuery &q, const Ticket &t)
{
    q.bindValue(0, t.sysId);
    q.bindValue(1, t.number);
    q.bindValue(2, t.type);
    q.bindValue(3, t.state);
    q.bindValue(4, t.priority);
    q.bindValue(5, t.impact);
    q.bindValue(6, t.urgency);
    q.bindValue(7, t.assignmentGroup);
    q.bindValue(8, t.assignedTo);
    q.bindValue(9, t.shortDescription);
    q.bindValue(10, t.sysCreatedOn);
    q.bindValue(11, t.sysUpdatedOn);
    q.bindValue(12, t.recordJson);
    q.bindValue(13, idToVariant(t.lastSourceId));
    q.bindValue(14, t.lastAction);
    q.bindValue(15, timeToVariant(t.lastEventTime));
    q.bindValue(16, timeToVariant(t.appliedAt));
}

// Compact JSON, byte for byte what QJsonDocument::toJson(Compact) writes, in about half the
// instructions: Qt's writer appends byte by byte and was most of apply()'s cost (measured with
// callgrind on ~2 KB ServiceNow records). Strings are encoded straight into the output buffer.
namespace CompactJson {

void writeValue(QByteArray &out, const QJsonValue &value);

void writeString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2); // worst case: every unit escaped as \u00XX
    char *d = out.data() + start;
    *d++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    const auto put = [&d](char32_t c) { *d++ = static_cast<char>(c); };
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                put(c);
                continue;
            }
            put(u'\\');
            switch (c) {
            case u'"':
            case u'\\':
                put(c);
                break;
            case u'\b':
                put(u'b');
                break;
            case u'\f':
                put(u'f');
                break;
            case u'\n':
                put(u'n');
                break;
            case u'\r':
                put(u'r');
                break;
            case u'\t':
                put(u't');
                break;
            default:
                put(u'u');
                put(u'0');
                put(u'0');
                *d++ = Hex[c >> 4];
                *d++ = Hex[c & 0xf];
                break;
            }
        } else if (c < 0x800) {
            put(0xc0 | (c >> 6));
            put(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            put(0xf0 | (u >> 18));
            put(0x80 | ((u >> 12) & 0x3f));
            put(0x80 | ((u >> 6) & 0x3f));
            put(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate is not text: escaped, as Qt does, so it survives the round trip.
            put(u'\\');
            put(u'u');
            for (int shift = 12; shift >= 0; shift -= 4)
                *d++ = Hex[(c >> shift) & 0xf];
        } else {
            put(0xe0 | (c >> 12));
            put(0x80 | ((c >> 6) & 0x3f));
            put(0x80 | (c & 0x3f));
        }
    }
    *d++ = '"';
    out.truncate(d - out.constData());
}

void writeObject(QByteArray &out, const QJsonObject &object)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        writeString(out, it.key());
        out.append(':');
        writeValue(out, it.value());
    }
    out.append('}');
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        // As Qt's writer: numbers parsed as integers stay exact, others print shortest.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger())
            out.append(QByteArray::number(number.toInteger()));
        else if (const double d = value.toDouble(); std::isfinite(d))
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            out.append("null");
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue &element : value.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            writeValue(out, element);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    }
}

QByteArray toJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(4096);
    writeObject(out, object);
    return out;
}

} // namespace CompactJson

// ["a","b"] as text, for json_each(?).
QString jsonArray(const QStringList &values)
{
    QByteArray out("[");
    for (const QString &value : values) {
        if (out.size() > 1)
            out.append(',');
        CompactJson::writeString(out, value);
    }
    out.append(']');
    return QString::fromUtf8(out);
}

// A {value, display_value} field as people read it; plain fields as they are.
QString displayOrValue(const QJsonValue &value)
{
    if (value.isObject()) {
        const QString display = value.toObject().value("display_value"_L1).toString();
        if (!display.isEmpty())
            return display;
    }
    return EventDecoder::fieldValue(value);
}

QString recordField(const TicketEvent &event, QLatin1StringView key)
{
    return event.record.isEmpty() ? QString() : EventDecoder::fieldValue(event.record.value(key));
}

// The event's own field, else the record's.
QString eventField(const QString &own, const TicketEvent &event, QLatin1StringView key)
{
    return own.isEmpty() ? recordField(event, key) : own;
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

bool isOlder(const QString &eventUpdatedOn, const QByteArray &eventId, const Ticket &stored)
{
    // "yyyy-MM-dd HH:mm:ss" sorts as text.
    if (!eventUpdatedOn.isEmpty() && !stored.sysUpdatedOn.isEmpty() && eventUpdatedOn != stored.sysUpdatedOn)
        return eventUpdatedOn < stored.sysUpdatedOn;
    if (StreamId::parse(eventId).valid && StreamId::parse(stored.lastSourceId).valid)
        return StreamId::compare(eventId, stored.lastSourceId) < 0;
    return false; // nothing to order by (e.g. SSE ids): apply
}

void merge(Ticket &t, const TicketEvent &e, const QString &updatedOn, const QDateTime &appliedAt)
{
    t.sysId = e.sysId;
    assignIfSet(t.number, eventField(e.number, e, "number"_L1));
    assignIfSet(t.type, e.type);
    assignIfSet(t.state, eventField(e.state, e, "state"_L1));
    assignIfSet(t.priority, eventField(e.priority, e, "priority"_L1));
    assignIfSet(t.shortDescription, eventField(e.shortDescription, e, "short_description"_L1));
    assignIfSet(t.sysUpdatedOn, updatedOn);
    if (!e.assignmentGroup.isEmpty())
        t.assignmentGroup = e.assignmentGroup;
    if (!e.record.isEmpty()) {
        if (e.assignmentGroup.isEmpty())
            assignIfSet(t.assignmentGroup, displayOrValue(e.record.value("assignment_group"_L1)));
        assignIfSet(t.impact, EventDecoder::fieldValue(e.record.value("impact"_L1)));
        assignIfSet(t.urgency, EventDecoder::fieldValue(e.record.value("urgency"_L1)));
        assignIfSet(t.assignedTo, displayOrValue(e.record.value("assigned_to"_L1)));
        assignIfSet(t.sysCreatedOn, EventDecoder::fieldValue(e.record.value("sys_created_on"_L1)));
    }
    t.lastSourceId = e.sourceId;
    t.lastAction = e.action;
    t.lastEventTime = eventTime(e);
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

bool TicketStore::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_connectionName = u"streamdesk.ticketstore.%1"_s.arg(s_connectionSerial.fetchAndAddRelaxed(1));
    // Every QSqlDatabase and QSqlQuery copy made here is gone when setUp() returns, so close()
    // can remove the connection cleanly on failure.
    const QString message = setUp();
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
    const QString &path = m_path;
    const bool inMemory = path == ":memory:"_L1;
    if (!inMemory)
        QDir().mkpath(QFileInfo(path).absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid())
        return tr("The SQLite driver (QSQLITE) is not available.");
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        return tr("Cannot open the ticket store %1: %2").arg(path, oneLine(db.lastError()));
    m_conn = std::make_unique<Connection>(db);

    QSqlQuery q(db);
    QString failure;
    const auto exec = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        failure = tr("Cannot prepare the ticket store %1: %2").arg(path, oneLine(q.lastError()));
        return false;
    };

    // The reader (GUI thread) and the writer (worker) are separate connections: each waits for
    // the other's locks instead of failing at once.
    if (!exec(u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs)))
        return failure;
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
    if (!exec(u"PRAGMA synchronous = NORMAL"_s) || !exec(u"PRAGMA foreign_keys = ON"_s))
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
    if (version > kSchemaVersion) {
        (void)q.exec(u"ROLLBACK"_s);
        return tr("The ticket store %1 was written by a newer Streamdesk (schema %2).").arg(path).arg(version);
    }
    if (version < kSchemaVersion) {
        for (const char *sql : kSchema) {
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
    }
    if (!exec(u"COMMIT"_s))
        return failure;
    q.finish();

    struct Statement {
        QSqlQuery *query;
        QString sql;
    };
    const QString upsertSql = "INSERT INTO tickets ("_L1 + kTicketColumns
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          " ON CONFLICT (sys_id) DO UPDATE SET number = excluded.number, type = excluded.type,"
          " state = excluded.state, priority = excluded.priority, impact = excluded.impact,"
          " urgency = excluded.urgency, assignment_group = excluded.assignment_group,"
          " assigned_to = excluded.assigned_to, short_description = excluded.short_description,"
          " sys_created_on = excluded.sys_created_on, sys_updated_on = excluded.sys_updated_on,"
          " record_json = COALESCE(excluded.record_json, record_json), last_source_id = excluded.last_source_id,"
          " last_action = excluded.last_action, last_event_time = excluded.last_event_time,"
          " applied_at = excluded.applied_at"_L1;
    const Statement statements[] = {
        {&m_conn->begin, u"BEGIN IMMEDIATE"_s}, // take the write lock now, not at the first write
        {&m_conn->commit, u"COMMIT"_s},
        {&m_conn->rollback, u"ROLLBACK"_s},
        // One query loads every ticket the batch touches (the ids as a JSON array).
        {&m_conn->load,
            "SELECT "_L1 + kTicketColumnsButRecord
                + " FROM tickets WHERE sys_id IN (SELECT value FROM json_each(?))"_L1},
        {&m_conn->loadRecord, u"SELECT record_json FROM tickets WHERE sys_id = ?"_s},
        // Doubles as the duplicate check: no row inserted means (sys_id, source_id) was seen.
        {&m_conn->insertHistory,
            u"INSERT INTO history (sys_id, source_id, action, state, assignment_group, event_time, applied_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sys_id, source_id) DO NOTHING"_s},
        {&m_conn->findHistory, u"SELECT 1 FROM history WHERE sys_id = ? AND source_id = ?"_s},
        {&m_conn->upsert, upsertSql},
        // For each ticket (a JSON array), its (limit + 1)-th newest row and all older ones; nothing
        // when it has fewer. One statement per batch: Qt's per-statement and per-bind costs
        // outweigh SQLite's own work here.
        {&m_conn->prune,
            u"WITH cut AS MATERIALIZED (SELECT j.value AS sys_id,"
            " (SELECT h.id FROM history AS h WHERE h.sys_id = j.value ORDER BY h.id DESC LIMIT 1 OFFSET ?) AS id"
            " FROM json_each(?) AS j)"
            " DELETE FROM history WHERE id IN (SELECT h.id FROM cut JOIN history AS h"
            " ON h.sys_id = cut.sys_id AND h.id <= cut.id WHERE cut.id IS NOT NULL)"_s},
    };
    for (const Statement &s : statements) {
        s.query->setForwardOnly(true);
        if (!s.query->prepare(s.sql))
            return tr("Cannot prepare the ticket store %1: %2").arg(path, oneLine(s.query->lastError()));
    }
    return {};
}

void TicketStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_conn) {
        m_conn->finishAll();
        m_conn->db.close();
    }
    m_conn.reset(); // queries, then the last QSqlDatabase handle
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool TicketStore::isOpen() const
{
    return m_conn && m_conn->db.isOpen();
}

TicketStore::BatchResult TicketStore::apply(const QList<TicketEvent> &events)
{
    BatchResult result;
    if (!isOpen()) {
        result.error = tr("The ticket store is not open.");
        return result;
    }
    if (events.isEmpty()) {
        result.ok = true;
        return result;
    }
    Connection &c = *m_conn;

    // A ticket of the batch: as stored (or new), then as the batch's events leave it.
    struct Slot {
        Ticket ticket;
        const TicketEvent *recordEvent = nullptr; // the event with the newest record, stored once at the end
        bool exists = false;
        bool dirty = false;
        bool recordChanged = false;
    };
    QList<Slot> batch;
    QHash<QString, qsizetype> slotOf;
    batch.reserve(events.size());
    slotOf.reserve(events.size());

    const QDateTime appliedAt = normalized(QDateTime::currentDateTimeUtc());
    const qint64 historyLimit = qMax(1, m_historyLimit); // the newest row backs duplicate detection
    QString error;
    const auto run = [&error](QSqlQuery &q) {
        if (q.exec())
            return true;
        error = oneLine(q.lastError());
        return false;
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
        c.load.bindValue(0, jsonArray(ids));
        if (!run(c.load))
            return false;
        while (c.load.next()) {
            Ticket t = ticketFromQuery(c.load);
            Slot &slot = batch[slotOf.value(t.sysId)];
            slot.ticket = std::move(t);
            slot.exists = true;
        }
        c.load.finish();

        result.outcomes.reserve(events.size());
        for (const TicketEvent &e : events) {
            if (e.sysId.isEmpty()) {
                qCWarning(lcStore) << "event" << e.sourceId << "has no sys_id; not applied";
                result.outcomes.append(Outcome::Stale);
                continue;
            }
            Slot &slot = batch[slotOf.value(e.sysId)];
            const bool known = slot.exists || slot.dirty;
            if (known && !e.sourceId.isEmpty() && e.sourceId == slot.ticket.lastSourceId) {
                result.outcomes.append(Outcome::Duplicate);
                continue;
            }
            const QString updatedOn = eventField(e.sysUpdatedOn, e, "sys_updated_on"_L1);
            if (known && isOlder(updatedOn, e.sourceId, slot.ticket)) {
                // A re-delivered old event is a duplicate, not news that arrived late.
                bool seen = false;
                if (!e.sourceId.isEmpty()) {
                    c.findHistory.bindValue(0, e.sysId);
                    c.findHistory.bindValue(1, QString::fromUtf8(e.sourceId));
                    if (!run(c.findHistory))
                        return false;
                    seen = c.findHistory.next();
                    c.findHistory.finish();
                }
                result.outcomes.append(seen ? Outcome::Duplicate : Outcome::Stale);
                continue;
            }

            Ticket merged = slot.ticket;
            merge(merged, e, updatedOn, appliedAt);
            c.insertHistory.bindValue(0, e.sysId);
            c.insertHistory.bindValue(1, idToVariant(e.sourceId));
            c.insertHistory.bindValue(2, e.action);
            c.insertHistory.bindValue(3, merged.state);
            c.insertHistory.bindValue(4, merged.assignmentGroup);
            c.insertHistory.bindValue(5, timeToVariant(merged.lastEventTime));
            c.insertHistory.bindValue(6, timeToVariant(appliedAt));
            if (!run(c.insertHistory))
                return false;
            if (c.insertHistory.numRowsAffected() == 0) {
                result.outcomes.append(Outcome::Duplicate);
                continue;
            }
            slot.ticket = std::move(merged);
            if (!e.record.isEmpty() || !e.recordJson.isEmpty()) {
                slot.recordEvent = &e;
                slot.recordChanged = true;
            }
            slot.dirty = true;
            result.outcomes.append(Outcome::Applied);
        }

        QStringList written;
        for (Slot &slot : batch) {
            if (!slot.dirty)
                continue;
            if (slot.recordChanged) {
                // The decoder's bytes as received; only events built in memory are serialised.
                const TicketEvent &e = *slot.recordEvent;
                slot.ticket.recordJson = e.recordJson.isEmpty() ? CompactJson::toJson(e.record) : e.recordJson;
            }
            bindTicket(c.upsert, slot.ticket);
            if (!slot.recordChanged)
                c.upsert.bindValue(12, QVariant(QMetaType::fromType<QByteArray>())); // NULL: keep the stored one
            if (!run(c.upsert))
                return false;
            if (slot.exists && !slot.recordChanged) {
                // Rare (events without a record): `changed` carries the stored record.
                c.loadRecord.bindValue(0, slot.ticket.sysId);
                if (!run(c.loadRecord))
                    return false;
                if (c.loadRecord.next())
                    slot.ticket.recordJson = c.loadRecord.value(0).toByteArray();
                c.loadRecord.finish();
            }
            written.append(slot.ticket.sysId);
        }
        c.prune.bindValue(0, historyLimit);
        c.prune.bindValue(1, jsonArray(written));
        if (!written.isEmpty() && !run(c.prune))
            return false;
        c.finishAll();
        return run(c.commit);
    };

    if (!body()) {
        c.finishAll();
        if (!c.rollback.exec())
            qCDebug(lcStore) << "rollback:" << oneLine(c.rollback.lastError());
        c.rollback.finish();
        qCWarning(lcStore) << "batch of" << events.size() << "events rolled back:" << error;
        BatchResult failed;
        failed.error = tr("Cannot apply %n event(s) to the ticket store: %1", nullptr, int(events.size())).arg(error);
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
        if (slot.dirty)
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
    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    q.prepare("SELECT "_L1 + kTicketColumns + " FROM tickets WHERE sys_id = ?"_L1);
    q.bindValue(0, sysId);
    if (!q.exec()) {
        qCWarning(lcStore) << "ticket lookup failed:" << oneLine(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return ticketFromQuery(q);
}

QList<Ticket> TicketStore::tickets(const Filter &filter) const
{
    QList<Ticket> list;
    if (!isOpen())
        return list;
    QString sql = "SELECT "_L1 + kTicketColumns + " FROM tickets"_L1;
    QStringList where;
    if (!filter.type.isEmpty())
        where.append(u"type = ?"_s);
    if (!filter.state.isEmpty())
        where.append(u"state = ?"_s);
    if (!where.isEmpty())
        sql += " WHERE "_L1 + where.join(" AND "_L1);
    sql += " ORDER BY number, sys_id"_L1;

    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    q.prepare(sql);
    int position = 0;
    if (!filter.type.isEmpty())
        q.bindValue(position++, filter.type);
    if (!filter.state.isEmpty())
        q.bindValue(position++, filter.state);
    if (!q.exec()) {
        qCWarning(lcStore) << "ticket list failed:" << oneLine(q.lastError());
        return list;
    }
    while (q.next())
        list.append(ticketFromQuery(q));
    return list;
}

QList<TicketChange> TicketStore::history(const QString &sysId) const
{
    QList<TicketChange> list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_conn->db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT source_id, action, state, assignment_group, event_time, applied_at FROM history"
              " WHERE sys_id = ? ORDER BY id DESC"_s);
    q.bindValue(0, sysId);
    if (!q.exec()) {
        qCWarning(lcStore) << "history lookup failed:" << oneLine(q.lastError());
        return list;
    }
    while (q.next()) {
        TicketChange change;
        change.sourceId = q.value(0).toString().toUtf8();
        change.action = q.value(1).toString();
        change.state = q.value(2).toString();
        change.assignmentGroup = q.value(3).toString();
        change.eventTime = timeFromVariant(q.value(4));
        change.appliedAt = timeFromVariant(q.value(5));
        list.append(change);
    }
    return list;
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

bool TicketStore::setMeta(const QString &key, const QString &value)
{
    if (!isOpen())
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
