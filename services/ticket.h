#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// A ticket as the store keeps it: the fields worth showing plus the whole record.
struct Ticket
{
    QString sysId;
    QString number;
    QString type;
    QString state;
    QString priority;
    QString impact;
    QString urgency;
    QString assignmentGroup;
    QString assignedTo;
    QString shortDescription;
    QString sysCreatedOn;
    QString sysUpdatedOn;
    QByteArray recordJson; // full ServiceNow record as received (compact JSON)

    QByteArray lastSourceId; // stream entry id (or SSE id) of the last applied event
    QString lastAction;
    QDateTime lastEventTime;
    QDateTime appliedAt;     // when this console applied it
};

// One applied change, for a ticket's history pane.
struct TicketChange
{
    QByteArray sourceId;
    QString action;
    QString state;
    QString assignmentGroup;
    QDateTime eventTime;
    QDateTime appliedAt;
};

Q_DECLARE_METATYPE(Ticket)
