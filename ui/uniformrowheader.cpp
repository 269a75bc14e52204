#include "ui/uniformrowheader.h"

UniformRowHeader::UniformRowHeader(QWidget *parent)
    : QHeaderView(Qt::Vertical, parent)
{
    setSectionResizeMode(QHeaderView::Fixed);
}

void UniformRowHeader::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QHeaderView::setModel(model);
    if (!model)
        return;
    // QHeaderView's own handling of layout changes, replaced: a layout change keeps or changes
    // the row count (a re-sort, a re-filter), and that is all a uniform header has to follow.
    disconnect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, nullptr);
    disconnect(model, &QAbstractItemModel::layoutChanged, this, nullptr);
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        initializeSections();
        scheduleDelayedItemsLayout();
    });
}
