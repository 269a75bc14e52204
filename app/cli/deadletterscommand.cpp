#include "deadletterscommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include "cliconsole.h"
#include "clioptions.h"
#include "services/redisconnection.h"
#include "services/safetext.h"
#include "services/signalwatcher.h"
#include "services/streamconsumer.h"

using namespace Qt::StringLiterals;

namespace {

const QString kStream = u"stream"_s;
const QString kCount = u"count"_s;
const QString kReason = u"reason"_s;
const QString kReplay = u"replay"_s;
const QString kReplayAll = u"replay-all"_s;
const QString kDelete = u"delete"_s;
const QString kDeleteAll = u"delete-all"_s;
const QString kJson = u"json"_s;
constexpr qsizetype TextValueBytes = 256; // type, action, number: a 1 MiB data value is not kept

QJsonObject toJson(const DeadLetter &d)
{
    // Pairs, not an object: the order and any repeated name are the entry's (as XADD wrote it).
    QJsonArray fields;
    for (const auto &[name, value] : d.original)
        fields.append(QJsonArray {QString::fromUtf8(name), QString::fromUtf8(value)});
    QJsonObject o {
        {u"id"_s, QString::fromLatin1(d.id)},
        {u"reason"_s, d.reason},
        {u"reason_code"_s, d.reasonCode},
        {u"source_stream"_s, d.sourceStream},
        {u"source_id"_s, QString::fromLatin1(d.sourceId)},
        {u"consumer"_s, d.consumer},
        {u"time"_s, d.time.isValid() ? d.time.toString(Qt::ISODateWithMs) : QString()},
        {u"fields"_s, fields},
    };
    if (d.deliveries >= 0)
        o.insert(u"deliveries"_s, d.deliveries);
    return o;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

} // namespace

DeadLettersCommand::DeadLettersCommand(QObject *parent)
    : CliCommand(parent)
{
}

DeadLettersCommand::~DeadLettersCommand() = default;

QString DeadLettersCommand::name() const
{
    return u"dead-letters"_s;
}

QString DeadLettersCommand::description() const
{
    return tr("List the dead-letter stream, or replay or delete its entries once the cause is fixed.");
}

void DeadLettersCommand::addOptions(QCommandLineParser &parser)
{
    CliOptions::addRedisOptions(parser);
    const StreamConsumer::Config defaults;
    parser.addOption(
        {kStream, tr("Change stream key; its dead letters are in KEY:dlq (default: %1).").arg(defaults.stream),
            tr("KEY"), defaults.stream});
    parser.addOption({kCount, tr("How many entries to list, newest first (default: 20)."), tr("N"), u"20"_s});
    parser.addOption({kReason,
        tr("Only entries with this reason code (e.g. bad_json, too_large, too_many_deliveries), when "
           "listing or with --replay-all/--delete-all."),
        tr("CODE")});
    parser.addOption({kReplay,
        tr("Put this entry's original fields back into the stream and remove it from the dead letters (repeatable)."),
        tr("ID")});
    parser.addOption(
        {kReplayAll, tr("Replay every entry there is now (entries that fail again come back with new ids).")});
    parser.addOption({kDelete, tr("Delete this entry from the dead letters for good (repeatable)."), tr("ID")});
    parser.addOption({kDeleteAll, tr("Delete every entry there is now.")});
    parser.addOption({kJson, tr("Print JSON instead of text.")});
}

void DeadLettersCommand::start(const QCommandLineParser &parser)
{
    if (!rejectPositionalArguments(parser) || !rejectEmptyValues(parser, {kStream, kReason}))
        return;
    int actions = 0;
    for (const QString &option : {kReplay, kReplayAll, kDelete, kDeleteAll})
        actions += parser.isSet(option) ? 1 : 0;
    if (actions > 1) {
        fail(ExitUsage, tr("choose one of --replay, --replay-all, --delete and --delete-all"));
        return;
    }
    m_list = actions == 0;
    const bool all = parser.isSet(kReplayAll) || parser.isSet(kDeleteAll);
    m_reasonCode = parser.value(kReason);
    if (parser.isSet(kReason) && !m_list && !all) {
        fail(ExitUsage, tr("--reason goes with listing, --replay-all or --delete-all, not with given ids"));
        return;
    }
    // Other producers may write codes of their own, so one is matched as given; but a typo
    // ("bad-json") would pass for "none of those" and, with --delete-all, for a clean queue.
    if (!m_reasonCode.isEmpty() && !DeadLetter::knownReasonCodes().contains(m_reasonCode))
        CliConsole::warning(tr("%1 is not a reason code Streamdesk writes (%2); matching it as given")
                                .arg(SafeText::oneLine(m_reasonCode), DeadLetter::knownReasonCodes().join(u", "_s)));
    m_operation = (parser.isSet(kDelete) || parser.isSet(kDeleteAll)) ? DeadLetterQueue::Operation::Delete
                                                                      : DeadLetterQueue::Operation::Replay;
    if (parser.isSet(kCount) && !m_list) {
        fail(ExitUsage, tr("--count goes with listing only"));
        return;
    }
    for (const QString &id : parser.values(m_operation == DeadLetterQueue::Operation::Delete ? kDelete : kReplay)) {
        if (!DeadLetterQueue::isEntryId(id.toLatin1())) {
            fail(ExitUsage, tr("'%1' is not a whole entry id, ms-seq (like 1736937000000-0)").arg(id));
            return;
        }
        m_ids.append(id.toLatin1());
    }
    const auto count = CliOptions::integer(parser, kCount, 1, 100000);
    if (const auto *error = std::get_if<CliOptions::Error>(&count)) {
        fail(error->exitCode, error->message);
        return;
    }
    m_count = std::get<int>(count);
    m_json = parser.isSet(kJson);
    RedisConnection *connection = openRedis(parser, [this] { onReady(); });
    if (!connection)
        return;
    m_queue = new DeadLetterQueue(connection, parser.value(kStream), this);
    connect(m_queue, &DeadLetterQueue::fetched, this, &DeadLettersCommand::printList);
    connect(m_queue, &DeadLetterQueue::finished, this, &DeadLettersCommand::printResult);
    connect(m_queue, &DeadLetterQueue::failed, this, [this](const QString &error) { finishWith(ExitFailure, error); });
    connect(m_queue, &DeadLetterQueue::progress, this, [this](qint64 done, qint64 total) {
        // Long runs only, and once a second: chunks of large entries come every few ms.
        if (done > 0 && done < total && total > DeadLetterQueue::ChunkSize
            && (!m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= 1000)) {
            m_sinceProgress.start();
            const QString count = QLocale().toString(done);
            const QString of = QLocale().toString(total);
            QTextStream(stderr) << (m_operation == DeadLetterQueue::Operation::Delete
                    ? tr("deleting: %1 of %2 dead letters done").arg(count, of)
                    : tr("replaying: %1 of %2 dead letters done").arg(count, of))
                                << Qt::endl;
        }
    });
    // Ctrl+C (or SIGTERM) stops after the chunk under way and still reports what was done.
    auto *signalWatcher = new SignalWatcher(this);
    connect(signalWatcher, &SignalWatcher::terminationRequested, this, [this] {
        m_interrupted = true;
        if (m_queue->isRunning())
            m_queue->cancel();
        else
            finishWith(ExitFailure, tr("interrupted"));
    });
}

void DeadLettersCommand::onReady()
{
    if (m_list)
        // Text shows a few short fields of each entry; JSON gives them whole.
        m_queue->fetch(m_count, m_reasonCode, m_json ? -1 : TextValueBytes);
    else if (m_ids.isEmpty())
        m_queue->runAll(m_operation, m_reasonCode);
    else
        m_queue->run(m_operation, m_ids);
}

void DeadLettersCommand::printList(const QList<DeadLetter> &newestFirst, qint64 total)
{
    const QList<DeadLetter> &shown = newestFirst;
    QTextStream &out = CliConsole::out();
    if (m_json) {
        // Written entry by entry: one QJsonDocument of 1,000 entries of 1 MiB took 9 GB.
        QByteArray head = QJsonDocument(QJsonObject {{u"key"_s, m_queue->key()}, {u"length"_s, total}})
                              .toJson(QJsonDocument::Compact);
        head.chop(1); // the closing brace: the entries follow
        out << QString::fromUtf8(head) << u",\"entries\":["_s;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            out << (i ? u",\n"_s : u"\n"_s)
                << QString::fromUtf8(QJsonDocument(toJson(shown.at(i))).toJson(QJsonDocument::Compact));
        }
        out << u"\n]}"_s << Qt::endl;
        finishWith(ExitSuccess);
        return;
    }
    if (total == 0) {
        out << tr("no dead letters (%1 is empty)").arg(SafeText::oneLine(m_queue->key())) << Qt::endl;
        finishWith(ExitSuccess);
        return;
    }
    out << tr("%1: %n dead letters", nullptr, int(total)).arg(SafeText::oneLine(m_queue->key()));
    if (!m_reasonCode.isEmpty() && shown.isEmpty())
        out << tr(", none with reason %1").arg(m_reasonCode);
    else if (!m_reasonCode.isEmpty())
        out << tr(", showing the newest %n with reason %1", nullptr, int(shown.size())).arg(m_reasonCode);
    else if (shown.size() < total)
        out << tr(", showing the newest %n", nullptr, int(shown.size()));
    out << Qt::endl;
    for (const DeadLetter &d : shown) {
        const QString number = QString::fromUtf8(d.originalValue("number"));
        out << QString::fromLatin1(d.id) << u"  "_s
            << (d.time.isValid() ? d.time.toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s) : u"-"_s)
            << u"  "_s
            // Values are the producer's text: printed raw, an escape sequence would drive the terminal.
            << SafeText::oneLine(orDash(d.reasonCode)) << u"  "_s << SafeText::oneLine(orDash(d.eventText())) << u' '
            << SafeText::oneLine(orDash(number)) << u"  "_s
            << tr("from %1").arg(orDash(QString::fromLatin1(d.sourceId)));
        if (d.deliveries >= 0)
            out << u"  "_s << tr("%n deliveries", nullptr, d.deliveries);
        out << Qt::endl << u"    "_s << SafeText::oneLine(d.reason) << Qt::endl;
    }
    finishWith(ExitSuccess);
}

void DeadLettersCommand::printResult(const DeadLetterQueue::Result &result)
{
    const bool replay = result.operation == DeadLetterQueue::Operation::Replay;
    QTextStream &out = CliConsole::out();
    if (m_json) {
        QJsonArray replayed;
        for (const auto &[from, to] : result.replayedAs)
            replayed.append(QJsonObject {{u"id"_s, QString::fromLatin1(from)}, {u"new_id"_s, QString::fromLatin1(to)}});
        QJsonObject o {{replay ? u"replayed"_s : u"deleted"_s, result.done}, {u"missing"_s, result.missing},
            {u"interrupted"_s, result.canceled}};
        if (replay) {
            o.insert(u"stream"_s, m_queue->stream());
            o.insert(u"nothing_to_replay"_s, result.empty);
            o.insert(u"failed"_s, result.failed);
            if (!result.firstFailure.isEmpty())
                o.insert(u"first_failure"_s, result.firstFailure);
            o.insert(u"entries"_s, replayed);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << (replay
                ? tr("replayed %n entries to %1", nullptr, int(result.done)).arg(SafeText::oneLine(m_queue->stream()))
                : tr("deleted %n entries from %1", nullptr, int(result.done)).arg(SafeText::oneLine(m_queue->key())));
        if (result.missing > 0) {
            out << u"; "_s << tr("%n not found", nullptr, int(result.missing));
            if (!result.missingIds.isEmpty()) { // which ones, so a mistyped id shows
                QStringList ids;
                for (const QByteArray &id : result.missingIds)
                    ids << SafeText::oneLine(QString::fromLatin1(id));
                out << u" ("_s << ids.join(u", "_s) << (result.missing > ids.size() ? u", …)"_s : u")"_s);
            }
        }
        if (result.empty > 0)
            out << u"; "_s
                << tr("%n with no original fields to replay, left in %1", nullptr, int(result.empty))
                       .arg(SafeText::oneLine(m_queue->key()));
        if (result.failed > 0)
            out << u"; "_s
                << tr("%n refused by the server, left in %1 (first: %2)", nullptr, int(result.failed))
                       .arg(SafeText::oneLine(m_queue->key()), SafeText::oneLine(result.firstFailure));
        if (result.canceled)
            out << u"; "_s << tr("interrupted before the end");
        out << Qt::endl;
        for (const auto &[from, to] : result.replayedAs)
            out << u"  "_s << QString::fromLatin1(from) << u" -> "_s << QString::fromLatin1(to) << Qt::endl;
    }
    // Ids given by hand that were not there, or not replayed, are a mistake worth an exit code;
    // with --*-all a missing entry only means another client was quicker.
    const qint64 left = result.empty + result.failed + (m_ids.isEmpty() ? 0 : result.missing);
    if (result.canceled || m_interrupted)
        finishWith(ExitFailure, tr("interrupted: %n entries done", nullptr, int(result.done)));
    else if (left > 0 && !m_ids.isEmpty())
        finishWith(ExitFailure, tr("%n of the given ids were not done", nullptr, int(left)));
    else if (result.failed > 0)
        finishWith(ExitFailure, tr("%n entries could not be replayed", nullptr, int(result.failed)));
    else
        finishWith(ExitSuccess);
}
