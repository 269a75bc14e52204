#include "ui/consoletableview.h"

#include <QStyleOptionViewItem>

ConsoleTableView::ConsoleTableView(QWidget *parent)
    : QTableView(parent)
{
    // The console's tables are read row by row (arrow keys), never edited cell by cell: Tab
    // leaves the table for the next control, as in QTreeView, instead of walking every cell and
    // trapping keyboard users inside (the ticket detail pane was out of reach).
    setTabKeyNavigation(false);
}

ConsoleTableView::~ConsoleTableView() = default;

void ConsoleTableView::initViewItemOption(QStyleOptionViewItem *option) const
{
    QTableView::initViewItemOption(option);
    option->locale.setNumberOptions(option->locale.numberOptions() & ~QLocale::OmitGroupSeparator);
}
