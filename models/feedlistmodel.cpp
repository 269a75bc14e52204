#include "models/feedlistmodel.h"

#include <QLocale>

#include "services/feedconfig.h"
#include "services/feedhub.h"

FeedListModel::FeedListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FeedListModel::setHub(FeedHub *hub)
{
    if (m_hub)
        m_hub->disconnect(this);
    beginResetModel();
    m_hub = hub;
    m_ids = hub ? hub->feedIds() : QStringList();
    endResetModel();
    if (!hub)
        return;
    connect(hub, &FeedHub::feedAdded, this, &FeedListModel::onFeedAdded);
    connect(hub, &FeedHub::feedRemoved, this, &FeedListModel::onFeedRemoved);
    connect(hub, &FeedHub::feedChanged, this, &FeedListModel::onFeedChanged);
    connect(hub, &QObject::destroyed, this, [this] { setHub(nullptr); });
}

QString FeedListModel::feedId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

void FeedListModel::onFeedAdded(const QString &id)
{
    if (m_ids.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void FeedListModel::onFeedRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void FeedListModel::onFeedChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FeedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int FeedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString shortState(const FeedHub::Stats &s)
{
    // "closed: <reason>" beside the same reason under Last error: the state's own word only.
    // The client writes the reason last, whatever the language.
    if (s.lastError.isEmpty() || s.stateText.size() <= s.lastError.size() || !s.stateText.endsWith(s.lastError))
        return s.stateText;
    QString state = s.stateText.chopped(s.lastError.size()).trimmed();
    while (state.endsWith(u':'))
        state.chop(1);
    return state.isEmpty() ? s.stateText : state;
}

} // namespace

QVariant FeedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_hub)
        return {};
    const FeedHub::Stats s = m_hub->stats(m_ids.at(index.row()));
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case Url:
            return FeedConfig::safeUrl(s.url);
        case State:
            return shortState(s);
        case Events:
            return locale.toString(s.events);
        case Bytes:
            return locale.formattedDataSize(s.bytes, 1, QLocale::DataSizeTraditionalFormat);
        case Reconnects:
            return locale.toString(s.reconnects);
        case LastEventId:
            return s.lastEventId;
        case LastError:
            return s.lastError;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Bytes:
            return tr("%1 bytes").arg(locale.toString(s.bytes));
        case Events:
            return tr("%1 applied to tickets, %2 duplicates")
                .arg(locale.toString(s.applied), locale.toString(s.duplicates));
        case LastError:
            return s.lastError.isEmpty() ? QVariant() : QVariant(s.lastError);
        case State:
            return s.stateText;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Events || index.column() == Bytes || index.column() == Reconnects)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return s.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case FeedIdRole:
        return s.id;
    case EnabledRole:
        return s.enabled;
    case StateRole:
        return int(s.state);
    case SortRole:
        switch (index.column()) {
        case Events:
            return s.events;
        case Bytes:
            return s.bytes;
        case Reconnects:
            return s.reconnects;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant FeedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Feed");
    case Url:
        return tr("URL");
    case State:
        return tr("State");
    case Events:
        return tr("Events");
    case Bytes:
        return tr("Received");
    case Reconnects:
        return tr("Reconnects");
    case LastEventId:
        return tr("Last event id");
    case LastError:
        return tr("Last error");
    }
    return {};
}

Qt::ItemFlags FeedListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool FeedListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_hub
        || role != Qt::CheckStateRole || index.column() != Name)
        return false;
    // The hub's feedChanged() brings the dataChanged().
    m_hub->setEnabled(m_ids.at(index.row()), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}
