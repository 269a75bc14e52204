#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include "services/streamentry.h"
#include "services/ticketevent.h"

// Turns a change-stream entry into a TicketEvent, or says precisely why it cannot.
// Pure: no I/O, so every contract case is a unit test (docs/event-format.md).
class EventDecoder final {
    Q_DECLARE_TR_FUNCTIONS(EventDecoder)

public:
    struct Options {
        qsizetype maxEntryBytes = 1024 * 1024; // larger entries are dead-lettered
    };

    struct Result {
        std::optional<TicketEvent> event;
        QString reasonCode; // machine-readable when event is empty: too_large, bad_json, no_sys_id, ...
        QString reason; // translated one-liner for people
        // The same in English: what the dead-letter stream keeps (dlq_reason), which every
        // console and the CLI read whatever their language.
        QString writtenReason;
        [[nodiscard]] bool ok() const { return event.has_value(); }
    };

    [[nodiscard]] static Result decode(const StreamEntry &entry, const Options &options);
    [[nodiscard]] static Result decode(const StreamEntry &entry) { return decode(entry, Options {}); }

    // A field of a ServiceNow record: plain string/number, or {"value": .., "display_value": ..}.
    [[nodiscard]] static QString fieldValue(const QJsonValue &value);
    [[nodiscard]] static QString fieldDisplayValue(const QJsonValue &value);
    // A JSON number as fieldValue() prints it: "6", not "6.0".
    [[nodiscard]] static QString numberText(double d);

    // "ctask" -> "change_task", "sctask" -> "sc_task"; other names are kept (lower-cased).
    [[nodiscard]] static QString canonicalType(const QString &type);
    // Known actions pass through; anything else becomes "updated". ServiceNow operations
    // (insert/update/delete) map to created/updated/deleted.
    [[nodiscard]] static QString canonicalAction(const QString &action);
};
