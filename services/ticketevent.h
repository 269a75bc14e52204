#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One ticket change, decoded from a stream entry or an SSE frame (docs/event-format.md).
struct TicketEvent
{
    QByteArray sourceId;   // stream entry id, or the SSE event id
    QString type;          // incident, change_task, sc_task, problem, change_request, ... (aliases resolved)
    QString rawType;       // as the producer wrote it ("ctask", or the `table` field)
    QString action;        // created, updated, resolved, completed, synced, slm_updated, deleted
    QString rawAction;     // as written; an unknown action is applied as "updated" and kept here
    QString sysId;         // 32 hex chars
    QString number;        // INC0012345, CTASK..., SCTASK...
    QString state;         // state code as text ("6", "-5")
    QString priority;      // "1".."5" or empty
    QString assignmentGroup;
    QString shortDescription;
    QString sysUpdatedOn;  // record's sys_updated_on, "yyyy-MM-dd HH:mm:ss" (UTC); orders events
    QDateTime timestamp;   // the entry's own timestamp (ISO-8601), invalid if absent
    QJsonObject record;    // the full ServiceNow record from `data`, as received
    // `data` byte for byte when record is not empty (the decoder fills it), so the store keeps
    // the record without serialising it again. Empty: the store serialises record (SSE feeds, tests).
    QByteArray recordJson;
    bool recovered = false; // some fields came from table/operation/data rather than the entry

    [[nodiscard]] QString eventName() const { return type + QLatin1Char(':') + action; }
};
