// The dashboard, tickets and stream views, offscreen, fed with real models: tickets made by the
// simulator, decoded and applied to a TicketStore in a temporary directory (so the detail pane
// has a real change history), consumer updates built from the same entries, and StreamInfo
// samples. No Redis needed. Every expected figure is computed from the data, not written down.
// Screenshots of each view in English and Portuguese go to the test's temporary directory and
// to /tmp/views-<view>-<language>.png, for people to look at.
#include <ctime>
#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QValueAxis>

#include "models/eventlogmodel.h"
#include "models/statecountmodel.h"
#include "models/streamconsumersmodel.h"
#include "models/streamgroupsmodel.h"
#include "models/ticketfiltermodel.h"
#include "models/ticketmodel.h"
#include "models/ticketstats.h"
#include "services/eventdecoder.h"
#include "services/statetable.h"
#include "services/streamentry.h"
#include "services/ticketsimulator.h"
#include "services/ticketstore.h"
#include "services/translator.h"
#include "ui/chartstyle.h"
#include "ui/consoletableview.h"
#include "ui/dashboardview.h"
#include "ui/mainwindow.h"
#include "ui/numbertile.h"
#include "ui/publisheventdialog.h"
#include "ui/streamview.h"
#include "ui/ticketdelegate.h"
#include "ui/ticketdetailpane.h"
#include "ui/ticketsview.h"
#include "ui/timeserieschart.h"
#include "ui/timetext.h"
#include "ui/uniformrowheader.h"
#include "ui/viewstyle.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int TicketCount = 300;
constexpr int EventCount = 2400;

// Simulated entries, decoded: the tickets in a store with history, and what the consumer
// would have reported about them.
struct Sample {
    QTemporaryDir dir;
    TicketStore store;
    QList<Ticket> tickets;
    QList<StreamConsumer::Update> updates; // one per 10 entries (0.5 s), over the last 2 minutes
    int malformed = 0;

    bool build(QString *error)
    {
        if (!dir.isValid()) {
            *error = u"no temporary directory"_s;
            return false;
        }
        if (!store.open(dir.filePath(u"tickets.sqlite"_s), error))
            return false;
        TicketSimulator::Options options;
        options.tickets = TicketCount;
        options.events = EventCount;
        options.seed = 11;
        options.malformed = 0.02;
        TicketSimulator simulator(options);

        const qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - 120'000;
        QList<TicketEvent> events;
        StreamConsumer::Update update;
        StreamConsumer::Counters totals;
        int index = 0;
        while (const auto fields = simulator.next()) {
            StreamEntry entry;
            entry.id = QByteArray::number(baseMs + index * 50) + "-0";
            entry.fields = *fields;
            const EventDecoder::Result decoded = EventDecoder::decode(entry);
            ++totals.read;
            ++update.receivedDelta;
            StreamConsumer::EventSummary summary;
            summary.id = entry.id;
            summary.time = QDateTime::fromMSecsSinceEpoch(baseMs + index * 50, Qt::UTC);
            if (decoded.ok()) {
                events << *decoded.event;
                summary.name = decoded.event->eventName();
                summary.number = decoded.event->number;
                summary.state = decoded.event->state;
                summary.assignmentGroup = decoded.event->assignmentGroup;
                ++totals.applied;
                ++update.appliedDelta;
            } else {
                ++malformed;
                ++totals.malformed;
                ++totals.deadLettered;
                ++update.deadLetteredDelta;
                summary.name = u"malformed"_s;
                summary.number = QString::fromUtf8(entry.value("number"));
                summary.problem = decoded.reason;
            }
            update.events << summary;
            ++index;
            if (index % 10 == 0 || simulator.atEnd()) {
                update.totals = totals;
                update.at = summary.time;
                updates << update;
                update = StreamConsumer::Update {};
            }
        }
        const TicketStore::BatchResult result = store.apply(events);
        if (!result.ok) {
            *error = result.error;
            return false;
        }
        tickets = store.tickets();
        return !tickets.isEmpty();
    }
};

StreamInfo makeStreamInfo(qint64 length, qint64 processorsPending, qint64 processorsLag)
{
    StreamInfo info;
    info.key = u"servicenow:changes"_s;
    info.exists = true;
    info.length = length;
    info.firstEntryId = "1700000000000-0";
    info.lastEntryId = QByteArray::number(1700000000000 + length) + "-0";
    info.lastGeneratedId = info.lastEntryId;
    info.entriesAdded = length;
    info.sampledAt = QDateTime::currentDateTimeUtc();

    StreamGroupInfo processors;
    processors.name = u"bunsnc-processors"_s;
    processors.pending = processorsPending;
    processors.lastDeliveredId = "1700000000900-0";
    processors.entriesRead = length - processorsLag;
    processors.lag = processorsLag;
    processors.consumerList = {
        {u"streamdesk-ops1-alice"_s, processorsPending - 3, 500, 500},
        {u"bunsnc-worker-4711-1699999999"_s, 3, 3'600'000, 3'600'000}, // stuck: pending, idle an hour
    };
    processors.consumers = processors.consumerList.size();

    StreamGroupInfo audit;
    audit.name = u"audit"_s;
    audit.pending = 0;
    audit.lastDeliveredId = info.lastEntryId;
    audit.entriesRead = length;
    audit.lag = 0;
    audit.consumerList = {{u"auditor"_s, 0, 1200, 1200}};
    audit.consumers = audit.consumerList.size();

    info.groups = {audit, processors};
    return info;
}

// As the views write rates: one decimal below 10/s.
QString rateText(double perSecond)
{
    return QLocale().toString(perSecond, 'f', perSecond > 0 && perSecond < 10 ? 1 : 0);
}

// TicketFilterModel's search: number, description and group, case-insensitive.
bool matchesSearch(const Ticket &t, const QString &text)
{
    const QString haystack = t.number + u'\n' + t.shortDescription + u'\n' + t.assignmentGroup;
    return haystack.contains(text, Qt::CaseInsensitive);
}

int countIf(const QList<Ticket> &tickets, const std::function<bool(const Ticket &)> &accept)
{
    return int(std::count_if(tickets.cbegin(), tickets.cend(), accept));
}

QListWidgetItem *itemWithData(QListWidget *list, const QString &data)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == data)
            return list->item(i);
    }
    return nullptr;
}

// Not blank: a rendered view has many colours; a failed grab is one flat colour.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestViews : public QObject {
    Q_OBJECT

private:
    Sample m_sample;
    QTemporaryDir m_shots;

    // `count` incidents In Progress, ticket i in group(i).
    QList<Ticket> openIncidents(int count, const std::function<QString(int)> &group) const
    {
        QList<Ticket> tickets;
        for (int i = 0; i < count; ++i) {
            Ticket t = m_sample.tickets.at(i % m_sample.tickets.size());
            t.sysId = u"%1"_s.arg(i + 1, 32, 16, QLatin1Char('0'));
            t.number = u"INC%1"_s.arg(i, 7, 10, QLatin1Char('0'));
            t.type = u"incident"_s;
            t.state = u"2"_s;
            t.assignmentGroup = group(i);
            tickets << t;
        }
        return tickets;
    }

    // The texts a chart draws (QtCharts draws "..." for a label it cuts).
    static QStringList shownTexts(const QChart *chart)
    {
        QStringList shown;
        for (const QGraphicsItem *item : chart->scene()->items()) {
            const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            if (text && text->isVisible())
                shown << text->toPlainText();
        }
        return shown;
    }

    // A fixed zone without DST that needs no tzdata: UTC-3, as in Brasília. Until the guard goes.
    [[nodiscard]] static auto inUtcMinus3()
    {
        QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "<-03>3");
        tzset();
        return qScopeGuard([oldTz] {
            if (oldTz.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", oldTz);
            tzset();
        });
    }

    void saveShot(QWidget *view, const QString &name, const QString &language)
    {
        view->resize(1280, 820);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QCoreApplication::processEvents();
        const QImage image = view->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
        QVERIFY2(distinctColours(image) > 20, qPrintable(name));
        const QString file = u"views-%1-%2.png"_s.arg(name, language);
        QVERIFY(image.save(m_shots.filePath(file)));
        QVERIFY(QImage(m_shots.filePath(file)).size() == image.size());
        if (const QString out = qEnvironmentVariable("STREAMDESK_SCREENSHOT_DIR"); !out.isEmpty())
            QVERIFY(image.save(out + u'/' + file)); // to look at
        image.save(QDir::temp().filePath(file)); // for people; not part of the check
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shots.isValid());
        QString error;
        QVERIFY2(m_sample.build(&error), qPrintable(error));
        QVERIFY(m_sample.malformed > 0);
    }

    void detailPaneShowsLocalTimes()
    {
        const auto restore = inUtcMinus3();
        Ticket t;
        t.sysId = u"0123456789abcdef0123456789abcdef"_s;
        t.number = u"INC0000001"_s;
        t.type = u"incident"_s;
        t.state = u"2"_s;
        t.sysUpdatedOn = u"2024-03-05 12:00:00"_s;
        t.recordJson = R"({"number":"INC0000001","due_date":"2024-03-07","opened_at":"2024-03-05 11:00:00",)"
                       R"("sys_updated_on":{"value":"2024-03-05 12:00:00","display_value":"05/03/2024 09:00:00"}})";
        TicketDetailPane pane;
        pane.showTicket(t);
        // ServiceNow's UTC values and its display values (the instance's zone) shown in local time.
        QCOMPARE(pane.fieldText(u"opened_at"_s), u"2024-03-05 08:00:00"_s);
        QCOMPARE(pane.fieldText(u"sys_updated_on"_s), u"2024-03-05 09:00:00"_s);
        QCOMPARE(pane.fieldText(u"due_date"_s), u"2024-03-07"_s); // a date is not a time
        const QList<QTreeWidgetItem *> updated =
            pane.fieldsView()->findItems(u"sys_updated_on"_s, Qt::MatchExactly, TicketDetailPane::FieldName);
        QCOMPARE(updated.size(), 1);
        const QString tip = updated.constFirst()->toolTip(TicketDetailPane::FieldValue);
        QVERIFY2(tip.contains(u"Local time (UTC-03:00)"_s) && tip.contains(u"Value (UTC): 2024-03-05 12:00:00"_s)
                && tip.contains(u"Display value (the instance's time zone): 05/03/2024 09:00:00"_s),
            qPrintable(tip));
        const auto *lastEvent = pane.findChild<QLabel *>(u"detailLastEvent"_s);
        QVERIFY(lastEvent);
        QVERIFY2(lastEvent->text().contains(u"updated in ServiceNow 2024-03-05 09:00:00 · local times (UTC-03:00)"_s),
            qPrintable(lastEvent->text()));
    }

    // The table's Updated column agrees with the detail pane and the dashboard: local time, not
    // ServiceNow's UTC value (three hours apart in Brasília).
    void ticketsTableShowsLocalTimes()
    {
        const auto restore = inUtcMinus3();
        Ticket old = m_sample.tickets.at(0);
        old.sysUpdatedOn = u"2024-03-05 12:00:00"_s;
        Ticket recent = m_sample.tickets.at(1);
        // Noon today, local: the same calendar day in UTC-3 and in UTC.
        const QDateTime noon(QDate::currentDate(), QTime(12, 0, 7));
        recent.sysUpdatedOn = noon.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        Ticket odd = m_sample.tickets.at(2);
        odd.sysUpdatedOn = u"not a time"_s;
        TicketModel model;
        TicketsView view;
        view.setTicketModel(&model);
        model.reset({old, recent, odd});
        auto *table = view.findChild<QTableView *>(u"ticketTable"_s);
        QVERIFY(table);
        auto *delegate = qobject_cast<TicketDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        const auto cell = [&model](const Ticket &t) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(TicketModel::SysIdRole).toString() == t.sysId)
                    return model.index(row, TicketModel::Updated);
            }
            return QModelIndex();
        };
        QCOMPARE(delegate->shownText(cell(old)), u"2024-03-05 09:00"_s);
        QCOMPARE(delegate->shownText(cell(recent)), u"12:00:07"_s);
        QCOMPARE(delegate->shownText(cell(odd)), u"not a time"_s); // shown as it came
        const QString tip = TicketDelegate::toolTip(cell(old));
        QVERIFY2(tip.contains(u"2024-03-05 09:00:00 local time (UTC-03:00)"_s)
                && tip.contains(u"Value (UTC): 2024-03-05 12:00:00"_s),
            qPrintable(tip));
        QVERIFY(TicketDelegate::toolTip(cell(odd)).isEmpty());
        // Sorting and export keep the UTC value.
        QCOMPARE(cell(old).data().toString(), u"2024-03-05 12:00:00"_s);
    }

    void publishDialogUpdatesAnExistingTicket()
    {
        const Ticket existing = m_sample.tickets.constFirst();
        PublishEventDialog dialog(u"servicenow:changes"_s);
        dialog.setTicketLookup([&existing](const QString &number) -> std::optional<Ticket> {
            return number == existing.number ? std::optional<Ticket>(existing) : std::nullopt;
        });
        auto *number = dialog.findChildren<QLineEdit *>().constFirst();
        auto *type = dialog.findChildren<QComboBox *>().constFirst();
        QVERIFY(number && type);

        // A new number: a ticket of its own, its sys_id derived from the number.
        number->setText(u"INC9990042"_s);
        QCOMPARE(dialog.event().sysId, QString());
        QVERIFY(type->isEnabled());
        // The preview names the state, with the state table; the code alone without it.
        const auto previewHas = [&dialog](const QString &text) {
            const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
            return std::any_of(
                labels.cbegin(), labels.cend(), [&text](const QLabel *l) { return l->text().contains(text); });
        };
        auto *state = dialog.findChildren<QLineEdit *>().at(1);
        state->setText(u"6"_s);
        QVERIFY(previewHas(u", state 6, sys_id"_s));
        dialog.setStateTable(StateTable::defaults(), u"en"_s);
        QVERIFY(previewHas(u", state 6 (Resolved), sys_id"_s));
        state->setText(u"99"_s);
        QVERIFY(previewHas(u", state 99, sys_id"_s)); // unknown: the code as typed
        state->clear();

        // An existing ticket's number: that ticket, its type and its record.
        number->setText(existing.number);
        const TestEvent event = dialog.event();
        QCOMPARE(event.sysId, existing.sysId);
        QCOMPARE(event.type, existing.type);
        QCOMPARE(event.baseRecord, existing.recordJson);
        QCOMPARE(event.assignmentGroup, existing.assignmentGroup);
        QVERIFY(!type->isEnabled());
        QCOMPARE(type->currentData().toString(), existing.type);
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&existing](const QLabel *l) {
            return l->text().startsWith(u"Updates the existing %1"_s.arg(existing.number));
        }));
    }

    void ticketsViewKeepsATicketTheFiltersDrop()
    {
        const QList<Ticket> &tickets = m_sample.tickets;
        const StateTable states = StateTable::defaults();
        TicketModel model;
        model.reset(tickets);
        TicketsView view;
        view.setTicketModel(&model);
        view.showClosedBox()->setChecked(false);
        QVERIFY(view.visibleCount() > 2);
        // An open incident in the middle of the table, so rows are left above and below it.
        const QModelIndex middle = view.filterModel()->index(view.visibleCount() / 2, TicketModel::Number);
        QVERIFY(middle.isValid());
        view.tableView()->selectionModel()->setCurrentIndex(
            middle, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString sysId = view.selectedSysId();
        QVERIFY(!sysId.isEmpty());
        TicketDetailPane *pane = view.detailPane();
        QCOMPARE(pane->sysId(), sysId);
        QVERIFY(!pane->isHiddenByFilters());

        // It closes while closed tickets are hidden: the pane keeps it and says so; no other
        // ticket is selected in its place.
        Ticket closing = model.ticketAt(model.rowOf(sysId));
        closing.state = closing.type == u"incident" ? u"7"_s : u"4"_s;
        QVERIFY(states.isClosed(closing.type, closing.state));
        closing.sysUpdatedOn = u"2099-01-01 00:00:00"_s;
        model.upsert({closing});
        QCOMPARE(pane->sysId(), sysId);
        QCOMPARE(view.selectedSysId(), sysId);
        QVERIFY(!view.tableView()->currentIndex().isValid());
        QVERIFY(view.tableView()->selectionModel()->selectedRows().isEmpty());
        QVERIFY(pane->isHiddenByFilters());
        QVERIFY(pane->findChild<QLabel *>(u"detailHiddenNote"_s)->text().startsWith(u"The current filters"_s));

        // Shown again: selected again, and in view (it is the newest, first row, and the table
        // was scrolled to the bottom meanwhile: the view's autoScroll follows the current row),
        // and the note goes.
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.tableView();
        table->scrollToBottom();
        QVERIFY(table->verticalScrollBar()->value() > 0);
        view.showClosedBox()->setChecked(true);
        QVERIFY(table->currentIndex().isValid());
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(table->viewport()->rect().contains(table->visualRect(table->currentIndex())));
        QCOMPARE(view.filterModel()->mapToSource(view.tableView()->currentIndex()).row(), model.rowOf(sysId));
        QVERIFY(!pane->isHiddenByFilters());

        // Hidden by a search, then another ticket chosen among those it shows: the note was left
        // above that (visible) ticket.
        const Ticket other = model.ticketAt(model.rowOf(sysId) == 0 ? 1 : 0);
        view.setSearchText(other.number);
        QVERIFY(view.visibleCount() >= 1);
        QVERIFY(pane->isHiddenByFilters());
        // The note does not blame the filters alone: the search may be what hides it.
        QVERIFY(pane->findChild<QLabel *>(u"detailHiddenNote"_s)->text().startsWith(u"The search or the filters"_s));
        table->selectionModel()->setCurrentIndex(
            view.filterModel()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(pane->sysId(), view.selectedSysId());
        QVERIFY(pane->sysId() != sysId);
        QVERIFY(!pane->isHiddenByFilters());
        view.setSearchText({});

        // The total follows the model while a search hides the new tickets.
        view.setSearchText(u"no ticket says this"_s);
        Ticket added = closing;
        added.sysId = u"ffffffffffffffffffffffffffffffff"_s;
        added.number = u"INC9999999"_s;
        model.upsert({added});
        const auto *count = view.findChild<QLabel *>(u"ticketCount"_s);
        QVERIFY(count);
        QCOMPARE(count->text(), u"0 of %1 tickets"_s.arg(QLocale().toString(tickets.size() + 1)));
    }

    void ticketsViewStatesPerType()
    {
        // Types share codes with other meanings (4: an incident awaiting approval, a task closed
        // complete): each state is offered, and filtered, per type.
        const QList<Ticket> &tickets = m_sample.tickets;
        TicketModel model;
        model.reset(tickets);
        TicketsView view;
        view.setTicketModel(&model);
        const StateTable states = StateTable::defaults();
        QHash<QString, QSet<QString>> typesOfCode;
        for (const Ticket &t : tickets)
            typesOfCode[t.state].insert(t.type);
        QString code;
        for (auto it = typesOfCode.cbegin(); it != typesOfCode.cend() && code.isEmpty(); ++it) {
            if (it.value().size() >= 2)
                code = it.key();
        }
        QVERIFY2(!code.isEmpty(), "the sample needs a state code in two types");
        QStringList types(typesOfCode.value(code).cbegin(), typesOfCode.value(code).cend());
        types.sort();
        const QString first = types.at(0);
        const QString second = types.at(1);

        // All types checked: each type's heading, then its states, labelled for that type only.
        QListWidget *list = view.stateList();
        QListWidgetItem *heading = nullptr;
        for (int i = 0; i < list->count() && !heading; ++i) {
            if (list->item(i)->text() == TicketModel::typeLabel(first))
                heading = list->item(i);
        }
        QVERIFY(heading);
        QVERIFY(!(heading->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(heading->data(Qt::UserRole).toString().isEmpty());
        QListWidgetItem *firstState = itemWithData(list, TicketFilterModel::stateKey(first, code));
        QVERIFY(firstState);
        QCOMPARE(firstState->text(), states.label(first, code, u"en"_s));
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(!list->item(i)->text().contains(u" / "_s), qPrintable(list->item(i)->text()));

        // Unchecking it leaves the other type's tickets with the same code visible.
        firstState->setCheckState(Qt::Unchecked);
        QCOMPARE(view.visibleCount(),
            countIf(tickets, [&](const Ticket &t) { return !(t.type == first && t.state == code); }));

        // The list is rebuilt when the types change: the unticked state keeps its (empty) box
        // and can be ticked again. It used to show as plain text until "Reset filters".
        QListWidgetItem *secondType = itemWithData(view.typeList(), second);
        QVERIFY(secondType);
        secondType->setCheckState(Qt::Unchecked);
        secondType->setCheckState(Qt::Checked);
        firstState = itemWithData(list, TicketFilterModel::stateKey(first, code));
        QVERIFY(firstState);
        QVERIFY(firstState->flags() & Qt::ItemIsUserCheckable);
        QVERIFY(firstState->data(Qt::CheckStateRole).isValid()); // else no box is drawn
        QCOMPARE(firstState->data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        firstState->setCheckState(Qt::Checked);
        QCOMPARE(view.visibleCount(), int(tickets.size()));

        // The dashboard's "show these tickets" for one type and state shows exactly those.
        view.showTickets(second, code, {}, false);
        QCOMPARE(view.visibleCount(),
            countIf(tickets, [&](const Ticket &t) { return t.type == second && t.state == code; }));
        view.clearFilters();
        QCOMPARE(view.visibleCount(), int(tickets.size()));
    }

    void ticketsViewFilters()
    {
        const QList<Ticket> &tickets = m_sample.tickets;
        TicketModel model;
        model.reset(tickets);
        TicketsView view;
        view.setTicketModel(&model);
        QCOMPARE(view.visibleCount(), int(tickets.size()));

        // Types: unchecking incidents hides exactly the incidents.
        QListWidgetItem *incident = itemWithData(view.typeList(), u"incident"_s);
        QVERIFY(incident);
        incident->setCheckState(Qt::Unchecked);
        QCOMPARE(view.visibleCount(), countIf(tickets, [](const Ticket &t) { return t.type != u"incident"; }));

        // Only incidents: the state list follows, offering the incident states.
        view.setTypeFilter({u"incident"_s});
        const int incidents = countIf(tickets, [](const Ticket &t) { return t.type == u"incident"; });
        QVERIFY(incidents > 0);
        QCOMPARE(view.visibleCount(), incidents);
        const StateTable states = StateTable::defaults();
        QSet<QString> expectedCodes;
        for (const StateTable::State &s : states.states(u"incident"_s))
            expectedCodes.insert(s.code);
        for (const Ticket &t : tickets) {
            if (t.type == u"incident" && !t.state.isEmpty())
                expectedCodes.insert(TicketStats::canonicalCode(t.state));
        }
        QCOMPARE(view.stateList()->count(), int(expectedCodes.size()));
        QListWidgetItem *newState = itemWithData(view.stateList(), TicketFilterModel::stateKey(u"incident"_s, u"1"_s));
        QVERIFY(newState);
        QCOMPARE(newState->text(), states.label(u"incident"_s, u"1"_s, u"en"_s));

        // Unchecking one state in the list hides those tickets.
        newState->setCheckState(Qt::Unchecked);
        QCOMPARE(view.visibleCount(),
            countIf(tickets, [](const Ticket &t) { return t.type == u"incident" && t.state != u"1"; }));

        // Several states at once.
        view.setStateFilter({u"2"_s, u"6"_s});
        QCOMPARE(view.visibleCount(), countIf(tickets, [](const Ticket &t) {
            return t.type == u"incident" && (t.state == u"2" || t.state == u"6");
        }));

        // Closed hidden.
        view.clearFilters();
        QCOMPARE(view.visibleCount(), int(tickets.size()));
        view.showClosedBox()->setChecked(false);
        QCOMPARE(view.visibleCount(),
            countIf(tickets, [&states](const Ticket &t) { return !states.isClosed(t.type, t.state); }));
        view.showClosedBox()->setChecked(true);

        // Assignment group: the combo offers the model's groups.
        QSet<QString> groups;
        for (const Ticket &t : tickets) {
            if (!t.assignmentGroup.isEmpty())
                groups.insert(t.assignmentGroup);
        }
        QCOMPARE(view.groupCombo()->count(), int(groups.size()) + 1);
        const QString group = view.groupCombo()->itemData(1).toString();
        view.groupCombo()->setCurrentIndex(1);
        QCOMPARE(
            view.visibleCount(), countIf(tickets, [&group](const Ticket &t) { return t.assignmentGroup == group; }));
        view.groupCombo()->setCurrentIndex(0);

        // Instant search, by number.
        const QString number = tickets.at(tickets.size() / 2).number;
        QTest::keyClicks(view.searchField(), number);
        QCOMPARE(
            view.visibleCount(), countIf(tickets, [&number](const Ticket &t) { return matchesSearch(t, number); }));
        view.searchField()->clear();
        QCOMPARE(view.visibleCount(), int(tickets.size()));

        // The dashboard's "show these tickets": a type and state, or a group's open tickets.
        view.showTickets(u"incident"_s, u"2"_s, {}, false);
        QCOMPARE(view.visibleCount(),
            countIf(tickets, [](const Ticket &t) { return t.type == u"incident" && t.state == u"2"; }));
        view.showTickets({}, {}, group, true);
        QCOMPARE(view.visibleCount(), countIf(tickets, [&](const Ticket &t) {
            return t.assignmentGroup == group && !states.isClosed(t.type, t.state);
        }));
        QVERIFY(!view.showClosedBox()->isChecked());
        view.clearFilters();
        QCOMPARE(view.visibleCount(), int(tickets.size()));

        // Ctrl+F focuses the search field.
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));

        // A list asked for from the dashboard starts at its top, wherever the last one was.
        view.resize(900, 400);
        QScrollBar *scroll = view.tableView()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());
        view.showTickets({}, {}, group, true);
        QCOMPARE(scroll->value(), 0);
        view.tableView()->setFocus();
        QTest::keySequence(&view, QKeySequence::Find);
        QTRY_VERIFY(view.searchField()->hasFocus());
    }

    void ticketsViewDetailAndStableSelection()
    {
        TicketModel model;
        model.reset(m_sample.tickets);
        TicketsView view;
        view.setTicketModel(&model);
        view.setTicketStore(&m_sample.store);

        // The ticket with the longest history, picked by clicking its row.
        QString sysId;
        qsizetype longest = 0;
        for (const Ticket &t : m_sample.tickets) {
            const qsizetype n = m_sample.store.history(t.sysId).size();
            if (n > longest) {
                longest = n;
                sysId = t.sysId;
            }
        }
        QVERIFY(longest > 1);
        const int sourceRow = model.rowOf(sysId);
        const QModelIndex proxy = view.filterModel()->mapFromSource(model.index(sourceRow, TicketModel::Number));
        QVERIFY(proxy.isValid());
        view.tableView()->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(view.selectedSysId(), sysId);

        TicketDetailPane *pane = view.detailPane();
        const Ticket ticket = model.ticketAt(sourceRow);
        QCOMPARE(pane->sysId(), sysId);
        QVERIFY(pane->titleText().contains(ticket.number));
        const QJsonObject record = QJsonDocument::fromJson(ticket.recordJson).object();
        QVERIFY(!record.isEmpty());
        QCOMPARE(pane->fieldsView()->topLevelItemCount(), int(record.size()));
        QCOMPARE(pane->fieldText(u"number"_s), EventDecoder::fieldDisplayValue(record.value(u"number"_s)));
        const QList<TicketChange> history = m_sample.store.history(sysId);
        QCOMPARE(pane->historyView()->topLevelItemCount(), int(history.size()));
        QCOMPARE(pane->historyView()->topLevelItem(0)->text(TicketDetailPane::HistoryId),
            QString::fromLatin1(history.constFirst().sourceId));
        saveShot(&view, u"ticket-detail"_s, u"en"_s); // the pane and its history, as people see it

        // Updates to this ticket and others keep it selected and refresh the pane.
        QList<Ticket> changed;
        Ticket updated = ticket;
        updated.shortDescription = u"Printer on fire, third floor"_s;
        updated.sysUpdatedOn = u"2099-01-01 00:00:00"_s; // sorts to the other end of "Updated"
        changed << updated;
        for (qsizetype i = 0; i < m_sample.tickets.size(); i += 7) {
            Ticket other = m_sample.tickets.at(i);
            if (other.sysId == sysId)
                continue;
            other.shortDescription += u" (edited)"_s;
            changed << other;
        }
        Ticket added = ticket;
        added.sysId = QString(32, u'f');
        added.number = u"INC9999999"_s;
        changed << added;
        model.upsert(changed);
        QCOMPARE(view.selectedSysId(), sysId);
        QCOMPARE(
            view.filterModel()->mapToSource(view.tableView()->currentIndex()).data(TicketModel::SysIdRole).toString(),
            sysId);
        QTRY_VERIFY(pane->titleText().contains(u"Printer on fire"_s));

        // A filter that hides it and lets it back: selected again.
        view.setSearchText(u"no ticket matches this"_s);
        QCOMPARE(view.visibleCount(), 0);
        view.setSearchText({});
        QCOMPARE(view.tableView()->currentIndex().data(TicketModel::SysIdRole).toString(), sysId);

        // A full reload (initial load from the store again) keeps it too.
        const QList<Ticket> reload = model.tickets();
        model.reset(reload);
        QCOMPARE(view.tableView()->currentIndex().data(TicketModel::SysIdRole).toString(), sysId);
        QCOMPARE(pane->sysId(), sysId);

        // selectTicket() clears filters that hide the ticket.
        const QString otherId = m_sample.tickets.constFirst().sysId;
        view.setSearchText(u"no ticket matches this"_s);
        QVERIFY(view.selectTicket(otherId));
        QCOMPARE(view.selectedSysId(), otherId);
        QCOMPARE(view.searchField()->text(), QString());
        QVERIFY(!view.selectTicket(QString(32, u'0')));
    }

    void ticketsViewLargeModel()
    {
        // 100,000 rows: loading, a search keystroke and a batch of updates stay quick.
        QList<Ticket> many;
        many.reserve(100'000);
        for (int i = 0; i < 100'000; ++i) {
            Ticket t = m_sample.tickets.at(i % m_sample.tickets.size());
            t.sysId = u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
            t.number = u"INC%1"_s.arg(i, 7, 10, QLatin1Char('0'));
            many << t;
        }
        TicketModel model;
        TicketsView view;
        view.setTicketModel(&model);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer timer;
        timer.start();
        model.reset(many);
        QCoreApplication::processEvents();
        const qint64 loadMs = timer.restart();
        QCOMPARE(view.visibleCount(), 100'000);

        view.setSearchText(u"INC00123"_s);
        QCoreApplication::processEvents();
        const qint64 searchMs = timer.restart();
        QCOMPARE(view.visibleCount(), countIf(many, [](const Ticket &t) { return matchesSearch(t, u"INC00123"_s); }));
        view.setSearchText({});

        QList<Ticket> batch;
        for (int i = 0; i < 2000; ++i) {
            Ticket t = many.at(i * 50);
            t.state = u"2"_s;
            batch << t;
        }
        timer.restart();
        model.upsert(batch);
        QCoreApplication::processEvents();
        const qint64 upsertMs = timer.elapsed();
        qInfo("100,000 rows: load %lld ms, search %lld ms, 2,000 updates %lld ms", loadMs, searchMs, upsertMs);
        // Generous bounds: the machine is shared; these catch per-row widgets or O(n^2), not jitter.
        QVERIFY2(loadMs < 5000, qPrintable(QString::number(loadMs)));
        QVERIFY2(searchMs < 3000, qPrintable(QString::number(searchMs)));
        QVERIFY2(upsertMs < 3000, qPrintable(QString::number(upsertMs)));
    }

    // At the default window size (1216 pixels, 190 of them the page list) the columns need a
    // sideways scroll beside the filters; hiding the filters (Ctrl+Shift+F) gives them the room.
    // Hidden filters still apply, and the choice is kept across restarts.
    void ticketsViewFiltersCanBeHidden()
    {
        TicketModel model;
        model.reset(m_sample.tickets);
        TicketsView view;
        view.setTicketModel(&model);
        view.resize(1216 - 190, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *sideways = view.tableView()->horizontalScrollBar();
        QVERIFY(view.filtersShown());
        QTRY_VERIFY(sideways->maximum() > 0);

        view.setTypeFilter({u"incident"_s});
        const int incidents = view.visibleCount();
        QVERIFY(incidents > 0 && incidents < model.rowCount());
        view.typeList()->setFocus();
        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!view.filtersShown());
        QVERIFY(!view.typeList()->isVisible());
        QTRY_COMPARE(sideways->maximum(), 0); // every column in view
        QVERIFY(!view.typeList()->hasFocus()); // not left in a hidden panel
        QCOMPARE(view.visibleCount(), incidents);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        view.saveSettings(settings);
        TicketsView restored;
        restored.setTicketModel(&model);
        restored.restoreSettings(settings);
        QVERIFY(!restored.filtersShown());
        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(view.filtersShown());
        QVERIFY(view.typeList()->isVisible());
    }

    // Reset filters brings the chosen ticket back into view, wherever the rows the filters hid
    // put it (it came back selected but scrolled out of sight).
    void resetFiltersShowsTheSelectedTicket()
    {
        TicketModel model;
        model.reset(m_sample.tickets);
        TicketsView view;
        view.setTicketModel(&model);
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.tableView();
        QVERIFY(view.visibleCount() > 100);
        const QModelIndex late = view.filterModel()->index(view.visibleCount() - 3, 0);
        table->selectionModel()->setCurrentIndex(late, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString sysId = view.selectedSysId();
        view.setSearchText(late.data().toString());
        view.showClosedBox()->setChecked(false); // one more filter, undone after the search
        table->scrollToTop();
        view.clearFilters();
        QVERIFY(table->currentIndex().isValid());
        QCOMPARE(view.selectedSysId(), sysId);
        QCOMPARE(table->currentIndex().data(TicketModel::SysIdRole).toString(), sysId);
        const QRect shown = table->visualRect(table->currentIndex());
        QVERIFY2(table->viewport()->rect().contains(shown.center()),
            qPrintable(u"row at %1, viewport %2 high"_s.arg(shown.center().y()).arg(table->viewport()->height())));
    }

    // The column menu is reachable from the keyboard: the Menu key in the table opens the
    // header's menu (the header never takes focus).
    void ticketsViewColumnMenuFromTheKeyboard()
    {
        TicketModel model;
        model.reset(m_sample.tickets);
        TicketsView view;
        view.setTicketModel(&model);
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.tableView()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(TicketModel::Priority));
        const QString priority = model.headerData(TicketModel::Priority, Qt::Horizontal, Qt::DisplayRole).toString();

        QStringList offered;
        bool opened = false;
        QTimer poll; // the menu runs its own event loop: look for it from there
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll.stop();
            opened = true;
            for (QAction *action : menu->actions()) {
                if (action->isCheckable())
                    offered << action->text();
                if (action->text() == priority)
                    action->trigger();
            }
            menu->close();
        });
        poll.start();
        // What the platform (xcb, Windows) sends the focus widget for the Menu key or Shift+F10;
        // the offscreen platform turns no key into it.
        QContextMenuEvent menuKey(
            QContextMenuEvent::Keyboard, QPoint(20, 40), view.tableView()->mapToGlobal(QPoint(20, 40)));
        QApplication::sendEvent(view.tableView(), &menuKey);
        QTRY_VERIFY(opened);
        QVERIFY2(offered.contains(priority), qPrintable(offered.join(u", "_s)));
        QVERIFY(!offered.contains(model.headerData(TicketModel::Number, Qt::Horizontal, Qt::DisplayRole).toString()));
        QVERIFY(header->isSectionHidden(TicketModel::Priority));

        // Shift+F10, which X11 does not turn into a context-menu event: shown again.
        opened = false;
        poll.start();
        view.tableView()->setFocus();
        QTest::keyClick(view.tableView(), Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(opened);
        QVERIFY(!header->isSectionHidden(TicketModel::Priority));
    }

    // The description fills what the other columns leave, and keeps a readable floor when that
    // is too little: the table then scrolls sideways instead of showing "Post-im...".
    void ticketsViewDescriptionKeepsItsRoom()
    {
        TicketModel model;
        model.reset(m_sample.tickets);
        TicketsView view;
        view.setTicketModel(&model);
        QHeaderView *header = view.tableView()->horizontalHeader();
        const int floor = view.fontMetrics().horizontalAdvance(QString(25, u'n')) + 24;
        const auto othersWidth = [header] {
            int width = 0;
            for (int c = 0; c < header->count(); ++c) {
                if (c != TicketModel::ShortDescription && !header->isSectionHidden(c))
                    width += header->sectionSize(c);
            }
            return width;
        };

        view.resize(1800, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *viewport = view.tableView()->viewport();
        // Wide: it stretches to the viewport's edge.
        QTRY_COMPARE(header->sectionSize(TicketModel::ShortDescription), viewport->width() - othersWidth());
        QVERIFY(header->sectionSize(TicketModel::ShortDescription) > floor);

        // Narrow: the floor, and a horizontal scroll bar to reach the other columns.
        view.resize(900, 700);
        QTRY_VERIFY(viewport->width() - othersWidth() < floor);
        QTRY_COMPARE(header->sectionSize(TicketModel::ShortDescription), floor);
        QTRY_VERIFY(view.tableView()->horizontalScrollBar()->maximum() > 0);

        // Wide again: back to stretching.
        view.resize(1800, 700);
        QTRY_COMPARE(header->sectionSize(TicketModel::ShortDescription), viewport->width() - othersWidth());
        QCOMPARE(header->sectionResizeMode(TicketModel::ShortDescription), QHeaderView::Stretch);
    }

    // The tables' row header skips Qt 6.4's per-row bookkeeping on layout changes (a re-sort or
    // re-filter of the proxy): it must still follow the row count through them.
    void rowHeaderFollowsLayoutChanges()
    {
        TicketModel model;
        TicketFilterModel proxy;
        proxy.setSourceModel(&model);
        std::unique_ptr<QTableView> table(ViewStyle::makeTable(nullptr, u"rows"_s));
        QVERIFY(qobject_cast<UniformRowHeader *>(table->verticalHeader()));
        table->setModel(&proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(TicketModel::Updated, Qt::DescendingOrder);
        table->resize(800, 400);
        table->show();
        QVERIFY(QTest::qWaitForWindowExposed(table.get()));
        model.reset(m_sample.tickets);
        QCOMPARE(table->verticalHeader()->count(), proxy.rowCount());

        // Closed in place while live sorting is off (as TicketUpdateQueue does under a burst),
        // then one re-sort and re-filter: a layout change that drops rows.
        proxy.setDynamicSortFilter(false);
        proxy.setShowClosed(false);
        const int open = proxy.rowCount();
        QList<Ticket> closing;
        for (const Ticket &t : m_sample.tickets) {
            if (!model.stateTable().isClosed(t.type, t.state) && closing.size() < 5) {
                Ticket c = t;
                c.state = u"7"_s;
                closing << c;
            }
        }
        QCOMPARE(closing.size(), 5);
        model.upsert(closing);
        QCOMPARE(proxy.rowCount(), open); // not re-filtered yet
        proxy.invalidate();
        QCOMPARE(proxy.rowCount(), open - 5);
        QCOMPARE(table->verticalHeader()->count(), open - 5);
        // Rows still paint where the header says: the last row is reachable and shows its ticket.
        table->scrollToBottom();
        QCoreApplication::processEvents();
        const QModelIndex last = proxy.index(proxy.rowCount() - 1, TicketModel::Number);
        QVERIFY(table->visualRect(last).isValid());
        QCOMPARE(table->indexAt(table->visualRect(last).center()), last);
    }

    void dashboardNarrowStacksTheCharts()
    {
        // On a 1024-pixel screen the page (about 780 px) scrolled sideways and hid the rate tile
        // and the group chart; it now stacks them and scrolls down only.
        DashboardView view;
        view.resize(780, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.isNarrow());
        auto *scroll = view.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(view.tile(u"rate"_s)->isVisible());
        view.resize(1100, 700);
        QTRY_VERIFY(!view.isNarrow());
    }

    void rateChartClipsABurst()
    {
        // A start-up backlog (one second at 1,800/s) then a live 4/s: the scale fits the live
        // rate and a note gives the peak; a sustained rate is never clipped.
        TimeSeriesChart chart(u"rates"_s);
        chart.setLines({{TimeSeries::receivedName(), u"Received"_s, QColor(Qt::blue), Qt::SolidLine, 2.0}});
        chart.setClipsBursts(true);
        chart.resize(400, 300);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-200);
        TimeSeries rates(TimeSeries::Kind::Rate, 5 * 60 * 1000);
        rates.add(start, {{TimeSeries::receivedName(), 1800.0}});
        for (int s = 1; s < 200; ++s)
            rates.add(start.addSecs(s), {{TimeSeries::receivedName(), 4.0}});
        rates.advanceTo(start.addSecs(200));
        chart.refresh(rates);
        const auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis);
        QVERIFY2(axis->max() <= 20, qPrintable(QString::number(axis->max())));
        QVERIFY2(chart.peakNote().contains(QLocale().toString(1800)), qPrintable(chart.peakNote()));

        // Only bursts with idle seconds between them: nothing is "usual", nothing is clipped.
        TimeSeries bursts(TimeSeries::Kind::Rate, 5 * 60 * 1000);
        for (int s = 0; s < 200; ++s)
            bursts.add(start.addSecs(s), {{TimeSeries::receivedName(), s % 40 == 0 ? 300.0 : 0.0}});
        bursts.advanceTo(start.addSecs(200));
        chart.refresh(bursts);
        QVERIFY2(axis->max() >= 300, qPrintable(QString::number(axis->max())));
        QVERIFY(chart.peakNote().isEmpty());
        chart.refresh(rates);

        // Sustained: a rate that lasts is the scale.
        for (int s = 200; s < 260; ++s)
            rates.add(start.addSecs(s), {{TimeSeries::receivedName(), 900.0}});
        rates.advanceTo(start.addSecs(260));
        chart.refresh(rates);
        QVERIFY2(axis->max() >= 900, qPrintable(QString::number(axis->max())));
    }

    // The recently closed list keeps the highlighted ticket, not the row, as newer ones arrive.
    void recentListFollowsTheSelectedTicket()
    {
        const auto closed = [](int n, const QString &updatedOn) {
            Ticket t;
            t.sysId = QString::fromLatin1(QByteArray::number(n).rightJustified(32, '0'));
            t.number = u"INC%1"_s.arg(n, 7, 10, QLatin1Char('0'));
            t.type = u"incident"_s;
            t.state = u"7"_s; // Closed
            t.sysUpdatedOn = updatedOn;
            return t;
        };
        TicketModel model;
        model.reset({closed(1, u"2025-01-15 10:00:01"_s), closed(2, u"2025-01-15 10:00:02"_s),
            closed(3, u"2025-01-15 10:00:03"_s), closed(4, u"2025-01-15 10:00:04"_s)});
        DashboardView view;
        view.setTicketModel(&model);
        view.recompute();
        QTreeWidget *list = view.recentList();
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(list->topLevelItem(0)->text(0), u"INC0000004"_s); // newest first
        list->setCurrentItem(list->topLevelItem(2)); // INC0000002
        QCOMPARE(list->currentItem()->text(0), u"INC0000002"_s);

        model.upsert({closed(5, u"2025-01-15 10:00:05"_s)});
        view.recompute();
        QCOMPARE(list->topLevelItem(0)->text(0), u"INC0000005"_s);
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->text(0), u"INC0000002"_s);
        QCOMPARE(list->selectedItems().size(), 1);
        QCOMPARE(list->selectedItems().constFirst()->text(0), u"INC0000002"_s);

        // Reopened: it leaves the list, and nothing else is highlighted in its place.
        Ticket reopened = closed(2, u"2025-01-15 10:00:06"_s);
        reopened.state = u"2"_s;
        model.upsert({reopened});
        view.recompute();
        QCOMPARE(list->topLevelItemCount(), 4);
        QVERIFY(!list->currentItem());
        QVERIFY(list->selectedItems().isEmpty());
    }

    // Value axes along a narrow plot get fewer, still round, ticks: "2,0004,0006,000" ran together.
    void valueAxisLabelsDoNotTouch()
    {
        QValueAxis axis;
        ChartStyle::setNiceRange(&axis, 9000, ChartStyle::Values::Counts);
        QCOMPARE(axis.max(), 10000.0);
        QCOMPARE(axis.tickCount(), 6);
        const qreal label = QFontMetricsF(axis.labelsFont()).horizontalAdvance(QLocale().toString(10000)) + 16;
        ChartStyle::setNiceRange(&axis, 9000, ChartStyle::Values::Counts, label * 5);
        QCOMPARE(axis.tickCount(), 6);
        ChartStyle::setNiceRange(&axis, 9000, ChartStyle::Values::Counts, label * 4);
        QCOMPARE(axis.tickCount(), 3); // 0, 5,000, 10,000
        ChartStyle::setNiceRange(&axis, 9000, ChartStyle::Values::Counts, label);
        QCOMPARE(axis.tickCount(), 2);
        QCOMPARE(axis.max(), 10000.0);
        ChartStyle::setNiceRange(&axis, 4, ChartStyle::Values::Counts, 10); // 0..5: never 2.5 shown as "3"
        QCOMPARE(axis.tickCount(), 2);

        // The dashboard's state chart re-ticks as it narrows.
        QList<Ticket> many;
        for (int i = 0; i < 3000; ++i) {
            Ticket t;
            t.sysId = QString::number(i).rightJustified(32, u'0');
            t.number = u"INC%1"_s.arg(i, 7, 10, QLatin1Char('0'));
            t.type = u"incident"_s;
            t.state = u"2"_s;
            many << t;
        }
        TicketModel model;
        model.reset(many);
        DashboardView view;
        view.setTicketModel(&model);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.recompute();
        auto *values = qobject_cast<QValueAxis *>(view.stateChart()->axes(Qt::Horizontal).value(0));
        QVERIFY(values);
        QTRY_COMPARE(values->max(), 5000.0);
        const auto fits = [&] {
            const qreal room = view.stateChart()->plotArea().width();
            const qreal widest = QFontMetricsF(values->labelsFont()).horizontalAdvance(QLocale().toString(5000));
            return (values->tickCount() - 1) * (widest + 8) <= room;
        };
        QTRY_VERIFY(fits());
        view.stateChart()->setPlotArea(QRectF(60, 40, 1000, 300)); // as a wide pane would
        QCOMPARE(values->tickCount(), 6);
        view.stateChart()->setPlotArea(QRectF(60, 40, 120, 300)); // as a narrow one would
        QVERIFY(values->tickCount() < 6);
        QVERIFY(fits());
    }

    void dashboardFigures()
    {
        const QList<Ticket> &tickets = m_sample.tickets;
        TicketModel model;
        model.reset(tickets);
        DashboardView view;
        view.setTicketModel(&model);
        view.recompute();

        const StateTable states = StateTable::defaults();
        const QLocale locale;
        const int closed = countIf(tickets, [&states](const Ticket &t) { return states.isClosed(t.type, t.state); });
        QCOMPARE(view.tile(u"all"_s)->value(), locale.toString(tickets.size()));
        QVERIFY(view.tile(u"all"_s)->detail().contains(locale.toString(closed)));
        QVERIFY(view.tile(u"all"_s)->detail().contains(locale.toString(tickets.size() - closed)));
        for (const QString &type : {u"incident"_s, u"change_task"_s, u"sc_task"_s}) {
            const int total = countIf(tickets, [&type](const Ticket &t) { return t.type == type; });
            const int open =
                countIf(tickets, [&](const Ticket &t) { return t.type == type && !states.isClosed(t.type, t.state); });
            QVERIFY(total > 0);
            QVERIFY2(view.tile(type), qPrintable(type));
            QCOMPARE(view.tile(type)->value(), locale.toString(total));
            QVERIFY(view.tile(type)->detail().contains(u"<b>%1</b>"_s.arg(locale.toString(open))));
            QVERIFY(view.tile(type)->detail().contains(u"<b>%1</b>"_s.arg(locale.toString(total - open))));
        }

        // The counters table has a row per state; the incident "New" row has the right count.
        StateCountModel *counts = view.stateCountModel();
        QCOMPARE(counts->rowCount(), int(view.stats().states.size()));
        const int row = counts->rowOf(u"incident"_s, u"1"_s);
        QVERIFY(row >= 0);
        const int incidentsNew =
            countIf(tickets, [](const Ticket &t) { return t.type == u"incident" && t.state == u"1"; });
        QCOMPARE(counts->index(row, StateCountModel::Count).data(StateCountModel::CountRole).toInt(), incidentsNew);

        // Charts: one bar set per type present, values summing to the tickets.
        const auto stateSeries = view.stateChart()->series();
        QCOMPARE(stateSeries.size(), 1);
        const auto *stacked = qobject_cast<QHorizontalStackedBarSeries *>(stateSeries.constFirst());
        QVERIFY(stacked);
        QCOMPARE(stacked->barSets().size(), view.stats().types.size());
        qreal sum = 0;
        for (const QBarSet *set : stacked->barSets())
            sum += set->sum();
        QCOMPARE(int(sum), int(tickets.size()));

        QSet<QString> openGroups;
        for (const Ticket &t : tickets) {
            if (!states.isClosed(t.type, t.state))
                openGroups.insert(t.assignmentGroup);
        }
        const auto *groupSeries = qobject_cast<QAbstractBarSeries *>(view.groupChart()->series().constFirst());
        QVERIFY(groupSeries);
        QCOMPARE(groupSeries->barSets().constFirst()->count(), std::min(10, int(openGroups.size())));
        QCOMPARE(view.recentList()->topLevelItemCount(), std::min(20, closed));
        // "When" says the time too: a date alone does not tell how recent a ticket of that day is.
        static const QRegularExpression when(u"^(\\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)$"_s);
        for (int i = 0; i < view.recentList()->topLevelItemCount(); ++i) {
            const QString text = view.recentList()->topLevelItem(i)->text(2);
            QVERIFY2(when.match(text).hasMatch(), qPrintable(text));
        }
        QCOMPARE(TimeText::compact(QDateTime(QDate(2024, 3, 5), QTime(14, 2, 11))), u"2024-03-05 14:02"_s);

        // Signals: a state row asks for its tickets.
        QSignalSpy show(&view, &DashboardView::showTicketsRequested);
        auto *table = view.findChild<QTableView *>(u"stateCountTable"_s);
        QVERIFY(table);
        view.resize(1280, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex stateCell = counts->index(row, StateCountModel::State);
        table->scrollTo(stateCell);
        const QPoint cell = table->visualRect(stateCell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.constFirst().at(0).toString(), u"incident"_s);
        QCOMPARE(show.constFirst().at(1).toString(), u"1"_s);
        // And Enter on the current row, for the keyboard.
        table->setFocus();
        table->setCurrentIndex(stateCell);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(show.size(), 2);
        QCOMPARE(show.at(1).at(1).toString(), u"1"_s);

        // Recomputes are coalesced: a burst of upserts gives one recompute within 500 ms.
        QList<Ticket> burst;
        for (int i = 0; i < 5; ++i) {
            Ticket t = tickets.at(i);
            t.sysId = u"%1"_s.arg(i + 1, 32, 16, QLatin1Char('e'));
            t.number = u"INC88888%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            burst = {t};
            model.upsert(burst);
        }
        QTRY_COMPARE_WITH_TIMEOUT(view.stats().total, int(tickets.size()) + 5, 2000);
        QCOMPARE(view.tile(u"all"_s)->value(), locale.toString(tickets.size() + 5));
    }

    // Every bar of the group chart keeps a readable label: a short window shows fewer groups
    // rather than ten "..." labels, and a tall one shows all ten.
    void groupChartLabelsFit()
    {
        TicketModel model;
        model.reset(openIncidents(60, [](int i) { return u"Group %1"_s.arg(i % 15, 2, 10, QLatin1Char('0')); }));
        DashboardView view;
        view.setTicketModel(&model);
        view.recompute();
        const auto *series = qobject_cast<QAbstractBarSeries *>(view.groupChart()->series().constFirst());
        QVERIFY(series);
        const QBarSet *bars = series->barSets().constFirst();
        auto *axis = qobject_cast<QBarCategoryAxis *>(view.groupChart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis);
        // What a person sees: every bar's label drawn whole (QtCharts draws "..." for a label
        // taller than its share of the axis).
        const auto labelsFit = [&] {
            const QStringList shown = shownTexts(view.groupChart());
            const QStringList categories = axis->categories();
            return !categories.isEmpty() && std::all_of(categories.cbegin(), categories.cend(), [&](const QString &c) {
                return shown.contains(c);
            });
        };

        view.resize(1280, 1400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(bars->count(), 10);
        QTRY_VERIFY(labelsFit());
        QCOMPARE(axis->count(), 10);

        // A short chart (as in a short window): fewer bars, each label whole.
        auto *chartView = view.findChild<QChartView *>(u"groupChart"_s);
        QVERIFY(chartView);
        chartView->setFixedHeight(240);
        QTRY_VERIFY2(bars->count() < 10,
            qPrintable(u"%1 bars in %2 px"_s.arg(bars->count()).arg(view.groupChart()->plotArea().height())));
        QTRY_VERIFY(labelsFit());
        QVERIFY(bars->count() >= 1);
        QCOMPARE(axis->count(), bars->count());
        // The biggest group stays at the top (the axis lists categories bottom up).
        QCOMPARE(bars->at(bars->count() - 1), qreal(view.stats().topGroups.constFirst().open));

        chartView->setMinimumHeight(0);
        chartView->setMaximumHeight(QWIDGETSIZE_MAX);
        QTRY_COMPARE(bars->count(), 10);
    }

    // Each bar's count is drawn whole inside the plot: inside a bar, "16" beside a group of 104
    // lost its first digit to the plot's left edge (".6").
    void groupChartCountsShowWhole()
    {
        TicketModel model;
        model.reset(openIncidents(120, [](int i) { return i < 104 ? u"Big"_s : u"Small"_s; }));
        DashboardView view;
        view.setTicketModel(&model);
        view.recompute();
        view.resize(1216 - 190, 700);
        // As narrow as in pt_BR at the default size, where a bar of 16 on a scale to 200 is
        // narrower than its label.
        auto *chartView = view.findChild<QChartView *>(u"groupChart"_s);
        QVERIFY(chartView);
        chartView->setFixedWidth(190);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY2(view.groupChart()->plotArea().width() < 150,
            qPrintable(QString::number(view.groupChart()->plotArea().width())));
        const QRectF plot = view.groupChart()->plotArea();
        const auto count = [&](const QString &value) -> const QGraphicsTextItem * {
            for (const QGraphicsItem *item : view.groupChart()->scene()->items()) {
                const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
                if (text && text->isVisible() && text->toPlainText() == value)
                    return text;
            }
            return nullptr;
        };
        for (const QString &value : {u"104"_s, u"16"_s}) {
            QTRY_VERIFY2(count(value), qPrintable(value));
            const QRectF label = count(value)->sceneBoundingRect();
            QVERIFY2(label.left() >= plot.left() && label.right() <= plot.right() + 1,
                qPrintable(u"%1 at %2..%3, plot %4..%5"_s.arg(value)
                               .arg(label.left())
                               .arg(label.right())
                               .arg(plot.left())
                               .arg(plot.right())));
        }
    }

    // Group names sharing a long prefix stay told apart: elided in the middle to the axis'
    // width, each drawn whole, none the same ("Service De..." twice before).
    void groupChartLabelsTellGroupsApart()
    {
        TicketModel model;
        model.reset(openIncidents(12, [](int i) { return u"Infraestrutura - Servidores Nível %1"_s.arg(i % 3 + 1); }));
        DashboardView view;
        view.setTicketModel(&model);
        view.recompute();
        view.resize(1000, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *axis = qobject_cast<QBarCategoryAxis *>(view.groupChart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis);
        const auto distinctAndWhole = [&] {
            const QStringList categories = axis->categories();
            const QStringList shown = shownTexts(view.groupChart());
            QSet<QString> seen;
            for (const QString &c : categories) {
                if (!shown.contains(c) || c.trimmed().isEmpty())
                    return false;
                seen.insert(c.trimmed());
            }
            return categories.size() == 3 && seen.size() == 3;
        };
        QTRY_VERIFY2(distinctAndWhole(), qPrintable(axis->categories().join(u" | "_s)));
        for (const QString &c : axis->categories()) {
            QVERIFY2(c.contains(QChar(0x2026)), qPrintable(c)); // elided, in the middle: the end stays
            QVERIFY2(c.endsWith(u"1"_s) || c.endsWith(u"2"_s) || c.endsWith(u"3"_s), qPrintable(c));
        }
    }

    void dashboardRates()
    {
        DashboardView view;
        for (const StreamConsumer::Update &update : std::as_const(m_sample.updates))
            view.onConsumerUpdate(update);
        const QList<QPointF> received = view.rates().points(TimeSeries::receivedName());
        QVERIFY(!received.isEmpty());
        double total = 0;
        for (const QPointF &p : received)
            total += p.y();
        QVERIFY(total > 0);
        QVERIFY(!view.rateChart()->isEmpty());
        QCOMPARE(view.rateChart()->lineSeries().size(), 4); // received, applied, dead-lettered, feeds
        // What the SSE feeds apply counts too, in a line of its own.
        view.onFeedEventsApplied(7);
        QCOMPARE(view.rates().points(TimeSeries::feedsName(), true).constLast().y(), 7.0);
        // Another server: nothing of this one's rates stays.
        view.clearRates();
        QVERIFY(view.rates().points(TimeSeries::receivedName(), true).isEmpty());
        QVERIFY(view.rates().points(TimeSeries::feedsName(), true).isEmpty());
        QVERIFY(view.rateChart()->isEmpty());
        for (const StreamConsumer::Update &update : std::as_const(m_sample.updates))
            view.onConsumerUpdate(update);
        QVERIFY(view.rateChart()->lineSeries().constFirst()->count() > 0);
        // The tile shows the latest complete second, which is 0 now: the sample ended before it.
        view.show();
        QTRY_COMPARE(view.tile(u"rate"_s)->value(), rateText(view.rates().latest(TimeSeries::receivedName())));
    }

    // The rate chart's legend never elides its figures (it showed "Received: 4...." at
    // 1280x800): wide, the entries carry the latest values; too narrow for them, the bare
    // labels. The view's tooltip always has the figures.
    void rateLegendFitsItsWidth()
    {
        DashboardView view;
        for (const StreamConsumer::Update &update : std::as_const(m_sample.updates))
            view.onConsumerUpdate(update);
        TimeSeriesChart *chart = view.rateChart();
        const auto names = [chart] {
            QStringList list;
            for (const QLineSeries *series : chart->lineSeries())
                list << series->name();
            return list;
        };
        const QFontMetrics metrics(chart->chart()->legend()->font());
        const auto legendFits = [&] {
            int needed = 0;
            for (const QString &name : names())
                needed += metrics.horizontalAdvance(name) + metrics.height() + 24;
            return needed <= chart->width() - 30;
        };
        chart->setMinimumWidth(0);
        chart->setFixedWidth(260);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(chart->width(), 260);
        QTRY_COMPARE(names(), QStringList({u"Received"_s, u"Applied"_s, u"Dead-lettered"_s, u"Feeds"_s}));
        QVERIFY2(chart->toolTip().startsWith(u"Received: "_s), qPrintable(chart->toolTip()));
        chart->setFixedWidth(900);
        QTRY_VERIFY2(names().constFirst().startsWith(u"Received: "_s), qPrintable(names().join(u", "_s)));
        QVERIFY(legendFits());
    }

    // A narrow rate chart keeps fewer, whole time labels (it showed six "07:..."), and its
    // "no events yet" note wraps inside the plot instead of running past both edges.
    void narrowRateChartStaysReadable()
    {
        DashboardView view;
        TimeSeriesChart *chart = view.rateChart();
        chart->setMinimumWidth(0);
        chart->setFixedWidth(260);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(chart->width(), 260);
        const auto visibleTexts = [chart] {
            QStringList texts;
            for (const QGraphicsItem *item : chart->scene()->items()) {
                if (!item->isVisible())
                    continue;
                if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
                    texts << text->toPlainText();
            }
            return texts;
        };
        // Left to right.
        const auto timeLabels = [chart] {
            QList<std::pair<qreal, QString>> labels;
            for (const QGraphicsItem *item : chart->scene()->items()) {
                const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
                if (text && text->isVisible()
                    && QRegularExpression(u"^\\d\\d:"_s).match(text->toPlainText()).hasMatch())
                    labels.append({text->scenePos().x(), text->toPlainText()});
            }
            std::sort(labels.begin(), labels.end());
            QStringList texts;
            for (const auto &label : std::as_const(labels))
                texts << label.second;
            return texts;
        };
        QTRY_VERIFY2(timeLabels().size() >= 2, qPrintable(visibleTexts().join(u", "_s)));
        // Whole labels, a whole number of minutes apart and evenly spaced (five ticks over five
        // minutes read 08:02, 08:04, 08:05, ...).
        const auto gaps = [&] {
            QList<int> minutes;
            for (const QString &label : timeLabels()) {
                if (!QRegularExpression(u"^\\d\\d:\\d\\d$"_s).match(label).hasMatch())
                    return QSet<int> {-1};
                minutes << label.left(2).toInt() * 60 + label.mid(3).toInt();
            }
            QSet<int> distinct;
            for (qsizetype i = 1; i < minutes.size(); ++i)
                distinct.insert((minutes.at(i) - minutes.at(i - 1) + 1440) % 1440);
            return distinct;
        };
        QTRY_VERIFY2(gaps().size() == 1 && !gaps().contains(-1), qPrintable(timeLabels().join(u", "_s)));
        chart->setFixedWidth(900);
        QTRY_VERIFY2(timeLabels().size() == 6, qPrintable(timeLabels().join(u", "_s)));
        QCOMPARE(gaps(), QSet<int> {1});
        chart->setFixedWidth(260);
        QTRY_VERIFY2(timeLabels().size() < 6, qPrintable(timeLabels().join(u", "_s)));

        QGraphicsSimpleTextItem *empty = nullptr;
        for (QGraphicsItem *item : chart->scene()->items()) {
            if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item); simple && simple->isVisible())
                empty = simple;
        }
        QVERIFY(empty);
        QVERIFY2(empty->text().contains(u'\n'), qPrintable(empty->text()));
        QVERIFY(empty->sceneBoundingRect().width() <= chart->chart()->plotArea().width());
        QVERIFY(chart->chart()->plotArea().contains(empty->sceneBoundingRect().center()));
    }

    // The dead-letter stream's length, sampled with the stream: it outlives the session's
    // counters (after a restart the tiles said "nothing consumed yet" beside 532 dead letters).
    void streamViewShowsDeadLetters()
    {
        StreamView view;
        StreamInfo info = makeStreamInfo(1000, 10, 200);
        info.deadLetterKey = StreamInfo::deadLetterKeyFor(info.key);
        info.deadLetterLength = 532;
        view.onSample(info);
        auto *field = view.findChild<QLabel *>(u"deadLetters"_s);
        QVERIFY(field);
        QCOMPARE(field->text(), QLocale().toString(532));
        QVERIFY2(field->toolTip().contains(info.deadLetterKey), qPrintable(field->toolTip()));
        info.deadLetterLength = -1; // not a stream, or not sampled
        view.onSample(info);
        QCOMPARE(field->text(), u"—"_s);
    }

    // Process mode with a long consumer name: the header wraps instead of widening the window
    // (it grew from 1216 to 1731 pixels), says it once, and group names keep their room.
    void streamViewHeaderAndNamesFit()
    {
        StreamView view;
        StreamConsumer::Config config;
        config.mode = StreamConsumer::Mode::Process;
        config.consumer = u"streamdesk-a-rather-long-host-name.example.internal-operator"_s;
        config.group = u"bunsnc-processors"_s;
        view.setConsumerConfig(config);
        view.onSample(makeStreamInfo(1000, 10, 200));
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int before = view.minimumSizeHint().width();

        auto *mode = view.findChild<QLabel *>(u"consumerMode"_s);
        QVERIFY(mode);
        // Not started: it says what Start does, not "Processing as" (the status bar says stopped).
        QVERIFY2(mode->text().startsWith(u"Not processing: Start (F5) joins group <b>bunsnc-processors</b>"_s),
            qPrintable(mode->text()));
        view.onConsumerState(StreamConsumer::State::Running,
            u"processing servicenow:changes as %1 in group %2"_s.arg(config.consumer, config.group));
        QVERIFY2(mode->text().startsWith(u"Processing as <b>"_s), qPrintable(mode->text()));
        QVERIFY(mode->text().contains(config.consumer));
        QVERIFY2(!mode->text().contains(u"processing servicenow:changes"_s), qPrintable(mode->text()));
        QVERIFY(view.minimumSizeHint().width() <= before);
        const QString error = u"failed: "_s + QString(300, u'x');
        view.onConsumerState(StreamConsumer::State::Failed, error);
        QVERIFY(mode->text().contains(error));
        QVERIFY(view.minimumSizeHint().width() <= before);

        // Narrow: the group names keep their floor, the tables scroll sideways.
        view.resize(900, 700);
        QHeaderView *groups = view.groupsTable()->horizontalHeader();
        const int floor = view.fontMetrics().horizontalAdvance(u"bunsnc-process"_s) + 20;
        QTRY_VERIFY2(groups->sectionSize(StreamGroupsModel::Name) >= floor,
            qPrintable(QString::number(groups->sectionSize(StreamGroupsModel::Name))));
    }

    // The stream page's log drops its oldest rows as events arrive: a selected row that goes
    // clears the selection, rather than Qt walking it through the rows above.
    void streamEventLogSelectionLeavesWithItsRow()
    {
        StreamView view;
        EventLogModel *log = view.eventLogModel();
        log->setLimit(3);
        LogEvent event;
        event.name = u"incident:updated"_s;
        for (int i = 0; i < 3; ++i) {
            event.id = QByteArray::number(i) + "-0";
            log->append(QList<LogEvent> {event});
        }
        QTableView *table = view.eventsTable();
        table->setCurrentIndex(table->model()->index(2, EventLogModel::Event)); // the oldest
        QCOMPARE(table->currentIndex().data(EventLogModel::IdRole).toByteArray(), QByteArray("0-0"));
        event.id = "3-0";
        log->append(QList<LogEvent> {event});
        QCOMPARE(log->rowCount(), 3);
        QVERIFY(!table->selectionModel()->currentIndex().isValid());
        QVERIFY(!table->selectionModel()->hasSelection());
    }

    void streamViewTables()
    {
        StreamView view;
        StreamConsumer::Config config;
        config.mode = StreamConsumer::Mode::Process;
        config.consumer = u"streamdesk-ops1-alice"_s;
        view.setConsumerConfig(config);

        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
        for (int i = 0; i < 30; ++i) {
            StreamInfo info = makeStreamInfo(1000 + i * 40, 10 + i, 200 - i * 5);
            info.sampledAt = start.addSecs(2 * i);
            view.onSample(info);
        }
        const StreamInfo last = makeStreamInfo(1000 + 29 * 40, 10 + 29, 200 - 29 * 5);
        QCOMPARE(view.streamField(u"length"_s), QLocale().toString(last.length));
        QCOMPARE(view.streamField(u"last"_s), QString::fromLatin1(last.lastEntryId));

        // Groups and consumers as sampled, sorted by name.
        QCOMPARE(view.groupsTable()->model()->rowCount(), int(last.groups.size()));
        QCOMPARE(view.groupsModel()->rowOf(u"bunsnc-processors"_s), 1);
        QCOMPARE(
            view.groupsModel()->index(1, StreamGroupsModel::Pending).data(StreamGroupsModel::ValueRole).toLongLong(),
            last.groups.at(1).pending);
        qsizetype consumers = 0;
        for (const StreamGroupInfo &g : last.groups)
            consumers += g.consumerList.size();
        QCOMPARE(view.consumersTable()->model()->rowCount(), int(consumers));
        QVERIFY(view.consumersModel()->rowOf(u"bunsnc-processors"_s, u"bunsnc-worker-4711-1699999999"_s) >= 0);

        // Lag and pending charted: all groups, then the selected group.
        QVERIFY(!view.lagChart()->isEmpty());
        QCOMPARE(view.lagChart()->lineSeries().constFirst()->count(), 30);
        view.groupsTable()->selectRow(1);
        QVERIFY(view.lagChart()->chart()->title().contains(u"bunsnc-processors"_s));
        QCOMPARE(view.lagChart()->lineSeries().constFirst()->at(29).y(), double(last.groups.at(1).lag));

        // Processing figures and the event log.
        for (const StreamConsumer::Update &update : std::as_const(m_sample.updates))
            view.onConsumerUpdate(update);
        const StreamConsumer::Counters totals = m_sample.updates.constLast().totals;
        const QLocale locale;
        QCOMPARE(view.tile(u"read"_s)->value(), locale.toString(totals.read));
        QCOMPARE(view.tile(u"applied"_s)->value(), locale.toString(totals.applied));
        QCOMPARE(view.tile(u"malformed"_s)->value(), locale.toString(totals.malformed));
        QCOMPARE(view.tile(u"deadLettered"_s)->value(), locale.toString(totals.deadLettered));
        const double success = double(totals.applied) / double(totals.read) * 100.0;
        QCOMPARE(view.tile(u"success"_s)->value(), u"%1 %"_s.arg(locale.toString(success, 'f', 1)));

        QCOMPARE(view.eventLogModel()->rowCount(), std::min(EventCount, EventLogModel::DefaultLimit));
        int malformedShown = 0;
        for (int r = 0; r < view.eventLogModel()->rowCount(); ++r)
            malformedShown += view.eventLogModel()->eventAt(r).problem.isEmpty() ? 0 : 1;
        QVERIFY(malformedShown > 0);
        auto *problemsOnly = view.findChild<QCheckBox *>(u"problemsOnly"_s);
        QVERIFY(problemsOnly);
        problemsOnly->setChecked(true);
        QCOMPARE(view.eventsTable()->model()->rowCount(), malformedShown);
        const QModelIndex first = view.eventsTable()->model()->index(0, EventLogModel::Event);
        QVERIFY(!first.data(Qt::ToolTipRole).toString().isEmpty());

        // The refresh interval is configurable and reported.
        QSignalSpy interval(&view, &StreamView::refreshIntervalChanged);
        view.setRefreshInterval(5000);
        QCOMPARE(interval.size(), 1);
        QCOMPARE(view.refreshInterval(), 5000);
    }

    // An empty table says why it is empty, and the text is painted.
    void emptyTablesSayWhy()
    {
        const auto painted = [](ConsoleTableView *table) {
            const QImage with = table->viewport()->grab().toImage();
            const QString text = table->emptyText();
            table->setEmptyText({});
            const QImage without = table->viewport()->grab().toImage();
            table->setEmptyText(text);
            return with != without;
        };

        TicketModel model;
        TicketsView tickets;
        tickets.setTicketModel(&model);
        tickets.resize(900, 500);
        auto *ticketTable = qobject_cast<ConsoleTableView *>(tickets.tableView());
        QVERIFY(ticketTable);
        QVERIFY2(ticketTable->emptyText().startsWith(u"No tickets in the store yet"_s),
            qPrintable(ticketTable->emptyText()));
        QVERIFY(painted(ticketTable));
        model.reset(m_sample.tickets);
        tickets.setSearchText(u"no ticket says this"_s);
        QCOMPARE(tickets.visibleCount(), 0);
        QVERIFY2(ticketTable->emptyText().startsWith(
                     u"None of the %1 ticket(s) matches"_s.arg(QLocale().toString(m_sample.tickets.size()))),
            qPrintable(ticketTable->emptyText()));
        QVERIFY(painted(ticketTable));

        StreamView view;
        view.resize(1000, 700);
        auto *groups = qobject_cast<ConsoleTableView *>(view.groupsTable());
        auto *consumers = qobject_cast<ConsoleTableView *>(view.consumersTable());
        auto *events = qobject_cast<ConsoleTableView *>(view.eventsTable());
        QVERIFY(groups && consumers && events);
        QVERIFY(groups->emptyText().isEmpty()); // nothing sampled: nothing to explain
        QCOMPARE(events->emptyText(), u"No event read yet."_s);
        StreamConsumer::Config config;
        view.setConsumerConfig(config); // observe
        StreamInfo info = makeStreamInfo(1000, 10, 200);
        info.groups.clear();
        view.onSample(info);
        QVERIFY2(groups->emptyText().contains(u"Observing reads outside any group"_s), qPrintable(groups->emptyText()));
        QVERIFY(groups->emptyText().contains(config.group));
        QCOMPARE(consumers->emptyText(), u"No group, so no consumers."_s);
        QVERIFY(painted(groups));
        config.mode = StreamConsumer::Mode::Process;
        view.setConsumerConfig(config);
        QCOMPARE(groups->emptyText(),
            u"No consumer group reads servicenow:changes: Start (F5) creates %1."_s.arg(config.group));
        info = makeStreamInfo(1000, 10, 200);
        for (StreamGroupInfo &g : info.groups)
            g.consumerList.clear();
        view.onSample(info);
        QVERIFY(groups->model()->rowCount() > 0);
        QCOMPARE(consumers->emptyText(), u"No consumer has read from these groups yet."_s);
        QVERIFY(painted(consumers));
        view.findChild<QCheckBox *>(u"problemsOnly"_s)->setChecked(true);
        QVERIFY2(
            events->emptyText().startsWith(u"No malformed or dead-lettered event"_s), qPrintable(events->emptyText()));
    }

    // The Streams page scrolls on a short screen (1024x600: its 538-pixel minimum pushed the
    // window's status bar off the screen) and, where it fits, fills the height without scrolling.
    void streamViewScrollsOnlyWhenShort()
    {
        StreamView view;
        QVERIFY2(view.minimumSizeHint().height() < 300, qPrintable(QString::number(view.minimumSizeHint().height())));
        auto *scroll = view.findChild<QScrollArea *>(u"streamScroll"_s);
        QVERIFY(scroll);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(scroll->widget()->height(), scroll->viewport()->height());
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        view.resize(1000, 380);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    }

    // Item views drop digit grouping (QLocale::OmitGroupSeparator); the console's tables keep
    // it, in the view's locale, as every other figure of the console.
    void tablesGroupDigits()
    {
        struct Probe : ConsoleTableView {
            QString shown(const QModelIndex &index) const
            {
                QStyleOptionViewItem option;
                initViewItemOption(&option);
                return static_cast<QStyledItemDelegate *>(itemDelegate())->displayText(index.data(), option.locale);
            }
        };
        QStandardItemModel model(1, 2);
        model.setData(model.index(0, 0), qint64(2359));
        model.setData(model.index(0, 1), 1234567);
        Probe view;
        view.setModel(&model);
        view.setLocale(QLocale(QLocale::Portuguese, QLocale::Brazil));
        QCOMPARE(view.shown(model.index(0, 0)), u"2.359"_s);
        QCOMPARE(view.shown(model.index(0, 1)), u"1.234.567"_s);
        view.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(view.shown(model.index(0, 0)), u"2,359"_s);
        // The stream page's groups table is one of them.
        StreamView streams;
        QVERIFY(qobject_cast<ConsoleTableView *>(streams.groupsTable()));
    }

    // Tab leaves a table for the next control: in the tickets view, from the table to the detail
    // pane (Qt's tables walk their cells with Tab and never let go).
    void tabLeavesTables()
    {
        TicketModel model;
        model.reset(m_sample.tickets);
        TicketsView view;
        view.setTicketModel(&model);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::setActiveWindow(&view);
        QTableView *table = view.tableView();
        table->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(table->hasFocus());
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Tab);
        QTRY_VERIFY(!table->hasFocus());
        QVERIFY(view.detailPane()->isAncestorOf(QApplication::focusWidget()));
    }

    // A tile keeps its height when its detail grows into a second line: the page below it
    // used to move down while people read it.
    void tileHeightStaysWhenTheDetailWraps()
    {
        NumberTile tile(u"Lidas"_s);
        tile.setValue(u"6"_s);
        tile.setDetail(u"0 reivindicadas"_s);
        tile.resize(220, tile.heightForWidth(220));
        tile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tile));
        const int oneLine = tile.heightForWidth(220);
        tile.setDetail(u"1.234 reivindicadas · 56.789 confirmadas"_s);
        auto *detail = tile.findChild<QLabel *>(u"detail"_s);
        QVERIFY(detail);
        QVERIFY2(detail->heightForWidth(220 - 26) > detail->fontMetrics().lineSpacing(), "the sample must wrap");
        QCOMPARE(tile.heightForWidth(220), oneLine);
    }

    // Stream ids are never cut: in pt_BR, with 13-digit ids, each id label shows the whole id and
    // has the room it needs on the Streams page of a window at the default size (1216x760 on a
    // 1280x800 screen); the groups table shows every column.
    void streamIdsFitInPortuguese()
    {
        QSettings().clear();
        Translator::install(QCoreApplication::instance(), u"pt_BR"_s);
        {
            MainWindow window(u"streamdesk-test-views"_s);
            window.resize(1216, 760); // the default: 95% of a 1280x800 screen
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::Page::Streams);
            StreamView *view = window.streamView();
            QVERIFY(view->isVisible());
            StreamConsumer::Config config;
            config.mode = StreamConsumer::Mode::Observe;
            view->setConsumerConfig(config);
            view->onConsumerState(StreamConsumer::State::Running, u"observando servicenow:changes"_s);
            for (const StreamConsumer::Update &update : std::as_const(m_sample.updates))
                view->onConsumerUpdate(update);
            StreamInfo info = makeStreamInfo(1830, 12, 40);
            info.firstEntryId = "1796102919466-0";
            info.lastEntryId = "1796102936715-12";
            info.lastGeneratedId = "1796102936715-12";
            view->onSample(info);
            QTRY_COMPARE(window.width(), 1216); // the page's content does not widen the window
            // Every column of the groups table shows without scrolling, Lag included (it was
            // pushed out of view at 3:2 against the chart).
            QHeaderView *groups = view->groupsTable()->horizontalHeader();
            QTRY_VERIFY2(
                groups->sectionViewportPosition(StreamGroupsModel::Lag) + groups->sectionSize(StreamGroupsModel::Lag)
                    <= view->groupsTable()->viewport()->width(),
                qPrintable(u"%1 + %2 > %3"_s.arg(groups->sectionViewportPosition(StreamGroupsModel::Lag))
                               .arg(groups->sectionSize(StreamGroupsModel::Lag))
                               .arg(view->groupsTable()->viewport()->width())));
            // The event log has half of what is below the figures: eight rows or more, not the
            // four it had when the groups, consumers and chart took their size hints.
            QTableView *events = view->eventsTable();
            const int eventRows = events->viewport()->height() / events->verticalHeader()->defaultSectionSize();
            QVERIFY2(eventRows >= 8, qPrintable(u"the event log shows %1 rows"_s.arg(eventRows)));
            QVERIFY2(view->groupsTable()->viewport()->height()
                    >= 3 * view->groupsTable()->verticalHeader()->defaultSectionSize(),
                "the groups table shows fewer than three rows");
            // Consumers are many where groups are few: they get more room.
            QVERIFY2(view->consumersTable()->viewport()->height() > view->groupsTable()->viewport()->height(),
                qPrintable(u"consumers %1 px, groups %2 px"_s.arg(view->consumersTable()->viewport()->height())
                               .arg(view->groupsTable()->viewport()->height())));
            for (const auto &[field, id] : {std::pair {u"first"_s, info.firstEntryId},
                     std::pair {u"last"_s, info.lastEntryId}, std::pair {u"lastGenerated"_s, info.lastGeneratedId}}) {
                auto *label = view->findChild<QLabel *>(field);
                QVERIFY(label);
                QCOMPARE(label->text(), QString::fromLatin1(id));
                QTRY_VERIFY2(label->sizeHint().width() <= label->width(),
                    qPrintable(u"%1: %2 > %3"_s.arg(field).arg(label->sizeHint().width()).arg(label->width())));

                QVERIFY(label->toolTip().contains(QString::fromLatin1(id)));
            }
        }
        Translator::install(QCoreApplication::instance(), u"en"_s);
        QSettings().clear();
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        Translator::install(QCoreApplication::instance(), language);
        const QString lang = Translator::currentLanguage();
        QCOMPARE(lang, language);

        TicketModel model;
        model.setLanguage(lang);
        model.reset(m_sample.tickets);

        DashboardView dashboard;
        dashboard.setTicketModel(&model);
        for (const StreamConsumer::Update &update : std::as_const(m_sample.updates))
            dashboard.onConsumerUpdate(update);
        dashboard.recompute();
        saveShot(&dashboard, u"dashboard"_s, lang);

        TicketsView tickets;
        tickets.setTicketModel(&model);
        tickets.setTicketStore(&m_sample.store);
        tickets.show();
        if (lang == u"en"_s) {
            // Critical first and nothing selected: the priority-1 rows and the empty detail pane.
            tickets.tableView()->sortByColumn(TicketModel::Priority, Qt::AscendingOrder);
        } else {
            // The critical ticket with the longest history, for the detail pane.
            QString busiest;
            qsizetype longest = 0;
            for (const Ticket &t : m_sample.tickets) {
                const qsizetype n = m_sample.store.history(t.sysId).size();
                if (n > longest && t.priority == u"1") {
                    longest = n;
                    busiest = t.sysId;
                }
            }
            QVERIFY(!busiest.isEmpty());
            QVERIFY(tickets.selectTicket(busiest));
        }
        saveShot(&tickets, u"tickets"_s, lang);

        StreamView stream;
        StreamConsumer::Config config;
        config.mode = StreamConsumer::Mode::Process;
        config.consumer = u"streamdesk-ops1-alice"_s;
        stream.setConsumerConfig(config);
        stream.onConsumerState(StreamConsumer::State::Running, u"running"_s);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-120);
        for (int i = 0; i < 60; ++i) {
            StreamInfo info = makeStreamInfo(1000 + i * 40, 10 + (i * 7) % 25, std::max(0, 400 - i * 9));
            info.sampledAt = start.addSecs(2 * i);
            stream.onSample(info);
        }
        for (const StreamConsumer::Update &update : std::as_const(m_sample.updates))
            stream.onConsumerUpdate(update);
        saveShot(&stream, u"stream"_s, lang);

        Translator::install(QCoreApplication::instance(), u"en"_s);
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
