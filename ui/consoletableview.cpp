#include "ui/consoletableview.h"

#include <QPainter>
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

void ConsoleTableView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void ConsoleTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount(rootIndex()) > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height() / 2;
    painter.drawText(
        viewport()->rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}
