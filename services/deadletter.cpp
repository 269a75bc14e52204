#include "services/deadletter.h"

#include "services/streamentry.h"

DeadLetter DeadLetter::fromEntry(const StreamEntry &entry)
{
    DeadLetter d;
    d.id = entry.id;
    for (const auto &[name, value] : entry.fields) {
        if (!name.startsWith(FieldPrefix)) {
            d.original.append({name, value});
            continue;
        }
        const QByteArray key = name.mid(qsizetype(sizeof(FieldPrefix) - 1));
        if (key == "reason")
            d.reason = QString::fromUtf8(value);
        else if (key == "reason_code")
            d.reasonCode = QString::fromUtf8(value);
        else if (key == "source_stream")
            d.sourceStream = QString::fromUtf8(value);
        else if (key == "source_id")
            d.sourceId = value;
        else if (key == "consumer")
            d.consumer = QString::fromUtf8(value);
        else if (key == "time")
            d.time = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs).toUTC();
        else if (key == "deliveries") {
            bool ok = false;
            const int n = value.toInt(&ok);
            d.deliveries = ok ? n : -1;
        }
        // Other dlq_* names (a later version's) are neither original nor shown: replay drops them.
    }
    return d;
}

QList<DeadLetter> DeadLetter::fromEntries(const QList<StreamEntry> &entries)
{
    QList<DeadLetter> out;
    out.reserve(entries.size());
    for (const StreamEntry &e : entries)
        out.append(fromEntry(e));
    return out;
}

QByteArray DeadLetter::originalValue(const QByteArray &field) const
{
    for (const auto &[name, value] : original)
        if (name == field)
            return value;
    return {};
}
