#include "ui/pendingentriesdialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "models/durationtext.h"
#include "models/pendingentrymodel.h"
#include "services/redisconnection.h"
#include "ui/consoletableview.h"
#include "ui/shortcutsdialog.h"
#include "ui/viewstyle.h"

using namespace Qt::StringLiterals;

PendingEntriesDialog::PendingEntriesDialog(
    RedisConnection *connection, const QString &stream, const QString &group, const QString &consumer, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_stream(stream)
    , m_group(group)
    , m_consumer(consumer)
    , m_model(new PendingEntryModel(this))
{
    setObjectName(u"pendingEntriesDialog"_s);
    setWindowTitle(consumer.isEmpty() ? tr("Pending Entries — group %1").arg(group)
                                      : tr("Pending Entries — %1 in group %2").arg(consumer, group));
    resize(860, 520);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);

    m_minIdle = new QSpinBox(this);
    m_minIdle->setObjectName(u"minIdle"_s);
    m_minIdle->setRange(0, 86400);
    m_minIdle->setSingleStep(30);
    m_minIdle->setSuffix(tr(" s"));
    m_minIdle->setSpecialValueText(tr("any"));
    m_minIdle->setToolTip(tr("List only entries idle for at least this many seconds: the stuck ones, "
                             "whatever their id"));
    auto *minIdleLabel = new QLabel(tr("Only entries &idle for at least:"), this);
    minIdleLabel->setBuddy(m_minIdle);
    m_minIdleSettled = new QTimer(this);
    m_minIdleSettled->setSingleShot(true);
    m_minIdleSettled->setInterval(400);
    connect(m_minIdle, &QSpinBox::valueChanged, m_minIdleSettled, qOverload<>(&QTimer::start));
    connect(m_minIdleSettled, &QTimer::timeout, this, &PendingEntriesDialog::refresh);
    // Enter in the box applies the value at once (and must not reach Close, see below).
    connect(m_minIdle, &QSpinBox::editingFinished, this, [this] {
        if (m_minIdleSettled->isActive()) {
            m_minIdleSettled->stop();
            refresh();
        }
    });
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(minIdleLabel);
    filterRow->addWidget(m_minIdle);
    filterRow->addStretch(1);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(PendingEntryModel::SortRole);
    m_table = new ConsoleTableView(this);
    m_table->setObjectName(u"pendingTable"_s);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    // The longest idle first: that is the stuck one.
    m_table->sortByColumn(PendingEntryModel::Idle, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(PendingEntryModel::Id, ViewStyle::textWidth(this, u"8888888888888-888"_s));
    header->resizeSection(PendingEntryModel::Consumer, ViewStyle::textWidth(this, u"streamdesk-host-user"_s));
    header->resizeSection(PendingEntryModel::Event,
        std::max(ViewStyle::textWidth(this, u"change_task:updated"_s),
            ViewStyle::textWidth(this, PendingEntryModel::tr("(deleted from the stream)"))));
    header->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the pending entries again (F5)"));
    m_refresh->setAutoDefault(false);
    ViewStyle::noDefaultButton(buttons); // Enter in the idle box applies it, not Close
    ShortcutsDialog::install(this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &PendingEntriesDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    auto *note = new QLabel(tr("Processing claims entries idle longer than its minimum (XAUTOCLAIM) and "
                               "dead-letters those delivered too often."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // Read again when the connection comes back (a restarted server has other entries).
    if (m_connection) {
        connect(m_connection, &RedisConnection::stateChanged, this, [this](RedisConnection::State state) {
            if (state == RedisConnection::State::Ready && m_waitingForConnection) {
                m_waitingForConnection = false;
                refresh();
            } else if (state != RedisConnection::State::Ready && !m_waitingForConnection) {
                m_waitingForConnection = true;
                m_model->setEntries({});
                m_summary->setText(tr("The connection is down; the entries are read again when it is back."));
                m_summary->setStyleSheet({});
            }
        });
    }
    refresh();
}

PendingEntriesDialog::~PendingEntriesDialog() = default;

void PendingEntriesDialog::refresh()
{
    if (!m_connection)
        return;
    if (m_query) {
        m_readAgain = true;
        return;
    }
    m_readAgain = false;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Reading the pending entries…"));
    m_summary->setStyleSheet({}); // a failed read's red goes with its message
    const qint64 minIdleMs = qint64(m_minIdle->value()) * 1000;
    m_query = new PendingEntriesQuery(m_connection, m_stream, m_group, m_consumer, ListedLimit, this);
    m_query->setMinIdleMs(minIdleMs);
    connect(m_query, &PendingEntriesQuery::finished, this,
        [this, minIdleMs](const QList<PendingEntry> &entries, qint64 total) {
            m_model->setEntries(entries);
            const QString who = m_consumer.isEmpty() ? tr("group %1").arg(m_group) : m_consumer;
            QString text = total == 0 ? tr("Nothing pending for %1.").arg(who)
                                      : tr("%Ln entries pending for %1.", nullptr, int(total)).arg(who);
            if (total > 0 && minIdleMs > 0) {
                const QString idle = DurationText::format(minIdleMs);
                text += u' '
                    + (m_query->moreThanListed()
                            ? tr("More than %Ln idle for at least %1; those with the lowest ids are listed.", nullptr,
                                int(entries.size()))
                                  .arg(idle)
                            : tr("%Ln idle for at least %1.", nullptr, int(entries.size())).arg(idle));
            } else if (total > entries.size()) {
                // XPENDING lists by id: the first delivered, not the longest idle.
                text += u' '
                    + tr("The %1 with the lowest ids are listed (the first delivered); an entry claimed "
                         "since then may be idle for less than some not listed. A minimum idle time lists "
                         "the stuck ones.")
                          .arg(QLocale().toString(entries.size()));
            }
            m_summary->setText(text);
            m_refresh->setEnabled(true);
            m_query->deleteLater();
            m_query = nullptr; // a refresh may start a new read at once
            if (m_readAgain)
                refresh();
        });
    connect(m_query, &PendingEntriesQuery::failed, this, [this](const QString &error) {
        m_model->setEntries({}); // what was listed may be gone: not shown as current
        // A read cut by the connection going down: the "down" line stays, not this read's
        // error (its "reconnecting in 2 s" froze while the status bar counted on).
        if (!m_waitingForConnection) {
            m_summary->setText(tr("Could not read the pending entries: %1").arg(error));
            m_summary->setStyleSheet(u"color: %1"_s.arg(ViewStyle::textColor(ViewStyle::critical(), palette()).name()));
        }
        m_refresh->setEnabled(true);
        m_query->deleteLater();
        m_query = nullptr; // a refresh may start a new read at once
        if (m_readAgain)
            refresh();
    });
    m_query->start();
}
