#include "ticketscommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cliconsole.h"
#include "clistore.h"
#include "services/eventdecoder.h"
#include "services/ticketstore.h"

using namespace Qt::StringLiterals;

namespace {

const QString kStore = u"store"_s;
const QString kFormat = u"format"_s;
const QString kType = u"type"_s;
const QString kState = u"state"_s;

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

TicketsCommand::TicketsCommand(QObject *parent)
    : CliCommand(parent)
{
}

TicketsCommand::~TicketsCommand() = default;

QString TicketsCommand::name() const
{
    return u"tickets"_s;
}

QString TicketsCommand::description() const
{
    return tr("Export the tickets of a ticket store as JSON or CSV.");
}

void TicketsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kStore, tr("Ticket store file (SQLite)."), tr("FILE")});
    parser.addOption({kFormat, tr("json or csv (default: json)."), tr("FORMAT"), u"json"_s});
    parser.addOption({kType, tr("Only tickets of this type (incident, change_task, sc_task, ...)."), tr("TYPE")});
    parser.addOption({kState, tr("Only tickets in this state code."), tr("STATE")});
}

void TicketsCommand::explainEmptyExport(const TicketStore &store, const TicketStore::Filter &filter)
{
    // Still an export of nothing (exit 0, valid JSON or CSV): any state code is legal. But a typo
    // ("incidnet", "07" for 7) should not pass for "none right now".
    const QString none = tr("none");
    if (!filter.type.isEmpty()) {
        const QStringList types = store.types();
        if (!types.contains(filter.type)) {
            CliConsole::warning(tr("no ticket of type %1; the store's types: %2")
                                    .arg(filter.type, types.isEmpty() ? none : types.join(u", "_s)));
            return;
        }
    }
    if (!filter.state.isEmpty()) {
        const QStringList states = store.states(filter.type);
        const QString list = states.isEmpty() ? none : states.join(u", "_s);
        CliConsole::warning(filter.type.isEmpty()
                ? tr("no ticket in state %1; the store's states: %2").arg(filter.state, list)
                : tr("no %1 ticket in state %2; its states in the store: %3").arg(filter.type, filter.state, list));
    }
}

void TicketsCommand::start(const QCommandLineParser &parser)
{
    if (!rejectPositionalArguments(parser))
        return;
    if (!parser.isSet(kStore)) {
        fail(ExitUsage, tr("--store FILE is required"));
        return;
    }
    const QString format = parser.value(kFormat).toLower();
    if (format != u"json"_s && format != u"csv"_s) {
        fail(ExitUsage, tr("--format must be json or csv, not '%1'").arg(parser.value(kFormat)));
        return;
    }
    const QString path = parser.value(kStore);
    if (path.isEmpty()) {
        fail(ExitUsage, tr("--%1 must not be empty").arg(kStore));
        return;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        // Opening would create an empty store: an export of nothing hides a typo.
        fail(ExitFailure, tr("no ticket store at %1").arg(path));
        return;
    }
    if (info.isFile() && info.size() == 0) {
        // SQLite would make it a new, empty store: an export must not write to what it reads.
        fail(ExitFailure, tr("no ticket store at %1 (the file is empty)").arg(path));
        return;
    }
    TicketStore store;
    QString error;
    if (!CliStore::open(store, path, &error, true)) { // an export writes nothing, and reads others' stores
        fail(ExitFailure, error);
        return;
    }
    TicketStore::Filter filter;
    filter.type = parser.isSet(kType) ? EventDecoder::canonicalType(parser.value(kType)) : QString();
    // Any state code is legal (docs/event-format.md, "States"): one no ticket is in exports nothing.
    filter.state = parser.value(kState);
    const QList<Ticket> tickets = store.tickets(filter);
    if (tickets.isEmpty() && store.count() > 0)
        explainEmptyExport(store, filter);

    QTextStream &out = CliConsole::out();
    if (format == u"json"_s) {
        QJsonObject all;
        for (const Ticket &t : tickets) {
            all.insert(t.sysId,
                QJsonObject {{u"number"_s, t.number}, {u"type"_s, t.type}, {u"state"_s, t.state},
                    {u"priority"_s, t.priority}, {u"assignment_group"_s, t.assignmentGroup}});
        }
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    } else {
        out << "sys_id,number,type,state,priority,assignment_group,short_description,sys_updated_on,last_action\n";
        for (const Ticket &t : tickets) {
            const QStringList fields {t.sysId, t.number, t.type, t.state, t.priority, t.assignmentGroup,
                t.shortDescription, t.sysUpdatedOn, t.lastAction};
            QStringList escaped;
            for (const QString &f : fields)
                escaped << csvField(f);
            out << escaped.join(QLatin1Char(',')) << '\n';
        }
    }
    out.flush();
    succeed();
}
