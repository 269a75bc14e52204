#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include "services/deadletter.h"

class RedisConnection;
class RedisReply;

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
class DeadLetterQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterQueue)

public:
    enum class Operation { Replay, Delete };
    Q_ENUM(Operation)

    struct Result {
        Operation operation = Operation::Replay;
        qint64 done = 0; // replayed or deleted
        qint64 missing = 0; // gone already (another console, XTRIM)
        qint64 empty = 0; // replay only: no original fields (deleted while pending), left in place
        QList<QPair<QByteArray, QByteArray>> replayedAs; // dead-letter id -> new stream id
        bool canceled = false;
    };

    static constexpr int ChunkSize = 500; // ids per script or XDEL, entries per XRANGE page

    DeadLetterQueue(RedisConnection *connection, const QString &stream, QObject *parent = nullptr);
    ~DeadLetterQueue() override;

    [[nodiscard]] QString stream() const { return m_stream; }
    [[nodiscard]] QString key() const; // <stream>:dlq
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // The newest `count` dead letters, newest first, and how many the stream holds: fetched().
    bool fetch(int count);
    // These entries (ids in the dead-letter stream): progress(), then finished() or failed().
    // Returns false without doing anything while another operation runs, or for an id that is
    // not a stream id (a script stops at the first error, after what it already wrote).
    bool run(Operation operation, const QList<QByteArray> &ids);
    // Every entry there is when it starts (only those with this reason code, if given). Entries
    // dead-lettered meanwhile, a replay's own failures included, are left for next time.
    bool runAll(Operation operation, const QString &reasonCode = {});
    // Stops after the chunk under way; finished() reports what was done, canceled set.
    void cancel();

Q_SIGNALS:
    void fetched(const QList<DeadLetter> &newestFirst, qint64 total);
    void progress(qint64 done, qint64 total); // total -1 while unknown
    void finished(const DeadLetterQueue::Result &result);
    void failed(const QString &error);

private:
    bool begin(Operation operation);
    void scanFrom(const QByteArray &start);
    void runChunk();
    void applyChunkReply(const QList<QByteArray> &ids, const RedisReply &reply);
    void finish();
    void fail(const QString &error);

    QPointer<RedisConnection> m_connection;
    QString m_stream;
    bool m_busy = false;
    bool m_cancel = false;
    Result m_result;
    // run(): what is left to do. runAll(): the scan's bound, filter and size.
    QList<QByteArray> m_todo;
    bool m_scanning = false;
    QByteArray m_scanEnd;
    QByteArray m_scanNext; // empty: the scan has reached its end
    QString m_reasonCode;
    qint64 m_total = -1;
    qint64 m_handled = 0; // entries looked at (for progress)
};

Q_DECLARE_METATYPE(DeadLetterQueue::Result)
