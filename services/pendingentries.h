#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

class RedisConnection;

// One entry a consumer group has delivered and nobody has acknowledged (XPENDING), with what
// it is about, so an on-call engineer can tell a stuck ticket from a stuck consumer.
struct PendingEntry {
    QByteArray id;
    QString consumer;
    qint64 idleMs = 0; // since it was last delivered
    qint64 deliveries = 0;
    QString event; // "type:action" (DeadLetter's rules); empty when the entry is gone
    QString number;
    bool deletedFromStream = false; // XDEL'd or trimmed while pending: nothing left to process
};
Q_DECLARE_METATYPE(PendingEntry)

// Reads a group's pending entries, oldest first by id (optionally one consumer's, optionally only
// those idle at least some time: the stuck ones, whatever their id), in the style
// of a per-endpoint job (Ruqola): start() once, then finished() or failed(). Entries are read only
// for their type, action and number, DescribeBatch at a time, and not kept.
class PendingEntriesQuery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingEntriesQuery)

public:
    static constexpr int MaxCount = 1000;
    static constexpr int DescribeBatch = 10; // entries read per round trip

    PendingEntriesQuery(RedisConnection *connection, const QString &stream, const QString &group,
        const QString &consumer = {}, int count = 100, QObject *parent = nullptr);
    ~PendingEntriesQuery() override;

    // Only entries idle at least this long (XPENDING ... IDLE, Redis 6.2). Before start().
    void setMinIdleMs(qint64 ms) { m_minIdleMs = ms; }

    void start();
    // After finished(): whether entries beyond those listed match (with a minimum idle time,
    // one more is asked for to tell; otherwise the total says it).
    [[nodiscard]] bool moreThanListed() const { return m_more; }

Q_SIGNALS:
    // total: everything pending in the group (or for the consumer), listed or not.
    void finished(const QList<PendingEntry> &oldestFirst, qint64 total);
    void failed(const QString &error);

private:
    void describe(QList<PendingEntry> entries, qint64 total);
    void describeNext();

    QPointer<RedisConnection> m_connection;
    QString m_stream;
    QString m_group;
    QString m_consumer;
    int m_count;
    qint64 m_minIdleMs = 0;
    bool m_more = false;
    QList<PendingEntry> m_entries;
    qint64 m_total = 0;
    qsizetype m_described = 0;
};
