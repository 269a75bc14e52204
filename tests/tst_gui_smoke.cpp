// The main window end to end, offscreen: the sandbox starts through the same path as
// --sandbox, the status bar reaches "ready" with a server version, every page is reachable
// by its shortcut, and closing the window takes the sandbox's redis-server down. A password
// given in a URL never reaches the window title or the settings file.
#include <algorithm>
#include <csignal>

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "models/ticketmodel.h"
#include "models/timeseries.h"
#include "services/feedconfig.h"
#include "services/feedhub.h"
#include "services/redisconnection.h"
#include "services/redisserverprocess.h"
#include "services/servermonitor.h"
#include "services/testevent.h"
#include "services/translator.h"
#include "tests/support/testredis.h"
#include "ui/connectiondialog.h"
#include "ui/connectionstatuswidget.h"
#include "ui/connectionsummarywidget.h"
#include "ui/dashboardview.h"
#include "ui/deadlettersdialog.h"
#include "ui/elidingstatusbar.h"
#include "ui/mainwindow.h"
#include "ui/passwordstore.h"
#include "ui/pendingentriesdialog.h"
#include "ui/pipelinecontroller.h"
#include "ui/placeholderpage.h"
#include "ui/preferencesdialog.h"
#include "ui/sandboxcontroller.h"
#include "ui/serverpage.h"
#include "ui/shortcutsdialog.h"

namespace {

// Never the user's keychain entries.
const QString TestKeychainService = QStringLiteral("streamdesk-test");

// What a shortcuts list shows: action name -> keys.
QHash<QString, QString> listedKeys(const ShortcutsDialog &dialog)
{
    QHash<QString, QString> keys;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        keys.insert(dialog.table()->item(row, 0)->text(), dialog.table()->item(row, 1)->text());
    return keys;
}

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(1000);
}

QString randomPassword()
{
    return QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray settingsFileContents()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuiSmoke : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void eachServerItsOwnTickets()
    {
        // Switching from one server to another showed the first one's tickets as the second's
        // (one store for all). Each server now has its own store.
        auto a = TestRedis::start();
        auto b = TestRedis::start();
        QVERIFY(a && b);
        const auto publish = [](RedisServerProcess &server, const QString &number) {
            RedisConnection c(TestRedis::endpoint(server));
            c.open();
            QVERIFY(TestRedis::waitReady(c));
            TestEvent event;
            event.number = number;
            QVERIFY(!TestRedis::call(c, event.xaddArguments(PipelineController::streamKey())).isError());
        };
        const auto numbers = [](MainWindow &window) {
            QStringList list;
            for (const Ticket &t : window.pipeline()->ticketModel()->tickets())
                list << t.number;
            list.sort();
            return list;
        };
        MainWindow window(TestKeychainService);
        window.show();
        for (auto *server : {a.get(), b.get()}) {
            window.connectTo(TestRedis::endpoint(*server), MainWindow::Remember::Nothing);
            QTRY_VERIFY_WITH_TIMEOUT(window.connection() && window.connection()->isReady(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(window.pipeline()->isRunning(), 10000); // observing from now on
            publish(*server, server == a.get() ? QStringLiteral("INC7000001") : QStringLiteral("INC7000002"));
            QTRY_VERIFY_WITH_TIMEOUT(!numbers(window).isEmpty(), 10000);
            // Only this server's ticket: the other one's stays in its own store.
            QCOMPARE(numbers(window),
                QStringList {server == a.get() ? QStringLiteral("INC7000001") : QStringLiteral("INC7000002")});
        }
        // Back to the first: its ticket is still there.
        window.connectTo(TestRedis::endpoint(*a), MainWindow::Remember::Nothing);
        QTRY_COMPARE_WITH_TIMEOUT(numbers(window), QStringList {QStringLiteral("INC7000001")}, 10000);
    }

    void sandboxPausesSavedFeedsBeforeTheyConnect()
    {
        // A saved (production) feed on a local server. Started with --sandbox (main() calls
        // startSandbox() right after building the window), it must not connect at all: it used
        // to take events, and move its saved position, while redis-server started.
        QTcpServer feedServer;
        QVERIFY(feedServer.listen(QHostAddress::LocalHost, 0));
        int connections = 0;
        connect(&feedServer, &QTcpServer::newConnection, &feedServer, [&] {
            while (QTcpSocket *socket = feedServer.nextPendingConnection()) {
                ++connections;
                socket->close();
            }
        });
        FeedConfig saved;
        saved.id = FeedConfig::newId();
        saved.name = QStringLiteral("production");
        saved.url = QUrl(QStringLiteral("http://127.0.0.1:%1/events").arg(feedServer.serverPort()));
        {
            QSettings settings;
            FeedConfig::save(settings, {saved});
        }
        const auto restore = qScopeGuard([] {
            QSettings settings;
            FeedConfig::save(settings, {});
        });
        MainWindow window(TestKeychainService);
        window.startSandbox();
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.feedHub()->feedIds().contains(saved.id), 10000); // loaded, paused
        QTRY_VERIFY_WITH_TIMEOUT(window.connection() && window.connection()->isReady(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.pipeline()->ticketModel()->rowCount() > 0, 20000);
        QCOMPARE(connections, 0);
    }

    void sandboxProcessesInProcessMode()
    {
        // Process mode chosen last time: the sandbox still comes up alive, processing.
        QSettings().setValue(PipelineController::ModeSetting, QStringLiteral("process"));
        const auto restore = qScopeGuard([] { QSettings().remove(PipelineController::ModeSetting); });
        MainWindow window(TestKeychainService);
        window.show();
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        window.startSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(window.connection() && window.connection()->isReady(), 15000);
        QCOMPARE(window.pipeline()->mode(), StreamConsumer::Mode::Process);
        QTRY_VERIFY_WITH_TIMEOUT(window.pipeline()->isRunning(), 10000);
        // The sandbox's stream and group are new each time: the consumer's notice that it created
        // them is not shown, so it does not replace "Sandbox running on".
        QTRY_VERIFY_WITH_TIMEOUT(window.pipeline()->ticketModel()->rowCount() > 0, 20000);
        for (const QList<QVariant> &args : std::as_const(messages))
            QVERIFY2(
                !args.at(0).toString().startsWith(QStringLiteral("Consumer: ")), qPrintable(args.at(0).toString()));
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toString().startsWith(QStringLiteral("Sandbox running on "));
        }));

        // Stopped, the sandbox's SSE feed still changes tickets: the dashboard's rates say so.
        window.pipeline()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!window.pipeline()->isRunning(), 10000);
        auto *dashboard = qobject_cast<DashboardView *>(window.pageWidget(MainWindow::Page::Dashboard));
        QVERIFY(dashboard);
        const auto fromFeeds = [dashboard] {
            double sum = 0;
            for (const QPointF &p : dashboard->rates().points(TimeSeries::feedsName()))
                sum += p.y();
            return sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fromFeeds() > 0, 20000);
    }

    void sandboxPagesAndShutdown()
    {
        MainWindow window(TestKeychainService);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        window.startSandbox();
        ConnectionStatusWidget *status = window.statusWidget();
        QTRY_VERIFY_WITH_TIMEOUT(status->state() == RedisConnection::State::Ready, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!status->serverVersion().isEmpty(), 10000);
        QVERIFY(status->latencyMs() >= 0);

        SandboxController *sandbox = window.sandbox();
        QVERIFY(sandbox->isRunning());
        const quint16 port = sandbox->port();
        const QString dataDir = sandbox->dataDirectory();
        QVERIFY(port != 0);
        QVERIFY(QFileInfo(dataDir).isDir());
        QVERIFY(acceptsConnections(port));
        QVERIFY2(status->stateText().contains(QString::number(port)), qPrintable(status->stateText()));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Sandbox")), qPrintable(window.windowTitle()));
        QCOMPARE(window.connection()->endpoint().port, port);

        // Ctrl+1..Ctrl+6 reach every page, in navigation order.
        const QList<MainWindow::Page> pages = {MainWindow::Page::Dashboard, MainWindow::Page::Tickets,
            MainWindow::Page::Streams, MainWindow::Page::Feeds, MainWindow::Page::Queue, MainWindow::Page::Server};
        for (qsizetype i = pages.size() - 1; i >= 0; --i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + int(i)), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), pages.at(i));
            QWidget *page = window.pageWidget(pages.at(i));
            QVERIFY(page);
            QVERIFY(page->isVisible());
            // Focus goes into the page, when it has anything to focus, so its own shortcuts
            // (Feeds: Ins) work without a click.
            const QList<QWidget *> children = page->findChildren<QWidget *>();
            const bool focusable = std::any_of(children.cbegin(), children.cend(), [page](const QWidget *w) {
                return w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
            });
            if (focusable)
                QTRY_VERIFY2(QApplication::focusWidget() && page->isAncestorOf(QApplication::focusWidget()),
                    qPrintable(QStringLiteral("page %1, focus on %2")
                                   .arg(i)
                                   .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                                    : QStringLiteral("none"))));
            QVERIFY(focusable || pages.at(i) == MainWindow::Page::Server || pages.at(i) == MainWindow::Page::Queue);
            if (auto *placeholder = qobject_cast<PlaceholderPage *>(page)) {
                // Not empty: the summary names the connection and the server.
                const ConnectionSummaryWidget *summary = placeholder->summary();
                QVERIFY(summary->isVisible());
                QVERIFY2(
                    summary->summaryText().contains(QStringLiteral("Sandbox")), qPrintable(summary->summaryText()));
                QTRY_VERIFY2(
                    summary->summaryText().contains(status->serverVersion()), qPrintable(summary->summaryText()));
            }
        }
        ServerPage *server = window.serverPage();
        QTRY_COMPARE(server->fieldText(QStringLiteral("version")), status->serverVersion());
        QCOMPARE(server->fieldText(QStringLiteral("role")), QStringLiteral("master"));
        QVERIFY(server->fieldText(QStringLiteral("endpoint")).contains(QString::number(port)));
        QCOMPARE(server->fieldText(QStringLiteral("clientName")), window.connection()->clientName());

        QVERIFY(window.close());
        QVERIFY(!sandbox->isRunning());
        QVERIFY(!window.connection());
        QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(port), 5000);
        QVERIFY(!QFileInfo::exists(dataDir));
    }

    // The `scripts/dev sandbox` path: the real executable, stopped with Ctrl+C from its
    // terminal, still stops its redis-server and removes the sandbox's data directory.
    // --help and --version print and exit 0 without any display (no DISPLAY, WAYLAND_DISPLAY
    // or QT_QPA_PLATFORM): they used to abort on the missing xcb platform.
    void helpAndVersionWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("Usage:");
        QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--sandbox");
        QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral(STREAMDESK_VERSION);
    }

    void helpAndVersionWithoutDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(STREAMDESK_GUI_PATH), {option});
        QVERIFY(gui.waitForFinished(30000));
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        const QString err = QString::fromUtf8(gui.readAllStandardError());
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QVERIFY2(gui.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.contains(expected), qPrintable(out + err));
    }

    // Preferences → Language used to be saved under "general/language", which Qt's INI files
    // write as [%General] and read back as "General/language": the choice was lost at the next
    // start. The real binary, started on the same settings, must come up in the chosen language.
    void languageChoiceSurvivesARestart()
    {
        PreferencesDialog::saveLanguage(QStringLiteral("pt_BR"));
        const auto restore = qScopeGuard([] {
            PreferencesDialog::saveLanguage(QString());
            QSettings().sync();
        });
        QSettings().sync();
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // our XDG_CONFIG_HOME
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(STREAMDESK_GUI_PATH), {QStringLiteral("--help")});
        QVERIFY(gui.waitForFinished(30000));
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Console de operações")), qPrintable(out));
        QCOMPARE(PreferencesDialog::savedLanguage(), QStringLiteral("pt_BR"));
    }

    // A size saved on a larger screen is fitted to this one: the window came back at 1216x760 on
    // a 1024x700 screen, its status bar out of reach.
    void savedSizeFitsASmallerScreen()
    {
        const QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        const QSize available = screen->availableSize();
        {
            MainWindow big(TestKeychainService);
            big.show();
            QVERIFY(QTest::qWaitForWindowExposed(&big));
            big.resize(available.width() + 400, available.height() + 300);
            QTRY_COMPARE(big.width(), available.width() + 400);
            big.close(); // saves the geometry
        }
        MainWindow window(TestKeychainService);
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
            qPrintable(QStringLiteral("%1x%2 on %3x%4")
                           .arg(window.width())
                           .arg(window.height())
                           .arg(available.width())
                           .arg(available.height())));
        QVERIFY(window.width() >= available.width() * 0.9); // fitted, not made small
    }

    void sigintStopsTheSandboxCleanly()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QByteArray output; // before the process: its last readyRead may come from ~QProcess
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TMPDIR"), tmp.path()); // the sandbox's data directory goes here
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        gui.setProcessEnvironment(env);
        gui.setProcessChannelMode(QProcess::MergedChannels);
        connect(&gui, &QProcess::readyRead, this, [&] { output += gui.readAll(); });
        gui.start(QStringLiteral(STREAMDESK_GUI_PATH), {QStringLiteral("--sandbox")});
        QVERIFY(gui.waitForStarted(10000));
        const auto sandboxDirs = [&tmp] {
            return QDir(tmp.path()).entryList({QStringLiteral("streamdesk-redis-*")}, QDir::Dirs);
        };
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("sandbox gateway on"), 20000);
        QCOMPARE(sandboxDirs().size(), 1);

        ::kill(pid_t(gui.processId()), SIGINT);
        QVERIFY(gui.waitForFinished(15000));
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY2(sandboxDirs().isEmpty(), qPrintable(sandboxDirs().join(u' ')));
        QVERIFY(output.contains("sandbox stopped"));
    }

    void passwordNeverInTitleOrSettings()
    {
        const QString password = randomPassword();
        auto server = TestRedis::start({QStringLiteral("requirepass ") + password});
        QVERIFY(server);
        const QString url = QStringLiteral("redis://:%1@127.0.0.1:%2").arg(password).arg(server->port());
        auto parsed = RedisEndpoint::parse(url);
        QVERIFY(std::holds_alternative<RedisEndpoint>(parsed));
        const RedisEndpoint endpoint = std::get<RedisEndpoint>(parsed);
        QCOMPARE(endpoint.password, password);

        {
            MainWindow window(TestKeychainService);
            window.show();
            // The --redis path: used, never stored.
            window.connectTo(endpoint, MainWindow::Remember::Nothing);
            // Authenticated: INFO answers, so a version shows.
            QTRY_VERIFY_WITH_TIMEOUT(!window.statusWidget()->serverVersion().isEmpty(), 10000);
            QVERIFY(!window.windowTitle().contains(password));
            QVERIFY(window.windowTitle().contains(QString::number(server->port())));
            QVERIFY(!window.statusWidget()->stateText().contains(password));
            QVERIFY(!window.serverPage()->fieldText(QStringLiteral("endpoint")).contains(password));
            window.close();
        }
        QByteArray contents = settingsFileContents();
        QVERIFY(contents.contains("mainWindow")); // the window did save its state
        QVERIFY(!contents.contains(password.toUtf8()));
        QVERIFY(!contents.contains(QUrl::toPercentEncoding(password)));
        QVERIFY(!contents.contains("connection")); // --redis leaves the saved profile alone

        {
            // The connection dialog's path: the profile is saved, the password goes to the keychain
            // (or, without one, to memory for this session).
            MainWindow window(TestKeychainService);
            QSignalSpy written(window.passwordStore(), &PasswordStore::written);
            window.connectTo(endpoint, MainWindow::Remember::ProfileAndPassword);
            QVERIFY(written.wait(10000));
            QCOMPARE(written.constFirst().at(0).toString(), endpoint.toSafeUrl());
            QTRY_VERIFY_WITH_TIMEOUT(!window.statusWidget()->serverVersion().isEmpty(), 10000);
            QVERIFY(!window.windowTitle().contains(password));
            window.close();

            contents = settingsFileContents();
            QVERIFY(contents.contains(endpoint.toSafeUrl().toUtf8()));
            QVERIFY(!contents.contains(password.toUtf8()));
            QVERIFY(!contents.contains(QUrl::toPercentEncoding(password)));

            // Leave no entry behind in a real keychain.
            QSignalSpy removed(window.passwordStore(), &PasswordStore::removed);
            window.passwordStore()->remove(endpoint.toSafeUrl());
            QVERIFY(removed.wait(10000));
        }
    }

    // Help > Keyboard Shortcuts lists the window's actions with their keys, the pages' own
    // included (read from the actions, so it cannot drift from what the keys do).
    void shortcutsDialogListsTheActions()
    {
        MainWindow window(TestKeychainService);
        ShortcutsDialog dialog(&window);
        const QHash<QString, QString> keys = listedKeys(dialog);
        QCOMPARE(keys.value(QStringLiteral("Connect")), native(QKeySequence(Qt::CTRL | Qt::Key_K)));
        QCOMPARE(keys.value(QStringLiteral("Preferences")), native(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QCOMPARE(keys.value(QStringLiteral("Keyboard Shortcuts")), native(QKeySequence(Qt::Key_F1)));
        QCOMPARE(keys.value(QStringLiteral("Add a feed")), native(QKeySequence(Qt::Key_Insert))); // the Feeds page
        // Named as the feed's, not the Redis connection's ("Drop the connection and connect again").
        QCOMPARE(
            keys.value(QStringLiteral("Reconnect the selected feed now")), native(QKeySequence(Qt::CTRL | Qt::Key_R)));
        QCOMPARE(keys.value(QStringLiteral("Dashboard")), native(QKeySequence(Qt::CTRL | Qt::Key_1)));
        // The modes are the window's (through their action group): named, not their tooltips.
        QCOMPARE(keys.value(QStringLiteral("Observe")), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)));
        QCOMPARE(keys.value(QStringLiteral("Process")), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
        QCOMPARE(keys.value(QStringLiteral("Search tickets")), native(QKeySequence::Find)); // a QShortcut
        QCOMPARE(keys.value(QStringLiteral("Clear the ticket search (in its field)")),
            native(QKeySequence(Qt::Key_Escape)));
        QCOMPARE(keys.value(QStringLiteral("Ticket columns menu (the Menu key too)")),
            native(QKeySequence(Qt::SHIFT | Qt::Key_F10)));
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            QVERIFY2(!it.value().isEmpty() && !it.key().contains(u'&'), qPrintable(it.key()));
            QVERIFY2(it.key().size() <= 50, qPrintable(it.key())); // names, not long tooltips
        }
    }

    // The dead-letter and pending-entry windows are modal: the main window's F1 cannot reach
    // them, so each has its own F1 listing its buttons' keys, and the main list says so.
    void dialogsListTheirOwnShortcuts()
    {
        MainWindow window(TestKeychainService);
        ShortcutsDialog main(&window);
        auto *note = main.findChild<QLabel *>(QStringLiteral("dialogsNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("F1")));

        RedisConnection connection(RedisEndpoint {}); // never connected: only the buttons matter here
        DeadLettersDialog deadLetters(&connection, QStringLiteral("changes"));
        const auto f1 = [](const QWidget *dialog) {
            for (const QShortcut *s : dialog->findChildren<QShortcut *>()) {
                if (s->key() == QKeySequence(Qt::Key_F1))
                    return true;
            }
            return false;
        };
        QVERIFY(f1(&deadLetters));
        ShortcutsDialog list(&deadLetters);
        const QHash<QString, QString> keys = listedKeys(list);
        QCOMPARE(keys.value(QStringLiteral("Replay")), native(QKeySequence(Qt::CTRL | Qt::Key_R)));
        QCOMPARE(keys.value(QStringLiteral("Delete")), native(QKeySequence(QKeySequence::Delete)));
        QCOMPARE(keys.value(QStringLiteral("Refresh")), native(QKeySequence(QKeySequence::Refresh)));
        QCOMPARE(keys.value(QStringLiteral("Keyboard Shortcuts")), native(QKeySequence(Qt::Key_F1)));
        QVERIFY(!list.findChild<QLabel *>(QStringLiteral("dialogsNote")));

        PendingEntriesDialog pending(&connection, QStringLiteral("changes"), QStringLiteral("g"), {});
        QVERIFY(f1(&pending));
        ShortcutsDialog pendingList(&pending);
        QVERIFY(pendingList.table()->rowCount() >= 2); // Refresh and F1
    }

    // "Remember the password" keeps only a password the server accepted; after a rejection the
    // actions that need the server are off. A profile saved with a password whose keychain
    // entry is missing asks for it instead of connecting without it.
    void rejectedPasswordIsNotRemembered()
    {
        const QString password = randomPassword();
        auto server = TestRedis::start({QStringLiteral("requirepass ") + password});
        QVERIFY(server);
        RedisEndpoint endpoint = TestRedis::endpoint(*server);
        endpoint.password = randomPassword(); // wrong
        {
            MainWindow window(TestKeychainService);
            window.show();
            QSignalSpy written(window.passwordStore(), &PasswordStore::written);
            window.connectTo(endpoint, MainWindow::Remember::ProfileAndPassword);
            QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), RedisConnection::State::Failed, 10000);
            QAction *publish = nullptr;
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T))
                    publish = action;
            }
            QVERIFY(publish);
            QVERIFY(!publish->isEnabled());
            QVERIFY(written.isEmpty());
            QSignalSpy read(window.passwordStore(), &PasswordStore::readFinished);
            window.passwordStore()->read(endpoint.toSafeUrl());
            QVERIFY(read.wait(10000));
            QCOMPARE(read.constFirst().at(2).toBool(), false); // not found
            window.close();
        }
        {
            // The profile says a password was used, the keychain has none: the dialog asks.
            MainWindow window(TestKeychainService);
            window.show();
            QVERIFY(window.restoreLastConnection());
            QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ConnectionDialog *>(), 10000);
            const auto *result =
                window.findChild<ConnectionDialog *>()->findChild<QLabel *>(QStringLiteral("testResult"));
            QVERIFY(result);
            QTRY_VERIFY(result->text().contains(QStringLiteral("not in the keychain")));
            QVERIFY(!window.connection());
            window.close();
        }
    }

    // Without a keychain, a feed's secret header kept for the session says so, not "password".
    void sessionOnlyFeedSecretIsNamed()
    {
        MainWindow window(TestKeychainService);
        QSignalSpy written(window.passwordStore(), &PasswordStore::written);
        const QString key = FeedConfig::secretKey(QStringLiteral("f1"), QStringLiteral("Authorization"));
        window.passwordStore()->write(key, QStringLiteral("Bearer t0ken-value"));
        QVERIFY(written.wait(10000));
        if (written.constFirst().at(1).toBool()) {
            QSignalSpy removed(window.passwordStore(), &PasswordStore::removed);
            window.passwordStore()->remove(key);
            QVERIFY(removed.wait(10000));
            QSKIP("a keychain service is running here: nothing is session-only");
        }
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("secret header")),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("t0ken")));
    }

    // A rejected password is not left to the status bar (cut mid-word): the connection dialog
    // opens with the whole error, wrapped, and the password field focused; no password shows.
    void wrongPasswordOpensTheDialog()
    {
        const QString password = randomPassword();
        const QString wrong = randomPassword();
        auto server = TestRedis::start({QStringLiteral("requirepass ") + password});
        QVERIFY(server);
        RedisEndpoint endpoint = TestRedis::endpoint(*server);
        endpoint.password = wrong;

        MainWindow window(TestKeychainService);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(endpoint, MainWindow::Remember::Nothing);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ConnectionDialog *>(), 10000);
        auto *dialog = window.findChild<ConnectionDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        const auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
        QVERIFY(result);
        QTRY_VERIFY(result->isVisible());
        const QString text = result->text();
        QVERIFY2(text.contains(QStringLiteral("WRONGPASS invalid username-password pair or user is disabled")),
            qPrintable(text));
        QVERIFY(!text.contains(wrong));
        QVERIFY(!text.contains(password));
        // Whole: wrapped, and given the height its lines need.
        QVERIFY(result->wordWrap());
        QTRY_VERIFY2(result->heightForWidth(result->width()) <= result->height(),
            qPrintable(QStringLiteral("%1 > %2").arg(result->heightForWidth(result->width())).arg(result->height())));
        QVERIFY(result->width() <= dialog->width());
        auto *passwordField = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        QVERIFY(passwordField);
        QCOMPARE(passwordField->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog->focusWidget(), passwordField);
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(wrong));
        QVERIFY(!window.windowTitle().contains(wrong));

        // A second failure reuses the dialog instead of stacking another one.
        window.connectTo(endpoint, MainWindow::Remember::Nothing);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), RedisConnection::State::Failed, 10000);
        QCOMPARE(window.findChildren<ConnectionDialog *>().size(), 1);
        window.close();
    }

    // Long failure texts in the status bar (the consumer's state, a connection error, a
    // temporary message) are elided to the room there is, with the whole text as tooltip:
    // they never push the window wider (it grew past a 1280-pixel screen).
    void statusTextsNeverWidenTheWindow()
    {
        auto server = TestRedis::start({QStringLiteral("requirepass ") + randomPassword()});
        QVERIFY(server);
        RedisEndpoint endpoint = TestRedis::endpoint(*server);
        endpoint.password = randomPassword();

        MainWindow window(TestKeychainService);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.width(), 1280);

        const QString reason = QStringLiteral("failed: ")
            + QStringLiteral("the consumer could not read the stream because of a long reason, ").repeated(8)
            + QStringLiteral("end of reason");
        Q_EMIT window.pipeline()->stateChanged(StreamConsumer::State::Failed, reason);
        auto *pipelineLabel = window.findChild<QLabel *>(QStringLiteral("pipelineStatus"));
        QVERIFY(pipelineLabel);
        QTRY_VERIFY2(pipelineLabel->text().endsWith(QChar(0x2026)), qPrintable(pipelineLabel->text()));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(window.width(), 1280);
        QVERIFY(!pipelineLabel->text().contains(QStringLiteral("end of reason")));
        QVERIFY2(pipelineLabel->toolTip().contains(reason), qPrintable(pipelineLabel->toolTip()));
        QVERIFY(pipelineLabel->geometry().right() <= window.statusBar()->width());

        // A rejected password: the connection's error, next to the long consumer text.
        window.connectTo(endpoint, MainWindow::Remember::Nothing);
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), RedisConnection::State::Failed, 10000);
        auto *stateLabel = window.statusWidget()->findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(stateLabel);
        const QString error = window.connection()->stateText();
        QVERIFY2(error.contains(QStringLiteral("WRONGPASS")), qPrintable(error));
        QCOMPARE(window.statusWidget()->stateText(), error);
        QTRY_VERIFY2(stateLabel->text().endsWith(QChar(0x2026)), qPrintable(stateLabel->text()));
        QVERIFY(stateLabel->toolTip().contains(error));
        // Said once: the consumer, failed for the same reason, does not repeat it beside it.
        QTRY_COMPARE_WITH_TIMEOUT(window.pipeline()->state(), StreamConsumer::State::Failed, 10000);
        QTRY_COMPARE(pipelineLabel->text(), QStringLiteral("Consumer stopped: no connection"));
        QVERIFY2(pipelineLabel->toolTip().contains(QStringLiteral("WRONGPASS")), qPrintable(pipelineLabel->toolTip()));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(window.width(), 1280);
        QVERIFY(window.statusWidget()->geometry().right() <= window.statusBar()->width());

        // A temporary message is drawn elided in the space left of the permanent widgets.
        const QString message = QStringLiteral("Ticket store: ") + QStringLiteral("a very long message ").repeated(40);
        window.statusBar()->showMessage(message, 60000);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(window.width(), 1280);
        auto *bar = qobject_cast<ElidingStatusBar *>(window.statusBar());
        QVERIFY(bar);
        QCOMPARE(bar->currentMessage(), message);
        QVERIFY2(bar->shownMessage().endsWith(QChar(0x2026)), qPrintable(bar->shownMessage()));
        QVERIFY(bar->fontMetrics().horizontalAdvance(bar->shownMessage()) <= bar->messageRect().width());
        window.close();
    }

    // A validation message appears above the buttons without moving them (clicks on "Connect"
    // landed on empty space once the dialog grew under the mouse).
    // After Disconnect, Connect offers the server of this session (here, as with --redis, not
    // saved), not the saved profile or redis://127.0.0.1:6379, where Enter then connected.
    void connectAfterDisconnectOffersTheSessionsServer()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        MainWindow window(TestKeychainService);
        window.show();
        window.connectTo(TestRedis::endpoint(*server), MainWindow::Remember::Nothing);
        QTRY_VERIFY_WITH_TIMEOUT(window.connection() && window.connection()->isReady(), 10000);
        window.disconnectFromServer();
        QVERIFY(!window.connection());
        ConnectionDialog *dialog = window.showConnectionDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->endpoint().host, server->host());
        QCOMPARE(dialog->endpoint().port, server->port());
        dialog->reject();
    }

    // Each Alt+letter of the Connect dialog is one control's, in both languages: Alt+T toggled
    // "Use TLS" where "Test" was meant (and C, R, S and U were shared too).
    void connectionDialogMnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
    }

    void connectionDialogMnemonicsAreUnique()
    {
        QFETCH(QString, language);
        Translator::install(QCoreApplication::instance(), language);
        const auto restore =
            qScopeGuard([] { Translator::install(QCoreApplication::instance(), QStringLiteral("en")); });
        PasswordStore passwords(TestKeychainService);
        ConnectionDialog dialog(&passwords);
        QHash<QChar, QStringList> byKey;
        for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
            QString text;
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
                text = button->text();
            else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
                text = label->text();
            const qsizetype amp = text.indexOf(u'&');
            if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != u'&')
                byKey[text.at(amp + 1).toLower()] << text;
        }
        QVERIFY(byKey.size() >= 10);
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(QStringLiteral(" | "))));
    }

    void connectionDialogButtonsStayPut()
    {
        PasswordStore passwords(TestKeychainService);
        ConnectionDialog dialog(&passwords);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(url && error);
        QCoreApplication::processEvents();
        const QPoint before = buttons->mapToGlobal(QPoint(0, 0));
        url->setFocus();
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("ftp://127.0.0.1"));
        QTRY_VERIFY(error->isVisible());
        // Grown (if it had to) upwards: the buttons are where they were on the screen.
        QTRY_VERIFY(dialog.layout()->totalHeightForWidth(dialog.width()) <= dialog.height());
        QTRY_COMPARE(buttons->mapToGlobal(QPoint(0, 0)), before);
    }

    void connectionDialogEnterConnectsToTheTestedServer()
    {
        // Offered the sandbox (Enter starts it), someone types a server, clicks Test, presses
        // Enter: that connects to the server. It used to start the sandbox, since Test, disabled
        // while it ran, passed focus and the default to Start Sandbox.
        auto server = TestRedis::start();
        QVERIFY(server);
        PasswordStore passwords(TestKeychainService);
        ConnectionDialog dialog(&passwords);
        dialog.setOfferSandbox(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        QVERIFY(url);
        url->setFocus();
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("redis://127.0.0.1:%1").arg(server->port()));
        auto *testButton = dialog.findChild<QDialogButtonBox *>()->buttons().at(0);
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons()) {
            if (b->text().remove(u'&') == QStringLiteral("Test"))
                testButton = b;
        }
        QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
        testButton->setFocus();
        QTest::keyClick(testButton, Qt::Key_Space);
        QVERIFY(tested.wait(10000));
        QVERIFY(tested.constFirst().at(0).toBool());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.sandboxRequested());
        QCOMPARE(dialog.endpoint().port, server->port());
    }

    void connectionDialogSyncsAndTests()
    {
        auto server = TestRedis::start();
        QVERIFY(server);
        PasswordStore passwords(TestKeychainService);
        ConnectionDialog dialog(&passwords);
        dialog.show();

        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        auto *passwordField = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QVERIFY(url && host && passwordField);

        // The dialog asks the keychain once; without one it says the password stays in memory.
        QTRY_VERIFY_WITH_TIMEOUT(passwords.backend() != PasswordStore::Backend::Unknown, 10000);
        const auto *notice = dialog.findChild<QLabel *>(QStringLiteral("keychainNotice"));
        QVERIFY(notice);
        QCOMPARE(notice->isVisible(), passwords.isSessionOnly());
        if (passwords.isSessionOnly())
            QCOMPARE(notice->text(), PasswordStore::sessionOnlyText());

        // URL → fields; the password moves out of the URL line into the masked field.
        const QString secret = randomPassword();
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("redis://alice:%1@127.0.0.1:%2/3").arg(secret).arg(server->port()));
        QVERIFY(dialog.isValid());
        QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(passwordField->text(), secret);
        QCOMPARE(dialog.endpoint().user, QStringLiteral("alice"));
        QCOMPARE(dialog.endpoint().database, 3);
        Q_EMIT url->editingFinished();
        QVERIFY(!dialog.urlText().contains(secret));
        QCOMPARE(dialog.urlText(), dialog.endpoint().toSafeUrl());

        // Fields → URL.
        host->setText(QStringLiteral("localhost"));
        QVERIFY(dialog.urlText().contains(QStringLiteral("@localhost:")));

        // A bad URL shows the parser's error, without the password, and blocks Connect.
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("http://bob:%1@example").arg(secret));
        QVERIFY(!dialog.isValid());
        const auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error && error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!error->text().contains(secret));

        // Test against the fixture: no password, database 0.
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("redis://127.0.0.1:%1").arg(server->port()));
        passwordField->clear();
        QVERIFY(dialog.isValid());
        QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
        dialog.test();
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.constFirst().at(0).toBool(), qPrintable(tested.constFirst().at(1).toString()));
        RedisConnection reference(TestRedis::endpoint(*server));
        reference.open();
        QVERIFY(TestRedis::waitReady(reference));
        const RedisReply info = TestRedis::call(reference, {QByteArrayLiteral("INFO"), QByteArrayLiteral("server")});
        const QByteArray version = ServerInfo::parseFields(info.bytes()).value("redis_version");
        QVERIFY(!version.isEmpty());
        QVERIFY2(dialog.testResultText().contains(QString::fromLatin1(version)), qPrintable(dialog.testResultText()));

        // And a port where nothing listens fails, in the dialog, without retrying.
        const quint16 closedPort = RedisServerProcess::freePort();
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("redis://127.0.0.1:%1").arg(closedPort));
        tested.clear();
        dialog.test();
        QVERIFY(tested.wait(10000));
        QVERIFY(!tested.constFirst().at(0).toBool());
        QVERIFY(!dialog.testResultText().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // Settings go to a throwaway directory, never the user's configuration.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(config.path() + QStringLiteral("/data"))); // the ticket stores
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Streamdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("streamdesk"));
    TestGuiSmoke test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_smoke.moc"
