#include "ui/feedsview.h"

#include <algorithm>

#include <QAction>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "models/eventlogmodel.h"
#include "models/feedlistmodel.h"
#include "services/feedhub.h"
#include "ui/eventlogdelegate.h"
#include "ui/feededitdialog.h"
#include "ui/passwordstore.h"
#include "ui/sandboxcontroller.h"
#include "ui/viewstyle.h"

using namespace Qt::StringLiterals;

namespace {

// Colours the feed's state: open green, (re)connecting amber, stopped by an error red,
// disabled dimmed; the rest of the row as usual.
class FeedStateDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QPalette &palette = option->palette;
        if (!index.data(FeedListModel::EnabledRole).toBool()) {
            option->palette.setColor(QPalette::Text, ViewStyle::dimmed(palette));
            return;
        }
        const auto state = SseClient::State(index.data(FeedListModel::StateRole).toInt());
        QColor color;
        switch (state) {
        case SseClient::State::Open:
            color = ViewStyle::good();
            break;
        case SseClient::State::Connecting:
        case SseClient::State::Reconnecting:
            color = ViewStyle::warning();
            break;
        case SseClient::State::Closed:
            color = ViewStyle::critical();
            break;
        case SseClient::State::Idle:
            return;
        }
        option->palette.setColor(QPalette::Text, ViewStyle::textColor(color, palette));
    }
};

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    ViewStyle::makeHeading(label);
    return label;
}

} // namespace

FeedsView::FeedsView(PasswordStore *passwords, QWidget *parent)
    : QWidget(parent)
    , m_passwords(passwords)
    , m_model(new FeedListModel(this))
    , m_log(new EventLogModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_table = ViewStyle::makeTable(this, u"feedTable"_s);
    m_table->setEmptyText(tr("No feeds. Add one (Ins) with the URL of an SSE endpoint."));
    // Shortcuts work while the page (Ins, Ctrl+R) or the feed table (F2, Enter, Del) has focus,
    // so Del or Enter in the event log never removes or opens a feed.
    const auto makeAction = [this](QWidget *scope, const QString &text, const QList<QKeySequence> &keys,
                                const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
        scope->addAction(action);
        return action;
    };
    m_add = makeAction(this, tr("&Add…"), {QKeySequence(Qt::Key_Insert)}, tr("Add a feed"));
    m_edit = makeAction(m_table, tr("&Edit…"),
        {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
        tr("Edit the selected feed"));
    m_remove = makeAction(m_table, tr("&Remove"), {QKeySequence(QKeySequence::Delete)}, tr("Remove the selected feed"));
    m_enable = makeAction(this, tr("E&nabled"), {}, tr("Connect to the selected feed or stop it"));
    m_enable->setCheckable(true);
    m_reconnect = makeAction(
        this, tr("Re&connect now"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, tr("Reconnect the selected feed now"));
    for (QAction *action : {m_add, m_edit, m_remove, m_enable, m_reconnect})
        m_toolBar->addAction(action);
    m_toolBar->insertSeparator(m_enable);
    outer->addWidget(m_toolBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *feedsBox = new QWidget(splitter);
    auto *feedsLayout = new QVBoxLayout(feedsBox);
    feedsLayout->setContentsMargins(0, 0, 0, 0);
    feedsLayout->addWidget(heading(tr("Feeds"), feedsBox));
    m_empty = new QLabel(tr("No feeds yet. Add one with the URL of a server-sent events stream (Ins)."), feedsBox);
    m_empty->setWordWrap(true);
    feedsLayout->addWidget(m_empty);
    m_table->setParent(feedsBox);
    m_table->setModel(m_model);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegateForColumn(FeedListModel::State, new FeedStateDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    // Room for a typical name and for the sandbox's own feed ("gateway do sandbox" in pt_BR).
    // Plus the enabled check box the name carries.
    header->resizeSection(FeedListModel::Name,
        std::max(ViewStyle::textWidth(this, u"notifications-api"_s),
            ViewStyle::textWidth(this, SandboxController::gatewayFeedName()))
            + style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6);
    header->resizeSection(FeedListModel::Url, ViewStyle::textWidth(this, u"https://tickets.example.com/events"_s));
    header->resizeSection(FeedListModel::State, ViewStyle::textWidth(this, tr("reconnecting in 8.8 s")));
    header->resizeSection(FeedListModel::Events, ViewStyle::textWidth(this, u"8,888,888"_s));
    header->resizeSection(FeedListModel::Bytes, ViewStyle::textWidth(this, u"888.8 MB"_s));
    header->resizeSection(FeedListModel::Reconnects, ViewStyle::textWidth(this, u"8,888"_s));
    header->resizeSection(FeedListModel::LastEventId, ViewStyle::textWidth(this, u"8888888888888-888"_s));
    // Why a feed fails, beside its red state: as the last column it was past the right edge at
    // the default window size (Portuguese headers are wider).
    header->moveSection(header->visualIndex(FeedListModel::LastError), header->visualIndex(FeedListModel::State) + 1);
    header->resizeSection(FeedListModel::LastError, ViewStyle::textWidth(this, u"Connection refused"_s));
    ViewStyle::fitHeaderLabels(header);
    feedsLayout->addWidget(m_table, 1);

    auto *eventsBox = new QWidget(splitter);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(heading(tr("Last %1 feed events").arg(QLocale().toString(m_log->limit())), eventsBox));
    m_events = ViewStyle::makeTable(eventsBox, u"feedEventsTable"_s);
    m_events->setEmptyText(tr("No feed event received yet."));
    ViewStyle::clearSelectionOfDroppedRows(m_events, m_log);
    m_events->setModel(m_log);
    m_events->setItemDelegate(new EventLogDelegate(m_events));
    m_events->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *eventsHeader = m_events->horizontalHeader();
    eventsHeader->setStretchLastSection(true);
    eventsHeader->resizeSection(EventLogModel::Time, ViewStyle::textWidth(this, u"88:88:88.888"_s));
    // As wide as a typical feed name, and the sandbox's ("gateway do sandbox" in Portuguese).
    eventsHeader->resizeSection(EventLogModel::Source,
        std::max(ViewStyle::textWidth(this, u"notifications-api"_s),
            ViewStyle::textWidth(this, SandboxController::gatewayFeedName())));
    eventsHeader->resizeSection(EventLogModel::Id, ViewStyle::textWidth(this, u"8888888888888-888"_s));
    eventsHeader->resizeSection(EventLogModel::Event, ViewStyle::textWidth(this, u"change_task:slm_updated"_s));
    eventsHeader->resizeSection(EventLogModel::Number, ViewStyle::textWidth(this, u"SCTASK8888888"_s));
    ViewStyle::fitHeaderLabels(eventsHeader);
    // The data of the selected event, whole: the row's tooltip only shows the start of it.
    auto *eventsSplitter = new QSplitter(Qt::Horizontal, eventsBox);
    m_events->setParent(eventsSplitter);
    m_payload = new QPlainTextEdit(eventsSplitter);
    m_payload->setObjectName(u"feedEventPayload"_s);
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Select an event to see the data it carried."));
    eventsSplitter->addWidget(m_events);
    eventsSplitter->addWidget(m_payload);
    // The log gets two thirds: at 3:2 its number column was out of view at 1216 pixels.
    eventsSplitter->setStretchFactor(0, 2);
    eventsSplitter->setStretchFactor(1, 1);
    eventsLayout->addWidget(eventsSplitter, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    outer->addWidget(splitter, 1);

    connect(m_add, &QAction::triggered, this, &FeedsView::addFeed);
    connect(m_edit, &QAction::triggered, this, &FeedsView::editFeed);
    connect(m_remove, &QAction::triggered, this, &FeedsView::removeFeed);
    connect(m_enable, &QAction::triggered, this, &FeedsView::toggleEnabled);
    connect(m_reconnect, &QAction::triggered, this, &FeedsView::reconnectFeed);
    connect(m_table, &QTableView::doubleClicked, this, &FeedsView::editFeed);
    connect(m_table, &QWidget::customContextMenuRequested, this, &FeedsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedsView::updateActions);
    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedsView::showPayload);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FeedsView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FeedsView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FeedsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeedsView::updateActions);
    if (m_passwords)
        connect(m_passwords, &PasswordStore::readFinished, this, &FeedsView::onSecretRead);
    updateActions();
}

void FeedsView::showPayload(const QModelIndex &current)
{
    // No current row: the selected event left the full log (ViewStyle::clearSelectionOfDroppedRows).
    // The pane keeps its data rather than going blank under the reader.
    if (!current.isValid())
        return;
    const QModelIndex row = current.siblingAtColumn(0);
    const QString payload = row.data(EventLogModel::PayloadRole).toString();
    const QString problem = row.data(EventLogModel::ProblemRole).toString();
    QString text = payload;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && !json.isNull())
        text = QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    if (text.isEmpty())
        text = tr("(no data)");
    m_payload->setPlainText(problem.isEmpty() ? text : problem + u"\n\n"_s + text);
}

void FeedsView::setHub(FeedHub *hub)
{
    if (m_hub)
        m_hub->disconnect(this);
    m_hub = hub;
    m_model->setHub(hub);
    if (hub) {
        connect(hub, &FeedHub::logEvents, m_log, qOverload<const QList<LogEvent> &>(&EventLogModel::append));
        connect(hub, &FeedHub::feedAdded, this, [this](const QString &id) {
            // A new feed becomes the current row, so Edit and Remove act on what was just added.
            const int row = m_model->rowOf(id);
            if (row >= 0)
                m_table->setCurrentIndex(m_model->index(row, FeedListModel::Name));
            requestSecrets(id);
        });
        // Feeds loaded before or after this call alike.
        for (const QString &id : hub->feedIds())
            requestSecrets(id);
    }
    updateActions();
}

QString FeedsView::currentFeedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->feedId(current.row()) : QString();
}

void FeedsView::requestSecrets(const QString &feedId)
{
    // Only feeds that wait: a feed added from the dialog already has its typed values.
    if (!m_hub || !m_hub->isWaitingForSecrets(feedId))
        return;
    if (const std::optional<FeedConfig> found = m_hub->feed(feedId)) {
        const FeedConfig &config = *found;
        for (const FeedConfig::Header &header : config.headers) {
            if (!header.secret)
                continue;
            const QString key = FeedConfig::secretKey(config.id, header.name);
            if (!m_passwords) {
                m_hub->setSecretMissing(config.id, header.name); // nothing will ever bring it
                continue;
            }
            m_awaitedSecrets.insert(key, {config.id, header.name});
            m_passwords->read(key);
        }
    }
}

void FeedsView::onSecretRead(const QString &key, const QString &value, bool found)
{
    const auto it = m_awaitedSecrets.constFind(key);
    if (it == m_awaitedSecrets.cend())
        return;
    const auto [feedId, headerName] = *it;
    m_awaitedSecrets.erase(it);
    // Not found: the feed does not connect (the server would answer 401) and says which
    // header to type again; typing it in the feed's dialog starts it.
    if (!m_hub)
        return;
    if (found)
        m_hub->setSecret(feedId, headerName, value);
    else
        m_hub->setSecretMissing(feedId, headerName);
}

void FeedsView::applyEdit(const FeedConfig &config, const QHash<QString, QString> &secrets,
    const QStringList &removedSecrets, const QStringList &unsetSecrets)
{
    if (!m_hub)
        return;
    for (const QString &name : removedSecrets) {
        if (m_passwords)
            m_passwords->remove(FeedConfig::secretKey(config.id, name));
    }
    FeedConfig withSecrets = config;
    for (FeedConfig::Header &header : withSecrets.headers) {
        if (!header.secret)
            continue;
        const QString value = secrets.value(header.name);
        if (value.isEmpty())
            continue;
        if (m_passwords)
            m_passwords->write(FeedConfig::secretKey(config.id, header.name), value);
        header.value = value; // the hub keeps it in memory and saves the config without it
    }
    const bool known = m_hub->feed(config.id).has_value();
    // The sandbox's feed stays a session feed when edited.
    m_hub->setFeed(
        withSecrets, m_hub->isSessionOnly(config.id) ? FeedHub::Persistence::Session : FeedHub::Persistence::Saved);
    // A secret header with no value (a new feed's nobody typed, a renamed one, one the keychain
    // lost and OK pressed without typing it): nothing to wait for from the keychain, and
    // nothing to connect with but a 401. The feed waits and its state says which header to type.
    for (const FeedConfig::Header &header : withSecrets.headers) {
        if (header.secret && header.value.isEmpty() && (!known || unsetSecrets.contains(header.name)))
            m_hub->setSecretMissing(config.id, header.name);
    }
}

void FeedsView::addFeed()
{
    if (!m_hub)
        return;
    runEditDialog(FeedConfig {}, QString());
}

void FeedsView::editFeed()
{
    const QString id = currentFeedId();
    if (!m_hub || id.isEmpty())
        return;
    const std::optional<FeedConfig> config = m_hub->feed(id);
    if (!config)
        return;
    runEditDialog(*config, id);
}

void FeedsView::runEditDialog(const FeedConfig &initial, const QString &existingId)
{
    FeedEditDialog dialog(this);
    dialog.setConfig(initial);
    dialog.setMissingSecrets(m_hub ? m_hub->missingSecrets(existingId) : QSet<QString>());
    // exec(): the event loop runs meanwhile, and an edited feed may go (the sandbox's, when the
    // sandbox stops); re-adding it would turn it into a saved feed pointing nowhere.
    if (dialog.exec() != QDialog::Accepted || !m_hub || (!existingId.isEmpty() && !m_hub->feed(existingId)))
        return;
    applyEdit(dialog.config(), dialog.secretValues(), dialog.removedSecrets(), dialog.unsetSecrets());
}

void FeedsView::removeFeed()
{
    const QString id = currentFeedId();
    if (!m_hub || id.isEmpty())
        return;
    const std::optional<FeedConfig> config = m_hub->feed(id);
    if (!config)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(this, tr("Remove feed"),
        tr("Remove the feed \"%1\"? Its events stay in the ticket store.").arg(config->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    for (const FeedConfig::Header &header : config->headers) {
        if (header.secret && m_passwords)
            m_passwords->remove(FeedConfig::secretKey(id, header.name));
    }
    m_hub->removeFeed(id);
}

void FeedsView::toggleEnabled()
{
    const QString id = currentFeedId();
    if (m_hub && !id.isEmpty())
        m_hub->setEnabled(id, m_enable->isChecked());
}

void FeedsView::reconnectFeed()
{
    const QString id = currentFeedId();
    if (m_hub && !id.isEmpty())
        m_hub->reconnect(id);
}

void FeedsView::updateActions()
{
    const QString id = currentFeedId();
    const bool have = m_hub && !id.isEmpty();
    const bool enabled = have && m_hub->stats(id).enabled;
    m_add->setEnabled(m_hub != nullptr);
    m_edit->setEnabled(have);
    m_remove->setEnabled(have);
    m_enable->setEnabled(have);
    m_enable->setChecked(enabled);
    m_reconnect->setEnabled(enabled);
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
}

void FeedsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_add);
    menu.addAction(m_edit);
    menu.addAction(m_remove);
    menu.addSeparator();
    menu.addAction(m_enable);
    menu.addAction(m_reconnect);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}
