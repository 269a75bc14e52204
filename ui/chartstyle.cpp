#include "ui/chartstyle.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include "ui/viewstyle.h"

namespace ChartStyle {

void setUp(QChart *chart, const QPalette &palette, const QString &title)
{
    chart->setTheme(ViewStyle::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 4, 6, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitle(title);
    chart->setLocalizeNumbers(true); // axis labels as the rest of the console: "2.000", "0,5" in pt_BR
    QFont titleFont = ViewStyle::scaledFont(chart->titleFont(), 1.0, true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

void setUpView(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::StyledPanel);
    view->setMinimumHeight(200);
}

QGraphicsSimpleTextItem *addEmptyText(QChart *chart, const QPalette &palette, const QString &text)
{
    auto *item = new QGraphicsSimpleTextItem(text, chart);
    item->setBrush(palette.color(QPalette::PlaceholderText));
    item->setZValue(10);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, item] { centre(chart, item); });
    centre(chart, item);
    return item;
}

void centre(QChart *chart, QGraphicsSimpleTextItem *item)
{
    // Wrapped to the plot's width: a narrow chart cut "No events yet: start observing or
    // processing the stream" at both ends. The item keeps the unwrapped text; a text set from
    // outside (setText) replaces it.
    enum : int { FullText, ShownText };
    QString full = item->data(FullText).toString();
    if (item->text() != item->data(ShownText).toString())
        full = item->text();
    const QRectF area = chart->plotArea();
    const QFontMetricsF metrics(item->font());
    QStringList lines;
    for (const QString &word : full.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty()
            && metrics.horizontalAdvance(lines.constLast() + QLatin1Char(' ') + word) <= area.width() - 16)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    const QString shown = area.width() > 0 ? lines.join(QLatin1Char('\n')) : full;
    item->setData(FullText, full);
    item->setData(ShownText, shown);
    if (item->text() != shown)
        item->setText(shown);
    const QRectF box = item->boundingRect();
    item->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

void setNiceRange(QValueAxis *axis, double max, Values values, qreal room)
{
    const double top = values == Values::Counts ? std::max(5.0, niceCeiling(max)) : niceCeiling(max);
    const double mantissa = top / std::pow(10.0, std::floor(std::log10(top)));
    // 1 -> 0.2 steps, 2 -> 0.5 steps, 5 -> 1 steps (times 10^n): 6, 5 or 6 ticks; where their
    // labels would touch, coarser round steps (0.5 or 1; 1; 2.5 or 5).
    const QList<int> choices = mantissa < 1.5 ? QList<int> {6, 3, 2}
        : mantissa < 3                        ? QList<int> {5, 3, 2}
        : top < 10                            ? QList<int> {6, 2} // no 2.5 shown as "3"
                                              : QList<int> {6, 3, 2};
    int ticks = choices.constFirst();
    if (room > 0) {
        const qreal label = QFontMetricsF(axis->labelsFont()).horizontalAdvance(QLocale().toString(top, 'f', 0)) + 16;
        for (const int choice : choices) {
            ticks = choice;
            if ((choice - 1) * label <= room)
                break;
        }
    }
    const double step = top / (ticks - 1);
    axis->setRange(0, top);
    axis->setTickCount(ticks);
    axis->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

namespace {

// A label's size as QtCharts measures it: a QGraphicsTextItem's, document margins included.
QSizeF labelSize(const QFont &labelsFont, const QString &text)
{
    QGraphicsTextItem probe;
    probe.setFont(labelsFont);
    probe.setPlainText(text);
    return probe.boundingRect().size();
}

constexpr double kLabelPadding = 4.0; // ChartAxisElement::labelPadding()

double categoryRow(const QFont &labelsFont)
{
    return labelSize(labelsFont, QStringLiteral("Xg")).height() + 2 * kLabelPadding;
}

} // namespace

int categoriesThatFit(double plotHeight, const QFont &labelsFont)
{
    return std::max(0, int(plotHeight / categoryRow(labelsFont)) - 1);
}

int plotHeightFor(int categories, const QFont &labelsFont)
{
    return int(std::ceil((categories + 1) * categoryRow(labelsFont)));
}

int ticksThatFit(double plotWidth, const QFont &labelsFont, const QString &sample)
{
    return int(plotWidth / (labelSize(labelsFont, sample).width() + 2 * kLabelPadding));
}

} // namespace ChartStyle
