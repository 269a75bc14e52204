#pragma once

#include <QAbstractTableModel>

#include "models/ticketstats.h"
#include "services/statetable.h"

// Tickets per type and state, with the percentage within the type (the dashboard's counters
// table and its "by state" charts), one row per TicketStats::StateCount.
//
// setStats() reports row-level changes, not a reset: counts that changed get dataChanged,
// a state that appears (a new type, an unknown code) is inserted at its sorted place and one
// that vanishes is removed (RowDiff). The row set rarely changes, because every known state of
// a present type has a row even at zero, so a dashboard refresh is normally dataChanged only
// and a selected row stays selected.
class StateCountModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateCountModel)

public:
    enum Column { Type, State, Code, Count, PercentOfType, Closed, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        TypeRole = Qt::UserRole + 1, // canonical type
        CodeRole, // canonical state code
        CountRole, // int
        PercentRole, // double, 0..100
        ClosedRole, // bool
        KnownRole, // bool: false for codes the state table does not know
        SortRole, // a value that sorts naturally for the column
    };

    explicit StateCountModel(QObject *parent = nullptr);

    void setStats(const TicketStats &stats);
    void setStateTable(const StateTable &states); // for the labels
    void setLanguage(const QString &language); // "pt_BR" or "en"

    [[nodiscard]] const QList<TicketStats::StateCount> &rows() const { return m_rows; }
    [[nodiscard]] int rowOf(const QString &type, const QString &code) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TicketStats::StateCount> m_rows;
    StateTable m_states = StateTable::defaults();
    QString m_language = QStringLiteral("en");
};
