#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

#include <QString>

struct sqlite3;

// Copies a WAL-mode database's log back into the database file on a thread of its own, with a
// connection of its own, so the writer's COMMIT never waits for it. With SQLite's automatic
// checkpoint, the committing thread did that copying and the fsync that ends it: about a third
// of the store's time under a backlog.
//
// install() replaces the writer connection's automatic checkpoint. After each commit SQLite says
// how many pages the log holds; past the background limit this thread is asked to copy them
// (PASSIVE: it never blocks the writer or readers). A log can only start over once everything is
// copied while nobody writes; past the foreground limit, under a long backlog, the writer copies
// the rest itself so the next transaction restarts the log and the file stays bounded. Limits are
// in bytes, so they mean the same whatever the page size.
class WalCheckpointer final {
public:
    static constexpr qint64 DefaultBackgroundBytes = 32 << 20;
    static constexpr qint64 DefaultForegroundBytes = 96 << 20;

    explicit WalCheckpointer(const QString &path)
        : WalCheckpointer(path, DefaultBackgroundBytes, DefaultForegroundBytes)
    {
    }
    WalCheckpointer(const QString &path, qint64 backgroundBytes, qint64 foregroundBytes);
    ~WalCheckpointer(); // finishes a checkpoint under way, then joins
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Hooks the writer's connection; `writer` must outlive the hook or be closed first.
    void install(sqlite3 *writer);
    // The limits in pages of the writer's database, once installed.
    [[nodiscard]] int backgroundPages() const { return m_backgroundPages; }
    [[nodiscard]] int foregroundPages() const { return m_foregroundPages; }

    // Counters, for tests and benchmarks.
    [[nodiscard]] int backgroundCheckpoints() const;
    [[nodiscard]] int foregroundCheckpoints() const;
    // Frames of the log in the database file after the last background checkpoint.
    [[nodiscard]] int copiedFrames() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);
    void request();
    void run();

    const QByteArray m_path;
    const qint64 m_backgroundBytes;
    const qint64 m_foregroundBytes;
    int m_backgroundPages = 0; // set by install(), before any commit can call onCommit()
    int m_foregroundPages = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle; // a checkpoint ended
    bool m_requested = false;
    bool m_busy = false; // a checkpoint is under way (either thread)
    bool m_stopping = false;
    int m_background = 0;
    int m_foreground = 0;
    int m_copiedFrames = 0;
    std::thread m_thread;
};
