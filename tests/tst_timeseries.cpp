#include <QTest>

#include "models/timeseries.h"
#include "services/streaminfo.h"

using namespace Qt::StringLiterals;

namespace {

const QDateTime T0(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
const double X0 = double(T0.toMSecsSinceEpoch());

QDateTime at(qint64 ms)
{
    return T0.addMSecs(ms);
}

QHash<QString, double> received(double n)
{
    return {{u"received"_s, n}};
}

QList<double> ys(const QList<QPointF> &points)
{
    QList<double> values;
    for (const QPointF &p : points)
        values << p.y();
    return values;
}

// x of each point, as ms after T0.
QList<qint64> xs(const QList<QPointF> &points)
{
    QList<qint64> values;
    for (const QPointF &p : points)
        values << qint64(p.x() - X0);
    return values;
}

} // namespace

class TestTimeSeries final : public QObject {
    Q_OBJECT

private slots:
    void empty();
    void rateBuckets();
    void rateGapsAreZero();
    void rateOtherBucketSize();
    void currentBucketLeftOut();
    void advanceCompletesAndSlides();
    void idleSeriesIsZeros();
    void rateWindowTrims();
    void lateSamples();
    void gaugeSamples();
    void gaugeWindowAndCap();
    void maxValueAndLatest();
    void consumerDeltas();
    void streamGauges();
};

void TestTimeSeries::empty()
{
    const TimeSeries series;
    QCOMPARE(series.kind(), TimeSeries::Kind::Rate);
    QVERIFY(series.names().isEmpty());
    QVERIFY(series.points(u"received"_s).isEmpty());
    QCOMPARE(series.latest(u"received"_s), 0.0);
    QCOMPARE(series.maxValue(), 0.0);
    QVERIFY(!series.windowStart().isValid());
    QVERIFY(!series.windowEnd().isValid());
}

void TestTimeSeries::rateBuckets()
{
    TimeSeries series;
    // 100 ms updates: 3 + 4 + 5 in the first second, 10 + 20 in the second, then one in the third.
    series.add(at(100), received(3));
    series.add(at(400), received(4));
    series.add(at(999), received(5));
    series.add(at(1000), received(10));
    series.add(at(1700), received(20));
    series.add(at(2300), received(1));
    QCOMPARE(series.names(), QStringList {u"received"_s});
    const QList<QPointF> points = series.points(u"received"_s);
    // The third second is still filling: left out.
    QCOMPARE(xs(points), QList<qint64>({0, 1000}));
    QCOMPARE(ys(points), QList<double>({12, 30}));
    QCOMPARE(ys(series.points(u"received"_s, true)), QList<double>({12, 30, 1}));
    QCOMPARE(series.windowEnd(), at(2300));
    QCOMPARE(series.windowStart(), at(2300 - TimeSeries::DefaultWindowMs));
}

void TestTimeSeries::rateGapsAreZero()
{
    TimeSeries series;
    series.add(at(0), {{u"received"_s, 5}, {u"applied"_s, 4}});
    series.add(at(3500), {{u"received"_s, 7}, {u"applied"_s, 0}});
    series.add(at(5200), received(2));
    QCOMPARE(xs(series.points(u"received"_s)), QList<qint64>({0, 1000, 2000, 3000, 4000}));
    QCOMPARE(ys(series.points(u"received"_s)), QList<double>({5, 0, 0, 7, 0}));
    // Each series starts where it started, and ends with the others.
    QCOMPARE(ys(series.points(u"applied"_s)), QList<double>({4, 0, 0, 0, 0}));
    QCOMPARE(series.names(), QStringList({u"applied"_s, u"received"_s}));
}

void TestTimeSeries::rateOtherBucketSize()
{
    // Half-second buckets: the value is still per second.
    TimeSeries series(TimeSeries::Kind::Rate, 60000, 500);
    QCOMPARE(series.bucketMs(), 500);
    series.add(at(0), received(10));
    series.add(at(250), received(10));
    series.add(at(600), received(5));
    series.add(at(1100), received(1));
    QCOMPARE(xs(series.points(u"received"_s)), QList<qint64>({0, 500}));
    QCOMPARE(ys(series.points(u"received"_s)), QList<double>({40, 10}));

    // Five-second buckets.
    TimeSeries slow(TimeSeries::Kind::Rate, 60000, 5000);
    for (int s = 0; s < 10; ++s)
        slow.add(at(s * 1000), received(s));
    slow.advanceTo(at(10000));
    QCOMPARE(ys(slow.points(u"received"_s)), QList<double>({(0 + 1 + 2 + 3 + 4) / 5.0, (5 + 6 + 7 + 8 + 9) / 5.0}));
}

void TestTimeSeries::currentBucketLeftOut()
{
    TimeSeries series;
    series.add(at(200), received(8));
    QVERIFY(series.points(u"received"_s).isEmpty());
    QCOMPARE(ys(series.points(u"received"_s, true)), QList<double>({8}));
    QCOMPARE(series.latest(u"received"_s), 0.0);
}

void TestTimeSeries::advanceCompletesAndSlides()
{
    TimeSeries series;
    series.add(at(200), received(8));
    series.advanceTo(at(1000));
    QCOMPARE(ys(series.points(u"received"_s)), QList<double>({8}));
    QCOMPARE(series.latest(u"received"_s), 8.0);
    // Idle for three more seconds: the line falls to zero.
    series.advanceTo(at(4000));
    QCOMPARE(ys(series.points(u"received"_s)), QList<double>({8, 0, 0, 0}));
    QCOMPARE(series.latest(u"received"_s), 0.0);
    // Time never goes back.
    series.advanceTo(at(2000));
    QCOMPARE(series.windowEnd(), at(4000));
    series.advanceTo(QDateTime());
    QCOMPARE(series.windowEnd(), at(4000));
}

void TestTimeSeries::idleSeriesIsZeros()
{
    TimeSeries series(TimeSeries::Kind::Rate, 5000);
    series.add(at(0), received(3));
    // Long after the last event, the series is still there, all zeros over the window.
    series.advanceTo(at(60000));
    const QList<QPointF> points = series.points(u"received"_s);
    QCOMPARE(xs(points), QList<qint64>({55000, 56000, 57000, 58000, 59000}));
    QCOMPARE(ys(points), QList<double>({0, 0, 0, 0, 0}));
    QCOMPARE(series.names(), QStringList {u"received"_s});
}

void TestTimeSeries::rateWindowTrims()
{
    TimeSeries series(TimeSeries::Kind::Rate, 10000);
    for (int s = 0; s <= 30; ++s)
        series.add(at(s * 1000), received(s));
    QCOMPARE(series.windowMs(), 10000);
    const QList<QPointF> points = series.points(u"received"_s);
    // Window [20 s, 30 s], the 30th second still filling.
    QCOMPARE(xs(points).constFirst(), 20000);
    QCOMPARE(xs(points).constLast(), 29000);
    QCOMPARE(ys(points).constFirst(), 20.0);
    QCOMPARE(points.size(), 10);

    series.setWindowMs(3000);
    QCOMPARE(xs(series.points(u"received"_s)), QList<qint64>({27000, 28000, 29000}));

    series.clear();
    QVERIFY(series.names().isEmpty());
    QVERIFY(!series.windowEnd().isValid());
}

void TestTimeSeries::lateSamples()
{
    TimeSeries series(TimeSeries::Kind::Rate, 10000);
    series.add(at(5000), received(1));
    // A little late (another thread's update queued behind): still counted in its own second.
    series.add(at(3500), received(4));
    series.advanceTo(at(6000));
    QCOMPARE(xs(series.points(u"received"_s)), QList<qint64>({3000, 4000, 5000}));
    QCOMPARE(ys(series.points(u"received"_s)), QList<double>({4, 0, 1}));
    QCOMPARE(series.windowEnd(), at(6000));
    // Older than the window: dropped.
    series.add(at(-20000), received(100));
    QCOMPARE(ys(series.points(u"received"_s)), QList<double>({4, 0, 1}));
    series.add(QDateTime(), received(100));
    QCOMPARE(ys(series.points(u"received"_s)), QList<double>({4, 0, 1}));
}

void TestTimeSeries::gaugeSamples()
{
    TimeSeries series(TimeSeries::Kind::Gauge);
    series.add(at(0), {{u"lag"_s, 10}, {u"pending"_s, 3}});
    series.add(at(2000), {{u"lag"_s, 14}, {u"pending"_s, 0}});
    series.add(at(4000), {{u"lag"_s, 9}}); // lag unknown to Redis for pending: no point
    series.add(at(4000), {{u"lag"_s, 8}}); // same instant: replaces
    series.add(at(1000), {{u"lag"_s, 12}}); // late: lands in order
    QCOMPARE(xs(series.points(u"lag"_s)), QList<qint64>({0, 1000, 2000, 4000}));
    QCOMPARE(ys(series.points(u"lag"_s)), QList<double>({10, 12, 14, 8}));
    QCOMPARE(ys(series.points(u"pending"_s)), QList<double>({3, 0}));
    // Gauges have no buckets: the newest sample is shown and is the latest.
    QCOMPARE(series.latest(u"lag"_s), 8.0);
    QCOMPARE(series.latest(u"pending"_s), 0.0);
}

void TestTimeSeries::gaugeWindowAndCap()
{
    TimeSeries series(TimeSeries::Kind::Gauge, 60000);
    for (int s = 0; s < 180; s += 2)
        series.add(at(s * 1000), {{u"pending"_s, double(s)}});
    QList<QPointF> points = series.points(u"pending"_s);
    QCOMPARE(xs(points).constFirst(), 118000); // window [118 s, 178 s]
    QCOMPARE(xs(points).constLast(), 178000);
    QCOMPARE(points.size(), 31);

    // A sample rate far above the window's worth: at most maxPoints kept, the newest.
    series.setMaxPoints(10);
    points = series.points(u"pending"_s);
    QCOMPARE(points.size(), 10);
    QCOMPARE(xs(points).constLast(), 178000);
    for (int ms = 178001; ms < 178100; ++ms)
        series.add(at(ms), {{u"pending"_s, 1}});
    QCOMPARE(series.points(u"pending"_s).size(), 10);
    QCOMPARE(xs(series.points(u"pending"_s)).constLast(), 178099);
}

void TestTimeSeries::maxValueAndLatest()
{
    TimeSeries series;
    series.add(at(0), {{u"received"_s, 50}, {u"deadLettered"_s, 1}});
    series.add(at(1000), {{u"received"_s, 70}, {u"deadLettered"_s, 0}});
    series.add(at(2000), {{u"received"_s, 500}});
    QCOMPARE(series.maxValue(), 70.0);
    QCOMPARE(series.maxValue(true), 500.0);
    QCOMPARE(series.latest(u"received"_s), 70.0);
    QCOMPARE(series.latest(u"deadLettered"_s), 0.0);
    QCOMPARE(series.latest(u"unknown"_s), 0.0);
}

void TestTimeSeries::consumerDeltas()
{
    StreamConsumer::Update update;
    update.receivedDelta = 120;
    update.appliedDelta = 110;
    update.deadLetteredDelta = 2;
    update.at = at(500);
    const QHash<QString, double> values = TimeSeries::consumerDeltas(update);
    QCOMPARE(values.value(TimeSeries::receivedName()), 120.0);
    QCOMPARE(values.value(TimeSeries::appliedName()), 110.0);
    QCOMPARE(values.value(TimeSeries::deadLetteredName()), 2.0);
    QCOMPARE(values.size(), 3);

    TimeSeries series;
    series.add(update.at, values);
    update.at = at(900);
    series.add(update.at, TimeSeries::consumerDeltas(update));
    series.advanceTo(at(1000));
    QCOMPARE(ys(series.points(TimeSeries::appliedName())), QList<double>({220}));
    QCOMPARE(ys(series.points(TimeSeries::deadLetteredName())), QList<double>({4}));
}

void TestTimeSeries::streamGauges()
{
    StreamInfo info;
    info.length = 5000;
    StreamGroupInfo known;
    known.name = u"bunsnc-processors"_s;
    known.pending = 12;
    known.lag = 30;
    StreamGroupInfo unknownLag;
    unknownLag.name = u"old"_s;
    unknownLag.pending = 3;
    unknownLag.lag = -1;
    info.groups = {known, unknownLag};

    const QHash<QString, double> values = TimeSeries::streamGauges(info);
    QCOMPARE(values.value(TimeSeries::lengthName()), 5000.0);
    QCOMPARE(values.value(TimeSeries::pendingName()), 15.0);
    QCOMPARE(values.value(TimeSeries::lagName()), 30.0);
    QCOMPARE(values.value(TimeSeries::groupPendingName(u"bunsnc-processors"_s)), 12.0);
    QCOMPARE(values.value(TimeSeries::groupLagName(u"bunsnc-processors"_s)), 30.0);
    QCOMPARE(values.value(TimeSeries::groupPendingName(u"old"_s)), 3.0);
    // A lag Redis cannot tell is no point at all, not a zero.
    QVERIFY(!values.contains(TimeSeries::groupLagName(u"old"_s)));
    QCOMPARE(TimeSeries::groupLagName(u"old"_s), u"lag:old"_s);

    info.groups = {unknownLag};
    QVERIFY(!TimeSeries::streamGauges(info).contains(TimeSeries::lagName()));
    info.groups.clear();
    QCOMPARE(TimeSeries::streamGauges(info).value(TimeSeries::pendingName()), 0.0);
}

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
