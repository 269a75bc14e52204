#include "ui/ticketdelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

#include "models/ticketmodel.h"
#include "ui/timetext.h"
#include "ui/viewstyle.h"

TicketDelegate::TicketDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void TicketDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == TicketModel::Updated) {
        const QDateTime utc = TimeText::fromServiceNow(option->text);
        if (utc.isValid())
            option->text = TimeText::compact(utc);
    }
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

QString TicketDelegate::shownText(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initStyleOption(&option, index);
    return option.text;
}

QString TicketDelegate::toolTip(const QModelIndex &index)
{
    if (index.column() != TicketModel::Updated)
        return {};
    const QString value = index.data().toString();
    const QDateTime utc = TimeText::fromServiceNow(value);
    if (!utc.isValid())
        return {};
    return tr("%1 local time (%2)\nValue (UTC): %3").arg(TimeText::local(utc), TimeText::localOffset(utc), value);
}

bool TicketDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip) {
        const QString tip = toolTip(index);
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
