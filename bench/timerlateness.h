#pragma once

#include <algorithm>

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

// How late a 5 ms precise timer fires on the thread that owns this object: the GUI benchmarks'
// measure of responsiveness (a late tick is input or paint that would have waited as long).
class TimerLateness final {
public:
    TimerLateness()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(IntervalMs);
        QObject::connect(&m_tick, &QTimer::timeout, &m_tick, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_expectedAt > 0)
                m_lateMs << double(now - m_expectedAt) / 1e6;
            m_expectedAt = now + qint64(IntervalMs) * 1'000'000;
        });
    }

    void start()
    {
        m_clock.start();
        m_tick.start();
    }
    void stop() { m_tick.stop(); }

    // p in [0, 1]; 1 is the worst tick.
    [[nodiscard]] double percentileMs(double p) const
    {
        if (m_lateMs.isEmpty())
            return 0;
        QList<double> sorted = m_lateMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
    [[nodiscard]] qsizetype ticks() const { return m_lateMs.size(); }

private:
    static constexpr int IntervalMs = 5;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_expectedAt = 0;
    QList<double> m_lateMs;
};
