#include "ui/consumerdelegate.h"

#include "models/streamconsumersmodel.h"
#include "ui/viewstyle.h"

ConsumerDelegate::ConsumerDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

bool ConsumerDelegate::isStuck(const QModelIndex &index)
{
    const QAbstractItemModel *model = index.model();
    if (!model)
        return false;
    const qint64 pending =
        model->index(index.row(), StreamConsumersModel::Pending).data(StreamConsumersModel::ValueRole).toLongLong();
    const qint64 idle =
        model->index(index.row(), StreamConsumersModel::Idle).data(StreamConsumersModel::ValueRole).toLongLong();
    return pending > 0 && idle >= StuckIdleMs;
}

void ConsumerDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isStuck(index))
        return;
    option->backgroundBrush = ViewStyle::tint(ViewStyle::warning(), option->palette, 0.15);
    if (index.column() == StreamConsumersModel::Pending || index.column() == StreamConsumersModel::Idle) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, ViewStyle::textColor(ViewStyle::warning(), option->palette));
    }
}
