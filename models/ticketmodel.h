#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "services/statetable.h"
#include "services/ticket.h"

// All tickets of the store, one row each, kept current by batched upserts from the consumer.
// Built for 100,000+ rows: one beginInsertRows per batch, changed rows reported as contiguous
// ranges (one wide dataChanged when most rows change), lookups by sys_id in O(1).
// No colours or fonts here (the core library has no QtGui): views style rows from the roles.
class TicketModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketModel)

public:
    enum Column { Number, Type, State, Priority, AssignmentGroup, ShortDescription, Updated, LastAction, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SysIdRole = Qt::UserRole + 1,
        TypeRole, // canonical type
        StateCodeRole, // raw state code
        ClosedRole, // bool, from the state table
        PriorityRole, // int 1..5, 0 if unknown
        AssignmentGroupRole,
        SearchTextRole, // lower-cased number + description + group, for the filter
        SortRole, // a value that sorts naturally for the column
    };

    explicit TicketModel(QObject *parent = nullptr);

    void setStateTable(const StateTable &states);
    // "pt_BR" or "en": the language of state labels.
    void setLanguage(const QString &language);

    // Replaces everything (initial load from the store).
    void reset(const QList<Ticket> &tickets);
    // Inserts new tickets and updates known ones, in one batch.
    void upsert(const QList<Ticket> &tickets);
    void clear();

    [[nodiscard]] int rowOf(const QString &sysId) const { return m_rowBySysId.value(sysId, -1); }
    [[nodiscard]] const Ticket &ticketAt(int row) const { return m_tickets.at(row); }
    [[nodiscard]] const QList<Ticket> &tickets() const { return m_tickets; }
    [[nodiscard]] const StateTable &stateTable() const { return m_states; }
    [[nodiscard]] QString stateLabel(const Ticket &ticket) const;
    [[nodiscard]] static QString typeLabel(const QString &type);
    [[nodiscard]] static QString priorityLabel(const QString &priority);
    // SortRole of the Priority and State columns: the codes as numbers, unknown ones last.
    [[nodiscard]] static int sortKey(const Ticket &ticket, int column);
    // sys_updated_on ("yyyy-MM-dd HH:mm:ss") as the number yyyyMMddHHmmss, which sorts the same;
    // -1 when it is not in that form (compare the text then).
    [[nodiscard]] qint64 updatedKey(int row) const { return m_updatedKeys.at(row); }
    [[nodiscard]] static qint64 updatedKey(const QString &sysUpdatedOn);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // After every reset/upsert: the dashboard recomputes its figures from this.
    void ticketsChanged();

private:
    [[nodiscard]] static QString searchText(const Ticket &ticket);

    QList<Ticket> m_tickets;
    QList<QString> m_searchText; // parallel to m_tickets
    // sys_updated_on as yyyyMMddHHmmss, parallel to m_tickets: re-sorting 100,000 rows by it
    // reads one array instead of every ticket's string (~3x faster, and no slower over time).
    QList<qint64> m_updatedKeys;
    QHash<QString, int> m_rowBySysId;
    StateTable m_states = StateTable::defaults();
    QString m_language = QStringLiteral("en");
};
