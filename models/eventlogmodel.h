#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "services/statetable.h"
#include "services/streamconsumer.h"

// One line of the event log: a decoded (or rejected) change from any source. `source` says
// where it came from ("stream", or an SSE feed's name), so the same log serves both.
struct LogEvent {
    QString source;
    QByteArray id; // stream entry id or SSE event id
    QDateTime time; // when the console received it (the Time column; rows are in this order)
    QString name; // type:action, or "malformed" / "dead-lettered"
    QString number;
    QString state; // state code as text
    QString assignmentGroup;
    QString problem; // non-empty: the entry was malformed or dead-lettered, and why
    QString payload; // SSE frames: the data as received (the row's tooltip, PayloadRole)
    QDateTime eventTime; // the event's own timestamp, if it has one: the Time column's tooltip

    // StreamConsumer's summaries carry no source (they all come from the stream).
    [[nodiscard]] static LogEvent fromSummary(
        const StreamConsumer::EventSummary &summary, const QString &source = QStringLiteral("stream"));
    [[nodiscard]] static QList<LogEvent> fromSummaries(
        const QList<StreamConsumer::EventSummary> &summaries, const QString &source = QStringLiteral("stream"));
};

// The last N decoded events, newest at the top as an ops log reads. Bounded: each batch is
// one beginInsertRows at row 0 and, when the limit is exceeded, one beginRemoveRows of the
// oldest rows at the bottom (removed first, so the model never holds more than the limit).
class EventLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { Time, Source, Id, Event, Number, State, AssignmentGroup, Problem, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ProblemRole = Qt::UserRole + 1, // non-empty: malformed or dead-lettered; views colour the row
        MalformedRole, // bool, the same as !problem.isEmpty()
        SourceRole,
        IdRole, // QByteArray
        TimeRole, // QDateTime
        EventNameRole, // type:action
        PayloadRole, // the SSE frame's data, empty for stream entries
    };

    static constexpr int DefaultLimit = 1000;

    explicit EventLogModel(QObject *parent = nullptr);

    // Events of one batch, oldest first (the order they were read in).
    void append(const QList<LogEvent> &events);
    void append(const QList<StreamConsumer::EventSummary> &summaries);
    void clear();

    void setLimit(int limit); // trims the oldest rows at once if needed
    // State labels ("In Progress") in the State column instead of bare codes, for the types the
    // table knows; the code stays in the tooltip. Without it the column shows codes.
    void setStateTable(const StateTable &states, const QString &language);
    [[nodiscard]] int limit() const { return m_limit; }
    // Row 0 is the newest event.
    [[nodiscard]] const LogEvent &eventAt(int row) const { return m_events.at(m_events.size() - 1 - row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void trimTo(qsizetype size);

    [[nodiscard]] QString stateText(const LogEvent &e) const;

    QList<LogEvent> m_events; // oldest first: appending and dropping the oldest are both cheap
    int m_limit = DefaultLimit;
    std::optional<StateTable> m_states;
    QString m_language;
};
