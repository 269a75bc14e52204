#pragma once

#include <QList>
#include <QString>

#include "services/statetable.h"
#include "services/ticket.h"

// The figures the team's reports ask for (BRIEF §2), computed from the tickets in one pass:
// tickets per type (open/closed split), per type and state with the percentage within the
// type, open tickets per assignment group, and the most recently closed tickets.
// Pure value type: no signals, no Qt GUI; StateCountModel and the dashboard show it.
struct TicketStats {
    struct TypeCount {
        QString type; // canonical type (incident, change_task, sc_task, ...)
        int count = 0;
        int open = 0;
        int closed = 0;

        friend bool operator==(const TypeCount &, const TypeCount &) = default;
    };

    struct StateCount {
        QString type;
        QString code; // canonical code ("6", "-5"); empty when tickets carry no state
        int count = 0;
        double percentOfType = 0; // 0..100
        bool closed = false; // from the state table
        bool known = false; // false: an unknown code, shown as "State N" and still counted

        friend bool operator==(const StateCount &, const StateCount &) = default;
    };

    struct GroupCount {
        QString group; // empty: tickets without an assignment group
        int open = 0;

        friend bool operator==(const GroupCount &, const GroupCount &) = default;
    };

    static constexpr int DefaultTopGroups = 10;
    static constexpr int DefaultRecentClosed = 20;

    int total = 0;
    int open = 0;
    int closed = 0;
    QList<TypeCount> types; // in typeOrder()
    // Every known state of each type present (zero counts included, so charts keep their
    // categories and the rows stay put), plus every unknown code seen; in stateLess() order.
    QList<StateCount> states;
    QList<GroupCount> topGroups; // most open tickets first, then by name; at most topGroups
    QList<Ticket> recentlyClosed; // closed states (resolved, closed, canceled...), newest sys_updated_on first

    [[nodiscard]] static TicketStats compute(const QList<Ticket> &tickets, const StateTable &states,
        int topGroups = DefaultTopGroups, int recentClosed = DefaultRecentClosed);

    // The order of the per-state rows: types by typeRank(), then codes numerically
    // (non-numeric codes after the numbers, the empty code last).
    [[nodiscard]] static bool stateLess(const StateCount &a, const StateCount &b);
    // incident, change_task, sc_task first (the team's types), then the others by name.
    [[nodiscard]] static bool typeLess(const QString &a, const QString &b);
    // "05" and "+5" count as "5", like the state table reads them.
    [[nodiscard]] static QString canonicalCode(const QString &code);

    [[nodiscard]] const StateCount *stateCount(const QString &type, const QString &code) const;
    [[nodiscard]] const TypeCount *typeCount(const QString &type) const;
};
