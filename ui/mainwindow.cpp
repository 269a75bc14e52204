#include "ui/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include "services/logging.h"
#include "services/redisconnection.h"
#include "services/servermonitor.h"
#include "ui/aboutdialog.h"
#include "ui/connectiondialog.h"
#include "ui/connectionprofile.h"
#include "ui/connectionstatuswidget.h"
#include "ui/passwordstore.h"
#include "ui/placeholderpage.h"
#include "ui/preferencesdialog.h"
#include "ui/sandboxcontroller.h"
#include "ui/serverpage.h"

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString PageKey = QStringLiteral("mainWindow/page");
constexpr int PageRole = Qt::UserRole;
constexpr QSize DefaultSize(1280, 800);
constexpr int StatusMessageMs = 8000;

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
{
    setWindowIcon(icon("streamdesk"));
    createPages();
    createActions();
    createMenus();
    createToolBar();

    m_status = new ConnectionStatusWidget(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_sandbox, &SandboxController::ready, this, &MainWindow::onSandboxReady);
    connect(m_sandbox, &SandboxController::failed, this, &MainWindow::onSandboxFailed);
    connect(m_sandbox, &SandboxController::stopped, this, &MainWindow::updateActions);
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
    // The connection goes before the sandbox, so it does not start reconnecting to a server
    // that is being stopped.
    teardownConnection();
    m_sandbox->stop();
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
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(icon("streamdesk"), tr("&About Streamdesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

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
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions->actions());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_preferencesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    if (remember != Remember::Nothing) {
        QSettings settings;
        ConnectionProfile::save(settings, endpoint);
        const QString key = endpoint.toSafeUrl();
        if (remember == Remember::ProfileAndPassword && !endpoint.password.isEmpty())
            m_passwords->write(key, endpoint.password);
        else
            m_passwords->remove(key);
    }
    teardownConnection();
    // Another server replaces the sandbox; its throwaway data goes with it.
    m_connectWhenSandboxReady = false;
    m_sandbox->stop();
    m_connectedToSandbox = false;
    connectEndpoint(endpoint, endpoint.toSafeUrl());
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
    qCInfo(lcUi).noquote() << "connecting to" << endpoint.toSafeUrl();

    m_status->setConnection(m_connection, m_monitor);
    Q_EMIT connectionChanged(m_connection, m_monitor, m_displayName);
    updateTitle();
    updateActions();
    m_connection->open();
    m_monitor->start();
}

void MainWindow::teardownConnection()
{
    if (!m_connection)
        return;
    RedisConnection *old = m_connection;
    m_connection = nullptr;
    m_monitor = nullptr;
    m_displayName.clear();
    old->disconnect(this);
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
    teardownConnection();
    if (m_connectedToSandbox) {
        m_sandbox->stop();
        m_connectedToSandbox = false;
    }
    statusBar()->showMessage(tr("Disconnected."), StatusMessageMs);
}

void MainWindow::startSandbox()
{
    m_awaitedPasswordKey.clear();
    m_connectWhenSandboxReady = true;
    if (!m_sandbox->isRunning())
        statusBar()->showMessage(tr("Starting the sandbox…"));
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
    connectTo(endpoint, Remember::Nothing);
}

void MainWindow::onPasswordWritten(const QString &, bool persistent)
{
    if (!persistent)
        statusBar()->showMessage(PasswordStore::sessionOnlyText(), StatusMessageMs);
}

void MainWindow::showConnectionDialog(bool offerSandbox)
{
    auto *dialog = new ConnectionDialog(m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOfferSandbox(offerSandbox);
    QSettings settings;
    if (m_connection && !m_connectedToSandbox)
        dialog->setEndpoint(m_connection->endpoint());
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
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("The new language takes effect after Streamdesk is restarted."), StatusMessageMs);
    });
    dialog->open();
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
}

void MainWindow::restoreWindowSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // Default size, shrunk to fit a small screen.
        QSize size = DefaultSize;
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    const int page = settings.value(PageKey, int(Page::Dashboard)).toInt();
    showPage(page >= 0 && page <= int(Page::Server) ? Page(page) : Page::Dashboard);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    // Stop the sandbox now rather than at destruction: the window may outlive its closing.
    m_connectWhenSandboxReady = false;
    teardownConnection();
    m_sandbox->stop();
    m_connectedToSandbox = false;
    event->accept();
}
