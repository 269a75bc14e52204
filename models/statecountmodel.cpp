#include "models/statecountmodel.h"

#include <limits>

#include <QLocale>

#include "models/rowdiff.h"
#include "models/ticketmodel.h"

StateCountModel::StateCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StateCountModel::setStats(const TicketStats &stats)
{
    const int lastColumn = ColumnCount - 1;
    RowDiff::apply(
        m_rows, stats.states, &TicketStats::stateLess,
        [](const TicketStats::StateCount &a, const TicketStats::StateCount &b) { return a == b; },
        RowDiff::Hooks {
            [this](int first, int last) { beginRemoveRows({}, first, last); },
            [this] { endRemoveRows(); },
            [this](int first, int last) { beginInsertRows({}, first, last); },
            [this] { endInsertRows(); },
            [this, lastColumn](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, lastColumn)); },
        });
}

void StateCountModel::setStateTable(const StateTable &states)
{
    m_states = states;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State), {Qt::DisplayRole});
}

void StateCountModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State), {Qt::DisplayRole});
}

int StateCountModel::rowOf(const QString &type, const QString &code) const
{
    const QString key = TicketStats::canonicalCode(code);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).type == type && m_rows.at(row).code == key)
            return int(row);
    }
    return -1;
}

int StateCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StateCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StateCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketStats::StateCount &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Type:
            return TicketModel::typeLabel(s.type);
        case State:
            return m_states.label(s.type, s.code, m_language); // "State N" when unknown
        case Code:
            return s.code;
        case Count:
            return s.count;
        case PercentOfType:
            return tr("%1 %").arg(QLocale().toString(s.percentOfType, 'f', 1));
        case Closed:
            return s.closed ? tr("Yes") : tr("No");
        }
        return {};
    case Qt::ToolTipRole:
        if (!s.known)
            return tr("Code %1 is not in the state table").arg(s.code);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Count || index.column() == PercentOfType)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case TypeRole:
        return s.type;
    case CodeRole:
        return s.code;
    case CountRole:
        return s.count;
    case PercentRole:
        return s.percentOfType;
    case ClosedRole:
        return s.closed;
    case KnownRole:
        return s.known;
    case SortRole:
        switch (index.column()) {
        case Code: {
            bool ok = false;
            const qlonglong code = s.code.toLongLong(&ok);
            return ok ? code : std::numeric_limits<qlonglong>::max();
        }
        case Count:
            return s.count;
        case PercentOfType:
            return s.percentOfType;
        case Closed:
            return s.closed;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant StateCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Code:
        return tr("Code");
    case Count:
        return tr("Count");
    case PercentOfType:
        return tr("% of type");
    case Closed:
        return tr("Closed");
    }
    return {};
}
