#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "services/streaminfo.h"

// The consumer groups of the monitored stream (XINFO GROUPS), one row per group, sorted by name.
// setInfo() is fed every StreamMonitor sample (every 2 s) and diffs by name: new groups are
// inserted, vanished ones removed, changed ones get dataChanged, so a selection survives refreshes.
class StreamGroupsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamGroupsModel)

public:
    enum Column { Name, Consumers, Pending, LastDeliveredId, EntriesRead, Lag, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        NameRole = Qt::UserRole + 1,
        ValueRole, // the raw number of the column (qint64; -1 = unknown), or the text for Name/LastDeliveredId
        LagUnknownRole, // bool: Redis could not tell the lag
    };

    explicit StreamGroupsModel(QObject *parent = nullptr);

    void setInfo(const StreamInfo &info);
    void clear();

    [[nodiscard]] int rowOf(const QString &name) const;
    [[nodiscard]] const StreamGroupInfo &groupAt(int row) const { return m_groups.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void apply(QList<StreamGroupInfo> groups);

    QList<StreamGroupInfo> m_groups; // consumerList left empty: StreamConsumersModel shows consumers
};
