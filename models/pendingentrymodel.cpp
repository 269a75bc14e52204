#include "models/pendingentrymodel.h"

#include "models/durationtext.h"
#include "services/streamentry.h"

PendingEntryModel::PendingEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PendingEntryModel::setEntries(const QList<PendingEntry> &entries)
{
    beginResetModel();
    m_rows = entries;
    endResetModel();
}

int PendingEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingEntry &e = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == SortRole) {
        switch (column) {
        case Id: {
            // ms and seq as one sortable number pair: "9-0" before "10-0".
            const StreamId::Parts p = StreamId::parse(e.id);
            return QString::asprintf(
                "%020llu-%020llu", static_cast<unsigned long long>(p.ms), static_cast<unsigned long long>(p.seq));
        }
        case Idle:
            return e.idleMs;
        case Deliveries:
            return e.deliveries;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id:
            return QString::fromLatin1(e.id);
        case Consumer:
            return e.consumer;
        case Idle:
            return DurationText::format(e.idleMs);
        case Deliveries:
            return e.deliveries;
        case Event:
            return e.deletedFromStream ? tr("(deleted from the stream)") : e.event;
        case Number:
            return e.number;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        return (column == Idle || column == Deliveries) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (e.deletedFromStream)
            return tr("The entry is no longer in the stream (deleted or trimmed while pending): there is nothing left "
                      "to process, only the pending record.");
        break;
    default:
        break;
    }
    return {};
}

QVariant PendingEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Id");
    case Consumer:
        return tr("Consumer");
    case Idle:
        return tr("Idle");
    case Deliveries:
        return tr("Deliveries");
    case Event:
        return tr("Event");
    case Number:
        return tr("Number");
    case ColumnCount:
        break;
    }
    return {};
}
