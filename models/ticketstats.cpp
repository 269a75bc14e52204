#include "models/ticketstats.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

int typeRank(const QString &type)
{
    if (type == u"incident")
        return 0;
    if (type == u"change_task")
        return 1;
    if (type == u"sc_task")
        return 2;
    return 3;
}

// Sort key of a code: numbers by value, then other text, then the empty code.
struct CodeKey {
    int bucket = 0;
    qlonglong number = 0;
    QString text;
};

CodeKey codeKey(const QString &code)
{
    if (code.isEmpty())
        return {2, 0, {}};
    bool ok = false;
    const qlonglong n = code.toLongLong(&ok);
    return ok ? CodeKey {0, n, {}} : CodeKey {1, 0, code};
}

} // namespace

QString TicketStats::canonicalCode(const QString &code)
{
    bool ok = false;
    const qlonglong n = code.trimmed().toLongLong(&ok);
    return ok ? QString::number(n) : code.trimmed();
}

bool TicketStats::typeLess(const QString &a, const QString &b)
{
    const int ra = typeRank(a);
    const int rb = typeRank(b);
    if (ra != rb)
        return ra < rb;
    return a < b;
}

bool TicketStats::stateLess(const StateCount &a, const StateCount &b)
{
    if (a.type != b.type)
        return typeLess(a.type, b.type);
    const CodeKey ka = codeKey(a.code);
    const CodeKey kb = codeKey(b.code);
    return std::tie(ka.bucket, ka.number, ka.text) < std::tie(kb.bucket, kb.number, kb.text);
}

TicketStats TicketStats::compute(
    const QList<Ticket> &tickets, const StateTable &states, int topGroups, int recentClosed)
{
    // Called on every dashboard refresh with 100,000+ tickets: per ticket only two hash
    // lookups on the raw strings; the state table is asked once per distinct (type, state).
    struct RawState {
        int count = 0;
        bool closed = false;
        bool seen = false;
    };
    QHash<QString, QHash<QString, RawState>> byTypeAndRawState;
    QHash<QString, int> openByGroup;
    QList<const Ticket *> closedTickets;

    for (const Ticket &t : tickets) {
        RawState &raw = byTypeAndRawState[t.type][t.state];
        if (!raw.seen) {
            raw.seen = true;
            raw.closed = states.isClosed(t.type, canonicalCode(t.state));
        }
        ++raw.count;
        if (raw.closed)
            closedTickets << &t;
        else
            ++openByGroup[t.assignmentGroup];
    }

    TicketStats stats;
    stats.total = int(tickets.size());
    for (auto typeIt = byTypeAndRawState.cbegin(); typeIt != byTypeAndRawState.cend(); ++typeIt) {
        TypeCount tc {typeIt.key(), 0, 0, 0};
        QHash<QString, int> counts; // canonical code -> count ("05" and "5" are one state)
        for (auto it = typeIt->cbegin(); it != typeIt->cend(); ++it) {
            counts[canonicalCode(it.key())] += it->count;
            tc.count += it->count;
            (it->closed ? tc.closed : tc.open) += it->count;
        }
        // Known states with no tickets still get their row.
        for (const StateTable::State &s : states.states(tc.type)) {
            if (!counts.contains(s.code))
                counts.insert(s.code, 0);
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            stats.states << StateCount {tc.type, it.key(), it.value(), it.value() * 100.0 / tc.count,
                states.isClosed(tc.type, it.key()), !it.key().isEmpty() && states.isKnown(tc.type, it.key())};
        }
        stats.types << tc;
        stats.open += tc.open;
        stats.closed += tc.closed;
    }
    std::sort(stats.types.begin(), stats.types.end(),
        [](const TypeCount &a, const TypeCount &b) { return typeLess(a.type, b.type); });
    std::sort(stats.states.begin(), stats.states.end(), &TicketStats::stateLess);

    for (auto it = openByGroup.cbegin(); it != openByGroup.cend(); ++it)
        stats.topGroups << GroupCount {it.key(), it.value()};
    const auto groupBefore = [](const GroupCount &a, const GroupCount &b) {
        return a.open != b.open ? a.open > b.open : a.group < b.group;
    };
    const qsizetype groupsShown = std::clamp<qsizetype>(topGroups, 0, stats.topGroups.size());
    std::partial_sort(
        stats.topGroups.begin(), stats.topGroups.begin() + groupsShown, stats.topGroups.end(), groupBefore);
    stats.topGroups.resize(groupsShown);

    // sys_updated_on is "yyyy-MM-dd HH:mm:ss": text order is time order. Ties: by number.
    const auto newer = [](const Ticket *a, const Ticket *b) {
        return a->sysUpdatedOn != b->sysUpdatedOn ? a->sysUpdatedOn > b->sysUpdatedOn : a->number > b->number;
    };
    const qsizetype closedShown = std::clamp<qsizetype>(recentClosed, 0, closedTickets.size());
    std::partial_sort(closedTickets.begin(), closedTickets.begin() + closedShown, closedTickets.end(), newer);
    stats.recentlyClosed.reserve(closedShown);
    for (qsizetype i = 0; i < closedShown; ++i)
        stats.recentlyClosed << *closedTickets.at(i);
    return stats;
}

const TicketStats::StateCount *TicketStats::stateCount(const QString &type, const QString &code) const
{
    const QString key = canonicalCode(code);
    const auto it = std::find_if(
        states.cbegin(), states.cend(), [&](const StateCount &s) { return s.type == type && s.code == key; });
    return it != states.cend() ? &*it : nullptr;
}

const TicketStats::TypeCount *TicketStats::typeCount(const QString &type) const
{
    const auto it = std::find_if(types.cbegin(), types.cend(), [&](const TypeCount &t) { return t.type == type; });
    return it != types.cend() ? &*it : nullptr;
}
