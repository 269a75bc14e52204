#include "ui/ticketdelegate.h"

#include "models/ticketmodel.h"
#include "ui/viewstyle.h"

TicketDelegate::TicketDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void TicketDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool closed = index.data(TicketModel::ClosedRole).toBool();
    const int priority = index.data(TicketModel::PriorityRole).toInt();
    const int column = index.column();
    QPalette &palette = option->palette;

    if (closed) {
        palette.setColor(QPalette::Text, ViewStyle::dimmed(palette));
        if (column == TicketModel::State)
            palette.setColor(QPalette::Text, ViewStyle::textColor(ViewStyle::good(), palette));
        return;
    }
    if (priority == 1) {
        option->backgroundBrush = ViewStyle::tint(ViewStyle::critical(), palette, 0.13);
        if (column == TicketModel::Priority || column == TicketModel::Number) {
            option->font.setBold(true);
            palette.setColor(QPalette::Text, ViewStyle::textColor(ViewStyle::critical(), palette));
        }
    } else if (priority == 2 && column == TicketModel::Priority) {
        palette.setColor(QPalette::Text, ViewStyle::textColor(ViewStyle::warning(), palette));
    }
}
