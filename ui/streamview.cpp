#include "ui/streamview.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

#include "models/eventlogmodel.h"
#include "models/streamconsumersmodel.h"
#include "models/streamgroupsmodel.h"
#include "services/statetable.h"
#include "services/streammonitor.h"
#include "services/translator.h"
#include "ui/consumerdelegate.h"
#include "ui/elidedlabel.h"
#include "ui/eventlogdelegate.h"
#include "ui/numbertile.h"
#include "ui/sandboxcontroller.h"
#include "ui/stretchfloor.h"
#include "ui/timeserieschart.h"
#include "ui/viewstyle.h"

namespace {

// The page's layout in its scroll area: the page fills the visible height and scrolls only below
// its minimum. With a word-wrapped label inside, QScrollArea sized it by height-for-width, taller
// than the window, and the events table ran off the bottom.
class FillingLayout final : public QVBoxLayout {
public:
    using QVBoxLayout::QVBoxLayout;
    [[nodiscard]] bool hasHeightForWidth() const override { return false; }
};

const QString Dash = QStringLiteral("\u2014");

// Shows a stream id whole: the label is at least as wide as a 13-digit id with a 3-digit
// sequence (so the box does not jump as ids grow) and as the id itself, with the id as tooltip.
void setIdText(QLabel *label, const QString &id)
{
    const QFontMetrics metrics(label->font());
    const int width =
        std::max(metrics.horizontalAdvance(QStringLiteral("8888888888888-888")), metrics.horizontalAdvance(id));
    label->setMinimumWidth(width + 2);
    label->setText(id);
    label->setToolTip(id == Dash ? QString() : id);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString rateText(double perSecond)
{
    return QLocale().toString(perSecond, 'f', perSecond > 0 && perSecond < 10 ? 1 : 0);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    ViewStyle::makeHeading(label);
    return label;
}

} // namespace

StreamView::StreamView(QWidget *parent)
    : QWidget(parent)
    , m_groups(new StreamGroupsModel(this))
    , m_consumers(new StreamConsumersModel(this))
    , m_events(new EventLogModel(this))
    , m_eventFilter(new QSortFilterProxyModel(this))
{
    // In a scroll area, as the dashboard: on a short screen (1024x600) the page scrolls instead
    // of making the window taller than the screen, status bar out of sight.
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("streamScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    page->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *outer = new FillingLayout(content);
    outer->setContentsMargins(10, 10, 10, 10);
    outer->setSpacing(8);

    // Header: which stream, what this console does with it, when it was sampled.
    auto *header = new QHBoxLayout;
    m_title = new QLabel(tr("Stream"), this);
    m_title->setObjectName(QStringLiteral("streamTitle"));
    m_title->setFont(ViewStyle::scaledFont(font(), 1.4, true));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mode = new QLabel(tr("Not consuming"), this);
    m_mode->setObjectName(QStringLiteral("consumerMode"));
    m_mode->setTextFormat(Qt::RichText);
    // Long consumer names and errors wrap here rather than widening the window past the screen.
    m_mode->setWordWrap(true);
    m_mode->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sampled = new QLabel(this);
    m_sampled->setForegroundRole(QPalette::PlaceholderText);
    m_interval = new QComboBox(this);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    for (const int seconds : {1, 2, 5, 10, 30})
        m_interval->addItem(tr("every %n s", nullptr, seconds), seconds * 1000);
    m_interval->setCurrentIndex(m_interval->findData(m_intervalMs));
    header->addWidget(m_title);
    header->addSpacing(16);
    header->addWidget(m_mode, 1);
    header->addWidget(m_sampled);
    header->addSpacing(8);
    header->addWidget(new QLabel(tr("Refresh:"), this));
    header->addWidget(m_interval);
    outer->addLayout(header);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("streamError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ViewStyle::textColor(ViewStyle::critical(), palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();
    outer->addWidget(m_error);
    // What the consumer said of its set-up (a group created at "$"): in the status bar it was
    // cut short and soon replaced, and a backlog left unprocessed went unexplained.
    // One line, cut with the whole text in its tooltip: wrapped, it widened the page.
    m_notice = new ElidedLabel(this);
    m_notice->setObjectName(QStringLiteral("consumerNotice"));
    m_notice->hide();
    outer->addWidget(m_notice);

    // The stream's facts beside this console's processing figures.
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    auto *streamBox = new QGroupBox(tr("Stream"), this);
    auto *form = new QFormLayout(streamBox);
    form->setLabelAlignment(Qt::AlignRight);
    addField(form, QStringLiteral("length"), tr("Length:"));
    addField(form, QStringLiteral("first"), tr("First entry:"));
    addField(form, QStringLiteral("last"), tr("Last entry:"));
    addField(form, QStringLiteral("lastGenerated"), tr("Last generated id:"));
    addField(form, QStringLiteral("added"), tr("Entries added:"));
    // What processing could not apply, kept in <stream>:dlq: it outlives the session's counters.
    {
        // The count with the way to act on it: the dialog lists, replays and deletes them.
        auto *row = new QWidget(streamBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *count = new QLabel(Dash, row);
        count->setObjectName(QStringLiteral("deadLetters"));
        count->setTextInteractionFlags(Qt::TextSelectableByMouse);
        count->setFont(ViewStyle::scaledFont(font(), 1.0, true));
        m_fields.insert(QStringLiteral("deadLetters"), count);
        auto *show = new QPushButton(tr("Show…"), row);
        show->setObjectName(QStringLiteral("showDeadLetters"));
        show->setToolTip(tr("List, replay or delete the dead letters (Ctrl+L)"));
        connect(show, &QPushButton::clicked, this, &StreamView::deadLettersRequested);
        rowLayout->addWidget(count);
        rowLayout->addWidget(show);
        rowLayout->addStretch(1);
        form->addRow(tr("Dead letters:"), row);
    }
    for (const QString &field : {QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("lastGenerated")})
        setIdText(m_fields.value(field), Dash);
    top->addWidget(streamBox);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const auto addTile = [this, tiles](
                             const QString &key, const QString &caption, const QColor &accent, int row, int column) {
        auto *tile = new NumberTile(caption, this);
        tile->setObjectName(QStringLiteral("tile_") + key);
        tile->setAccent(accent);
        m_tiles.insert(key, tile);
        tiles->addWidget(tile, row, column);
    };
    addTile(QStringLiteral("read"), tr("Read"), ViewStyle::accent(), 0, 0);
    addTile(QStringLiteral("applied"), tr("Applied"), ViewStyle::good(), 0, 1);
    addTile(QStringLiteral("rate"), tr("Events per second"), ViewStyle::accent(), 0, 2);
    addTile(QStringLiteral("malformed"), tr("Malformed"), ViewStyle::critical(), 1, 0);
    addTile(QStringLiteral("deadLettered"), tr("Dead-lettered"), ViewStyle::critical(), 1, 1);
    addTile(QStringLiteral("success"), tr("Success rate"), ViewStyle::good(), 1, 2);
    for (int c = 0; c < 3; ++c)
        tiles->setColumnStretch(c, 1);
    top->addLayout(tiles, 1);
    outer->addLayout(top);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);

    // Groups and consumers beside the lag/pending chart.
    auto *middle = new QSplitter(Qt::Horizontal, vertical);
    middle->setChildrenCollapsible(false);
    auto *tablesBox = new QWidget(middle);
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->setSpacing(4);
    tablesLayout->addWidget(heading(tr("Consumer groups"), tablesBox));
    m_groupsTable = ViewStyle::makeTable(tablesBox, QStringLiteral("groupsTable"));
    m_groupsTable->setModel(m_groups);
    m_groupsTable->setToolTip(
        tr("Select a group to chart its lag and pending entries; double-click it (or press Enter) to list its "
           "pending entries"));
    QHeaderView *groupsHeader = m_groupsTable->horizontalHeader();
    groupsHeader->setSectionResizeMode(StreamGroupsModel::Name, QHeaderView::Stretch);
    groupsHeader->resizeSection(StreamGroupsModel::Consumers, ViewStyle::textWidth(this, tr("Consumers")));
    groupsHeader->resizeSection(StreamGroupsModel::Pending, ViewStyle::textWidth(this, QStringLiteral("888,888")));
    groupsHeader->resizeSection(
        StreamGroupsModel::LastDeliveredId, ViewStyle::textWidth(this, QStringLiteral("8888888888888-888")));
    groupsHeader->resizeSection(
        StreamGroupsModel::EntriesRead, ViewStyle::textWidth(this, QStringLiteral("8,888,888")));
    groupsHeader->resizeSection(StreamGroupsModel::Lag, ViewStyle::textWidth(this, QStringLiteral("888,888")));
    groupsHeader->setStretchLastSection(false);
    ViewStyle::fitHeaderLabels(groupsHeader);
    // The group's name is what the row is about: never squeezed to "bu…" (about 14 characters
    // stay; longer names elide, their tooltip has them whole).
    new StretchFloor(
        groupsHeader, StreamGroupsModel::Name, ViewStyle::textWidth(this, QStringLiteral("bunsnc-process")));
    // A stream has a group or two and many consumers: the consumers get the larger share (at
    // 1280x800 they showed three and a half rows under a mostly empty groups table), the groups
    // keep three rows.
    m_groupsTable->setMinimumHeight(m_groupsTable->horizontalHeader()->sizeHint().height()
        + 3 * m_groupsTable->verticalHeader()->defaultSectionSize() + 2 * m_groupsTable->frameWidth());
    tablesLayout->addWidget(m_groupsTable, 1);
    tablesLayout->addWidget(heading(tr("Consumers"), tablesBox));
    m_consumersTable = ViewStyle::makeTable(tablesBox, QStringLiteral("consumersTable"));
    m_consumersTable->setModel(m_consumers);
    m_consumersTable->setItemDelegate(new ConsumerDelegate(m_consumersTable));
    m_consumersTable->setToolTip(tr("Orange: the consumer holds pending entries and has been idle for a minute or "
                                    "more. Double-click a consumer (or press Enter) to list its pending entries."));
    QHeaderView *consumersHeader = m_consumersTable->horizontalHeader();
    consumersHeader->setStretchLastSection(false);
    consumersHeader->resizeSection(
        StreamConsumersModel::Group, ViewStyle::textWidth(this, QStringLiteral("bunsnc-processors")));
    consumersHeader->setSectionResizeMode(StreamConsumersModel::Name, QHeaderView::Stretch);
    consumersHeader->resizeSection(
        StreamConsumersModel::Pending, ViewStyle::textWidth(this, QStringLiteral("888,888")));
    consumersHeader->resizeSection(
        StreamConsumersModel::Idle, ViewStyle::textWidth(this, QStringLiteral("88 min 88 s")));
    consumersHeader->resizeSection(
        StreamConsumersModel::Inactive, ViewStyle::textWidth(this, QStringLiteral("88 min 88 s")));
    ViewStyle::fitHeaderLabels(consumersHeader);
    new StretchFloor(consumersHeader, StreamConsumersModel::Name,
        ViewStyle::textWidth(this, QStringLiteral("streamdesk-host-user")));
    tablesLayout->addWidget(m_consumersTable, 2);

    auto *chartBox = new QWidget(middle);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(4);
    m_lagChart = new TimeSeriesChart(tr("Lag and pending, all groups"), chartBox);
    m_lagChart->setObjectName(QStringLiteral("lagChart"));
    m_lagChart->setEmptyText(tr("Waiting for the first sample"));
    m_lagChart->setCounts(true);
    chartLayout->addWidget(m_lagChart, 1);
    auto *allGroups = new QPushButton(tr("Show all groups"), chartBox);
    allGroups->setObjectName(QStringLiteral("allGroups"));
    allGroups->setVisible(false);
    chartLayout->addWidget(allGroups, 0, Qt::AlignRight);
    middle->addWidget(tablesBox);
    middle->addWidget(chartBox);
    // The tables get the larger share: their columns (lag above all) must show without
    // scrolling at 1280 pixels, in Portuguese too; the chart reads well narrower.
    // At 3:2 the Portuguese headers pushed Lag out of view in a 1216-pixel window.
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 1);
    middle->setSizes({800, 400});

    // The last 1,000 events.
    auto *eventsBox = new QWidget(vertical);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->setSpacing(4);
    auto *eventsHeader = new QHBoxLayout;
    eventsHeader->addWidget(heading(tr("Last %1 events").arg(number(EventLogModel::DefaultLimit)), eventsBox));
    eventsHeader->addStretch(1);
    m_problemsOnly = new QCheckBox(tr("Only malformed and dead-lettered"), eventsBox);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    eventsHeader->addWidget(m_problemsOnly);
    eventsLayout->addLayout(eventsHeader);
    m_eventFilter->setSourceModel(m_events);
    m_eventFilter->setFilterRole(EventLogModel::MalformedRole);
    m_eventFilter->setFilterKeyColumn(0);
    m_eventsTable = ViewStyle::makeTable(eventsBox, QStringLiteral("eventsTable"));
    ViewStyle::clearSelectionOfDroppedRows(m_eventsTable, m_eventFilter);
    m_eventsTable->setModel(m_eventFilter);
    m_eventsTable->setItemDelegate(new EventLogDelegate(m_eventsTable));
    m_eventsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *eventsHeaderView = m_eventsTable->horizontalHeader();
    eventsHeaderView->setStretchLastSection(false); // the problem stretches, with a floor (below)
    eventsHeaderView->resizeSection(EventLogModel::Time, ViewStyle::textWidth(this, QStringLiteral("88:88:88.888")));
    // Shown: the feeds' events join this log too (the sandbox's gateway repeats every entry,
    // and its rejected frames carry the feed's own event name), so each row says where it came from.
    eventsHeaderView->resizeSection(
        EventLogModel::Source, ViewStyle::textWidth(this, SandboxController::gatewayFeedName()));
    eventsHeaderView->resizeSection(EventLogModel::Id, ViewStyle::textWidth(this, QStringLiteral("8888888888888-888")));
    // Events the store did not apply say so ("change_task:updated (stale)"), in this language.
    const QString duplicate = StreamConsumer::tr(" (duplicate)");
    const QString stale = StreamConsumer::tr(" (stale)");
    eventsHeaderView->resizeSection(EventLogModel::Event,
        std::max(ViewStyle::textWidth(this, QStringLiteral("change_task:slm_updated")),
            ViewStyle::textWidth(this,
                QStringLiteral("change_task:updated")
                    + std::max(
                        duplicate, stale, [](const QString &a, const QString &b) { return a.size() < b.size(); }))));
    eventsHeaderView->resizeSection(EventLogModel::Number, ViewStyle::textWidth(this, QStringLiteral("SCTASK8888888")));
    // A state's label ("Em Andamento"); longer ones elide, and the code is in the tooltip.
    eventsHeaderView->resizeSection(EventLogModel::State,
        ViewStyle::textWidth(this,
            StateTable::defaults().label(
                QStringLiteral("incident"), QStringLiteral("2"), Translator::currentLanguage())));
    eventsHeaderView->resizeSection(
        EventLogModel::AssignmentGroup, ViewStyle::textWidth(this, QStringLiteral("Service Desk N2 - Infra")));
    ViewStyle::fitHeaderLabels(eventsHeaderView);
    // The problem keeps room to be read (the header showed "Prob"): below it, the log scrolls
    // sideways instead.
    new StretchFloor(eventsHeaderView, EventLogModel::Problem,
        ViewStyle::textWidth(this, QStringLiteral("data is not JSON: illegal")));
    eventsLayout->addWidget(m_eventsTable, 1);

    vertical->addWidget(middle);
    vertical->addWidget(eventsBox);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    // Halves from the start too: left to the size hints, the groups, consumers and chart took
    // three quarters of a 760-pixel window and the event log showed four rows.
    vertical->setSizes({1000, 1000});
    outer->addWidget(vertical, 1);
    scroll->setWidget(content);

    connect(m_interval, &QComboBox::currentIndexChanged, this, &StreamView::onIntervalChosen);
    connect(
        m_groupsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StreamView::onGroupSelected);
    connect(allGroups, &QPushButton::clicked, m_groupsTable, &QAbstractItemView::clearSelection);
    // activated: a double-click, or Enter on the current row (keyboard users).
    connect(m_groupsTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT pendingEntriesRequested(index.data(StreamGroupsModel::NameRole).toString(), QString());
    });
    connect(m_consumersTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT pendingEntriesRequested(index.data(StreamConsumersModel::GroupRole).toString(),
            index.data(StreamConsumersModel::NameRole).toString());
    });
    const auto updateEventsEmptyText = [this](bool problemsOnly) {
        m_eventsTable->setEmptyText(problemsOnly
                ? tr("No malformed or dead-lettered event among the last %1.").arg(number(EventLogModel::DefaultLimit))
                : tr("No event read yet."));
    };
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this, updateEventsEmptyText](bool only) {
        m_eventFilter->setFilterFixedString(only ? QStringLiteral("true") : QString());
        updateEventsEmptyText(only);
    });
    updateEventsEmptyText(false);
    // The "all groups" button follows the chart's subject.
    connect(m_groupsTable->selectionModel(), &QItemSelectionModel::selectionChanged, allGroups,
        [this, allGroups] { allGroups->setVisible(!m_chartGroup.isEmpty()); });

    // Rates are per completed second: advance the clock, so an idle stream reads 0/s.
    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, [this] {
        m_rates.advanceTo(QDateTime::currentDateTimeUtc());
        updateFigures();
    });
    m_rateTimer.start();

    updateChartLines();
    refreshChart();
    updateFigures();
}

QLabel *StreamView::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(Dash, form->parentWidget());
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setFont(ViewStyle::scaledFont(font(), 1.0, true));
    form->addRow(label, value);
    m_fields.insert(name, value);
    return value;
}

QString StreamView::streamField(const QString &field) const
{
    const QLabel *label = m_fields.value(field);
    return label ? label->text() : QString();
}

void StreamView::setMonitor(StreamMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    if (monitor != m_monitor)
        clearServerData();
    m_monitor = monitor;
    if (!monitor)
        return;
    connect(monitor, &StreamMonitor::sampled, this, &StreamView::onSample);
    connect(monitor, &StreamMonitor::failed, this, &StreamView::onSampleFailed);
    monitor->setInterval(m_intervalMs);
    if (!monitor->last().sampledAt.isNull())
        onSample(monitor->last());
}

// Another server (or stream, or none): what the page showed was the old one's. Its events,
// groups, history and figures go, so nothing of it reads as the new server's.
void StreamView::clearServerData()
{
    m_groups->clear();
    m_consumers->clear();
    m_events->clear();
    m_gauges.clear();
    m_rates.clear();
    m_totals = {};
    m_haveTotals = false;
    for (QLabel *field : std::as_const(m_fields))
        field->setText(Dash);
    m_fields.value(QStringLiteral("deadLetters"))->setStyleSheet(QString());
    m_sampled->clear();
    m_error->hide();
    setNotice({});
    updateEmptyTexts({});
    updateFigures();
    refreshChart();
}

void StreamView::setRefreshInterval(int ms)
{
    int index = m_interval->findData(ms);
    if (index < 0) {
        m_interval->addItem(tr("every %1 ms").arg(number(ms)), ms);
        index = m_interval->count() - 1;
    }
    if (index == m_interval->currentIndex())
        onIntervalChosen(index);
    else
        m_interval->setCurrentIndex(index); // onIntervalChosen follows
}

void StreamView::onIntervalChosen(int index)
{
    const int ms = m_interval->itemData(index).toInt();
    if (ms <= 0)
        return;
    const bool changed = ms != m_intervalMs;
    m_intervalMs = ms;
    if (m_monitor)
        m_monitor->setInterval(ms);
    if (changed)
        Q_EMIT refreshIntervalChanged(ms);
}

void StreamView::setNotice(const QString &text)
{
    m_notice->setFullText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString StreamView::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->fullText();
}

void StreamView::setConsumerConfig(const StreamConsumer::Config &config)
{
    setNotice({}); // the previous run's
    m_config = config;
    m_haveConfig = true;
    m_title->setText(tr("Stream %1").arg(config.stream));
    updateEmptyTexts(m_sampledStream); // the mode's hint
    onConsumerState(StreamConsumer::State::Idle, QString());
    updateFigures();
}

void StreamView::onConsumerState(StreamConsumer::State state, const QString &text)
{
    if (!m_haveConfig) {
        m_mode->setText(text.toHtmlEscaped());
        return;
    }
    // Stopped, it says what Start would do: "Processing as ..." beside "Consumer stopped" in
    // the status bar read as if entries were being taken.
    const bool active = state == StreamConsumer::State::Starting || state == StreamConsumer::State::Running
        || state == StreamConsumer::State::Stopping;
    const QString consumer =
        (m_config.consumer.isEmpty() ? StreamConsumer::defaultConsumerName() : m_config.consumer).toHtmlEscaped();
    const QString group = m_config.group.toHtmlEscaped();
    QString what;
    if (m_config.mode == StreamConsumer::Mode::Observe)
        what = active ? tr("Observing, outside any group") : tr("Not observing (observe mode, outside any group)");
    else if (active)
        what = tr("Processing as <b>%1</b> in group <b>%2</b>").arg(consumer, group);
    else
        what = tr("Not processing: Start (F5) joins group <b>%2</b> as <b>%1</b>").arg(consumer, group);
    // While running, the consumer's own text ("processing <stream> as <consumer> in group ...")
    // repeats what this says.
    QString stateText = text.isEmpty() || state == StreamConsumer::State::Running ? QString() : text.toHtmlEscaped();
    if (state == StreamConsumer::State::Failed && !stateText.isEmpty())
        stateText = QStringLiteral("<span style=\"color:%1\">%2</span>")
                        .arg(ViewStyle::textColor(ViewStyle::critical(), palette()).name(), stateText);
    m_mode->setText(stateText.isEmpty() ? what : tr("%1 · %2").arg(what, stateText));
}

void StreamView::onSample(const StreamInfo &info)
{
    m_error->hide();
    m_title->setText(tr("Stream %1").arg(info.key));
    const auto id = [](const QByteArray &value) { return value.isEmpty() ? Dash : QString::fromLatin1(value); };
    if (!info.exists) {
        for (QLabel *label : std::as_const(m_fields))
            label->setText(Dash);
        for (const QString &field : {QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("lastGenerated")})
            setIdText(m_fields.value(field), Dash);
        m_error->setText(tr("The stream %1 does not exist (yet): nothing has been written to it.").arg(info.key));
        m_error->show();
    } else {
        m_fields.value(QStringLiteral("length"))->setText(number(info.length));
        setIdText(m_fields.value(QStringLiteral("first")), id(info.firstEntryId));
        setIdText(m_fields.value(QStringLiteral("last")), id(info.lastEntryId));
        setIdText(m_fields.value(QStringLiteral("lastGenerated")), id(info.lastGeneratedId));
        m_fields.value(QStringLiteral("added"))->setText(info.entriesAdded < 0 ? Dash : number(info.entriesAdded));
    }
    QLabel *deadLetters = m_fields.value(QStringLiteral("deadLetters"));
    deadLetters->setText(info.deadLetterLength < 0 ? Dash : number(info.deadLetterLength));
    deadLetters->setToolTip(info.deadLetterLength > 0
            ? tr("%1 holds them, each with its reason: Show… lists them, replays them into the stream or deletes them.")
                  .arg(info.deadLetterKey)
            : info.deadLetterKey);
    deadLetters->setStyleSheet(info.deadLetterLength > 0
            ? QStringLiteral("color: %1").arg(ViewStyle::textColor(ViewStyle::critical(), palette()).name())
            : QString());
    m_groups->setInfo(info);
    m_consumers->setInfo(info);
    updateEmptyTexts(info.key);
    const QDateTime at = info.sampledAt.isValid() ? info.sampledAt : QDateTime::currentDateTimeUtc();
    m_gauges.add(at, TimeSeries::streamGauges(info));
    m_sampled->setText(tr("sampled at %1").arg(at.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));
    refreshChart();
}

// Empty tables after a sample say why: observing joins no group, so a console that only
// observes (the sandbox, a new stream) showed two blank tables.
void StreamView::updateEmptyTexts(const QString &stream)
{
    m_sampledStream = stream;
    if (stream.isEmpty()) {
        m_groupsTable->setEmptyText({});
        m_consumersTable->setEmptyText({});
        return;
    }
    const QString group = m_haveConfig ? m_config.group : StreamConsumer::Config {}.group;
    const bool observing = !m_haveConfig || m_config.mode == StreamConsumer::Mode::Observe;
    m_groupsTable->setEmptyText(observing
            ? tr("No consumer group reads %1. Observing reads outside any group; Process (Ctrl+Shift+P), then "
                 "Start (F5), creates %2.")
                  .arg(stream, group)
            : tr("No consumer group reads %1: Start (F5) creates %2.").arg(stream, group));
    m_consumersTable->setEmptyText(m_groups->rowCount() == 0 ? tr("No group, so no consumers.")
                                                             : tr("No consumer has read from these groups yet."));
}

void StreamView::onSampleFailed(const QString &reason)
{
    m_error->setText(tr("Could not read the stream's information: %1").arg(reason));
    m_error->show();
}

void StreamView::onGroupSelected()
{
    const QModelIndexList rows = m_groupsTable->selectionModel()->selectedRows();
    const QString group = rows.isEmpty() ? QString() : rows.constFirst().data(StreamGroupsModel::NameRole).toString();
    if (group == m_chartGroup)
        return;
    m_chartGroup = group;
    updateChartLines();
    refreshChart();
}

void StreamView::updateChartLines()
{
    const QColor pending(0x7b, 0x4f, 0xa6);
    if (m_chartGroup.isEmpty()) {
        m_lagChart->setTitle(tr("Lag and pending, all groups"));
        m_lagChart->setLines({
            {TimeSeries::lagName(), tr("Largest lag"), ViewStyle::warning(), Qt::SolidLine},
            {TimeSeries::pendingName(), tr("Pending"), pending, Qt::SolidLine},
        });
    } else {
        m_lagChart->setTitle(tr("Lag and pending, group %1").arg(m_chartGroup));
        m_lagChart->setLines({
            {TimeSeries::groupLagName(m_chartGroup), tr("Lag"), ViewStyle::warning(), Qt::SolidLine},
            {TimeSeries::groupPendingName(m_chartGroup), tr("Pending"), pending, Qt::SolidLine},
        });
    }
}

void StreamView::refreshChart()
{
    m_lagChart->refresh(m_gauges);
}

void StreamView::onConsumerUpdate(const StreamConsumer::Update &update)
{
    const QDateTime at = update.at.isValid() ? update.at : QDateTime::currentDateTimeUtc();
    m_rates.add(at, TimeSeries::consumerDeltas(update));
    m_totals = update.totals;
    m_haveTotals = true;
    if (!update.events.isEmpty())
        m_events->append(update.events);
    updateFigures();
}

void StreamView::updateFigures()
{
    const auto set = [this](const QString &key, const QString &value, const QString &detail) {
        NumberTile *tile = m_tiles.value(key);
        tile->setValue(value);
        tile->setDetail(detail);
    };
    if (!m_haveTotals) {
        for (NumberTile *tile : std::as_const(m_tiles)) {
            tile->setValue(Dash);
            tile->setDetail(tr("nothing consumed yet"));
        }
        return;
    }
    const StreamConsumer::Counters &c = m_totals;
    set(QStringLiteral("read"), number(c.read),
        tr("%1 claimed · %2 acknowledged").arg(number(c.claimed), number(c.acked)));
    set(QStringLiteral("applied"), number(c.applied),
        tr("%1 duplicates · %2 stale").arg(number(c.duplicates), number(c.stale)));
    set(QStringLiteral("malformed"), number(c.malformed), tr("could not be decoded"));
    const bool observing = m_haveConfig && m_config.mode == StreamConsumer::Mode::Observe;
    set(QStringLiteral("deadLettered"), number(c.deadLettered),
        observing ? tr("observing: nothing is dead‑lettered") // non-breaking hyphen, as on the dashboard
                  : tr("to %1").arg(m_haveConfig ? m_config.deadLetterStream() : tr("the dead-letter stream")));
    m_tiles.value(QStringLiteral("malformed"))->setValueColor(c.malformed > 0 ? ViewStyle::critical() : QColor());
    m_tiles.value(QStringLiteral("deadLettered"))->setValueColor(c.deadLettered > 0 ? ViewStyle::critical() : QColor());

    set(QStringLiteral("rate"), rateText(m_rates.latest(TimeSeries::receivedName())),
        tr("applied %1/s").arg(rateText(m_rates.latest(TimeSeries::appliedName()))));

    // Success: entries that were handled (applied, or already applied/older: still correct),
    // out of every entry read.
    NumberTile *success = m_tiles.value(QStringLiteral("success"));
    if (c.read <= 0) {
        set(QStringLiteral("success"), Dash, tr("nothing read yet"));
        success->setValueColor({});
        return;
    }
    const double ok = double(c.applied + c.duplicates + c.stale) / double(c.read) * 100.0;
    // Rounded down: 2 malformed of 9,002 read showed "100.0 %".
    const double shown = ok >= 100.0 ? 100.0 : std::floor(ok * 10.0) / 10.0;
    set(QStringLiteral("success"), tr("%1 %").arg(QLocale().toString(shown, 'f', 1)),
        tr("applied, duplicate or stale, of read"));
    success->setValueColor(ok >= 99.0 ? QColor() : ok >= 90.0 ? ViewStyle::warning() : ViewStyle::critical());
}
