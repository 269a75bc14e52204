// The window's ticket pipeline end to end, offscreen, on the sandbox: the simulated feed fills
// the ticket model and the views in observe mode; a published test event shows up as a ticket;
// switching to process mode joins the consumer group under the stable consumer name; the
// toolbar's start/stop action stops and resumes the consumer.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "models/deadlettermodel.h"
#include "models/eventlogmodel.h"
#include "models/pendingentrymodel.h"
#include "models/statecountmodel.h"
#include "models/streamconsumersmodel.h"
#include "models/streamgroupsmodel.h"
#include "models/ticketfiltermodel.h"
#include "models/ticketmodel.h"
#include "services/feedhub.h"
#include "services/redisconnection.h"
#include "services/streamentry.h"
#include "services/testevent.h"
#include "services/ticketstore.h"
#include "support/testredis.h"
#include "ui/dashboardview.h"
#include "ui/deadlettersdialog.h"
#include "ui/mainwindow.h"
#include "ui/pendingentriesdialog.h"
#include "ui/pipelinecontroller.h"
#include "ui/preferencesdialog.h"
#include "ui/publisheventdialog.h"
#include "ui/sandboxcontroller.h"
#include "ui/streamview.h"
#include "ui/ticketdetailpane.h"
#include "ui/ticketsview.h"

using namespace Qt::StringLiterals;

namespace {

int groupRow(const StreamGroupsModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, StreamGroupsModel::Name).data(StreamGroupsModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

// The stream page's "Length" figure, as a number (it is shown with group separators).
qint64 streamLength(const MainWindow &window)
{
    return window.streamView()->streamField(u"length"_s).remove(QRegularExpression(u"\\D"_s)).toLongLong();
}

} // namespace

class TestGuiPipeline final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    // attach() reads the store's tickets on another thread; changes the consumer brings while
    // that read is under way must not be lost under the snapshot when it lands.
    void snapshotLoadsOffTheGuiThreadWithoutLosingUpdates()
    {
        const auto server = TestRedis::start();
        QVERIFY(server);
        QTemporaryDir dir;
        const QString storePath = dir.filePath(u"tickets.sqlite"_s);
        constexpr int Stored = 30000; // a snapshot long enough (~0.3 s) for the consumer to answer first
        const auto sysIdFor = [](int n) { return u"%1"_s.arg(n, 32, 16, QLatin1Char('0')); };
        {
            TicketStore store;
            QVERIFY(store.open(storePath, nullptr));
            QList<TicketEvent> events;
            for (int i = 0; i < Stored; ++i) {
                TicketEvent e;
                e.sourceId = "1-" + QByteArray::number(i);
                e.sysId = sysIdFor(i);
                e.type = e.rawType = u"incident"_s;
                e.action = e.rawAction = u"created"_s;
                e.number = u"INC%1"_s.arg(i, 7, 10, QLatin1Char('0'));
                e.state = u"1"_s;
                events.append(e);
            }
            QCOMPARE(store.apply(events).applied, Stored);
        }

        PipelineController pipeline;
        QSignalSpy loaded(&pipeline, &PipelineController::ticketsLoaded);
        PipelineController::Target target;
        target.endpoint = TestRedis::endpoint(*server);
        target.storePath = storePath;
        target.observeFrom = "0";
        RedisConnection redis(target.endpoint);
        redis.open();
        QVERIFY(TestRedis::waitReady(redis));
        // Changes for the first 50 tickets are waiting in the stream: the consumer applies them
        // at once, while the snapshot may still be loading.
        for (int i = 0; i < 50; ++i) {
            const RedisReply added = TestRedis::call(redis,
                {"XADD", PipelineController::streamKey().toUtf8(), "*", "type", "incident", "action", "updated",
                    "sys_id", sysIdFor(i).toUtf8(), "state", "2"});
            QVERIFY2(!added.isError(), qPrintable(added.errorMessage()));
        }
        pipeline.attach(target);
        QVERIFY(pipeline.store());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.constFirst().at(0).toInt(), Stored);
        TicketModel *model = pipeline.ticketModel();
        QCOMPARE(model->rowCount(), Stored);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < 50; ++i) {
                    const int row = model->rowOf(sysIdFor(i));
                    if (row < 0 || model->ticketAt(row).state != u"2"_s)
                        return false;
                }
                return true;
            }(),
            10000);
        QCOMPARE(model->ticketAt(model->rowOf(sysIdFor(Stored - 1))).state, u"1"_s);
        QCOMPARE(model->rowCount(), Stored);
        QCOMPARE(loaded.size(), 1);

        // Detached while a snapshot loads: its answer is dropped. Answers come in order, so once
        // the next attach's snapshot is in, the dropped one has come and gone unannounced.
        pipeline.attach(target);
        pipeline.detach();
        QCOMPARE(model->rowCount(), 0);
        pipeline.attach(target);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(model->rowCount(), Stored);
        pipeline.detach();
    }

    void sandboxFeedsTheViews()
    {
        MainWindow window(u"streamdesk-test"_s);
        window.show();
        window.startSandbox();
        PipelineController *pipeline = window.pipeline();
        TicketModel *tickets = pipeline->ticketModel();

        // The backfill arrives through the consumer, in observe mode, without any setup.
        QTRY_VERIFY_WITH_TIMEOUT(tickets->rowCount() >= 100, 30000);
        QCOMPARE(pipeline->mode(), StreamConsumer::Mode::Observe);
        QVERIFY(pipeline->isRunning());
        QVERIFY(pipeline->store());
        QVERIFY(pipeline->store()->path().startsWith(window.sandbox()->dataDirectory()));
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboardView()->stateCountModel()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(streamLength(window) > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.sandbox()->gatewayUrl().isEmpty(), 10000);
        QVERIFY(window.ticketsView()->visibleCount() > 0);

        // The sandbox subscribes to its own SSE gateway: a session-only feed that receives the
        // live entries (and, with the consumer, never applies one twice).
        FeedHub *hub = window.feedHub();
        QTRY_VERIFY_WITH_TIMEOUT(!window.sandboxFeedId().isEmpty(), 10000);
        const QString feedId = window.sandboxFeedId();
        QVERIFY(hub->isSessionOnly(feedId));
        QCOMPARE(hub->storePath(), pipeline->store()->path());
        QTRY_VERIFY_WITH_TIMEOUT(hub->stats(feedId).state == SseClient::State::Open, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(hub->stats(feedId).events > 0, 15000);
        EventLogModel *log = window.streamView()->eventLogModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < log->rowCount(); ++row) {
                    if (log->eventAt(row).source == hub->stats(feedId).name && !log->eventAt(row).payload.isEmpty())
                        return true;
                }
                return false;
            }(),
            10000);

        // The live feed keeps coming after the backfill.
        const int before = tickets->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(tickets->rowCount() > before, 30000);

        // A published test event becomes a ticket with the promised state.
        TestEvent event;
        event.type = u"incident"_s;
        event.action = u"resolved"_s;
        event.number = u"INC7777777"_s;
        window.publishTestEvent(event);
        const QString sysId = TestEvent::sysIdFor(event.number);
        QTRY_VERIFY_WITH_TIMEOUT(tickets->rowOf(sysId) >= 0, 10000);
        QCOMPARE(tickets->ticketAt(tickets->rowOf(sysId)).state, u"6"_s);
        QVERIFY(window.ticketsView()->selectTicket(sysId));

        // Process mode joins the group under the stable consumer name and keeps running.
        window.setConsumerMode(StreamConsumer::Mode::Process);
        QCOMPARE(pipeline->mode(), StreamConsumer::Mode::Process);
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->isRunning(), 10000);
        StreamGroupsModel *groups = window.streamView()->groupsModel();
        QTRY_VERIFY_WITH_TIMEOUT(groupRow(groups, PipelineController::groupName()) >= 0, 15000);
        QCOMPARE(QSettings().value(u"pipeline/mode"_s).toString(), u"process"_s);

        // The toolbar action stops (gracefully) and starts again.
        QAction *toggle = window.processingAction();
        QVERIFY(toggle->isEnabled());
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!pipeline->isRunning(), 10000);
        // Nothing to toggle while the graceful stop finishes its batch; then "Start".
        QTRY_COMPARE_WITH_TIMEOUT(pipeline->state(), StreamConsumer::State::Idle, 10000);
        QVERIFY(toggle->isEnabled());
        QCOMPARE(toggle->iconText(), tr("Start"));
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->isRunning(), 10000);

        QVERIFY(window.close());
        QVERIFY(!pipeline->isAttached());
        QVERIFY(window.sandboxFeedId().isEmpty());
        QVERIFY(!hub->feed(feedId));
        QCOMPARE(tickets->rowCount(), 0);
    }

    // The toolbar's test-event dialog publishes only whole input (empty means the default), and
    // its preview shows what will be written. With STREAMDESK_SCREENSHOT_DIR set, it and the
    // Preferences dialog are saved there for a look.
    void dialogs()
    {
        PublishEventDialog publish(u"servicenow:changes"_s);
        publish.show();
        QVERIFY(QTest::qWaitForWindowExposed(&publish));
        auto *buttons = publish.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        const QList<QLineEdit *> edits = publish.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 2); // number, state
        QVERIFY(ok->isEnabled());
        edits.at(0)->setText(u"IN"_s); // half typed
        QVERIFY(!ok->isEnabled());
        QVERIFY2(!publish.findChild<QLabel *>(u"preview"_s)->text().contains(u"Note:"_s), "no note while typing");
        edits.at(0)->setText(u"INC0000042"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(publish.event().number, u"INC0000042"_s);
        QCOMPARE(publish.event().action, u"updated"_s);
        auto *preview = publish.findChild<QLabel *>(u"preview"_s);
        QVERIFY(preview);
        QVERIFY2(!preview->text().contains(u"Note:"_s), qPrintable(preview->text()));
        // A number of another type is allowed, but the preview says so.
        edits.at(0)->setText(u"CTASK0000001"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY2(preview->text().contains(u"Note: Incident numbers start with INC; CTASK0000001 is published as one "
                                          u"anyway."_s),
            qPrintable(preview->text()));
        edits.at(0)->setText(u"INC0000042"_s);

        PreferencesDialog preferences;
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        if (const QString out = qEnvironmentVariable("STREAMDESK_SCREENSHOT_DIR"); !out.isEmpty()) {
            QVERIFY(publish.grab().save(out + u"/publisheventdialog.png"_s));
            QVERIFY(preferences.grab().save(out + u"/preferencesdialog.png"_s));
        }
    }

    // Preferences set the processing limits the CLI has as options (without them, a too_large
    // dead letter replayed from the GUI was dead-lettered again); defaults are not written.
    void preferencesSetTheProcessingLimits()
    {
        const StreamConsumer::Config defaults;
        {
            PreferencesDialog preferences;
            QCOMPARE(preferences.maxEntryBox()->value(), int(defaults.maxEntryBytes / 1024));
            QCOMPARE(preferences.claimMinIdleBox()->value(), defaults.claimMinIdleMs / 1000);
            QCOMPARE(preferences.maxDeliveriesBox()->value(), defaults.maxDeliveries);
            preferences.maxEntryBox()->setValue(4096);
            preferences.claimMinIdleBox()->setValue(5);
            QCOMPARE(preferences.newGroupStartBox()->currentData().toString(), QString()); // "$"
            preferences.newGroupStartBox()->setCurrentIndex(preferences.newGroupStartBox()->findData(u"0"_s));
            preferences.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(preferences.pipelineChanged());
        }
        PipelineController pipeline;
        QCOMPARE(pipeline.config().maxEntryBytes, 4096 * 1024);
        QCOMPARE(pipeline.config().claimMinIdleMs, 5000);
        QCOMPARE(pipeline.config().claimIntervalMs, 2500);
        QCOMPARE(pipeline.config().maxDeliveries, defaults.maxDeliveries);
        QVERIFY(!QSettings().contains(PipelineController::MaxDeliveriesSetting));
        QCOMPARE(pipeline.config().startId, QByteArray("$")); // observing: tails
        pipeline.setMode(StreamConsumer::Mode::Process, false);
        QCOMPARE(pipeline.config().startId, QByteArray("0")); // a group it creates reads it all

        PreferencesDialog again;
        QCOMPARE(again.maxEntryBox()->value(), 4096);
        QCOMPARE(again.newGroupStartBox()->currentData().toString(), u"0"_s);
        again.maxEntryBox()->setValue(int(defaults.maxEntryBytes / 1024)); // back to the default: removed
        again.newGroupStartBox()->setCurrentIndex(0);
        again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!QSettings().contains(PipelineController::MaxEntryBytesSetting));
        QVERIFY(!QSettings().contains(PipelineController::NewGroupStartSetting));
        QCOMPARE(pipeline.config().startId, QByteArray("$"));
        QCOMPARE(pipeline.config().maxEntryBytes, defaults.maxEntryBytes);
    }

    // The tickets page as the analyst left it: types, states, closed hidden, group, columns,
    // sort and the detail pane's height come back after a restart; the search does not.
    void ticketViewSurvivesARestart()
    {
        const QString stateKey = TicketFilterModel::stateKey(u"incident"_s, u"2"_s);
        QByteArray split;
        {
            MainWindow window(u"streamdesk-test"_s);
            TicketsView *view = window.ticketsView();
            view->setTypeFilter({u"incident"_s});
            view->setStateFilter({stateKey});
            view->setShowClosed(false);
            view->setGroupFilter(u"Service Desk"_s);
            view->setSearchText(u"printer"_s);
            QHeaderView *header = view->tableView()->horizontalHeader();
            QVERIFY(!header->isSectionHidden(TicketModel::Priority));
            QVERIFY(header->isSectionHidden(TicketModel::Type)); // hidden by default
            header->setSectionHidden(TicketModel::Priority, true);
            header->setSectionHidden(TicketModel::Type, false);
            view->tableView()->sortByColumn(TicketModel::Number, Qt::AscendingOrder);
            auto *splitter = qobject_cast<QSplitter *>(view->detailPane()->parentWidget());
            QVERIFY(splitter);
            splitter->setSizes({300, 200});
            split = splitter->saveState();
            QVERIFY(window.close());
        }
        MainWindow window(u"streamdesk-test"_s);
        TicketsView *view = window.ticketsView();
        const TicketFilterModel *filter = view->filterModel();
        QCOMPARE(filter->types(), QStringList {u"incident"_s});
        QCOMPARE(filter->states(), QSet<QString> {stateKey});
        QVERIFY(!filter->showClosed());
        QCOMPARE(filter->assignmentGroup(), u"Service Desk"_s);
        QCOMPARE(filter->searchText(), QString());
        // The widgets say the same.
        QCOMPARE(view->searchField()->text(), QString());
        QVERIFY(!view->showClosedBox()->isChecked());
        QCOMPARE(view->groupCombo()->currentData().toString(), u"Service Desk"_s);
        for (int i = 0; i < view->typeList()->count(); ++i) {
            const QListWidgetItem *item = view->typeList()->item(i);
            QCOMPARE(
                item->checkState(), item->data(Qt::UserRole).toString() == u"incident"_s ? Qt::Checked : Qt::Unchecked);
        }
        int checkedStates = 0;
        for (int i = 0; i < view->stateList()->count(); ++i) {
            const QListWidgetItem *item = view->stateList()->item(i);
            if (!item->data(Qt::UserRole).toString().isEmpty() && item->checkState() == Qt::Checked) {
                ++checkedStates;
                QCOMPARE(item->data(Qt::UserRole).toString(), stateKey);
            }
        }
        QCOMPARE(checkedStates, 1);
        const QHeaderView *header = view->tableView()->horizontalHeader();
        QVERIFY(header->isSectionHidden(TicketModel::Priority));
        QVERIFY(!header->isSectionHidden(TicketModel::Type));
        QCOMPARE(header->sortIndicatorSection(), int(TicketModel::Number));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(qobject_cast<QSplitter *>(view->detailPane()->parentWidget())->saveState(), split);

        // Reset filters still means everything, and that is what the next start shows.
        view->clearFilters();
        QVERIFY(window.close());
        MainWindow again(u"streamdesk-test"_s);
        QVERIFY(again.ticketsView()->filterModel()->types().isEmpty());
        QVERIFY(again.ticketsView()->filterModel()->states().isEmpty());
        QVERIFY(again.ticketsView()->filterModel()->showClosed());
        QCOMPARE(again.ticketsView()->filterModel()->assignmentGroup(), QString());
    }

    // A recently closed ticket opened from the dashboard keeps the analyst's filters when they
    // show it; filters that hide it are cleared, and the status bar says so.
    void openingARecentTicketKeepsFiltersThatShowIt()
    {
        MainWindow window(u"streamdesk-test"_s);
        const auto closedIncident = [](int n, const QString &group) {
            Ticket t;
            t.sysId = u"%1"_s.arg(n, 32, 16, QLatin1Char('0'));
            t.number = u"INC%1"_s.arg(n, 7, 10, QLatin1Char('0'));
            t.type = u"incident"_s;
            t.state = u"7"_s; // Closed
            t.assignmentGroup = group;
            t.sysUpdatedOn = u"2026-12-02 03:0%1:00"_s.arg(n);
            return t;
        };
        const Ticket desk = closedIncident(1, u"Service Desk"_s);
        const Ticket network = closedIncident(2, u"Network"_s);
        window.pipeline()->ticketModel()->reset({desk, network});
        auto *recent = window.findChild<QTreeWidget *>(u"recentlyClosed"_s);
        QVERIFY(recent);
        QTRY_COMPARE(recent->topLevelItemCount(), 2);
        const auto itemFor = [recent](const Ticket &t) -> QTreeWidgetItem * {
            for (int i = 0; i < recent->topLevelItemCount(); ++i) {
                if (recent->topLevelItem(i)->text(0) == t.number)
                    return recent->topLevelItem(i);
            }
            return nullptr;
        };
        QVERIFY(itemFor(desk) && itemFor(network));

        TicketsView *view = window.ticketsView();
        view->setGroupFilter(desk.assignmentGroup);
        QCOMPARE(view->visibleCount(), 1);
        Q_EMIT recent->itemActivated(itemFor(desk), 0);
        QCOMPARE(view->selectedSysId(), desk.sysId);
        QCOMPARE(view->filterModel()->assignmentGroup(), desk.assignmentGroup);
        QCOMPARE(view->visibleCount(), 1);
        QCOMPARE(window.statusBar()->currentMessage(), QString());

        // Hidden by the search alone: only the search goes.
        view->setSearchText(u"no ticket matches this"_s);
        Q_EMIT recent->itemActivated(itemFor(desk), 0);
        QCOMPARE(view->selectedSysId(), desk.sysId);
        QCOMPARE(view->searchField()->text(), QString());
        QCOMPARE(view->filterModel()->assignmentGroup(), desk.assignmentGroup);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"The search hid %1"_s.arg(desk.number)),
            qPrintable(window.statusBar()->currentMessage()));

        Q_EMIT recent->itemActivated(itemFor(network), 0);
        QCOMPARE(view->selectedSysId(), network.sysId);
        QCOMPARE(view->filterModel()->assignmentGroup(), QString());
        QCOMPARE(view->visibleCount(), 2);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"The filters hid %1"_s.arg(network.number)),
            qPrintable(window.statusBar()->currentMessage()));
    }

    // On a real server, choosing Process while observing stops and waits for Start: one click on
    // the toolbar must not start taking and acknowledging a production group's entries. Back to
    // Observe goes on at once (it takes nothing).
    void processModeOnAServerWaitsForStart()
    {
        const auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection redis(TestRedis::endpoint(*server));
        redis.open();
        QVERIFY(TestRedis::waitReady(redis));
        const QByteArray stream = PipelineController::streamKey().toUtf8();
        QVERIFY(!TestRedis::call(redis, {"XADD", stream, "*", "type", "incident", "number", "INC1"}).isError());
        const auto groups = [&] { return TestRedis::call(redis, {"XINFO", "GROUPS", stream}).size(); };

        MainWindow window(u"streamdesk-test"_s);
        window.show();
        window.connectTo(TestRedis::endpoint(*server));
        PipelineController *pipeline = window.pipeline();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->isRunning(), 10000); // observing by itself
        QCOMPARE(pipeline->mode(), StreamConsumer::Mode::Observe);

        window.processModeAction()->trigger();
        QCOMPARE(pipeline->mode(), StreamConsumer::Mode::Process);
        QTRY_COMPARE_WITH_TIMEOUT(pipeline->state(), StreamConsumer::State::Idle, 10000);
        QVERIFY(!pipeline->isRunning());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"Start (F5) joins group"_s),
            qPrintable(window.statusBar()->currentMessage()));
        // A negative check has to give it time: started, it joins within a few hundred ms.
        QVERIFY(!QTest::qWaitFor([&] { return pipeline->isRunning() || groups() > 0; }, 1500));
        QCOMPARE(window.processingAction()->iconText(), tr("Start"));

        window.processingAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->isRunning(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(groups(), 1, 10000);
        // The group was made for this console: the status bar says so until something else is said.
        // "$" said in words: the entries already in the stream are not processed.
        const QString created =
            u"Consumer: created the consumer group bunsnc-processors on %1, reading from $: new entries only, not "
            u"those already in the stream"_s.arg(QString::fromUtf8(stream));
        QTRY_COMPARE(window.statusBar()->currentMessage(), created);
        // And on the Streams page, where it stays after the status bar says something else.
        QCOMPARE(window.streamView()->notice(), created);
        if (const QString out = qEnvironmentVariable("STREAMDESK_SCREENSHOT_DIR"); !out.isEmpty()) {
            window.resize(1280, 800);
            window.showPage(MainWindow::Page::Streams);
            auto *scroll = window.streamView()->findChild<QScrollArea *>(u"streamScroll"_s);
            // At 1280x800 the page fits: once laid out, nothing scrolls (the notice widens nothing).
            QTRY_COMPARE(scroll->widget()->size(), scroll->viewport()->size());
            QVERIFY(window.grab().save(out + u"/streamsnotice.png"_s));
        }
        window.statusBar()->showMessage(u"something else"_s);
        QCOMPARE(window.streamView()->notice(), created);

        window.observeModeAction()->trigger();
        QCOMPARE(pipeline->mode(), StreamConsumer::Mode::Observe);
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->isRunning(), 10000);
        QCOMPARE(window.streamView()->notice(), QString()); // the process run's, gone with it
    }

    // Observing tails from "$": the tickets a stream held before the console looked never
    // showed. Pipeline ▸ Read the Whole Stream observes once from its first entry; it takes
    // nothing from the group, and later runs tail again.
    void readWholeStreamLoadsEarlierEntries()
    {
        const auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection redis(TestRedis::endpoint(*server));
        redis.open();
        QVERIFY(TestRedis::waitReady(redis));
        const QString stream = PipelineController::streamKey();
        // Numbers of this run: the test profile's store outlives it.
        const int first = QRandomGenerator::global()->bounded(1000000, 9000000);
        QStringList sysIds;
        for (int i = 0; i < 5; ++i) {
            TestEvent event;
            event.type = u"incident"_s;
            event.action = u"created"_s;
            event.number = u"INC%1"_s.arg(first + i);
            sysIds << TestEvent::sysIdFor(event.number);
            QVERIFY(!TestRedis::call(redis, event.xaddArguments(stream)).isError());
        }
        MainWindow window(u"streamdesk-test"_s);
        window.show();
        window.connectTo(TestRedis::endpoint(*server));
        PipelineController *pipeline = window.pipeline();
        TicketModel *tickets = pipeline->ticketModel();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->isRunning(), 10000);
        QVERIFY(!QTest::qWaitFor([&] { return tickets->rowOf(sysIds.first()) >= 0; }, 500)); // tailing

        QTRY_VERIFY(window.readWholeStreamAction()->isEnabled());
        window.readWholeStreamAction()->trigger();
        for (const QString &sysId : std::as_const(sysIds))
            QTRY_VERIFY_WITH_TIMEOUT(tickets->rowOf(sysId) >= 0, 10000);
        QCOMPARE(pipeline->mode(), StreamConsumer::Mode::Observe);
        QCOMPARE(TestRedis::call(redis, {"XINFO", "GROUPS", stream.toUtf8()}).size(), 0); // nothing joined
        QCOMPARE(pipeline->config().startId, QByteArray("$")); // the next reconfiguration tails again

        // Stop and Start tail again: they do not read the whole stream over.
        window.processingAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(pipeline->state(), StreamConsumer::State::Idle, 10000);
        qint64 received = 0;
        connect(pipeline, &PipelineController::updated, this,
            [&received](const StreamConsumer::Update &u) { received += u.receivedDelta; });
        window.processingAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->isRunning(), 10000);
        QVERIFY(!QTest::qWaitFor([&] { return received > 0; }, 1500));

        // A group's processor is not switched to observing behind its back: not offered.
        window.processModeAction()->trigger();
        QVERIFY(!window.readWholeStreamAction()->isEnabled());
    }

    // Pipeline ▸ Dead Letters on a server of one's own: the window's action opens the dialog on
    // the stream in use; it lists the entries newest first with their details, filters by reason,
    // replays the selected one into the stream (its original fields only) and deletes another.
    void deadLettersDialogReplaysAndDeletes()
    {
        const auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection redis(TestRedis::endpoint(*server));
        redis.open();
        QVERIFY(TestRedis::waitReady(redis));
        const QByteArray stream = PipelineController::streamKey().toUtf8();
        QList<QByteArray> ids;
        for (const QByteArray &code :
            {QByteArray("bad_json"), QByteArray("too_large"), QByteArray("bad_json"), QByteArray("bad_json")}) {
            ids << TestRedis::call(redis,
                {"XADD", stream + ":dlq", "*", "type", "incident", "action", "updated", "number",
                    "INC" + QByteArray::number(ids.size()), "data", "{not json", "dlq_reason", "because " + code,
                    "dlq_reason_code", code, "dlq_source_stream", stream, "dlq_source_id", "1-0", "dlq_consumer", "c1",
                    "dlq_time", "2025-01-15T10:30:01.234Z"})
                       .bytes();
        }

        MainWindow window(u"streamdesk-test"_s);
        window.show();
        window.connectTo(TestRedis::endpoint(*server));
        QTRY_VERIFY_WITH_TIMEOUT(window.deadLettersAction()->isEnabled(), 10000);
        QCOMPARE(window.deadLettersAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        window.deadLettersAction()->trigger();
        DeadLettersDialog *dialog = window.deadLettersDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        DeadLetterModel *model = dialog->model();
        // The longest event name shows whole (at a fixed 160 pixels it lost its end).
        QVERIFY(dialog->table()->columnWidth(DeadLetterModel::Event)
            > dialog->table()->fontMetrics().horizontalAdvance(u"change_task:slm_updated"_s));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
        QCOMPARE(model->index(0, 0).data(DeadLetterModel::IdRole).toByteArray(), ids.at(3));
        auto *summary = dialog->findChild<QLabel *>(u"summary"_s);
        QVERIFY(summary->text().contains(u"holds 4 dead letters"_s));

        // The newest is selected and its details read in full.
        auto *details = dialog->findChild<QPlainTextEdit *>(u"details"_s);
        QTRY_VERIFY2(
            details->toPlainText().contains(u"Reason: Data not JSON (bad_json)\nAs written: because bad_json\n"_s),
            qPrintable(details->toPlainText()));
        QVERIFY(details->toPlainText().contains(u"data: {not json"_s));
        QVERIFY(!details->toPlainText().contains(u"dlq_consumer"_s));
        // Enter on a row leaves the window open (Close was its default button).
        dialog->activateWindow();
        dialog->table()->setFocus();
        QTest::keyClick(dialog->table(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());

        // Filtering by reason.
        auto *reason = dialog->findChild<QComboBox *>(u"reasonFilter"_s);
        // Every code Streamdesk writes is offered, listed or not; choosing one reads that reason's
        // entries from the server (however far back they are).
        QCOMPARE(reason->count(), 1 + DeadLetter::knownReasonCodes().size());
        QVERIFY(reason->findData(u"too_many_deliveries"_s) > 0);
        QCOMPARE(reason->itemText(reason->findData(u"bad_json"_s)), u"Data not JSON (bad_json)"_s);
        reason->setCurrentIndex(reason->findData(u"too_large"_s));
        QCOMPARE(dialog->table()->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000); // the server's answer: only too_large
        QVERIFY2(summary->text().contains(u"listed with reason Too large (too_large)"_s), qPrintable(summary->text()));
        dialog->table()->selectRow(0);
        QCOMPARE(dialog->table()->currentIndex().data(DeadLetterModel::IdRole).toByteArray(), ids.at(1));

        if (const QString out = qEnvironmentVariable("STREAMDESK_SCREENSHOT_DIR"); !out.isEmpty())
            QVERIFY(dialog->grab().save(out + u"/deadlettersdialog.png"_s));

        QSignalSpy outcome(dialog, &DeadLettersDialog::outcome);
        dialog->replaySelected(false);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 10000); // no too_large left
        auto *status = dialog->findChild<QLabel *>(u"status"_s);
        // (No translator here: the English plural comes from streamdesk_en.qm in the app.)
        QTRY_VERIFY(status->text().startsWith(u"Replayed 1 entr"_s));
        QVERIFY(status->text().endsWith(u" into %1."_s.arg(QString::fromUtf8(stream))));
        QCOMPARE(outcome.size(), 1);
        QCOMPARE(outcome.constFirst().constFirst().toString(), status->text());
        const QList<StreamEntry> replayed =
            StreamEntry::listFromReply(TestRedis::call(redis, {"XRANGE", stream, "-", "+"}));
        QCOMPARE(replayed.size(), 1);
        QCOMPARE(replayed.constFirst().fields,
            (QList<QPair<QByteArray, QByteArray>> {
                {"type", "incident"}, {"action", "updated"}, {"number", "INC1"}, {"data", "{not json"}}));

        // Deleting the middle row leaves the selection on its neighbour, not on the top row.
        reason->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->model()->rowCount(), 3, 10000);
        dialog->table()->selectRow(1);
        QCOMPARE(dialog->table()->currentIndex().data(DeadLetterModel::IdRole).toByteArray(), ids.at(2));
        dialog->deleteSelected(false);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        QCOMPARE(model->index(0, 0).data(DeadLetterModel::IdRole).toByteArray(), ids.at(3));
        QTRY_COMPARE(
            dialog->table()->selectionModel()->selectedRows().value(0).data(DeadLetterModel::IdRole).toByteArray(),
            ids.at(0));
        QCOMPARE(TestRedis::call(redis, {"XLEN", stream + ":dlq"}).toInteger(), 2);

        // Esc while the list is being read closes at once (it used to arm a close that fired
        // after the next replay, hiding its result).
        dialog->refresh();
        QPointer<DeadLettersDialog> closing(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!closing);
        window.deadLettersAction()->trigger();
        dialog = window.deadLettersDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 2, 10000);

        // Another server: the dialog goes, its dead letters are not the new server's.
        QPointer<DeadLettersDialog> guard(dialog);
        const auto other = TestRedis::start();
        QVERIFY(other);
        window.connectTo(TestRedis::endpoint(*other));
        QTRY_VERIFY(!guard);
        QVERIFY(window.close());
    }

    // A dead letter over the console's entry size limit would only come back if replayed as the
    // limit stands: its details and the replay question say so, and the question defaults to
    // Cancel.
    void replayWarnsOfEntriesOverTheLimit()
    {
        const auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection redis(TestRedis::endpoint(*server));
        redis.open();
        QVERIFY(TestRedis::waitReady(redis));
        QSettings().setValue(PipelineController::MaxEntryBytesSetting, 2048);
        const QByteArray stream = PipelineController::streamKey().toUtf8();
        const QByteArray big = TestRedis::call(redis,
            {"XADD", stream + ":dlq", "*", "type", "incident", "number", "INC1", "short_description",
                QByteArray(3000, 'x'), "dlq_reason", "entry is 3030 bytes, larger than the limit of 1024 bytes",
                "dlq_reason_code", "too_large"})
                                   .bytes();
        const QByteArray small = TestRedis::call(redis,
            {"XADD", stream + ":dlq", "*", "type", "incident", "number", "INC2", "data", "{not json", "dlq_reason",
                "bad", "dlq_reason_code", "bad_json"})
                                     .bytes();

        MainWindow window(u"streamdesk-test"_s);
        window.show();
        window.connectTo(TestRedis::endpoint(*server));
        QTRY_VERIFY_WITH_TIMEOUT(window.deadLettersAction()->isEnabled(), 10000);
        window.deadLettersAction()->trigger();
        DeadLettersDialog *dialog = window.deadLettersDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 2, 10000);
        auto *details = dialog->findChild<QPlainTextEdit *>(u"details"_s);
        const auto select = [&](const QByteArray &id) {
            dialog->table()->clearSelection();
            for (int row = 0; row < dialog->table()->model()->rowCount(); ++row)
                if (dialog->table()->model()->index(row, 0).data(DeadLetterModel::IdRole).toByteArray() == id)
                    dialog->table()->selectRow(row);
        };
        select(small);
        QTRY_VERIFY(details->toPlainText().contains(u"INC2"_s));
        QVERIFY(!details->toPlainText().contains(u"larger than the largest entry"_s));
        select(big);
        QTRY_VERIFY2(
            details->toPlainText().contains(u"Size: 3 KiB, larger than the largest entry this console reads (2 KiB)"_s),
            qPrintable(details->toPlainText()));

        // The question, answered by its default button (Enter).
        QString informative;
        bool warning = false;
        const auto answer = [&] {
            QTimer::singleShot(0, dialog, [&] {
                auto *box = dialog->findChild<QMessageBox *>(u"confirmation"_s);
                QVERIFY(box);
                informative = box->informativeText();
                warning = box->icon() == QMessageBox::Warning;
                if (const QString out = qEnvironmentVariable("STREAMDESK_SCREENSHOT_DIR"); !out.isEmpty() && warning)
                    box->grab().save(out + u"/replaywarning.png"_s);
                box->defaultButton()->click();
            });
        };
        answer();
        dialog->table()->selectAll();
        dialog->replaySelected();
        QVERIFY2(informative.startsWith(u"1 of them"_s)
                && informative.contains(u"larger than the largest entry this console reads (2 KiB)"_s),
            qPrintable(informative));
        QVERIFY(warning);
        QCOMPARE(TestRedis::call(redis, {"XLEN", stream + ":dlq"}).toInteger(), 2); // canceled
        QCOMPARE(TestRedis::call(redis, {"XLEN", stream}).toInteger(), 0);

        // Under the limit, Replay is the default.
        select(small);
        answer();
        dialog->replaySelected();
        QVERIFY(!warning);
        QVERIFY(!informative.contains(u"larger"_s));
        QTRY_COMPARE_WITH_TIMEOUT(TestRedis::call(redis, {"XLEN", stream}).toInteger(), 1, 10000);
        QVERIFY(window.close());
    }

    // Double-clicking a group, then a consumer, on the Streams page lists their pending entries,
    // the longest idle first.
    void pendingEntriesFromTheStreamsPage()
    {
        const auto server = TestRedis::start();
        QVERIFY(server);
        RedisConnection redis(TestRedis::endpoint(*server));
        redis.open();
        QVERIFY(TestRedis::waitReady(redis));
        const QByteArray stream = PipelineController::streamKey().toUtf8();
        for (int i = 0; i < 3; ++i)
            TestRedis::call(redis,
                {"XADD", stream, "*", "type", "incident", "action", "updated", "number",
                    "INC" + QByteArray::number(i)});
        QVERIFY(!TestRedis::call(redis, {"XGROUP", "CREATE", stream, "workers", "0"}).isError());
        TestRedis::call(redis, {"XREADGROUP", "GROUP", "workers", "alice", "COUNT", "2", "STREAMS", stream, ">"});
        TestRedis::call(redis, {"XREADGROUP", "GROUP", "workers", "bob", "COUNT", "1", "STREAMS", stream, ">"});

        MainWindow window(u"streamdesk-test"_s);
        window.resize(1280, 800);
        window.show();
        window.connectTo(TestRedis::endpoint(*server));
        window.showPage(MainWindow::Page::Streams);
        StreamView *view = window.streamView();
        QTRY_VERIFY_WITH_TIMEOUT(groupRow(view->groupsModel(), u"workers"_s) >= 0, 15000);
        QTableView *groups = view->groupsTable();
        const QModelIndex groupIndex = groups->model()->index(groupRow(view->groupsModel(), u"workers"_s), 0);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(groups->viewport()->rect().contains(groups->visualRect(groupIndex).center()),
            qPrintable(u"%1 %2"_s.arg(groups->visualRect(groupIndex).width()).arg(groups->viewport()->width())));
        // A press and release first: the view emits doubleClicked for the row it saw pressed.
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(groupIndex).center());
        QTest::mouseDClick(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(groupIndex).center());
        QTRY_VERIFY(window.pendingEntriesDialog());
        PendingEntriesDialog *dialog = window.pendingEntriesDialog();
        QCOMPARE(dialog->group(), u"workers"_s);
        QVERIFY(dialog->consumer().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 3, 10000);
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"summary"_s)->text().contains(u"3 entries pending"_s));
        // Only the stuck ones: alice's second entry idle for 10 minutes (XCLAIM sets that), the
        // filter at 5 minutes lists it alone; back to "any" lists all three.
        const QByteArray stuck = dialog->model()->entryAt(1).id;
        QVERIFY(!TestRedis::call(redis, {"XCLAIM", stream, "workers", "alice", "0", stuck, "IDLE", "600000", "JUSTID"})
                     .isError());
        dialog->minIdleBox()->setValue(300);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, 10000);
        QCOMPARE(dialog->model()->entryAt(0).id, stuck);
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"summary"_s)->text().contains(u"1 idle for at least 5 min 00 s"_s));
        if (const QString out = qEnvironmentVariable("STREAMDESK_SCREENSHOT_DIR"); !out.isEmpty())
            QVERIFY(dialog->grab().save(out + u"/pendingentriesdialog.png"_s));
        // A change while a read is under way is read once that read ends, not dropped (the
        // spin box's signals are blocked: only the dialog's read-again can bring all three).
        dialog->refresh(); // a read under way, idle >= 5 minutes
        {
            const QSignalBlocker quiet(dialog->minIdleBox());
            dialog->minIdleBox()->setValue(0);
        }
        dialog->refresh(); // asked while that read runs
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 3, 10000);
        QTRY_VERIFY(!dialog->findChild<QLabel *>(u"summary"_s)->text().contains(u"idle for at least"_s));
        // Enter in the box applies the value; it used to press Close.
        dialog->activateWindow();
        dialog->minIdleBox()->setFocus();
        dialog->minIdleBox()->selectAll();
        QTest::keyClicks(dialog->minIdleBox(), u"300"_s);
        QTest::keyClick(dialog->minIdleBox(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, 10000);
        QVERIFY(dialog->isVisible());

        // A consumer's row: only its entries; the group's dialog is replaced, not piled up.
        QPointer<PendingEntriesDialog> first(dialog);
        QTableView *consumers = view->consumersTable();
        QTRY_VERIFY_WITH_TIMEOUT(consumers->model()->rowCount() == 2, 10000);
        int bobRow = -1;
        for (int row = 0; row < consumers->model()->rowCount(); ++row) {
            if (consumers->model()->index(row, 0).data(StreamConsumersModel::NameRole).toString() == u"bob"_s)
                bobRow = row;
        }
        QVERIFY(bobRow >= 0);
        const QPoint bob = consumers->visualRect(consumers->model()->index(bobRow, 0)).center();
        QTest::mouseClick(consumers->viewport(), Qt::LeftButton, {}, bob);
        QTest::mouseDClick(consumers->viewport(), Qt::LeftButton, {}, bob);
        QTRY_VERIFY(!first);
        dialog = window.pendingEntriesDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->consumer(), u"bob"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, 10000);
        QCOMPARE(dialog->model()->entryAt(0).number, u"INC2"_s);

        // From the keyboard: Enter on the current group.
        dialog->close();
        QTRY_VERIFY(!window.pendingEntriesDialog());
        groups->setFocus();
        groups->setCurrentIndex(groupIndex);
        QTest::keyClick(groups, Qt::Key_Return);
        QTRY_VERIFY(window.pendingEntriesDialog());
        QCOMPARE(window.pendingEntriesDialog()->group(), u"workers"_s);

        // Another server: nothing of this one's stays on the page.
        QVERIFY(view->groupsModel()->rowCount() > 0);
        // Observe mode tails from "$": a new entry shows in the log.
        TestRedis::call(redis, {"XADD", stream, "*", "type", "incident", "action", "updated", "number", "INC9"});
        QTRY_VERIFY_WITH_TIMEOUT(view->eventLogModel()->rowCount() > 0, 10000);
        const auto other = TestRedis::start();
        QVERIFY(other);
        window.connectTo(TestRedis::endpoint(*other));
        QTRY_VERIFY(!window.pendingEntriesDialog());
        QCOMPARE(view->groupsModel()->rowCount(), 0);
        QCOMPARE(view->consumersModel()->rowCount(), 0);
        QCOMPARE(view->eventLogModel()->rowCount(), 0);
        QVERIFY(window.close());
    }

    // A stream key changed in Preferences while the sandbox runs: the consumer and the sandbox's
    // simulated feed both move to it (the feed used to keep publishing to the old stream, so the
    // console went quiet).
    // The sandbox's server dying empties every page (its data goes with it): the status bar says
    // why and how to start again, instead of a bare "not connected".
    void sandboxServerDyingIsExplained()
    {
        MainWindow window(u"streamdesk-test"_s);
        window.show();
        window.startSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(window.connection() && window.connection()->isReady(), 30000);
        RedisConnection redis(window.sandbox()->endpoint());
        redis.open();
        QVERIFY(TestRedis::waitReady(redis));
        const quint16 port = window.sandbox()->port();
        redis.command({"SHUTDOWN", "NOSAVE"}, this, [](const RedisReply &) {});
        QTRY_VERIFY_WITH_TIMEOUT(!window.sandbox()->isRunning(), 10000);
        QTRY_VERIFY(!window.connection());
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"redis-server (port %1) stopped unexpectedly"_s.arg(port))
                && message.contains(u"Ctrl+Shift+S"_s),
            qPrintable(message));
        QVERIFY(window.close());
    }

    void sandboxFeedFollowsAStreamChange()
    {
        MainWindow window(u"streamdesk-test"_s);
        window.show();
        window.startSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(window.pipeline()->ticketModel()->rowCount() >= 100, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.sandbox()->gatewayUrl().isEmpty(), 10000);

        QSettings().setValue(u"pipeline/stream"_s, u"moved:changes"_s);
        window.applyPipelineSettings();
        QCOMPARE(window.pipeline()->config().stream, u"moved:changes"_s);
        QCOMPARE(window.sandbox()->stream(), u"moved:changes"_s);
        // Only the sandbox's feed writes to the new stream: the consumer reading from it proves
        // the feed moved.
        qint64 read = 0;
        QSignalSpy updates(window.pipeline(), &PipelineController::updated);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &update : std::as_const(updates))
                    read = std::max(read, update.at(0).value<StreamConsumer::Update>().totals.read);
                updates.clear();
                return read > 0;
            }(),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.sandbox()->gatewayUrl().isEmpty(), 10000);
        QVERIFY(window.close());
    }

    // Preferences' pipeline settings are what the window and its sandbox use: a custom stream
    // key, and a state-table file whose labels the ticket model shows.
    void customStreamAndStateTable()
    {
        QSettings settings;
        settings.setValue(u"pipeline/stream"_s, u"custom:changes"_s);
        settings.setValue(u"pipeline/stateTable"_s, QStringLiteral(STREAMDESK_TEST_DATA "/states-override.json"));
        MainWindow window(u"streamdesk-test"_s);
        window.show();
        window.startSandbox();
        TicketModel *tickets = window.pipeline()->ticketModel();
        QTRY_VERIFY_WITH_TIMEOUT(tickets->rowCount() >= 100, 30000);
        QCOMPARE(window.pipeline()->config().stream, u"custom:changes"_s);
        QCOMPARE(window.sandbox()->stream(), u"custom:changes"_s);
        // The stream view samples the custom stream (the default one does not exist).
        QTRY_VERIFY_WITH_TIMEOUT(streamLength(window) > 0, 10000);
        // incident 3 is "On Hold" by default; the file renames it "Waiting".
        QCOMPARE(tickets->stateTable().label(u"incident"_s, u"3"_s, u"en"_s), u"Waiting"_s);
        QCOMPARE(tickets->stateTable().label(u"incident"_s, u"18"_s, u"en"_s), u"Assigned"_s);
        QVERIFY(window.close());
    }
};

int main(int argc, char *argv[])
{
    // Settings and the default store go to throwaway directories, never the user's.
    QTemporaryDir config;
    QTemporaryDir data;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Streamdesk"_s);
    QCoreApplication::setApplicationName(u"streamdesk"_s);
    TestGuiPipeline test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_pipeline.moc"
