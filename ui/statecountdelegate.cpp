#include "ui/statecountdelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

#include "models/statecountmodel.h"
#include "ui/viewstyle.h"

StateCountDelegate::StateCountDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void StateCountDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QPalette &palette = option->palette;
    if (index.data(StateCountModel::CountRole).toInt() == 0)
        palette.setColor(QPalette::Text, ViewStyle::dimmed(palette));
    if (index.column() != StateCountModel::State)
        return;
    if (!index.data(StateCountModel::KnownRole).toBool()) {
        option->font.setItalic(true);
        palette.setColor(QPalette::Text, ViewStyle::textColor(ViewStyle::warning(), palette));
    } else if (index.data(StateCountModel::ClosedRole).toBool()) {
        palette.setColor(QPalette::Text, ViewStyle::textColor(ViewStyle::good(), palette));
    }
}

bool StateCountDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.column() == StateCountModel::State
        && index.data(Qt::ToolTipRole).toString().isEmpty()) {
        QToolTip::showText(
            event->globalPos(), tr("State code %1").arg(index.data(StateCountModel::CodeRole).toString()), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
