#pragma once

#include <QStyledItemDelegate>

// Styles ticket rows from TicketModel's roles, with no per-row widgets (100,000+ rows):
// closed tickets recede (dimmed text), open priority-1 tickets get a red tint and a bold red
// priority, open priority-2 tickets an orange priority, closed states a green state label.
class TicketDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDelegate)

public:
    explicit TicketDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
