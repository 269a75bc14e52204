// bench/stream_ingest: how fast Streamdesk processes the change stream compared with the
// cheapest possible consumer, and how responsive the GUI thread stays while it does.
//
//  1. Baseline: a raw hiredis loop, XREADGROUP COUNT 500 (--count) plus one multi-id XACK per batch,
//     doing nothing with the entries.
//  2. Streamdesk: StreamConsumer in process mode (decode, SQLite transaction per batch,
//     ack after commit) over the same entries, in a fresh group.
//  3. Floor: the same hiredis loop storing into plain SQLite with nothing else: no decoding, no
//     JSON, no ordering checks, no checkpoints, one upsert per ticket per transaction. No
//     store shaped as issue #3 asks (a row per ticket with its record and history, acked after
//     commit) can beat it on this machine, so it tells what the ratio goal asks of SQLite.
//  4. GUI: the consumer on its worker thread, the ticket model + filter proxy + a table view
//     on the main thread, while a publisher feeds 20,000 events/s; a 5 ms timer on the main
//     thread records how late it fires.
//
// Usage: stream_ingest [--events N] [--tickets N] [--count N] [--gui-rate R] [--gui-seconds S] [--offline]
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <hiredis/hiredis.h>
#include <sqlite3.h>

#include "models/ticketfiltermodel.h"
#include "models/ticketmodel.h"
#include "models/ticketupdatequeue.h"
#include "services/consumerthread.h"
#include "services/redisconnection.h"
#include "services/redisserverprocess.h"
#include "services/simulatorpublisher.h"
#include "services/streamconsumer.h"
#include "services/ticketsimulator.h"
#include "services/ticketstore.h"
#include "timerlateness.h"
#include "ui/viewstyle.h"

namespace {

// Runs the event loop until done() or the deadline; returns false on timeout. It sleeps until
// the next event (a 10 ms tick bounds the wait): a busy loop here took CPU from redis-server on
// small machines and so slowed down the consumer it was measuring.
template<typename Done> bool spin(Done done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer tick;
    tick.start(10);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool publish(RedisConnection *redis, const QString &stream, int tickets, int events, double rate, quint32 seed)
{
    TicketSimulator::Options options;
    options.tickets = tickets;
    options.events = events;
    options.seed = seed;
    SimulatorPublisher publisher(redis, stream, options);
    publisher.setRate(rate);
    bool finished = false;
    QString failure;
    QObject::connect(&publisher, &SimulatorPublisher::finished, &publisher, [&] { finished = true; });
    QObject::connect(&publisher, &SimulatorPublisher::failed, &publisher, [&](const QString &reason) {
        failure = reason;
        finished = true;
    });
    publisher.start();
    spin([&] { return finished; }, 600000);
    if (!failure.isEmpty())
        std::fprintf(stderr, "publish failed: %s\n", qPrintable(failure));
    return failure.isEmpty();
}

// XACK stream group <every id of the XREADGROUP reply>, as argv for hiredis.
struct AckCommand {
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
};
AckCommand ackCommand(const QByteArray &stream, const char *group, const redisReply *readReply)
{
    AckCommand ack {{"XACK", stream.constData(), group}, {4, size_t(stream.size()), std::strlen(group)}};
    const redisReply *entries = readReply->element[0]->element[1];
    for (size_t i = 0; i < entries->elements; ++i) {
        ack.argv.push_back(entries->element[i]->element[0]->str);
        ack.lengths.push_back(entries->element[i]->element[0]->len);
    }
    return ack;
}

// The baseline: hiredis' blocking API, the fastest a consumer that does no work can go.
double rawHiredisRate(quint16 port, const QByteArray &stream, qint64 expected, int count)
{
    redisContext *c = redisConnect("127.0.0.1", port);
    if (!c || c->err)
        return 0;
    freeReplyObject(redisCommand(c, "XGROUP CREATE %b raw 0", stream.constData(), size_t(stream.size())));
    QElapsedTimer timer;
    timer.start();
    qint64 consumed = 0;
    while (consumed < expected) {
        auto *reply = static_cast<redisReply *>(redisCommand(
            c, "XREADGROUP GROUP raw bench COUNT %d STREAMS %b >", count, stream.constData(), size_t(stream.size())));
        if (!reply || reply->type != REDIS_REPLY_ARRAY || reply->elements == 0) {
            freeReplyObject(reply);
            break;
        }
        AckCommand ack = ackCommand(stream, "raw", reply);
        freeReplyObject(redisCommandArgv(c, int(ack.argv.size()), ack.argv.data(), ack.lengths.data()));
        consumed += qint64(reply->element[0]->element[1]->elements);
        freeReplyObject(reply);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    redisFree(c);
    return consumed == expected ? double(consumed) / seconds : 0;
}

// The floor (3. above). The reader's time and the store side's (grouping the reads by ticket,
// then SQLite) are summed apart, so the result also gives the bound with the two perfectly
// overlapped on two threads: entries / max(read, store). Any SQLite error, or a row count other
// than the tickets published, fails the run rather than flatter it.
struct Floor {
    double rate = 0;
    double overlappedRate = 0;
    double storeMicrosPerEntry = 0; // grouping + SQLite
    double sqliteMicrosPerEntry = 0; // BEGIN ... COMMIT alone
    QString error;
};

Floor sqliteFloorRate(
    quint16 port, const QByteArray &stream, qint64 expected, int tickets, int count, const QByteArray &path)
{
    Floor result;
    redisContext *c = redisConnect("127.0.0.1", port);
    sqlite3 *db = nullptr;
    sqlite3_stmt *upsert = nullptr;
    const auto done = [&](const QString &error) {
        result.error = error;
        sqlite3_finalize(upsert);
        sqlite3_close(db);
        redisFree(c);
        return result;
    };
    if (!c || c->err)
        return done(QStringLiteral("cannot connect to redis-server"));
    if (sqlite3_open(path.constData(), &db) != SQLITE_OK)
        return done(QString::fromUtf8(sqlite3_errmsg(db)));
    const auto sqlError = [&db] { return QString::fromUtf8(sqlite3_errmsg(db)); };
    freeReplyObject(redisCommand(c, "XGROUP CREATE %b floor 0", stream.constData(), size_t(stream.size())));
    // The product's pragmas, minus checkpoints (the WAL just grows: cheaper than any store).
    // History: this transaction's "id action;" items appended to the row's, the last 800 bytes
    // kept (the product's history is about 0.8 KB per row).
    if (sqlite3_exec(db,
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;"
            " PRAGMA wal_autocheckpoint = 0;"
            " CREATE TABLE tickets (sys_id TEXT PRIMARY KEY NOT NULL, number TEXT, state TEXT,"
            " record BLOB, last_id TEXT, history TEXT)",
            nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db,
               "INSERT INTO tickets VALUES (?1, ?2, ?3, ?4, ?5, substr(?6, -800)) ON CONFLICT (sys_id) DO UPDATE"
               " SET number = ?2, state = ?3, record = ?4, last_id = ?5,"
               " history = substr(coalesce(history, '') || ?6, -800)",
               -1, &upsert, nullptr)
            != SQLITE_OK)
        return done(sqlError());

    struct Latest {
        const redisReply *fields = nullptr;
        const redisReply *id = nullptr;
        std::string history;
    };
    const auto field = [](const redisReply *fields, std::string_view name) -> std::string_view {
        for (size_t k = 0; k + 1 < fields->elements; k += 2) {
            if (std::string_view(fields->element[k]->str, fields->element[k]->len) == name)
                return {fields->element[k + 1]->str, fields->element[k + 1]->len};
        }
        return {};
    };
    const int batchesPerTransaction = 100; // as the product's batches under a backlog (~50,000)
    qint64 consumed = 0;
    qint64 groupingNs = 0;
    qint64 sqliteNs = 0;
    QElapsedTimer timer;
    timer.start();
    while (consumed < expected) {
        std::vector<redisReply *> replies;
        std::unordered_map<std::string_view, Latest> latest;
        while (int(replies.size()) < batchesPerTransaction && consumed < expected) {
            auto *reply =
                static_cast<redisReply *>(redisCommand(c, "XREADGROUP GROUP floor bench COUNT %d STREAMS %b >", count,
                    stream.constData(), size_t(stream.size())));
            if (!reply || reply->type != REDIS_REPLY_ARRAY || reply->elements == 0) {
                freeReplyObject(reply);
                break;
            }
            replies.push_back(reply);
            QElapsedTimer grouping;
            grouping.start();
            const redisReply *entries = reply->element[0]->element[1];
            for (size_t i = 0; i < entries->elements; ++i) {
                const redisReply *entry = entries->element[i];
                Latest &l = latest[field(entry->element[1], "sys_id")];
                l.fields = entry->element[1];
                l.id = entry->element[0];
                l.history.append(entry->element[0]->str, entry->element[0]->len).append(" ");
                l.history.append(field(entry->element[1], "action")).append(";");
            }
            groupingNs += grouping.nsecsElapsed();
            consumed += qint64(entries->elements);
        }
        if (replies.empty())
            break;
        QElapsedTimer sql;
        sql.start();
        bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        for (auto it = latest.cbegin(); ok && it != latest.cend(); ++it) {
            const auto &[sysId, l] = *it;
            const auto bind = [&](int index, std::string_view text) {
                sqlite3_bind_text(upsert, index, text.data(), int(text.size()), SQLITE_STATIC);
            };
            bind(1, sysId);
            bind(2, field(l.fields, "number"));
            bind(3, field(l.fields, "state"));
            const std::string_view record = field(l.fields, "data");
            sqlite3_bind_blob(upsert, 4, record.data(), int(record.size()), SQLITE_STATIC);
            bind(5, {l.id->str, l.id->len});
            bind(6, l.history);
            ok = sqlite3_step(upsert) == SQLITE_DONE;
            sqlite3_reset(upsert);
        }
        ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        sqliteNs += sql.nsecsElapsed();
        // Acknowledged after the commit, one multi-id XACK per read, pipelined.
        for (const redisReply *reply : replies) {
            AckCommand ack = ackCommand(stream, "floor", reply);
            redisAppendCommandArgv(c, int(ack.argv.size()), ack.argv.data(), ack.lengths.data());
        }
        for (redisReply *reply : replies) {
            void *ack = nullptr;
            redisGetReply(c, &ack);
            freeReplyObject(ack);
            freeReplyObject(reply);
        }
        if (!ok)
            return done(sqlError());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (consumed != expected)
        return done(QStringLiteral("read %1 of %2 entries").arg(consumed).arg(expected));
    sqlite3_stmt *rows = nullptr;
    qint64 stored = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM tickets", -1, &rows, nullptr) == SQLITE_OK
        && sqlite3_step(rows) == SQLITE_ROW)
        stored = sqlite3_column_int64(rows, 0);
    sqlite3_finalize(rows);
    if (stored != tickets)
        return done(QStringLiteral("%1 rows stored for %2 tickets").arg(stored).arg(tickets));
    const double storeSeconds = double(groupingNs + sqliteNs) / 1e9;
    result.rate = double(consumed) / seconds;
    result.overlappedRate = double(consumed) / std::max(storeSeconds, seconds - storeSeconds);
    result.storeMicrosPerEntry = storeSeconds * 1e6 / double(consumed);
    result.sqliteMicrosPerEntry = double(sqliteNs) / 1e3 / double(consumed);
    return done({});
}

// Streamdesk's own work without Redis: the same simulated entries decoded and applied in
// batches, each step timed on its own. Tells whether a regression is in decoding or in the store.
void offlineBreakdown(const QString &path, int tickets, int events, int batchSize)
{
    TicketSimulator::Options options;
    options.tickets = tickets;
    options.events = events;
    options.seed = 1;
    TicketSimulator simulator(options);
    QList<StreamEntry> entries;
    entries.reserve(events);
    while (const auto fields = simulator.next()) {
        StreamEntry entry;
        entry.id = QByteArray::number(1700000000000 + entries.size()) + "-0";
        entry.fields = *fields;
        entries.append(std::move(entry));
    }
    TicketStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return;
    }
    qint64 decodeNs = 0;
    qint64 applyNs = 0;
    QElapsedTimer timer;
    for (qsizetype first = 0; first < entries.size(); first += batchSize) {
        const qsizetype end = std::min<qsizetype>(entries.size(), first + batchSize);
        timer.start();
        QList<TicketEvent> batch;
        batch.reserve(end - first);
        for (qsizetype i = first; i < end; ++i) {
            EventDecoder::Result decoded = EventDecoder::decode(entries.at(i));
            if (decoded.ok())
                batch.append(std::move(*decoded.event));
        }
        decodeNs += timer.nsecsElapsed();
        timer.start();
        if (!store.apply(batch).ok)
            return;
        applyNs += timer.nsecsElapsed();
    }
    const double n = double(entries.size());
    std::printf("offline, %lld entries in batches of %d: decode %.1f us/entry, store %.1f us/entry "
                "(together %.0f entries/s)\n",
        qlonglong(entries.size()), batchSize, double(decodeNs) / n / 1e3, double(applyNs) / n / 1e3,
        n * 1e9 / double(decodeNs + applyNs));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Entries to ingest (default 200000)."),
        QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Distinct tickets (default 20000)."),
        QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("gui-rate"), QStringLiteral("Events/s during the GUI test (default 20000)."),
        QStringLiteral("R"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("gui-seconds"), QStringLiteral("Length of the GUI test (default 10)."),
        QStringLiteral("S"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Entries per read for both consumers (default 500)."),
        QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("offline"),
        QStringLiteral("Only time decoding and the store, without Redis (--events, --tickets, --count).")});
    parser.process(app);
    const int events = parser.value(QStringLiteral("events")).toInt();
    const int tickets = parser.value(QStringLiteral("tickets")).toInt();
    const int guiRate = parser.value(QStringLiteral("gui-rate")).toInt();
    const int guiSeconds = parser.value(QStringLiteral("gui-seconds")).toInt();
    const int count = std::max(1, parser.value(QStringLiteral("count")).toInt());

    if (parser.isSet(QStringLiteral("offline"))) {
        QTemporaryDir dir;
        offlineBreakdown(dir.filePath(QStringLiteral("offline.sqlite")), tickets, events, count);
        return 0;
    }

    RedisServerProcess server;
    if (!server.startAndWait()) {
        std::fprintf(stderr, "cannot start redis-server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    RedisEndpoint endpoint;
    endpoint.port = server.port();
    RedisConnection redis(endpoint);
    redis.open();
    if (!spin([&] { return redis.isReady(); }, 10000))
        return 1;

    const QString stream = QStringLiteral("bench:changes");
    std::printf(
        "stream_ingest: %d entries over %d tickets, redis-server on 127.0.0.1:%u\n", events, tickets, server.port());
    if (!publish(&redis, stream, tickets, events, 0, 1))
        return 1;

    // 1. Baseline.
    const double raw = rawHiredisRate(server.port(), stream.toUtf8(), events, count);

    // 2. Streamdesk's processing path, durable store included. Each run is a group of its own
    // reading the whole stream.
    QTemporaryDir dir;
    StreamConsumer::Config config;
    config.endpoint = endpoint;
    config.stream = stream;
    config.consumer = QStringLiteral("bench");
    config.mode = StreamConsumer::Mode::Process;
    config.startId = "0";
    config.count = count;
    config.blockMs = 100;
    config.reportChangedTickets = false; // as `streamdesk-cli process`
    struct Run {
        double rate = 0;
        StreamConsumer::Counters counters;
    };
    const auto process = [&](const QString &group, const QString &storePath) {
        StreamConsumer::Config c = config;
        c.group = group;
        c.storePath = storePath;
        StreamConsumer consumer(c);
        QElapsedTimer timer;
        timer.start();
        consumer.start();
        const bool done = spin([&] { return consumer.counters().acked >= events; }, 600000);
        Run run;
        run.rate = done ? double(events) / (double(timer.nsecsElapsed()) / 1e9) : 0;
        consumer.stop();
        run.counters = consumer.counters();
        return run;
    };
    const Run durable = process(QStringLiteral("streamdesk"), dir.filePath(QStringLiteral("bench.sqlite")));
    // Where the gap is: the same path with SQLite in memory, so without any disk I/O (WAL
    // writes, checkpoints). Not a mode the console offers; a measure of the CPU-bound part.
    const Run memory = process(QStringLiteral("streamdesk-memory"), QStringLiteral(":memory:"));
    const double processRate = durable.rate;
    const StreamConsumer::Counters &counters = durable.counters;

    std::printf("\n%-44s %14s\n", "consumer", "entries/s");
    std::printf("%-44s %14.0f\n", qPrintable(QStringLiteral("raw hiredis (XREADGROUP %1 + XACK)").arg(count)), raw);
    std::printf("%-44s %14.0f\n", "streamdesk process (decode + SQLite + ack)", processRate);
    std::printf("%-44s %14.2f   (goal >= 0.50)\n", "ratio", raw > 0 ? processRate / raw : 0);
    std::printf("  applied %lld, duplicates %lld, stale %lld, malformed %lld\n", counters.applied, counters.duplicates,
        counters.stale, counters.malformed);
    std::printf("%-44s %14.0f   (ratio %.2f)\n", "  same, SQLite in memory (no disk I/O)", memory.rate,
        raw > 0 ? memory.rate / raw : 0);

    // 3. The floor.
    const Floor floor = sqliteFloorRate(
        server.port(), stream.toUtf8(), events, tickets, count, dir.filePath(QStringLiteral("floor.sqlite")).toUtf8());
    if (!floor.error.isEmpty())
        std::printf("floor: failed: %s\n", qPrintable(floor.error));
    std::printf("%-44s %14.0f   (ratio %.2f)\n", "floor: hiredis + plain SQLite, no decoding", floor.rate,
        raw > 0 ? floor.rate / raw : 0);
    std::printf("%-44s %14.0f   (ratio %.2f)\n", "  same, read and store perfectly overlapped", floor.overlappedRate,
        raw > 0 ? floor.overlappedRate / raw : 0);
    std::printf("  floor's store side %.1f us/entry, of which SQLite (BEGIN..COMMIT) %.1f\n", floor.storeMicrosPerEntry,
        floor.sqliteMicrosPerEntry);

    // 4. GUI responsiveness while the GUI applies guiRate events/s.
    const QString live = QStringLiteral("bench:live");
    TicketModel model;
    TicketFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TicketModel::Updated, Qt::DescendingOrder);
    // The tickets view's table, as the window builds it.
    const std::unique_ptr<QTableView> table(ViewStyle::makeTable(nullptr, QStringLiteral("bench")));
    QTableView &view = *table;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1200, 700);
    view.show();

    ConsumerThread worker;
    StreamConsumer::Config liveConfig = config;
    liveConfig.stream = live;
    liveConfig.group = QStringLiteral("gui");
    liveConfig.storePath = dir.filePath(QStringLiteral("live.sqlite"));
    liveConfig.reportChangedTickets = true; // the GUI shows them
    worker.configure(liveConfig);
    qint64 applied = 0;
    TicketUpdateQueue queue(&model); // what the GUI does: time-boxed slices
    queue.setSortingProxy(&proxy);
    QObject::connect(&worker, &ConsumerThread::updated, &model, [&](const StreamConsumer::Update &u) {
        queue.enqueue(u.changed);
        applied = u.totals.acked;
    });
    worker.start();
    if (!spin([&] { return worker.state() == StreamConsumer::State::Running; }, 10000))
        return 1;

    TimerLateness lateness;
    lateness.start();
    const int liveEvents = guiRate * guiSeconds;
    QElapsedTimer guiTimer;
    guiTimer.start();
    // The producer is another process, as in production: the GUI thread only does GUI work.
    QProcess producer;
    producer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    producer.start(QStringLiteral(STREAMDESK_CLI_PATH),
        {QStringLiteral("simulate"), QStringLiteral("--redis"), endpoint.toSafeUrl(), QStringLiteral("--stream"), live,
            QStringLiteral("--tickets"), QString::number(tickets), QStringLiteral("--events"),
            QString::number(liveEvents), QStringLiteral("--rate"), QString::number(guiRate), QStringLiteral("--seed"),
            QStringLiteral("2")});
    spin([&] { return producer.state() == QProcess::NotRunning && applied >= liveEvents; }, 180000);
    const double guiElapsed = double(guiTimer.nsecsElapsed()) / 1e9;
    lateness.stop();

    std::printf("\nGUI thread while applying %d events/s (%d events, %.1f s, %lld rows in the view):\n", guiRate,
        liveEvents, guiElapsed, qlonglong(model.rowCount()));
    std::printf("  5 ms timer lateness: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %lld ticks   (goal p99 < 16 ms)\n",
        lateness.percentileMs(0.50), lateness.percentileMs(0.99), lateness.percentileMs(1.0),
        qlonglong(lateness.ticks()));
    std::printf("  applied by the consumer thread: %lld of %d (producer: streamdesk-cli simulate --rate %d, exit %d)\n",
        qlonglong(applied), liveEvents, guiRate, producer.exitCode());
    worker.stop();
    return 0;
}
