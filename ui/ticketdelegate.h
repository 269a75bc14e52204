#pragma once

#include <QStyledItemDelegate>

// Styles ticket rows from TicketModel's roles, with no per-row widgets (100,000+ rows):
// closed tickets recede (dimmed text), open priority-1 tickets get a red tint and a bold red
// priority, open priority-2 tickets an orange priority, closed states a green state label.
// The Updated column shows ServiceNow's UTC time in local time, like the detail pane and the
// dashboard; the model keeps the UTC value, which sorts and exports as it is.
class TicketDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDelegate)

public:
    explicit TicketDelegate(QObject *parent = nullptr);

    // The text a cell shows, and its tooltip (empty: none of the delegate's own).
    [[nodiscard]] QString shownText(const QModelIndex &index) const;
    [[nodiscard]] static QString toolTip(const QModelIndex &index);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
