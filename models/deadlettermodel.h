#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "services/deadletter.h"

// The dead letters a DeadLettersDialog shows, newest first (by id in the dead-letter stream).
// setDeadLetters() diffs by id, so a refresh after a replay removes exactly the rows that went
// and keeps the selection of the others.
class DeadLetterModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterModel)

public:
    enum Column { Time, Reason, Event, Number, SourceId, Consumer, Deliveries, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // QByteArray: the entry's id in the dead-letter stream
        ReasonCodeRole, // QString
    };

    explicit DeadLetterModel(QObject *parent = nullptr);

    void setDeadLetters(QList<DeadLetter> newestFirst);
    void removeIds(const QList<QByteArray> &ids);
    void clear();

    [[nodiscard]] const DeadLetter &deadLetterAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QList<DeadLetter> &deadLetters() const { return m_rows; }
    [[nodiscard]] int rowOf(const QByteArray &id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DeadLetter> m_rows;
};
