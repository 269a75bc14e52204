#include "ui/percentbardelegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/viewstyle.h"

PercentBarDelegate::PercentBarDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void PercentBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection first, then the bar, then the text on top.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double share = std::clamp(index.data(m_role).toDouble(), 0.0, 100.0) / 100.0;
    if (share > 0) {
        const QRect cell = option.rect.adjusted(3, 4, -3, -4);
        QRect bar = cell;
        bar.setWidth(std::max(2, int(cell.width() * share)));
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        painter->fillRect(bar,
            selected ? option.palette.color(QPalette::HighlightedText).darker(130)
                     : ViewStyle::tint(ViewStyle::accent(), option.palette, 0.30));
    }
    opt.text = text;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(option.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, int(opt.displayAlignment), text);
    painter->restore();
}
