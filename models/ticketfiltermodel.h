#pragma once

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

class TicketModel;

// Filters and sorts the ticket table (qBittorrent's transfer list sort/filter model pattern):
// types, several states, closed shown or hidden, assignment group, and instant text search over
// number, description and group.
class TicketFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketFilterModel)

public:
    explicit TicketFilterModel(QObject *parent = nullptr);

    void setTypes(const QStringList &types); // empty = all
    // Entries are stateKey(type, code), a state of one type, or a bare code, that code in every
    // type. Types share codes with different meanings (1 is a new incident but a pending task),
    // so the view filters by type and code. Empty = all.
    void setStates(const QSet<QString> &states);
    [[nodiscard]] static QString stateKey(const QString &type, const QString &code) { return type + u':' + code; }
    void setShowClosed(bool show);
    void setAssignmentGroup(const QString &group); // empty = all
    void setSearchText(const QString &text);

    [[nodiscard]] QStringList types() const { return m_types; }
    [[nodiscard]] QSet<QString> states() const { return m_states; }
    [[nodiscard]] bool showClosed() const { return m_showClosed; }
    [[nodiscard]] QString assignmentGroup() const { return m_group; }
    [[nodiscard]] QString searchText() const { return m_search; }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<const TicketModel> m_tickets; // the source when it is a TicketModel: lessThan's fast path
    QStringList m_types;
    QSet<QString> m_states;
    bool m_showClosed = true;
    QString m_group;
    QString m_search; // lower-cased
};
