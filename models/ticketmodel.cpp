#include "models/ticketmodel.h"

#include <algorithm>

#include "models/rowdiff.h"

TicketModel::TicketModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TicketModel::setStateTable(const StateTable &states)
{
    m_states = states;
    if (!m_tickets.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TicketModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_tickets.isEmpty())
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State), {Qt::DisplayRole});
}

QString TicketModel::searchText(const Ticket &ticket)
{
    return (ticket.number + QLatin1Char('\n') + ticket.shortDescription + QLatin1Char('\n') + ticket.assignmentGroup)
        .toLower();
}

void TicketModel::reset(const QList<Ticket> &tickets)
{
    beginResetModel();
    m_tickets = tickets;
    m_searchText.clear();
    m_searchText.reserve(tickets.size());
    m_rowBySysId.clear();
    m_rowBySysId.reserve(tickets.size());
    m_updatedKeys.clear();
    m_updatedKeys.reserve(tickets.size());
    for (int row = 0; row < m_tickets.size(); ++row) {
        m_rowBySysId.insert(m_tickets.at(row).sysId, row);
        m_searchText << searchText(m_tickets.at(row));
        m_updatedKeys << updatedKey(m_tickets.at(row).sysUpdatedOn);
    }
    endResetModel();
    Q_EMIT ticketsChanged();
}

void TicketModel::clear()
{
    reset({});
}

void TicketModel::upsert(const QList<Ticket> &tickets)
{
    if (tickets.isEmpty())
        return;
    QHash<int, qsizetype> changed; // row -> index in `tickets` of its latest version
    QList<Ticket> added;
    QHash<QString, qsizetype> addedIndex; // a batch may carry a new ticket twice
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const Ticket &t = tickets.at(i);
        const int row = m_rowBySysId.value(t.sysId, -1);
        if (row >= 0) {
            changed.insert(row, i);
        } else if (const auto it = addedIndex.constFind(t.sysId); it != addedIndex.constEnd()) {
            added[*it] = t;
        } else {
            addedIndex.insert(t.sysId, added.size());
            added << t;
        }
    }
    // Rows are written run by run, each just before its dataChanged (RowDiff::changeInRuns):
    // writing them all first leaves a sorting proxy unsorted.
    QList<int> rows = changed.keys();
    std::sort(rows.begin(), rows.end());
    const int lastColumn = ColumnCount - 1;
    RowDiff::changeInRuns(
        rows, int(m_tickets.size()),
        [this, &tickets, &changed](int row) {
            const Ticket &t = tickets.at(changed.value(row));
            m_tickets[row] = t;
            m_searchText[row] = searchText(t);
            m_updatedKeys[row] = updatedKey(t.sysUpdatedOn);
        },
        [this, lastColumn](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, lastColumn)); });
    if (!added.isEmpty()) {
        const int first = int(m_tickets.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Ticket &t : std::as_const(added)) {
            m_rowBySysId.insert(t.sysId, int(m_tickets.size()));
            m_tickets << t;
            m_searchText << searchText(t);
            m_updatedKeys << updatedKey(t.sysUpdatedOn);
        }
        endInsertRows();
    }
    Q_EMIT ticketsChanged();
}

qint64 TicketModel::updatedKey(const QString &text)
{
    // Exactly this form, so the number orders the keys as the text does.
    static constexpr char16_t Pattern[] = u"####-##-## ##:##:##";
    if (text.size() != 19)
        return -1;
    qint64 key = 0;
    for (qsizetype i = 0; i < 19; ++i) {
        const char16_t c = text.at(i).unicode();
        if (Pattern[i] != u'#') {
            if (c != Pattern[i])
                return -1;
        } else if (c >= u'0' && c <= u'9') {
            key = key * 10 + (c - u'0');
        } else {
            return -1;
        }
    }
    return key;
}

int TicketModel::sortKey(const Ticket &ticket, int column)
{
    if (column == Priority)
        return ticket.priority.isEmpty() ? 99 : ticket.priority.toInt();
    bool ok = false;
    const int code = ticket.state.toInt(&ok);
    return ok ? code : 1000; // State: unknown codes last
}

int TicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketModel::stateLabel(const Ticket &ticket) const
{
    return m_states.label(ticket.type, ticket.state, m_language);
}

QString TicketModel::typeLabel(const QString &type)
{
    if (type == QLatin1String("incident"))
        return tr("Incident");
    if (type == QLatin1String("change_task"))
        return tr("Change task");
    if (type == QLatin1String("sc_task"))
        return tr("Catalog task");
    if (type == QLatin1String("problem"))
        return tr("Problem");
    if (type == QLatin1String("change_request"))
        return tr("Change request");
    if (type == QLatin1String("sc_request"))
        return tr("Request");
    return type;
}

QString TicketModel::priorityLabel(const QString &priority)
{
    switch (priority.toInt()) {
    case 1:
        return tr("1 - Critical");
    case 2:
        return tr("2 - High");
    case 3:
        return tr("3 - Moderate");
    case 4:
        return tr("4 - Low");
    case 5:
        return tr("5 - Planning");
    default:
        return priority;
    }
}

QVariant TicketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket &t = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return t.number;
        case Type:
            return typeLabel(t.type);
        case State:
            return stateLabel(t);
        case Priority:
            return priorityLabel(t.priority);
        case AssignmentGroup:
            return t.assignmentGroup;
        case ShortDescription:
            return t.shortDescription;
        case Updated:
            return t.sysUpdatedOn;
        case LastAction:
            return t.lastAction;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == State)
            return tr("State code %1").arg(t.state);
        if (index.column() == ShortDescription)
            return t.shortDescription;
        return {};
    case SortRole:
        switch (index.column()) {
        case Priority:
        case State:
            return sortKey(t, index.column());
        case Updated:
            return t.sysUpdatedOn;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SysIdRole:
        return t.sysId;
    case TypeRole:
        return t.type;
    case StateCodeRole:
        return t.state;
    case ClosedRole:
        return m_states.isClosed(t.type, t.state);
    case PriorityRole:
        return t.priority.toInt();
    case AssignmentGroupRole:
        return t.assignmentGroup;
    case SearchTextRole:
        return m_searchText.at(index.row());
    default:
        return {};
    }
}

QVariant TicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Priority:
        return tr("Priority");
    case AssignmentGroup:
        return tr("Assignment group");
    case ShortDescription:
        return tr("Short description");
    case Updated:
        return tr("Updated");
    case LastAction:
        return tr("Last action");
    }
    return {};
}
