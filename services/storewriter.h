#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include "services/ticketevent.h"
#include "services/ticketstore.h"

// Runs a TicketStore on a thread of its own, so the store's transactions overlap the Redis
// reads and the decoding done on the owner's thread (StreamConsumer).
//
// The store is created, opened, used and closed only on the writer thread: QtSql connections
// belong to the thread that opened them. apply() queues a batch and returns at once; applied()
// reports the result on this object's thread. Batches are applied one after the other, in the
// order given. Destroying the writer joins its thread after the batch under way (if any) commits;
// a result not yet delivered then is dropped, so its entries stay unacknowledged (at-least-once).
class StoreWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    explicit StoreWriter(QObject *parent = nullptr);
    ~StoreWriter() override;

    // Opens the store on the writer thread and waits for it (a few ms): the caller can fail at
    // once on an error. Does nothing if it is already open on that path.
    bool open(const QString &path, QString *error);
    void apply(const QList<TicketEvent> &events, bool reportChanged = true);

Q_SIGNALS:
    void applied(const TicketStore::BatchResult &result);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there when it finishes
};
