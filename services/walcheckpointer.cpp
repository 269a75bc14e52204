#include "services/walcheckpointer.h"

#include <sqlite3.h>

#include "services/logging.h"

WalCheckpointer::WalCheckpointer(const QString &path)
    : m_path(path.toUtf8())
    , m_thread([this] { run(); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::install(sqlite3 *writer)
{
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this);
}

int WalCheckpointer::backgroundCheckpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_background;
}

int WalCheckpointer::foregroundCheckpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_foreground;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= ForegroundPages) {
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        const std::lock_guard lock(checkpointer->m_mutex);
        ++checkpointer->m_foreground;
    } else if (pages >= BackgroundPages) {
        checkpointer->request();
    }
    return SQLITE_OK; // a failed checkpoint is retried after the next commit; the commit stands
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "checkpoint connection:" << sqlite3_errmsg(db);
        sqlite3_close(db);
        db = nullptr; // requests are then ignored; the writer's foreground checkpoints remain
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        lock.unlock();
        const int rc =
            db ? sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) : SQLITE_MISUSE;
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && db)
            qCWarning(lcStore) << "checkpoint:" << sqlite3_errmsg(db);
        lock.lock();
        ++m_background;
    }
    lock.unlock();
    sqlite3_close(db);
}
