#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include "services/eventdecoder.h"
#include "services/ticketevent.h"

// Turns one server-sent event from the team's backends into either a TicketEvent (for the same
// TicketStore::apply() as stream entries) or an item for the event log. Pure: no I/O, no
// store access; what the caller's store knows comes in through Options::lookup.
// The accepted shapes are documented in docs/event-format.md, "From SSE feeds".
// The event's sourceId is the SSE id for the stream-entry shape (our gateway: a stream id) and
// "<feed>#<id>" for the other shapes, whose ids are counters or times.
class FeedDecoder final {
    Q_DECLARE_TR_FUNCTIONS(FeedDecoder)

public:
    // What the caller's ticket store knows about a ticket.
    struct KnownTicket {
        QString sysId;
        QString type;
    };
    // Finds a stored ticket by sys_id (when non-empty) or else by number. Used only for shapes
    // that do not name the ticket fully: a broadcast without sys_id, a frame without a type.
    using Lookup = std::function<std::optional<KnownTicket>(const QString &sysId, const QString &number)>;

    struct Options {
        EventDecoder::Options decoder;
        Lookup lookup; // empty: nothing is known, such events are logged only
    };

    // Which shape of BRIEF §3 the event had.
    enum class Shape : quint8 {
        None, // not a ticket change: a log item
        StreamEntry, // event "type:action" (or "malformed"), data = the entry's fields (our gateway)
        TicketEvent, // ticket-created/-updated/-deleted with {sysId, number, ticketType, ...}
        BareFrame, // no event name, data {type: "ticket-updated", sys_id, timestamp, change}
        Broadcast, // data {type: "ticket_update", data: {ticketType, action, number, ...}}
    };

    struct Item {
        Shape shape = Shape::None;
        std::optional<TicketEvent> event; // set: apply it; empty: log only
        QString feed;
        QString type; // the SSE event type, "message" when the frame had none
        QString id; // the SSE id, may be empty
        QString payloadType; // the payload's own "type" string, if it has one ("heartbeat")
        // For the event log's filter: ticket, connection, heartbeat, notification, triage, stats,
        // sync, sla or other.
        QString category;
        QJsonValue payload; // data parsed as JSON, else the data as a string
        QString reasonCode; // a ticket change that cannot be applied: why (EventDecoder's
                            // codes, or bad_payload, unknown_ticket)
        QString reason; // translated one-liner

        [[nodiscard]] bool isTicket() const { return event.has_value(); }
    };

    [[nodiscard]] static Item decode(
        const QString &feed, const QString &type, const QString &data, const QString &id, const Options &options);
    [[nodiscard]] static Item decode(const QString &feed, const QString &type, const QString &data, const QString &id)
    {
        return decode(feed, type, data, id, Options {});
    }
};
