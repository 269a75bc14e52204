#pragma once

#include <optional>

#include <QBitArray>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

// Deterministic (per seed) ServiceNow ticket lifecycles written in the change-stream contract
// (docs/event-format.md): incidents, change tasks and catalog tasks created, reassigned, moved
// through their states, resolved or closed. Pure: it makes entries, SimulatorPublisher writes them.
//
// Every random choice comes from one explicitly seeded generator, consumed in entry order, so
// the same options always give the same entries, byte for byte.
class TicketSimulator final {
public:
    struct Options {
        int tickets = 100;
        int events = 1000; // total entries, malformed ones included
        quint32 seed = 1;
        double malformed = 0.0; // fraction of entries that cannot be decoded
        double incomplete = 0.15; // fraction written by the table/operation producer
        double displayValues = 0.5; // fraction of records with {value, display_value} fields
        double aliases = 0.3; // fraction of change_task/sc_task entries typed ctask/sctask
        QDateTime start; // sys_updated_on of the first event; invalid = a fixed date
        // The sandbox's live feed: times follow the wall clock (each ticket's still strictly
        // increasing) instead of racing ahead of it; the output is then no longer reproducible.
        bool wallClock = false;
    };

    // What a ticket must look like once every decodable event is applied (the --expect file).
    struct Expected {
        QString number;
        QString type;
        QString state;
        QString priority;
        QString assignmentGroup;

        bool operator==(const Expected &) const = default;
    };

    using Fields = QList<QPair<QByteArray, QByteArray>>;

    explicit TicketSimulator(const Options &options);
    ~TicketSimulator();
    // Copying a simulator mid-run would fork its generator; nobody needs that.
    TicketSimulator(const TicketSimulator &) = delete;
    TicketSimulator &operator=(const TicketSimulator &) = delete;
    TicketSimulator(TicketSimulator &&) = default;
    TicketSimulator &operator=(TicketSimulator &&) = default;

    [[nodiscard]] const Options &options() const { return m_options; }

    // The next entry, or nullopt once options.events entries were made.
    [[nodiscard]] std::optional<Fields> next();
    [[nodiscard]] int produced() const { return m_produced; }
    [[nodiscard]] int total() const { return m_options.events; }
    [[nodiscard]] bool atEnd() const { return m_produced >= m_options.events; }
    // Whether the last entry next() returned is one of the undecodable ones.
    [[nodiscard]] bool lastWasMalformed() const { return m_lastWasMalformed; }
    // sys_updated_on of the latest event so far (a looping publisher starts the next run after it).
    [[nodiscard]] QDateTime clock() const;

    // Valid only for the entries produced so far (complete once atEnd()).
    [[nodiscard]] QHash<QString, Expected> expected() const;
    [[nodiscard]] static QJsonObject expectedToJson(const QHash<QString, Expected> &expected);
    // {"events": N, "malformed": M, "tickets": T, "incomplete": I,
    //  "by_type": {...}, "by_action": {...}, "by_event": {"incident:created": n}}
    // Types and actions are the ones a decoder reads (canonical types; operation-only entries
    // count as created/updated), malformed entries only in "malformed".
    [[nodiscard]] QJsonObject summary() const;

private:
    enum class Kind : quint8 { Incident, ChangeTask, ScTask };
    enum class Action : quint8 { Created, Updated, Resolved, Completed, Synced, SlmUpdated };
    static constexpr int KindCount = 3;
    static constexpr int ActionCount = 6;

    // Text is kept as UTF-8 bytes: entries are bytes, and the record is written by hand
    // (QJsonObject per event was most of the cost of a 200,000-event run).
    struct TicketState {
        Kind kind = Kind::Incident;
        int plannedEvents = 0; // created included
        int emitted = 0;
        QList<qint8> plan; // state code per event, decided when the ticket is created
        QByteArray sysId;
        QByteArray number;
        int state = 1;
        int impact = 3;
        int urgency = 3;
        int group = 0; // index into the group list
        int assignee = -1; // index into the people list; -1 = nobody yet
        int caller = 0;
        int description = 0;
        QByteArray parentNumber; // CHG for change tasks, RITM for catalog tasks
        QByteArray requestNumber; // REQ of a catalog task
        qint64 createdOn = 0; // seconds since the epoch, UTC
        qint64 updatedOn = 0;
        int modCount = 0;
    };

    void planTickets();
    void planMalformed();
    [[nodiscard]] int pickTicket();
    void fenwickAdd(int index, int delta);
    [[nodiscard]] Fields makeEvent(int index);
    [[nodiscard]] Fields makeMalformed();
    void planLifecycle(TicketState &ticket);
    [[nodiscard]] QByteArray randomHex32();
    [[nodiscard]] QByteArray newSysId();
    [[nodiscard]] QByteArray newNumber(Kind kind);
    [[nodiscard]] QByteArray recordJson(const TicketState &ticket, bool displayValues, bool english) const;
    [[nodiscard]] int bounded(int limit) { return static_cast<int>(m_random.bounded(limit)); }
    [[nodiscard]] double chance() { return m_random.generateDouble(); }

    Options m_options;
    QRandomGenerator m_random;
    int m_produced = 0;
    bool m_lastWasMalformed = false;
    qint64 m_clock = 0; // seconds since the epoch, UTC: sys_updated_on of the latest event

    QList<TicketState> m_tickets;
    QList<int> m_fenwick; // remaining events per ticket, for picks proportional to them
    int m_remainingValid = 0;
    QBitArray m_malformedSlots;
    int m_malformedMade = 0;
    int m_hugeMade = 0;
    int m_incompleteMade = 0;
    int m_created = 0;
    QList<Fields> m_recent; // the latest valid entries, which malformed ones are broken copies of
    int m_recentNext = 0;
    QSet<QByteArray> m_sysIds;
    int m_numberNext[KindCount] = {};
    int m_counts[KindCount][ActionCount] = {}; // valid events as a decoder reads them
};
