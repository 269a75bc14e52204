#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include "services/deadletter.h"

class RedisConnection;
class RedisReply;
struct StreamEntry;

// What an on-call engineer does with the dead-letter stream `<stream>:dlq` once the cause is
// fixed (a producer, the state table, the size limit): read it, put entries back into the stream
// (replay) or delete them. One operation at a time, on a RedisConnection it does not own.
//
// A replay puts the entry's original fields back with XADD and deletes it from the dead-letter
// stream in one server-side script per chunk, so an entry is never both replayed and kept, nor
// lost between the two, and two consoles replaying the same entry replay it once. The replayed
// entry is a new entry: the group processes it like any other, the store's ordering rules keep
// an old record from regressing a ticket, and an entry that still cannot be read comes back
// here with a new id.
//
// Memory and the server's time per command stay bounded whatever the entries weigh (a too_large
// one is over 1 MiB): XRANGE pages start small and grow towards about PageBytes, never past
// ScanPage entries; fetch() keeps only what it returns (values cut when asked); a replay script
// or XDEL takes about PageBytes of entries (ChunkSize at most; UnknownChunk when their size is
// not known, as for ids given by hand).
class DeadLetterQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterQueue)

public:
    enum class Operation { Replay, Delete };
    Q_ENUM(Operation)

    struct Result {
        Operation operation = Operation::Replay;
        qint64 done = 0; // replayed or deleted
        qint64 missing = 0; // not there (another console was quicker, XTRIM, a wrong id)
        QList<QByteArray> missingIds; // replay only: the first MissingIdsKept of them, to name
        qint64 empty = 0; // replay only: no original fields (deleted while pending), left in place
        qint64 failed = 0; // replay only: refused by the server for this entry, left in place
        QString firstFailure; // the server's reason for the first failed one
        QList<QPair<QByteArray, QByteArray>> replayedAs; // dead-letter id -> new stream id
        bool canceled = false;
    };

    // 100 entries of 1 MiB after a run of small ones still keep the server busy about 60 ms;
    // 500 did for 300 ms.
    static constexpr int MissingIdsKept = 10;
    static constexpr int ScanPage = 100; // entries per XRANGE page at most
    static constexpr int FirstPage = 2; // before anything is known of the entries' weight
    static constexpr qsizetype PageBytes = 4 * 1024 * 1024; // a page's or a chunk's target weight
    static constexpr int ChunkSize = 100; // entries per replay script or XDEL at most
    static constexpr int UnknownChunk = 10; // the same for entries of unknown weight
    // A chunk of large entries takes the server a while; a timeout would report a failure while
    // the server goes on to finish the chunk.
    static constexpr int OperationTimeoutMs = 120000;

    DeadLetterQueue(RedisConnection *connection, const QString &stream, QObject *parent = nullptr);
    ~DeadLetterQueue() override;

    [[nodiscard]] QString stream() const { return m_stream; }
    [[nodiscard]] QString key() const; // <stream>:dlq
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isRunning() const { return m_busy && !m_fetching; } // an operation, not a fetch

    // A whole entry id, "ms-seq": XRANGE with a bare "ms" matches every entry of that
    // millisecond while XDEL takes only "ms-0", so a bare ms would replay an entry and keep it.
    [[nodiscard]] static bool isEntryId(const QByteArray &id);

    // The newest `count` dead letters (only those with `reasonCode`, if given), newest first, and
    // how many the stream holds: fetched(). maxValueBytes >= 0 cuts each value to that size.
    bool fetch(int count, const QString &reasonCode = {}, qsizetype maxValueBytes = -1);
    // These entries, oldest first whatever the order given (a replay keeps their order in the
    // stream): progress(), then finished() or failed(). Returns false without doing anything
    // while another operation runs, or if an id is not isEntryId().
    bool run(Operation operation, QList<QByteArray> ids);
    // Every entry there is when it starts (only those with this reason code, if given). Entries
    // dead-lettered meanwhile, a replay's own failures included, are left for next time.
    bool runAll(Operation operation, const QString &reasonCode = {});
    // Stops after the chunk under way; finished() reports what was done, canceled set. A fetch
    // under way is dropped (nothing is emitted).
    void cancel();

Q_SIGNALS:
    void fetched(const QList<DeadLetter> &newestFirst, qint64 total);
    void progress(qint64 done, qint64 total); // entries handled; total -1 while unknown
    void finished(const DeadLetterQueue::Result &result);
    void failed(const QString &error);

private:
    bool begin(bool fetching);
    // XLEN of the dead-letter stream, then `next` (unless canceled or failed).
    void length(std::function<void(qint64)> next);
    // One page between the bounds (m_pageCount entries); `last` when the range holds no more.
    void scan(const QByteArray &from, const QByteArray &to, bool newestFirst,
        std::function<void(const QList<StreamEntry> &, bool last)> next);
    void scanNewest(const QByteArray &before);
    void scanOldest(const QByteArray &start);
    void runChunk();
    void applyChunkReply(const QList<QByteArray> &ids, const RedisReply &reply);
    void finish();
    void fail(const QString &error);
    [[nodiscard]] bool wanted(const QByteArray &reasonCode) const;

    QPointer<RedisConnection> m_connection;
    QString m_stream;
    bool m_busy = false;
    bool m_fetching = false;
    bool m_cancel = false;
    quint64 m_generation = 0; // replies of a canceled fetch are ignored
    QString m_reasonCode;

    // fetch()
    int m_fetchCount = 0;
    qsizetype m_maxValueBytes = -1;
    qint64 m_fetchTotal = 0;
    QList<DeadLetter> m_fetched;
    int m_pageCount = FirstPage; // entries asked for by the next XRANGE page

    // run() and runAll()
    Result m_result;
    QList<QPair<QByteArray, qsizetype>> m_todo; // id, bytes (a guess when not known)
    bool m_scanning = false;
    QByteArray m_scanEnd;
    QByteArray m_scanNext; // empty: the scan has reached its end
    qint64 m_total = -1;
    qint64 m_handled = 0; // entries looked at (for progress)
};

Q_DECLARE_METATYPE(DeadLetterQueue::Result)
