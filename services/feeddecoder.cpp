#include "services/feeddecoder.h"

#include <initializer_list>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>

#include "services/safetext.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxQuoted = 64;

// Epoch numbers above this are milliseconds (JavaScript's Date.now()), below it seconds.
constexpr double MillisecondsThreshold = 1e11;

bool isTicketEventName(const QString &type)
{
    return type == "ticket-created"_L1 || type == "ticket-updated"_L1 || type == "ticket-deleted"_L1;
}

QString actionFromEventName(const QString &type)
{
    if (type == "ticket-created"_L1)
        return u"created"_s;
    if (type == "ticket-deleted"_L1)
        return u"deleted"_s;
    return u"updated"_s;
}

QString categoryOf(const QString &type)
{
    if (type == "connection"_L1 || type == "connected"_L1)
        return u"connection"_s;
    if (type == "heartbeat"_L1 || type == "ping"_L1)
        return u"heartbeat"_s;
    if (type == "notification"_L1)
        return u"notification"_s;
    if (type.startsWith("triage_"_L1) || type == "message_received"_L1 || type == "complexity_update"_L1
        || type == "initial_state"_L1)
        return u"triage"_s;
    if (type == "dashboard-stats"_L1)
        return u"stats"_s;
    if (type == "sync-progress"_L1)
        return u"sync"_s;
    if (type.startsWith("sla-"_L1) || type.startsWith("sla_"_L1))
        return u"sla"_s;
    return u"other"_s;
}

QString quoted(const QString &text)
{
    return SafeText::oneLine(text, MaxQuoted);
}

// The first of these keys that is present and not null.
QJsonValue firstOf(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// A JSON member as an entry field would carry it; null and absent members are no field.
std::optional<QByteArray> entryFieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return std::nullopt;
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    default:
        return EventDecoder::fieldValue(value).toUtf8();
    }
}

// A state must be a code ("6", "-5"); a label ("Resolved") would be stored as a code and
// break every report, so it is left out and the stored state stays.
QString stateCode(const QJsonValue &value)
{
    const QString text = EventDecoder::fieldValue(value).trimmed();
    bool ok = false;
    text.toLongLong(&ok);
    return ok ? text : QString();
}

// ISO-8601 text as is; epoch seconds or milliseconds as ISO-8601 UTC.
QString timestampText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        const auto ms = static_cast<qint64>(number >= MillisecondsThreshold ? number : number * 1000.0);
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    }
    return EventDecoder::fieldValue(value).trimmed();
}

// The new values in a `changes` list: [{field, newValue}] or {field: {new: ..}} or {field: value}.
QJsonObject newValuesOf(const QJsonValue &changes)
{
    QJsonObject values;
    const auto newValue = [](const QJsonValue &change) {
        if (!change.isObject())
            return change;
        const QJsonObject object = change.toObject();
        // {value, display_value} is a ServiceNow field, not a change description.
        if (object.contains("display_value"_L1))
            return change;
        return firstOf(object, {"newValue"_L1, "new_value"_L1, "new"_L1, "to"_L1, "value"_L1});
    };
    if (changes.isArray()) {
        for (const QJsonValue &change : changes.toArray()) {
            const QJsonObject object = change.toObject();
            const QString field = firstOf(object, {"field"_L1, "name"_L1}).toString();
            if (!field.isEmpty() && !values.contains(field))
                values.insert(field, newValue(change));
        }
    } else if (changes.isObject()) {
        const QJsonObject object = changes.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            values.insert(it.key(), newValue(it.value()));
    }
    return values;
}

// A ticket change in one of the JSON shapes, read into the entry layout.
struct Change {
    QString type;
    QString action;
    QString sysId;
    QString number;
    QString state;
    QString priority;
    QString assignmentGroup;
    QString shortDescription;
    QString timestamp;

    // Reads the fields from these objects, the first one that has a field winning.
    void read(const QList<QJsonObject> &sources, bool descriptionIsShort)
    {
        const auto text = [&](std::initializer_list<QLatin1StringView> keys, bool display = false) {
            for (const QJsonObject &source : sources) {
                const QJsonValue value = firstOf(source, keys);
                if (value.isUndefined())
                    continue;
                const QString result =
                    (display ? EventDecoder::fieldDisplayValue(value) : EventDecoder::fieldValue(value)).trimmed();
                if (!result.isEmpty())
                    return result;
            }
            return QString();
        };
        type = text({"ticketType"_L1, "ticket_type"_L1, "table"_L1, "sys_class_name"_L1});
        action = text({"action"_L1});
        sysId = text({"sysId"_L1, "sys_id"_L1});
        number = text({"number"_L1});
        for (const QJsonObject &source : sources) {
            state = stateCode(firstOf(source, {"state"_L1}));
            if (!state.isEmpty())
                break;
        }
        priority = text({"priority"_L1});
        assignmentGroup = text({"assignmentGroup"_L1, "assignment_group"_L1}, true);
        shortDescription = descriptionIsShort ? text({"shortDescription"_L1, "short_description"_L1, "description"_L1})
                                              : text({"shortDescription"_L1, "short_description"_L1});
        for (const QJsonObject &source : sources) {
            timestamp = timestampText(firstOf(source, {"timestamp"_L1}));
            if (!timestamp.isEmpty())
                break;
        }
    }

    [[nodiscard]] StreamEntry toEntry(const QByteArray &id) const
    {
        StreamEntry entry;
        entry.id = id;
        const auto add = [&entry](const QByteArray &name, const QString &value) {
            if (!value.isEmpty())
                entry.fields.append({name, value.toUtf8()});
        };
        add("type"_ba, type);
        add("action"_ba, action);
        add("sys_id"_ba, sysId);
        add("number"_ba, number);
        add("state"_ba, state);
        add("priority"_ba, priority);
        add("assignment_group"_ba, assignmentGroup);
        add("short_description"_ba, shortDescription);
        add("timestamp"_ba, timestamp);
        return entry;
    }
};

} // namespace

FeedDecoder::Item FeedDecoder::decode(
    const QString &feed, const QString &type, const QString &data, const QString &id, const Options &options)
{
    Item item;
    item.feed = feed;
    item.type = type.isEmpty() ? u"message"_s : type;
    item.id = id;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8(), &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;
    if (isJson && document.isObject())
        item.payload = document.object();
    else if (isJson && document.isArray())
        item.payload = document.array();
    else
        item.payload = data;
    const QJsonObject object = document.object(); // empty unless an object
    item.payloadType = object.value("type"_L1).toString();
    const bool unnamed = item.type == "message"_L1;
    const QString effectiveType = unnamed && !item.payloadType.isEmpty() ? item.payloadType : item.type;
    item.category = categoryOf(effectiveType);

    const auto reject = [&item](const QString &code, const QString &reason) {
        item.category = u"ticket"_s;
        item.reasonCode = code;
        item.reason = reason;
        return item;
    };
    const auto notAnObject = [&]() {
        return reject(u"bad_payload"_s,
            isJson
                ? tr("the data of a %1 event is JSON but not an object").arg(quoted(item.type))
                : tr("the data of a %1 event is not valid JSON: %2").arg(quoted(item.type), parseError.errorString()));
    };

    // (a) Our gateway: the stream entry's fields, decoded exactly as a stream entry.
    if (item.type.contains(u':') || item.type == "malformed"_L1) {
        item.shape = Shape::StreamEntry;
        if (!document.isObject())
            return notAnObject();
        StreamEntry entry;
        entry.id = id.toUtf8();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const std::optional<QByteArray> text = entryFieldText(it.value()))
                entry.fields.append({it.key().toUtf8(), *text});
        }
        EventDecoder::Result decoded = EventDecoder::decode(entry, options.decoder);
        if (!decoded.ok())
            return reject(decoded.reasonCode, decoded.reason);
        item.category = u"ticket"_s;
        item.event = std::move(decoded.event);
        return item;
    }

    // (b) Named ticket events, (c) bare frames whose type names one, (d) ticket_update broadcasts.
    Change change;
    QString defaultAction;
    if (isTicketEventName(item.type)) {
        item.shape = Shape::TicketEvent;
        if (!document.isObject())
            return notAnObject();
        change.read({object, newValuesOf(object.value("changes"_L1)), object.value("change"_L1).toObject()}, false);
        defaultAction = actionFromEventName(item.type);
    } else if (unnamed && isTicketEventName(item.payloadType)) {
        item.shape = Shape::BareFrame;
        QJsonObject changed = object.value("change"_L1).toObject();
        change.read({object, changed, newValuesOf(object.value("changes"_L1))}, false);
        defaultAction = actionFromEventName(item.payloadType);
    } else if (item.payloadType == "ticket_update"_L1 && object.value("data"_L1).isObject()) {
        item.shape = Shape::Broadcast;
        change.read({object.value("data"_L1).toObject()}, true);
        defaultAction = u"updated"_s;
    } else {
        return item; // a log item
    }
    if (change.action.isEmpty())
        change.action = defaultAction;

    // Fill what the event does not say from what the store knows; never invent a ticket.
    if (options.lookup && (change.sysId.isEmpty() || change.type.isEmpty())
        && (!change.sysId.isEmpty() || !change.number.isEmpty())) {
        if (const std::optional<KnownTicket> known = options.lookup(change.sysId, change.number)) {
            if (change.sysId.isEmpty())
                change.sysId = known->sysId;
            if (change.type.isEmpty())
                change.type = known->type;
        }
    }
    if (change.sysId.isEmpty() && !change.number.isEmpty()) {
        return reject(u"unknown_ticket"_s,
            tr("%1 carries no sys_id and no stored ticket has the number %2: logged only")
                .arg(item.shape == Shape::Broadcast ? u"ticket_update"_s : item.type, quoted(change.number)));
    }
    if (!change.sysId.isEmpty() && change.type.isEmpty()) {
        return reject(u"no_type"_s,
            tr("no ticket type: the event names none and no stored ticket has sys_id %1: logged only")
                .arg(quoted(change.sysId)));
    }
    // These feeds' ids are counters or times, not stream ids: "17" would parse as stream id 17-0
    // and make the store call the event older than any entry from the stream. Qualified by the
    // feed, the id still makes a replay of the same event a duplicate, and never orders anything.
    const QByteArray sourceId = id.isEmpty() ? QByteArray() : (feed + u'#' + id).toUtf8();
    EventDecoder::Result decoded = EventDecoder::decode(change.toEntry(sourceId), options.decoder);
    if (!decoded.ok())
        return reject(decoded.reasonCode, decoded.reason);
    item.category = u"ticket"_s;
    item.event = std::move(decoded.event);
    return item;
}
