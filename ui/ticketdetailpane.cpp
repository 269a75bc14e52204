#include "ui/ticketdetailpane.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/ticketmodel.h"
#include "services/eventdecoder.h"
#include "services/ticketstore.h"
#include "ui/elidedlabel.h"
#include "ui/timetext.h"
#include "ui/viewstyle.h"

namespace {

QTreeWidget *makeList(QWidget *parent, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setColumnCount(int(headers.size()));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setTextElideMode(Qt::ElideRight);
    list->header()->setStretchLastSection(true);
    return list;
}

// A record field as people read it, and its raw form for the tooltip.
struct FieldText {
    QString shown;
    QString raw;
};

FieldText describeField(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("value")) || object.contains(QLatin1String("display_value")))
            return {EventDecoder::fieldDisplayValue(value), EventDecoder::fieldValue(value)};
        const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        return {json, json};
    }
    if (value.isArray()) {
        const QString json = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return {json, json};
    }
    const QString text = EventDecoder::fieldValue(value);
    return {text, text};
}

} // namespace

TicketDetailPane::TicketDetailPane(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *placeholder =
        new QLabel(tr("Select a ticket to see every field of its record and its change history."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(placeholder);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setFont(ViewStyle::scaledFont(font(), 1.2, true));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_lastEvent = new QLabel(content);
    m_lastEvent->setObjectName(QStringLiteral("detailLastEvent"));
    m_lastEvent->setForegroundRole(QPalette::PlaceholderText);
    m_lastEvent->setWordWrap(true);
    m_hiddenNote = new QLabel(content); // its text: setHiddenByFilters()
    m_hiddenNote->setObjectName(QStringLiteral("detailHiddenNote"));
    m_hiddenNote->setWordWrap(true);
    m_hiddenNote->setStyleSheet(
        QStringLiteral("color: %1").arg(ViewStyle::textColor(ViewStyle::warning(), palette()).name()));
    m_hiddenNote->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_hiddenNote);
    layout->addWidget(m_summary);
    layout->addWidget(m_lastEvent);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setChildrenCollapsible(false);

    auto *fieldsBox = new QWidget(splitter);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(0, 4, 0, 0);
    auto *fieldsHeader = new QHBoxLayout;
    auto *fieldsHeading = new QLabel(tr("Record fields"), fieldsBox);
    ViewStyle::makeHeading(fieldsHeading);
    m_fieldsCount = new ElidedLabel(fieldsBox); // may be cut ("..." and a tooltip), never widens the pane
    m_fieldsCount->setForegroundRole(QPalette::PlaceholderText);
    m_hideEmpty = new QCheckBox(tr("Hide empty"), fieldsBox);
    m_hideEmpty->setChecked(true);
    fieldsHeader->addWidget(fieldsHeading);
    fieldsHeader->addWidget(m_fieldsCount, 1);
    fieldsHeader->addWidget(m_hideEmpty);
    fieldsLayout->addLayout(fieldsHeader);
    m_fields = makeList(fieldsBox, {tr("Field"), tr("Value")});
    m_fields->setObjectName(QStringLiteral("detailFields"));
    m_fields->setSortingEnabled(false);
    // Names as wide as the usual long one; the values take the rest (they are what is read).
    m_fields->header()->resizeSection(
        FieldName, fontMetrics().horizontalAdvance(QStringLiteral("assignment_group")) + 16);
    fieldsLayout->addWidget(m_fields);

    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    auto *historyHeader = new QHBoxLayout;
    auto *historyHeading = new QLabel(tr("Change history"), historyBox);
    ViewStyle::makeHeading(historyHeading);
    m_historyCount = new ElidedLabel(historyBox);
    m_historyCount->setForegroundRole(QPalette::PlaceholderText);
    historyHeader->addWidget(historyHeading);
    historyHeader->addWidget(m_historyCount, 1);
    historyLayout->addLayout(historyHeader);
    m_history =
        makeList(historyBox, {tr("Event time"), tr("Action"), tr("State"), tr("Assignment group"), tr("Stream id")});
    m_history->setObjectName(QStringLiteral("detailHistory"));
    const QFontMetrics metrics = fontMetrics();
    const int timeWidth = metrics.horizontalAdvance(QStringLiteral("8888-88-88 88:88:88")) + 16;
    m_history->header()->resizeSection(HistoryTime, timeWidth);
    m_history->header()->resizeSection(HistoryAction, metrics.horizontalAdvance(QStringLiteral("slm_updated")) + 16);
    m_history->header()->resizeSection(HistoryState, 110);
    // The group before the stream id: a reassignment is what people look for; the id is for
    // finding the entry in Redis, and was what a narrow pane cut.
    m_history->header()->resizeSection(HistoryGroup, metrics.horizontalAdvance(QStringLiteral("Service Desk N2")) + 16);
    m_history->header()->resizeSection(HistoryId, metrics.horizontalAdvance(QStringLiteral("8888888888888-88")) + 16);
    ViewStyle::fitHeaderLabels(m_history->header());
    historyLayout->addWidget(m_history);

    splitter->addWidget(fieldsBox);
    splitter->addWidget(historyBox);
    // Halves: at 1216 pixels a third left the record's values about 90 pixels ("Ana Paula So").
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 500});
    layout->addWidget(splitter, 1);
    m_stack->addWidget(content);

    connect(m_hideEmpty, &QCheckBox::toggled, this, &TicketDetailPane::applyHideEmpty);
}

void TicketDetailPane::setTicketStore(TicketStore *store)
{
    m_store = store;
    if (hasTicket())
        fillHistory();
}

void TicketDetailPane::setStateTable(const StateTable &states, const QString &language)
{
    m_states = states;
    m_language = language;
    if (hasTicket())
        showTicket(m_ticket);
}

QString TicketDetailPane::stateLabel(const QString &code) const
{
    if (code.isEmpty())
        return {};
    return m_states.label(m_ticket.type, code, m_language);
}

QString TicketDetailPane::titleText() const
{
    return m_title->text();
}

QString TicketDetailPane::fieldText(const QString &field) const
{
    const QList<QTreeWidgetItem *> items = m_fields->findItems(field, Qt::MatchExactly, FieldName);
    return items.isEmpty() ? QString() : items.constFirst()->text(FieldValue);
}

void TicketDetailPane::setHiddenByFilters(bool hidden, bool searching)
{
    m_hiddenNote->setText(searching
            ? tr("The search or the filters hide this ticket in the table (Reset filters shows it).")
            : tr("The current filters hide this ticket in the table (Reset filters shows it)."));
    m_hiddenNote->setVisible(hidden && hasTicket());
}

bool TicketDetailPane::isHiddenByFilters() const
{
    return !m_hiddenNote->isHidden();
}

void TicketDetailPane::clear()
{
    m_hiddenNote->hide();
    m_ticket = Ticket {};
    m_fields->clear();
    m_history->clear();
    m_stack->setCurrentIndex(0);
}

void TicketDetailPane::showTicket(const Ticket &ticket)
{
    const bool same = ticket.sysId == m_ticket.sysId;
    const int fieldsScroll = m_fields->verticalScrollBar()->value();
    const int historyScroll = m_history->verticalScrollBar()->value();
    m_ticket = ticket;
    if (ticket.sysId.isEmpty()) {
        clear();
        return;
    }

    m_title->setText(
        ticket.shortDescription.isEmpty() ? ticket.number : tr("%1 — %2").arg(ticket.number, ticket.shortDescription));
    m_title->setToolTip(ticket.shortDescription);

    const bool closed = m_states.isClosed(ticket.type, ticket.state);
    const QPalette pal = palette();
    QString state = stateLabel(ticket.state).toHtmlEscaped();
    if (closed)
        state = QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(ViewStyle::textColor(ViewStyle::good(), pal).name(), state);
    QString priority = TicketModel::priorityLabel(ticket.priority).toHtmlEscaped();
    if (ticket.priority.toInt() == 1 && !closed)
        priority = QStringLiteral("<b style=\"color:%1\">%2</b>")
                       .arg(ViewStyle::textColor(ViewStyle::critical(), pal).name(), priority);
    const QString dash = QStringLiteral("—");
    const auto orDash = [&dash](const QString &s) { return s.isEmpty() ? dash : s.toHtmlEscaped(); };
    m_summary->setText(tr("%1 · <b>%2</b> · Priority %3 · Group <b>%4</b> · Assigned to %5")
                           .arg(TicketModel::typeLabel(ticket.type).toHtmlEscaped(), state,
                               ticket.priority.isEmpty() ? dash : priority, orDash(ticket.assignmentGroup),
                               orDash(ticket.assignedTo)));
    // Every time on the pane is local; said once, here.
    m_lastEvent->setText(
        tr("Last event %1 (%2) at %3, applied %4 · updated in ServiceNow %5 · local times (%6) · "
           "sys_id %7")
            .arg(QString::fromLatin1(ticket.lastSourceId), ticket.lastAction, TimeText::local(ticket.lastEventTime),
                TimeText::local(ticket.appliedAt), TimeText::serviceNowLocal(ticket.sysUpdatedOn),
                TimeText::localOffset(), ticket.sysId));

    fillFields();
    fillHistory();
    m_stack->setCurrentIndex(1);
    if (same) {
        m_fields->verticalScrollBar()->setValue(fieldsScroll);
        m_history->verticalScrollBar()->setValue(historyScroll);
    }
}

void TicketDetailPane::fillFields()
{
    m_fields->clear();
    const QJsonObject record = QJsonDocument::fromJson(m_ticket.recordJson).object();
    QStringList keys = record.keys();
    keys.sort(Qt::CaseInsensitive);
    QList<QTreeWidgetItem *> items;
    items.reserve(keys.size());
    for (const QString &key : std::as_const(keys)) {
        const FieldText text = describeField(record.value(key));
        // ServiceNow's date-time values are UTC and its display values are in the instance's
        // zone: shown in local time like every other time on the pane, both forms in the tooltip.
        const QDateTime utc = TimeText::strictServiceNow(text.raw);
        auto *item = new QTreeWidgetItem({key, utc.isValid() ? TimeText::local(utc) : text.shown});
        item->setToolTip(FieldName, key);
        if (utc.isValid()) {
            QString tip = tr("Local time (%1)\nValue (UTC): %2").arg(TimeText::localOffset(utc), text.raw);
            if (text.shown != text.raw)
                tip += u'\n' + tr("Display value (the instance's time zone): %1").arg(text.shown);
            item->setToolTip(FieldValue, tip);
        } else if (text.raw != text.shown) {
            item->setToolTip(FieldValue, tr("Value: %1\nDisplay value: %2").arg(text.raw, text.shown));
        } else if (!text.shown.isEmpty()) {
            item->setToolTip(FieldValue, text.shown);
        }
        item->setData(FieldValue, Qt::UserRole, text.shown.isEmpty());
        items << item;
    }
    m_fields->addTopLevelItems(items);
    applyHideEmpty();
}

void TicketDetailPane::applyHideEmpty()
{
    const bool hide = m_hideEmpty->isChecked();
    int empty = 0;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_fields->topLevelItem(i);
        const bool isEmpty = item->data(FieldValue, Qt::UserRole).toBool();
        empty += isEmpty ? 1 : 0;
        item->setHidden(hide && isEmpty);
    }
    const int total = m_fields->topLevelItemCount();
    m_fieldsCount->setFullText(hide && empty > 0 ? tr("%n field(s), %1 empty hidden", nullptr, total).arg(empty)
                                                 : tr("%n field(s)", nullptr, total));
}

void TicketDetailPane::fillHistory()
{
    m_history->clear();
    if (!m_store || !m_store->isOpen()) {
        m_historyCount->setFullText(tr("no ticket store"));
        return;
    }
    const QList<TicketChange> changes = m_store->history(m_ticket.sysId);
    QList<QTreeWidgetItem *> items;
    items.reserve(changes.size());
    for (const TicketChange &change : changes) {
        auto *item = new QTreeWidgetItem;
        item->setText(HistoryTime, TimeText::local(change.eventTime));
        // When this console applied it is secondary: a tooltip, so the row fits a narrow pane.
        item->setToolTip(HistoryTime,
            tr("Event %1\nApplied here %2")
                .arg(TimeText::utcTooltip(change.eventTime), TimeText::local(change.appliedAt)));
        item->setText(HistoryAction, change.action);
        item->setText(HistoryState, stateLabel(change.state));
        item->setToolTip(HistoryState, change.state.isEmpty() ? QString() : tr("State code %1").arg(change.state));
        if (m_states.isClosed(m_ticket.type, change.state))
            item->setForeground(HistoryState, ViewStyle::textColor(ViewStyle::good(), palette()));
        item->setText(HistoryGroup, change.assignmentGroup);
        item->setToolTip(HistoryGroup, change.assignmentGroup);
        item->setText(HistoryId, QString::fromLatin1(change.sourceId));
        items << item;
    }
    m_history->addTopLevelItems(items);
    m_historyCount->setFullText(tr("%n change(s), newest first", nullptr, int(changes.size())));
}
