#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include "services/streamconsumer.h"

struct StreamInfo;

// A bounded history of named values over time, for the dashboard's and stream view's charts.
// Pure (no timers, no clock, no Qt Charts): time only moves with the samples given, and the
// result is what a QLineSeries takes, one QList<QPointF> per series, x = ms since the epoch
// (a QDateTimeAxis reads it as is).
//
// Two kinds:
//  - Rate: add() takes counts since the previous call (StreamConsumer::Update deltas); they
//    are summed into fixed buckets (1 s by default) and points() gives events per second per
//    bucket, a bucket without any count being 0, so the line falls to 0 when the stream is idle.
//  - Gauge: add() takes the values at that instant (lag, pending); points() gives the samples.
// Only the last `window` (10 min by default) before the newest time seen is kept, and never more
// than maxPoints per series, whatever the sample rate.
class TimeSeries final {
public:
    enum class Kind { Rate, Gauge };

    static constexpr qint64 DefaultWindowMs = 10 * 60 * 1000;
    static constexpr qint64 DefaultBucketMs = 1000;
    static constexpr int DefaultMaxPoints = 3600;

    explicit TimeSeries(Kind kind = Kind::Rate, qint64 windowMs = DefaultWindowMs, qint64 bucketMs = DefaultBucketMs);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] qint64 windowMs() const { return m_windowMs; }
    [[nodiscard]] qint64 bucketMs() const { return m_bucketMs; }
    void setWindowMs(qint64 ms);
    void setMaxPoints(int points);

    // Rate: counts since the previous add (summed into the bucket of `at`).
    // Gauge: the values at `at` (a second sample at the same ms replaces the first).
    // Samples may arrive slightly out of order; ones older than the window are dropped.
    void add(const QDateTime &at, const QHash<QString, double> &values);
    // Moves the end of the window to `now` without a sample: completes the current rate bucket,
    // so an idle stream charts as zeros, and drops what fell out of the window.
    void advanceTo(const QDateTime &now);
    void clear();

    [[nodiscard]] QStringList names() const; // sorted
    // Rate: one point per bucket from the oldest to the newest bucket in the window (missing
    // buckets as 0); the newest bucket is still filling, so it is left out unless asked for.
    // Gauge: the samples in time order.
    [[nodiscard]] QList<QPointF> points(const QString &name, bool includeCurrentBucket = false) const;
    // Rate: the last complete bucket's rate; Gauge: the newest sample. 0 if none.
    [[nodiscard]] double latest(const QString &name) const;
    // The largest y of any series in points(), for the axis range; 0 if empty.
    [[nodiscard]] double maxValue(bool includeCurrentBucket = false) const;
    // The window's ends for the x axis: [newest - window, newest]; invalid when nothing was seen.
    [[nodiscard]] QDateTime windowStart() const;
    [[nodiscard]] QDateTime windowEnd() const;

    // Series names the helpers below fill.
    [[nodiscard]] static QString receivedName() { return QStringLiteral("received"); }
    [[nodiscard]] static QString appliedName() { return QStringLiteral("applied"); }
    [[nodiscard]] static QString deadLetteredName() { return QStringLiteral("deadLettered"); }
    [[nodiscard]] static QString feedsName() { return QStringLiteral("feeds"); } // applied from SSE feeds
    [[nodiscard]] static QString lengthName() { return QStringLiteral("length"); }
    [[nodiscard]] static QString pendingName() { return QStringLiteral("pending"); }
    [[nodiscard]] static QString lagName() { return QStringLiteral("lag"); }
    // "pending:<group>", "lag:<group>"
    [[nodiscard]] static QString groupPendingName(const QString &group);
    [[nodiscard]] static QString groupLagName(const QString &group);

    // The deltas of a StreamConsumer::Update (received, applied, dead-lettered), for a Rate
    // series: series.add(update.at, TimeSeries::consumerDeltas(update)).
    [[nodiscard]] static QHash<QString, double> consumerDeltas(const StreamConsumer::Update &update);
    // A StreamMonitor sample, for a Gauge series: stream length, total pending, largest lag,
    // and pending and lag of every group (a lag Redis cannot tell is left out, not charted as 0).
    [[nodiscard]] static QHash<QString, double> streamGauges(const StreamInfo &info);

private:
    [[nodiscard]] qint64 keyOf(qint64 ms) const;
    // The newest bucket to show: the bucket before the one still filling, unless asked for.
    [[nodiscard]] qint64 lastShownBucket(bool includeCurrentBucket) const;
    void trim();

    Kind m_kind;
    qint64 m_windowMs;
    qint64 m_bucketMs;
    int m_maxPoints = DefaultMaxPoints;
    qint64 m_newestMs = 0; // the newest time seen (sample or advanceTo)
    bool m_seen = false;
    QHash<QString, QMap<qint64, double>> m_series; // name -> (bucket start or sample time, ms) -> sum or value
};
