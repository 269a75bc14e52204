#include "services/ticketsnapshotloader.h"

#include "services/ticketstore.h"

TicketSnapshotLoader::TicketSnapshotLoader(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    qRegisterMetaType<QList<Ticket>>();
    m_thread.setObjectName(QStringLiteral("streamdesk-snapshot"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TicketSnapshotLoader::~TicketSnapshotLoader()
{
    // A load under way finishes first; the answer it posts to us dies with this object.
    m_thread.quit();
    m_thread.wait();
}

quint64 TicketSnapshotLoader::load(const QString &path)
{
    const quint64 request = ++m_requests;
    QMetaObject::invokeMethod(
        m_worker,
        [this, path, request] {
            // A connection of this thread's own, closed before the answer goes.
            QList<Ticket> tickets;
            QString error;
            {
                TicketStore store;
                if (store.open(path, &error))
                    tickets = store.tickets();
            }
            QMetaObject::invokeMethod(
                this, [this, request, tickets = std::move(tickets), error] { Q_EMIT loaded(request, tickets, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}
