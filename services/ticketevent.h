#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "services/recordfields.h"

// One ticket change, decoded from a stream entry or an SSE frame (docs/event-format.md).
struct TicketEvent {
    QByteArray sourceId; // stream entry id, or the SSE event id
    QString type; // incident, change_task, sc_task, problem, change_request, ... (aliases resolved)
    QString rawType; // as the producer wrote it ("ctask", or the `table` field)
    QString action; // created, updated, resolved, completed, synced, slm_updated, deleted
    QString rawAction; // as written; an unknown action is applied as "updated" and kept here
    QString sysId; // 32 hex chars
    QString number; // INC0012345, CTASK..., SCTASK...
    QString state; // state code as text ("6", "-5")
    QString priority; // "1".."5" or empty
    QString assignmentGroup;
    QString shortDescription;
    QString sysUpdatedOn; // record's sys_updated_on, "yyyy-MM-dd HH:mm:ss" (UTC); orders events
    QDateTime timestamp; // the entry's own timestamp (ISO-8601), invalid if absent
    // The full ServiceNow record from `data`, byte for byte as received, so the store keeps it
    // without serialising it again; empty when the event has none (or `data` was "{}").
    QByteArray recordJson;
    RecordFields record; // what decoding and applying read from it, extracted once

    bool recovered = false; // some fields came from table/operation/data rather than the entry

    // For events built in memory: the record as compact JSON plus its fields.
    void setRecord(const QJsonObject &object);

    [[nodiscard]] QString eventName() const { return type + QLatin1Char(':') + action; }
};
