#pragma once

#include <QTableView>

// The console's tables: numbers show with the locale's digit grouping ("2.359" in pt_BR,
// "2,359" in English), as in every other place of the console. QAbstractItemView turns
// grouping off for every cell (QLocale::OmitGroupSeparator), so a group's "Entries read" of
// 2359 stood beside a stream length of 2.359. Tab leaves the table rather than walking its cells.
// An empty table can say why it is empty (no group yet, filters hiding every ticket): a blank
// white box read as "still loading" or "broken".
class ConsoleTableView : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleTableView)

public:
    explicit ConsoleTableView(QWidget *parent = nullptr);
    ~ConsoleTableView() override;

    // Shown in the middle of the table while its model has no rows; empty for none.
    void setEmptyText(const QString &text);
    [[nodiscard]] QString emptyText() const { return m_emptyText; }

protected:
    void initViewItemOption(QStyleOptionViewItem *option) const override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyText;
};
