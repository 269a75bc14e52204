#include "services/ticketsimulator.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

#include "services/statetable.h"

namespace {

using namespace Qt::StringLiterals;

constexpr int MaxTickets = 1000000; // keeps every number within 7 digits
constexpr int RecentCapacity = 32; // valid entries kept as models for malformed copies
constexpr int HugeEvery = 20; // at most one malformed entry in 20 is oversized...
constexpr int MaxHuge = 3; // ...and only a handful in all: each is over a megabyte
constexpr qsizetype HugeBytes = 1024 * 1024 + 64 * 1024;
constexpr int SaoPauloOffsetSecs = -3 * 3600; // display values are in the instance's time zone

const QString Incident = u"incident"_s;
const QString ChangeTask = u"change_task"_s;
const QString ScTask = u"sc_task"_s;
const QString Created = u"created"_s;
const QString Updated = u"updated"_s;
const QString Resolved = u"resolved"_s;
const QString Completed = u"completed"_s;
const QString Synced = u"synced"_s;
const QString SlmUpdated = u"slm_updated"_s;
const QString Instance = u"https://streamdesk-sim.service-now.com"_s;
const QString DateFormat = u"yyyy-MM-dd HH:mm:ss"_s;

const QStringList &groups()
{
    // The first one is where new incidents usually land.
    static const QStringList list = {
        u"Service Desk N1"_s,
        u"Service Desk N2"_s,
        u"Infraestrutura - Redes"_s,
        u"Infraestrutura - Servidores"_s,
        u"Banco de Dados"_s,
        u"SAP Basis"_s,
        u"Segurança da Informação"_s,
        u"Field Services"_s,
        u"Cloud Ops"_s,
        u"Aplicações Corporativas"_s,
        u"Telecom"_s,
        u"End User Computing"_s,
        u"Identity & Access Management"_s,
    };
    return list;
}

const QStringList &people()
{
    static const QStringList list = {
        u"Ana Paula Souza"_s,
        u"Bruno Carvalho"_s,
        u"Carla Mendes"_s,
        u"Diego Ferreira"_s,
        u"Eduardo Lima"_s,
        u"Fernanda Rocha"_s,
        u"Gustavo Almeida"_s,
        u"Helena Costa"_s,
        u"Igor Nascimento"_s,
        u"Juliana Ribeiro"_s,
        u"Lucas Martins"_s,
        u"Mariana Silva"_s,
        u"John Miller"_s,
        u"Priya Nair"_s,
        u"Sarah O'Connor"_s,
        u"Mark Johnson"_s,
    };
    return list;
}

struct IncidentText {
    QString text;
    QString category;
    QString subcategory;
    QString service;
    QString ci;
};

const QList<IncidentText> &incidentTexts()
{
    static const QList<IncidentText> list = {
        {u"Falha no acesso à VPN"_s, u"network"_s, u"vpn"_s, u"VPN Corporativa"_s, u"vpn-gw-01"_s},
        {u"Printer offline on floor 3"_s, u"hardware"_s, u"printer"_s, u"Impressão"_s, u"prn-andar3-01"_s},
        {u"Sistema SAP lento no fechamento mensal"_s, u"software"_s, u"sap"_s, u"SAP ERP"_s, u"sap-prd-app01"_s},
        {u"Email not syncing on mobile"_s, u"inquiry"_s, u"email"_s, u"Email Corporativo"_s, u"exch-mbx-02"_s},
        {u"Erro ao emitir nota fiscal no SAP"_s, u"software"_s, u"sap"_s, u"SAP ERP"_s, u"sap-prd-app02"_s},
        {u"Wi-Fi instável na sala de reuniões 2B"_s, u"network"_s, u"wireless"_s, u"Rede Corporativa"_s,
            u"ap-andar2-07"_s},
        {u"Password reset not working"_s, u"security"_s, u"access"_s, u"Active Directory"_s, u"dc-01"_s},
        {u"Lentidão no Portal do Colaborador"_s, u"software"_s, u"web"_s, u"Portal do Colaborador"_s,
            u"portal-web-01"_s},
        {u"Disk space alert on srv-db-04"_s, u"database"_s, u"storage"_s, u"Banco de Dados Corporativo"_s,
            u"srv-db-04"_s},
        {u"Teams call quality degraded"_s, u"network"_s, u"voip"_s, u"Microsoft Teams"_s, u"sw-core-01"_s},
        {u"Impressora não imprime em cores"_s, u"hardware"_s, u"printer"_s, u"Impressão"_s, u"prn-andar1-02"_s},
        {u"Certificado SSL expirado no portal"_s, u"security"_s, u"certificate"_s, u"Portal do Colaborador"_s,
            u"portal-web-01"_s},
        {u"Database connection timeout in billing"_s, u"database"_s, u"oracle"_s, u"Faturamento"_s, u"srv-db-02"_s},
        {u"Usuário bloqueado no Active Directory"_s, u"security"_s, u"access"_s, u"Active Directory"_s, u"dc-02"_s},
        {u"Backup job failed on fileserver"_s, u"software"_s, u"backup"_s, u"Backup"_s, u"srv-file-01"_s},
        {u"Monitor piscando na estação 45"_s, u"hardware"_s, u"monitor"_s, u"Estações de Trabalho"_s, u"ws-0045"_s},
    };
    return list;
}

const QStringList &changeTaskTexts()
{
    static const QStringList list = {
        u"Aplicar patch de segurança no cluster web"_s,
        u"Update firewall rules for DMZ"_s,
        u"Reiniciar serviço de integração após a janela"_s,
        u"Validate rollback plan"_s,
        u"Migrar banco de dados para nova instância"_s,
        u"Renew load balancer certificate"_s,
        u"Atualizar kernel dos servidores Linux"_s,
        u"Post-implementation review"_s,
        u"Configurar VLAN para o novo andar"_s,
        u"Upgrade SAP kernel on QAS"_s,
    };
    return list;
}

const QStringList &scTaskTexts()
{
    static const QStringList list = {
        u"Provisionar notebook para novo colaborador"_s,
        u"Create mailbox for new hire"_s,
        u"Liberar acesso ao SharePoint Financeiro"_s,
        u"Install Visio on workstation"_s,
        u"Entregar headset USB"_s,
        u"Grant VPN access"_s,
        u"Criar usuário no SAP"_s,
        u"Order replacement badge"_s,
        u"Instalar certificado digital A3"_s,
        u"Set up shared drive folder"_s,
    };
    return list;
}

const QStringList &closeNotes()
{
    static const QStringList list = {
        u"Resolvido após reinício do serviço"_s,
        u"Root cause: expired certificate, renewed"_s,
        u"Configuração corrigida e validada com o usuário"_s,
        u"Workaround applied, problem record opened"_s,
        u"Equipamento substituído pelo Field Services"_s,
    };
    return list;
}

const StateTable &stateTable()
{
    static const StateTable table = StateTable::defaults();
    return table;
}

// Stable sys_ids for the things records refer to (groups, people, services), so every
// event of a run, and every run, names them the same way.
QString referenceId(const QString &table, const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((table + u':' + name).toUtf8(), QCryptographicHash::Md5).toHex());
}

QString paddedNumber(const QString &prefix, int number)
{
    return prefix + QString::number(number).rightJustified(7, u'0');
}

QString priorityLabel(int priority, bool english)
{
    static const QStringList pt = {u"Crítica"_s, u"Alta"_s, u"Moderada"_s, u"Baixa"_s, u"Planejamento"_s};
    static const QStringList en = {u"Critical"_s, u"High"_s, u"Moderate"_s, u"Low"_s, u"Planning"_s};
    return QString::number(priority) + u" - " + (english ? en : pt).at(priority - 1);
}

QString levelLabel(int level, bool english)
{
    static const QStringList pt = {u"Alta"_s, u"Média"_s, u"Baixa"_s};
    static const QStringList en = {u"High"_s, u"Medium"_s, u"Low"_s};
    return QString::number(level) + u" - " + (english ? en : pt).at(level - 1);
}

// A record field as ServiceNow returns it: plain, or {"value", "display_value"} when the
// record was fetched with display values.
QJsonValue field(bool display, const QString &value, const QString &displayValue)
{
    if (!display)
        return value;
    return QJsonObject {{u"value"_s, value}, {u"display_value"_s, displayValue}};
}

QJsonValue field(bool display, const QString &value)
{
    return field(display, value, value);
}

// A reference field. Plain records carry the referenced name rather than its sys_id, so a
// group reads the same whichever form an event used (the store shows what the decoder reads).
QJsonValue reference(bool display, const QString &table, const QString &name)
{
    if (!display)
        return name;
    if (name.isEmpty())
        return QJsonObject {{u"value"_s, QString()}, {u"display_value"_s, QString()}};
    const QString id = referenceId(table, name);
    return QJsonObject {{u"value"_s, id}, {u"display_value"_s, name},
        {u"link"_s, QString(Instance + u"/api/now/table/" + table + u'/' + id)}};
}

QJsonValue dateField(bool display, const QDateTime &utc, bool english)
{
    const QString value = utc.toString(DateFormat);
    const QDateTime local = utc.addSecs(SaoPauloOffsetSecs);
    return field(display, value, local.toString(english ? DateFormat : u"dd/MM/yyyy HH:mm:ss"_s));
}

QByteArray value(const TicketSimulator::Fields &fields, const QByteArray &name)
{
    for (const auto &f : fields) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

void setValue(TicketSimulator::Fields &fields, const QByteArray &name, const QByteArray &newValue)
{
    for (auto &f : fields) {
        if (f.first == name)
            f.second = newValue;
    }
}

void removeField(TicketSimulator::Fields &fields, const QByteArray &name)
{
    fields.removeIf([&name](const auto &f) { return f.first == name; });
}

QByteArray editRecord(const QByteArray &data, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject record = QJsonDocument::fromJson(data).object();
    edit(record);
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QJsonObject countsToJson(const QHash<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

TicketSimulator::TicketSimulator(const Options &options)
    : m_options(options)
    , m_random(options.seed)
{
    m_options.tickets = std::clamp(m_options.tickets, 1, MaxTickets);
    m_options.events = std::max(m_options.events, 0);
    m_options.malformed = std::clamp(m_options.malformed, 0.0, 1.0);
    m_options.incomplete = std::clamp(m_options.incomplete, 0.0, 1.0);
    m_options.displayValues = std::clamp(m_options.displayValues, 0.0, 1.0);
    m_options.aliases = std::clamp(m_options.aliases, 0.0, 1.0);

    // Whole seconds: sys_updated_on has no fraction, and equal values would not order events.
    const QDateTime start =
        m_options.start.isValid() ? m_options.start : QDateTime(QDate(2024, 3, 4), QTime(8, 0), QTimeZone::utc());
    m_clock = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch(), QTimeZone::utc()).toUTC();

    for (int &next : m_numberNext)
        next = 10000 + bounded(500000);

    planMalformed();
    planTickets();
}

TicketSimulator::~TicketSimulator() = default;

void TicketSimulator::planMalformed()
{
    const int events = m_options.events;
    const int count = std::min(events, static_cast<int>(std::lround(events * m_options.malformed)));
    m_malformedSlots = QBitArray(events, false);
    // Draw whichever set is smaller, so a fraction near 1 does not spin on collisions.
    const bool drawMalformed = count <= events / 2;
    const int draws = drawMalformed ? count : events - count;
    if (!drawMalformed)
        m_malformedSlots.fill(true);
    for (int drawn = 0; drawn < draws;) {
        const int slot = bounded(events);
        if (m_malformedSlots.testBit(slot) == drawMalformed)
            continue;
        m_malformedSlots.setBit(slot, drawMalformed);
        ++drawn;
    }
    m_remainingValid = events - count;
}

void TicketSimulator::planTickets()
{
    // With fewer valid events than tickets, only that many tickets ever exist.
    const int tickets = std::min(m_options.tickets, m_remainingValid);
    m_tickets.resize(tickets);
    for (TicketState &ticket : m_tickets) {
        const double r = chance();
        ticket.kind = r < 0.5 ? Kind::Incident : r < 0.75 ? Kind::ChangeTask : Kind::ScTask;
        ticket.plannedEvents = 1; // created
    }
    for (int extra = m_remainingValid - tickets; extra > 0; --extra)
        ++m_tickets[bounded(tickets)].plannedEvents;

    // Picking a ticket with probability proportional to its remaining events interleaves
    // the lifecycles uniformly at random while keeping each one in order.
    m_fenwick.fill(0, tickets + 1);
    for (int i = 1; i <= tickets; ++i) {
        m_fenwick[i] += m_tickets.at(i - 1).plannedEvents;
        const int parent = i + (i & -i);
        if (parent <= tickets)
            m_fenwick[parent] += m_fenwick.at(i);
    }
}

void TicketSimulator::fenwickAdd(int index, int delta)
{
    for (int i = index + 1; i < m_fenwick.size(); i += i & -i)
        m_fenwick[i] += delta;
}

int TicketSimulator::pickTicket()
{
    int target = bounded(m_remainingValid);
    int position = 0;
    int step = 1;
    while (step * 2 < m_fenwick.size())
        step *= 2;
    for (; step > 0; step /= 2) {
        const int next = position + step;
        if (next < m_fenwick.size() && m_fenwick.at(next) <= target) {
            position = next;
            target -= m_fenwick.at(next);
        }
    }
    fenwickAdd(position, -1);
    --m_remainingValid;
    return position;
}

std::optional<TicketSimulator::Fields> TicketSimulator::next()
{
    if (atEnd())
        return std::nullopt;
    m_lastWasMalformed = m_malformedSlots.testBit(m_produced);
    Fields fields = m_lastWasMalformed ? makeMalformed() : makeEvent(pickTicket());
    ++m_produced;
    return fields;
}

void TicketSimulator::planLifecycle(TicketState &ticket)
{
    const int events = ticket.plannedEvents;
    QList<qint8> tail; // how the lifecycle ends, if it ends within this run
    if (ticket.kind == Kind::Incident) {
        const double r = chance();
        if (events >= 2 && r < 0.08)
            tail = {8};
        else if (events >= 3 && r < 0.78)
            tail = events >= 4 && chance() < 0.65 ? QList<qint8> {6, 7} : QList<qint8> {6};
    } else if (events >= 2 && chance() < 0.7) {
        const double r = chance();
        if (ticket.kind == Kind::ChangeTask)
            tail = {static_cast<qint8>(r < 0.78 ? 4 : r < 0.9 ? 7 : 8)};
        else
            tail = {static_cast<qint8>(r < 0.85 ? 4 : 7)};
    }

    ticket.plan.clear();
    ticket.plan.reserve(events);
    qint8 state = 1;
    ticket.plan.append(state);
    const qsizetype open = events - 1 - tail.size();
    for (qsizetype i = 0; i < open; ++i) {
        const double r = chance();
        if (ticket.kind == Kind::Incident) {
            if (state == 1)
                state = 2;
            else if (state == 2)
                state = r < 0.55 ? 2 : r < 0.75 ? 3 : r < 0.85 ? 4 : 5;
            else if (r >= 0.45)
                state = 2; // back from on hold / awaiting
        } else if (state == 1) {
            state = r < 0.85 ? 2 : 1;
        } else if (state == 2) {
            state = r < 0.6 ? 3 : 2;
        } else if (r < 0.15) {
            state = 2;
        }
        ticket.plan.append(state);
    }
    ticket.plan.append(tail);
}

QString TicketSimulator::newSysId()
{
    for (;;) {
        QString id;
        id.reserve(32);
        for (int i = 0; i < 4; ++i)
            id += QString::number(m_random.generate(), 16).rightJustified(8, u'0');
        if (!m_sysIds.contains(id)) {
            m_sysIds.insert(id);
            return id;
        }
    }
}

QString TicketSimulator::newNumber(Kind kind)
{
    static const QString prefixes[] = {u"INC"_s, u"CTASK"_s, u"SCTASK"_s};
    const int k = static_cast<int>(kind);
    const int number = m_numberNext[k];
    m_numberNext[k] += 1 + bounded(3); // increasing, with the gaps other users' tickets leave
    return paddedNumber(prefixes[k], number);
}

QString TicketSimulator::priorityOf(int impact, int urgency)
{
    // ServiceNow's default priority lookup: 1+1 -> 1 (Critical) ... 3+3 -> 5 (Planning).
    return QString::number(impact + urgency - 1);
}

TicketSimulator::Fields TicketSimulator::makeEvent(int index)
{
    TicketState &ticket = m_tickets[index];
    const auto level = [this] {
        const double r = chance();
        return r < 0.1 ? 1 : r < 0.45 ? 2 : 3;
    };
    const auto reassign = [this, &ticket] {
        const int other = bounded(static_cast<int>(groups().size()) - 1);
        ticket.group = other >= ticket.group ? other + 1 : other;
        ticket.assignee = chance() < 0.5 ? bounded(static_cast<int>(people().size())) : -1;
    };

    m_clock = m_clock.addSecs(1 + bounded(3));
    const int step = ticket.emitted++;
    QString action;
    if (step == 0) {
        ticket.sysId = newSysId();
        ticket.number = newNumber(ticket.kind);
        planLifecycle(ticket);
        ticket.impact = level();
        ticket.urgency = level();
        ticket.group = ticket.kind == Kind::Incident && chance() < 0.6 ? 0 : bounded(static_cast<int>(groups().size()));
        ticket.caller = bounded(static_cast<int>(people().size()));
        switch (ticket.kind) {
        case Kind::Incident:
            ticket.description = bounded(static_cast<int>(incidentTexts().size()));
            break;
        case Kind::ChangeTask:
            ticket.description = bounded(static_cast<int>(changeTaskTexts().size()));
            ticket.parentNumber = paddedNumber(u"CHG"_s, 30000 + bounded(std::max(1, m_options.tickets / 3)));
            ticket.parentSysId = referenceId(u"change_request"_s, ticket.parentNumber);
            break;
        case Kind::ScTask: {
            ticket.description = bounded(static_cast<int>(scTaskTexts().size()));
            const int item = 20000 + bounded(std::max(1, m_options.tickets));
            ticket.parentNumber = paddedNumber(u"RITM"_s, item);
            ticket.parentSysId = referenceId(u"sc_req_item"_s, ticket.parentNumber);
            ticket.requestNumber = paddedNumber(u"REQ"_s, item - 5000);
            ticket.requestSysId = referenceId(u"sc_request"_s, ticket.requestNumber);
            break;
        }
        }
        ticket.createdOn = m_clock;
        ticket.state = QString::number(ticket.plan.constFirst());
        action = Created;
        ++m_created;
    } else {
        const QString previous = ticket.state;
        const int code = ticket.plan.at(step);
        ticket.state = QString::number(code);
        const bool closed = ticket.kind == Kind::Incident ? code >= 6 : (code == 4 || code >= 7);
        if (ticket.state != previous) {
            if (ticket.kind == Kind::Incident)
                action = code == 6 ? Resolved : Updated;
            else
                action = closed ? Completed : Updated;
            if (!closed && chance() < 0.2)
                reassign();
            if (code == 2 && ticket.assignee < 0)
                ticket.assignee = bounded(static_cast<int>(people().size()));
        } else {
            const double r = chance();
            if (r < 0.1) {
                action = Synced;
            } else if (r < 0.18) {
                action = SlmUpdated;
            } else {
                action = Updated;
                const double what = chance();
                if (closed) {
                    // Closed tickets only get notes.
                } else if (what < 0.45) {
                    reassign();
                } else if (what < 0.55) {
                    ticket.urgency = level(); // moves the priority
                } else if (what < 0.75) {
                    ticket.assignee = bounded(static_cast<int>(people().size()));
                } // else a work note: only sys_updated_on and sys_mod_count move
            }
        }
    }
    ticket.updatedOn = m_clock;
    ++ticket.modCount;

    const bool incomplete = chance() < m_options.incomplete;
    const bool display = chance() < m_options.displayValues;
    const bool english = chance() < 0.3;
    const QString type = ticket.kind == Kind::Incident ? Incident
        : ticket.kind == Kind::ChangeTask              ? ChangeTask
                                                       : ScTask;
    const QByteArray timestamp = m_clock.addMSecs(50 + bounded(900)).toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray data = recordJson(ticket, display, english);

    Fields fields;
    QString decodedAction = action;
    if (incomplete) {
        // The other producer's layout: everything else is recovered from table, operation and data.
        decodedAction = step == 0 ? Created : Updated;
        fields = {
            {QByteArrayLiteral("table"), type.toLatin1()},
            {QByteArrayLiteral("sys_id"), ticket.sysId.toLatin1()},
            {QByteArrayLiteral("operation"), step == 0 ? QByteArrayLiteral("insert") : QByteArrayLiteral("update")},
            {QByteArrayLiteral("timestamp"), timestamp},
            {QByteArrayLiteral("data"), data},
        };
        ++m_incompleteMade;
    } else {
        QString typeText = type;
        if (ticket.kind != Kind::Incident && chance() < m_options.aliases)
            typeText = ticket.kind == Kind::ChangeTask ? u"ctask"_s : u"sctask"_s;
        const QString &description = ticket.kind == Kind::Incident ? incidentTexts().at(ticket.description).text
            : ticket.kind == Kind::ChangeTask                      ? changeTaskTexts().at(ticket.description)
                                                                   : scTaskTexts().at(ticket.description);
        fields = {
            {QByteArrayLiteral("type"), typeText.toLatin1()},
            {QByteArrayLiteral("action"), action.toLatin1()},
            {QByteArrayLiteral("sys_id"), ticket.sysId.toLatin1()},
            {QByteArrayLiteral("number"), ticket.number.toLatin1()},
            {QByteArrayLiteral("state"), ticket.state.toLatin1()},
            {QByteArrayLiteral("assignment_group"), groups().at(ticket.group).toUtf8()},
            {QByteArrayLiteral("short_description"), description.toUtf8()},
            {QByteArrayLiteral("timestamp"), timestamp},
            {QByteArrayLiteral("data"), data},
        };
    }
    count(type, decodedAction);

    if (m_recent.size() < RecentCapacity)
        m_recent.append(fields);
    else
        m_recent[m_recentNext] = fields;
    m_recentNext = (m_recentNext + 1) % RecentCapacity;
    return fields;
}

QByteArray TicketSimulator::recordJson(const TicketState &ticket, bool display, bool english) const
{
    const QString language = english ? u"en"_s : u"pt_BR"_s;
    QString type;
    QString classLabel;
    QString description;
    switch (ticket.kind) {
    case Kind::Incident:
        type = Incident;
        classLabel = english ? u"Incident"_s : u"Incidente"_s;
        description = incidentTexts().at(ticket.description).text;
        break;
    case Kind::ChangeTask:
        type = ChangeTask;
        classLabel = english ? u"Change Task"_s : u"Tarefa de Mudança"_s;
        description = changeTaskTexts().at(ticket.description);
        break;
    case Kind::ScTask:
        type = ScTask;
        classLabel = english ? u"Catalog Task"_s : u"Tarefa de Catálogo"_s;
        description = scTaskTexts().at(ticket.description);
        break;
    }
    const int priority = ticket.impact + ticket.urgency - 1;
    const bool closed = stateTable().isClosed(type, ticket.state);
    const QString assignee = ticket.assignee >= 0 ? people().at(ticket.assignee) : QString();
    const QString caller = people().at(ticket.caller);

    QJsonObject record {
        {u"sys_id"_s, field(display, ticket.sysId)},
        {u"number"_s, field(display, ticket.number)},
        {u"sys_class_name"_s, field(display, type, classLabel)},
        {u"state"_s, field(display, ticket.state, stateTable().label(type, ticket.state, language))},
        {u"priority"_s, field(display, QString::number(priority), priorityLabel(priority, english))},
        {u"impact"_s, field(display, QString::number(ticket.impact), levelLabel(ticket.impact, english))},
        {u"urgency"_s, field(display, QString::number(ticket.urgency), levelLabel(ticket.urgency, english))},
        {u"short_description"_s, field(display, description)},
        {u"description"_s, field(display, description + u"\n\n" + caller)},
        {u"assignment_group"_s, reference(display, u"sys_user_group"_s, groups().at(ticket.group))},
        {u"assigned_to"_s, reference(display, u"sys_user"_s, assignee)},
        {u"opened_by"_s, reference(display, u"sys_user"_s, caller)},
        {u"sys_created_on"_s, dateField(display, ticket.createdOn, english)},
        {u"sys_updated_on"_s, dateField(display, ticket.updatedOn, english)},
        {u"due_date"_s, dateField(display, ticket.createdOn.addDays(3), english)},
        {u"sys_mod_count"_s, field(display, QString::number(ticket.modCount))},
        {u"active"_s, field(display, closed ? u"false"_s : u"true"_s)},
    };
    switch (ticket.kind) {
    case Kind::Incident: {
        const IncidentText &text = incidentTexts().at(ticket.description);
        record.insert(u"caller_id"_s, reference(display, u"sys_user"_s, caller));
        record.insert(u"category"_s, field(display, text.category));
        record.insert(u"subcategory"_s, field(display, text.subcategory));
        record.insert(u"business_service"_s, reference(display, u"cmdb_ci_service"_s, text.service));
        record.insert(u"cmdb_ci"_s, reference(display, u"cmdb_ci"_s, text.ci));
        const bool resolved = ticket.state == u"6" || ticket.state == u"7";
        record.insert(u"close_notes"_s,
            field(display, resolved ? closeNotes().at(ticket.description % closeNotes().size()) : QString()));
        break;
    }
    case Kind::ChangeTask: {
        const QDateTime plannedStart = ticket.createdOn.addSecs(3600 * (1 + ticket.description * 7 % 72));
        record.insert(u"change_request"_s,
            display
                ? QJsonValue(QJsonObject {{u"value"_s, ticket.parentSysId}, {u"display_value"_s, ticket.parentNumber}})
                : QJsonValue(ticket.parentNumber));
        record.insert(u"planned_start_date"_s, dateField(display, plannedStart, english));
        record.insert(u"planned_end_date"_s, dateField(display, plannedStart.addSecs(4 * 3600), english));
        break;
    }
    case Kind::ScTask:
        record.insert(u"request"_s,
            display ? QJsonValue(
                QJsonObject {{u"value"_s, ticket.requestSysId}, {u"display_value"_s, ticket.requestNumber}})
                    : QJsonValue(ticket.requestNumber));
        record.insert(u"request_item"_s,
            display
                ? QJsonValue(QJsonObject {{u"value"_s, ticket.parentSysId}, {u"display_value"_s, ticket.parentNumber}})
                : QJsonValue(ticket.parentNumber));
        break;
    }
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

TicketSimulator::Fields TicketSimulator::makeMalformed()
{
    // The undecodable cases of docs/event-format.md, in turn. Each is a broken copy of a recent
    // valid entry (or junk before there is one); none is ever applied, so expected() ignores them.
    enum Case { TruncatedJson, NotAnObject, NoSysId, BadSysId, SysIdMismatch, NoType, CaseCount };
    const int k = m_malformedMade++;
    if (m_recent.isEmpty()) {
        return {
            {QByteArrayLiteral("type"), QByteArrayLiteral("incident")},
            {QByteArrayLiteral("action"), QByteArrayLiteral("created")},
            {QByteArrayLiteral("timestamp"), m_clock.toString(Qt::ISODateWithMs).toLatin1()},
            {QByteArrayLiteral("data"), QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>")},
        };
    }
    Fields fields = m_recent.at(bounded(static_cast<int>(m_recent.size())));
    const QByteArray data = value(fields, QByteArrayLiteral("data"));

    if ((k + 1) % HugeEvery == 0 && m_hugeMade < MaxHuge) {
        ++m_hugeMade;
        // A record with a pasted log: well-formed, only too large.
        const QByteArray line = QByteArrayLiteral("2024-03-04 08:00:00 ERROR stack trace line repeated by the agent\n");
        const QString log = QString::fromLatin1(line.repeated(HugeBytes / line.size() + 1));
        setValue(fields, QByteArrayLiteral("data"),
            editRecord(data, [&log](QJsonObject &record) { record.insert(u"work_notes"_s, log); }));
        return fields;
    }

    switch (k % CaseCount) {
    case TruncatedJson:
        setValue(fields, QByteArrayLiteral("data"), data.left(data.size() / 2));
        break;
    case NotAnObject:
        setValue(fields, QByteArrayLiteral("data"), QByteArray(1, '[') + data + ']');
        break;
    case NoSysId:
        removeField(fields, QByteArrayLiteral("sys_id"));
        setValue(fields, QByteArrayLiteral("data"),
            editRecord(data, [](QJsonObject &record) { record.remove(u"sys_id"_s); }));
        break;
    case BadSysId: {
        const QByteArray id = value(fields, QByteArrayLiteral("sys_id"));
        const QByteArray bad[] = {
            value(fields, QByteArrayLiteral("number")).isEmpty() ? QByteArrayLiteral("INC0000000")
                                                                 : value(fields, QByteArrayLiteral("number")),
            id.left(31),
            id.left(28) + QByteArrayLiteral("zzzz"),
        };
        setValue(fields, QByteArrayLiteral("sys_id"), bad[(k / CaseCount) % 3]);
        break;
    }
    case SysIdMismatch: {
        QString other;
        for (int i = 0; i < 4; ++i)
            other += QString::number(m_random.generate(), 16).rightJustified(8, u'0');
        setValue(fields, QByteArrayLiteral("data"),
            editRecord(data, [&other](QJsonObject &record) { record.insert(u"sys_id"_s, other); }));
        break;
    }
    case NoType:
        removeField(fields, QByteArrayLiteral("type"));
        removeField(fields, QByteArrayLiteral("table"));
        setValue(fields, QByteArrayLiteral("data"),
            editRecord(data, [](QJsonObject &record) { record.remove(u"sys_class_name"_s); }));
        break;
    default:
        break;
    }
    return fields;
}

void TicketSimulator::count(const QString &type, const QString &action)
{
    ++m_byType[type];
    ++m_byAction[action];
    ++m_byEvent[type + u':' + action];
}

QHash<QString, TicketSimulator::Expected> TicketSimulator::expected() const
{
    QHash<QString, Expected> out;
    out.reserve(m_created);
    for (const TicketState &ticket : m_tickets) {
        if (ticket.emitted == 0)
            continue;
        const QString type = ticket.kind == Kind::Incident ? Incident
            : ticket.kind == Kind::ChangeTask              ? ChangeTask
                                                           : ScTask;
        out.insert(ticket.sysId,
            Expected {ticket.number, type, ticket.state, priorityOf(ticket.impact, ticket.urgency),
                groups().at(ticket.group)});
    }
    return out;
}

QJsonObject TicketSimulator::expectedToJson(const QHash<QString, Expected> &expected)
{
    QJsonObject out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        out.insert(it.key(),
            QJsonObject {
                {u"number"_s, it->number},
                {u"type"_s, it->type},
                {u"state"_s, it->state},
                {u"priority"_s, it->priority},
                {u"assignment_group"_s, it->assignmentGroup},
            });
    }
    return out;
}

QJsonObject TicketSimulator::summary() const
{
    return QJsonObject {
        {u"events"_s, m_produced},
        {u"malformed"_s, m_malformedMade},
        {u"tickets"_s, m_created},
        {u"incomplete"_s, m_incompleteMade},
        {u"by_type"_s, countsToJson(m_byType)},
        {u"by_action"_s, countsToJson(m_byAction)},
        {u"by_event"_s, countsToJson(m_byEvent)},
    };
}
