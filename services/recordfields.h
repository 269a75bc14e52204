#pragma once

#include <optional>

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

// The fields of a ServiceNow record (an entry's `data`) that decoding and applying read, each as
// EventDecoder::fieldValue() would give it (untrimmed), or, where marked, as people read it
// (EventDecoder::fieldDisplayValue()). Extracted once per event; the record itself travels as
// its received bytes (TicketEvent::recordJson).
struct RecordFields {
    bool present = false; // a record with at least one member
    QString sysId;
    QString sysClassName;
    QString number;
    QString state;
    QString priority;
    QString shortDescription;
    QString sysUpdatedOn; // as written; the decoder normalises it
    QString assignmentGroup; // display value, else value
    QString impact;
    QString urgency;
    QString assignedTo; // display value, else value
    // The record names assigned_to, maybe empty or null: unassigned. A whole record that says so
    // clears the stored assignee, where an event field left empty never erases anything.
    bool hasAssignedTo = false;
    QString sysCreatedOn;

    // Through QJsonDocument: for records built in memory, and the reference scan() must match.
    [[nodiscard]] static RecordFields fromObject(const QJsonObject &record);

    // A strict single-pass scan of a JSON object, without building a document: Qt's parser was
    // most of the decoder's cost (~6 µs for a 1 KB record). Returns nullopt when the bytes are
    // not a JSON object, or use something this scan leaves to Qt (escaped surrogates, deep
    // nesting); the caller then asks QJsonDocument, which gives the verdict and the reason.
    // Whenever it returns fields, they equal fromObject(QJsonDocument::fromJson(json).object()).
    [[nodiscard]] static std::optional<RecordFields> scan(QByteArrayView json);

    friend bool operator==(const RecordFields &, const RecordFields &) = default;
};
