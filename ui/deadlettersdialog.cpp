#include "ui/deadlettersdialog.h"

#include <algorithm>
#include <limits>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/deadlettermodel.h"
#include "services/redisconnection.h"
#include "ui/consoletableview.h"
#include "ui/pipelinecontroller.h"
#include "ui/shortcutsdialog.h"
#include "ui/viewstyle.h"

using namespace Qt::StringLiterals;

namespace {

// A too_large entry is over 1 MiB: the dialog keeps and shows the start of such a value.
constexpr qsizetype kShownValueBytes = 64 * 1024;

QString shownValue(const QByteArray &value, qsizetype fullSize)
{
    if (fullSize > value.size())
        return QString::fromUtf8(value) + u"\n… "_s
            + DeadLettersDialog::tr("(%1 more bytes not shown)").arg(QLocale().toString(fullSize - value.size()));
    // A record reads better indented; what is not JSON is shown as it came.
    if (value.startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(value);
        if (doc.isObject())
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    return QString::fromUtf8(value);
}

// Rounded up: an entry one byte over a 1,024 KiB limit reads 1,025 KiB.
QString kib(qsizetype bytes)
{
    return QLocale().toString((qlonglong(bytes) + 1023) / 1024);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// "Too large (too_large)": words to read, and the code the CLI's --reason takes.
QString reasonChoice(const QString &code)
{
    const QString label = DeadLetter::reasonLabel(code);
    return label == code ? code : u"%1 (%2)"_s.arg(label, code);
}

} // namespace

DeadLettersDialog::DeadLettersDialog(RedisConnection *connection, const QString &stream, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_queue(new DeadLetterQueue(connection, stream, this))
    , m_model(new DeadLetterModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Dead Letters — %1").arg(m_queue->key()));
    setObjectName(u"deadLettersDialog"_s);
    resize(1000, 640);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(DeadLetterModel::ReasonCodeRole);
    m_filter->setFilterKeyColumn(0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"reasonFilter"_s);
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(reasonLabel);
    top->addWidget(m_reason);

    m_table = new ConsoleTableView(this);
    m_table->setObjectName(u"deadLetterTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DeadLetterModel::Reason, QHeaderView::Stretch);
    // From what the columns show, in this font: at fixed pixels "change_task:slm_updated" lost
    // its end while the consumer's column had room to spare.
    m_table->setColumnWidth(DeadLetterModel::Time, ViewStyle::textWidth(this, u"8888-88-88 88:88:88"_s));
    m_table->setColumnWidth(DeadLetterModel::Event, ViewStyle::textWidth(this, u"change_task:slm_updated"_s));
    m_table->setColumnWidth(DeadLetterModel::Number, ViewStyle::textWidth(this, u"SCTASK8888888"_s));
    m_table->setColumnWidth(DeadLetterModel::SourceId, ViewStyle::textWidth(this, u"8888888888888-888"_s));
    m_table->setColumnWidth(DeadLetterModel::Consumer, ViewStyle::textWidth(this, u"streamdesk-host-user"_s));
    ViewStyle::fitHeaderLabels(m_table->horizontalHeader());

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"details"_s);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a dead letter to see its reason and original fields."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the dead-letter stream again (F5)"));
    m_replay = buttons->addButton(tr("&Replay"), QDialogButtonBox::ActionRole);
    m_replay->setObjectName(u"replay"_s);
    m_replay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replay->setToolTip(tr("Put the selected entries back into %1 as new entries and remove them from here "
                            "(Ctrl+R). Fix the cause first: an entry that still cannot be read comes back.")
                             .arg(stream));
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"delete"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected entries from the dead-letter stream for good (Del)"));
    ViewStyle::noDefaultButton(buttons); // Enter on a row (or in the reason box) closed the window
    ShortcutsDialog::install(this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeadLettersDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &DeadLettersDialog::refresh);
    connect(m_replay, &QPushButton::clicked, this, [this] { replaySelected(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_reason->currentData().toString();
        // At once from what is listed, then from the server: the newest entries of that reason,
        // however far back they are.
        m_filter->setFilterRegularExpression(
            code.isEmpty() ? QString() : u"^"_s + QRegularExpression::escape(code) + u"$"_s);
        updateSummary();
        updateButtons();
        refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_queue, &DeadLetterQueue::fetched, this, &DeadLettersDialog::onFetched);
    connect(m_queue, &DeadLetterQueue::finished, this, &DeadLettersDialog::onFinished);
    connect(m_queue, &DeadLetterQueue::failed, this, &DeadLettersDialog::onFailed);
    connect(m_queue, &DeadLetterQueue::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });

    // Buttons follow the connection: nothing to replay through while it reconnects.
    if (m_connection) {
        connect(m_connection, &RedisConnection::stateChanged, this, [this](RedisConnection::State state) {
            updateButtons();
            // Said where the last outcome was: an old "Deleted 1 entry." read as current.
            if (state == RedisConnection::State::Ready) {
                if (m_connectionDown) {
                    m_connectionDown = false;
                    setStatus({});
                    refresh();
                }
            } else if (!m_connectionDown) {
                m_connectionDown = true;
                setStatus(tr("The connection is down; the list is as it was. It is read again when the "
                             "connection is back."),
                    true);
            }
        });
    }

    updateReasons();
    updateButtons();
    refresh();
}

DeadLettersDialog::~DeadLettersDialog() = default;

void DeadLettersDialog::refresh()
{
    if (!m_connection) {
        setStatus(tr("Not connected."), true);
        return;
    }
    if (m_queue->isBusy() && !m_queue->isRunning())
        m_queue->cancel(); // a read for another reason: this one replaces it
    if (m_queue->fetch(ShownLimit, m_reason->currentData().toString(), kShownValueBytes)) {
        if (!m_keepStatus)
            setStatus(tr("Reading %1…").arg(m_queue->key()));
        updateButtons();
    }
}

void DeadLettersDialog::replaySelected(bool confirm)
{
    run(DeadLetterQueue::Operation::Replay, confirm);
}

void DeadLettersDialog::deleteSelected(bool confirm)
{
    run(DeadLetterQueue::Operation::Delete, confirm);
}

void DeadLettersDialog::reject()
{
    if (m_queue->isRunning()) {
        // Stop after the chunk under way, then close: what was done is reported (here and in
        // the main window's status bar).
        m_closeWhenDone = true;
        m_queue->cancel();
        setStatus(tr("Stopping after the entries under way…"));
        return;
    }
    m_queue->cancel(); // a fetch under way: dropped
    QDialog::reject();
}

void DeadLettersDialog::run(DeadLetterQueue::Operation operation, bool confirm)
{
    const QList<QByteArray> ids = selectedIds();
    if (ids.isEmpty() || m_queue->isBusy())
        return;
    const int n = int(ids.size());
    const bool replay = operation == DeadLetterQueue::Operation::Replay;
    if (confirm) {
        const QString question = replay ? tr("Replay %n dead letters into %1?", nullptr, n).arg(m_queue->stream())
                                        : tr("Delete %n dead letters for good?", nullptr, n);
        QString detail = replay
            ? tr("Each goes back into the stream as a new entry with its original fields, and leaves the "
                 "dead-letter stream. Consumer groups process it like any other entry; one that still cannot "
                 "be read comes back here.")
            : tr("Their fields are lost; nothing processes them again.", nullptr, n);
        // Replaying a too_large entry before raising the limit only dead-letters it again.
        const int oversized = replay ? oversizedCount(ids) : 0;
        if (oversized > 0)
            detail = tr("%n of them are larger than the largest entry this console reads (%1 KiB): they will "
                        "come back here unless that limit is raised first, in Settings ▸ Preferences (and in "
                        "any other processor of the stream).",
                         nullptr, oversized)
                         .arg(kib(PipelineController::maxEntryBytes()))
                + u"\n\n"_s + detail;
        QMessageBox box(oversized > 0 ? QMessageBox::Warning : QMessageBox::Question, windowTitle(), question,
            QMessageBox::Cancel, this);
        box.setObjectName(u"confirmation"_s);
        box.setInformativeText(detail);
        QPushButton *yes = box.addButton(replay ? tr("Replay") : tr("Delete"), QMessageBox::AcceptRole);
        box.setDefaultButton(
            replay && oversized == 0 ? yes : qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    if (!m_queue->run(operation, ids))
        return;
    // Afterwards the selection goes to the row below the first one acted on, not the top.
    int first = std::numeric_limits<int>::max();
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        first = std::min(first, row.row());
    m_selectAfterRefresh = first;
    setStatus(replay ? tr("Replaying %n entries…", nullptr, n) : tr("Deleting %n entries…", nullptr, n));
    m_progress->setRange(0, n);
    m_progress->setValue(0);
    m_progress->setVisible(n > 1);
    updateButtons();
}

int DeadLettersDialog::oversizedCount(const QList<QByteArray> &ids) const
{
    const qsizetype limit = PipelineController::maxEntryBytes();
    int n = 0;
    for (const QByteArray &id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->deadLetterAt(row).originalBytes() > limit)
            ++n;
    }
    return n;
}

QList<QByteArray> DeadLettersDialog::selectedIds() const
{
    QList<QByteArray> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(DeadLetterModel::IdRole).toByteArray());
    return ids;
}

void DeadLettersDialog::onFetched(const QList<DeadLetter> &newestFirst, qint64 total)
{
    m_total = total;
    m_shown = newestFirst.size();
    m_model->setDeadLetters(newestFirst);
    updateReasons();
    updateSummary();
    if (!m_keepStatus)
        setStatus({});
    m_keepStatus = false;
    const int rows = m_filter->rowCount();
    if (m_selectAfterRefresh >= 0 && rows > 0)
        m_table->selectRow(std::min(m_selectAfterRefresh, rows - 1));
    else if (!m_table->selectionModel()->hasSelection() && rows > 0)
        m_table->selectRow(0);
    m_selectAfterRefresh = -1;
    updateDetails();
    updateButtons();
}

void DeadLettersDialog::updateSummary()
{
    const QString code = m_reason->currentData().toString();
    QString text;
    if (m_total == 0)
        text = tr("No dead letters: %1 is empty.").arg(m_queue->key());
    else if (m_total > 0)
        text = tr("%1 holds %Ln dead letters.", nullptr, int(m_total)).arg(m_queue->key());
    if (code.isEmpty() && m_total > m_shown)
        text += u' '
            + tr("The newest %1 are listed; streamdesk-cli dead-letters replays or deletes any number of them.")
                  .arg(QLocale().toString(m_shown));
    if (!code.isEmpty())
        text += u' ' + tr("%n listed with reason %1.", nullptr, m_filter->rowCount()).arg(reasonChoice(code));
    m_summary->setText(text);
}

void DeadLettersDialog::onFinished(const DeadLetterQueue::Result &result)
{
    m_progress->hide();
    const bool replay = result.operation == DeadLetterQueue::Operation::Replay;
    QString text = replay ? tr("Replayed %n entries into %1.", nullptr, int(result.done)).arg(m_queue->stream())
                          : tr("Deleted %n entries.", nullptr, int(result.done));
    if (result.missing > 0)
        text += u' ' + tr("%n were already gone.", nullptr, int(result.missing));
    if (result.empty > 0)
        text += u' ' + tr("%n had no original fields to replay and stay here.", nullptr, int(result.empty));
    if (result.failed > 0)
        text += u' '
            + tr("%n were refused by the server and stay here (%1).", nullptr, int(result.failed))
                  .arg(result.firstFailure);
    if (result.canceled)
        text += u' ' + tr("Stopped before the end.");
    setStatus(text, result.failed > 0);
    Q_EMIT outcome(text);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    m_keepStatus = true; // the refresh below must not wipe it
    refresh();
}

void DeadLettersDialog::onFailed(const QString &error)
{
    m_progress->hide();
    m_keepStatus = false;
    m_selectAfterRefresh = -1;
    const QString text = tr("Failed: %1").arg(error);
    setStatus(text, true);
    Q_EMIT outcome(text);
    updateButtons();
    if (m_closeWhenDone)
        QDialog::reject();
}

void DeadLettersDialog::updateReasons()
{
    const QString current = m_reason->currentData().toString();
    // Every code Streamdesk writes, and any other seen (another version's), whether or not the
    // entries listed have it: choosing one reads that reason's entries from the server.
    const QStringList known = DeadLetter::knownReasonCodes();
    QSet<QString> codes(known.cbegin(), known.cend());
    for (const DeadLetter &d : m_model->deadLetters())
        codes.insert(d.reasonCode);
    QStringList sorted(codes.cbegin(), codes.cend());
    sorted.sort();
    const QSignalBlocker blocker(m_reason);
    m_reason->clear();
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString &code : std::as_const(sorted))
        if (!code.isEmpty())
            m_reason->addItem(reasonChoice(code), code);
    // A reason whose last entry went stays chosen (and shows nothing) rather than jumping to all.
    if (!current.isEmpty() && m_reason->findData(current) < 0)
        m_reason->addItem(reasonChoice(current), current);
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(current)));
}

void DeadLettersDialog::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->setPlainText(rows.isEmpty() ? QString() : tr("%n entries selected.", nullptr, int(rows.size())));
        return;
    }
    const int row = m_model->rowOf(rows.constFirst().data(DeadLetterModel::IdRole).toByteArray());
    if (row < 0) {
        m_details->clear();
        return;
    }
    const DeadLetter &d = m_model->deadLetterAt(row);
    QString text;
    // The reason as the consumer wrote it (English, with the specifics: "it is an array"), after
    // its code's label in the console's language.
    const QString label = d.reasonCode.isEmpty() ? QString() : DeadLetter::reasonLabel(d.reasonCode);
    text += tr("Reason: %1")
                .arg(label.isEmpty() || label == d.reasonCode ? orDash(d.reasonCode)
                                                              : label + u" ("_s + d.reasonCode + u')')
        + u'\n';
    text += tr("As written: %1").arg(orDash(d.reason)) + u'\n';
    if (const qsizetype limit = PipelineController::maxEntryBytes(); d.originalBytes() > limit)
        text += tr("Size: %1 KiB, larger than the largest entry this console reads (%2 KiB): raise that limit "
                   "in Settings ▸ Preferences before replaying it.")
                    .arg(kib(d.originalBytes()), kib(limit))
            + u'\n';
    text += tr("Dead-lettered: %1 by %2")
                .arg(d.time.isValid() ? d.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz t"_s) : u"-"_s,
                    orDash(d.consumer));
    if (d.deliveries >= 0)
        text += u", "_s + tr("after %n deliveries", nullptr, d.deliveries);
    text +=
        u'\n' + tr("Read from: %1 at %2").arg(orDash(d.sourceStream), orDash(QString::fromLatin1(d.sourceId))) + u'\n';
    text += tr("Id here: %1").arg(QString::fromLatin1(d.id)) + u"\n\n"_s;
    if (d.original.isEmpty())
        text += tr("No original fields (the entry was deleted from the stream while pending).");
    else
        text += tr("Original fields:") + u'\n';
    for (qsizetype i = 0; i < d.original.size(); ++i) {
        const auto &[name, value] = d.original.at(i);
        text += QString::fromUtf8(name) + u": "_s + shownValue(value, d.fullSize(i)) + u'\n';
    }
    m_details->setPlainText(text);
}

void DeadLettersDialog::updateButtons()
{
    const bool idle = !m_queue->isBusy() && m_connection && m_connection->isReady();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_refresh->setEnabled(idle);
    m_replay->setEnabled(idle && selected);
    m_delete->setEnabled(idle && selected);
}

void DeadLettersDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        error ? u"color: %1"_s.arg(ViewStyle::textColor(ViewStyle::critical(), palette()).name()) : QString());
}
