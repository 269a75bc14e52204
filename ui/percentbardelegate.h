#pragma once

#include <QStyledItemDelegate>

// Draws a share (0..100, read from `role`) as a thin bar behind the cell's text, so the
// distribution within a type reads at a glance in the dashboard's counters table.
class PercentBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PercentBarDelegate)

public:
    PercentBarDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
