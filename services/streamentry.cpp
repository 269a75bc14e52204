#include "services/streamentry.h"

#include <limits>

#include "services/redisreply.h"

namespace {

// Field names and values are bulk strings; tolerate status/integer replies from odd proxies.
QByteArray scalarBytes(const RedisReply &reply)
{
    if (reply.isInteger())
        return QByteArray::number(reply.toInteger());
    return reply.bytes();
}

bool parseDecimal(QByteArrayView text, quint64 *out)
{
    if (text.isEmpty() || text.size() > 20)
        return false;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        const auto digit = static_cast<quint64>(c - '0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    *out = value;
    return true;
}

} // namespace

QByteArray StreamEntry::value(const QByteArray &field) const
{
    for (const auto &pair : fields) {
        if (pair.first == field)
            return pair.second;
    }
    return {};
}

qsizetype StreamEntry::byteSize() const
{
    qsizetype size = 0;
    for (const auto &pair : fields)
        size += pair.first.size() + pair.second.size();
    return size;
}

QString StreamEntry::eventText(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    const auto valueOf = [&fields](const QByteArray &name) {
        for (const auto &[field, value] : fields) {
            if (field == name)
                return value;
        }
        return QByteArray();
    };
    QByteArray type = valueOf("type");
    if (type.isEmpty())
        type = valueOf("table");
    QByteArray action = valueOf("action");
    if (action.isEmpty())
        action = valueOf("operation");
    if (type.isEmpty() && action.isEmpty())
        return {};
    const auto part = [](const QByteArray &p) { return p.isEmpty() ? QStringLiteral("?") : QString::fromUtf8(p); };
    return part(type) + u':' + part(action);
}

QList<StreamEntry> StreamEntry::listFromReply(const RedisReply &reply)
{
    QList<StreamEntry> entries;
    if (!reply.isArray())
        return entries;
    entries.reserve(reply.size());
    for (const RedisReply &item : reply.elements()) {
        // Anything that is not [id, fields] cannot be addressed (no id to ack), so it is skipped.
        if (!item.isArray() || item.size() < 1 || !(item.at(0).isString() || item.at(0).isStatus()))
            continue;
        StreamEntry entry;
        entry.id = item.at(0).bytes();
        if (item.size() >= 2 && item.at(1).isArray()) {
            const RedisReply &flat = item.at(1);
            entry.fields.reserve(flat.size() / 2);
            // An odd trailing name has no value; it is dropped rather than invented.
            for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
                entry.fields.append({scalarBytes(flat.at(i)), scalarBytes(flat.at(i + 1))});
        }
        entries.append(std::move(entry));
    }
    return entries;
}

QList<StreamEntry> StreamEntry::fromReadReply(const RedisReply &reply)
{
    QList<StreamEntry> entries;
    if (!reply.isArray()) // nil: BLOCK timed out
        return entries;
    for (const RedisReply &stream : reply.elements()) {
        if (!stream.isArray() || stream.size() < 2)
            continue;
        entries.append(listFromReply(stream.at(1)));
    }
    return entries;
}

namespace StreamId {

Parts parse(const QByteArray &id)
{
    Parts parts;
    const qsizetype dash = id.indexOf('-');
    const QByteArrayView view(id);
    if (dash < 0) {
        parts.valid = parseDecimal(view, &parts.ms);
    } else {
        parts.valid = parseDecimal(view.first(dash), &parts.ms) && parseDecimal(view.sliced(dash + 1), &parts.seq);
    }
    if (!parts.valid)
        return {};
    return parts;
}

int compare(const QByteArray &a, const QByteArray &b)
{
    const Parts pa = parse(a);
    const Parts pb = parse(b);
    if (!pa.valid || !pb.valid)
        return int(pa.valid) - int(pb.valid);
    if (pa.ms != pb.ms)
        return pa.ms < pb.ms ? -1 : 1;
    if (pa.seq != pb.seq)
        return pa.seq < pb.seq ? -1 : 1;
    return 0;
}

} // namespace StreamId
