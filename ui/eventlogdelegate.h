#pragma once

#include <QStyledItemDelegate>

// Styles the event log from EventLogModel's roles: malformed and dead-lettered entries get a
// red tint and a bold red event name (their problem is in the row's tooltip).
class EventLogDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogDelegate)

public:
    explicit EventLogDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
