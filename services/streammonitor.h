#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "services/streaminfo.h"

class RedisConnection;

// Samples a stream's XINFO (stream, groups, consumers of every group) every interval (2 s by
// default) on a command connection, for the stream view and its lag/pending charts.
// The same sampling serves `streamdesk-cli info` through sampleOnce().
class StreamMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamMonitor)

public:
    StreamMonitor(RedisConnection *connection, const QString &stream, QObject *parent = nullptr);

    void setStream(const QString &stream);
    void setInterval(int ms);
    void start();
    void stop();
    // One sample now; sampled() or failed() follows.
    void sampleOnce();

    [[nodiscard]] const StreamInfo &last() const { return m_last; }

Q_SIGNALS:
    void sampled(const StreamInfo &info);
    void failed(const QString &reason);

private:
    void sample();
    void onStreamAndGroups(const QList<RedisReply> &replies);

    QPointer<RedisConnection> m_connection;
    QString m_stream;
    QTimer m_timer;
    StreamInfo m_last;
    bool m_inFlight = false;
};
