#include "ui/eventlogdelegate.h"

#include "models/eventlogmodel.h"
#include "ui/viewstyle.h"

EventLogDelegate::EventLogDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void EventLogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(EventLogModel::MalformedRole).toBool())
        return;
    option->backgroundBrush = ViewStyle::tint(ViewStyle::critical(), option->palette, 0.13);
    if (index.column() == EventLogModel::Event || index.column() == EventLogModel::Problem) {
        option->font.setBold(index.column() == EventLogModel::Event);
        option->palette.setColor(QPalette::Text, ViewStyle::textColor(ViewStyle::critical(), option->palette));
    }
}
