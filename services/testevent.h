#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// A hand-made change entry in the contract of docs/event-format.md, for the toolbar's
// "Publish test event": an analyst checks that the pipeline (processors, gateway, this console)
// reacts end to end. The sys_id is derived from the number, so test events for the same number
// keep updating one ticket instead of creating a new one each time.
struct TestEvent {
    QString type = QStringLiteral("incident");
    QString action = QStringLiteral("updated");
    QString number; // empty: a number in the type's prefix, e.g. INC9990001
    QString state; // empty: a plausible state for the action
    QString assignmentGroup = QStringLiteral("Streamdesk Test");
    QString shortDescription;
    QDateTime time; // invalid: now (UTC)
    // For an existing ticket (the dialog looks the number up): its sys_id, and its record, which
    // the event carries with the new state and time, so the ticket is updated, not duplicated,
    // and keeps its fields. Empty: the sys_id is derived from the number, the record minimal.
    QString sysId;
    QByteArray baseRecord;

    using Fields = QList<QPair<QByteArray, QByteArray>>;

    [[nodiscard]] static QStringList types(); // incident, change_task, sc_task
    [[nodiscard]] static QStringList actions(); // created, updated, resolved, ...
    [[nodiscard]] static QString defaultNumber(const QString &type);
    // ServiceNow's number prefix of a type: INC, CTASK, SCTASK.
    [[nodiscard]] static QString numberPrefix(const QString &type);
    [[nodiscard]] static QString sysIdFor(const QString &number);
    // The state a test event carries when none is given: new on created, resolved/closed on
    // resolved/completed, in progress otherwise.
    [[nodiscard]] static QString defaultState(const QString &type, const QString &action);

    // The XADD field/value pairs, `data` included (plain values, as a producer writes them).
    [[nodiscard]] Fields fields() const;
    // Arguments for XADD <stream> * ...
    [[nodiscard]] QList<QByteArray> xaddArguments(const QString &stream) const;
};
