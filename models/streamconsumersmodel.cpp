#include "models/streamconsumersmodel.h"

#include <algorithm>
#include <tuple>

#include "models/durationtext.h"
#include "models/rowdiff.h"

namespace {

using Row = StreamConsumersModel::Row;

bool keyLess(const Row &a, const Row &b)
{
    return std::tie(a.group, a.consumer.name) < std::tie(b.group, b.consumer.name);
}

bool sameValues(const Row &a, const Row &b)
{
    return a.group == b.group && a.consumer.name == b.consumer.name && a.consumer.pending == b.consumer.pending
        && a.consumer.idleMs == b.consumer.idleMs && a.consumer.inactiveMs == b.consumer.inactiveMs;
}

} // namespace

StreamConsumersModel::StreamConsumersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StreamConsumersModel::setInfo(const StreamInfo &info)
{
    QList<Row> rows;
    for (const StreamGroupInfo &g : info.groups) {
        for (const StreamConsumerInfo &c : g.consumerList)
            rows << Row {g.name, c};
    }
    std::sort(rows.begin(), rows.end(), &keyLess);
    rows.erase(std::unique(rows.begin(), rows.end(),
                   [](const Row &a, const Row &b) { return !keyLess(a, b) && !keyLess(b, a); }),
        rows.end());
    apply(std::move(rows));
}

void StreamConsumersModel::clear()
{
    apply({});
}

void StreamConsumersModel::apply(QList<Row> rows)
{
    const int lastColumn = ColumnCount - 1;
    RowDiff::apply(m_rows, rows, &keyLess, &sameValues,
        RowDiff::Hooks {
            [this](int first, int last) { beginRemoveRows({}, first, last); },
            [this] { endRemoveRows(); },
            [this](int first, int last) { beginInsertRows({}, first, last); },
            [this] { endInsertRows(); },
            [this, lastColumn](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, lastColumn)); },
        });
}

int StreamConsumersModel::rowOf(const QString &group, const QString &name) const
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.group == group && r.consumer.name == name; });
    return it != m_rows.cend() ? int(it - m_rows.cbegin()) : -1;
}

int StreamConsumersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StreamConsumersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamConsumersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Group:
            return r.group;
        case Name:
            return r.consumer.name;
        case Pending:
            return r.consumer.pending;
        case Idle:
            return DurationText::format(r.consumer.idleMs);
        case Inactive:
            return DurationText::format(r.consumer.inactiveMs); // "n/a" before Redis 7.2
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Group)
            return r.group; // whole, also when the view elides it
        if (index.column() == Name)
            return r.consumer.name;
        if (index.column() == Inactive && r.consumer.inactiveMs < 0)
            return tr("This Redis server does not report inactivity (Redis 7.2 or later does)");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Pending)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case GroupRole:
        return r.group;
    case NameRole:
        return r.consumer.name;
    case ValueRole:
        switch (index.column()) {
        case Group:
            return r.group;
        case Name:
            return r.consumer.name;
        case Pending:
            return r.consumer.pending;
        case Idle:
            return r.consumer.idleMs;
        case Inactive:
            return r.consumer.inactiveMs;
        }
        return {};
    default:
        return {};
    }
}

QVariant StreamConsumersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Group");
    case Name:
        return tr("Consumer");
    case Pending:
        return tr("Pending");
    case Idle:
        return tr("Idle");
    case Inactive:
        return tr("Inactive");
    }
    return {};
}
