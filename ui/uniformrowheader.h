#pragma once

#include <QHeaderView>

// The row header of the views' tables: hidden, every row the same height. Qt 6.4's QHeaderView
// keeps one item per section and, before every layout change of its model (each re-sort of a
// sorting proxy), saves a persistent index for each of them: with 100,000 rows that was ~0.3 ms
// per re-sorted row and most of a 200 ms re-sort. Uniform rows have nothing worth saving, so
// this header skips that and only follows the row count. (Later Qt versions skip it too.)
class UniformRowHeader final : public QHeaderView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UniformRowHeader)

public:
    explicit UniformRowHeader(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
};
