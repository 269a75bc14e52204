#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "services/pendingentries.h"

// A consumer group's pending entries, as the last PendingEntriesQuery read them (a snapshot:
// each read replaces the rows). Sorting is left to a proxy; SortRole gives raw values.
class PendingEntryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingEntryModel)

public:
    enum Column { Id, Consumer, Idle, Deliveries, Event, Number, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: idle ms, deliveries, the id compared numerically
    };

    explicit PendingEntryModel(QObject *parent = nullptr);

    void setEntries(const QList<PendingEntry> &entries);
    [[nodiscard]] const PendingEntry &entryAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PendingEntry> m_rows;
};
