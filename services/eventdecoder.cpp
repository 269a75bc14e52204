#include "services/eventdecoder.h"

#include <cmath>
#include <optional>
#include <type_traits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

#include "services/safetext.h"

namespace {

using namespace Qt::StringLiterals;

// Longest piece of a producer's value quoted in a reason, so a reason stays one short line.
constexpr qsizetype MaxQuoted = 64;

// The fields the decoder reads, each at its first occurrence, found in one pass over the entry.
class EntryFields {
public:
    enum Name {
        Type,
        Table,
        Action,
        Operation,
        SysId,
        Number,
        State,
        AssignmentGroup,
        ShortDescription,
        Priority,
        Timestamp,
        Data,
        Count
    };

    explicit EntryFields(const StreamEntry &entry)
    {
        static constexpr QByteArrayView Names[Count] = {"type", "table", "action", "operation", "sys_id", "number",
            "state", "assignment_group", "short_description", "priority", "timestamp", "data"};
        for (const auto &[field, value] : entry.fields) {
            for (int i = 0; i < Count; ++i) {
                if (!m_values[i] && Names[i] == field) {
                    m_values[i] = &value;
                    break;
                }
            }
        }
    }

    [[nodiscard]] QByteArray bytes(Name name) const { return m_values[name] ? *m_values[name] : QByteArray(); }
    [[nodiscard]] QString text(Name name) const
    {
        return m_values[name] ? QString::fromUtf8(*m_values[name]).trimmed() : QString();
    }

private:
    const QByteArray *m_values[Count] = {};
};

// A producer's value inside a reason: one line, bounded length.
QString quotedForReason(const QString &text)
{
    return SafeText::oneLine(text, MaxQuoted);
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

// ---- Timestamps ---------------------------------------------------------------------------
// The hot path parses the forms producers and ServiceNow actually write by hand: Qt's
// QDateTime::fromString was ~7% of the consumer's CPU, and a time without a zone went through
// local time (a stat of /etc/localtime per event). Anything else falls back to Qt.

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), y >= 1.
constexpr qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// The inverse, for days >= daysFromCivil(1, 3, 1).
void civilFromDays(qint64 days, int *y, int *m, int *d)
{
    days += 719468;
    const qint64 era = days / 146097;
    const int doe = int(days - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = int(era * 400 + yoe) + (*m <= 2 ? 1 : 0);
}

constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : Days[m - 1];
}

template<typename Char> constexpr bool isAsciiSpace(Char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// "yyyy-MM-dd[T ]HH:mm:ss[.fff...][Z|+HH:mm|+HHmm|+HH]" (surrounding ASCII white space allowed;
// no zone = UTC) as milliseconds since the epoch, UTC. Fractions are truncated to milliseconds.
// nullopt for anything else, valid or not: the caller asks Qt, which decides.
template<typename Char> std::optional<qint64> fastUtcMsecs(const Char *s, qsizetype n)
{
    while (n > 0 && isAsciiSpace(s[n - 1]))
        --n;
    while (n > 0 && isAsciiSpace(*s)) {
        ++s;
        --n;
    }
    if (n < 19)
        return std::nullopt;
    const auto digit = [s](qsizetype i) {
        const auto unit = static_cast<std::make_unsigned_t<Char>>(s[i]);
        return unit >= '0' && unit <= '9' ? int(unit - '0') : -1;
    };
    const auto number = [&digit](qsizetype at, int length, int *out) {
        int value = 0;
        for (int i = 0; i < length; ++i) {
            const int d = digit(at + i);
            if (d < 0)
                return false;
            value = value * 10 + d;
        }
        *out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(0, 4, &year) || s[4] != '-' || !number(5, 2, &month) || s[7] != '-' || !number(8, 2, &day)
        || (s[10] != 'T' && s[10] != ' ') || !number(11, 2, &hour) || s[13] != ':' || !number(14, 2, &minute)
        || s[16] != ':' || !number(17, 2, &second)) {
        return std::nullopt;
    }
    // Years kept well inside QDate's and the day arithmetic's easy range, even after an offset.
    if (year < 1000 || year > 9998 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 59) {
        return std::nullopt;
    }
    qsizetype pos = 19;
    int msec = 0;
    if (pos < n && (s[pos] == '.' || s[pos] == ',')) {
        const qsizetype first = ++pos;
        int scale = 100;
        while (pos < n && digit(pos) >= 0) {
            msec += digit(pos) * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
    }
    int offsetSeconds = 0;
    if (pos < n) {
        const qsizetype rest = n - pos;
        if (rest == 1 && (s[pos] == 'Z' || s[pos] == 'z')) {
            // UTC
        } else if ((s[pos] == '+' || s[pos] == '-') && (rest == 3 || rest == 5 || rest == 6)) {
            int offsetHours = 0, offsetMinutes = 0;
            if (!number(pos + 1, 2, &offsetHours))
                return std::nullopt;
            if (rest == 5 && !number(pos + 3, 2, &offsetMinutes))
                return std::nullopt;
            if (rest == 6 && (s[pos + 3] != ':' || !number(pos + 4, 2, &offsetMinutes)))
                return std::nullopt;
            if (offsetHours > 23 || offsetMinutes > 59)
                return std::nullopt;
            offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (s[pos] == '-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000 + msec;
}

// Qt's reading, for the forms fastUtcMsecs() leaves alone. A time without a zone is UTC.
QDateTime parseTimestampWithQt(const QString &text)
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
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

// ISO-8601 with or without milliseconds and zone, 'T' or ' ' between date and time. A time
// without a zone is UTC: ServiceNow's stored values and most producers' clocks are.
QDateTime parseTimestamp(QByteArrayView text)
{
    if (const auto msecs = fastUtcMsecs(text.data(), text.size()))
        return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC);
    return parseTimestampWithQt(QString::fromUtf8(text).trimmed());
}

// sys_updated_on in one comparable form, "yyyy-MM-dd HH:mm:ss" UTC; empty if it does not parse,
// so ordering falls back to the stream id instead of comparing garbage.
QString normalisedUpdatedOn(const QString &text)
{
    qint64 msecs = 0;
    if (const auto fast = fastUtcMsecs(text.utf16(), text.size())) {
        msecs = *fast;
    } else {
        const QDateTime parsed = parseTimestampWithQt(text.trimmed());
        if (!parsed.isValid())
            return {};
        msecs = parsed.toMSecsSinceEpoch();
    }
    const qint64 seconds = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    if (days < daysFromCivil(1000, 1, 1) || days > daysFromCivil(9999, 12, 31))
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const int secondOfDay = int(seconds - days * 86400);
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    char16_t out[19];
    const auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    out[4] = u'-';
    put(5, month, 2);
    out[7] = u'-';
    put(8, day, 2);
    out[10] = u' ';
    put(11, secondOfDay / 3600, 2);
    out[13] = u':';
    put(14, secondOfDay / 60 % 60, 2);
    out[16] = u':';
    put(17, secondOfDay % 60, 2);
    return QStringView(out, 19).toString();
}

// A reason as shown (the console's language) and as written to the dead-letter stream (English).
struct Reason {
    QString shown;
    QString written;
};

// `source` is marked with QT_TRANSLATE_NOOP("EventDecoder", ...); %1, %2, ... take `args`.
Reason reasonText(const char *source, const QList<Reason> &args = {})
{
    Reason r {EventDecoder::tr(source), QString::fromLatin1(source)};
    for (const Reason &arg : args) {
        r.shown = r.shown.arg(arg.shown);
        r.written = r.written.arg(arg.written);
    }
    return r;
}

Reason same(const QString &text)
{
    return {text, text};
}

// Qt's own texts for a JSON error (qjsonparser.cpp): errorString() is translated too.
Reason jsonError(const QJsonParseError &error)
{
    const char *english = "illegal value";
    switch (error.error) {
    case QJsonParseError::NoError:
        english = "no error occurred";
        break;
    case QJsonParseError::UnterminatedObject:
        english = "unterminated object";
        break;
    case QJsonParseError::MissingNameSeparator:
        english = "missing name separator";
        break;
    case QJsonParseError::UnterminatedArray:
        english = "unterminated array";
        break;
    case QJsonParseError::MissingValueSeparator:
        english = "missing value separator";
        break;
    case QJsonParseError::IllegalValue:
        english = "illegal value";
        break;
    case QJsonParseError::TerminationByNumber:
        english = "invalid termination by number";
        break;
    case QJsonParseError::IllegalNumber:
        english = "illegal number";
        break;
    case QJsonParseError::IllegalEscapeSequence:
        english = "invalid escape sequence";
        break;
    case QJsonParseError::IllegalUTF8String:
        english = "invalid UTF8 string";
        break;
    case QJsonParseError::UnterminatedString:
        english = "unterminated string";
        break;
    case QJsonParseError::MissingObject:
        english = "object is missing after a comma";
        break;
    case QJsonParseError::DeepNesting:
        english = "too deeply nested document";
        break;
    case QJsonParseError::DocumentTooLarge:
        english = "too large document";
        break;
    case QJsonParseError::GarbageAtEnd:
        english = "garbage at the end of the document";
        break;
    }
    return {error.errorString(), QString::fromLatin1(english)};
}

Reason jsonKindName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return reasonText(QT_TRANSLATE_NOOP("EventDecoder", "null"));
    case QJsonValue::Bool:
        return reasonText(QT_TRANSLATE_NOOP("EventDecoder", "a boolean"));
    case QJsonValue::Double:
        return reasonText(QT_TRANSLATE_NOOP("EventDecoder", "a number"));
    case QJsonValue::String:
        return reasonText(QT_TRANSLATE_NOOP("EventDecoder", "a string"));
    case QJsonValue::Array:
        return reasonText(QT_TRANSLATE_NOOP("EventDecoder", "an array"));
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return reasonText(QT_TRANSLATE_NOOP("EventDecoder", "not an object"));
}

EventDecoder::Result fail(const QString &code, const Reason &reason)
{
    EventDecoder::Result result;
    result.reasonCode = code;
    result.reason = reason.shown;
    result.writtenReason = reason.written;
    return result;
}

// Reads `data`'s fields. Returns false with a reason when it is present but not a JSON object.
bool parseRecord(const QByteArray &data, RecordFields *record, Reason *reason)
{
    if (data.trimmed().isEmpty()) // absent or blank: a complete entry may come without its record
        return true;
    if (std::optional<RecordFields> scanned = RecordFields::scan(data)) { // the common case, fast
        *record = std::move(*scanned);
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        *record = RecordFields::fromObject(doc.object());
        return true;
    }
    if (error.error == QJsonParseError::NoError) { // a top-level array
        *reason = reasonText(QT_TRANSLATE_NOOP("EventDecoder", "data is JSON but not an object (it is %1)"),
            {jsonKindName(QJsonValue(doc.array()))});
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
        *reason = reasonText(QT_TRANSLATE_NOOP("EventDecoder", "data is JSON but not an object (it is %1)"),
            {jsonKindName(wrapped.array().at(0))});
        return false;
    }
    *reason = reasonText(QT_TRANSLATE_NOOP("EventDecoder", "data is not valid JSON: %1 at offset %2"),
        {jsonError(error), same(QString::number(error.offset))});
    return false;
}

} // namespace

EventDecoder::Result EventDecoder::decode(const StreamEntry &entry, const Options &options)
{
    // Size first: a huge entry is never parsed.
    const qsizetype size = entry.byteSize();
    if (size > options.maxEntryBytes) {
        return fail(u"too_large"_s,
            reasonText(QT_TRANSLATE_NOOP("EventDecoder", "entry is %1 bytes, larger than the limit of %2 bytes"),
                {same(QString::number(size)), same(QString::number(options.maxEntryBytes))}));
    }
    if (entry.fields.isEmpty()) {
        return fail(u"empty"_s,
            reasonText(QT_TRANSLATE_NOOP(
                "EventDecoder", "entry has no fields (it was deleted from the stream while still pending)")));
    }

    TicketEvent event;
    event.sourceId = entry.id;

    const EntryFields fields(entry);
    Reason reason;
    const QByteArray data = fields.bytes(EntryFields::Data);
    if (!parseRecord(data, &event.record, &reason))
        return fail(u"bad_json"_s, reason);
    const RecordFields &record = event.record;
    // The bytes as received: what the store keeps, so it never serialises the record again.
    if (record.present)
        event.recordJson = data;

    // sys_id: the entry's, else the record's; both must agree when both are given.
    const QString entrySysId = fields.text(EntryFields::SysId);
    const QString recordSysId = record.sysId.trimmed();
    QString sysId = entrySysId;
    if (sysId.isEmpty()) {
        sysId = recordSysId;
        event.recovered = !sysId.isEmpty();
    }
    if (sysId.isEmpty()) {
        return fail(u"no_sys_id"_s,
            reasonText(QT_TRANSLATE_NOOP(
                "EventDecoder", "no sys_id: the entry has no sys_id field and the record in data has none")));
    }
    if (!isHexSysId(sysId)) {
        return fail(u"bad_sys_id"_s,
            reasonText(QT_TRANSLATE_NOOP("EventDecoder", "sys_id \"%1\" is not 32 hexadecimal characters"),
                {same(quotedForReason(sysId))}));
    }
    event.sysId = sysId.toLower();
    // Applying one ticket's record under another ticket's id would corrupt the store.
    if (!entrySysId.isEmpty() && !recordSysId.isEmpty() && recordSysId.toLower() != event.sysId) {
        return fail(u"sys_id_mismatch"_s,
            reasonText(QT_TRANSLATE_NOOP(
                           "EventDecoder", "sys_id %1 of the entry differs from sys_id \"%2\" of the record in data"),
                {same(event.sysId), same(quotedForReason(recordSysId))}));
    }

    // type: the entry's, else `table`, else the record's sys_class_name.
    event.rawType = fields.text(EntryFields::Type);
    if (event.rawType.isEmpty()) {
        event.rawType = fields.text(EntryFields::Table);
        if (event.rawType.isEmpty())
            event.rawType = record.sysClassName.trimmed();
        event.recovered = event.recovered || !event.rawType.isEmpty();
    }
    event.type = canonicalType(event.rawType);
    if (event.type.isEmpty()) {
        return fail(u"no_type"_s,
            reasonText(QT_TRANSLATE_NOOP("EventDecoder",
                "no type: the entry has no type or table field and the record in data has no sys_class_name")));
    }

    // action: the entry's, else ServiceNow's `operation`; neither means an update.
    event.rawAction = fields.text(EntryFields::Action);
    if (event.rawAction.isEmpty()) {
        event.rawAction = fields.text(EntryFields::Operation);
        event.recovered = event.recovered || !event.rawAction.isEmpty();
    }
    event.action = canonicalAction(event.rawAction);

    // The entry states number, state, group and description; the record fills the gaps.
    const auto fill = [&fields, &event](EntryFields::Name field, const QString &fromRecord, QString *target) {
        *target = fields.text(field);
        if (!target->isEmpty())
            return;
        *target = fromRecord.trimmed();
        event.recovered = event.recovered || !target->isEmpty();
    };
    fill(EntryFields::Number, record.number, &event.number);
    fill(EntryFields::State, record.state, &event.state); // the code, never its label
    // A group is shown to people: its display name, else its sys_id.
    fill(EntryFields::AssignmentGroup, record.assignmentGroup, &event.assignmentGroup);
    fill(EntryFields::ShortDescription, record.shortDescription, &event.shortDescription);

    // Never entry fields in the layout, so taking them from the record is not "recovery".
    event.priority = fields.text(EntryFields::Priority);
    if (event.priority.isEmpty())
        event.priority = record.priority.trimmed();
    event.sysUpdatedOn = normalisedUpdatedOn(record.sysUpdatedOn.trimmed());
    event.timestamp = parseTimestamp(fields.bytes(EntryFields::Timestamp));

    Result result;
    result.event = std::move(event);
    return result;
}

QString EventDecoder::fieldValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
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

QString EventDecoder::numberText(double d)
{
    // Integral numbers print without ".0" so a state 6 stays "6"; the range check keeps the
    // conversion defined (and exact) for any double.
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (d > -Exact && d < Exact && std::trunc(d) == d)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
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

namespace {

// Producers write lower-case names without spaces; those need no copy.
QString lowerTrimmed(const QString &text)
{
    for (const QChar c : text) {
        if ((c >= u'A' && c <= u'Z') || c.isSpace() || c.unicode() >= 0x80)
            return text.trimmed().toLower();
    }
    return text;
}

} // namespace

QString EventDecoder::canonicalType(const QString &type)
{
    const QString lower = lowerTrimmed(type);
    if (lower == u"ctask")
        return u"change_task"_s;
    if (lower == u"sctask")
        return u"sc_task"_s;
    return lower;
}

QString EventDecoder::canonicalAction(const QString &action)
{
    const QString lower = lowerTrimmed(action);
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
