#include "ui/ticketsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/ticketfiltermodel.h"
#include "models/ticketmodel.h"
#include "models/ticketstats.h"
#include "services/translator.h"
#include "ui/consoletableview.h"
#include "ui/stretchfloor.h"
#include "ui/ticketdelegate.h"
#include "ui/ticketdetailpane.h"
#include "ui/viewstyle.h"

namespace {

// A type or state code no ticket has: "nothing checked" shows nothing (the filter model reads
// an empty list as "all").
const QString NoMatch = QStringLiteral("\u2205");
const QStringList MainTypes {QStringLiteral("incident"), QStringLiteral("change_task"), QStringLiteral("sc_task")};

constexpr int ChoicesIntervalMs = 1000;

// saveSettings()/restoreSettings().
const QString UncheckedTypesKey = QStringLiteral("tickets/uncheckedTypes");
const QString UncheckedStatesKey = QStringLiteral("tickets/uncheckedStates");
const QString ShowClosedKey = QStringLiteral("tickets/showClosed");
const QString GroupKey = QStringLiteral("tickets/group");
const QString HiddenColumnsKey = QStringLiteral("tickets/hiddenColumns");
const QString SortColumnKey = QStringLiteral("tickets/sortColumn");
const QString SortOrderKey = QStringLiteral("tickets/sortDescending");
const QString DetailSplitKey = QStringLiteral("tickets/detailSplit");
const QString FiltersShownKey = QStringLiteral("tickets/filtersShown");
constexpr int DetailRefreshMs = 250;

QLabel *sideHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    ViewStyle::makeHeading(label);
    return label;
}

int codeOrder(const QString &code)
{
    bool ok = false;
    const int n = code.toInt(&ok);
    return ok ? n : std::numeric_limits<int>::max();
}

} // namespace

TicketsView::TicketsView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new TicketFilterModel(this))
    , m_language(Translator::currentLanguage().isEmpty() ? QStringLiteral("en") : Translator::currentLanguage())
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->setSpacing(6);

    // Search bar.
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("ticketSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search number, description or group (Ctrl+F)"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ticketCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_filtersButton = new QToolButton(this);
    m_filtersButton->setObjectName(QStringLiteral("filtersButton"));
    m_filtersButton->setText(tr("Filters"));
    m_filtersButton->setCheckable(true);
    m_filtersButton->setChecked(true);
    m_filtersButton->setAutoRaise(true);
    m_filtersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filtersButton->setArrowType(Qt::LeftArrow); // towards where the panel folds
    m_filtersButton->setToolTip(tr("Show or hide the filters (Ctrl+Shift+F); hidden, they still apply"));
    searchRow->addWidget(m_filtersButton);
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_count);
    outer->addLayout(searchRow);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Search tickets")); // Help > Keyboard Shortcuts lists it by this
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *toggleFilters = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    toggleFilters->setWhatsThis(tr("Show or hide the ticket filters"));
    connect(toggleFilters, &QShortcut::activated, m_filtersButton, &QToolButton::click);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    escape->setWhatsThis(tr("Clear the ticket search (in its field)"));
    connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    // Filters.
    auto *side = new QWidget(splitter);
    m_side = side;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 6, 0);
    sideLayout->setSpacing(4);
    sideLayout->addWidget(sideHeading(tr("Types"), side));
    m_types = new QListWidget(side);
    m_types->setObjectName(QStringLiteral("typeFilter"));
    m_types->setUniformItemSizes(true);
    m_types->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_types->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideLayout->addWidget(m_types);
    sideLayout->addSpacing(6);
    sideLayout->addWidget(sideHeading(tr("States"), side));
    m_states = new QListWidget(side);
    m_states->setObjectName(QStringLiteral("stateFilter"));
    m_states->setUniformItemSizes(true);
    m_states->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_states->setTextElideMode(Qt::ElideRight);
    sideLayout->addWidget(m_states, 1);
    m_showClosed = new QCheckBox(tr("Show closed tickets"), side);
    m_showClosed->setObjectName(QStringLiteral("showClosed"));
    m_showClosed->setChecked(m_filter->showClosed());
    sideLayout->addWidget(m_showClosed);
    sideLayout->addSpacing(6);
    sideLayout->addWidget(sideHeading(tr("Assignment group"), side));
    m_group = new QComboBox(side);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(12);
    m_group->setMaxVisibleItems(20);
    m_group->addItem(tr("All groups"), QString());
    sideLayout->addWidget(m_group);
    sideLayout->addSpacing(6);
    auto *reset = new QPushButton(tr("Reset filters"), side);
    sideLayout->addWidget(reset);

    // Table and detail.
    auto *right = new QSplitter(Qt::Vertical, splitter);
    m_tableSplitter = right;
    right->setChildrenCollapsible(false);
    m_table = new ConsoleTableView(right);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    // When the filters drop the selected ticket (it closed while closed ones are hidden, its type
    // was unticked), Qt would make the next row current and the pane would silently show another
    // ticket. The selection is cleared instead; the pane keeps the ticket and says it is hidden.
    ViewStyle::clearSelectionOfDroppedRows(m_table, m_filter);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new TicketDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(
        tr("Right-click, or press the Menu key in the table, to choose the columns"));
    // The same menu over the rows, so the Menu key (or Shift+F10) reaches it from the keyboard:
    // the header never takes focus.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // X11 turns only the Menu key into a context-menu event; Shift+F10 is the other convention.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    menuKey->setWhatsThis(tr("Ticket columns menu (the Menu key too)"));
    connect(menuKey, &QShortcut::activated, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        const QRect cell = current.isValid() ? m_table->visualRect(current) : QRect();
        showColumnMenu(m_table->viewport()->mapToGlobal(cell.isValid() ? cell.center() : QPoint(0, 0)));
    });
    m_detail = new TicketDetailPane(right);
    m_detail->setObjectName(QStringLiteral("ticketDetail"));
    right->addWidget(m_table);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({420, 300});

    splitter->addWidget(side);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Wide enough for the longest default state label in either language; longer ones (a
    // state file's) elide and carry the full text in their tooltip.
    const int sideWidth = std::max(220, fontMetrics().horizontalAdvance(QStringLiteral("Aguardando Fornecedor")) + 40);
    side->setMinimumWidth(180);
    splitter->setSizes({sideWidth, 1000});
    outer->addWidget(splitter, 1);

    m_choicesTimer.setSingleShot(true);
    m_detailTimer.setSingleShot(true);
    m_sinceChoices.start();

    connect(m_search, &QLineEdit::textChanged, m_filter, &TicketFilterModel::setSearchText);
    connect(m_types, &QListWidget::itemChanged, this, &TicketsView::onTypeItemChanged);
    connect(m_states, &QListWidget::itemChanged, this, &TicketsView::onStateItemChanged);
    connect(m_showClosed, &QCheckBox::toggled, m_filter, &TicketFilterModel::setShowClosed);
    connect(m_group, &QComboBox::currentIndexChanged, this, &TicketsView::onGroupChosen);
    connect(reset, &QPushButton::clicked, this, &TicketsView::clearFilters);
    connect(m_filtersButton, &QToolButton::toggled, this, &TicketsView::setFiltersShown);
    connect(&m_choicesTimer, &QTimer::timeout, this, &TicketsView::refreshChoices);
    connect(&m_detailTimer, &QTimer::timeout, this, &TicketsView::refreshDetail);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TicketsView::onCurrentChanged);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { showColumnMenu(m_table->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_table, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { showColumnMenu(m_table->viewport()->mapToGlobal(pos)); });
    // The description keeps about 25 characters: at 1280 pixels with the filters open it was
    // left 70 ("Post-im..."), which says nothing.
    m_descriptionFloor = new StretchFloor(m_table->horizontalHeader(), TicketModel::ShortDescription,
        fontMetrics().horizontalAdvance(QString(25, QLatin1Char('n'))) + 24);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &TicketsView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TicketsView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TicketsView::updateCount);
    // A filter change can drop the selected row and bring it back later; a reset always drops it.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &TicketsView::restoreSelection);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TicketsView::restoreSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TicketsView::restoreSelection);

    refreshChoices();
    updateCount();
}

void TicketsView::setUpColumns()
{
    if (m_filter->columnCount() < TicketModel::ColumnCount)
        return; // no model yet: the header has no sections to size
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    const auto widest = [&width](const QStringList &samples, int cap) {
        int w = 0;
        for (const QString &s : samples)
            w = std::max(w, width(s));
        return std::min(w, cap);
    };
    // Widths from what the columns show in this language, so Portuguese labels fit too.
    const StateTable states = m_model ? m_model->stateTable() : StateTable::defaults();
    QStringList typeLabels;
    QStringList stateLabels;
    for (const QString &type : MainTypes) {
        typeLabels << TicketModel::typeLabel(type);
        for (const StateTable::State &s : states.states(type))
            stateLabels << states.label(type, s.code, m_language);
    }
    QStringList priorities;
    for (int p = 1; p <= 5; ++p)
        priorities << TicketModel::priorityLabel(QString::number(p));

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->resizeSection(TicketModel::Number, width(QStringLiteral("SCTASK8888888")));
    header->resizeSection(TicketModel::Type, widest(typeLabels, 160));
    header->resizeSection(TicketModel::State, widest(stateLabels, 190));
    header->resizeSection(TicketModel::Priority, widest(priorities, 140));
    header->resizeSection(TicketModel::AssignmentGroup, width(QStringLiteral("Identity & Access Mgmt")));
    // Compact: the time for today, the date and minute before (the delegate, TimeText::compact).
    header->resizeSection(TicketModel::Updated, width(QStringLiteral("8888-88-88 88:88")));
    header->resizeSection(TicketModel::LastAction, width(QStringLiteral("slm_updated")));
    // The description is what people read: it takes the remaining width.
    header->setSectionResizeMode(TicketModel::ShortDescription, QHeaderView::Stretch);
    if (!m_columnsArranged) {
        // Number and description first, then the columns people sort and scan by. The type is
        // in the number's prefix (INC, CTASK, SCTASK) and the last action in the detail pane:
        // both hidden until asked for (header context menu), so the description keeps its room.
        header->moveSection(header->visualIndex(TicketModel::ShortDescription), 1);
        header->setSectionHidden(TicketModel::Type, true);
        header->setSectionHidden(TicketModel::LastAction, true);
        m_columnsArranged = true;
    }
    ViewStyle::fitHeaderLabels(header);
    if (m_descriptionFloor)
        m_descriptionFloor->update();
}

void TicketsView::showColumnMenu(const QPoint &globalPos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.addSection(tr("Columns"));
    for (int column = 0; column < m_filter->columnCount(); ++column) {
        if (column == TicketModel::Number)
            continue; // the row's identity stays
        QAction *action = menu.addAction(m_filter->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
            [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(globalPos);
}

void TicketsView::setTicketModel(TicketModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_filter->setSourceModel(model);
    m_selectedSysId.clear();
    m_detail->clear();
    if (model) {
        m_detail->setStateTable(model->stateTable(), m_language);
        connect(model, &TicketModel::ticketsChanged, this, &TicketsView::scheduleChoicesRefresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &TicketsView::onSourceDataChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &TicketsView::onSourceReset);
        // The total counts tickets the filters hide too: new ones change it without the proxy
        // changing at all.
        connect(model, &QAbstractItemModel::rowsInserted, this, &TicketsView::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TicketsView::updateCount);
    }
    setUpColumns();
    if (model)
        m_table->sortByColumn(TicketModel::Updated, Qt::DescendingOrder); // newest changes first
    refreshChoices();
    updateCount();
}

void TicketsView::setTicketStore(TicketStore *store)
{
    m_store = store;
    m_detail->setTicketStore(store);
}

void TicketsView::setLanguage(const QString &language)
{
    m_language = language;
    if (m_model)
        m_detail->setStateTable(m_model->stateTable(), language);
    rebuildStateList();
    setUpColumns();
}

int TicketsView::visibleCount() const
{
    return m_filter->rowCount();
}

void TicketsView::setFiltersShown(bool shown)
{
    m_filtersButton->setChecked(shown); // when called directly (settings, tests)
    m_filtersButton->setArrowType(shown ? Qt::LeftArrow : Qt::RightArrow);
    if (!shown && m_side->isAncestorOf(focusWidget()))
        m_table->setFocus(Qt::OtherFocusReason); // focus must not stay in a hidden panel
    m_side->setVisible(shown);
}

bool TicketsView::filtersShown() const
{
    return m_filtersButton->isChecked();
}

void TicketsView::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_filter->rowCount();
    const QLocale locale;
    m_count->setText(shown == total ? tr("%1 tickets").arg(locale.toString(total))
                                    : tr("%1 of %2 tickets").arg(locale.toString(shown), locale.toString(total)));
    m_table->setEmptyText(total == 0
            ? tr("No tickets in the store yet: they appear as the change stream is read.")
            : tr("None of the %Ln ticket(s) matches the search and filters. Reset filters shows them all.", nullptr,
                total));
}

void TicketsView::scheduleChoicesRefresh()
{
    if (m_choicesTimer.isActive())
        return;
    m_choicesTimer.start(int(std::max<qint64>(0, ChoicesIntervalMs - m_sinceChoices.elapsed())));
}

void TicketsView::refreshChoices()
{
    m_choicesTimer.stop();
    m_sinceChoices.restart();

    QHash<QString, int> typeCounts;
    QSet<QString> groups;
    m_codesSeen.clear();
    if (m_model) {
        for (const Ticket &t : m_model->tickets()) {
            ++typeCounts[t.type];
            m_codesSeen[t.type].insert(TicketStats::canonicalCode(t.state));
            if (!t.assignmentGroup.isEmpty())
                groups.insert(t.assignmentGroup);
        }
    }

    // Types: the team's three always, plus any other type present.
    QStringList types = MainTypes;
    for (auto it = typeCounts.cbegin(); it != typeCounts.cend(); ++it) {
        if (!types.contains(it.key()))
            types << it.key();
    }
    std::sort(types.begin(), types.end(), &TicketStats::typeLess);

    m_updatingWidgets = true;
    const QLocale locale;
    if (types != m_knownTypes) {
        m_types->clear();
        for (const QString &type : std::as_const(types)) {
            auto *item = new QListWidgetItem(m_types);
            item->setData(Qt::UserRole, type);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_uncheckedTypes.contains(type) ? Qt::Unchecked : Qt::Checked);
        }
        m_knownTypes = types;
        // Exactly as tall as its rows: the states list below gets the rest.
        const int rows = std::max(1, m_types->count());
        m_types->setFixedHeight(
            rows * std::max(m_types->sizeHintForRow(0), fontMetrics().height() + 4) + 2 * m_types->frameWidth() + 4);
    }
    for (int i = 0; i < m_types->count(); ++i) {
        QListWidgetItem *item = m_types->item(i);
        const QString type = item->data(Qt::UserRole).toString();
        item->setText(tr("%1 (%2)").arg(TicketModel::typeLabel(type), locale.toString(typeCounts.value(type))));
    }

    // Groups: sorted, the chosen one kept even if it has no ticket right now.
    QStringList groupList(groups.cbegin(), groups.cend());
    const QString chosen = m_group->currentData().toString();
    if (!chosen.isEmpty() && !groups.contains(chosen))
        groupList << chosen;
    groupList.sort(Qt::CaseInsensitive);
    QStringList current;
    for (int i = 1; i < m_group->count(); ++i)
        current << m_group->itemData(i).toString();
    if (current != groupList) {
        while (m_group->count() > 1)
            m_group->removeItem(1);
        for (const QString &group : std::as_const(groupList))
            m_group->addItem(group, group);
        m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
    }
    m_updatingWidgets = false;

    rebuildStateList();
}

void TicketsView::rebuildStateList()
{
    // The states of the checked types (all types when none is unchecked), type by type: types
    // share codes that mean different things (1 is a new incident but a pending catalog task), so
    // each entry is one type's state. With several types, each type's states come under its name.
    QStringList types;
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() == Qt::Checked)
            types << m_types->item(i)->data(Qt::UserRole).toString();
    }
    const StateTable states = m_model ? m_model->stateTable() : StateTable::defaults();
    struct Entry {
        QString key; // TicketFilterModel::stateKey; empty for a type's heading
        QString text;
        QString tip;
        bool closed = false;
    };
    QList<Entry> entries;
    for (const QString &type : std::as_const(types)) {
        QStringList codes;
        for (const StateTable::State &s : states.states(type))
            codes << s.code;
        for (const QString &code : m_codesSeen.value(type)) {
            if (!code.isEmpty() && !codes.contains(code))
                codes << code;
        }
        std::stable_sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
            const int ca = codeOrder(a);
            const int cb = codeOrder(b);
            return ca != cb ? ca < cb : a < b;
        });
        if (types.size() > 1 && !codes.isEmpty())
            entries.append({QString(), TicketModel::typeLabel(type), QString(), false});
        for (const QString &code : std::as_const(codes)) {
            const QString label = states.label(type, code, m_language);
            entries.append({TicketFilterModel::stateKey(type, code), label,
                tr("%1: %2 (code %3)").arg(TicketModel::typeLabel(type), label, code), states.isClosed(type, code)});
        }
    }

    // Rebuilt only when the offered states change: this runs every second while tickets stream
    // in, and a rebuild under the mouse would swallow the user's click.
    bool same = m_states->count() == entries.size();
    for (int i = 0; same && i < m_states->count(); ++i) {
        const QListWidgetItem *item = m_states->item(i);
        same = item->data(Qt::UserRole).toString() == entries.at(i).key && item->text() == entries.at(i).text;
    }
    m_updatingWidgets = true;
    if (!same) {
        m_states->clear();
        QFont heading = m_states->font();
        heading.setBold(true);
        for (const Entry &entry : std::as_const(entries)) {
            auto *item = new QListWidgetItem(entry.text, m_states);
            item->setData(Qt::UserRole, entry.key);
            if (entry.key.isEmpty()) {
                item->setFlags(Qt::ItemIsEnabled); // a heading: not checkable, not selectable
                item->setFont(heading);
                continue;
            }
            item->setToolTip(entry.tip);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            if (entry.closed)
                item->setForeground(ViewStyle::textColor(ViewStyle::good(), palette()));
        }
    }
    for (int i = 0; i < m_states->count(); ++i) {
        QListWidgetItem *item = m_states->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        if (key.isEmpty())
            continue;
        const Qt::CheckState state = m_uncheckedStates.contains(key) ? Qt::Unchecked : Qt::Checked;
        // A new item has no check state yet (checkState() says Unchecked all the same): without
        // one, an unticked state showed no box and could not be ticked again.
        if (!item->data(Qt::CheckStateRole).isValid() || item->checkState() != state)
            item->setCheckState(state);
    }
    m_updatingWidgets = false;
    applyStateFilter();
}

void TicketsView::showTickets(const QString &type, const QString &stateCode, const QString &group, bool openOnly)
{
    clearFilters();
    if (!type.isEmpty())
        setTypeFilter({type});
    if (!stateCode.isEmpty())
        setStateFilter({type.isEmpty() ? stateCode : TicketFilterModel::stateKey(type, stateCode)});
    if (!group.isEmpty())
        setGroupFilter(group);
    if (openOnly)
        setShowClosed(false);
    // A new list reads from its top: it opened where the previous one was scrolled to, with the
    // first rows (the most urgent, sorted by priority) out of sight.
    m_table->scrollToTop();
}

void TicketsView::onTypeItemChanged(QListWidgetItem *item)
{
    if (m_updatingWidgets)
        return;
    const QString type = item->data(Qt::UserRole).toString();
    if (item->checkState() == Qt::Checked)
        m_uncheckedTypes.remove(type);
    else
        m_uncheckedTypes.insert(type);
    applyTypeFilter();
    rebuildStateList();
}

void TicketsView::applyTypeFilter()
{
    QStringList checked;
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() == Qt::Checked)
            checked << m_types->item(i)->data(Qt::UserRole).toString();
    }
    if (m_uncheckedTypes.isEmpty())
        checked.clear(); // all types, including ones that appear later
    else if (checked.isEmpty())
        checked << NoMatch;
    if (checked != m_filter->types())
        m_filter->setTypes(checked);
}

void TicketsView::onStateItemChanged()
{
    if (m_updatingWidgets)
        return;
    for (int i = 0; i < m_states->count(); ++i) {
        const QListWidgetItem *item = m_states->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        if (key.isEmpty())
            continue; // a heading
        if (item->checkState() == Qt::Checked)
            m_uncheckedStates.remove(key);
        else
            m_uncheckedStates.insert(key);
    }
    applyStateFilter();
}

void TicketsView::applyStateFilter()
{
    QSet<QString> checked;
    bool anyUnchecked = false;
    for (int i = 0; i < m_states->count(); ++i) {
        const QListWidgetItem *item = m_states->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        if (key.isEmpty())
            continue;
        if (item->checkState() == Qt::Checked)
            checked.insert(key);
        else
            anyUnchecked = true;
    }
    if (!anyUnchecked)
        checked.clear(); // every state, including codes not seen yet
    else if (checked.isEmpty())
        checked.insert(NoMatch);
    if (checked != m_filter->states())
        m_filter->setStates(checked);
}

void TicketsView::onGroupChosen(int index)
{
    if (m_updatingWidgets)
        return;
    m_filter->setAssignmentGroup(index <= 0 ? QString() : m_group->itemData(index).toString());
}

void TicketsView::setTypeFilter(const QStringList &types)
{
    m_uncheckedTypes.clear();
    if (!types.isEmpty()) {
        for (const QString &type : std::as_const(m_knownTypes)) {
            if (!types.contains(type))
                m_uncheckedTypes.insert(type);
        }
    }
    applyUncheckedTypes();
}

// The type list's boxes from m_uncheckedTypes, then the filters and the states they offer.
void TicketsView::applyUncheckedTypes()
{
    m_updatingWidgets = true;
    for (int i = 0; i < m_types->count(); ++i) {
        QListWidgetItem *item = m_types->item(i);
        item->setCheckState(
            m_uncheckedTypes.contains(item->data(Qt::UserRole).toString()) ? Qt::Unchecked : Qt::Checked);
    }
    m_updatingWidgets = false;
    applyTypeFilter();
    rebuildStateList(); // applies the states too
}

void TicketsView::setStateFilter(const QSet<QString> &states)
{
    m_uncheckedStates.clear();
    if (!states.isEmpty()) {
        for (int i = 0; i < m_states->count(); ++i) {
            const QString key = m_states->item(i)->data(Qt::UserRole).toString();
            const QString code = key.section(u':', -1);
            if (!key.isEmpty() && !states.contains(key) && !states.contains(code))
                m_uncheckedStates.insert(key);
        }
    }
    rebuildStateList();
}

void TicketsView::setShowClosed(bool show)
{
    m_showClosed->setChecked(show);
}

void TicketsView::setGroupFilter(const QString &group)
{
    int index = group.isEmpty() ? 0 : m_group->findData(group);
    if (index < 0) {
        m_group->addItem(group, group);
        index = m_group->count() - 1;
    }
    m_group->setCurrentIndex(index);
    onGroupChosen(index);
}

void TicketsView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void TicketsView::saveSettings(QSettings &settings) const
{
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list;
    };
    settings.setValue(UncheckedTypesKey, sorted(m_uncheckedTypes));
    settings.setValue(UncheckedStatesKey, sorted(m_uncheckedStates));
    settings.setValue(ShowClosedKey, m_showClosed->isChecked());
    settings.setValue(GroupKey, m_group->currentData().toString());
    const QHeaderView *header = m_table->horizontalHeader();
    QStringList hidden;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            hidden << QString::number(column);
    }
    settings.setValue(HiddenColumnsKey, hidden.join(u','));
    settings.setValue(SortColumnKey, header->sortIndicatorSection());
    settings.setValue(SortOrderKey, header->sortIndicatorOrder() == Qt::DescendingOrder);
    settings.setValue(DetailSplitKey, m_tableSplitter->saveState());
    settings.setValue(FiltersShownKey, filtersShown());
}

void TicketsView::restoreSettings(const QSettings &settings)
{
    const auto set = [&settings](const QString &key) {
        const QStringList list = settings.value(key).toStringList();
        return QSet<QString>(list.cbegin(), list.cend());
    };
    m_uncheckedTypes = set(UncheckedTypesKey);
    m_uncheckedStates = set(UncheckedStatesKey);
    applyUncheckedTypes();
    setShowClosed(settings.value(ShowClosedKey, true).toBool());
    setGroupFilter(settings.value(GroupKey).toString());

    // Columns: only once the model has them; the number (the row's identity) is always shown.
    QHeaderView *header = m_table->horizontalHeader();
    if (settings.contains(HiddenColumnsKey) && header->count() == TicketModel::ColumnCount) {
        const QStringList hidden = settings.value(HiddenColumnsKey).toString().split(u',', Qt::SkipEmptyParts);
        for (int column = 0; column < header->count(); ++column) {
            if (column != TicketModel::Number)
                header->setSectionHidden(column, hidden.contains(QString::number(column)));
        }
    }
    bool ok = false;
    const int sortColumn = settings.value(SortColumnKey).toInt(&ok);
    if (ok && sortColumn >= 0 && sortColumn < TicketModel::ColumnCount) {
        m_table->sortByColumn(
            sortColumn, settings.value(SortOrderKey, true).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    m_tableSplitter->restoreState(settings.value(DetailSplitKey).toByteArray());
    setFiltersShown(settings.value(FiltersShownKey, true).toBool());
}

void TicketsView::clearFilters()
{
    m_search->clear();
    setGroupFilter({});
    setShowClosed(true);
    m_uncheckedStates.clear();
    setTypeFilter({});
    // Each step put hidden rows back, above the chosen ticket too: bring it into view once,
    // after the scroll range has grown to the rows now shown (Qt updates it later, and clamped
    // the scroll to the range of the few rows the search had left).
    if (m_table->currentIndex().isValid()) {
        m_table->doItemsLayout();
        m_table->scrollTo(m_table->currentIndex());
    }
}

bool TicketsView::selectTicket(const QString &sysId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(sysId);
    if (row < 0)
        return false;
    QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
    if (!proxy.isValid() && !m_search->text().isEmpty()) {
        // The search alone may hide it: the analyst's filters stay.
        m_search->clear();
        proxy = m_filter->mapFromSource(m_model->index(row, 0));
        if (proxy.isValid())
            Q_EMIT notice(tr("The search hid %1: it is cleared.").arg(m_model->ticketAt(row).number));
    }
    if (!proxy.isValid()) {
        clearFilters();
        proxy = m_filter->mapFromSource(m_model->index(row, 0));
        if (proxy.isValid())
            Q_EMIT notice(tr("The filters hid %1: they are cleared.").arg(m_model->ticketAt(row).number));
    }
    if (!proxy.isValid())
        return false;
    m_table->setCurrentIndex(proxy);
    m_table->selectRow(proxy.row());
    m_table->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    return true;
}

void TicketsView::onCurrentChanged(const QModelIndex &current)
{
    // An invalid current (the row was filtered out, or the model reset) keeps the ticket: it is
    // selected again as soon as it is visible (restoreSelection).
    if (!current.isValid() || !m_model)
        return;
    const int row = m_filter->mapToSource(current).row();
    if (row < 0)
        return;
    const Ticket &ticket = m_model->ticketAt(row);
    const bool changed = ticket.sysId != m_selectedSysId;
    m_selectedSysId = ticket.sysId;
    m_detail->showTicket(ticket);
    m_detail->setHiddenByFilters(false); // it is the table's current row: in view
    if (changed)
        Q_EMIT currentTicketChanged(m_selectedSysId);
}

void TicketsView::restoreSelection()
{
    if (m_selectedSysId.isEmpty() || !m_model || m_table->currentIndex().isValid()) {
        m_detail->setHiddenByFilters(false);
        return;
    }
    const int row = m_model->rowOf(m_selectedSysId);
    const QModelIndex proxy = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    m_detail->setHiddenByFilters(row >= 0 && !proxy.isValid(), !m_search->text().isEmpty());
    if (!proxy.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TicketsView::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_selectedSysId.isEmpty() || !m_model)
        return;
    const int row = m_model->rowOf(m_selectedSysId);
    if (row >= topLeft.row() && row <= bottomRight.row() && !m_detailTimer.isActive())
        m_detailTimer.start(DetailRefreshMs);
}

void TicketsView::onSourceReset()
{
    refreshChoices();
    if (!m_model || m_selectedSysId.isEmpty())
        return;
    if (m_model->rowOf(m_selectedSysId) < 0) {
        m_selectedSysId.clear();
        m_detail->clear();
        Q_EMIT currentTicketChanged({});
        return;
    }
    refreshDetail();
    restoreSelection();
}

void TicketsView::refreshDetail()
{
    if (!m_model || m_selectedSysId.isEmpty())
        return;
    const int row = m_model->rowOf(m_selectedSysId);
    if (row >= 0)
        m_detail->showTicket(m_model->ticketAt(row));
}
