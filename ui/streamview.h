#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "models/timeseries.h"
#include "services/streamconsumer.h"
#include "services/streaminfo.h"
#include "ui/consoletableview.h"

class ElidedLabel;
class EventLogModel;
class NumberTile;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class StreamConsumersModel;
class StreamGroupsModel;
class StreamMonitor;
class TimeSeriesChart;

// The stream page, for on-call engineers: the stream itself (length, first/last entry, last
// generated id), its consumer groups and consumers (every StreamMonitor sample, 2 s by default,
// configurable here), lag and pending over time (all groups, or the selected group), this
// console's processing figures (read, applied, malformed, dead-lettered, rate, success rate),
// and the last 1,000 decoded events with malformed ones highlighted.
class StreamView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamView)

public:
    static constexpr qint64 GaugeWindowMs = 10 * 60 * 1000;

    explicit StreamView(QWidget *parent = nullptr);

    // Not owned. The view shows its samples and sets its interval from the refresh combo.
    void setMonitor(StreamMonitor *monitor);
    // Applied to the monitor and the combo (a value not offered is added to the combo).
    void setRefreshInterval(int ms);
    [[nodiscard]] int refreshInterval() const { return m_intervalMs; }
    // What this console does with the stream (observe, or process as a consumer of a group).
    void setConsumerConfig(const StreamConsumer::Config &config);
    // A notice of the consumer's (StreamConsumer::notice), shown under the header until the next
    // configuration or server; empty hides it.
    void setNotice(const QString &text);
    [[nodiscard]] QString notice() const;

    // Feeds (connected to StreamMonitor::sampled/failed and ConsumerThread::updated/stateChanged
    // by setMonitor() and by MainWindow).
    void onSample(const StreamInfo &info);
    void onSampleFailed(const QString &reason);
    void updateEmptyTexts(const QString &stream); // empty: no sample (nothing to explain)
    void onConsumerUpdate(const StreamConsumer::Update &update);
    void onConsumerState(StreamConsumer::State state, const QString &text);

    [[nodiscard]] StreamGroupsModel *groupsModel() const { return m_groups; }
    [[nodiscard]] StreamConsumersModel *consumersModel() const { return m_consumers; }
    [[nodiscard]] EventLogModel *eventLogModel() const { return m_events; }
    [[nodiscard]] QTableView *groupsTable() const { return m_groupsTable; }
    [[nodiscard]] QTableView *consumersTable() const { return m_consumersTable; }
    [[nodiscard]] QTableView *eventsTable() const { return m_eventsTable; }
    [[nodiscard]] TimeSeriesChart *lagChart() const { return m_lagChart; }
    [[nodiscard]] const TimeSeries &gauges() const { return m_gauges; }
    // "read", "applied", "malformed", "deadLettered", "rate", "success"
    [[nodiscard]] NumberTile *tile(const QString &key) const { return m_tiles.value(key); }
    // The value shown for a stream field: "length", "first", "last", "lastGenerated", "added".
    [[nodiscard]] QString streamField(const QString &field) const;

Q_SIGNALS:
    void refreshIntervalChanged(int ms);
    void deadLettersRequested(); // "Show…" beside the dead-letter count
    // A group (consumer empty) or a consumer double-clicked: list its pending entries.
    void pendingEntriesRequested(const QString &group, const QString &consumer);

private:
    void onIntervalChosen(int index);
    void onGroupSelected();
    void updateChartLines();
    void refreshChart();
    void updateFigures();
    void clearServerData();
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);

    QPointer<StreamMonitor> m_monitor;
    int m_intervalMs = 2000;
    StreamConsumer::Config m_config;
    bool m_haveConfig = false;
    StreamConsumer::Counters m_totals;
    bool m_haveTotals = false;
    TimeSeries m_gauges {TimeSeries::Kind::Gauge, GaugeWindowMs};
    TimeSeries m_rates {TimeSeries::Kind::Rate, GaugeWindowMs};
    QString m_chartGroup; // empty: all groups
    QTimer m_rateTimer;

    QLabel *m_title = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_sampled = nullptr;
    QLabel *m_error = nullptr;
    ElidedLabel *m_notice = nullptr;
    QComboBox *m_interval = nullptr;
    QHash<QString, QLabel *> m_fields;
    QHash<QString, NumberTile *> m_tiles;

    StreamGroupsModel *m_groups = nullptr;
    StreamConsumersModel *m_consumers = nullptr;
    EventLogModel *m_events = nullptr;
    QSortFilterProxyModel *m_eventFilter = nullptr;
    ConsoleTableView *m_groupsTable = nullptr;
    ConsoleTableView *m_consumersTable = nullptr;
    ConsoleTableView *m_eventsTable = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QString m_sampledStream; // the last sample's stream key; empty before one (or after another server)
    TimeSeriesChart *m_lagChart = nullptr;
};
