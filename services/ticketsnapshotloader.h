#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include "services/ticket.h"

// Reads every ticket of a store on a thread of its own. The console's first view of a store
// with 100,000 tickets took about a second to read, on the GUI thread, at every connect.
//
// load() returns at once; loaded() comes on this object's thread with the ticket list, or an
// error, and the number load() returned, so a caller can ignore answers it no longer wants.
class TicketSnapshotLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketSnapshotLoader)

public:
    explicit TicketSnapshotLoader(QObject *parent = nullptr);
    ~TicketSnapshotLoader() override; // waits for a load under way

    quint64 load(const QString &path);

Q_SIGNALS:
    void loaded(quint64 request, const QList<Ticket> &tickets, const QString &error);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    quint64 m_requests = 0;
};
