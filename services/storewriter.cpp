#include "services/storewriter.h"

#include <memory>

// The writer thread's side: owns the store, so it is destroyed (closed) on that thread.
class StoreWriter::Worker final : public QObject {
public:
    std::unique_ptr<TicketStore> store;
};

StoreWriter::StoreWriter(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("streamdesk-store"));
    m_worker->moveToThread(&m_thread);
    // Deferred deletes still run as the thread finishes: the store closes on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreWriter::~StoreWriter()
{
    // A batch under way commits first; results it posts to us meanwhile die with this object.
    m_thread.quit();
    m_thread.wait();
}

bool StoreWriter::open(const QString &path, QString *error)
{
    bool ok = false;
    QString message;
    // Blocking is safe: the writer thread never waits for ours.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, &path, &ok, &message] {
            if (worker->store && worker->store->isOpen() && worker->store->path() == path) {
                ok = true;
                return;
            }
            worker->store = std::make_unique<TicketStore>();
            ok = worker->store->open(path, &message, TicketStore::OpenMode::Writer);
            if (!ok)
                worker->store.reset();
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    return ok;
}

void StoreWriter::apply(const QList<TicketEvent> &events, bool reportChanged)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, events, reportChanged] {
            TicketStore::BatchResult result;
            if (worker->store)
                result = worker->store->apply(events, reportChanged);
            else
                result.error = QStringLiteral("not open");
            QMetaObject::invokeMethod(
                this, [this, result = std::move(result)] { Q_EMIT applied(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
