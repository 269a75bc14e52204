#pragma once

#include <QTableView>

// The console's tables: numbers show with the locale's digit grouping ("2.359" in pt_BR,
// "2,359" in English), as in every other place of the console. QAbstractItemView turns
// grouping off for every cell (QLocale::OmitGroupSeparator), so a group's "Entries read" of
// 2359 stood beside a stream length of 2.359. Tab leaves the table rather than walking its cells.
class ConsoleTableView : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleTableView)

public:
    explicit ConsoleTableView(QWidget *parent = nullptr);
    ~ConsoleTableView() override;

protected:
    void initViewItemOption(QStyleOptionViewItem *option) const override;
};
