#include "services/eventdecoder.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

namespace {

using namespace Qt::StringLiterals;

// Longest piece of a producer's value quoted in a reason, so a reason stays one short line.
constexpr qsizetype MaxQuoted = 64;

QString entryText(const StreamEntry &entry, const QByteArray &field)
{
    return QString::fromUtf8(entry.value(field)).trimmed();
}

QString recordText(const QJsonObject &record, const QString &field)
{
    return EventDecoder::fieldValue(record.value(field)).trimmed();
}

// A producer's value inside a reason: one line, bounded length.
QString quotedForReason(const QString &text)
{
    QString out = text.left(MaxQuoted);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    if (text.size() > MaxQuoted)
        out += u"…"_s;
    return out;
}

bool isHexSysId(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

// ISO-8601 with or without milliseconds and zone, 'T' or ' ' between date and time. A time
// without a zone is UTC: ServiceNow's stored values and most producers' clocks are.
QDateTime parseTimestamp(const QString &text)
{
    if (text.size() < 16) // a date alone is not a timestamp
        return {};
    const QChar sep = text.at(10);
    if (sep != u'T' && sep != u't' && sep != u' ')
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toUTC();
}

// sys_updated_on in one comparable form, "yyyy-MM-dd HH:mm:ss" UTC; empty if it does not parse,
// so ordering falls back to the stream id instead of comparing garbage.
QString normalisedUpdatedOn(const QString &text)
{
    const QDateTime parsed = parseTimestamp(text);
    if (!parsed.isValid())
        return {};
    return parsed.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString jsonKindName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return EventDecoder::tr("null");
    case QJsonValue::Bool:
        return EventDecoder::tr("a boolean");
    case QJsonValue::Double:
        return EventDecoder::tr("a number");
    case QJsonValue::String:
        return EventDecoder::tr("a string");
    case QJsonValue::Array:
        return EventDecoder::tr("an array");
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return EventDecoder::tr("not an object");
}

EventDecoder::Result fail(const QString &code, const QString &reason)
{
    EventDecoder::Result result;
    result.reasonCode = code;
    result.reason = reason;
    return result;
}

// Parses `data`. Returns false with a reason when it is present but not a JSON object.
bool parseRecord(const QByteArray &data, QJsonObject *record, QString *reason)
{
    if (data.trimmed().isEmpty()) // absent or blank: a complete entry may come without its record
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        *record = doc.object();
        return true;
    }
    if (error.error == QJsonParseError::NoError) { // a top-level array
        *reason =
            EventDecoder::tr("data is JSON but not an object (it is %1)").arg(jsonKindName(QJsonValue(doc.array())));
        return false;
    }
    // Qt rejects top-level scalars as a parse error; wrapping tells "valid but not an object"
    // apart from "not JSON", so the reason does not mislead whoever fixes the producer.
    QJsonParseError wrappedError;
    QByteArray bracketed;
    bracketed.reserve(data.size() + 2);
    bracketed.append('[').append(data).append(']');
    const QJsonDocument wrapped = QJsonDocument::fromJson(bracketed, &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
        *reason =
            EventDecoder::tr("data is JSON but not an object (it is %1)").arg(jsonKindName(wrapped.array().at(0)));
        return false;
    }
    *reason = EventDecoder::tr("data is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
    return false;
}

} // namespace

EventDecoder::Result EventDecoder::decode(const StreamEntry &entry, const Options &options)
{
    // Size first: a huge entry is never parsed.
    const qsizetype size = entry.byteSize();
    if (size > options.maxEntryBytes) {
        return fail(u"too_large"_s,
            tr("entry is %1 bytes, larger than the limit of %2 bytes").arg(size).arg(options.maxEntryBytes));
    }
    if (entry.fields.isEmpty()) {
        return fail(u"empty"_s, tr("entry has no fields (it was deleted from the stream while still pending)"));
    }

    TicketEvent event;
    event.sourceId = entry.id;

    QString reason;
    if (!parseRecord(entry.value(QByteArrayLiteral("data")), &event.record, &reason))
        return fail(u"bad_json"_s, reason);
    const QJsonObject &record = event.record;

    // sys_id: the entry's, else the record's; both must agree when both are given.
    const QString entrySysId = entryText(entry, QByteArrayLiteral("sys_id"));
    const QString recordSysId = recordText(record, u"sys_id"_s);
    QString sysId = entrySysId;
    if (sysId.isEmpty()) {
        sysId = recordSysId;
        event.recovered = !sysId.isEmpty();
    }
    if (sysId.isEmpty()) {
        return fail(u"no_sys_id"_s, tr("no sys_id: the entry has no sys_id field and the record in data has none"));
    }
    if (!isHexSysId(sysId)) {
        return fail(u"bad_sys_id"_s, tr("sys_id \"%1\" is not 32 hexadecimal characters").arg(quotedForReason(sysId)));
    }
    event.sysId = sysId.toLower();
    // Applying one ticket's record under another ticket's id would corrupt the store.
    if (!entrySysId.isEmpty() && !recordSysId.isEmpty() && recordSysId.toLower() != event.sysId) {
        return fail(u"sys_id_mismatch"_s,
            tr("sys_id %1 of the entry differs from sys_id \"%2\" of the record in data")
                .arg(event.sysId, quotedForReason(recordSysId)));
    }

    // type: the entry's, else `table`, else the record's sys_class_name.
    event.rawType = entryText(entry, QByteArrayLiteral("type"));
    if (event.rawType.isEmpty()) {
        event.rawType = entryText(entry, QByteArrayLiteral("table"));
        if (event.rawType.isEmpty())
            event.rawType = recordText(record, u"sys_class_name"_s);
        event.recovered = event.recovered || !event.rawType.isEmpty();
    }
    event.type = canonicalType(event.rawType);
    if (event.type.isEmpty()) {
        return fail(u"no_type"_s,
            tr("no type: the entry has no type or table field and the record in data has no sys_class_name"));
    }

    // action: the entry's, else ServiceNow's `operation`; neither means an update.
    event.rawAction = entryText(entry, QByteArrayLiteral("action"));
    if (event.rawAction.isEmpty()) {
        event.rawAction = entryText(entry, QByteArrayLiteral("operation"));
        event.recovered = event.recovered || !event.rawAction.isEmpty();
    }
    event.action = canonicalAction(event.rawAction);

    // The entry states number, state, group and description; the record fills the gaps.
    enum class Form { Value, Display };
    const auto fill = [&entry, &record, &event](const QByteArray &field, Form form, QString *target) {
        *target = entryText(entry, field);
        if (!target->isEmpty())
            return;
        const QJsonValue value = record.value(QString::fromLatin1(field));
        *target = (form == Form::Display ? fieldDisplayValue(value) : fieldValue(value)).trimmed();
        event.recovered = event.recovered || !target->isEmpty();
    };
    fill(QByteArrayLiteral("number"), Form::Value, &event.number);
    fill(QByteArrayLiteral("state"), Form::Value, &event.state); // the code, never its label
    // A group is shown to people: its display name, else its sys_id.
    fill(QByteArrayLiteral("assignment_group"), Form::Display, &event.assignmentGroup);
    fill(QByteArrayLiteral("short_description"), Form::Value, &event.shortDescription);

    // Never entry fields in the layout, so taking them from the record is not "recovery".
    event.priority = entryText(entry, QByteArrayLiteral("priority"));
    if (event.priority.isEmpty())
        event.priority = recordText(record, u"priority"_s);
    event.sysUpdatedOn = normalisedUpdatedOn(recordText(record, u"sys_updated_on"_s));
    event.timestamp = parseTimestamp(entryText(entry, QByteArrayLiteral("timestamp")));

    Result result;
    result.event = std::move(event);
    return result;
}

QString EventDecoder::fieldValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // Integral numbers print without ".0" so a state 6 stays "6"; the range check keeps
        // the conversion defined (and exact) for any double.
        const double d = value.toDouble();
        constexpr double Exact = 9007199254740992.0; // 2^53
        if (d > -Exact && d < Exact && std::trunc(d) == d)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(u"value"_s))
            return fieldValue(object.value(u"value"_s));
        return {};
    }
    case QJsonValue::Null:
    case QJsonValue::Array:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString EventDecoder::fieldDisplayValue(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString display = fieldValue(object.value(u"display_value"_s));
        if (!display.isEmpty())
            return display;
        return fieldValue(object.value(u"value"_s));
    }
    return fieldValue(value);
}

QString EventDecoder::canonicalType(const QString &type)
{
    const QString lower = type.trimmed().toLower();
    if (lower == u"ctask")
        return u"change_task"_s;
    if (lower == u"sctask")
        return u"sc_task"_s;
    return lower;
}

QString EventDecoder::canonicalAction(const QString &action)
{
    const QString lower = action.trimmed().toLower();
    if (lower == u"created" || lower == u"updated" || lower == u"resolved" || lower == u"completed"
        || lower == u"synced" || lower == u"slm_updated" || lower == u"deleted") {
        return lower;
    }
    if (lower == u"insert")
        return u"created"_s;
    if (lower == u"delete")
        return u"deleted"_s;
    return u"updated"_s; // "update", and anything unknown
}
