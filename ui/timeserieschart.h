#pragma once

#include <functional>

#include <QChartView>
#include <QColor>
#include <QList>
#include <QString>

class QDateTimeAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;
class TimeSeries;

// A line chart of some series of a TimeSeries over its window (events per second, lag,
// pending). The legend carries each line's latest value, so the figure is readable without
// hovering; when nothing was recorded yet the plot says so instead of showing empty axes.
class TimeSeriesChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)

public:
    struct Line {
        QString name; // the TimeSeries series name
        QString label; // legend text
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        qreal width = 2.0; // a wider line under a narrower one keeps both visible where they meet
    };

    explicit TimeSeriesChart(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setLines(const QList<Line> &lines);
    // How the latest value is written in the legend ("12.4/s", "1,204"); default: locale number.
    void setValueText(std::function<QString(double)> format);
    void setEmptyText(const QString &text);
    // Rates: a short burst (a backlog read at start-up, a catch-up) far above the rest would
    // set the scale for the whole window and flatten the live rate to a line at 0 for minutes.
    // Clipped, the axis fits the usual values and a note gives the peak. Off by default (a
    // gauge's spike, lag or pending, is the news).
    void setClipsBursts(bool clip) { m_clipBursts = clip; }
    [[nodiscard]] QString peakNote() const; // empty unless a burst is clipped
    // Whole numbers (lag, pending): no fractional ticks on the value axis.
    void setCounts(bool counts) { m_counts = counts; }
    // Redraws from the series; the x axis spans the series' window (or the last `window` up to
    // now when nothing was recorded yet).
    void refresh(const TimeSeries &series);

    [[nodiscard]] QList<QLineSeries *> lineSeries() const { return m_series; }
    [[nodiscard]] bool isEmpty() const { return m_empty; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The legend shows "Received: 4.0/s" while all entries fit its width on one line, else the
    // bare labels (never elided figures); the view's tooltip always has the figures.
    void updateNames();
    void updateTicks();
    void placePeakNote();

    QList<Line> m_lines;
    QStringList m_values; // per line, the latest value's text (empty: no points)
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QGraphicsSimpleTextItem *m_emptyItem = nullptr;
    QGraphicsRectItem *m_peakBack = nullptr; // the note's backing; shown with it
    QGraphicsSimpleTextItem *m_peakItem = nullptr; // "peak 1,812/s, off the scale"
    bool m_clipBursts = false;
    bool m_counts = false;
    std::function<QString(double)> m_valueText;
    bool m_empty = true;
    qint64 m_windowMs = 5 * 60 * 1000; // the last refresh()'s window
    int m_ticksThatFit = 6; // time labels the plot's width has room for
};
