#include "ui/dashboardview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "models/statecountmodel.h"
#include "models/ticketmodel.h"
#include "services/translator.h"
#include "ui/chartstyle.h"
#include "ui/consoletableview.h"
#include "ui/numbertile.h"
#include "ui/percentbardelegate.h"
#include "ui/statecountdelegate.h"
#include "ui/timeserieschart.h"
#include "ui/timetext.h"
#include "ui/viewstyle.h"

namespace {

const QString AllKey = QStringLiteral("all");
const QString RateKey = QStringLiteral("rate");
const QStringList MainTypes {QStringLiteral("incident"), QStringLiteral("change_task"), QStringLiteral("sc_task")};

constexpr int TopGroups = 10;
constexpr int RecentClosed = 20;
constexpr int MaxGroupLabelChars = 28;

enum RecentColumn { RecentNumber, RecentState, RecentWhen, RecentGroup, RecentColumnCount };

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString rateText(double perSecond)
{
    return QLocale().toString(perSecond, 'f', perSecond > 0 && perSecond < 10 ? 1 : 0);
}

// Cut at the end, where a name reads best ("Infraestrut..."); in the middle for the names that
// would then look alike ("Service Desk N1" and "N2" were both "Service De...").
QStringList elided(const QStringList &names, const QFontMetrics &metrics, int width)
{
    width = std::min(width, metrics.horizontalAdvance(QString(MaxGroupLabelChars, QLatin1Char('n'))));
    QStringList labels;
    for (const QString &name : names)
        labels << metrics.elidedText(name, Qt::ElideRight, width);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels.count(labels.at(i)) > 1) {
            const QString alike = labels.at(i);
            for (qsizetype j = i; j < labels.size(); ++j) {
                if (labels.at(j) == alike)
                    labels[j] = metrics.elidedText(names.at(j), Qt::ElideMiddle, width);
            }
        }
    }
    return labels;
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_language(Translator::currentLanguage().isEmpty() ? QStringLiteral("en") : Translator::currentLanguage())
    , m_stateCounts(new StateCountModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(10);

    // Tiles: all tickets, one per type (rebuilt when types appear), the event rate.
    m_tileRow = new QHBoxLayout;
    m_tileRow->setSpacing(8);
    auto *all = new NumberTile(tr("All tickets"), content);
    all->setAccent(palette().color(QPalette::Mid));
    m_tiles.insert(AllKey, all);
    m_tileRow->addWidget(all, 1);
    auto *rate = new NumberTile(tr("Events per second"), content);
    rate->setAccent(ViewStyle::accent());
    rate->setDetail(tr("no consumer updates yet"));
    m_tiles.insert(RateKey, rate);
    m_tileRow->addWidget(rate, 1);
    layout->addLayout(m_tileRow);

    auto *grid = new QGridLayout;
    m_grid = grid;
    grid->setSpacing(10);

    // Tickets by state per type: horizontal stacked bars, one category per state label, one
    // bar set per type, so a 3-entry legend explains 14 bars and labels stay readable.
    auto *stateChart = new QChart;
    ChartStyle::setUp(stateChart, palette(), tr("Tickets by state"));
    // Under the title: the tall chart's bottom is what a short window scrolls out of sight.
    stateChart->legend()->setAlignment(Qt::AlignTop);
    m_stateSeries = new QHorizontalStackedBarSeries(stateChart);
    m_stateSeries->setBarWidth(0.7);
    stateChart->addSeries(m_stateSeries);
    m_stateAxis = new QBarCategoryAxis(stateChart);
    m_stateValues = new QValueAxis(stateChart);
    m_stateValues->setLabelFormat(QStringLiteral("%.0f"));
    m_stateValues->setTickCount(5);
    stateChart->addAxis(m_stateAxis, Qt::AlignLeft);
    stateChart->addAxis(m_stateValues, Qt::AlignBottom);
    m_stateSeries->attachAxis(m_stateAxis);
    m_stateSeries->attachAxis(m_stateValues);
    m_stateView = new QChartView(stateChart, content);
    m_stateView->setObjectName(QStringLiteral("stateChart"));
    ChartStyle::setUpView(m_stateView);
    m_stateView->setMinimumHeight(400);
    m_stateEmpty = ChartStyle::addEmptyText(stateChart, palette(),
        tr("No tickets yet. Observing shows new entries; Pipeline ▸ Read the Whole Stream loads the earlier ones."));

    m_rateChart = new TimeSeriesChart(tr("Events per second, last 5 minutes"), content);
    m_rateChart->setObjectName(QStringLiteral("rateChart"));
    m_rateChart->setLines({
        // Received is wide and applied narrow on top: when every event applies they coincide.
        {TimeSeries::receivedName(), tr("Received"), ViewStyle::accent(), Qt::SolidLine, 4.0},
        {TimeSeries::appliedName(), tr("Applied"), ViewStyle::good(), Qt::SolidLine, 1.6},
        {TimeSeries::deadLetteredName(), tr("Dead-lettered"), ViewStyle::critical(), Qt::SolidLine, 1.6},
        {TimeSeries::feedsName(), tr("Feeds"), ViewStyle::typeColor(QStringLiteral("change_task")), Qt::DashLine, 1.6},
    });
    m_rateChart->setValueText([](double v) { return tr("%1/s").arg(rateText(v)); });
    m_rateChart->setClipsBursts(true); // the sandbox's start-up backlog flattened 5 minutes
    // True whether or not the console is consuming: the window may just be quiet.
    m_rateChart->setEmptyText(tr("No events in the last 5 minutes"));

    // Top assignment groups by open tickets.
    auto *groupChart = new QChart;
    ChartStyle::setUp(groupChart, palette(), tr("Top groups by open tickets")); // short: the narrowest chart
    groupChart->legend()->hide();
    m_groupSeries = new QHorizontalBarSeries(groupChart);
    m_groupSeries->setBarWidth(0.65);
    m_groupSeries->setLabelsVisible(true);
    // Outside the bar: inside, a count wider than its short bar lost its first digit ("16" read
    // ".6") once the scale was set by a group with ten times as many.
    m_groupSeries->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_groupSeries->setLabelsFormat(QStringLiteral("@value"));
    m_groupSet = new QBarSet(tr("Open tickets"), m_groupSeries);
    m_groupSet->setColor(ViewStyle::accent());
    m_groupSet->setBorderColor(ViewStyle::accent());
    m_groupSet->setLabelColor(palette().color(QPalette::WindowText));
    m_groupSeries->append(m_groupSet);
    groupChart->addSeries(m_groupSeries);
    m_groupAxis = new QBarCategoryAxis(groupChart);
    m_groupValues = new QValueAxis(groupChart);
    m_groupValues->setLabelFormat(QStringLiteral("%.0f"));
    m_groupValues->setTickCount(5);
    groupChart->addAxis(m_groupAxis, Qt::AlignLeft);
    groupChart->addAxis(m_groupValues, Qt::AlignBottom);
    m_groupSeries->attachAxis(m_groupAxis);
    m_groupSeries->attachAxis(m_groupValues);
    m_groupView = new QChartView(groupChart, content);
    // Labels along a narrower axis need fewer ticks ("2,0004,000" ran together).
    connect(stateChart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        ChartStyle::setNiceRange(m_stateValues, m_stateMax, ChartStyle::Values::Counts, area.width());
    });
    connect(groupChart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        ChartStyle::setNiceRange(m_groupValues, m_groupMax, ChartStyle::Values::Counts, area.width());
    });
    m_groupView->setObjectName(QStringLiteral("groupChart"));
    ChartStyle::setUpView(m_groupView);
    m_groupEmpty = ChartStyle::addEmptyText(groupChart, palette(), tr("No open tickets"));
    // The plot's height depends on the chart's, not on how many bars it has: no feedback loop.
    connect(groupChart, &QChart::plotAreaChanged, this, [this] {
        const qsizetype wanted = std::min<qsizetype>(m_stats.topGroups.size(), groupsThatFit());
        if (groupLabelWidth() != m_groupLabelWidth)
            m_groupNames.clear(); // labels elided to the old width: made again
        if (wanted != m_groupNames.size())
            updateGroupChart();
    });

    // Counters per type and state, with the share within the type.
    // The two lists share a tab widget under the small charts: each gets the full width, so
    // type, state, count and share stay readable in Portuguese too, and the tall state chart
    // keeps the height its 14 labels need.
    m_lists = new QTabWidget(content);
    m_lists->setObjectName(QStringLiteral("dashboardLists"));
    m_lists->setDocumentMode(true);
    auto *countsBox = new QWidget(m_lists);
    auto *countsLayout = new QVBoxLayout(countsBox);
    countsLayout->setContentsMargins(0, 4, 0, 0);
    countsLayout->setSpacing(4);
    m_stateTable = new ConsoleTableView(countsBox);
    m_stateTable->setObjectName(QStringLiteral("stateCountTable"));
    m_stateTable->setModel(m_stateCounts);
    m_stateTable->setItemDelegate(new StateCountDelegate(m_stateTable));
    m_stateTable->setItemDelegateForColumn(
        StateCountModel::PercentOfType, new PercentBarDelegate(StateCountModel::PercentRole, m_stateTable));
    m_stateTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stateTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stateTable->setShowGrid(false);
    m_stateTable->setWordWrap(false);
    m_stateTable->setToolTip(tr("Double-click a row to list its tickets"));
    m_stateTable->verticalHeader()->setVisible(false);
    m_stateTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_stateTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Closed states are green instead of a Yes/No column; the code is in the state's tooltip.
    m_stateTable->setColumnHidden(StateCountModel::Closed, true);
    m_stateTable->setColumnHidden(StateCountModel::Code, true);
    QHeaderView *countsHeader = m_stateTable->horizontalHeader();
    countsHeader->setHighlightSections(false);
    countsHeader->setStretchLastSection(false);
    countsHeader->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    countsHeader->resizeSection(
        StateCountModel::Type, metrics.horizontalAdvance(TicketModel::typeLabel(QStringLiteral("sc_task"))) + 20);
    // The share column takes the spare width: its bars then read like a chart.
    int stateWidth = 0;
    const StateTable defaults = StateTable::defaults();
    for (const QString &type : MainTypes) {
        for (const StateTable::State &s : defaults.states(type))
            stateWidth = std::max(stateWidth, metrics.horizontalAdvance(defaults.label(type, s.code, m_language)));
    }
    countsHeader->resizeSection(StateCountModel::State, stateWidth + 24);
    countsHeader->setSectionResizeMode(StateCountModel::PercentOfType, QHeaderView::Stretch);
    countsHeader->resizeSection(StateCountModel::Count, metrics.horizontalAdvance(QStringLiteral("88,888")) + 16);
    ViewStyle::fitHeaderLabels(countsHeader);
    countsLayout->addWidget(m_stateTable);

    // The most recently resolved, closed or canceled tickets.
    auto *recentBox = new QWidget(m_lists);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->setContentsMargins(0, 4, 0, 0);
    recentLayout->setSpacing(4);
    m_recent = new QTreeWidget(recentBox);
    m_recent->setObjectName(QStringLiteral("recentlyClosed"));
    m_recent->setColumnCount(RecentColumnCount);
    m_recent->setHeaderLabels({tr("Number"), tr("State"), tr("Updated"), tr("Assignment group")});
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setAlternatingRowColors(true);
    m_recent->setToolTip(tr("Double-click a ticket to open it"));
    m_recent->header()->resizeSection(RecentNumber, metrics.horizontalAdvance(QStringLiteral("SCTASK8888888")) + 16);
    m_recent->header()->resizeSection(RecentState, metrics.horizontalAdvance(QStringLiteral("Closed Incomplete")) + 12);
    m_recent->header()->resizeSection(RecentWhen, metrics.horizontalAdvance(QStringLiteral("8888-88-88 88:88")) + 16);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->header()->setStretchLastSection(false);
    m_recent->header()->setSectionResizeMode(RecentGroup, QHeaderView::Stretch); // elides, never scrolls
    ViewStyle::fitHeaderLabels(m_recent->header());
    recentLayout->addWidget(m_recent);

    m_lists->addTab(countsBox, tr("Tickets by type and state"));
    m_lists->addTab(recentBox, tr("Recently resolved, closed or canceled"));
    arrange(false);
    layout->addLayout(grid, 1);
    scroll->setWidget(content);

    m_recomputeTimer.setSingleShot(true);
    m_sinceRecompute.start();
    m_rateTimer.setInterval(1000);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &DashboardView::recompute);
    connect(&m_rateTimer, &QTimer::timeout, this, &DashboardView::refreshRates);
    // activated: a double-click, and Enter for the keyboard (doubleClicked left Enter doing nothing).
    connect(m_stateTable, &QAbstractItemView::activated, this, &DashboardView::onStateRowActivated);
    connect(m_groupSet, &QBarSet::clicked, this, &DashboardView::onGroupBarClicked);
    connect(m_groupSet, &QBarSet::hovered, this, &DashboardView::onGroupBarHovered);
    connect(m_recent, &QTreeWidget::itemActivated, this, &DashboardView::onRecentActivated);
    m_rateTimer.start();

    recompute();
    refreshRates();
}

QChart *DashboardView::stateChart() const
{
    return m_stateView->chart();
}

QChart *DashboardView::groupChart() const
{
    return m_groupView->chart();
}

void DashboardView::setTicketModel(TicketModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        m_stateCounts->setStateTable(model->stateTable());
        connect(model, &TicketModel::ticketsChanged, this, &DashboardView::scheduleRecompute);
    }
    recompute();
}

void DashboardView::setLanguage(const QString &language)
{
    m_language = language;
    m_stateCounts->setLanguage(language);
    m_stateCategories.clear(); // labels change: rebuild the chart's categories
    recompute();
}

void DashboardView::scheduleRecompute()
{
    if (m_recomputeTimer.isActive())
        return;
    m_recomputeTimer.start(int(std::max<qint64>(0, RecomputeIntervalMs - m_sinceRecompute.elapsed())));
}

void DashboardView::recompute()
{
    m_recomputeTimer.stop();
    m_sinceRecompute.restart();
    if (m_model) {
        m_stateCounts->setStateTable(m_model->stateTable());
        m_stats = TicketStats::compute(m_model->tickets(), m_model->stateTable(), TopGroups, RecentClosed);
    } else {
        m_stats = TicketStats {};
    }
    m_stateCounts->setLanguage(m_language);
    m_stateCounts->setStats(m_stats);
    updateTiles();
    updateStateChart();
    updateGroupChart();
    updateRecent();
}

void DashboardView::updateTiles()
{
    const auto split = [](int open, int closed) {
        return tr("<b>%1</b> open · <b>%2</b> closed").arg(number(open), number(closed));
    };
    NumberTile *all = m_tiles.value(AllKey);
    all->setValue(number(m_stats.total));
    all->setDetail(split(m_stats.open, m_stats.closed));

    QStringList types = MainTypes;
    for (const TicketStats::TypeCount &t : std::as_const(m_stats.types)) {
        if (!types.contains(t.type))
            types << t.type;
    }
    std::sort(types.begin(), types.end(), &TicketStats::typeLess);
    if (types != m_tileTypes) {
        for (const QString &type : std::as_const(m_tileTypes))
            delete m_tiles.take(type);
        // Type tiles go between "all" and the rate tile.
        int position = 1;
        for (const QString &type : std::as_const(types)) {
            auto *tile = new NumberTile(TicketModel::typeLabel(type), m_tiles.value(AllKey)->parentWidget());
            tile->setObjectName(QStringLiteral("tile_") + type);
            tile->setAccent(ViewStyle::typeColor(type));
            m_tiles.insert(type, tile);
            m_tileRow->insertWidget(position++, tile, 1);
        }
        m_tileTypes = types;
    }
    for (const QString &type : std::as_const(types)) {
        const TicketStats::TypeCount *count = m_stats.typeCount(type);
        NumberTile *tile = m_tiles.value(type);
        tile->setValue(number(count ? count->count : 0));
        tile->setDetail(split(count ? count->open : 0, count ? count->closed : 0));
    }
}

void DashboardView::updateStateChart()
{
    // Categories are state labels in the stats' order (types, then codes); tasks share labels.
    const StateTable states = m_model ? m_model->stateTable() : StateTable::defaults();
    QStringList types;
    for (const TicketStats::TypeCount &t : std::as_const(m_stats.types)) {
        if (t.count > 0)
            types << t.type;
    }
    QStringList categories;
    QHash<QString, QHash<QString, const TicketStats::StateCount *>> byLabel; // label -> type -> count
    for (const TicketStats::StateCount &s : std::as_const(m_stats.states)) {
        if (!types.contains(s.type))
            continue;
        const QString label = s.code.isEmpty() ? tr("No state") : states.label(s.type, s.code, m_language);
        if (!byLabel.contains(label))
            categories << label;
        byLabel[label].insert(s.type, &s);
    }
    // The axis lists categories bottom up: reversed, the chart reads top down like the table.
    std::reverse(categories.begin(), categories.end());

    if (categories != m_stateCategories || types != m_stateTypes) {
        m_stateSeries->clear();
        for (const QString &type : std::as_const(types)) {
            auto *set = new QBarSet(TicketModel::typeLabel(type));
            set->setColor(ViewStyle::typeColor(type));
            set->setBorderColor(ViewStyle::typeColor(type).darker(115));
            m_stateSeries->append(set);
            connect(set, &QBarSet::hovered, this,
                [this, set](bool status, int index) { onStateBarHovered(status, index, set); });
            connect(set, &QBarSet::clicked, this, [this, set](int index) {
                QToolTip::hideText(); // it stayed over the tickets page
                const qsizetype t = m_stateSeries->barSets().indexOf(set);
                if (t < 0 || index < 0 || index >= m_categoryCodes.size())
                    return;
                const QString code = m_categoryCodes.at(index).value(t);
                if (!code.isNull())
                    Q_EMIT showTicketsRequested(m_stateTypes.value(t), code, {}, false);
            });
        }
        m_stateAxis->setCategories(categories);
        m_stateCategories = categories;
        m_stateTypes = types;
        // Wide enough for the longest state label beside a readable bar, and for the legend
        // on one line (Portuguese labels are the long ones).
        const QFontMetrics axisMetrics(m_stateAxis->labelsFont());
        int labels = 0;
        for (const QString &category : std::as_const(categories))
            labels = std::max(labels, axisMetrics.horizontalAdvance(category));
        const QFontMetrics legendMetrics(m_stateView->chart()->legend()->font());
        int legend = 0;
        for (const QString &type : std::as_const(types))
            legend += legendMetrics.horizontalAdvance(TicketModel::typeLabel(type)) + legendMetrics.height() + 16;
        m_stateView->setMinimumWidth(std::max(labels + 200, legend + 20));
        // Tall enough for every state label (QtCharts shows "..." for one taller than its row),
        // plus the title, the legend and the value axis.
        m_stateView->setMinimumHeight(std::max(400,
            ChartStyle::plotHeightFor(int(categories.size()), m_stateAxis->labelsFont()) + 5 * axisMetrics.height()
                + 30));
    }
    m_categoryCodes.clear();
    const QList<QBarSet *> sets = m_stateSeries->barSets();
    double maxStack = 0;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        const auto &perType = byLabel.value(categories.at(c));
        QStringList codes;
        double stack = 0;
        for (qsizetype t = 0; t < types.size(); ++t) {
            const TicketStats::StateCount *s = perType.value(types.at(t));
            const int count = s ? s->count : 0;
            codes << (s ? s->code : QString());
            stack += count;
            QBarSet *set = sets.at(t);
            if (set->count() <= c)
                set->append(count);
            else if (set->at(c) != count)
                set->replace(int(c), count);
        }
        maxStack = std::max(maxStack, stack);
        m_categoryCodes << codes;
    }
    m_stateMax = maxStack;
    ChartStyle::setNiceRange(
        m_stateValues, maxStack, ChartStyle::Values::Counts, m_stateView->chart()->plotArea().width());
    m_stateEmpty->setVisible(categories.isEmpty());
}

void DashboardView::onStateBarHovered(bool status, int index, QBarSet *set)
{
    if (hoverLeft(status) || !status)
        return;
    const qsizetype t = m_stateSeries->barSets().indexOf(set);
    if (t < 0 || index < 0 || index >= m_categoryCodes.size())
        return;
    const QString type = m_stateTypes.value(t);
    const QString code = m_categoryCodes.at(index).value(t);
    const TicketStats::StateCount *s = m_stats.stateCount(type, code);
    if (!s)
        return;
    QToolTip::showText(QCursor::pos(),
        tr("%1 · %2: %3 (%4 % of %1)\nClick to list these tickets")
            .arg(TicketModel::typeLabel(type), m_stateCategories.value(index), number(s->count),
                QLocale().toString(s->percentOfType, 'f', 1)),
        m_stateView);
}

void DashboardView::updateGroupChart()
{
    QStringList names;
    QList<qreal> values;
    // Biggest at the top: the axis lists categories bottom up.
    const qsizetype shown = std::min<qsizetype>(m_stats.topGroups.size(), groupsThatFit());
    for (qsizetype i = shown - 1; i >= 0; --i) {
        names << m_stats.topGroups.at(i).group;
        values << m_stats.topGroups.at(i).open;
    }
    if (names != m_groupNames) {
        QStringList shown;
        for (const QString &name : std::as_const(names))
            shown << (name.isEmpty() ? tr("(no group)") : name);
        m_groupLabelWidth = groupLabelWidth();
        QStringList labels;
        for (QString label : elided(shown, QFontMetrics(m_groupAxis->labelsFont()), m_groupLabelWidth)) {
            while (labels.contains(label))
                label += QLatin1Char(' '); // the axis needs unique categories
            labels << label;
        }
        m_groupSet->remove(0, m_groupSet->count());
        m_groupAxis->clear();
        m_groupAxis->append(labels);
        m_groupSet->append(values);
        m_groupNames = names;
    } else {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (m_groupSet->at(i) != values.at(i))
                m_groupSet->replace(int(i), values.at(i));
        }
    }
    const qreal max = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    // Room past the longest bar for its label (outside the bar, and cut at the plot's edge).
    m_groupMax = max * 1.2;
    ChartStyle::setNiceRange(
        m_groupValues, m_groupMax, ChartStyle::Values::Counts, m_groupView->chart()->plotArea().width());
    m_groupEmpty->setVisible(names.isEmpty());
}

// QtCharts shows a category label taller than its share of the axis as "...": with ten groups in
// a short window every label was "...". Fewer bars, each named, say more.
int DashboardView::groupsThatFit() const
{
    const qreal height = m_groupView->chart()->plotArea().height();
    if (height < 1)
        return TopGroups; // not laid out yet
    return std::clamp(ChartStyle::categoriesThatFit(height, m_groupAxis->labelsFont()), 1, TopGroups);
}

// QtCharts gives the axes of a chart at most 40% of its width (cartesianchartlayout.cpp,
// maxAxisPortion) and cuts a longer label at its end; the label's padding and the tick come off.
int DashboardView::groupLabelWidth() const
{
    return std::max(40, int(m_groupView->chart()->plotArea().right() * 0.4) - 10);
}

// QtCharts says "hover left" when a refresh redraws the bar under a still mouse, and never
// "entered" again until the mouse moves: the tooltip went after a second. Left counts only
// once the mouse has moved.
bool DashboardView::hoverLeft(bool status)
{
    if (status) {
        m_hoverCursor = QCursor::pos();
        return false;
    }
    if (QCursor::pos() == m_hoverCursor)
        return false;
    QToolTip::hideText();
    return true;
}

void DashboardView::onGroupBarHovered(bool status, int index)
{
    if (hoverLeft(status) || !status || index < 0 || index >= m_groupNames.size())
        return;
    const QString &name = m_groupNames.at(index);
    QToolTip::showText(QCursor::pos(),
        tr("%1: %2 open\nClick to list these tickets")
            .arg(name.isEmpty() ? tr("(no group)") : name, number(qint64(m_groupSet->at(index)))),
        m_groupView);
}

void DashboardView::onGroupBarClicked(int index)
{
    QToolTip::hideText(); // it stayed over the tickets page
    const QString group = m_groupNames.value(index);
    if (!group.isEmpty())
        Q_EMIT showTicketsRequested({}, {}, group, true);
}

void DashboardView::updateRecent()
{
    const StateTable states = m_model ? m_model->stateTable() : StateTable::defaults();
    const QColor closedColor = ViewStyle::textColor(ViewStyle::good(), palette());
    // The highlighted ticket, not the row: a newly closed ticket enters at the top and moved the
    // highlight onto another one, which Enter then opened.
    const QTreeWidgetItem *current = m_recent->currentItem();
    const QString currentId = current ? current->data(RecentNumber, Qt::UserRole).toString() : QString();
    const bool currentSelected = current && current->isSelected();
    // Rows are reused in place: a refresh every 500 ms must not reset the scroll position.
    while (m_recent->topLevelItemCount() > m_stats.recentlyClosed.size())
        delete m_recent->takeTopLevelItem(m_recent->topLevelItemCount() - 1);
    for (qsizetype i = 0; i < m_stats.recentlyClosed.size(); ++i) {
        const Ticket &t = m_stats.recentlyClosed.at(i);
        QTreeWidgetItem *item = m_recent->topLevelItem(int(i));
        if (!item) {
            item = new QTreeWidgetItem;
            m_recent->addTopLevelItem(item);
        }
        const QDateTime updated = TimeText::fromServiceNow(t.sysUpdatedOn);
        item->setText(RecentNumber, t.number);
        item->setToolTip(RecentNumber, t.shortDescription);
        item->setData(RecentNumber, Qt::UserRole, t.sysId);
        item->setText(RecentState, states.label(t.type, t.state, m_language));
        item->setForeground(RecentState, closedColor);
        item->setText(RecentWhen, updated.isValid() ? TimeText::compact(updated) : t.sysUpdatedOn);
        item->setToolTip(RecentWhen, TimeText::local(updated));
        item->setText(RecentGroup, t.assignmentGroup);
        item->setToolTip(RecentGroup, t.assignmentGroup);
    }
    if (currentId.isEmpty())
        return;
    QTreeWidgetItem *follow = nullptr;
    for (int row = 0; row < m_recent->topLevelItemCount() && !follow; ++row) {
        if (m_recent->topLevelItem(row)->data(RecentNumber, Qt::UserRole).toString() == currentId)
            follow = m_recent->topLevelItem(row);
    }
    if (follow == m_recent->currentItem())
        return;
    if (follow) {
        m_recent->setCurrentItem(follow, 0,
            currentSelected ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                            : QItemSelectionModel::NoUpdate);
    } else { // reopened, or pushed out of the list: nothing is highlighted rather than another
        m_recent->clearSelection();
        m_recent->setCurrentItem(nullptr);
    }
}

void DashboardView::onRecentActivated(QTreeWidgetItem *item)
{
    if (item)
        Q_EMIT ticketActivated(item->data(RecentNumber, Qt::UserRole).toString());
}

void DashboardView::onStateRowActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT showTicketsRequested(
        index.data(StateCountModel::TypeRole).toString(), index.data(StateCountModel::CodeRole).toString(), {}, false);
}

void DashboardView::onConsumerUpdate(const StreamConsumer::Update &update)
{
    m_rates.add(update.at.isValid() ? update.at : QDateTime::currentDateTimeUtc(), TimeSeries::consumerDeltas(update));
    m_totals = update.totals;
    const bool first = !m_haveTotals;
    m_haveTotals = true;
    if (first)
        refreshRates();
}

void DashboardView::clearRates()
{
    m_rates.clear();
    m_totals = {};
    m_feedApplied = 0;
    m_haveTotals = false;
    NumberTile *tile = m_tiles.value(RateKey);
    tile->setValue(QStringLiteral("\u2014"));
    tile->setDetail(tr("no consumer updates yet"));
    tile->setToolTip(QString());
    refreshRates();
}

void DashboardView::onFeedEventsApplied(qint64 count)
{
    if (count <= 0)
        return;
    m_feedApplied += count;
    m_rates.add(QDateTime::currentDateTimeUtc(), {{TimeSeries::feedsName(), double(count)}});
}

// Wide: the state chart, then the rate and group charts over the lists, in three columns; it
// fits the page of a 1280x800 screen with a panel (~640 px high). Narrow (a 1024-pixel screen):
// the rate and group charts stack beside the state chart and the lists go under them, so the
// page scrolls down instead of hiding the right-hand charts and the rate tile sideways.
void DashboardView::arrange(bool narrow)
{
    m_narrow = narrow;
    for (QWidget *w : {static_cast<QWidget *>(m_stateView), static_cast<QWidget *>(m_rateChart),
             static_cast<QWidget *>(m_groupView), static_cast<QWidget *>(m_lists)})
        m_grid->removeWidget(w);
    for (int i = 0; i < 3; ++i) {
        m_grid->setColumnStretch(i, 0);
        m_grid->setRowStretch(i, 0);
    }
    m_grid->addWidget(m_stateView, 0, 0, 2, 1);
    m_grid->addWidget(m_rateChart, 0, 1);
    if (narrow) {
        m_grid->addWidget(m_groupView, 1, 1);
        m_grid->addWidget(m_lists, 2, 0, 1, 2);
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, 1);
        m_grid->setRowStretch(2, 1);
        m_content->setMinimumSize(680, 1040);
    } else {
        m_grid->addWidget(m_groupView, 0, 2);
        m_grid->addWidget(m_lists, 1, 1, 1, 2);
        m_grid->setColumnStretch(0, 3);
        m_grid->setColumnStretch(1, 4);
        m_grid->setColumnStretch(2, 4);
        m_grid->setRowStretch(0, 1);
        m_grid->setRowStretch(1, 1);
        m_content->setMinimumSize(960, 620);
    }
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool narrow = width() < NarrowBelow;
    if (narrow != m_narrow)
        arrange(narrow);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshRates();
}

void DashboardView::refreshRates()
{
    m_rates.advanceTo(QDateTime::currentDateTimeUtc());
    if (!isVisible() && m_haveTotals && !m_rateChart->isEmpty())
        return; // nobody looks: the next showEvent redraws
    m_rateChart->refresh(m_rates);

    NumberTile *tile = m_tiles.value(RateKey);
    if (!m_haveTotals)
        return;
    const double received = m_rates.latest(TimeSeries::receivedName());
    const double applied = m_rates.latest(TimeSeries::appliedName());
    const double dead = m_rates.latest(TimeSeries::deadLetteredName());
    const double feeds = m_rates.latest(TimeSeries::feedsName());
    tile->setValue(rateText(received));
    // A non-breaking hyphen: a narrow tile broke the line after "dead-".
    QString detail = tr("applied <b>%1</b>/s · dead‑lettered <b>%2</b>/s").arg(rateText(applied), rateText(dead));
    if (feeds > 0 || m_feedApplied > 0) // the stream stopped, tickets still change: say why
        detail += tr(" · feeds <b>%1</b>/s").arg(rateText(feeds));
    tile->setDetail(detail);
    tile->setValueColor(dead > 0 ? ViewStyle::critical() : QColor());
    tile->setToolTip(tr("Since start: %1 received, %2 applied, %3 dead-lettered, %4 malformed; %5 applied from "
                        "feeds")
                         .arg(number(m_totals.read), number(m_totals.applied), number(m_totals.deadLettered),
                             number(m_totals.malformed), number(m_feedApplied)));
}
