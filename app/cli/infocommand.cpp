#include "infocommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include "cliconsole.h"
#include "services/redisconnection.h"
#include "services/safetext.h"
#include "services/streamconsumer.h"
#include "services/streammonitor.h"

using namespace Qt::StringLiterals;

namespace {

const QString kStream = u"stream"_s;
const QString kJson = u"json"_s;

QString orDash(const QByteArray &id)
{
    return id.isEmpty() ? u"-"_s : QString::fromUtf8(id);
}

QString orUnknown(qint64 value)
{
    return value < 0 ? InfoCommand::tr("unknown") : QString::number(value);
}

QString seconds(qint64 ms)
{
    return ms < 0 ? u"?"_s : QString::number(double(ms) / 1000.0, 'f', 1) + u" s"_s;
}

} // namespace

InfoCommand::InfoCommand(QObject *parent)
    : CliCommand(parent)
{
}

InfoCommand::~InfoCommand() = default;

QString InfoCommand::name() const
{
    return u"info"_s;
}

QString InfoCommand::description() const
{
    return tr("Show the change stream, its consumer groups and their consumers (length, pending, lag, idle).");
}

void InfoCommand::addOptions(QCommandLineParser &parser)
{
    CliOptions::addRedisOptions(parser);
    const StreamConsumer::Config defaults;
    parser.addOption({kStream, tr("Stream key (default: %1).").arg(defaults.stream), tr("KEY"), defaults.stream});
    parser.addOption({kJson, tr("Print JSON instead of text.")});
}

void InfoCommand::start(const QCommandLineParser &parser)
{
    if (!rejectPositionalArguments(parser) || !rejectEmptyValues(parser, {kStream}))
        return;
    m_json = parser.isSet(kJson);
    RedisConnection *connection = openRedis(parser, [this] { m_monitor->sampleOnce(); });
    if (!connection)
        return;
    m_monitor = new StreamMonitor(connection, parser.value(kStream), this);
    connect(m_monitor, &StreamMonitor::sampled, this, &InfoCommand::onSampled);
    connect(
        m_monitor, &StreamMonitor::failed, this, [this](const QString &reason) { finishWith(ExitFailure, reason); });
}

void InfoCommand::onSampled(const StreamInfo &info)
{
    QTextStream &out = CliConsole::out();
    if (m_json) {
        out << QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented);
        finishWith(ExitSuccess);
        return;
    }
    if (!info.exists) {
        out << tr("stream %1 does not exist").arg(SafeText::oneLine(info.key)) << Qt::endl;
        finishWith(ExitSuccess);
        return;
    }
    out << tr("stream %1: %n entries", nullptr, int(info.length)).arg(SafeText::oneLine(info.key)) << Qt::endl
        << tr("  first entry %1, last entry %2, last generated id %3, entries added %4")
               .arg(orDash(info.firstEntryId), orDash(info.lastEntryId), orDash(info.lastGeneratedId),
                   orUnknown(info.entriesAdded))
        << Qt::endl;
    // Dead letters outlive any session's counters: say where they are and how to read them.
    if (info.deadLetterLength > 0)
        out << tr("  dead letters: %n in %1 (list, replay or delete them: streamdesk-cli dead-letters --stream %2)",
            nullptr, int(info.deadLetterLength))
                   .arg(info.deadLetterKey, info.key)
            << Qt::endl;
    else if (info.deadLetterLength == 0)
        out << tr("  no dead letters (%1 is empty)").arg(info.deadLetterKey) << Qt::endl;
    if (info.groups.isEmpty())
        out << tr("  no consumer groups") << Qt::endl;
    for (const StreamGroupInfo &g : info.groups) {
        out << tr(
            "group %1: %n consumers, %2 pending, last delivered %3, entries read %4, lag %5", nullptr, int(g.consumers))
                   .arg(SafeText::oneLine(g.name))
                   .arg(g.pending)
                   .arg(orDash(g.lastDeliveredId), orUnknown(g.entriesRead),
                       g.lagReported ? orUnknown(g.lag) : tr("n/a"))
            << Qt::endl;
        // Redis answers nil there, and an on-call engineer deserves the reason, as the GUI's tooltip gives.
        if (g.lagReported && g.lag < 0)
            out << tr("  (Redis cannot compute this group's lag: entries were deleted, or the group was set to an "
                      "arbitrary id)")
                << Qt::endl;
        for (const StreamConsumerInfo &c : g.consumerList) {
            // Redis reports "inactive" from 7.2 on; the GUI says n/a before that, and so do we.
            out << tr("  consumer %1: %2 pending, idle %3, inactive %4")
                       .arg(SafeText::oneLine(c.name))
                       .arg(c.pending)
                       .arg(seconds(c.idleMs), c.inactiveMs < 0 ? tr("n/a") : seconds(c.inactiveMs))
                << Qt::endl;
        }
    }
    finishWith(ExitSuccess);
}
