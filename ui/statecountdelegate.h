#pragma once

#include <QStyledItemDelegate>

// Styles the dashboard's per-state counters from StateCountModel's roles: closed states in
// green, codes the state table does not know in orange italics, zero counts dimmed.
class StateCountDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateCountDelegate)

public:
    explicit StateCountDelegate(QObject *parent = nullptr);

    // The state's code as its tooltip, when the model has none.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
