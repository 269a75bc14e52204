#include "ui/consoletableview.h"

#include <QStyleOptionViewItem>

ConsoleTableView::ConsoleTableView(QWidget *parent)
    : QTableView(parent)
{
}

ConsoleTableView::~ConsoleTableView() = default;

void ConsoleTableView::initViewItemOption(QStyleOptionViewItem *option) const
{
    QTableView::initViewItemOption(option);
    option->locale.setNumberOptions(option->locale.numberOptions() & ~QLocale::OmitGroupSeparator);
}
