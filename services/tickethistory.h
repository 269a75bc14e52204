#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include "services/ticket.h"

// A ticket's bounded change history as the store keeps it: one JSON array in the ticket's own
// row, oldest first, each change [source_id, action, state, assignment_group, event_ms, applied_ms]
// (ids and times may be null). In the row, not in a table of its own: a history table and its
// indexes doubled the pages every batch wrote, and the row is rewritten anyway when a change is
// applied. Readable with SQLite's json_each() (docs/event-format.md, "The ticket store").
//
// Used by the writer for one batch: load the stored array, add changes, take the bounded result.
class TicketHistory final {
public:
    TicketHistory() = default;
    explicit TicketHistory(QByteArray stored);

    // Whether a change with this source id is in the history (stored or added). Empty ids
    // never match: such events cannot be told apart.
    [[nodiscard]] bool contains(QByteArrayView sourceId) const;
    // Whether this change was delivered before: the same source id and the same event time (an
    // SSE backend whose ids are a counter reuses them after a restart, for new changes with
    // later times). Without a time on either side, also the same action, and the same state and
    // group where the change has them. appliedAt is not compared.
    [[nodiscard]] bool contains(const TicketChange &change) const;
    // The content rule of contains() for changes without an event time: the same action, and
    // the same state and group where `incoming` has them. The store applies it to a ticket's
    // last applied event too.
    [[nodiscard]] static bool sameContent(const TicketChange &incoming, const TicketChange &recorded);
    void append(const TicketChange &change);
    // A change older than the ticket (a stale event, e.g. a crashed consumer's entry claimed
    // after newer ones applied): placed after the last change whose event time (then stream id)
    // is not later, so the history has no gap. False, and nothing changes, when it would fall
    // before the oldest of `limit` changes kept. The first call splits the array once; each
    // looks only at the changes later than it (from the newest back).
    bool insertByTime(const TicketChange &change, int limit);
    [[nodiscard]] bool changed() const { return m_split || !m_added.isEmpty(); }
    // The newest `limit` changes as a JSON array.
    [[nodiscard]] QByteArray toJson(int limit) const;

    // Newest first, for the history pane.
    [[nodiscard]] static QList<TicketChange> parse(QByteArrayView json);

private:
    [[nodiscard]] static QByteArray element(const TicketChange &change);
    // An element's event time in ms since the epoch; nullopt when null or unreadable. The last
    // two fields are numbers or null, so it is read from the end without parsing.
    [[nodiscard]] static std::optional<qint64> eventMs(QByteArrayView element);
    void split(); // m_stored's elements into m_added, oldest first

    QByteArray m_stored;
    QList<QByteArray> m_added; // each one element, without separators (all of them once split)
    bool m_split = false; // m_stored moved into m_added (insertByTime)
};
