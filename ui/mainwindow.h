#pragma once

#include <optional>

#include <QMainWindow>
#include <QPointer>

#include "services/redisconnection.h"
#include "services/redisendpoint.h"
#include "services/servermonitor.h"
#include "services/streamconsumer.h"

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class ConnectionStatusWidget;
class ConnectionDialog;
class DeadLettersDialog;
class PendingEntriesDialog;
class DashboardView;
class ElidedLabel;
class FeedHub;
class FeedsView;
class PasswordStore;
class PipelineController;
class SandboxController;
class ServerPage;
class StreamMonitor;
class StreamView;
class TicketsView;
struct TestEvent;

// The shell the views plug into: a navigation list beside a stack of pages, menus, a
// toolbar, and a status bar that shows the connection. It owns the connection (one at a
// time), its ServerMonitor and the sandbox.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Dashboard, Tickets, Streams, Feeds, Queue, Server };
    Q_ENUM(Page)

    // What to remember of a connection made with connectTo().
    enum class Remember {
        Nothing, // --redis on the command line: used, never stored
        Profile, // the profile (no password); a saved password is removed
        ProfileAndPassword, // the profile, and the password in the keychain
    };

    // keychainService: tests pass their own so they never touch the user's entries.
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const QString &keychainService, QWidget *parent = nullptr);
    ~MainWindow() override;

    void connectTo(const RedisEndpoint &endpoint, Remember remember = Remember::Nothing);
    // Starts the sandbox and connects to it when ready (File → Start sandbox, --sandbox).
    void startSandbox();
    void disconnectFromServer();
    // Takes the pipeline settings saved by Preferences (stream key, store, state table):
    // the consumer reattaches, and a running sandbox moves its feed to the new stream.
    void applyPipelineSettings();
    // Reconnects to the saved profile (password from the keychain); without one, shows the
    // connection dialog offering the sandbox. Returns true if there was a profile.
    bool restoreLastConnection();
    // Returns the dialog (also the one already open, brought to the front).
    ConnectionDialog *showConnectionDialog(bool offerSandbox = false);
    void showPage(Page page);
    void focusPage(Page page);
    // Puts a real view in place of a page's placeholder (the window takes ownership). The view
    // gets its connection from connectionChanged(), emitted again here for the current one.
    void setPageWidget(Page page, QWidget *widget);

    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] RedisConnection *connection() const { return m_connection; }
    [[nodiscard]] ServerMonitor *monitor() const { return m_monitor; }
    [[nodiscard]] SandboxController *sandbox() const { return m_sandbox; }
    [[nodiscard]] PasswordStore *passwordStore() const { return m_passwords; }
    [[nodiscard]] ConnectionStatusWidget *statusWidget() const { return m_status; }
    [[nodiscard]] ServerPage *serverPage() const { return m_serverPage; }
    [[nodiscard]] PipelineController *pipeline() const { return m_pipeline; }
    [[nodiscard]] DashboardView *dashboardView() const { return m_dashboard; }
    [[nodiscard]] TicketsView *ticketsView() const { return m_ticketsView; }
    [[nodiscard]] StreamView *streamView() const { return m_streamView; }
    [[nodiscard]] FeedHub *feedHub() const { return m_feedHub; }
    [[nodiscard]] FeedsView *feedsView() const { return m_feedsView; }
    [[nodiscard]] QString sandboxFeedId() const { return m_sandboxFeedId; }
    [[nodiscard]] QAction *processingAction() const { return m_processingAction; }
    [[nodiscard]] QAction *observeModeAction() const { return m_observeModeAction; }
    [[nodiscard]] QAction *processModeAction() const { return m_processModeAction; }
    [[nodiscard]] QAction *publishAction() const { return m_publishAction; }
    [[nodiscard]] QAction *deadLettersAction() const { return m_deadLettersAction; }
    [[nodiscard]] QAction *readWholeStreamAction() const { return m_readWholeStreamAction; }
    // The open Dead Letters dialog, if any (one at a time, for the stream in use).
    [[nodiscard]] DeadLettersDialog *deadLettersDialog() const;
    [[nodiscard]] PendingEntriesDialog *pendingEntriesDialog() const;
    // Switches observe/process, as the toolbar's mode actions do.
    void setConsumerMode(StreamConsumer::Mode mode);
    // Writes a test event to the pipeline's stream (the toolbar's "Publish test event").
    void publishTestEvent(const TestEvent &event);
    [[nodiscard]] QWidget *pageWidget(Page page) const;
    // Safe URL or "Sandbox"; never a password.
    [[nodiscard]] QString connectionDisplayName() const { return m_displayName; }

Q_SIGNALS:
    // A new connection (or none). Pages and later views take it from here.
    void connectionChanged(RedisConnection *connection, ServerMonitor *monitor, const QString &displayName);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createPipelineViews();
    void createFeeds();
    void applyStateLabels(); // the event logs' State columns, from the tickets' state table
    void onSandboxGateway(const QUrl &url);
    void leaveSandboxFeed();
    void onSandboxStopping();
    void attachPipeline();
    void onConsumerState(StreamConsumer::State state, const QString &text);
    void toggleProcessing();
    void showPublishDialog();
    void showDeadLetters();
    void showPendingEntries(const QString &group, const QString &consumer);
    void createActions();
    void createMenus();
    void createToolBar();
    void addNavigationHeading(const QString &text);
    void addPage(Page page, const QIcon &icon, const QString &title, QWidget *widget);
    void onNavigationChanged(int row);
    void connectEndpoint(const RedisEndpoint &endpoint, const QString &displayName);
    void teardownConnection();
    void onSandboxReady(const RedisEndpoint &endpoint);
    void onSandboxFailed(const QString &reason, bool serverMissing);
    void onPasswordWritten(const QString &key, bool persistent);
    void onPasswordRead(const QString &key, const QString &password, bool found);
    void showPreferences();
    void showAbout();
    void updateTitle();
    void updateActions();
    void saveWindowSettings() const;
    void restoreWindowSettings();

    PasswordStore *m_passwords = nullptr;
    SandboxController *m_sandbox = nullptr;
    QPointer<RedisConnection> m_connection;
    QPointer<ServerMonitor> m_monitor;
    QString m_displayName;
    bool m_connectedToSandbox = false;
    bool m_connectWhenSandboxReady = false;
    QPointer<ConnectionDialog> m_connectionDialog;
    QString m_awaitedPasswordKey; // the profile being restored, waiting for its password
    RedisEndpoint m_awaitedEndpoint;
    // The server this run last connected to (not the sandbox), saved or not (--redis is not):
    // after Disconnect, Connect offers it rather than the saved profile or the default.
    std::optional<RedisEndpoint> m_lastServer;
    // "Remember the password": written to the keychain once the server accepted it, so a
    // mistyped one is never kept. Key (safe URL) and password; cleared with the connection.
    std::pair<QString, QString> m_passwordToRemember;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    ServerPage *m_serverPage = nullptr;
    ConnectionStatusWidget *m_status = nullptr;
    QList<QWidget *> m_pages; // indexed by Page
    PipelineController *m_pipeline = nullptr;
    qint64 m_feedAppliedSeen = 0; // the feeds' applied counters, summed, last time we looked
    DashboardView *m_dashboard = nullptr;
    TicketsView *m_ticketsView = nullptr;
    StreamView *m_streamView = nullptr;
    QPointer<StreamMonitor> m_streamMonitor; // the connection's child
    ElidedLabel *m_pipelineStatus = nullptr;
    FeedHub *m_feedHub = nullptr;
    FeedsView *m_feedsView = nullptr;
    QString m_sandboxFeedId; // the sandbox gateway's feed, never saved
    bool m_closing = false; // closeEvent() or destruction is under way

    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_sandboxAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr; // Help > Keyboard Shortcuts (F1)
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QAction *m_processingAction = nullptr; // start/stop the consumer
    QAction *m_observeModeAction = nullptr;
    QAction *m_processModeAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_deadLettersAction = nullptr;
    QAction *m_readWholeStreamAction = nullptr;
    QPointer<DeadLettersDialog> m_deadLettersDialog;
    QPointer<PendingEntriesDialog> m_pendingDialog; // the last one opened
};
