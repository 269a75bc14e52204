#pragma once

#include <QtGlobal>

class QChart;
class QFont;
class QChartView;
class QGraphicsSimpleTextItem;
class QPalette;
class QString;
class QValueAxis;
class QWidget;

// One look for every Qt Charts chart of the views: theme following the palette (light or dark),
// no animations (charts refresh every second at any event rate), tight margins, legend at the
// bottom, a bold title.
namespace ChartStyle {

void setUp(QChart *chart, const QPalette &palette, const QString &title);
void setUpView(QChartView *view);
// A centred note in the plot area ("No data yet"), kept centred when the plot area moves.
// Owned by the chart; show or hide it as the data comes and goes.
QGraphicsSimpleTextItem *addEmptyText(QChart *chart, const QPalette &palette, const QString &text);
void centre(QChart *chart, QGraphicsSimpleTextItem *item);
// The smallest 1/2/5 x 10^n at or above `value` (1 for nothing), so value axes end on round figures.
[[nodiscard]] double niceCeiling(double value);
// 0..niceCeiling(max) with ticks on round steps (0, 5, 10, ... rather than 0, 12.5, 25, ...).
// Counts never get fractional ticks: their axis goes at least to 5 (0.2, 0.4, ... lag read
// as nonsense).
enum class Values { Fractional, Counts };
// `room`: the axis's length in pixels, when its labels run along it (a horizontal axis): fewer
// ticks then, so that "2,000" and "4,000" do not run into each other. 0: not known.
void setNiceRange(QValueAxis *axis, double max, Values values = Values::Fractional, qreal room = 0);
// A vertical QBarCategoryAxis gives each label (plot height / (categories + 1)) less 4 px of
// padding above and below, and shows a label taller than that as "..." (Qt 6.4,
// verticalaxis.cpp). These say how many categories keep whole labels, and how tall a plot
// must be for n of them.
[[nodiscard]] int categoriesThatFit(double plotHeight, const QFont &labelsFont);
[[nodiscard]] int plotHeightFor(int categories, const QFont &labelsFont);
// A horizontal axis gives each of its tick labels (plot width / ticks) less 4 px of padding on
// each side, and cuts a wider label to "07:..." (horizontalaxis.cpp): how many ticks labelled
// like `sample` fit.
[[nodiscard]] int ticksThatFit(double plotWidth, const QFont &labelsFont, const QString &sample);

} // namespace ChartStyle
