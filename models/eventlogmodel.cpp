#include "models/eventlogmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString StreamSource = u"stream"_s;
}

LogEvent LogEvent::fromSummary(const StreamConsumer::EventSummary &summary, const QString &source)
{
    return LogEvent {source, summary.id, summary.time, summary.name, summary.number, summary.state,
        summary.assignmentGroup, summary.problem, {}, summary.eventTime};
}

QList<LogEvent> LogEvent::fromSummaries(const QList<StreamConsumer::EventSummary> &summaries, const QString &source)
{
    QList<LogEvent> events;
    events.reserve(summaries.size());
    for (const StreamConsumer::EventSummary &s : summaries)
        events << fromSummary(s, source);
    return events;
}

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventLogModel::append(const QList<StreamConsumer::EventSummary> &summaries)
{
    append(LogEvent::fromSummaries(summaries));
}

void EventLogModel::append(const QList<LogEvent> &events)
{
    if (events.isEmpty() || m_limit <= 0)
        return;
    // Only the newest `limit` of a large batch can ever be shown.
    const qsizetype incoming = std::min<qsizetype>(events.size(), m_limit);
    trimTo(m_limit - incoming);
    // Row 0 is the newest, so the batch lands reversed at the top: rows 0..incoming-1.
    beginInsertRows({}, 0, int(incoming) - 1);
    m_events.append(events.cend() - incoming, events.cend());
    endInsertRows();
}

void EventLogModel::trimTo(qsizetype size)
{
    if (m_events.size() <= size)
        return;
    const qsizetype drop = m_events.size() - size;
    // The oldest events are the bottom rows.
    beginRemoveRows({}, int(size), int(m_events.size()) - 1);
    m_events.remove(0, drop);
    endRemoveRows();
}

void EventLogModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_events.size()) - 1);
    m_events.clear();
    endRemoveRows();
}

void EventLogModel::setLimit(int limit)
{
    m_limit = std::max(0, limit);
    trimTo(m_limit);
}

void EventLogModel::setStateTable(const StateTable &states, const QString &language)
{
    m_states = states;
    m_language = language;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State), {Qt::DisplayRole, Qt::ToolTipRole});
}

QString EventLogModel::stateText(const LogEvent &e) const
{
    // A malformed or dead-lettered row has no type to read its code with (its name says
    // "malformed"): a label from the fallback table named incidents' state 2 "Open".
    if (!m_states || e.state.isEmpty() || !e.problem.isEmpty())
        return e.state;
    const QString type = e.name.section(u':', 0, 0); // "type:action"
    return m_states->isKnown(type, e.state) ? m_states->label(type, e.state, m_language) : e.state;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEvent &e = eventAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: {
            // Today's events by the millisecond; older ones (a replay, a feed catching up) with
            // their day, or 08:25 could be any day. The tooltip has the exact instant.
            if (!e.time.isValid())
                return QString();
            const QDateTime local = e.time.toLocalTime();
            return local.date() == QDate::currentDate() ? local.toString(u"HH:mm:ss.zzz"_s)
                                                        : local.toString(u"MM-dd HH:mm"_s);
        }
        case Source:
            return e.source == StreamSource ? tr("stream") : e.source;
        case Id:
            return QString::fromLatin1(e.id);
        case Event:
            return e.name;
        case Number:
            return e.number;
        case State:
            return stateText(e);
        case AssignmentGroup:
            return e.assignmentGroup;
        case Problem:
            return e.problem;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Time && e.time.isValid()) {
            // Received, and the event's own time: a replayed change may be days old.
            const QString received = tr("Received %1").arg(e.time.toUTC().toString(Qt::ISODateWithMs));
            return e.eventTime.isValid()
                ? received + u'\n' + tr("Event time %1").arg(e.eventTime.toUTC().toString(Qt::ISODateWithMs))
                : received;
        }
        if (index.column() == Event && e.payload.isEmpty() && e.problem.isEmpty())
            return e.name; // whole: "change_task:slm_updated (desatualizado)" is wider than the column
        if (index.column() == State && !e.state.isEmpty()) {
            // The label whole (the column cuts the long ones) and its code.
            const QString label = stateText(e);
            return label == e.state ? tr("State code %1").arg(e.state) : tr("%1 (state code %2)").arg(label, e.state);
        }
        if (!e.payload.isEmpty()) {
            // Long payloads are cut: a tooltip is a glance, not a viewer.
            constexpr qsizetype MaxTip = 2000;
            const QString data = e.payload.size() > MaxTip ? e.payload.left(MaxTip) + QChar(0x2026) : e.payload;
            return e.problem.isEmpty() ? data : e.problem + QLatin1Char('\n') + data;
        }
        if (!e.problem.isEmpty())
            return e.problem;
        return {};
    case PayloadRole:
        return e.payload;
    case ProblemRole:
        return e.problem;
    case MalformedRole:
        return !e.problem.isEmpty();
    case SourceRole:
        return e.source;
    case IdRole:
        return e.id;
    case TimeRole:
        return e.time;
    case EventNameRole:
        return e.name;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Source:
        return tr("Source");
    case Id:
        return tr("Id");
    case Event:
        return tr("Event");
    case Number:
        return tr("Number");
    case State:
        return tr("State");
    case AssignmentGroup:
        return tr("Assignment group");
    case Problem:
        return tr("Problem");
    }
    return {};
}
