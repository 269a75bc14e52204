#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "ui/consoletableview.h"

class EventLogModel;
class FeedHub;
class FeedListModel;
class PasswordStore;
class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QToolBar;
struct FeedConfig;

// The feeds page: every SSE feed with its state, figures and last error, the actions on it
// (Add: Ins, Edit: F2 or Enter, Remove: Del, Enable, Reconnect now: Ctrl+R; on the toolbar and
// in the context menu), and below, the events the feeds delivered, with the selected event's
// data beside them (pretty-printed when it is JSON). Secret header values go to
// the keychain (PasswordStore, key FeedConfig::secretKey()) and to the hub, never to settings;
// setHub() reads the stored ones back and hands them to the hub.
class FeedsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsView)

public:
    // passwords: not owned, may be null (secret values then live for this session only).
    explicit FeedsView(PasswordStore *passwords, QWidget *parent = nullptr);

    // Not owned. Shows its feeds, appends its logEvents to this view's log, and asks the
    // keychain for every secret header value the hub waits for (feeds loaded before or after).
    void setHub(FeedHub *hub);

    [[nodiscard]] FeedListModel *feedModel() const { return m_model; }
    [[nodiscard]] EventLogModel *eventLogModel() const { return m_log; }
    [[nodiscard]] QTableView *feedTable() const { return m_table; }
    [[nodiscard]] QTableView *eventTable() const { return m_events; }
    [[nodiscard]] QPlainTextEdit *payloadView() const { return m_payload; }
    [[nodiscard]] QAction *addFeedAction() const { return m_add; }
    [[nodiscard]] QAction *editFeedAction() const { return m_edit; }
    [[nodiscard]] QAction *removeFeedAction() const { return m_remove; }
    [[nodiscard]] QAction *enableFeedAction() const { return m_enable; }
    [[nodiscard]] QAction *reconnectFeedAction() const { return m_reconnect; }
    // The id of the selected feed, or empty.
    [[nodiscard]] QString currentFeedId() const;

    // Stores the dialog's result: keychain writes and removals, then the hub. Public for tests
    // (the actions open a modal dialog first).
    void applyEdit(const FeedConfig &config, const QHash<QString, QString> &secrets, const QStringList &removedSecrets,
        const QStringList &unsetSecrets = {});

private:
    void addFeed();
    void editFeed();
    // Add (empty id) or edit; applied unless cancelled or the feed went meanwhile.
    void runEditDialog(const FeedConfig &initial, const QString &existingId);
    void removeFeed();
    void toggleEnabled();
    void reconnectFeed();
    void updateActions();
    void requestSecrets(const QString &feedId);
    void onSecretRead(const QString &key, const QString &value, bool found);
    void showContextMenu(const QPoint &pos);
    void showPayload(const QModelIndex &current);

    QPointer<FeedHub> m_hub;
    QPointer<PasswordStore> m_passwords;
    QHash<QString, std::pair<QString, QString>> m_awaitedSecrets; // keychain key -> (feed, header)
    FeedListModel *m_model = nullptr;
    EventLogModel *m_log = nullptr;
    QToolBar *m_toolBar = nullptr;
    ConsoleTableView *m_table = nullptr;
    ConsoleTableView *m_events = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QLabel *m_empty = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_enable = nullptr;
    QAction *m_reconnect = nullptr;
};
