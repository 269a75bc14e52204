#pragma once

#include <QDialog>
#include <QPointer>

#include "services/pendingentries.h"

class PendingEntryModel;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class RedisConnection;

// The entries a consumer group (or one of its consumers) holds unacknowledged: which consumer,
// idle how long, delivered how often, and which ticket, optionally only those idle at least some
// seconds (the stuck ones, whatever their id). Opened by double-clicking a group or a
// consumer on the Streams page; read-only (processing recovers them with XAUTOCLAIM, and an
// entry delivered too often is dead-lettered).
class PendingEntriesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingEntriesDialog)

public:
    static constexpr int ListedLimit = PendingEntriesQuery::MaxCount;

    PendingEntriesDialog(RedisConnection *connection, const QString &stream, const QString &group,
        const QString &consumer = {}, QWidget *parent = nullptr);
    ~PendingEntriesDialog() override;

    [[nodiscard]] PendingEntryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString group() const { return m_group; }
    [[nodiscard]] QString consumer() const { return m_consumer; }
    [[nodiscard]] QSpinBox *minIdleBox() const { return m_minIdle; }

    void refresh();

private:
    QPointer<RedisConnection> m_connection;
    QString m_stream;
    QString m_group;
    QString m_consumer;
    PendingEntryModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QSpinBox *m_minIdle = nullptr; // seconds; 0 = every entry
    QTimer *m_minIdleSettled = nullptr; // re-reads once typing stops
    QPointer<PendingEntriesQuery> m_query; // the read under way, if any
    bool m_readAgain = false; // the filter changed while a read was under way
    bool m_waitingForConnection = false;
};
