#include "ui/mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolTip>

#include "models/eventlogmodel.h"
#include "models/ticketfiltermodel.h"
#include "models/ticketmodel.h"
#include "models/ticketupdatequeue.h"
#include "services/feedconfig.h"
#include "services/feedhub.h"
#include "services/logging.h"
#include "services/redisconnection.h"
#include "services/servermonitor.h"
#include "services/storepaths.h"
#include "services/streammonitor.h"
#include "services/testevent.h"
#include "services/ticketstore.h"
#include "services/translator.h"
#include "ui/aboutdialog.h"
#include "ui/connectiondialog.h"
#include "ui/connectionprofile.h"
#include "ui/connectionstatuswidget.h"
#include "ui/dashboardview.h"
#include "ui/deadlettersdialog.h"
#include "ui/elidedlabel.h"
#include "ui/elidingstatusbar.h"
#include "ui/feedsview.h"
#include "ui/passwordstore.h"
#include "ui/pendingentriesdialog.h"
#include "ui/pipelinecontroller.h"
#include "ui/placeholderpage.h"
#include "ui/preferencesdialog.h"
#include "ui/publisheventdialog.h"
#include "ui/sandboxcontroller.h"
#include "ui/serverpage.h"
#include "ui/shortcutsdialog.h"
#include "ui/streamview.h"
#include "ui/ticketsview.h"

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString PageKey = QStringLiteral("mainWindow/page");
constexpr int PageRole = Qt::UserRole;
constexpr QSize DefaultSize(1280, 800);
constexpr int StatusMessageMs = 8000;
// The consumer's state label asks for at most this many characters; longer texts are elided.
constexpr int StatusLabelChars = 48;

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(QStringLiteral("streamdesk"), parent)
{
}

MainWindow::MainWindow(const QString &keychainService, QWidget *parent)
    : QMainWindow(parent)
    , m_passwords(new PasswordStore(keychainService, this))
    , m_sandbox(new SandboxController(this))
    , m_pipeline(new PipelineController(this))
{
    setWindowIcon(icon("streamdesk"));
    setStatusBar(new ElidingStatusBar(this));
    createPages();
    createPipelineViews();
    createFeeds();
    createActions();
    createMenus();
    createToolBar();

    m_pipelineStatus = new ElidedLabel(this);
    m_pipelineStatus->setObjectName(QStringLiteral("pipelineStatus"));
    m_pipelineStatus->setPreferredMaxChars(StatusLabelChars);
    statusBar()->addPermanentWidget(m_pipelineStatus);
    m_status = new ConnectionStatusWidget(this);
    statusBar()->addPermanentWidget(m_status);
    connect(m_pipeline, &PipelineController::stateChanged, this, &MainWindow::onConsumerState);
    connect(m_pipeline, &PipelineController::storeError, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Ticket store: %1").arg(message), StatusMessageMs);
    });
    // Kept until something else is said: a stream created by a mistyped name must not scroll by.
    // Not on the sandbox: its stream and group are new every time, and "Sandbox running on" matters.
    connect(m_pipeline, &PipelineController::notice, this, [this](const QString &text) {
        if (m_connectedToSandbox)
            return;
        statusBar()->showMessage(tr("Consumer: %1").arg(text));
        m_streamView->setNotice(tr("Consumer: %1").arg(text));
    });
    onConsumerState(StreamConsumer::State::Idle, QString());

    connect(m_sandbox, &SandboxController::ready, this, &MainWindow::onSandboxReady);
    connect(m_sandbox, &SandboxController::failed, this, &MainWindow::onSandboxFailed);
    connect(m_sandbox, &SandboxController::stopped, this, &MainWindow::updateActions);
    connect(m_sandbox, &SandboxController::aboutToStop, this, &MainWindow::onSandboxStopping);
    // Every page empties when the sandbox's server goes (its data goes with it): say why, until
    // something else is said, instead of a bare "not connected".
    connect(m_sandbox, &SandboxController::died, this, [this] {
        statusBar()->showMessage(tr("The sandbox's redis-server (port %1) stopped unexpectedly; its throwaway data is "
                                    "gone. Start the sandbox (Ctrl+Shift+S) to begin again.")
                                     .arg(m_sandbox->port()));
    });
    connect(m_sandbox, &SandboxController::gatewayReady, this, &MainWindow::onSandboxGateway);
    connect(m_sandbox, &SandboxController::feedProblem, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Sandbox feed: %1").arg(reason), StatusMessageMs);
    });
    connect(m_passwords, &PasswordStore::written, this, &MainWindow::onPasswordWritten);
    connect(m_passwords, &PasswordStore::readFinished, this, &MainWindow::onPasswordRead);
    connect(m_passwords, &PasswordStore::failed, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(tr("Keychain: %1").arg(message), StatusMessageMs);
    });

    restoreWindowSettings();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The sandbox's aboutToStop tears its connection down before the server goes, so nothing
    // reconnects to a server that is being stopped; then any other connection.
    m_closing = true;
    m_sandbox->stop();
    teardownConnection();
}

// --- pipeline ----------------------------------------------------------------------------

void MainWindow::createPipelineViews()
{
    TicketModel *tickets = m_pipeline->ticketModel();
    const QString language = Translator::currentLanguage();
    tickets->setLanguage(language);

    m_dashboard = new DashboardView(m_stack);
    m_dashboard->setTicketModel(tickets);
    m_dashboard->setLanguage(language);
    m_ticketsView = new TicketsView(m_stack);
    m_ticketsView->setTicketModel(tickets);
    m_ticketsView->setLanguage(language);
    // Under a burst the queue re-sorts the tickets view every second or so instead of per row.
    m_pipeline->updateQueue()->setSortingProxy(m_ticketsView->filterModel());
    m_streamView = new StreamView(m_stack);
    m_streamView->setConsumerConfig(m_pipeline->config());
    setPageWidget(Page::Dashboard, m_dashboard);
    setPageWidget(Page::Tickets, m_ticketsView);
    setPageWidget(Page::Streams, m_streamView);

    connect(m_pipeline, &PipelineController::updated, m_dashboard, &DashboardView::onConsumerUpdate);
    connect(m_pipeline, &PipelineController::updated, m_streamView, &StreamView::onConsumerUpdate);
    connect(m_pipeline, &PipelineController::stateChanged, m_streamView, &StreamView::onConsumerState);
    connect(m_pipeline, &PipelineController::configChanged, m_streamView, &StreamView::setConsumerConfig);
    connect(m_streamView, &StreamView::deadLettersRequested, this, &MainWindow::showDeadLetters);
    connect(m_streamView, &StreamView::pendingEntriesRequested, this, &MainWindow::showPendingEntries);
    connect(m_dashboard, &DashboardView::showTicketsRequested, this,
        [this](const QString &type, const QString &state, const QString &group, bool openOnly) {
            m_ticketsView->showTickets(type, state, group, openOnly);
            showPage(Page::Tickets);
        });
    connect(m_ticketsView, &TicketsView::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    // The analyst's filters stay unless they hide the ticket (selectTicket says so).
    connect(m_dashboard, &DashboardView::ticketActivated, this, [this](const QString &sysId) {
        m_ticketsView->selectTicket(sysId);
        showPage(Page::Tickets);
    });
}

void MainWindow::applyStateLabels()
{
    const StateTable &states = m_pipeline->ticketModel()->stateTable();
    const QString language = Translator::currentLanguage();
    m_streamView->eventLogModel()->setStateTable(states, language);
    m_feedsView->eventLogModel()->setStateTable(states, language);
}

void MainWindow::createFeeds()
{
    // Before any connection, feeds write to the store of the server used last (StorePaths).
    m_feedHub = new FeedHub(nullptr /* the application's QSettings */, StorePaths::last(QSettings()), this);
    m_feedsView = new FeedsView(m_passwords, m_stack);
    m_feedsView->setHub(m_feedHub); // before load(): it asks the keychain for each feed's secrets
    setPageWidget(Page::Feeds, m_feedsView);
    // Feed ticket changes join the same model as stream entries; every feed event also goes to
    // the stream page's event log, with its feed as the source.
    connect(m_feedHub, &FeedHub::ticketsChanged, m_pipeline->updateQueue(), &TicketUpdateQueue::enqueue);
    connect(m_feedHub, &FeedHub::logEvents, m_streamView->eventLogModel(),
        qOverload<const QList<LogEvent> &>(&EventLogModel::append));
    // The dashboard's rates count what the feeds apply: the hub's counters, summed, as deltas.
    connect(m_feedHub, &FeedHub::feedChanged, this, [this] {
        qint64 applied = 0;
        for (const QString &id : m_feedHub->feedIds())
            applied += m_feedHub->stats(id).applied;
        if (applied > m_feedAppliedSeen)
            m_dashboard->onFeedEventsApplied(applied - m_feedAppliedSeen);
        m_feedAppliedSeen = applied; // a removed feed takes its count along
    });
    connect(m_feedHub, &FeedHub::storeError, this,
        [this](const QString &message) { statusBar()->showMessage(tr("Feeds: %1").arg(message), StatusMessageMs); });
    // Queued: started with --sandbox, main() asks for the sandbox right after construction,
    // which pauses saved feeds before any of them connects (not after it took events).
    QMetaObject::invokeMethod(m_feedHub, &FeedHub::load, Qt::QueuedConnection); // starts the saved, enabled feeds
    applyStateLabels();
}

void MainWindow::onSandboxGateway(const QUrl &url)
{
    // The sandbox subscribes to its own gateway, into its own throwaway store. Entries seen
    // both here and by the consumer carry the same stream id: applied once, counted twice.
    // Saved (production) feeds pause meanwhile: their events must not land in a store that is
    // thrown away. They resume from their last event id when the sandbox stops.
    m_feedHub->setSavedFeedsPaused(true);
    m_feedHub->setStorePath(m_sandbox->ticketStorePath());
    FeedConfig feed;
    feed.id = m_sandboxFeedId.isEmpty() ? FeedConfig::newId() : m_sandboxFeedId;
    m_sandboxFeedId = feed.id;
    feed.name = SandboxController::gatewayFeedName();
    feed.url = url;
    m_feedHub->setFeed(feed, FeedHub::Persistence::Session);
}

void MainWindow::onSandboxStopping()
{
    // Before the data directory goes: the feed's store and the pipeline's are in there. A
    // sandbox server that died leaves no connection retrying a dead port either.
    leaveSandboxFeed();
    if (m_connectedToSandbox) {
        m_connectedToSandbox = false;
        teardownConnection();
    }
}

void MainWindow::leaveSandboxFeed()
{
    if (m_sandboxFeedId.isEmpty())
        return;
    m_feedHub->removeFeed(m_sandboxFeedId);
    m_sandboxFeedId.clear();
    m_feedHub->setStorePath(StorePaths::last(QSettings()));
    // Not while closing: production feeds would reconnect only to be closed again.
    if (!m_closing)
        m_feedHub->setSavedFeedsPaused(false);
}

void MainWindow::attachPipeline()
{
    PipelineController::Target target;
    target.endpoint = m_connection->endpoint();
    if (m_connectedToSandbox) {
        // Throwaway server, throwaway tickets: the sandbox's store lives in its data directory
        // (removed with it) and its stream is read from the start.
        target.storePath = m_sandbox->ticketStorePath();
        target.observeFrom = "0";
    } else {
        // Each server its own store, so production and staging tickets never mix; the feeds
        // write where the views read.
        QSettings settings;
        target.storePath = StorePaths::forServer(settings, target.endpoint);
        m_feedHub->setStorePath(target.storePath);
    }
    m_dashboard->clearRates();
    m_pipeline->attach(target);
    // Processing waits for Start so the console never takes a production group's entries by
    // surprise. The sandbox's stream is throwaway and nobody else processes it: it processes at
    // once, as it observes, so the sandbox is alive whichever mode was chosen last.
    if (m_connectedToSandbox && m_pipeline->mode() == StreamConsumer::Mode::Process && !m_pipeline->isRunning())
        m_pipeline->start();
    m_ticketsView->setTicketStore(m_pipeline->store());

    m_streamMonitor = new StreamMonitor(m_connection, PipelineController::streamKey(), m_connection);
    m_streamView->setMonitor(m_streamMonitor);
    m_streamMonitor->start();
}

void MainWindow::setConsumerMode(StreamConsumer::Mode mode)
{
    QSettings().setValue(PipelineController::ModeSetting,
        mode == StreamConsumer::Mode::Process ? QStringLiteral("process") : QStringLiteral("observe"));
    // Observing takes nothing from anyone: it goes on. Processing joins the group and acknowledges
    // its entries: on a real server it waits for Start, as after connecting. The sandbox's stream
    // is throwaway, so there it goes on too.
    const bool process = mode == StreamConsumer::Mode::Process;
    const bool stopsObserving = m_pipeline->isRunning() && m_pipeline->mode() != mode;
    const bool keepRunning = !process || m_connectedToSandbox;
    m_pipeline->setMode(mode, keepRunning);
    (process ? m_processModeAction : m_observeModeAction)->setChecked(true);
    updateActions();
    if (stopsObserving && !keepRunning)
        statusBar()->showMessage(tr("Process mode: observing stopped. Start (F5) joins group %1 as %2.")
                                     .arg(PipelineController::groupName(), PipelineController::consumerName()),
            StatusMessageMs);
}

void MainWindow::toggleProcessing()
{
    if (m_pipeline->isRunning())
        m_pipeline->stop();
    else
        m_pipeline->start();
}

void MainWindow::onConsumerState(StreamConsumer::State state, const QString &text)
{
    const bool process = m_pipeline->mode() == StreamConsumer::Mode::Process;
    QString label;
    switch (state) {
    case StreamConsumer::State::Idle:
        label = m_pipeline->isAttached() ? tr("Consumer stopped") : QString();
        break;
    case StreamConsumer::State::Starting:
        label = tr("Consumer starting…");
        break;
    case StreamConsumer::State::Running:
        label = process ? tr("Processing as %1").arg(PipelineController::consumerName()) : tr("Observing");
        break;
    case StreamConsumer::State::Stopping:
        label = tr("Consumer stopping…");
        break;
    case StreamConsumer::State::Failed:
        // A rejected password fails the connection and the consumer alike: the connection's
        // status says why, once; the reason stays in this label's tooltip.
        label = m_connection && m_connection->state() == RedisConnection::State::Failed
            ? tr("Consumer stopped: no connection")
            : tr("Consumer: %1").arg(text); // the text says "failed: why"
        break;
    }
    m_pipelineStatus->setFullText(label);
    m_pipelineStatus->setBaseToolTip(text);
    updateActions();
}

void MainWindow::showPublishDialog()
{
    if (!m_connection)
        return;
    auto *dialog = new PublishEventDialog(PipelineController::streamKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStateTable(m_pipeline->ticketModel()->stateTable(), Translator::currentLanguage());
    dialog->setTicketLookup(
        [model = QPointer<TicketModel>(m_pipeline->ticketModel())](const QString &number) -> std::optional<Ticket> {
            if (!model)
                return std::nullopt;
            const QList<Ticket> &tickets = model->tickets();
            const auto it = std::find_if(
                tickets.cbegin(), tickets.cend(), [&number](const Ticket &t) { return t.number == number; });
            return it == tickets.cend() ? std::nullopt : std::optional<Ticket>(*it);
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { publishTestEvent(dialog->event()); });
    dialog->open();
}

DeadLettersDialog *MainWindow::deadLettersDialog() const
{
    return m_deadLettersDialog;
}

PendingEntriesDialog *MainWindow::pendingEntriesDialog() const
{
    return m_pendingDialog;
}

void MainWindow::showPendingEntries(const QString &group, const QString &consumer)
{
    if (!m_connection || group.isEmpty())
        return;
    // One at a time: a second double-click replaces it rather than piling windows up.
    if (m_pendingDialog)
        m_pendingDialog->close();
    m_pendingDialog = new PendingEntriesDialog(m_connection, PipelineController::streamKey(), group, consumer, this);
    m_pendingDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pendingDialog->show();
}

void MainWindow::showDeadLetters()
{
    if (!m_connection)
        return;
    const QString stream = PipelineController::streamKey();
    if (m_deadLettersDialog && m_deadLettersDialog->property("stream").toString() == stream) {
        m_deadLettersDialog->raise();
        m_deadLettersDialog->activateWindow();
        m_deadLettersDialog->refresh();
        return;
    }
    if (m_deadLettersDialog)
        m_deadLettersDialog->close();
    m_deadLettersDialog = new DeadLettersDialog(m_connection, stream, this);
    m_deadLettersDialog->setProperty("stream", stream);
    m_deadLettersDialog->setAttribute(Qt::WA_DeleteOnClose);
    // What a replay or delete did stays said after the window closes (Esc during a long run).
    connect(m_deadLettersDialog, &DeadLettersDialog::outcome, this,
        [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    m_deadLettersDialog->show();
}

void MainWindow::publishTestEvent(const TestEvent &event)
{
    if (!m_connection)
        return;
    const QString stream = PipelineController::streamKey();
    const QString name = event.type + QLatin1Char(':') + event.action;
    m_connection->command(event.xaddArguments(stream), this, [this, name, stream](const RedisReply &reply) {
        if (reply.isError())
            statusBar()->showMessage(
                tr("Could not publish the test event: %1").arg(reply.errorMessage()), StatusMessageMs);
        else
            statusBar()->showMessage(
                tr("Published %1 to %2 as %3.").arg(name, stream, QString::fromUtf8(reply.bytes())), StatusMessageMs);
    });
}

// --- building ----------------------------------------------------------------------------

void MainWindow::createPages()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(190);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    // Roomier rows than a plain list: this is the console's main switchboard.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { padding-top: 8px; }"
                                               "QListWidget#navigation::item { padding: 7px 8px; }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_pages.resize(int(Page::Server) + 1);
    addNavigationHeading(tr("Pipeline"));
    addPage(Page::Dashboard, icon("dashboard"), tr("Dashboard"),
        new PlaceholderPage(icon("dashboard"), tr("Dashboard"),
            tr("The state of the change pipeline at a glance, for the analyst on shift and the "
               "engineer on call."),
            {tr("Tickets per state and priority, updated live"),
                tr("Stream throughput and consumer lag over the last hour"),
                tr("Pending entries and dead letters that need attention")},
            m_stack));
    addPage(Page::Tickets, icon("tickets"), tr("Tickets"),
        new PlaceholderPage(icon("tickets"), tr("Tickets"),
            tr("Live ServiceNow change tickets as they arrive from the pipeline."),
            {tr("A live table with filters by state, assignment group and priority"),
                tr("The full history of a ticket, event by event"), tr("Search by number or short description")},
            m_stack));
    addPage(Page::Streams, icon("streams"), tr("Streams"),
        new PlaceholderPage(icon("streams"), tr("Streams"),
            tr("The Redis streams behind the pipeline and the consumer groups reading them."),
            {tr("Length, first and last entry of every stream"),
                tr("Consumer groups with their lag and pending entries"),
                tr("Claim or acknowledge stuck entries of a lagging consumer")},
            m_stack));
    addPage(Page::Feeds, icon("feeds"), tr("Feeds"),
        new PlaceholderPage(icon("feeds"), tr("Feeds"),
            tr("The server-sent event feeds that publish tickets to subscribers."),
            {tr("Connected subscribers and their event rates"), tr("Delivery errors and reconnects"),
                tr("A live tail of the events sent")},
            m_stack));
    addPage(Page::Queue, icon("queue"), tr("Queue"),
        new PlaceholderPage(icon("queue"), tr("Queue"), tr("Work queues, retries and dead letters."),
            {tr("Jobs waiting, running and failed"), tr("Dead letters with the reason each one failed"),
                tr("Retry, inspect or discard failed jobs")},
            m_stack));

    // The server page is about the connection itself, set apart from the pipeline views.
    addNavigationHeading(tr("Connection"));
    m_serverPage = new ServerPage(m_stack);
    addPage(Page::Server, icon("server"), tr("Server"), m_serverPage);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationChanged);
}

void MainWindow::addNavigationHeading(const QString &text)
{
    // Not selectable, so keyboard navigation and the page shortcuts skip it.
    auto *heading = new QListWidgetItem(text, m_navigation);
    heading->setFlags(Qt::NoItemFlags);
    QFont font = m_navigation->font();
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    heading->setFont(font);
    if (m_navigation->count() > 1)
        heading->setSizeHint(QSize(0, 44));
}

void MainWindow::addPage(Page page, const QIcon &pageIcon, const QString &title, QWidget *widget)
{
    m_pages[int(page)] = widget;
    m_stack->addWidget(widget);
    auto *item = new QListWidgetItem(pageIcon, title, m_navigation);
    item->setData(PageRole, int(page));
    if (auto *placeholder = qobject_cast<PlaceholderPage *>(widget))
        connect(this, &MainWindow::connectionChanged, placeholder, &PlaceholderPage::setConnection);
    else if (auto *server = qobject_cast<ServerPage *>(widget))
        connect(this, &MainWindow::connectionChanged, server, &ServerPage::setConnection);
}

void MainWindow::createActions()
{
    m_connectAction = new QAction(icon("connect"), tr("&Connect…"), this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_connectAction->setToolTip(tr("Connect to a Redis server (Ctrl+K)"));
    m_connectAction->setIconText(tr("Connect"));
    connect(m_connectAction, &QAction::triggered, this, [this] { showConnectionDialog(false); });

    m_disconnectAction = new QAction(icon("disconnect"), tr("&Disconnect"), this);
    m_disconnectAction->setToolTip(tr("Close the connection to the server"));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromServer);

    m_sandboxAction = new QAction(icon("sandbox"), tr("Start &Sandbox"), this);
    m_sandboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sandboxAction->setIconText(tr("Sandbox"));
    m_sandboxAction->setToolTip(
        tr("Start a private redis-server with throwaway data on this computer and connect to it (Ctrl+Shift+S)"));
    connect(m_sandboxAction, &QAction::triggered, this, &MainWindow::startSandbox);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(icon("preferences"), tr("&Preferences…"), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(icon("streamdesk"), tr("&About Streamdesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_processingAction = new QAction(icon("streams"), tr("Start &Consumer"), this);
    m_processingAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_processingAction->setIconText(tr("Start"));
    connect(m_processingAction, &QAction::triggered, this, &MainWindow::toggleProcessing);

    auto *modes = new QActionGroup(this);
    m_observeModeAction = new QAction(tr("&Observe"), modes);
    m_observeModeAction->setCheckable(true);
    m_observeModeAction->setToolTip(tr("Tail the stream without joining a consumer group: production processors "
                                       "lose nothing (Ctrl+Shift+O)"));
    m_observeModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_processModeAction = new QAction(tr("&Process"), modes);
    m_processModeAction->setCheckable(true);
    m_processModeAction->setToolTip(tr("Join the consumer group and acknowledge what is applied; entries that "
                                       "cannot be read go to the dead-letter stream (Ctrl+Shift+P)"));
    m_processModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    const bool process = QSettings().value(PipelineController::ModeSetting).toString() == QStringLiteral("process");
    m_pipeline->setMode(process ? StreamConsumer::Mode::Process : StreamConsumer::Mode::Observe);
    (process ? m_processModeAction : m_observeModeAction)->setChecked(true);
    connect(m_observeModeAction, &QAction::triggered, this, [this] { setConsumerMode(StreamConsumer::Mode::Observe); });
    connect(m_processModeAction, &QAction::triggered, this, [this] { setConsumerMode(StreamConsumer::Mode::Process); });

    m_publishAction = new QAction(icon("tickets"), tr("Publish &Test Event…"), this);
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_publishAction->setIconText(tr("Test Event"));
    m_publishAction->setToolTip(tr("Write one hand-made change entry to the stream (Ctrl+T)"));
    connect(m_publishAction, &QAction::triggered, this, &MainWindow::showPublishDialog);

    m_deadLettersAction = new QAction(icon("streams"), tr("Dead &Letters…"), this);
    m_deadLettersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_deadLettersAction->setToolTip(
        tr("Entries processing could not apply, with their reasons: replay them once the cause is fixed (Ctrl+L)"));
    connect(m_deadLettersAction, &QAction::triggered, this, &MainWindow::showDeadLetters);

    m_readWholeStreamAction = new QAction(tr("&Read the Whole Stream"), this);
    m_readWholeStreamAction->setToolTip(tr("Observe from the stream's first entry, to load the tickets it held before "
                                           "this console looked; takes nothing from the consumer group (observe "
                                           "mode)"));
    // Observe mode only: switching a group's processor to observing, unsaid, would stop its work.
    connect(m_readWholeStreamAction, &QAction::triggered, this, [this] {
        m_pipeline->readWholeStream();
        statusBar()->showMessage(tr("Observing %1 from its first entry: the changes already stored are counted, not "
                                    "applied again.")
                                     .arg(PipelineController::streamKey()),
            StatusMessageMs);
    });

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int row = 0, number = 1; row < m_navigation->count(); ++row) {
        const QListWidgetItem *item = m_navigation->item(row);
        if (!(item->flags() & Qt::ItemIsEnabled))
            continue;
        const auto page = Page(item->data(PageRole).toInt());
        auto *action = new QAction(item->icon(), item->text(), m_pageActions);
        action->setCheckable(true);
        action->setData(int(page));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        connect(action, &QAction::triggered, this, [this, page] {
            showPage(page);
            focusPage(page);
        });
        // Shortcuts work even while the menu bar is hidden or another widget has focus.
        addAction(action);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addAction(m_disconnectAction);
    file->addSeparator();
    file->addAction(m_sandboxAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *pipeline = menuBar()->addMenu(tr("&Pipeline"));
    pipeline->addAction(m_processingAction);
    pipeline->addSeparator();
    pipeline->addAction(m_observeModeAction);
    pipeline->addAction(m_processModeAction);
    pipeline->addSeparator();
    pipeline->addAction(m_readWholeStreamAction);
    pipeline->addSeparator();
    pipeline->addAction(m_publishAction);
    pipeline->addAction(m_deadLettersAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions->actions());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_preferencesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs a name
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_connectAction);
    toolBar->addAction(m_disconnectAction);
    toolBar->addSeparator();
    toolBar->addAction(m_sandboxAction);
    toolBar->addSeparator();
    toolBar->addAction(m_processingAction);
    toolBar->addAction(m_observeModeAction);
    toolBar->addAction(m_processModeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_publishAction);
}

// --- pages -------------------------------------------------------------------------------

void MainWindow::showPage(Page page)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QListWidgetItem *item = m_navigation->item(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->data(PageRole).toInt() == int(page)) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

// Ctrl+1..6 is the keyboard's way to a page: focus goes into it, so its own shortcuts (the
// Feeds page's Ins, the tickets' Ctrl+F) work at once instead of after a click. A click in the
// sidebar leaves focus there, for arrow-key browsing.
void MainWindow::focusPage(Page page)
{
    QWidget *widget = m_pages.value(int(page));
    if (!widget || m_stack->currentWidget() != widget)
        return;
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isVisibleTo(widget) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::setPageWidget(Page page, QWidget *widget)
{
    QWidget *old = m_pages.value(int(page));
    if (!widget || widget == old)
        return;
    const bool wasCurrent = m_stack->currentWidget() == old;
    const int index = m_stack->indexOf(old);
    m_stack->insertWidget(index, widget);
    m_pages[int(page)] = widget;
    if (wasCurrent)
        m_stack->setCurrentWidget(widget);
    if (old) {
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    if (page == Page::Server)
        m_serverPage = qobject_cast<ServerPage *>(widget);
    Q_EMIT connectionChanged(m_connection, m_monitor, m_displayName);
}

MainWindow::Page MainWindow::currentPage() const
{
    const qsizetype index = m_pages.indexOf(m_stack->currentWidget());
    return index < 0 ? Page::Dashboard : Page(index);
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages.value(int(page));
}

void MainWindow::onNavigationChanged(int row)
{
    const QListWidgetItem *item = m_navigation->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const int page = item->data(PageRole).toInt();
    // A chart's tooltip (a dashboard bar clicked to open its tickets) would stay painted over
    // the next page.
    QToolTip::hideText();
    m_stack->setCurrentWidget(m_pages.value(page));
    for (QAction *action : m_pageActions->actions()) {
        if (action->data().toInt() == page)
            action->setChecked(true);
    }
}

// --- connection --------------------------------------------------------------------------

void MainWindow::connectTo(const RedisEndpoint &endpoint, Remember remember)
{
    m_awaitedPasswordKey.clear();
    std::pair<QString, QString> toRemember;
    if (remember != Remember::Nothing) {
        QSettings settings;
        ConnectionProfile::save(settings, endpoint);
        const QString key = endpoint.toSafeUrl();
        if (remember == Remember::ProfileAndPassword && !endpoint.password.isEmpty())
            toRemember = {key, endpoint.password}; // written once the server accepts it
        else
            m_passwords->remove(key);
    }
    // Another server replaces the sandbox; its throwaway data goes with it. The sandbox first:
    // it detaches what reads its files (aboutToStop) while they still exist.
    m_connectWhenSandboxReady = false;
    m_sandbox->stop();
    m_connectedToSandbox = false;
    teardownConnection();
    m_lastServer = endpoint;
    connectEndpoint(endpoint, endpoint.toSafeUrl());
    m_passwordToRemember = std::move(toRemember); // after the teardown, which forgets it
}

void MainWindow::connectEndpoint(const RedisEndpoint &endpoint, const QString &displayName)
{
    teardownConnection();
    RedisConnection::Options options;
    options.role = QStringLiteral("console");
    m_connection = new RedisConnection(endpoint, options, this);
    // The monitor is the connection's child: they always go together.
    m_monitor = new ServerMonitor(m_connection, m_connection);
    m_displayName = displayName;
    connect(m_connection, &RedisConnection::stateChanged, this, &MainWindow::updateActions);
    // A connection fails for good (no retry) on what only the user can fix: a rejected password,
    // a database that cannot be selected, bad TLS files. The status bar has no room for the
    // reason: the connection dialog opens with it, the password field focused when rejected.
    connect(m_connection, &RedisConnection::stateChanged, this, [this](RedisConnection::State state) {
        if (state == RedisConnection::State::Ready && !m_passwordToRemember.first.isEmpty()) {
            const auto [key, password] = std::exchange(m_passwordToRemember, {});
            m_passwords->write(key, password);
        }
        if (state == RedisConnection::State::Failed && m_pipeline->state() == StreamConsumer::State::Failed)
            onConsumerState(m_pipeline->state(), m_pipeline->stateText()); // the consumer failed first
        if (state != RedisConnection::State::Failed || !m_connection || m_connectedToSandbox)
            return;
        m_passwordToRemember = {}; // rejected (or unusable): not worth keeping
        const QString reason = m_connection->lastError();
        showConnectionDialog(false)->showConnectionError(reason);
    });
    qCInfo(lcUi).noquote() << "connecting to" << endpoint.toSafeUrl();

    m_status->setConnection(m_connection, m_monitor);
    Q_EMIT connectionChanged(m_connection, m_monitor, m_displayName);
    updateTitle();
    updateActions();
    m_connection->open();
    m_monitor->start();
    attachPipeline();
}

void MainWindow::teardownConnection()
{
    // Its dead letters are this server's: never shown as, or replayed into, another one's.
    if (m_deadLettersDialog)
        m_deadLettersDialog->close();
    if (m_pendingDialog)
        m_pendingDialog->close();
    if (!m_connection)
        return;
    RedisConnection *old = m_connection;
    m_connection = nullptr;
    m_passwordToRemember = {};
    m_monitor = nullptr;
    m_displayName.clear();
    old->disconnect(this);
    m_streamView->setMonitor(nullptr);
    m_ticketsView->setTicketStore(nullptr);
    m_pipeline->detach();
    m_status->setConnection(nullptr, nullptr);
    Q_EMIT connectionChanged(nullptr, nullptr, QString());
    old->close();
    delete old;
    updateTitle();
    updateActions();
}

void MainWindow::disconnectFromServer()
{
    m_awaitedPasswordKey.clear();
    m_connectWhenSandboxReady = false;
    if (m_connectedToSandbox)
        m_sandbox->stop(); // tears the connection down itself (onSandboxStopping)
    m_connectedToSandbox = false;
    teardownConnection();
    statusBar()->showMessage(tr("Disconnected."), StatusMessageMs);
}

void MainWindow::startSandbox()
{
    m_awaitedPasswordKey.clear();
    m_connectWhenSandboxReady = true;
    // Saved feeds pause now, not once the gateway is up: started with --sandbox, they had
    // connected and taken events (and moved their saved positions) while redis-server started.
    m_feedHub->setSavedFeedsPaused(true);
    if (!m_sandbox->isRunning())
        statusBar()->showMessage(tr("Starting the sandbox…"));
    m_sandbox->setStream(PipelineController::streamKey());
    m_sandbox->start();
    updateActions();
}

void MainWindow::onSandboxReady(const RedisEndpoint &endpoint)
{
    if (!m_connectWhenSandboxReady)
        return;
    m_connectWhenSandboxReady = false;
    statusBar()->showMessage(
        tr("Sandbox running on %1; its data is removed when Streamdesk exits.").arg(endpoint.address()),
        StatusMessageMs);
    m_connectedToSandbox = true;
    connectEndpoint(endpoint, tr("Sandbox"));
}

void MainWindow::onSandboxFailed(const QString &reason, bool serverMissing)
{
    m_connectWhenSandboxReady = false;
    if (m_sandboxFeedId.isEmpty() && !m_closing)
        m_feedHub->setSavedFeedsPaused(false); // no sandbox after all: they resume
    statusBar()->clearMessage();
    updateActions();
    // Not exec(): a modal loop here would block whatever started the sandbox.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sandbox"),
        serverMissing ? tr("The sandbox needs redis-server, which is not installed.")
                      : tr("The sandbox could not start."),
        QMessageBox::Ok, this);
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::restoreLastConnection()
{
    QSettings settings;
    const std::optional<RedisEndpoint> profile = ConnectionProfile::load(settings);
    if (!profile) {
        showConnectionDialog(true);
        return false;
    }
    // Connect once the keychain answers; with no password saved, connect without one.
    m_awaitedEndpoint = *profile;
    m_awaitedPasswordKey = profile->toSafeUrl();
    statusBar()->showMessage(tr("Reconnecting to %1…").arg(m_awaitedPasswordKey));
    m_passwords->read(m_awaitedPasswordKey);
    return true;
}

void MainWindow::onPasswordRead(const QString &key, const QString &password, bool found)
{
    if (key.isEmpty() || key != m_awaitedPasswordKey)
        return;
    m_awaitedPasswordKey.clear();
    RedisEndpoint endpoint = m_awaitedEndpoint;
    m_awaitedEndpoint = RedisEndpoint {};
    if (found)
        endpoint.password = password;
    statusBar()->clearMessage();
    QSettings settings;
    if (!found && ConnectionProfile::usesPassword(settings)) {
        // Saved without a keychain (session only), or the entry is gone: ask, rather than
        // connect without it and collect NOAUTH errors.
        showConnectionDialog(false)->showConnectionError(
            tr("The password for %1 is not in the keychain: enter it again.").arg(key));
        return;
    }
    connectTo(endpoint, Remember::Nothing);
}

void MainWindow::onPasswordWritten(const QString &key, bool persistent)
{
    if (persistent)
        return;
    // The feeds' secret headers share the store (FeedConfig::secretKey): say what was kept.
    statusBar()->showMessage(key.startsWith(QStringLiteral("feed/"))
            ? tr("No keychain service is running: the feed's secret header is kept in memory for this session "
                 "only, and must be typed again after a restart.")
            : PasswordStore::sessionOnlyText(),
        StatusMessageMs);
}

ConnectionDialog *MainWindow::showConnectionDialog(bool offerSandbox)
{
    if (ConnectionDialog *open = m_connectionDialog) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new ConnectionDialog(m_passwords, this);
    m_connectionDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOfferSandbox(offerSandbox);
    QSettings settings;
    if (m_connection && !m_connectedToSandbox)
        dialog->setEndpoint(m_connection->endpoint());
    else if (m_lastServer)
        dialog->setEndpoint(*m_lastServer);
    else if (const auto profile = ConnectionProfile::load(settings))
        dialog->setEndpoint(*profile);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->sandboxRequested())
            startSandbox();
        else
            connectTo(
                dialog->endpoint(), dialog->rememberPassword() ? Remember::ProfileAndPassword : Remember::Profile);
    });
    dialog->open();
    return dialog;
}

// --- chrome ------------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    if (!m_connection)
        setWindowTitle(tr("Streamdesk"));
    else
        setWindowTitle(tr("Streamdesk — %1").arg(m_displayName));
}

void MainWindow::updateActions()
{
    m_disconnectAction->setEnabled(m_connection != nullptr);
    const bool starting = m_sandbox->state() == SandboxController::State::Starting;
    m_sandboxAction->setEnabled(!starting && !(m_connectedToSandbox && m_connection));

    const bool usable = m_connection && m_connection->state() != RedisConnection::State::Failed;
    const bool attached = m_pipeline->isAttached() && usable;
    const bool running = m_pipeline->isRunning();
    // While a graceful stop finishes its batch there is nothing to toggle yet.
    m_processingAction->setEnabled(attached && m_pipeline->state() != StreamConsumer::State::Stopping);
    m_processingAction->setText(running ? tr("Stop &Consumer") : tr("Start &Consumer"));
    m_processingAction->setIconText(running ? tr("Stop") : tr("Start"));
    const bool process = m_pipeline->mode() == StreamConsumer::Mode::Process;
    m_processingAction->setToolTip(running
            ? (process ? tr("Finish the batch in flight, commit, acknowledge, then stop (F5)")
                       : tr("Stop tailing the stream (F5)"))
            : (process ? tr("Join the group and process from where it left off (F5)") : tr("Tail the stream (F5)")));
    // A connection that failed for good (rejected password, bad TLS files) cannot publish or
    // consume: the connection dialog is the way on.
    m_publishAction->setEnabled(usable);
    m_deadLettersAction->setEnabled(usable);
    m_readWholeStreamAction->setEnabled(attached && !process);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->pipelineChanged())
            applyPipelineSettings();
        if (dialog->languageChanged())
            statusBar()->showMessage(
                tr("The new language takes effect after Streamdesk is restarted."), StatusMessageMs);
    });
    dialog->open();
}

void MainWindow::applyPipelineSettings()
{
    QString error;
    if (!m_pipeline->applyStateTable(&error))
        statusBar()->showMessage(tr("State table: %1").arg(error), StatusMessageMs);
    const QString language = Translator::currentLanguage();
    m_dashboard->setLanguage(language);
    m_ticketsView->setLanguage(language);
    applyStateLabels();
    m_ticketsView->setTicketStore(nullptr); // the store is replaced
    m_pipeline->reattach();
    m_ticketsView->setTicketStore(m_pipeline->store());
    const QString stream = PipelineController::streamKey();
    if (m_streamMonitor)
        m_streamMonitor->setStream(stream);
    // After the consumer: it is already tailing the new stream when the feed starts on it.
    m_sandbox->setStream(stream);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, int(currentPage()));
    if (m_ticketsView)
        m_ticketsView->saveSettings(settings);
}

void MainWindow::restoreWindowSettings()
{
    QSettings settings;
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // Default size, shrunk to fit a small screen.
        QSize size = DefaultSize;
        if (screen)
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    } else if (screen && !isMaximized() && !isFullScreen()) {
        // Saved on a larger screen: Qt brings the window back on screen, but not its size; the
        // status bar and the right-hand figures were out of reach.
        const QRect available = screen->availableGeometry();
        if (width() > available.width() || height() > available.height()) {
            resize(size().boundedTo(available.size() * 0.95));
            move(available.topLeft());
        }
    }
    restoreState(settings.value(StateKey).toByteArray());
    if (m_ticketsView)
        m_ticketsView->restoreSettings(settings);
    const int page = settings.value(PageKey, int(Page::Dashboard)).toInt();
    showPage(page >= 0 && page <= int(Page::Server) ? Page(page) : Page::Dashboard);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    // Stop the sandbox now rather than at destruction: the window may outlive its closing.
    m_closing = true;
    m_connectWhenSandboxReady = false;
    m_sandbox->stop();
    m_connectedToSandbox = false;
    teardownConnection();
    m_closing = false; // a closed window can be shown and used again
    event->accept();
}
