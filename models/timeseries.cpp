#include "models/timeseries.h"

#include <algorithm>

#include "services/streaminfo.h"

TimeSeries::TimeSeries(Kind kind, qint64 windowMs, qint64 bucketMs)
    : m_kind(kind)
    , m_windowMs(std::max<qint64>(1, windowMs))
    , m_bucketMs(std::max<qint64>(1, bucketMs))
{
}

void TimeSeries::setWindowMs(qint64 ms)
{
    m_windowMs = std::max<qint64>(1, ms);
    trim();
}

void TimeSeries::setMaxPoints(int points)
{
    m_maxPoints = std::max(1, points);
    trim();
}

qint64 TimeSeries::keyOf(qint64 ms) const
{
    if (m_kind == Kind::Gauge)
        return ms;
    // Floor division, also for times before the epoch.
    const qint64 q = ms / m_bucketMs;
    return (q - ((ms % m_bucketMs) < 0 ? 1 : 0)) * m_bucketMs;
}

void TimeSeries::add(const QDateTime &at, const QHash<QString, double> &values)
{
    if (!at.isValid())
        return;
    const qint64 ms = at.toMSecsSinceEpoch();
    if (m_seen && ms < m_newestMs - m_windowMs)
        return; // already out of the window
    const qint64 key = keyOf(ms);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QMap<qint64, double> &series = m_series[it.key()];
        if (m_kind == Kind::Rate)
            series[key] += it.value();
        else
            series.insert(key, it.value());
    }
    if (!m_seen || ms > m_newestMs)
        m_newestMs = ms;
    m_seen = true;
    trim();
}

void TimeSeries::advanceTo(const QDateTime &now)
{
    if (!now.isValid())
        return;
    const qint64 ms = now.toMSecsSinceEpoch();
    if (m_seen && ms <= m_newestMs)
        return;
    m_newestMs = ms;
    m_seen = true;
    trim();
}

void TimeSeries::clear()
{
    m_series.clear();
    m_seen = false;
    m_newestMs = 0;
}

void TimeSeries::trim()
{
    if (!m_seen)
        return;
    // A rate bucket is kept while any part of it is inside the window.
    const qint64 oldest = keyOf(m_newestMs - m_windowMs);
    for (auto &series : m_series) {
        while (!series.isEmpty() && (series.firstKey() < oldest || series.size() > m_maxPoints))
            series.erase(series.begin());
    }
}

QStringList TimeSeries::names() const
{
    QStringList list = m_series.keys();
    list.sort();
    return list;
}

qint64 TimeSeries::lastShownBucket(bool includeCurrentBucket) const
{
    const qint64 current = keyOf(m_newestMs);
    return includeCurrentBucket ? current : current - m_bucketMs;
}

QList<QPointF> TimeSeries::points(const QString &name, bool includeCurrentBucket) const
{
    QList<QPointF> out;
    const auto found = m_series.constFind(name);
    if (!m_seen || found == m_series.cend())
        return out;
    const QMap<qint64, double> &series = *found;
    if (m_kind == Kind::Gauge) {
        out.reserve(series.size());
        for (auto it = series.cbegin(); it != series.cend(); ++it)
            out << QPointF(double(it.key()), it.value());
        return out;
    }
    const double perSecond = 1000.0 / double(m_bucketMs);
    const qint64 last = lastShownBucket(includeCurrentBucket);
    // From the series' first bucket: before it the series did not exist yet, which is not 0.
    // A series whose buckets all left the window is all zeros (idle), not gone.
    auto it = series.cbegin();
    const qint64 first = series.isEmpty() ? keyOf(m_newestMs - m_windowMs) : it.key();
    for (qint64 bucket = first; bucket <= last; bucket += m_bucketMs) {
        while (it != series.cend() && it.key() < bucket)
            ++it;
        const double sum = (it != series.cend() && it.key() == bucket) ? it.value() : 0.0;
        out << QPointF(double(bucket), sum * perSecond);
    }
    return out;
}

double TimeSeries::latest(const QString &name) const
{
    const QList<QPointF> p = points(name);
    return p.isEmpty() ? 0.0 : p.constLast().y();
}

double TimeSeries::maxValue(bool includeCurrentBucket) const
{
    double max = 0;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        for (const QPointF &p : points(it.key(), includeCurrentBucket))
            max = std::max(max, p.y());
    }
    return max;
}

QDateTime TimeSeries::windowStart() const
{
    return m_seen ? QDateTime::fromMSecsSinceEpoch(m_newestMs - m_windowMs, Qt::UTC) : QDateTime();
}

QDateTime TimeSeries::windowEnd() const
{
    return m_seen ? QDateTime::fromMSecsSinceEpoch(m_newestMs, Qt::UTC) : QDateTime();
}

QString TimeSeries::groupPendingName(const QString &group)
{
    return pendingName() + QLatin1Char(':') + group;
}

QString TimeSeries::groupLagName(const QString &group)
{
    return lagName() + QLatin1Char(':') + group;
}

QHash<QString, double> TimeSeries::consumerDeltas(const StreamConsumer::Update &update)
{
    return {
        {receivedName(), double(update.receivedDelta)},
        {appliedName(), double(update.appliedDelta)},
        {deadLetteredName(), double(update.deadLetteredDelta)},
    };
}

QHash<QString, double> TimeSeries::streamGauges(const StreamInfo &info)
{
    QHash<QString, double> values;
    values.insert(lengthName(), double(info.length));
    values.insert(pendingName(), double(info.totalPending()));
    if (info.maxLag() >= 0)
        values.insert(lagName(), double(info.maxLag()));
    for (const StreamGroupInfo &g : info.groups) {
        values.insert(groupPendingName(g.name), double(g.pending));
        if (g.lag >= 0)
            values.insert(groupLagName(g.name), double(g.lag));
    }
    return values;
}
