#include "models/streamgroupsmodel.h"

#include <algorithm>

#include "models/rowdiff.h"

namespace {

bool nameLess(const StreamGroupInfo &a, const StreamGroupInfo &b)
{
    return a.name < b.name;
}

bool sameValues(const StreamGroupInfo &a, const StreamGroupInfo &b)
{
    return a.name == b.name && a.consumers == b.consumers && a.pending == b.pending
        && a.lastDeliveredId == b.lastDeliveredId && a.entriesRead == b.entriesRead && a.lag == b.lag
        && a.lagReported == b.lagReported;
}

} // namespace

StreamGroupsModel::StreamGroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StreamGroupsModel::setInfo(const StreamInfo &info)
{
    QList<StreamGroupInfo> groups = info.groups;
    for (StreamGroupInfo &g : groups)
        g.consumerList.clear();
    std::sort(groups.begin(), groups.end(), &nameLess);
    // XINFO never repeats a name; should a sample ever do so, keep the first.
    groups.erase(std::unique(groups.begin(), groups.end(),
                     [](const StreamGroupInfo &a, const StreamGroupInfo &b) { return a.name == b.name; }),
        groups.end());
    apply(std::move(groups));
}

void StreamGroupsModel::clear()
{
    apply({});
}

void StreamGroupsModel::apply(QList<StreamGroupInfo> groups)
{
    const int lastColumn = ColumnCount - 1;
    RowDiff::apply(m_groups, groups, &nameLess, &sameValues,
        RowDiff::Hooks {
            [this](int first, int last) { beginRemoveRows({}, first, last); },
            [this] { endRemoveRows(); },
            [this](int first, int last) { beginInsertRows({}, first, last); },
            [this] { endInsertRows(); },
            [this, lastColumn](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, lastColumn)); },
        });
}

int StreamGroupsModel::rowOf(const QString &name) const
{
    const auto it =
        std::find_if(m_groups.cbegin(), m_groups.cend(), [&name](const StreamGroupInfo &g) { return g.name == name; });
    return it != m_groups.cend() ? int(it - m_groups.cbegin()) : -1;
}

int StreamGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int StreamGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StreamGroupInfo &g = m_groups.at(index.row());
    const auto orUnknown = [](qint64 value) -> QVariant {
        return value < 0 ? QVariant(tr("unknown")) : QVariant(value);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return g.name;
        case Consumers:
            return g.consumers;
        case Pending:
            return g.pending;
        case LastDeliveredId:
            return QString::fromLatin1(g.lastDeliveredId);
        case EntriesRead:
            return orUnknown(g.entriesRead);
        case Lag:
            return orUnknown(g.lag);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return g.name; // whole, also when the view elides it
        if (index.column() == Lag && g.lag < 0)
            return g.lagReported ? tr("Redis cannot compute the lag of this group (entries were deleted or the group "
                                      "was created at an arbitrary id)")
                                 : tr("Redis reports a group's lag from version 7.0 on");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != Name && index.column() != LastDeliveredId)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case NameRole:
        return g.name;
    case ValueRole:
        switch (index.column()) {
        case Name:
            return g.name;
        case Consumers:
            return g.consumers;
        case Pending:
            return g.pending;
        case LastDeliveredId:
            return QString::fromLatin1(g.lastDeliveredId);
        case EntriesRead:
            return g.entriesRead;
        case Lag:
            return g.lag;
        }
        return {};
    case LagUnknownRole:
        return g.lag < 0;
    default:
        return {};
    }
}

QVariant StreamGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Group");
    case Consumers:
        return tr("Consumers");
    case Pending:
        return tr("Pending");
    case LastDeliveredId:
        return tr("Last delivered id");
    case EntriesRead:
        return tr("Entries read");
    case Lag:
        return tr("Lag");
    }
    return {};
}
