#pragma once

#include <QStyledItemDelegate>

// Flags consumers that hold pending entries but have been idle for a while (StuckIdleMs, the
// default XAUTOCLAIM min-idle): their entries are stuck until someone claims them. The row
// gets an orange tint and the pending count turns bold orange. Reads StreamConsumersModel.
class ConsumerDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumerDelegate)

public:
    static constexpr qint64 StuckIdleMs = 60 * 1000;

    explicit ConsumerDelegate(QObject *parent = nullptr);

    [[nodiscard]] static bool isStuck(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
