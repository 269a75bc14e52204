#include "pendingcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cliconsole.h"
#include "clioptions.h"
#include "models/durationtext.h"
#include "services/redisconnection.h"
#include "services/safetext.h"
#include "services/streamconsumer.h"

using namespace Qt::StringLiterals;

namespace {

const QString kStream = u"stream"_s;
const QString kGroup = u"group"_s;
const QString kConsumer = u"consumer"_s;
const QString kCount = u"count"_s;
const QString kMinIdle = u"min-idle"_s;
const QString kJson = u"json"_s;

} // namespace

PendingCommand::PendingCommand(QObject *parent)
    : CliCommand(parent)
{
}

PendingCommand::~PendingCommand() = default;

QString PendingCommand::name() const
{
    return u"pending"_s;
}

QString PendingCommand::description() const
{
    return tr("List a consumer group's pending entries: consumer, idle time, deliveries and ticket.");
}

void PendingCommand::addOptions(QCommandLineParser &parser)
{
    CliOptions::addRedisOptions(parser);
    const StreamConsumer::Config defaults;
    parser.addOption({kStream, tr("Stream key (default: %1).").arg(defaults.stream), tr("KEY"), defaults.stream});
    parser.addOption({kGroup, tr("Consumer group (default: %1).").arg(defaults.group), tr("GROUP"), defaults.group});
    parser.addOption({kConsumer, tr("Only this consumer's entries."), tr("NAME")});
    parser.addOption({kCount,
        tr("How many entries to list, oldest first (default: 100, at most %1).").arg(PendingEntriesQuery::MaxCount),
        tr("N"), u"100"_s});
    parser.addOption({kMinIdle,
        tr("Only entries idle for at least MS milliseconds, the stuck ones, whatever their id (as "
           "process's --claim-min-idle; default: 0, all)."),
        tr("MS"), u"0"_s});
    parser.addOption({kJson, tr("Print JSON instead of text.")});
}

void PendingCommand::start(const QCommandLineParser &parser)
{
    if (!rejectPositionalArguments(parser))
        return;
    const auto count = CliOptions::integer(parser, kCount, 1, PendingEntriesQuery::MaxCount);
    if (const auto *error = std::get_if<CliOptions::Error>(&count)) {
        fail(error->exitCode, error->message);
        return;
    }
    const auto minIdle = CliOptions::integer(parser, kMinIdle, 0, 24 * 86400 * 1000);
    if (const auto *error = std::get_if<CliOptions::Error>(&minIdle)) {
        fail(error->exitCode, error->message);
        return;
    }
    m_minIdleMs = std::get<int>(minIdle);
    m_group = parser.value(kGroup);
    m_consumer = parser.value(kConsumer);
    if (!rejectEmptyValues(parser, {kStream, kGroup, kConsumer}))
        return;
    m_json = parser.isSet(kJson);
    RedisConnection *connection = openRedis(parser, [this] { m_query->start(); });
    if (!connection)
        return;
    m_query =
        new PendingEntriesQuery(connection, parser.value(kStream), m_group, m_consumer, std::get<int>(count), this);
    m_query->setMinIdleMs(m_minIdleMs);
    connect(m_query, &PendingEntriesQuery::finished, this, &PendingCommand::print);
    connect(
        m_query, &PendingEntriesQuery::failed, this, [this](const QString &error) { finishWith(ExitFailure, error); });
}

void PendingCommand::print(const QList<PendingEntry> &entries, qint64 total)
{
    QTextStream &out = CliConsole::out();
    if (m_json) {
        QJsonArray list;
        for (const PendingEntry &e : entries) {
            list.append(QJsonObject {{u"id"_s, QString::fromLatin1(e.id)}, {u"consumer"_s, e.consumer},
                {u"idle_ms"_s, e.idleMs}, {u"deliveries"_s, e.deliveries}, {u"event"_s, e.event},
                {u"number"_s, e.number}, {u"deleted_from_stream"_s, e.deletedFromStream}});
        }
        QJsonObject o {{u"group"_s, m_group}, {u"total"_s, total}, {u"entries"_s, list}};
        if (!m_consumer.isEmpty())
            o.insert(u"consumer"_s, m_consumer);
        if (m_minIdleMs > 0)
            o.insert(u"min_idle_ms"_s, m_minIdleMs);
        o.insert(u"more_not_listed"_s, m_query->moreThanListed());
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        finishWith(ExitSuccess);
        return;
    }
    const QString who = m_consumer.isEmpty()
        ? tr("group %1").arg(SafeText::oneLine(m_group))
        : tr("%1 in group %2").arg(SafeText::oneLine(m_consumer), SafeText::oneLine(m_group));
    out << tr("%1: %n pending", nullptr, int(total)).arg(who);
    const QString idle = DurationText::format(m_minIdleMs);
    // XPENDING IDLE gives no count of its own: the query asks for one more to tell.
    if (m_minIdleMs > 0 && m_query->moreThanListed())
        out << tr(", more than %n idle for at least %1, the oldest %n listed", nullptr, int(entries.size())).arg(idle);
    else if (m_minIdleMs > 0)
        out << tr(", %n idle for at least %1", nullptr, int(entries.size())).arg(idle);
    else if (total > entries.size())
        out << tr(", the oldest %n listed", nullptr, int(entries.size()));
    out << Qt::endl;
    for (const PendingEntry &e : entries) {
        // Names and values are anyone's text: printed, an escape sequence would drive the terminal.
        out << QString::fromLatin1(e.id) << u"  "_s << SafeText::oneLine(e.consumer) << u"  "_s
            << tr("idle %1").arg(DurationText::format(e.idleMs)) << u"  "_s
            << tr("%n deliveries", nullptr, int(e.deliveries)) << u"  "_s
            << (e.deletedFromStream ? tr("(deleted from the stream)")
                                    : SafeText::oneLine((e.event.isEmpty() ? u"-"_s : e.event) + u' '
                                        + (e.number.isEmpty() ? u"-"_s : e.number)))
            << Qt::endl;
    }
    finishWith(ExitSuccess);
}
