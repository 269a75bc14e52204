// The tickets view with a big live table, on the GUI thread alone (no Redis, no store): N
// tickets in TicketModel behind TicketFilterModel in a shown QTableView, then R updates per
// second for S seconds handed over every 100 ms as the pipeline does (TicketUpdateQueue's
// time-boxed slices). Measures the reset and how late a 5 ms timer fires meanwhile, first with
// the view sorted by Updated, newest first (the tickets view's default: every update moves its
// row to the top), then, as the baseline of the same run, unsorted (rows change in place).
//
// Usage: ticket_view [--tickets N] [--rate R] [--seconds S] [--grow]
#include <algorithm>
#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>

#include "models/ticketfiltermodel.h"
#include "models/ticketmodel.h"
#include "models/ticketupdatequeue.h"
#include "timerlateness.h"
#include "ui/viewstyle.h"

namespace {

const char *const kTypes[] = {"incident", "change_task", "sc_task"};
const char *const kGroups[] = {"Service Desk", "Network", "SAP Basis", "Cloud Ops", "Database", "Field Services"};

Ticket makeTicket(int i, const QDateTime &updated, QRandomGenerator &random)
{
    Ticket t;
    t.sysId = QString::number(0x10000000u + quint32(i), 16).repeated(4);
    t.type = QString::fromLatin1(kTypes[i % 3]);
    t.number = (i % 3 == 0          ? QStringLiteral("INC")
                       : i % 3 == 1 ? QStringLiteral("CTASK")
                                    : QStringLiteral("SCTASK"))
        + QString::number(1000000 + i);
    t.state = QString::number(1 + random.bounded(7));
    t.priority = QString::number(1 + random.bounded(5));
    t.assignmentGroup = QString::fromLatin1(kGroups[random.bounded(6)]);
    t.shortDescription = QStringLiteral("Printer on floor %1 does not print").arg(random.bounded(40));
    t.sysUpdatedOn = updated.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.lastAction = QStringLiteral("updated");
    t.lastEventTime = updated;
    t.appliedAt = updated;
    return t;
}

struct Result {
    double resetMs = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double drainMs = 0; // after the last hand-over, until the queue was empty
};

// grow: the table starts empty and the updates create the tickets first (a console catching up
// a backlog into an empty store), then change them.
Result run(const QList<Ticket> &tickets, bool sorted, int rate, int seconds, bool grow)
{
    TicketModel model;
    TicketFilterModel proxy;
    proxy.setSourceModel(&model);
    // The tickets view's table (fixed, hidden row header), sorted as it is by default or not.
    QTableView &view = *ViewStyle::makeTable(nullptr, QStringLiteral("bench"));
    const std::unique_ptr<QTableView> owner(&view);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(sorted ? int(TicketModel::Updated) : -1, Qt::DescendingOrder);
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();

    Result result;
    QElapsedTimer timer;
    timer.start();
    model.reset(grow ? QList<Ticket>() : tickets);
    QCoreApplication::processEvents(); // the repaint that follows is part of what a user waits for
    result.resetMs = double(timer.nsecsElapsed()) / 1e6;

    TicketUpdateQueue queue(&model);
    queue.setSortingProxy(&proxy); // as the window does for the tickets view
    QRandomGenerator random(7);
    QDateTime now = tickets.constLast().lastEventTime;
    TimerLateness lateness;
    lateness.start();

    // Every 100 ms, a tenth of a second's updates, each to a random ticket, newer than all.
    const int perHandOver = rate / 10;
    int handedOver = 0;
    int created = grow ? 0 : int(tickets.size());
    QTimer feed;
    feed.setInterval(100);
    QObject::connect(&feed, &QTimer::timeout, &feed, [&] {
        QList<Ticket> batch;
        batch.reserve(perHandOver);
        for (int i = 0; i < perHandOver; ++i) {
            const int index = created < tickets.size() ? created++ : random.bounded(created);
            now = now.addMSecs(1);
            batch << makeTicket(index, now, random);
        }
        queue.enqueue(batch);
        if (++handedOver == seconds * 10)
            feed.stop();
    });
    feed.start();
    while (feed.isActive())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    timer.start();
    bool drained = false;
    QObject::connect(&queue, &TicketUpdateQueue::drained, &queue, [&] { drained = true; });
    while (!drained && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    result.drainMs = double(timer.nsecsElapsed()) / 1e6;
    lateness.stop();
    result.p50 = lateness.percentileMs(0.50);
    result.p99 = lateness.percentileMs(0.99);
    result.max = lateness.percentileMs(1.0);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Rows in the table (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Updates per second (default 20000)."),
        QStringLiteral("R"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Length of each run (default 10)."),
        QStringLiteral("S"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("grow"),
        QStringLiteral("Start empty: the updates create the tickets (up to --tickets), then change them.")});
    parser.process(app);
    const bool grow = parser.isSet(QStringLiteral("grow"));
    const int count = std::max(1, parser.value(QStringLiteral("tickets")).toInt());
    const int rate = std::max(10, parser.value(QStringLiteral("rate")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());

    QRandomGenerator random(1);
    QList<Ticket> tickets;
    tickets.reserve(count);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < count; ++i)
        tickets << makeTicket(i, start.addSecs(i), random);

    std::printf("ticket_view: %d rows%s, %d updates/s for %d s, 5 ms timer on the GUI thread\n\n", count,
        grow ? " (created by the updates)" : "", rate, seconds);
    std::printf("%-34s %10s %9s %9s %9s %10s\n", "view", "reset ms", "p50 ms", "p99 ms", "max ms", "drain ms");
    const Result unsorted = run(tickets, false, rate, seconds, grow);
    const Result sorted = run(tickets, true, rate, seconds, grow);
    for (const auto &[name, r] : {std::pair {"unsorted (baseline)", unsorted}, std::pair {"sorted by Updated", sorted}})
        std::printf("%-34s %10.1f %9.2f %9.2f %9.2f %10.1f\n", name, r.resetMs, r.p50, r.p99, r.max, r.drainMs);
    std::printf("\nsorted / unsorted p99: %.2f   (goal: sorted p99 < 16 ms)\n",
        unsorted.p99 > 0 ? sorted.p99 / unsorted.p99 : 0);
    return 0;
}
