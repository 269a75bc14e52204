#include "services/walcheckpointer.h"

#include <algorithm>

#include <sqlite3.h>

#include "services/logging.h"

WalCheckpointer::WalCheckpointer(const QString &path, qint64 backgroundBytes, qint64 foregroundBytes)
    : m_path(path.toUtf8())
    , m_backgroundBytes(backgroundBytes)
    , m_foregroundBytes(foregroundBytes)
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
    sqlite3_stmt *stmt = nullptr;
    qint64 pageSize = 4096;
    if (sqlite3_prepare_v2(writer, "PRAGMA page_size", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        pageSize = std::max<qint64>(sqlite3_column_int64(stmt, 0), 512);
    sqlite3_finalize(stmt);
    m_backgroundPages = int(std::max<qint64>(m_backgroundBytes / pageSize, 1));
    m_foregroundPages = int(std::max<qint64>(m_foregroundBytes / pageSize, m_backgroundPages + 1));
    sqlite3_wal_hook(writer, &WalCheckpointer::onCommit, this);
}

int WalCheckpointer::backgroundCheckpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_background;
}

int WalCheckpointer::copiedFrames() const
{
    const std::lock_guard lock(m_mutex);
    return m_copiedFrames;
}

int WalCheckpointer::foregroundCheckpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_foreground;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= checkpointer->m_foregroundPages) {
        // Only one connection checkpoints at a time, and SQLite does not wait for the other:
        // let the background pass finish (what it copied is not copied again), then copy the rest.
        std::unique_lock lock(checkpointer->m_mutex);
        checkpointer->m_idle.wait(lock, [checkpointer] { return !checkpointer->m_busy; });
        checkpointer->m_requested = false;
        checkpointer->m_busy = true;
        lock.unlock();
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        checkpointer->m_busy = false;
        ++checkpointer->m_foreground;
    } else if (pages >= checkpointer->m_backgroundPages) {
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
        m_wake.wait(lock, [this] { return (m_requested && !m_busy) || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        m_busy = true;
        lock.unlock();
        int logFrames = -1;
        int copiedFrames = -1;
        const auto checkpoint = [&] {
            return sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copiedFrames);
        };
        int rc = db ? checkpoint() : SQLITE_MISUSE;
        if (rc == SQLITE_OK && logFrames < 0) {
            // A connection only finds the log once it has read the database; before that its
            // checkpoints succeed without doing anything ("not in WAL mode", -1 frames).
            sqlite3_exec(db, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr);
            rc = checkpoint();
        }
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && db)
            qCWarning(lcStore) << "checkpoint:" << sqlite3_errmsg(db);
        lock.lock();
        m_busy = false;
        ++m_background;
        m_copiedFrames = std::max(copiedFrames, 0);
        m_idle.notify_all();
    }
    lock.unlock();
    sqlite3_close(db);
}
