#pragma once

#include <QDialog>
#include <QPointer>

#include "services/deadletterqueue.h"

class DeadLetterModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RedisConnection;

// Pipeline ▸ Dead Letters: the newest entries of `<stream>:dlq` with their reasons and original
// fields, for the on-call engineer who fixed the cause and now replays them into the stream (or
// deletes what is garbage). Non-modal: the console keeps running behind it.
class DeadLettersDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLettersDialog)

public:
    static constexpr int ShownLimit = 1000; // newest entries fetched; the CLI handles any number

    DeadLettersDialog(RedisConnection *connection, const QString &stream, QWidget *parent = nullptr);
    ~DeadLettersDialog() override;

    [[nodiscard]] DeadLetterModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }

    void refresh();
    // The selected rows' entries: after a confirmation unless `confirm` is false (tests).
    void replaySelected(bool confirm = true);
    void deleteSelected(bool confirm = true);

Q_SIGNALS:
    // One line on what a replay or delete did, or why it failed: the window shows it, and so
    // does the main window's status bar (the dialog may be closing).
    void outcome(const QString &text);

protected:
    void reject() override; // Esc/Close while an operation runs stops it after its chunk first

private:
    void onFetched(const QList<DeadLetter> &newestFirst, qint64 total);
    void onFinished(const DeadLetterQueue::Result &result);
    void onFailed(const QString &error);
    void run(DeadLetterQueue::Operation operation, bool confirm);
    [[nodiscard]] QList<QByteArray> selectedIds() const;
    // How many of these entries are over the console's entry size limit.
    [[nodiscard]] int oversizedCount(const QList<QByteArray> &ids) const;
    void updateReasons();
    void updateDetails();
    void updateButtons();
    void updateSummary();
    void setStatus(const QString &text, bool error = false);

    QPointer<RedisConnection> m_connection;
    DeadLetterQueue *m_queue = nullptr;
    DeadLetterModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_reason = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_delete = nullptr;
    qint64 m_total = -1;
    bool m_closeWhenDone = false;
    bool m_connectionDown = false;
    bool m_keepStatus = false; // an operation's outcome survives the refresh that follows it
    int m_selectAfterRefresh = -1; // the row the first selected one was at, for the neighbour
    qint64 m_shown = 0; // entries fetched (ShownLimit at most)
};
