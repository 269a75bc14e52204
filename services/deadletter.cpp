#include "services/deadletter.h"

#include "services/streamentry.h"

QStringList DeadLetter::knownReasonCodes()
{
    return {QStringLiteral("bad_json"), QStringLiteral("bad_sys_id"), QStringLiteral("empty"),
        QStringLiteral("no_sys_id"), QStringLiteral("no_type"), QStringLiteral("sys_id_mismatch"),
        QStringLiteral("too_large"), QStringLiteral("too_many_deliveries")};
}

QString DeadLetter::reasonLabel(const QString &code)
{
    if (code == u"bad_json")
        return tr("Data not JSON");
    if (code == u"bad_sys_id")
        return tr("Invalid sys_id");
    if (code == u"empty")
        return tr("Deleted while pending");
    if (code == u"no_sys_id")
        return tr("No sys_id");
    if (code == u"no_type")
        return tr("No type");
    if (code == u"sys_id_mismatch")
        return tr("Conflicting sys_ids");
    if (code == u"too_large")
        return tr("Too large");
    if (code == u"too_many_deliveries")
        return tr("Too many deliveries");
    return code;
}

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

QString DeadLetter::eventText() const
{
    return StreamEntry::eventText(original);
}

void DeadLetter::cutValues(qsizetype maxBytes)
{
    if (!originalSizes.isEmpty())
        return; // already cut
    QList<qsizetype> sizes;
    bool cut = false;
    for (auto &field : original) {
        QByteArray &value = field.second;
        sizes.append(value.size());
        if (value.size() <= maxBytes)
            continue;
        qsizetype end = maxBytes;
        while (end > 0 && (quint8(value.at(end)) & 0xC0) == 0x80)
            --end; // a continuation byte: cut before its sequence
        value.truncate(end);
        value.squeeze();
        cut = true;
    }
    if (cut)
        originalSizes = sizes;
}

qsizetype DeadLetter::fullSize(qsizetype field) const
{
    return field < originalSizes.size() ? originalSizes.at(field) : original.value(field).second.size();
}

qsizetype DeadLetter::originalBytes() const
{
    qsizetype size = 0;
    for (qsizetype i = 0; i < original.size(); ++i)
        size += original.at(i).first.size() + fullSize(i);
    return size;
}
