#include "models/deadlettermodel.h"

#include <algorithm>

#include "models/rowdiff.h"
#include "services/streamentry.h"

using namespace Qt::StringLiterals;

namespace {

bool newerFirst(const DeadLetter &a, const DeadLetter &b)
{
    return StreamId::compare(a.id, b.id) > 0;
}

// The rows' content never changes under one id: a dead letter is written once.
bool sameEntry(const DeadLetter &a, const DeadLetter &b)
{
    return a.id == b.id;
}

} // namespace

DeadLetterModel::DeadLetterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeadLetterModel::setDeadLetters(QList<DeadLetter> newestFirst)
{
    std::stable_sort(newestFirst.begin(), newestFirst.end(), &newerFirst);
    // Ids are unique in a stream; a duplicate would break the diff's strict order.
    newestFirst.erase(std::unique(newestFirst.begin(), newestFirst.end(), &sameEntry), newestFirst.end());
    RowDiff::apply(m_rows, newestFirst, &newerFirst, &sameEntry,
        RowDiff::Hooks {
            [this](int first, int last) { beginRemoveRows({}, first, last); },
            [this] { endRemoveRows(); },
            [this](int first, int last) { beginInsertRows({}, first, last); },
            [this] { endInsertRows(); },
            [this](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1)); },
        });
}

void DeadLetterModel::removeIds(const QList<QByteArray> &ids)
{
    QList<DeadLetter> next;
    next.reserve(m_rows.size());
    for (const DeadLetter &d : std::as_const(m_rows))
        if (!ids.contains(d.id))
            next.append(d);
    setDeadLetters(next);
}

void DeadLetterModel::clear()
{
    setDeadLetters({});
}

int DeadLetterModel::rowOf(const QByteArray &id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&id](const DeadLetter &d) { return d.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadLetter &d = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case ReasonCodeRole:
        return d.reasonCode;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return d.time.isValid() ? d.time.toString(Qt::ISODateWithMs) : QVariant();
        if (index.column() == Deliveries && d.deliveries < 0)
            return tr("Not recorded: the count is known for entries recovered from the pending list");
        if (index.column() == Reason && !d.reasonCode.isEmpty()) // the code is what the CLI filters on
            return tr("%1\nReason code: %2")
                .arg(d.reason.isEmpty() ? DeadLetter::reasonLabel(d.reasonCode) : d.reason, d.reasonCode);
        return d.reason.isEmpty() ? QVariant() : QVariant(d.reason);
    case Qt::TextAlignmentRole:
        return index.column() == Deliveries ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return d.time.isValid() ? d.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
        case Reason:
            return d.reasonCode.isEmpty() ? d.reason : DeadLetter::reasonLabel(d.reasonCode);
        case Event:
            return d.eventText();
        case Number:
            return QString::fromUtf8(d.originalValue("number"));
        case SourceId:
            return QString::fromLatin1(d.sourceId);
        case Consumer:
            return d.consumer;
        case Deliveries:
            return d.deliveries < 0 ? QVariant(u"—"_s) : QVariant(d.deliveries);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Dead-lettered");
    case Reason:
        return tr("Reason");
    case Event:
        return tr("Event");
    case Number:
        return tr("Number");
    case SourceId:
        return tr("Stream id");
    case Consumer:
        return tr("Consumer");
    case Deliveries:
        return tr("Deliveries");
    case ColumnCount:
        break;
    }
    return {};
}
