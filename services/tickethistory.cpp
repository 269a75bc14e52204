#include "services/tickethistory.h"

#include <charconv>
#include <cstring>

#include <QJsonArray>
#include <QJsonDocument>

#include "services/compactjson.h"
#include "services/streamentry.h"

namespace {

// Stream ids ("1700000000000-0") and most SSE ids need no escaping as JSON strings.
bool isPlain(QByteArrayView id)
{
    for (const char c : id) {
        if (c < 0x20 || c == '"' || c == '\\' || static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    if (isPlain(text))
        out.append('"').append(text).append('"');
    else
        CompactJson::writeString(out, QString::fromUtf8(text));
}

// "[" + the id as a JSON string + ",": how an element with this id starts. Inside a JSON string
// a quote is always escaped, so `["` only ever occurs at the start of an element.
QByteArray elementPrefix(QByteArrayView sourceId)
{
    QByteArray prefix;
    prefix.reserve(sourceId.size() + 4);
    prefix.append('[');
    appendJsonString(prefix, sourceId);
    prefix.append(',');
    return prefix;
}

// Offsets of the top-level elements of a JSON array.
QList<qsizetype> elementStarts(QByteArrayView json)
{
    QList<qsizetype> starts;
    int depth = 0;
    bool inString = false;
    bool expectElement = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (expectElement && c != ']')
            starts.append(i);
        expectElement = false;
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth == 1)
                expectElement = true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            expectElement = depth == 1;
            break;
        default:
            break;
        }
    }
    return starts;
}

// The bytes of a JSON array between its brackets.
QByteArrayView inner(QByteArrayView json)
{
    const qsizetype open = json.indexOf('[');
    const qsizetype close = json.lastIndexOf(']');
    if (open < 0 || close <= open)
        return {};
    return json.sliced(open + 1, close - open - 1).trimmed();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
}

} // namespace

TicketHistory::TicketHistory(QByteArray stored)
    : m_stored(std::move(stored))
{
}

namespace {

// The end (one past the closing bracket) of the element that starts at `start`; its strings
// may hold brackets. -1 when it is not closed.
qsizetype elementEnd(QByteArrayView json, qsizetype start)
{
    bool inString = false;
    for (qsizetype i = start + 1; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ']') {
            return i + 1;
        }
    }
    return -1;
}

} // namespace

std::optional<qint64> TicketHistory::eventMs(QByteArrayView element)
{
    const qsizetype last = element.lastIndexOf(',');
    const qsizetype before = last > 0 ? element.first(last).lastIndexOf(',') : -1;
    if (before < 0)
        return std::nullopt;
    bool ok = false;
    const qint64 ms = element.sliced(before + 1, last - before - 1).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(ms) : std::nullopt;
}

bool TicketHistory::contains(const TicketChange &change) const
{
    if (change.sourceId.isEmpty())
        return false;
    const QByteArray prefix = elementPrefix(change.sourceId);
    const std::optional<qint64> wanted =
        change.eventTime.isValid() ? std::optional<qint64>(change.eventTime.toMSecsSinceEpoch()) : std::nullopt;
    // Rare on the hot path: the id is found only for a re-delivery (or a reused id).
    const auto same = [&](QByteArrayView element) {
        if (eventMs(element) != wanted)
            return false;
        if (wanted)
            return true;
        // No time to tell them apart (an SSE event without a timestamp): the content decides.
        return sameContent(change, parse(QByteArray('[' + element.toByteArray() + ']')).value(0));
    };
    const QByteArrayView stored(m_stored);
    for (qsizetype at = stored.indexOf(prefix); at >= 0; at = stored.indexOf(prefix, at + 1)) {
        const qsizetype end = elementEnd(stored, at);
        if (end > at && same(stored.sliced(at, end - at)))
            return true;
    }
    for (const QByteArray &element : m_added) {
        if (element.startsWith(prefix) && same(element))
            return true;
    }
    return false;
}

bool TicketHistory::sameContent(const TicketChange &incoming, const TicketChange &recorded)
{
    return incoming.action == recorded.action && (incoming.state.isEmpty() || incoming.state == recorded.state)
        && (incoming.assignmentGroup.isEmpty() || incoming.assignmentGroup == recorded.assignmentGroup);
}

bool TicketHistory::contains(QByteArrayView sourceId) const
{
    if (sourceId.isEmpty())
        return false;
    const QByteArray prefix = elementPrefix(sourceId);
    if (memmem(m_stored.constData(), size_t(m_stored.size()), prefix.constData(), size_t(prefix.size())))
        return true;
    for (const QByteArray &element : m_added) {
        if (element.startsWith(prefix))
            return true;
    }
    return false;
}

void TicketHistory::append(const TicketChange &change)
{
    m_added.append(element(change));
}

void TicketHistory::split()
{
    if (m_split)
        return;
    QList<QByteArray> all;
    const QList<qsizetype> starts = elementStarts(m_stored);
    const qsizetype close = m_stored.lastIndexOf(']');
    all.reserve(starts.size() + m_added.size() + 1);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? m_stored.lastIndexOf(',', starts.at(i + 1)) : close;
        all.append(QByteArrayView(m_stored).sliced(starts.at(i), end - starts.at(i)).trimmed().toByteArray());
    }
    all += m_added;
    m_added = std::move(all);
    m_stored.clear();
    m_split = true;
}

bool TicketHistory::insertByTime(const TicketChange &change, int limit)
{
    limit = qMax(1, limit);
    split();
    const qint64 at = change.eventTime.isValid() ? change.eventTime.toMSecsSinceEpoch() : -1;
    const bool streamId = StreamId::parse(change.sourceId).valid;
    // Later: a later event time, or the same millisecond and a later stream id. The last two
    // fields are numbers or null, so the event time is read from the end without parsing.
    const auto later = [&](const QByteArray &element) {
        const std::optional<qint64> ms = eventMs(element);
        if (!ms)
            return false; // no time: never passed
        const qint64 time = *ms;
        if (time != at)
            return time > at;
        if (!streamId)
            return false;
        const QByteArray id = QJsonDocument::fromJson('[' + element.sliced(1, element.indexOf(',') - 1) + ']')
                                  .array()
                                  .at(0)
                                  .toString()
                                  .toUtf8();
        return StreamId::parse(id).valid && StreamId::compare(id, change.sourceId) > 0;
    };
    qsizetype position = m_added.size();
    if (at >= 0) {
        // Older than the oldest kept of a full history: it would be cut at once.
        if (m_added.size() >= limit && later(m_added.at(m_added.size() - limit)))
            return false;
        while (position > 0 && later(m_added.at(position - 1)))
            --position;
    }
    m_added.insert(position, element(change));
    if (m_added.size() > limit)
        m_added.remove(0, m_added.size() - limit);
    return true;
}

QByteArray TicketHistory::element(const TicketChange &change)
{
    QByteArray element;
    element.reserve(64 + change.sourceId.size() + 3 * change.assignmentGroup.size());
    element.append('[');
    if (change.sourceId.isEmpty())
        element.append("null");
    else
        appendJsonString(element, change.sourceId);
    for (const QString *text : {&change.action, &change.state, &change.assignmentGroup}) {
        element.append(',');
        CompactJson::writeString(element, *text);
    }
    for (const QDateTime *time : {&change.eventTime, &change.appliedAt}) {
        element.append(',');
        if (time->isValid()) {
            char digits[24];
            const auto [end, error] = std::to_chars(digits, digits + sizeof digits, time->toMSecsSinceEpoch());
            element.append(digits, end - digits);
        } else {
            element.append("null");
        }
    }
    element.append(']');
    return element;
}

QByteArray TicketHistory::toJson(int limit) const
{
    limit = qMax(1, limit);
    const QByteArrayView stored = inner(m_stored);
    const qsizetype keepAdded = qMin<qsizetype>(limit, m_added.size());
    const qsizetype room = limit - keepAdded;
    QByteArray out;
    out.reserve(m_stored.size() + 80 * keepAdded);
    out.append('[');
    // Each element opens with '[', so there are at most that many minus one (a '[' inside a
    // string only overestimates): when even that fits, nothing needs cutting or scanning.
    if (room > 0 && !stored.isEmpty() && m_stored.count('[') - 1 <= room) {
        out.append(stored);
    } else if (room > 0 && !stored.isEmpty()) {
        const QList<qsizetype> starts = elementStarts(m_stored);
        const qsizetype drop = qMax<qsizetype>(0, starts.size() - room);
        if (drop < starts.size()) {
            const qsizetype from = starts.at(drop);
            const qsizetype to = m_stored.lastIndexOf(']');
            out.append(QByteArrayView(m_stored).sliced(from, to - from).trimmed());
        }
    }
    for (qsizetype i = m_added.size() - keepAdded; i < m_added.size(); ++i) {
        if (out.size() > 1)
            out.append(',');
        out.append(m_added.at(i));
    }
    out.append(']');
    return out;
}

QList<TicketChange> TicketHistory::parse(QByteArrayView json)
{
    QList<TicketChange> changes;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    changes.reserve(array.size());
    for (qsizetype i = array.size() - 1; i >= 0; --i) {
        const QJsonArray e = array.at(i).toArray();
        TicketChange change;
        change.sourceId = e.at(0).toString().toUtf8();
        change.action = e.at(1).toString();
        change.state = e.at(2).toString();
        change.assignmentGroup = e.at(3).toString();
        change.eventTime = timeFrom(e.at(4));
        change.appliedAt = timeFrom(e.at(5));
        changes.append(change);
    }
    return changes;
}
