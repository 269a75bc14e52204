#include "services/streammonitor.h"

#include "services/redisconnection.h"

StreamMonitor::StreamMonitor(RedisConnection *connection, const QString &stream, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_stream(stream)
{
    m_timer.setParent(this); // follows moveToThread()
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &StreamMonitor::sample);
}

void StreamMonitor::setStream(const QString &stream)
{
    m_stream = stream;
    m_last = {};
}

void StreamMonitor::setInterval(int ms)
{
    m_timer.setInterval(ms);
}

void StreamMonitor::start()
{
    m_timer.start();
    sample();
}

void StreamMonitor::stop()
{
    m_timer.stop();
}

void StreamMonitor::sampleOnce()
{
    sample();
}

void StreamMonitor::sample()
{
    // A slow server must not pile up samples; a connection that is down is simply skipped
    // (the status bar already says why).
    if (m_inFlight || !m_connection || !m_connection->isReady())
        return;
    m_inFlight = true;
    const QByteArray key = m_stream.toUtf8();
    m_connection->batch(
        {{"XINFO", "STREAM", key}, {"XINFO", "GROUPS", key}, {"XLEN", StreamInfo::deadLetterKeyFor(m_stream).toUtf8()}},
        this, [this](const QList<RedisReply> &replies) { onStreamAndGroups(replies); });
}

void StreamMonitor::onStreamAndGroups(const QList<RedisReply> &replies)
{
    StreamInfo info;
    info.key = m_stream;
    const RedisReply &stream = replies.at(0);
    if (stream.isError() && stream.errorKind() != RedisReply::ErrorKind::Server) {
        m_inFlight = false;
        Q_EMIT failed(stream.errorMessage());
        return;
    }
    if (!info.parseStream(stream) || !info.parseGroups(replies.at(1))) {
        m_inFlight = false;
        // Name the key: "WRONGTYPE Operation against a key holding the wrong kind of value"
        // alone does not say which.
        Q_EMIT failed(stream.isError() ? tr("%1: %2").arg(m_stream, stream.errorMessage())
                                       : tr("unexpected XINFO reply for %1").arg(m_stream));
        return;
    }
    info.sampledAt = QDateTime::currentDateTimeUtc();
    info.deadLetterKey = StreamInfo::deadLetterKeyFor(m_stream);
    // XLEN says 0 for a missing key; another type is an error: unknown.
    if (replies.size() > 2 && replies.at(2).isInteger())
        info.deadLetterLength = replies.at(2).toInteger();
    if (info.groups.isEmpty()) {
        m_inFlight = false;
        m_last = info;
        Q_EMIT sampled(m_last);
        return;
    }
    QList<RespWriter::Command> commands;
    for (const StreamGroupInfo &g : std::as_const(info.groups))
        commands << RespWriter::Command {"XINFO", "CONSUMERS", m_stream.toUtf8(), g.name.toUtf8()};
    m_connection->batch(commands, this, [this, info](const QList<RedisReply> &consumerReplies) mutable {
        m_inFlight = false;
        for (qsizetype i = 0; i < consumerReplies.size() && i < info.groups.size(); ++i)
            info.parseConsumers(info.groups.at(i).name, consumerReplies.at(i)); // a group may vanish meanwhile
        m_last = info;
        Q_EMIT sampled(m_last);
    });
}
