#include "services/testevent.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include "services/statetable.h"

using namespace Qt::StringLiterals;

QStringList TestEvent::types()
{
    return {u"incident"_s, u"change_task"_s, u"sc_task"_s};
}

QStringList TestEvent::actions()
{
    return {u"created"_s, u"updated"_s, u"resolved"_s, u"completed"_s, u"synced"_s, u"slm_updated"_s};
}

QString TestEvent::numberPrefix(const QString &type)
{
    if (type == u"change_task")
        return u"CTASK"_s;
    if (type == u"sc_task")
        return u"SCTASK"_s;
    return u"INC"_s;
}

QString TestEvent::defaultNumber(const QString &type)
{
    return numberPrefix(type) + u"9990001"_s;
}

QString TestEvent::sysIdFor(const QString &number)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray("streamdesk-test-event:" + number.toUtf8()), QCryptographicHash::Md5);
    return QString::fromLatin1(digest.toHex()); // 32 hex chars, like a ServiceNow sys_id
}

QString TestEvent::defaultState(const QString &type, const QString &action)
{
    // Default state table (docs/event-format.md): incident 1 new, 2 in progress, 6 resolved,
    // 7 closed; tasks 1 pending, 3 work in progress, 4 closed complete.
    const bool incident = type == u"incident";
    if (action == u"created")
        return u"1"_s;
    if (action == u"resolved")
        return incident ? u"6"_s : u"4"_s;
    if (action == u"completed")
        return incident ? u"7"_s : u"4"_s;
    return incident ? u"2"_s : u"3"_s;
}

TestEvent::Fields TestEvent::fields() const
{
    const QString num = number.isEmpty() ? defaultNumber(type) : number;
    const QString st = state.isEmpty() ? defaultState(type, action) : state;
    const QString id = sysId.isEmpty() ? sysIdFor(num) : sysId;
    const QDateTime at = (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC();
    const QString description = shortDescription.isEmpty() ? u"Test event published from Streamdesk"_s
                                                           : shortDescription; // stream data: same in every locale

    QJsonObject record = QJsonDocument::fromJson(baseRecord).object();
    if (record.isEmpty()) {
        record = {
            {u"sys_class_name"_s, type},
            {u"priority"_s, u"4"_s},
            {u"assignment_group"_s, assignmentGroup},
            {u"short_description"_s, description},
        };
    }
    record.insert(u"sys_id"_s, id);
    record.insert(u"number"_s, num);
    // In the form the record has it: a {value, display_value} state gets the new code and its
    // label, in the language the old label was in (the instance's), else the state is plain.
    const StateTable defaults = StateTable::defaults();
    if (const QJsonValue old = record.value(u"state"_s); old.isObject()) {
        const QJsonObject before = old.toObject();
        const QString oldCode = before.value(u"value"_s).toString();
        const QString language =
            before.value(u"display_value"_s).toString() == defaults.label(type, oldCode, u"pt_BR"_s) ? u"pt_BR"_s
                                                                                                     : u"en"_s;
        record.insert(
            u"state"_s, QJsonObject {{u"value"_s, st}, {u"display_value"_s, defaults.label(type, st, language)}});
    } else {
        record.insert(u"state"_s, st);
    }
    record.insert(u"sys_updated_on"_s, at.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    // A ticket's record says whether it is still active; closing it by hand must not leave it
    // "true" (nor reopening it "false"). Closed-ness from the default state table, as the event
    // carries no other; only when the record has the field, in the form it has it.
    if (const auto active = record.constFind(u"active"_s); active != record.constEnd()) {
        const QString value = defaults.isClosed(type, st) ? u"false"_s : u"true"_s;
        record.insert(u"active"_s,
            active->isObject() ? QJsonValue(QJsonObject {{u"value"_s, value}, {u"display_value"_s, value}})
                               : QJsonValue(value));
    }
    return {
        {"type", type.toUtf8()},
        {"action", action.toUtf8()},
        {"sys_id", id.toLatin1()},
        {"number", num.toUtf8()},
        {"state", st.toUtf8()},
        {"assignment_group", assignmentGroup.toUtf8()},
        {"short_description", description.toUtf8()},
        {"timestamp", at.toString(Qt::ISODateWithMs).toLatin1()},
        {"data", QJsonDocument(record).toJson(QJsonDocument::Compact)},
    };
}

QList<QByteArray> TestEvent::xaddArguments(const QString &stream) const
{
    QList<QByteArray> args {"XADD", stream.toUtf8(), "*"};
    for (const auto &[field, value] : fields())
        args << field << value;
    return args;
}
