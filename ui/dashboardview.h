#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "models/ticketstats.h"
#include "models/timeseries.h"
#include "services/streamconsumer.h"

class NumberTile;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QGridLayout;
class QHBoxLayout;
class QHorizontalBarSeries;
class QHorizontalStackedBarSeries;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QValueAxis;
class StateCountModel;
class TicketModel;
class TimeSeriesChart;

// The dashboard: what the team's reports ask (BRIEF §2) at a glance. Tiles per type (total,
// open, closed) and for the event rate; tickets by state per type (chart, and a table with
// the percentage within each type); events per second received / applied / dead-lettered over
// the last minutes; top assignment groups by open tickets; the most recently resolved, closed
// or canceled tickets. Figures are recomputed from the ticket model at most every 500 ms.
class DashboardView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    static constexpr int RecomputeIntervalMs = 500;
    static constexpr qint64 RateWindowMs = 5 * 60 * 1000;
    // Below this width the charts stack in two columns (the page scrolls down, not sideways).
    static constexpr int NarrowBelow = 980;

    explicit DashboardView(QWidget *parent = nullptr);

    // Not owned. Figures follow its ticketsChanged().
    void setTicketModel(TicketModel *model);
    // State labels in this language ("pt_BR" or "en"; default: Translator::currentLanguage()).
    void setLanguage(const QString &language);
    // Every batched update of the consumer (ConsumerThread::updated): the rates.
    void onConsumerUpdate(const StreamConsumer::Update &update);
    // Ticket events the SSE feeds applied since the last call: they change tickets too, with
    // the stream's consumer running or not, so the rates show them.
    void onFeedEventsApplied(qint64 count);
    // Another server: its rates start from nothing (the last one's would read as this one's).
    void clearRates();
    // Recomputes the ticket figures now (otherwise coalesced to one per 500 ms).
    void recompute();

    [[nodiscard]] const TicketStats &stats() const { return m_stats; }
    [[nodiscard]] const TimeSeries &rates() const { return m_rates; }
    [[nodiscard]] StateCountModel *stateCountModel() const { return m_stateCounts; }
    // "all", "rate", or a ticket type; null if there is no such tile.
    [[nodiscard]] NumberTile *tile(const QString &key) const { return m_tiles.value(key); }
    [[nodiscard]] QChart *stateChart() const;
    [[nodiscard]] QChart *groupChart() const;
    [[nodiscard]] TimeSeriesChart *rateChart() const { return m_rateChart; }
    [[nodiscard]] QTreeWidget *recentList() const { return m_recent; }
    [[nodiscard]] bool isNarrow() const { return m_narrow; }

Q_SIGNALS:
    // The user asked to see these tickets (a state row or bar, a group bar); empty = any.
    // openOnly: the group chart counts open tickets only, so its list should hide closed ones.
    void showTicketsRequested(const QString &type, const QString &stateCode, const QString &group, bool openOnly);
    // A ticket of the "recently closed" list was activated.
    void ticketActivated(const QString &sysId);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRecompute();
    void updateTiles();
    void updateStateChart();
    void updateGroupChart();
    [[nodiscard]] int groupsThatFit() const; // bars whose axis labels fit the plot's height
    [[nodiscard]] int groupLabelWidth() const; // pixels a group's axis label may take
    void updateRecent();
    void refreshRates();
    void onStateRowActivated(const QModelIndex &index);
    void onGroupBarClicked(int index);
    void onGroupBarHovered(bool status, int index);
    bool hoverLeft(bool status); // true: the bar's tooltip was hidden
    void onRecentActivated(QTreeWidgetItem *item);
    void onStateBarHovered(bool status, int index, QBarSet *set);

    QPointer<TicketModel> m_model;
    QString m_language;
    TicketStats m_stats;
    TimeSeries m_rates {TimeSeries::Kind::Rate, RateWindowMs};
    StreamConsumer::Counters m_totals;
    qint64 m_feedApplied = 0; // since start, from onFeedEventsApplied()
    bool m_haveTotals = false;

    QHBoxLayout *m_tileRow = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_content = nullptr;
    bool m_narrow = false;
    void arrange(bool narrow);
    QHash<QString, NumberTile *> m_tiles;
    QStringList m_tileTypes;

    QChartView *m_stateView = nullptr;
    QHorizontalStackedBarSeries *m_stateSeries = nullptr;
    QBarCategoryAxis *m_stateAxis = nullptr;
    QValueAxis *m_stateValues = nullptr;
    QStringList m_stateCategories;
    QStringList m_stateTypes;
    QList<QStringList> m_categoryCodes; // per category, per type in m_stateTypes: the code
    QGraphicsSimpleTextItem *m_stateEmpty = nullptr;
    QGraphicsSimpleTextItem *m_groupEmpty = nullptr;

    QChartView *m_groupView = nullptr;
    // The value axes' maxima, kept to re-tick the axes when the plots change width.
    double m_stateMax = 0;
    double m_groupMax = 0;
    QHorizontalBarSeries *m_groupSeries = nullptr;
    QBarSet *m_groupSet = nullptr;
    QBarCategoryAxis *m_groupAxis = nullptr;
    QValueAxis *m_groupValues = nullptr;
    QStringList m_groupNames; // bottom to top, as the axis lists them
    int m_groupLabelWidth = 0; // the width m_groupNames' labels were elided to
    QPoint m_hoverCursor; // where the mouse was when a bar's tooltip showed

    TimeSeriesChart *m_rateChart = nullptr;
    StateCountModel *m_stateCounts = nullptr;
    QTableView *m_stateTable = nullptr;
    QTreeWidget *m_recent = nullptr;
    QTabWidget *m_lists = nullptr;

    QTimer m_recomputeTimer;
    QElapsedTimer m_sinceRecompute;
    QTimer m_rateTimer; // advances the rate chart every second, so an idle stream falls to 0
};
