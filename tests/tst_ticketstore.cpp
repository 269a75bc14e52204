#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

namespace {

// Small fluent builder: an incident update with a stream id, nothing else unless asked.
class EventBuilder {
public:
    EventBuilder(const QString &sysId, const QByteArray &sourceId)
    {
        m_event.sysId = sysId;
        m_event.sourceId = sourceId;
        m_event.type = u"incident"_s;
        m_event.rawType = m_event.type;
        m_event.action = u"updated"_s;
        m_event.rawAction = m_event.action;
    }
    EventBuilder &type(const QString &type)
    {
        m_event.type = type;
        m_event.rawType = type;
        return *this;
    }
    EventBuilder &action(const QString &action)
    {
        m_event.action = action;
        m_event.rawAction = action;
        return *this;
    }
    EventBuilder &number(const QString &number)
    {
        m_event.number = number;
        return *this;
    }
    EventBuilder &state(const QString &state)
    {
        m_event.state = state;
        return *this;
    }
    EventBuilder &priority(const QString &priority)
    {
        m_event.priority = priority;
        return *this;
    }
    EventBuilder &group(const QString &group)
    {
        m_event.assignmentGroup = group;
        return *this;
    }
    EventBuilder &description(const QString &text)
    {
        m_event.shortDescription = text;
        return *this;
    }
    // As the decoder does: the event's sys_updated_on comes from its record.
    EventBuilder &updatedOn(const QString &when)
    {
        m_event.sysUpdatedOn = when;
        m_record.insert(u"sys_updated_on"_s, when);
        m_event.setRecord(m_record);
        return *this;
    }
    EventBuilder &timestamp(const QDateTime &when)
    {
        m_event.timestamp = when;
        return *this;
    }
    EventBuilder &field(const QString &key, const QJsonValue &value)
    {
        m_record.insert(key, value);
        m_event.setRecord(m_record);
        return *this;
    }
    // Implicit, so a builder chain can stand where an event is expected.
    operator TicketEvent() const { return m_event; }

private:
    TicketEvent m_event;
    QJsonObject m_record;
};

QString sysIdFor(int n)
{
    return u"%1"_s.arg(n, 32, 16, QLatin1Char('0'));
}

QJsonObject displayed(const QString &value, const QString &display)
{
    return QJsonObject {{u"value"_s, value}, {u"display_value"_s, display}};
}

// Every field of a ticket, so QCOMPARE shows which one differs.
QStringList describe(const Ticket &t)
{
    return {
        u"sysId="_s + t.sysId,
        u"number="_s + t.number,
        u"type="_s + t.type,
        u"state="_s + t.state,
        u"priority="_s + t.priority,
        u"impact="_s + t.impact,
        u"urgency="_s + t.urgency,
        u"assignmentGroup="_s + t.assignmentGroup,
        u"assignedTo="_s + t.assignedTo,
        u"shortDescription="_s + t.shortDescription,
        u"sysCreatedOn="_s + t.sysCreatedOn,
        u"sysUpdatedOn="_s + t.sysUpdatedOn,
        u"recordJson="_s + QString::fromUtf8(t.recordJson),
        u"lastSourceId="_s + QString::fromUtf8(t.lastSourceId),
        u"lastAction="_s + t.lastAction,
        u"lastEventTime="_s + t.lastEventTime.toString(Qt::ISODateWithMs),
        u"appliedAt="_s + t.appliedAt.toString(Qt::ISODateWithMs),
    };
}

QStringList describe(const QList<TicketChange> &history)
{
    QStringList out;
    for (const TicketChange &c : history) {
        out.append(QString::fromUtf8(c.sourceId) + u' ' + c.action + u' ' + c.state + u' ' + c.assignmentGroup + u' '
            + c.eventTime.toString(Qt::ISODateWithMs) + u' ' + c.appliedAt.toString(Qt::ISODateWithMs));
    }
    return out;
}

QList<QByteArray> sourceIds(const QList<TicketChange> &history)
{
    QList<QByteArray> ids;
    for (const TicketChange &c : history)
        ids.append(c.sourceId);
    return ids;
}

// The whole observable content of a store: every ticket with its history.
QStringList snapshot(const TicketStore &store)
{
    QStringList out;
    for (const Ticket &t : store.tickets()) {
        out += describe(t);
        out += describe(store.history(t.sysId));
    }
    return out;
}

// A raw connection to the store's file, for what the API does not show (PRAGMAs, triggers).
class RawConnection {
public:
    explicit RawConnection(const QString &path)
        : m_name(u"tst_ticketstore.raw.%1"_s.arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    [[nodiscard]] bool isOpen() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_serial = 0;
    QString m_name;
    bool m_ok = false;
};

using Outcomes = QList<TicketStore::Outcome>;
constexpr auto Applied = TicketStore::Outcome::Applied;
constexpr auto Duplicate = TicketStore::Outcome::Duplicate;
constexpr auto Stale = TicketStore::Outcome::Stale;

} // namespace

class TstTicketStore final : public QObject {
    Q_OBJECT

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;

    // Opens a store on this test's file; fails the test when it cannot.
    bool openStore(TicketStore &store)
    {
        QString error;
        const bool ok = store.open(m_path, &error);
        if (!ok)
            qWarning() << "open failed:" << error;
        return ok;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"tst_ticketstore"_s);
    }

    void init()
    {
        // A QSqlQuery or QSqlDatabase left alive when a connection is removed is a leak.
        QTest::failOnWarning(QRegularExpression(u"still in use"_s));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"tickets.sqlite"_s);
    }

    void cleanup() { m_dir.reset(); }

    void defaultPathIsInAppData()
    {
        const QString path = TicketStore::defaultPath();
        QVERIFY(path.endsWith(u"/tickets.sqlite"_s));
        QCOMPARE(QFileInfo(path).absolutePath(),
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absolutePath());
        QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
    }

    void openAndClose()
    {
        const auto before = QSqlDatabase::connectionNames().size();
        TicketStore store;
        QVERIFY(!store.isOpen());
        QVERIFY(openStore(store));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), m_path);
        QCOMPARE(store.count(), 0);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1);
        store.close();
        QVERIFY(!store.isOpen());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before);

        const TicketStore::BatchResult result = store.apply({EventBuilder(sysIdFor(1), "1-0")});
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }

    void openFailsOnABadPath()
    {
        const auto before = QSqlDatabase::connectionNames().size();
        QFile blocker(m_dir->filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        TicketStore store;
        QString error;
        QVERIFY(!store.open(m_dir->filePath(u"file/tickets.sqlite"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.isOpen());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    }

    // An export opens the store read-only: it reads what is there, changes no byte of it and
    // refuses to apply. A file that is not a store is not made one.
    void readOnlyOpenWritesNothing()
    {
        {
            TicketStore store;
            QVERIFY(openStore(store));
            QVERIFY(store.apply({EventBuilder(sysIdFor(1), "1-0").number(u"INC0000001"_s).state(u"2"_s)}).ok);
        }
        const auto snapshot = [this] {
            QStringList files;
            for (const QFileInfo &f : QDir(m_dir->path()).entryInfoList(QDir::Files))
                files << f.fileName() + u' ' + QString::number(f.size()) + u' '
                        + QString::number(f.lastModified().toMSecsSinceEpoch());
            QFile db(m_path);
            return db.open(QIODevice::ReadOnly) ? std::pair {files, db.readAll()} : std::pair {files, QByteArray()};
        };
        const auto before = snapshot();
        QCOMPARE(before.first.size(), 1); // closed cleanly: no -wal, no -shm
        {
            TicketStore store;
            QString error;
            QVERIFY2(store.open(m_path, &error, TicketStore::OpenMode::ReadOnly), qPrintable(error));
            QCOMPARE(store.count(), 1);
            QCOMPARE(store.tickets().value(0).number, u"INC0000001"_s);
            const TicketStore::BatchResult refused = store.apply({EventBuilder(sysIdFor(2), "2-0")});
            QVERIFY(!refused.ok);
            QVERIFY2(refused.error.contains(u"read-only"_s), qPrintable(refused.error));
            QVERIFY(!store.setMeta(u"k"_s, u"v"_s));
        }
        const auto after = snapshot();
        QCOMPARE(after.second, before.second);
        QCOMPARE(after.first.first(), before.first.first()); // the same size and time
        // SQLite's shared-memory index and an empty log may appear beside it (any reader of a WAL
        // database makes them where it can); nothing is written to the log.
        for (const QString &f : after.first.mid(1))
            QVERIFY2(f.startsWith(u"tickets.sqlite-shm "_s) || f.startsWith(u"tickets.sqlite-wal 0 "_s), qPrintable(f));

        // A new path, or an SQLite file with other tables: nothing created, nothing converted.
        TicketStore store;
        QString error;
        const QString missing = m_dir->filePath(u"none/tickets.sqlite"_s);
        QVERIFY(!store.open(missing, &error, TicketStore::OpenMode::ReadOnly));
        QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));
        const QString other = m_dir->filePath(u"other.db"_s);
        {
            RawConnection raw(other);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(u"CREATE TABLE foo (a TEXT)"_s));
        }
        for (const auto mode : {TicketStore::OpenMode::ReadOnly, TicketStore::OpenMode::ReadWrite}) {
            QVERIFY(!store.open(other, &error, mode));
            QVERIFY2(error.contains(u"tables of its own"_s), qPrintable(error));
        }
        RawConnection raw(other);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1);
    }

    void walAndSchemaVersion()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        RawConnection raw(m_path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 2);
        // Schema 2: no index on columns every event rewrites, no history table (it is a column).
        QCOMPARE(
            raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_s).toInt(), 0);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'history'"_s).toInt(), 0);
    }

    void upgradesSchema1()
    {
        // A store written by the first release: history rows in their own table.
        {
            RawConnection raw(m_path);
            QVERIFY(raw.isOpen());
            for (const char *sql : {
                     "CREATE TABLE tickets (sys_id TEXT PRIMARY KEY NOT NULL, number TEXT, type TEXT, state TEXT,"
                     " priority TEXT, impact TEXT, urgency TEXT, assignment_group TEXT, assigned_to TEXT,"
                     " short_description TEXT, sys_created_on TEXT, sys_updated_on TEXT, record_json BLOB,"
                     " last_source_id TEXT, last_action TEXT, last_event_time INTEGER, applied_at INTEGER)",
                     "CREATE INDEX tickets_type_state ON tickets (type, state)",
                     "CREATE INDEX tickets_assignment_group ON tickets (assignment_group)",
                     "CREATE INDEX tickets_number ON tickets (number)",
                     "CREATE TABLE history (id INTEGER PRIMARY KEY, sys_id TEXT NOT NULL, source_id TEXT,"
                     " action TEXT, state TEXT, assignment_group TEXT, event_time INTEGER, applied_at INTEGER,"
                     " UNIQUE (sys_id, source_id))",
                     "CREATE INDEX history_ticket ON history (sys_id, id)",
                     "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
                     "INSERT INTO meta VALUES ('observe.position', '5-0')",
                     "PRAGMA user_version = 1",
                 }) {
                QVERIFY(raw.exec(QString::fromLatin1(sql)));
            }
            QVERIFY(raw.exec(u"INSERT INTO tickets (sys_id, number, type, state, last_source_id, last_action)"
                             " VALUES ('%1', 'INC0000001', 'incident', '2', '5-0', 'updated')"_s.arg(sysIdFor(1))));
            // Two tickets' rows interleaved, ids not in insertion order: each history follows its ids.
            QVERIFY(raw.exec(
                u"INSERT INTO tickets (sys_id, number, type, state) VALUES ('%1', 'INC0000002', 'incident', '3')"_s.arg(
                    sysIdFor(2))));
            QVERIFY(raw.exec(u"INSERT INTO history (id, sys_id, source_id, action, state, assignment_group, event_time,"
                             " applied_at) VALUES (7, '%1', '5-0', 'updated', '2', 'Service \"Desk\"', 5, 50),"
                             " (3, '%2', '2-0', 'created', '1', 'Rede', 2, 20),"
                             " (2, '%1', '4-0', 'created', '1', 'Rede', 4, 40),"
                             " (9, '%2', '3-0', 'updated', '3', 'Rede', 3, 30)"_s.arg(sysIdFor(1), sysIdFor(2))));
        }
        TicketStore store;
        QVERIFY(openStore(store));
        const QList<TicketChange> history = store.history(sysIdFor(1));
        QCOMPARE(sourceIds(history), (QList<QByteArray> {"5-0", "4-0"}));
        QCOMPARE(history.first().assignmentGroup, u"Service \"Desk\""_s);
        QCOMPARE(history.last().action, u"created"_s);
        QCOMPARE(history.last().eventTime, QDateTime::fromMSecsSinceEpoch(4, Qt::UTC));
        QCOMPARE(history.last().appliedAt, QDateTime::fromMSecsSinceEpoch(40, Qt::UTC));
        QCOMPARE(store.meta(u"observe.position"_s), u"5-0"_s);
        QCOMPARE(sourceIds(store.history(sysIdFor(2))), (QList<QByteArray> {"3-0", "2-0"}));
        {
            RawConnection raw(m_path);
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 2);
            QCOMPARE(
                raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_s).toInt(),
                0);
        }
        // The migrated history still recognises re-deliveries, and new changes follow it.
        const TicketStore::BatchResult replay = store.apply(
            {EventBuilder(sysIdFor(1), "4-0").state(u"1"_s), EventBuilder(sysIdFor(1), "6-0").state(u"3"_s)});
        QVERIFY2(replay.ok, qPrintable(replay.error));
        QCOMPARE(replay.outcomes, (Outcomes {Duplicate, Applied}));
        QCOMPARE(sourceIds(store.history(sysIdFor(1))), (QList<QByteArray> {"6-0", "5-0", "4-0"}));
        QCOMPARE(store.ticket(sysIdFor(1))->state, u"3"_s);
        // JSON as text: newer SQLite reads a BLOB given to its JSON functions as JSONB.
        RawConnection raw(m_path);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM tickets WHERE typeof(history) <> 'text'"_s).toInt(), 0);
        QCOMPARE(raw.scalar(u"SELECT h.value ->> 1 FROM tickets AS t, json_each(t.history) AS h"
                            " WHERE t.sys_id = '%1' AND h.value ->> 0 = '6-0'"_s.arg(sysIdFor(1)))
                     .toString(),
            u"updated"_s);
    }

    void applyCreates()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const QDateTime when(QDate(2024, 3, 1), QTime(12, 30, 15, 250), Qt::UTC);
        const TicketEvent event =
            EventBuilder(sysIdFor(7), "1700000000000-0")
                .action(u"created"_s)
                .number(u"INC0000007"_s)
                .state(u"1"_s)
                .priority(u"2"_s)
                .group(u"Service Desk"_s)
                .description(u"Impressora não imprime"_s)
                .updatedOn(u"2024-03-01 12:30:00"_s)
                .timestamp(when)
                .field(u"impact"_s, displayed(u"2"_s, u"2 - Média"_s))
                .field(u"urgency"_s, u"3"_s)
                .field(u"assigned_to"_s, displayed(u"abc123"_s, u"Maria Silva"_s))
                .field(u"sys_created_on"_s, displayed(u"2024-03-01 12:00:00"_s, u"01/03/2024 09:00:00"_s));

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const TicketStore::BatchResult result = store.apply({event});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.applied, 1);
        QCOMPARE(result.duplicates, 0);
        QCOMPARE(result.stale, 0);
        QCOMPARE(result.outcomes, Outcomes {Applied});
        QCOMPARE(result.changed.size(), 1);

        const std::optional<Ticket> t = store.ticket(event.sysId);
        QVERIFY(t);
        QCOMPARE(describe(result.changed.first()), describe(*t));
        QCOMPARE(t->sysId, event.sysId);
        QCOMPARE(t->number, u"INC0000007"_s);
        QCOMPARE(t->type, u"incident"_s);
        QCOMPARE(t->state, u"1"_s);
        QCOMPARE(t->priority, u"2"_s);
        QCOMPARE(t->impact, u"2"_s);
        QCOMPARE(t->urgency, u"3"_s);
        QCOMPARE(t->assignmentGroup, u"Service Desk"_s);
        QCOMPARE(t->assignedTo, u"Maria Silva"_s);
        QCOMPARE(t->shortDescription, u"Impressora não imprime"_s);
        QCOMPARE(t->sysCreatedOn, u"2024-03-01 12:00:00"_s);
        QCOMPARE(t->sysUpdatedOn, u"2024-03-01 12:30:00"_s);
        QCOMPARE(t->recordJson, event.recordJson);
        QCOMPARE(QJsonDocument::fromJson(t->recordJson).object().value(u"urgency"_s).toString(), u"3"_s);
        QCOMPARE(t->lastSourceId, event.sourceId);
        QCOMPARE(t->lastAction, u"created"_s);
        QCOMPARE(t->lastEventTime, when);
        QVERIFY(t->appliedAt >= before);
        QVERIFY(t->appliedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(store.count(), 1);
        QVERIFY(!store.ticket(sysIdFor(8)));

        const QList<TicketChange> history = store.history(event.sysId);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().sourceId, event.sourceId);
        QCOMPARE(history.first().action, u"created"_s);
        QCOMPARE(history.first().state, u"1"_s);
        QCOMPARE(history.first().assignmentGroup, u"Service Desk"_s);
        QCOMPARE(history.first().eventTime, when);
        QCOMPARE(history.first().appliedAt, t->appliedAt);
    }

    void recordIsStoredAsCompactJson()
    {
        // The store writes records with its own serialiser: it must match Qt's byte for byte.
        const QJsonObject nested {{u"value"_s, u"6"_s}, {u"display_value"_s, u"Resolvido"_s}};
        QJsonObject record;
        record.insert(u"plain"_s, u"Impressora não imprime"_s);
        record.insert(u"quotes"_s, u"say \"hi\" \\ back/slash"_s);
        record.insert(u"controls"_s, u"\b\f\n\r\t\u0001\u001f\u007f"_s);
        record.insert(u"bmp"_s, u"é € 中 \u2028"_s);
        record.insert(u"astral"_s, u"😀 𝄞"_s);
        record.insert(u"lone"_s, QString(QString(QChar(0xd800)) + u"x"_s + QChar(0xdc00)));
        record.insert(u"state"_s, nested);
        const QJsonArray list {1, 2.5, true, false, QJsonValue(), u"x"_s, QJsonObject(), QJsonArray()};
        record.insert(u"list"_s, list);
        record.insert(u"bools"_s, QJsonObject {{u"t"_s, true}, {u"f"_s, false}, {u"n"_s, QJsonValue()}});
        record.insert(u"doubles"_s, QJsonArray {0.1, -0.0, 1e20, 1e-7, 6.0, -42.0, 9007199254740993.0});
        record.insert(QString(), u"empty key"_s);
        record.insert(u"chave ç"_s, QString());
        // Integers as parsed from text keep their exact value.
        const QJsonObject parsed =
            QJsonDocument::fromJson(R"({"big": 1152921504606846977, "neg": -3, "zero": 0, "frac": 3.25})").object();
        record.insert(u"parsed"_s, parsed);

        TicketStore store;
        QVERIFY(openStore(store));
        QCOMPARE(store.apply({EventBuilder(sysIdFor(1), "1-0").field(u"all"_s, record)}).applied, 1);
        const QJsonObject stored {{u"all"_s, record}};
        QCOMPARE(store.ticket(sysIdFor(1))->recordJson, QJsonDocument(stored).toJson(QJsonDocument::Compact));
    }

    void recordBytesAreStoredAsReceived()
    {
        // The decoder hands over `data` as received; the store keeps those bytes and uses the
        // parsed record only for fields. The newest record of a batch wins.
        const QByteArray older = R"({"impact": "3", "step": 1})";
        const QByteArray newer = "{ \"impact\" : \"2\",\n  \"step\": 2 }";
        QList<TicketEvent> batch;
        for (const QByteArray &bytes : {older, newer}) {
            TicketEvent e = EventBuilder(sysIdFor(1), bytes == older ? "1-0" : "2-0");
            e.record = RecordFields::fromObject(QJsonDocument::fromJson(bytes).object());
            e.recordJson = bytes;
            batch.append(e);
        }
        TicketStore store;
        QVERIFY(openStore(store));
        const TicketStore::BatchResult result = store.apply(batch);
        QCOMPARE(result.applied, 2);
        QCOMPARE(result.changed.first().recordJson, newer);
        const Ticket t = *store.ticket(sysIdFor(1));
        QCOMPARE(t.recordJson, newer);
        QCOMPARE(t.impact, u"2"_s);

        // A later event without a record keeps these bytes.
        QCOMPARE(store.apply({EventBuilder(sysIdFor(1), "3-0").state(u"2"_s)}).applied, 1);
        QCOMPARE(store.ticket(sysIdFor(1))->recordJson, newer);
    }

    void eventTimeFallsBackToStreamId()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        QVERIFY(store.apply({EventBuilder(sysIdFor(1), "1700000000123-4").state(u"1"_s)}).ok);
        QCOMPARE(store.ticket(sysIdFor(1))->lastEventTime, QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC));
    }

    void sameEventTwiceIsDuplicate()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const TicketEvent event =
            EventBuilder(sysIdFor(1), "5-0").number(u"INC0000001"_s).state(u"2"_s).updatedOn(u"2024-01-01 00:00:00"_s);
        QVERIFY(store.apply({event}).ok);
        const QStringList before = snapshot(store);

        const TicketStore::BatchResult again = store.apply({event});
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.outcomes, Outcomes {Duplicate});
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(again.applied, 0);
        QVERIFY(again.changed.isEmpty());
        QCOMPARE(snapshot(store), before); // full rows, appliedAt included, and history
    }

    void olderEventInHistoryIsDuplicateNotStale()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const TicketEvent first = EventBuilder(sysIdFor(1), "1-1").state(u"1"_s);
        const TicketEvent second = EventBuilder(sysIdFor(1), "1-2").state(u"2"_s);
        QCOMPARE(store.apply({first, second}).outcomes, (Outcomes {Applied, Applied}));
        const QStringList before = snapshot(store);
        const TicketStore::BatchResult again = store.apply({first});
        QCOMPARE(again.outcomes, Outcomes {Duplicate});
        QCOMPARE(snapshot(store), before);
    }

    void duplicateByHistoryWithoutOrder()
    {
        // Ids that are not stream ids and no sys_updated_on: nothing orders them, so only the
        // history recognises the re-delivery.
        TicketStore store;
        QVERIFY(openStore(store));
        const TicketEvent a = EventBuilder(sysIdFor(1), "sse-a").state(u"1"_s);
        const TicketEvent b = EventBuilder(sysIdFor(1), "sse-b").state(u"2"_s);
        QCOMPARE(store.apply({a, b}).outcomes, (Outcomes {Applied, Applied}));
        const QStringList before = snapshot(store);
        QCOMPARE(store.apply({a}).outcomes, Outcomes {Duplicate});
        QCOMPARE(snapshot(store), before);
        QCOMPARE(store.ticket(sysIdFor(1))->state, u"2"_s);
    }

    // An SSE backend whose ids are a counter reuses them after a restart: the same id with a
    // later event time is a new change (it used to be dropped as a duplicate); without times,
    // the same id with another state or action is new too. The same id, time and content stays
    // a duplicate.
    void reusedIdIsANewChange()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1736937000000, Qt::UTC);
        const TicketEvent timed = EventBuilder(sysIdFor(1), "counter#2").state(u"1"_s).timestamp(t0);
        QCOMPARE(store.apply({timed}).outcomes, Outcomes {Applied});
        QCOMPARE(store.apply({timed}).outcomes, Outcomes {Duplicate}); // as the ticket's last
        const TicketEvent later = EventBuilder(sysIdFor(1), "counter#2").state(u"2"_s).timestamp(t0.addSecs(60));
        QCOMPARE(store.apply({later}).outcomes, Outcomes {Applied});
        QCOMPARE(store.ticket(sysIdFor(1))->state, u"2"_s);
        QCOMPARE(store.apply({timed}).outcomes, Outcomes {Duplicate}); // from the history
        QCOMPARE(store.history(sysIdFor(1)).size(), 2);

        const TicketEvent untimed = EventBuilder(sysIdFor(2), "counter#5").state(u"1"_s);
        QCOMPARE(store.apply({untimed}).outcomes, Outcomes {Applied});
        QCOMPARE(store.apply({untimed}).outcomes, Outcomes {Duplicate});
        const TicketEvent untimedNew = EventBuilder(sysIdFor(2), "counter#5").state(u"6"_s).action(u"resolved"_s);
        QCOMPARE(store.apply({untimedNew}).outcomes, Outcomes {Applied});
        QCOMPARE(store.ticket(sysIdFor(2))->state, u"6"_s);
        QCOMPARE(store.apply({untimed}).outcomes, Outcomes {Duplicate}); // still in the history
        QCOMPARE(store.history(sysIdFor(2)).size(), 2);
    }

    void staleBySysUpdatedOn()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const QString id = sysIdFor(1);
        QVERIFY(store.apply({EventBuilder(id, "5-0").state(u"2"_s).updatedOn(u"2024-03-01 12:00:00"_s)}).ok);
        const QStringList before = snapshot(store);

        // A newer stream id does not help an older record.
        const TicketStore::BatchResult older =
            store.apply({EventBuilder(id, "6-0").state(u"1"_s).updatedOn(u"2024-03-01 11:59:59"_s)});
        QVERIFY(older.ok);
        QCOMPARE(older.outcomes, Outcomes {Stale});
        QCOMPARE(older.stale, 1);
        QCOMPARE(describe(*store.ticket(id)), before.first(before.size() - 1)); // the ticket as it was
        QCOMPARE(sourceIds(store.history(id)), (QList<QByteArray> {"6-0", "5-0"})); // by event time
        QCOMPARE(store.history(id).first().state, u"1"_s);

        // Same sys_updated_on, newer stream id: applies.
        QCOMPARE(store.apply({EventBuilder(id, "7-0").state(u"3"_s).updatedOn(u"2024-03-01 12:00:00"_s)}).outcomes,
            Outcomes {Applied});
        QCOMPARE(store.ticket(id)->state, u"3"_s);

        // Same sys_updated_on, older stream id: stale.
        QCOMPARE(store.apply({EventBuilder(id, "6-5").state(u"4"_s).updatedOn(u"2024-03-01 12:00:00"_s)}).outcomes,
            Outcomes {Stale});

        // A newer record wins even with an older stream id.
        QCOMPARE(store.apply({EventBuilder(id, "4-0").state(u"6"_s).updatedOn(u"2024-03-01 12:00:01"_s)}).outcomes,
            Outcomes {Applied});
        const Ticket t = *store.ticket(id);
        QCOMPARE(t.state, u"6"_s);
        QCOMPARE(t.sysUpdatedOn, u"2024-03-01 12:00:01"_s);
        QCOMPARE(sourceIds(store.history(id)), (QList<QByteArray> {"4-0", "7-0", "6-5", "6-0", "5-0"}));
    }

    void staleByStreamIdWithoutSysUpdatedOn()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const QString id = sysIdFor(2);
        QVERIFY(store.apply({EventBuilder(id, "1700000000010-0").state(u"2"_s)}).ok);
        const QStringList before = snapshot(store);

        const TicketStore::BatchResult older = store.apply({EventBuilder(id, "1700000000009-7").state(u"1"_s)});
        QCOMPARE(older.outcomes, Outcomes {Stale});
        QCOMPARE(describe(*store.ticket(id)), before.first(before.size() - 1));

        // Only one side has sys_updated_on: still ordered by stream id.
        QCOMPARE(store.apply({EventBuilder(id, "1700000000009-9").state(u"1"_s).updatedOn(u"2024-01-01 00:00:00"_s)})
                     .outcomes,
            Outcomes {Stale});
        QCOMPARE(describe(*store.ticket(id)), before.first(before.size() - 1));
        QCOMPARE(sourceIds(store.history(id)),
            (QList<QByteArray> {"1700000000010-0", "1700000000009-9", "1700000000009-7"}));

        // Numeric, not textual, order: "...10-1" > "...9-...".
        QCOMPARE(store.apply({EventBuilder(id, "1700000000010-1").state(u"3"_s)}).outcomes, Outcomes {Applied});
        QCOMPARE(store.ticket(id)->state, u"3"_s);

        // Ids that are not stream ids cannot be ordered: they apply.
        QCOMPARE(store.apply({EventBuilder(id, "sse-x").state(u"7"_s)}).outcomes, Outcomes {Applied});
        QCOMPARE(store.ticket(id)->state, u"7"_s);
    }

    void sameTicketInOneBatch_data()
    {
        QTest::addColumn<QList<int>>("order"); // sequence numbers of the stream ids, as delivered
        QTest::addColumn<Outcomes>("outcomes");
        QTest::addColumn<QList<QByteArray>>("history"); // newest first

        QTest::newRow("in order") << QList<int> {1, 2, 3} << Outcomes {Applied, Applied, Applied}
                                  << QList<QByteArray> {"9-3", "9-2", "9-1"};
        // Stale changes leave the ticket as the newest made it, and enter the history in their place.
        QTest::newRow("newest in the middle")
            << QList<int> {1, 3, 2} << Outcomes {Applied, Applied, Stale} << QList<QByteArray> {"9-3", "9-2", "9-1"};
        QTest::newRow("reversed") << QList<int> {3, 2, 1} << Outcomes {Applied, Stale, Stale}
                                  << QList<QByteArray> {"9-3", "9-2", "9-1"};
        QTest::newRow("repeated") << QList<int> {1, 1, 2, 2} << Outcomes {Applied, Duplicate, Applied, Duplicate}
                                  << QList<QByteArray> {"9-2", "9-1"};
        QTest::newRow("older repeat") << QList<int> {1, 2, 1} << Outcomes {Applied, Applied, Duplicate}
                                      << QList<QByteArray> {"9-2", "9-1"};
    }

    void sameTicketInOneBatch()
    {
        QFETCH(QList<int>, order);
        QFETCH(Outcomes, outcomes);
        QFETCH(QList<QByteArray>, history);

        TicketStore store;
        QVERIFY(openStore(store));
        const QString id = sysIdFor(3);
        QList<TicketEvent> batch;
        for (const int n : std::as_const(order)) {
            batch.append(EventBuilder(id, "9-" + QByteArray::number(n))
                             .state(QString::number(n))
                             .group(u"Group %1"_s.arg(n))
                             .field(u"step"_s, n));
        }
        const TicketStore::BatchResult result = store.apply(batch);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.outcomes, outcomes);
        QCOMPARE(result.applied, outcomes.count(Applied));
        QCOMPARE(result.duplicates, outcomes.count(Duplicate));
        QCOMPARE(result.stale, outcomes.count(Stale));
        QCOMPARE(result.changed.size(), 1);

        const int newest = *std::max_element(order.cbegin(), order.cend());
        const Ticket t = *store.ticket(id);
        QCOMPARE(describe(result.changed.first()), describe(t));
        QCOMPARE(t.state, QString::number(newest));
        QCOMPARE(t.assignmentGroup, u"Group %1"_s.arg(newest));
        QCOMPARE(t.lastSourceId, "9-" + QByteArray::number(newest));
        QCOMPARE(QJsonDocument::fromJson(t.recordJson).object().value(u"step"_s).toInt(), newest);
        QCOMPARE(sourceIds(store.history(id)), history);
        // Each change with the state and group it brought, the stale ones too.
        for (const TicketChange &change : store.history(id)) {
            const QByteArray n = change.sourceId.sliced(2);
            QCOMPARE(change.state, QString::fromLatin1(n));
            QCOMPARE(change.assignmentGroup, u"Group %1"_s.arg(QString::fromLatin1(n)));
        }
        // Delivered again (a redelivery, a replay), every one of them is a duplicate.
        const TicketStore::BatchResult again = store.apply(batch);
        QCOMPARE(again.duplicates, int(batch.size()));
    }

    void incompleteEventDoesNotBlank()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const QString id = sysIdFor(4);
        QVERIFY(store
                    .apply({EventBuilder(id, "1-0")
                                .action(u"created"_s)
                                .number(u"CTASK0000004"_s)
                                .type(u"change_task"_s)
                                .state(u"1"_s)
                                .priority(u"3"_s)
                                .group(u"Network"_s)
                                .description(u"Swap the switch"_s)
                                .updatedOn(u"2024-02-01 08:00:00"_s)
                                .field(u"impact"_s, u"1"_s)
                                .field(u"assigned_to"_s, displayed(u"u1"_s, u"João"_s))})
                    .ok);
        const Ticket before = *store.ticket(id);

        // Only sys_id, id, action and state: the rest must survive.
        TicketEvent bare;
        bare.sysId = id;
        bare.sourceId = "2-0";
        bare.action = u"updated"_s;
        bare.state = u"3"_s;
        const TicketStore::BatchResult result = store.apply({bare});
        QCOMPARE(result.outcomes, Outcomes {Applied});
        const Ticket after = *store.ticket(id);
        QCOMPARE(result.changed.size(), 1);
        QCOMPARE(describe(result.changed.first()), describe(after)); // the stored record included
        QCOMPARE(after.state, u"3"_s);
        QCOMPARE(after.lastSourceId, QByteArray("2-0"));
        QCOMPARE(after.number, before.number);
        QCOMPARE(after.type, before.type);
        QCOMPARE(after.priority, before.priority);
        QCOMPARE(after.impact, before.impact);
        QCOMPARE(after.assignmentGroup, before.assignmentGroup);
        QCOMPARE(after.assignedTo, before.assignedTo);
        QCOMPARE(after.shortDescription, before.shortDescription);
        QCOMPARE(after.sysUpdatedOn, before.sysUpdatedOn);
        QCOMPARE(after.recordJson, before.recordJson);
        QCOMPARE(store.history(id).first().assignmentGroup, u"Network"_s);

        // A record without the fields (and empty event fields) does not blank them either;
        // the record itself is replaced, as it is the newer snapshot.
        QCOMPARE(store.apply({EventBuilder(id, "3-0").state(u"4"_s).field(u"close_notes"_s, u"done"_s)}).outcomes,
            Outcomes {Applied});
        const Ticket third = *store.ticket(id);
        QCOMPARE(third.impact, before.impact);
        QCOMPARE(third.assignedTo, before.assignedTo);
        QCOMPARE(third.number, before.number);
        const QJsonObject onlyNotes {{u"close_notes"_s, u"done"_s}};
        QCOMPARE(QJsonDocument::fromJson(third.recordJson).object(), onlyNotes);

        // A record that names assigned_to empty says "unassigned" (a reassignment to another
        // group): the header kept the old assignee while the record said nobody.
        QCOMPARE(
            store.apply({EventBuilder(id, "4-0").group(u"Servers"_s).field(u"assigned_to"_s, displayed(u""_s, u""_s))})
                .outcomes,
            Outcomes {Applied});
        QCOMPARE(store.ticket(id)->assignedTo, QString());
        QCOMPARE(store.ticket(id)->impact, before.impact); // the other fields still never erase
        QCOMPARE(store.apply({EventBuilder(id, "5-0").field(u"assigned_to"_s, u"Ana"_s)}).outcomes, Outcomes {Applied});
        QCOMPARE(store.ticket(id)->assignedTo, u"Ana"_s);
        QCOMPARE(
            store.apply({EventBuilder(id, "6-0").field(u"assigned_to"_s, QJsonValue())}).outcomes, Outcomes {Applied});
        QCOMPARE(store.ticket(id)->assignedTo, QString()); // null: unassigned too
    }

    void fieldsFromTheRecordWhenTheEventLacksThem()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const QString id = sysIdFor(5);
        TicketEvent event = EventBuilder(id, "1-0")
                                .field(u"number"_s, u"SCTASK0000005"_s)
                                .field(u"state"_s, displayed(u"2"_s, u"Aberto"_s))
                                .field(u"priority"_s, displayed(u"4"_s, u"4 - Baixa"_s))
                                .field(u"assignment_group"_s, displayed(u"g1"_s, u"Field Support"_s))
                                .field(u"short_description"_s, u"Novo notebook"_s)
                                .field(u"sys_updated_on"_s, u"2024-05-05 05:05:05"_s);
        QCOMPARE(store.apply({event}).outcomes, Outcomes {Applied});
        const Ticket t = *store.ticket(id);
        QCOMPARE(t.number, u"SCTASK0000005"_s);
        QCOMPARE(t.state, u"2"_s);
        QCOMPARE(t.priority, u"4"_s);
        QCOMPARE(t.assignmentGroup, u"Field Support"_s);
        QCOMPARE(t.shortDescription, u"Novo notebook"_s);
        QCOMPARE(t.sysUpdatedOn, u"2024-05-05 05:05:05"_s);

        // The event's own field wins over its record.
        event = EventBuilder(id, "2-0").state(u"3"_s).field(u"state"_s, u"1"_s);
        QCOMPARE(store.apply({event}).outcomes, Outcomes {Applied});
        QCOMPARE(store.ticket(id)->state, u"3"_s);
    }

    void deletedKeepsTheTicket()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        const QString id = sysIdFor(6);
        QVERIFY(store.apply({EventBuilder(id, "1-0").state(u"2"_s).number(u"INC0000006"_s)}).ok);
        QCOMPARE(store.apply({EventBuilder(id, "2-0").action(u"deleted"_s)}).outcomes, Outcomes {Applied});
        const Ticket t = *store.ticket(id);
        QCOMPARE(t.lastAction, u"deleted"_s);
        QCOMPARE(t.number, u"INC0000006"_s);
        QCOMPARE(t.state, u"2"_s);
        QCOMPARE(store.history(id).size(), 2);
        QCOMPARE(store.count(), 1);
    }

    void historyIsBounded_data()
    {
        QTest::addColumn<bool>("oneBatch");
        QTest::newRow("one batch") << true;
        QTest::newRow("batch per event") << false;
    }

    void historyIsBounded()
    {
        QFETCH(bool, oneBatch);
        TicketStore store;
        QVERIFY(openStore(store));
        store.setHistoryLimit(3);
        const QString id = sysIdFor(9);
        const QString other = sysIdFor(10);
        QList<TicketEvent> events;
        for (int i = 1; i <= 10; ++i) {
            events.append(EventBuilder(id, "100-" + QByteArray::number(i)).state(QString::number(i)));
            events.append(EventBuilder(other, "100-" + QByteArray::number(i)).state(QString::number(i)));
        }
        if (oneBatch) {
            QCOMPARE(store.apply(events).applied, 20);
        } else {
            for (const TicketEvent &e : std::as_const(events))
                QCOMPARE(store.apply({e}).applied, 1);
        }
        const QList<QByteArray> newest {"100-10", "100-9", "100-8"};
        QCOMPARE(sourceIds(store.history(id)), newest);
        QCOMPARE(sourceIds(store.history(other)), newest);
        QCOMPARE(store.history(id).first().state, u"10"_s);

        // Stored as one bounded JSON array per ticket, readable with SQLite's JSON functions.
        RawConnection raw(m_path);
        QCOMPARE(raw.scalar(u"SELECT SUM(json_array_length(history)) FROM tickets"_s).toInt(), 6);
        QCOMPARE(raw.scalar(u"SELECT json_extract(history, '$[2][0]') FROM tickets WHERE sys_id = '%1'"_s.arg(id))
                     .toString(),
            u"100-10"_s);
    }

    void failedBatchIsRolledBack_data()
    {
        QTest::addColumn<QString>("trigger");
        // Fails on the first new ticket, after the updates of the existing ones.
        QTest::newRow("ticket insert") << u"CREATE TRIGGER inject BEFORE INSERT ON tickets"
                                          " WHEN NEW.sys_id = '%1' BEGIN SELECT RAISE(ABORT, 'injected'); END"_s.arg(
                                              sysIdFor(105));
        // Fails on the last existing ticket's update.
        QTest::newRow("ticket upsert") << u"CREATE TRIGGER inject BEFORE UPDATE ON tickets"
                                          " WHEN NEW.sys_id = '%1' BEGIN SELECT RAISE(ABORT, 'injected'); END"_s.arg(
                                              sysIdFor(104));
        // SQLite ends the transaction itself, as it may on SQLITE_FULL or SQLITE_IOERR (a full
        // disk): the store's ROLLBACK then failed with "no transaction is active", which
        // replaced the cause in the message.
        QTest::newRow("rolled back by SQLite") << u"CREATE TRIGGER inject BEFORE INSERT ON tickets"
                                                  " WHEN NEW.sys_id = '%1' BEGIN SELECT RAISE(ROLLBACK, 'injected');"
                                                  " END"_s.arg(sysIdFor(105));
    }

    void failedBatchIsRolledBack()
    {
        QFETCH(QString, trigger);
        TicketStore store;
        QVERIFY(openStore(store));
        // Tickets 100..104 exist; the batch updates them and creates 105..109.
        QList<TicketEvent> seed;
        for (int i = 0; i < 5; ++i)
            seed.append(EventBuilder(sysIdFor(100 + i), "40-" + QByteArray::number(i)).state(u"1"_s));
        QVERIFY(store.apply(seed).ok);
        QVERIFY(store.setMeta(u"checkpoint"_s, u"40-4"_s));
        const QStringList before = snapshot(store);

        QList<TicketEvent> batch;
        for (int i = 0; i < 10; ++i)
            batch.append(EventBuilder(sysIdFor(100 + i), "50-" + QByteArray::number(i)).state(u"2"_s));
        {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(trigger));
        }
        const TicketStore::BatchResult failed = store.apply(batch);
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(u"injected"_s), qPrintable(failed.error));
        QVERIFY(failed.error.contains(m_path)); // which store
        QVERIFY(!failed.error.contains(u'\n'));
        QCOMPARE(failed.applied, 0);
        QVERIFY(failed.outcomes.isEmpty());
        QVERIFY(failed.changed.isEmpty());
        QCOMPARE(store.count(), 5);
        QCOMPARE(snapshot(store), before);
        QCOMPARE(store.meta(u"checkpoint"_s), u"40-4"_s);

        // The store is usable afterwards, and nothing of the failed batch was recorded: all apply.
        {
            RawConnection raw(m_path);
            QVERIFY(raw.exec(u"DROP TRIGGER inject"_s));
        }
        const TicketStore::BatchResult retried = store.apply(batch);
        QVERIFY2(retried.ok, qPrintable(retried.error));
        QCOMPARE(retried.applied, 10);
        QCOMPARE(store.count(), 10);
    }

    void survivesReopen()
    {
        QStringList before;
        {
            TicketStore store;
            QVERIFY(openStore(store));
            store.setHistoryLimit(5);
            for (int i = 0; i < 8; ++i) {
                QVERIFY(store
                            .apply({EventBuilder(sysIdFor(i % 3), "1-" + QByteArray::number(i))
                                        .state(QString::number(i))
                                        .updatedOn(u"2024-01-01 00:00:0%1"_s.arg(i))})
                            .ok);
            }
            QVERIFY(store.setMeta(u"observe.position"_s, u"1-7"_s));
            before = snapshot(store);
            QCOMPARE(store.count(), 3);
        }
        TicketStore reopened;
        QVERIFY(openStore(reopened));
        QCOMPARE(reopened.count(), 3);
        QCOMPARE(snapshot(reopened), before);
        QCOMPARE(reopened.meta(u"observe.position"_s), u"1-7"_s);
        // Idempotence holds across restarts (what at-least-once re-delivery relies on).
        QCOMPARE(reopened.apply({EventBuilder(sysIdFor(7 % 3), "1-7")}).outcomes, Outcomes {Duplicate});
        QCOMPARE(reopened.apply({EventBuilder(sysIdFor(0), "1-3")}).outcomes, Outcomes {Duplicate});
    }

    void metaRoundTrip()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        QCOMPARE(store.meta(u"missing"_s), QString());
        QVERIFY(store.setMeta(u"feed.last-event-id"_s, u"1700000000000-1"_s));
        QCOMPARE(store.meta(u"feed.last-event-id"_s), u"1700000000000-1"_s);
        QVERIFY(store.setMeta(u"feed.last-event-id"_s, u"1700000000000-2"_s));
        QCOMPARE(store.meta(u"feed.last-event-id"_s), u"1700000000000-2"_s);
        QVERIFY(store.setMeta(u"ünïcode"_s, u"Situação"_s));
        QCOMPARE(store.meta(u"ünïcode"_s), u"Situação"_s);
    }

    void ticketsFilter()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        QList<TicketEvent> events;
        const QStringList types {u"incident"_s, u"change_task"_s, u"sc_task"_s};
        for (int i = 0; i < 30; ++i) {
            events.append(EventBuilder(sysIdFor(i), "1-" + QByteArray::number(i))
                              .type(types.at(i % 3))
                              .number(u"N%1"_s.arg(i, 7, 10, QLatin1Char('0')))
                              .state(QString::number(i % 2 + 1)));
        }
        QCOMPARE(store.apply(events).applied, 30);
        QCOMPARE(store.tickets().size(), 30);
        QCOMPARE(store.tickets({u"incident"_s, {}}).size(), 10);
        const QList<Ticket> some = store.tickets({u"change_task"_s, u"2"_s});
        int expected = 0;
        for (int i = 0; i < 30; ++i)
            expected += (i % 3 == 1 && i % 2 + 1 == 2) ? 1 : 0;
        QCOMPARE(some.size(), expected);
        for (const Ticket &t : some) {
            QCOMPARE(t.type, u"change_task"_s);
            QCOMPARE(t.state, u"2"_s);
        }
        QCOMPARE(store.tickets({{}, u"1"_s}).size(), 15);
        QVERIFY(store.tickets({u"problem"_s, {}}).isEmpty());
    }

    // What `tickets` names when a filter matches nothing: codes in number order, the rest after.
    void distinctTypesAndStates()
    {
        TicketStore store;
        QVERIFY(openStore(store));
        QVERIFY(store.types().isEmpty());
        QVERIFY(store.states().isEmpty());
        const QStringList states {u"10"_s, u"2"_s, u"-5"_s, u"pending"_s, u"2"_s, u"18"_s};
        QList<TicketEvent> events;
        for (int i = 0; i < states.size(); ++i) {
            events.append(EventBuilder(sysIdFor(i), "1-" + QByteArray::number(i))
                              .type(i < 4 ? u"incident"_s : u"change_task"_s)
                              .state(states.at(i)));
        }
        QCOMPARE(store.apply(events).applied, int(states.size()));
        QCOMPARE(store.types(), (QStringList {u"change_task"_s, u"incident"_s}));
        QCOMPARE(store.states(), (QStringList {u"-5"_s, u"2"_s, u"10"_s, u"18"_s, u"pending"_s}));
        QCOMPARE(store.states(u"incident"_s), (QStringList {u"-5"_s, u"2"_s, u"10"_s, u"pending"_s}));
        QCOMPARE(store.states(u"change_task"_s), (QStringList {u"2"_s, u"18"_s}));
        QVERIFY(store.states(u"problem"_s).isEmpty());
    }

    void writerAndReaderOnOneFile()
    {
        TicketStore writer;
        TicketStore reader;
        QVERIFY(openStore(writer));
        QVERIFY(openStore(reader));
        QCOMPARE(reader.count(), 0);
        QVERIFY(writer.apply({EventBuilder(sysIdFor(1), "1-1").state(u"1"_s)}).ok);
        QCOMPARE(reader.count(), 1);
        QCOMPARE(reader.ticket(sysIdFor(1))->state, u"1"_s);
        QVERIFY(writer.apply({EventBuilder(sysIdFor(1), "1-2").state(u"2"_s)}).ok);
        QCOMPARE(reader.ticket(sysIdFor(1))->state, u"2"_s);
        QCOMPARE(reader.history(sysIdFor(1)).size(), 2);
        QVERIFY(reader.setMeta(u"from-reader"_s, u"yes"_s));
        QCOMPARE(writer.meta(u"from-reader"_s), u"yes"_s);
    }

    void writerThreadWhileReading()
    {
        // The consumer's worker writes while the GUI thread reads, each with its own store.
        constexpr int Batches = 40;
        constexpr int PerBatch = 250;
        std::atomic<int> failures = 0;
        std::atomic<int> applied = 0;
        const QString path = m_path;
        TicketStore reader;
        QVERIFY(openStore(reader));
        std::unique_ptr<QThread> thread(QThread::create([&failures, &applied, path] {
            TicketStore writer;
            if (!writer.open(path, nullptr)) {
                ++failures;
                return;
            }
            for (int b = 0; b < Batches; ++b) {
                QList<TicketEvent> batch;
                for (int i = 0; i < PerBatch; ++i) {
                    const int n = b * PerBatch + i;
                    batch.append(EventBuilder(sysIdFor(n), "1-" + QByteArray::number(n)).state(u"1"_s));
                }
                const TicketStore::BatchResult result = writer.apply(batch);
                if (!result.ok)
                    ++failures;
                applied += result.applied;
            }
        }));
        thread->start();
        qint64 last = 0;
        int reads = 0;
        bool monotonic = true;
        const auto readOnce = [&] {
            const qint64 now = reader.count();
            monotonic = monotonic && now >= last && now % PerBatch == 0; // whole batches only
            last = now;
            ++reads;
            return thread->isFinished();
        };
        QTRY_VERIFY_WITH_TIMEOUT(readOnce(), 120000);
        QVERIFY(thread->wait());
        QCOMPARE(failures.load(), 0);
        QCOMPARE(applied.load(), Batches * PerBatch);
        QVERIFY(monotonic);
        QVERIFY(reads > 0);
        QCOMPARE(reader.count(), Batches * PerBatch);
    }

    void manyEvents_data()
    {
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("in order") << false;
        QTest::newRow("shuffled") << true;
    }

    void manyEvents()
    {
        QFETCH(bool, shuffled);
        constexpr int Tickets = 1000;
        constexpr int Events = 20000;
        constexpr int BatchSize = 500;

        // Event n touches ticket n % Tickets with stream id 1000-n and state n.
        QList<int> order(Events);
        std::iota(order.begin(), order.end(), 0);
        if (shuffled)
            std::shuffle(order.begin(), order.end(), QRandomGenerator(20240301));

        // Independent oracle: what should apply is whatever is newer than the newest seen so far.
        QHash<int, int> newest;
        int expectApplied = 0;
        for (const int n : std::as_const(order)) {
            const int ticket = n % Tickets;
            if (!newest.contains(ticket) || newest.value(ticket) < n) {
                newest.insert(ticket, n);
                ++expectApplied;
            }
        }

        TicketStore store;
        QVERIFY(openStore(store));
        int applied = 0;
        int stale = 0;
        int duplicates = 0;
        QList<TicketEvent> batch;
        for (int i = 0; i < Events; ++i) {
            const int n = order.at(i);
            batch.append(EventBuilder(sysIdFor(n % Tickets), "1000-" + QByteArray::number(n))
                             .number(u"INC%1"_s.arg(n % Tickets, 7, 10, QLatin1Char('0')))
                             .state(QString::number(n))
                             .group(u"Group %1"_s.arg(n % 7))
                             .field(u"description"_s, u"event %1"_s.arg(n)));
            if (batch.size() == BatchSize || i == Events - 1) {
                const TicketStore::BatchResult result = store.apply(batch);
                QVERIFY2(result.ok, qPrintable(result.error));
                QCOMPARE(result.outcomes.size(), batch.size());
                applied += result.applied;
                stale += result.stale;
                duplicates += result.duplicates;
                batch.clear();
            }
        }
        QCOMPARE(applied, expectApplied);
        QCOMPARE(stale, Events - expectApplied);
        QCOMPARE(duplicates, 0);
        QCOMPARE(store.count(), Tickets);
        for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
            const std::optional<Ticket> t = store.ticket(sysIdFor(it.key()));
            QVERIFY(t);
            QCOMPARE(t->state, QString::number(it.value()));
            QCOMPARE(t->lastSourceId, "1000-" + QByteArray::number(it.value()));
        }

        // Re-delivery of the last slice: all recognised, none applied.
        QList<TicketEvent> again;
        for (int i = Events - BatchSize; i < Events; ++i) {
            const int n = order.at(i);
            again.append(EventBuilder(sysIdFor(n % Tickets), "1000-" + QByteArray::number(n)));
        }
        const TicketStore::BatchResult redelivered = store.apply(again);
        QVERIFY(redelivered.ok);
        QCOMPARE(redelivered.applied, 0);
        QCOMPARE(redelivered.duplicates + redelivered.stale, BatchSize);
        QVERIFY(redelivered.duplicates > 0);
    }
};

QTEST_GUILESS_MAIN(TstTicketStore)
#include "tst_ticketstore.moc"
