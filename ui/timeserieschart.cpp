#include "ui/timeserieschart.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QValueAxis>

#include "models/timeseries.h"
#include "ui/chartstyle.h"
#include "ui/viewstyle.h"

namespace {
constexpr int MaxTimeTicks = 6;
} // namespace

TimeSeriesChart::TimeSeriesChart(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent) // not setChart() later: that would leak the default chart
    , m_valueText([](double v) { return QLocale().toString(v, 'f', v < 10 && v != std::floor(v) ? 1 : 0); })
{
    QChart *chart = this->chart();
    ChartStyle::setUp(chart, palette(), title);
    ChartStyle::setUpView(this);

    m_axisX = new QDateTimeAxis(chart);
    m_axisX->setFormat(QStringLiteral("HH:mm"));
    m_axisX->setTickCount(MaxTimeTicks);
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTickCount(5);
    m_axisY->setMinorTickCount(0);
    m_axisY->setRange(0, 1);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);

    m_emptyItem = ChartStyle::addEmptyText(chart, palette(), tr("No data yet"));
    // On a backing of the chart's colour: the clipped spike runs up through the note.
    m_peakBack = new QGraphicsRectItem(chart);
    QColor back = palette().color(QPalette::Base);
    back.setAlpha(225);
    m_peakBack->setBrush(back);
    m_peakBack->setPen(Qt::NoPen);
    m_peakBack->setZValue(10);
    m_peakBack->hide();
    m_peakItem = new QGraphicsSimpleTextItem(m_peakBack);
    m_peakItem->setBrush(ViewStyle::dimmed(palette()));
    connect(chart, &QChart::plotAreaChanged, this, &TimeSeriesChart::placePeakNote);
    // As many time labels as fit whole: a narrow chart (Portuguese dashboard at 1280 pixels)
    // showed six "07:..." labels. The plot's width does not depend on the tick count.
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        m_ticksThatFit = ChartStyle::ticksThatFit(plot.width(), m_axisX->labelsFont(), QStringLiteral("88:88"));
        updateTicks();
    });
}

// Ticks a whole number of minutes apart: the labels show HH:mm, and five ticks over five minutes
// (75 s apart) read as 08:02, 08:04, 08:05, ... with one "two-minute" gap.
void TimeSeriesChart::updateTicks()
{
    const qint64 minutes = m_windowMs / 60000;
    int ticks = 2;
    for (int n = std::min(m_ticksThatFit, MaxTimeTicks); n > 2; --n) {
        if (m_windowMs % 60000 == 0 && minutes % (n - 1) == 0) {
            ticks = n;
            break;
        }
    }
    if (m_axisX->tickCount() != ticks)
        m_axisX->setTickCount(ticks);
}

void TimeSeriesChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void TimeSeriesChart::setLines(const QList<Line> &lines)
{
    for (QLineSeries *series : std::as_const(m_series)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_series.clear();
    m_lines = lines;
    for (const Line &line : lines) {
        auto *series = new QLineSeries(this);
        series->setName(line.label);
        QPen pen(line.color);
        pen.setWidthF(line.width);
        pen.setStyle(line.style);
        series->setPen(pen);
        chart()->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_series << series;
    }
    m_values = QStringList(lines.size(), QString());
    // Never so narrow that QtCharts elides the labels themselves ("Recebid...", "Rejeita..."):
    // the legend is the chart's only key. The values beside them come and go with the width.
    const QFontMetrics metrics(chart()->legend()->font());
    int needed = 24; // the legend's margins; each entry is its marker, padding and its text
    for (const Line &line : lines)
        needed += metrics.horizontalAdvance(line.label) + metrics.height() + 16;
    setMinimumWidth(needed);
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateNames();
}

void TimeSeriesChart::updateNames()
{
    QStringList full;
    QStringList tips;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QString &label = m_lines.at(i).label;
        const QString &value = m_values.value(i);
        full << (value.isEmpty() ? label : tr("%1: %2").arg(label, value));
        if (!value.isEmpty())
            tips << full.constLast();
    }
    // Each legend entry is its marker (about a line high), padding and the text.
    const QFontMetrics metrics(chart()->legend()->font());
    const int available = width() - 30;
    int needed = 0;
    for (const QString &name : std::as_const(full))
        needed += metrics.horizontalAdvance(name) + metrics.height() + 24;
    const bool withValues = needed <= available;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const QString name = withValues ? full.at(i) : m_lines.at(i).label;
        if (m_series.at(i)->name() != name)
            m_series.at(i)->setName(name);
    }
    setToolTip(tips.join(QLatin1Char('\n')));
}

void TimeSeriesChart::setValueText(std::function<QString(double)> format)
{
    m_valueText = std::move(format);
}

void TimeSeriesChart::setEmptyText(const QString &text)
{
    m_emptyItem->setText(text);
    ChartStyle::centre(chart(), m_emptyItem);
}

void TimeSeriesChart::refresh(const TimeSeries &series)
{
    double maxY = 0;
    bool any = false;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        const QList<QPointF> points = series.points(line.name);
        m_series.at(i)->replace(points);
        for (const QPointF &p : points)
            maxY = std::max(maxY, p.y());
        any = any || !points.isEmpty();
        m_values[i] = points.isEmpty() ? QString() : m_valueText(points.constLast().y());
    }
    updateNames();
    QDateTime end = series.windowEnd();
    if (!end.isValid())
        end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addMSecs(-series.windowMs());
    if (m_windowMs != series.windowMs()) {
        m_windowMs = series.windowMs();
        updateTicks();
    }
    m_axisX->setRange(start.toLocalTime(), end.toLocalTime());
    double top = maxY;
    if (m_clipBursts) {
        // The scale fits 4 times the 95th percentile of the busy seconds, and whatever the last
        // 15 s reached: a burst shorter than 5% of the window goes off the top once it is over;
        // one under way never does.
        QList<double> values;
        double recentMax = 0;
        const double recent = double(end.toMSecsSinceEpoch() - 15'000);
        for (const QLineSeries *line : std::as_const(m_series)) {
            for (const QPointF &p : line->points()) {
                if (p.y() > 0)
                    values << p.y(); // idle seconds say nothing of the usual rate
                if (p.x() >= recent)
                    recentMax = std::max(recentMax, p.y());
            }
        }
        if (values.size() >= 20) {
            const auto p95 = values.begin() + qsizetype(double(values.size() - 1) * 0.95);
            std::nth_element(values.begin(), p95, values.end());
            top = std::min(maxY, std::max({*p95 * 4, recentMax * 1.1, 1.0}));
        }
    }
    const bool clipped = top < maxY;
    if (clipped)
        m_peakItem->setText(tr("peak %1, off the scale").arg(m_valueText(maxY)));
    m_peakBack->setVisible(clipped);
    placePeakNote();
    ChartStyle::setNiceRange(
        m_axisY, top * 1.05, m_counts ? ChartStyle::Values::Counts : ChartStyle::Values::Fractional);
    m_empty = !any;
    m_emptyItem->setVisible(m_empty);
}

QString TimeSeriesChart::peakNote() const
{
    return m_peakBack->isVisible() ? m_peakItem->text() : QString();
}

void TimeSeriesChart::placePeakNote()
{
    const QRectF plot = chart()->plotArea();
    const QRectF text = m_peakItem->boundingRect();
    m_peakBack->setRect(text.adjusted(-3, -1, 3, 1));
    m_peakBack->setPos(plot.right() - text.width() - 6, plot.top() + 3);
}
