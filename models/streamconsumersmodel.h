#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "services/streaminfo.h"

// The consumers of every group of the monitored stream (XINFO CONSUMERS), one row per
// (group, consumer), sorted by group then name. Fed by every StreamMonitor sample; diffs by
// (group, name) like StreamGroupsModel, so a selected consumer stays selected.
class StreamConsumersModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamConsumersModel)

public:
    enum Column { Group, Name, Pending, Idle, Inactive, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        GroupRole = Qt::UserRole + 1,
        NameRole,
        ValueRole, // the raw number of the column (qint64 ms or count; -1 = unknown), or the text
    };

    struct Row {
        QString group;
        StreamConsumerInfo consumer;
    };

    explicit StreamConsumersModel(QObject *parent = nullptr);

    void setInfo(const StreamInfo &info);
    void clear();

    [[nodiscard]] int rowOf(const QString &group, const QString &name) const;
    [[nodiscard]] const Row &rowAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void apply(QList<Row> rows);

    QList<Row> m_rows;
};
