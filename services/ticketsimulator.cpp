#include "services/ticketsimulator.h"

#include <algorithm>
#include <array>
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
constexpr qint64 SaoPauloOffsetSecs = -3 * 3600; // display values are in the instance's time zone
constexpr qint64 DaySecs = 24 * 3600;

// Texts are UTF-8 (the source file's encoding), as they go on the wire.
const QByteArray TypeNames[] = {"incident", "change_task", "sc_task"};
const QByteArray AliasNames[] = {"incident", "ctask", "sctask"};
const QByteArray NumberPrefixes[] = {"INC", "CTASK", "SCTASK"};
const QByteArray ActionNames[] = {"created", "updated", "resolved", "completed", "synced", "slm_updated"};
const QByteArray Instance = "https://streamdesk-sim.service-now.com/api/now/table/";

// Stable sys_ids for the things records refer to (groups, people, services), so every event
// of a run, and every run, names them the same way.
QByteArray referenceId(const QByteArray &table, const QByteArray &name)
{
    return QCryptographicHash::hash(QByteArray(table + ':' + name), QCryptographicHash::Md5).toHex();
}

struct Named {
    QByteArray name;
    QByteArray id;
};

QList<Named> named(const QByteArray &table, std::initializer_list<const char *> names)
{
    QList<Named> list;
    for (const char *name : names)
        list.append({QByteArray(name), referenceId(table, QByteArray(name))});
    return list;
}

const QList<Named> &groups()
{
    // The first one is where new incidents usually land.
    static const QList<Named> list = named("sys_user_group",
        {"Service Desk N1", "Service Desk N2", "Infraestrutura - Redes", "Infraestrutura - Servidores",
            "Banco de Dados", "SAP Basis", "Segurança da Informação", "Field Services", "Cloud Ops",
            "Aplicações Corporativas", "Telecom", "End User Computing", "Identity & Access Management"});
    return list;
}

const QList<Named> &people()
{
    static const QList<Named> list = named("sys_user",
        {"Ana Paula Souza", "Bruno Carvalho", "Carla Mendes", "Diego Ferreira", "Eduardo Lima", "Fernanda Rocha",
            "Gustavo Almeida", "Helena Costa", "Igor Nascimento", "Juliana Ribeiro", "Lucas Martins", "Mariana Silva",
            "John Miller", "Priya Nair", "Sarah O'Connor", "Mark Johnson"});
    return list;
}

struct IncidentText {
    QByteArray text;
    QByteArray category;
    QByteArray subcategory;
    Named service;
    Named ci;
};

const QList<IncidentText> &incidentTexts()
{
    static const QList<IncidentText> list = [] {
        const auto text = [](const char *t, const char *category, const char *subcategory, const char *service,
                              const char *ci) {
            return IncidentText {t, category, subcategory, {service, referenceId("cmdb_ci_service", service)},
                {ci, referenceId("cmdb_ci", ci)}};
        };
        return QList<IncidentText> {
            text("Falha no acesso à VPN", "network", "vpn", "VPN Corporativa", "vpn-gw-01"),
            text("Printer offline on floor 3", "hardware", "printer", "Impressão", "prn-andar3-01"),
            text("Sistema SAP lento no fechamento mensal", "software", "sap", "SAP ERP", "sap-prd-app01"),
            text("Email not syncing on mobile", "inquiry", "email", "Email Corporativo", "exch-mbx-02"),
            text("Erro ao emitir nota fiscal no SAP", "software", "sap", "SAP ERP", "sap-prd-app02"),
            text("Wi-Fi instável na sala de reuniões 2B", "network", "wireless", "Rede Corporativa", "ap-andar2-07"),
            text("Password reset not working", "security", "access", "Active Directory", "dc-01"),
            text("Lentidão no Portal do Colaborador", "software", "web", "Portal do Colaborador", "portal-web-01"),
            text("Disk space alert on srv-db-04", "database", "storage", "Banco de Dados Corporativo", "srv-db-04"),
            text("Teams call quality degraded", "network", "voip", "Microsoft Teams", "sw-core-01"),
            text("Impressora não imprime em cores", "hardware", "printer", "Impressão", "prn-andar1-02"),
            text("Certificado SSL expirado no portal", "security", "certificate", "Portal do Colaborador",
                "portal-web-01"),
            text("Database connection timeout in billing", "database", "oracle", "Faturamento", "srv-db-02"),
            text("Usuário bloqueado no Active Directory", "security", "access", "Active Directory", "dc-02"),
            text("Backup job failed on fileserver", "software", "backup", "Backup", "srv-file-01"),
            text("Monitor piscando na estação 45", "hardware", "monitor", "Estações de Trabalho", "ws-0045"),
        };
    }();
    return list;
}

const QList<QByteArray> &changeTaskTexts()
{
    static const QList<QByteArray> list = {
        "Aplicar patch de segurança no cluster web",
        "Update firewall rules for DMZ",
        "Reiniciar serviço de integração após a janela",
        "Validate rollback plan",
        "Migrar banco de dados para nova instância",
        "Renew load balancer certificate",
        "Atualizar kernel dos servidores Linux",
        "Post-implementation review",
        "Configurar VLAN para o novo andar",
        "Upgrade SAP kernel on QAS",
    };
    return list;
}

const QList<QByteArray> &scTaskTexts()
{
    static const QList<QByteArray> list = {
        "Provisionar notebook para novo colaborador",
        "Create mailbox for new hire",
        "Liberar acesso ao SharePoint Financeiro",
        "Install Visio on workstation",
        "Entregar headset USB",
        "Grant VPN access",
        "Criar usuário no SAP",
        "Order replacement badge",
        "Instalar certificado digital A3",
        "Set up shared drive folder",
    };
    return list;
}

const QList<QByteArray> &closeNotes()
{
    static const QList<QByteArray> list = {
        "Resolvido após reinício do serviço",
        "Root cause: expired certificate, renewed",
        "Configuração corrigida e validada com o usuário",
        "Workaround applied, problem record opened",
        "Equipamento substituído pelo Field Services",
    };
    return list;
}

// State labels from the default state table, per type, code (0..8) and language.
const QByteArray &stateLabel(int kind, int code, bool english)
{
    static const auto labels = [] {
        const StateTable table = StateTable::defaults();
        std::array<std::array<std::array<QByteArray, 2>, 9>, 3> out;
        for (int k = 0; k < 3; ++k) {
            for (int c = 0; c < 9; ++c) {
                const QString type = QString::fromLatin1(TypeNames[k]);
                const QString code = QString::number(c);
                out[k][c][0] = table.label(type, code, u"pt_BR"_s).toUtf8();
                out[k][c][1] = table.label(type, code, u"en"_s).toUtf8();
            }
        }
        return out;
    }();
    return labels[kind][std::clamp(code, 0, 8)][english ? 1 : 0];
}

QByteArray priorityLabel(int priority, bool english)
{
    static const QByteArray pt[] = {"Crítica", "Alta", "Moderada", "Baixa", "Planejamento"};
    static const QByteArray en[] = {"Critical", "High", "Moderate", "Low", "Planning"};
    return QByteArray::number(priority) + " - " + (english ? en : pt)[priority - 1];
}

QByteArray levelLabel(int level, bool english)
{
    static const QByteArray pt[] = {"Alta", "Média", "Baixa"};
    static const QByteArray en[] = {"High", "Medium", "Low"};
    return QByteArray::number(level) + " - " + (english ? en : pt)[level - 1];
}

// Dates without QDateTime: formatting them was a large share of the cost per event.
struct Civil {
    int year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
};

Civil civil(qint64 secs)
{
    // Howard Hinnant's days-to-civil algorithm (proleptic Gregorian, exact for any date).
    qint64 days = secs / DaySecs;
    qint64 rest = secs % DaySecs;
    if (rest < 0) {
        rest += DaySecs;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {
        year, month, day, static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60)};
}

void digits(QByteArray &out, int value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

// "yyyy-MM-dd HH:mm:ss", ServiceNow's stored (UTC) form.
QByteArray storedTime(qint64 secs)
{
    const Civil c = civil(secs);
    QByteArray out;
    out.reserve(19);
    digits(out, c.year, 4);
    out += '-';
    digits(out, c.month, 2);
    out += '-';
    digits(out, c.day, 2);
    out += ' ';
    digits(out, c.hour, 2);
    out += ':';
    digits(out, c.minute, 2);
    out += ':';
    digits(out, c.second, 2);
    return out;
}

// The display form: the instance's local time, "dd/MM/yyyy HH:mm:ss" for pt_BR readers.
QByteArray displayTime(qint64 secs, bool english)
{
    if (english)
        return storedTime(secs + SaoPauloOffsetSecs);
    const Civil c = civil(secs + SaoPauloOffsetSecs);
    QByteArray out;
    out.reserve(19);
    digits(out, c.day, 2);
    out += '/';
    digits(out, c.month, 2);
    out += '/';
    digits(out, c.year, 4);
    out += ' ';
    digits(out, c.hour, 2);
    out += ':';
    digits(out, c.minute, 2);
    out += ':';
    digits(out, c.second, 2);
    return out;
}

// ISO-8601 UTC with milliseconds, the entry's `timestamp`.
QByteArray isoTime(qint64 msecs)
{
    const qint64 secs = msecs / 1000;
    QByteArray out = storedTime(secs);
    out[10] = 'T';
    out += '.';
    digits(out, static_cast<int>(msecs % 1000), 3);
    out += 'Z';
    return out;
}

// A compact JSON object written straight into bytes. Values are UTF-8 text; each field is
// plain, or ServiceNow's {"display_value", "value"} object when the record has display values.
class RecordWriter {
public:
    explicit RecordWriter(bool display)
        : m_display(display)
    {
        m_out.reserve(2048);
        m_out += '{';
    }

    void field(const char *key, const QByteArray &value, const QByteArray &displayValue)
    {
        name(key);
        if (!m_display) {
            string(value);
            return;
        }
        m_out += "{\"display_value\":";
        string(displayValue);
        m_out += ",\"value\":";
        string(value);
        m_out += '}';
    }

    void field(const char *key, const QByteArray &value) { field(key, value, value); }

    // A reference: its sys_id (with a link) and its name. Plain records carry the name, so a
    // group reads the same in either form (the decoder shows display_value, else value).
    void reference(const char *key, const char *table, const QByteArray &name, const QByteArray &id)
    {
        if (!m_display || name.isEmpty()) {
            field(key, name, name);
            return;
        }
        this->name(key);
        m_out += "{\"display_value\":";
        string(name);
        m_out += ",\"link\":\"" + Instance + table + '/' + id + "\",\"value\":\"" + id + "\"}";
    }

    void date(const char *key, qint64 secs, bool english)
    {
        field(key, storedTime(secs), m_display ? displayTime(secs, english) : QByteArray());
    }

    QByteArray finish()
    {
        m_out += '}';
        return std::move(m_out);
    }

private:
    void name(const char *key)
    {
        if (m_out.size() > 1)
            m_out += ',';
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }

    void string(const QByteArray &text)
    {
        m_out += '"';
        for (const char c : text) {
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    m_out += "\\u00";
                    m_out += "0123456789abcdef"[(c >> 4) & 0xf];
                    m_out += "0123456789abcdef"[c & 0xf];
                } else {
                    m_out += c;
                }
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    bool m_display;
};

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

    // Whole seconds: sys_updated_on has no fraction.
    m_clock = m_options.start.isValid()
        ? m_options.start.toSecsSinceEpoch()
        : QDateTime(QDate(2024, 3, 4), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();

    for (int &next : m_numberNext)
        next = 10000 + bounded(500000);

    planMalformed();
    planTickets();
}

TicketSimulator::~TicketSimulator() = default;

QDateTime TicketSimulator::clock() const
{
    return QDateTime::fromSecsSinceEpoch(m_clock, QTimeZone::utc());
}

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

QByteArray TicketSimulator::randomHex32()
{
    QByteArray id;
    id.reserve(32);
    for (int i = 0; i < 4; ++i)
        id += QByteArray::number(m_random.generate(), 16).rightJustified(8, '0');
    return id;
}

QByteArray TicketSimulator::newSysId()
{
    for (;;) {
        QByteArray id = randomHex32();
        if (!m_sysIds.contains(id)) {
            m_sysIds.insert(id);
            return id;
        }
    }
}

QByteArray TicketSimulator::newNumber(Kind kind)
{
    const int k = static_cast<int>(kind);
    const int number = m_numberNext[k];
    m_numberNext[k] += 1 + bounded(3); // increasing, with the gaps other users' tickets leave
    return NumberPrefixes[k] + QByteArray::number(number).rightJustified(7, '0');
}

TicketSimulator::Fields TicketSimulator::makeEvent(int index)
{
    TicketState &ticket = m_tickets[index];
    const auto level = [this] {
        const double r = chance();
        return r < 0.1 ? 1 : r < 0.45 ? 2 : 3;
    };
    const int groupCount = static_cast<int>(groups().size());
    const int peopleCount = static_cast<int>(people().size());
    const auto reassign = [this, &ticket, groupCount, peopleCount] {
        const int other = bounded(groupCount - 1);
        ticket.group = other >= ticket.group ? other + 1 : other;
        ticket.assignee = chance() < 0.5 ? bounded(peopleCount) : -1;
    };

    // Strictly increasing per ticket: the store orders a ticket's events by it.
    const int advance = 1 + bounded(3);
    m_clock =
        m_options.wallClock ? std::max(QDateTime::currentSecsSinceEpoch(), ticket.updatedOn + 1) : m_clock + advance;
    const int step = ticket.emitted++;
    Action action = Action::Updated;
    if (step == 0) {
        ticket.sysId = newSysId();
        ticket.number = newNumber(ticket.kind);
        planLifecycle(ticket);
        ticket.impact = level();
        ticket.urgency = level();
        ticket.group = ticket.kind == Kind::Incident && chance() < 0.6 ? 0 : bounded(groupCount);
        ticket.caller = bounded(peopleCount);
        switch (ticket.kind) {
        case Kind::Incident:
            ticket.description = bounded(static_cast<int>(incidentTexts().size()));
            break;
        case Kind::ChangeTask:
            ticket.description = bounded(static_cast<int>(changeTaskTexts().size()));
            ticket.parentNumber =
                "CHG" + QByteArray::number(30000 + bounded(std::max(1, m_options.tickets / 3))).rightJustified(7, '0');
            break;
        case Kind::ScTask: {
            ticket.description = bounded(static_cast<int>(scTaskTexts().size()));
            const int item = 20000 + bounded(std::max(1, m_options.tickets));
            ticket.parentNumber = "RITM" + QByteArray::number(item).rightJustified(7, '0');
            ticket.requestNumber = "REQ" + QByteArray::number(item - 5000).rightJustified(7, '0');
            break;
        }
        }
        ticket.createdOn = m_clock;
        ticket.state = ticket.plan.constFirst();
        action = Action::Created;
        ++m_created;
    } else {
        const int previous = ticket.state;
        const int code = ticket.plan.at(step);
        ticket.state = code;
        const bool closed = ticket.kind == Kind::Incident ? code >= 6 : (code == 4 || code >= 7);
        if (code != previous) {
            if (ticket.kind == Kind::Incident)
                action = code == 6 ? Action::Resolved : Action::Updated;
            else
                action = closed ? Action::Completed : Action::Updated;
            if (!closed && chance() < 0.2)
                reassign();
            if (code == 2 && ticket.assignee < 0)
                ticket.assignee = bounded(peopleCount);
        } else {
            const double r = chance();
            if (r < 0.1) {
                action = Action::Synced;
            } else if (r < 0.18) {
                action = Action::SlmUpdated;
            } else {
                const double what = chance();
                if (closed) {
                    // Closed tickets only get notes.
                } else if (what < 0.45) {
                    reassign();
                } else if (what < 0.55) {
                    ticket.urgency = level(); // moves the priority
                } else if (what < 0.75) {
                    ticket.assignee = bounded(peopleCount);
                } // else a work note: only sys_updated_on and sys_mod_count move
            }
        }
    }
    ticket.updatedOn = m_clock;
    ++ticket.modCount;

    const bool incomplete = chance() < m_options.incomplete;
    const bool display = chance() < m_options.displayValues;
    const bool english = chance() < 0.3;
    const int kind = static_cast<int>(ticket.kind);
    const QByteArray timestamp = isoTime(m_clock * 1000 + 50 + bounded(900));
    const QByteArray data = recordJson(ticket, display, english);

    Fields fields;
    Action decoded = action;
    if (incomplete) {
        // The other producer's layout: everything else is recovered from table, operation and data.
        decoded = step == 0 ? Action::Created : Action::Updated;
        fields = {
            {QByteArrayLiteral("table"), TypeNames[kind]},
            {QByteArrayLiteral("sys_id"), ticket.sysId},
            {QByteArrayLiteral("operation"), step == 0 ? QByteArrayLiteral("insert") : QByteArrayLiteral("update")},
            {QByteArrayLiteral("timestamp"), timestamp},
            {QByteArrayLiteral("data"), data},
        };
        ++m_incompleteMade;
    } else {
        const bool alias = ticket.kind != Kind::Incident && chance() < m_options.aliases;
        const QByteArray &description = ticket.kind == Kind::Incident ? incidentTexts().at(ticket.description).text
            : ticket.kind == Kind::ChangeTask                         ? changeTaskTexts().at(ticket.description)
                                                                      : scTaskTexts().at(ticket.description);
        fields = {
            {QByteArrayLiteral("type"), alias ? AliasNames[kind] : TypeNames[kind]},
            {QByteArrayLiteral("action"), ActionNames[static_cast<int>(action)]},
            {QByteArrayLiteral("sys_id"), ticket.sysId},
            {QByteArrayLiteral("number"), ticket.number},
            {QByteArrayLiteral("state"), QByteArray::number(ticket.state)},
            {QByteArrayLiteral("assignment_group"), groups().at(ticket.group).name},
            {QByteArrayLiteral("short_description"), description},
            {QByteArrayLiteral("timestamp"), timestamp},
            {QByteArrayLiteral("data"), data},
        };
    }
    ++m_counts[kind][static_cast<int>(decoded)];

    if (m_recent.size() < RecentCapacity)
        m_recent.append(fields);
    else
        m_recent[m_recentNext] = fields;
    m_recentNext = (m_recentNext + 1) % RecentCapacity;
    return fields;
}

QByteArray TicketSimulator::recordJson(const TicketState &ticket, bool display, bool english) const
{
    static const QByteArray classLabels[2][3] = {
        {"Incidente", "Tarefa de Mudança", "Tarefa de Catálogo"},
        {"Incident", "Change Task", "Catalog Task"},
    };
    const int kind = static_cast<int>(ticket.kind);
    const QByteArray &description = ticket.kind == Kind::Incident ? incidentTexts().at(ticket.description).text
        : ticket.kind == Kind::ChangeTask                         ? changeTaskTexts().at(ticket.description)
                                                                  : scTaskTexts().at(ticket.description);
    const int priority = ticket.impact + ticket.urgency - 1; // ServiceNow's default lookup
    const bool active = ticket.kind == Kind::Incident ? ticket.state < 7 : (ticket.state != 4 && ticket.state < 7);
    const Named nobody;
    const Named &assignee = ticket.assignee >= 0 ? people().at(ticket.assignee) : nobody;
    const Named &caller = people().at(ticket.caller);
    const Named &group = groups().at(ticket.group);
    const QByteArray state = QByteArray::number(ticket.state);

    // Keys in alphabetical order, as ServiceNow's REST API returns them.
    RecordWriter w(display);
    w.field("active", active ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    w.reference("assigned_to", "sys_user", assignee.name, assignee.id);
    w.reference("assignment_group", "sys_user_group", group.name, group.id);
    if (ticket.kind == Kind::Incident) {
        const IncidentText &text = incidentTexts().at(ticket.description);
        w.reference("business_service", "cmdb_ci_service", text.service.name, text.service.id);
        w.reference("caller_id", "sys_user", caller.name, caller.id);
        w.field("category", text.category);
        const bool resolved = ticket.state == 6 || ticket.state == 7;
        w.field("close_notes", resolved ? closeNotes().at(ticket.description % closeNotes().size()) : QByteArray());
        w.reference("cmdb_ci", "cmdb_ci", text.ci.name, text.ci.id);
    }
    if (ticket.kind == Kind::ChangeTask)
        w.reference("change_request", "change_request", ticket.parentNumber,
            referenceId("change_request", ticket.parentNumber));
    w.field("description", description + "\n\n" + caller.name);
    w.date("due_date", ticket.createdOn + 3 * DaySecs, english);
    w.field("impact", QByteArray::number(ticket.impact), levelLabel(ticket.impact, english));
    w.field("number", ticket.number);
    w.reference("opened_by", "sys_user", caller.name, caller.id);
    if (ticket.kind == Kind::ChangeTask) {
        const qint64 plannedStart = ticket.createdOn + 3600 * (1 + ticket.description * 7 % 72);
        w.date("planned_end_date", plannedStart + 4 * 3600, english);
        w.date("planned_start_date", plannedStart, english);
    }
    w.field("priority", QByteArray::number(priority), priorityLabel(priority, english));
    if (ticket.kind == Kind::ScTask) {
        w.reference("request", "sc_request", ticket.requestNumber, referenceId("sc_request", ticket.requestNumber));
        w.reference(
            "request_item", "sc_req_item", ticket.parentNumber, referenceId("sc_req_item", ticket.parentNumber));
    }
    w.field("short_description", description);
    w.field("state", state, stateLabel(kind, ticket.state, english));
    if (ticket.kind == Kind::Incident)
        w.field("subcategory", incidentTexts().at(ticket.description).subcategory);
    w.field("sys_class_name", TypeNames[kind], classLabels[english ? 1 : 0][kind]);
    w.date("sys_created_on", ticket.createdOn, english);
    w.field("sys_id", ticket.sysId);
    w.field("sys_mod_count", QByteArray::number(ticket.modCount));
    w.date("sys_updated_on", ticket.updatedOn, english);
    w.field("urgency", QByteArray::number(ticket.urgency), levelLabel(ticket.urgency, english));
    return w.finish();
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
            {QByteArrayLiteral("timestamp"), isoTime(m_clock * 1000)},
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
        setValue(fields, QByteArrayLiteral("data"), '[' + data + ']');
        break;
    case NoSysId:
        removeField(fields, QByteArrayLiteral("sys_id"));
        setValue(fields, QByteArrayLiteral("data"),
            editRecord(data, [](QJsonObject &record) { record.remove(u"sys_id"_s); }));
        break;
    case BadSysId: {
        const QByteArray id = value(fields, QByteArrayLiteral("sys_id"));
        const QByteArray number = value(fields, QByteArrayLiteral("number"));
        const QByteArray bad[] = {
            number.isEmpty() ? QByteArrayLiteral("INC0000000") : number, // the number where the sys_id belongs
            id.left(31),
            id.left(28) + QByteArrayLiteral("zzzz"),
        };
        setValue(fields, QByteArrayLiteral("sys_id"), bad[(k / CaseCount) % 3]);
        break;
    }
    case SysIdMismatch: {
        const QString other = QString::fromLatin1(randomHex32());
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

QHash<QString, TicketSimulator::Expected> TicketSimulator::expected() const
{
    QHash<QString, Expected> out;
    out.reserve(m_created);
    for (const TicketState &ticket : m_tickets) {
        if (ticket.emitted == 0)
            continue;
        out.insert(QString::fromLatin1(ticket.sysId),
            Expected {QString::fromLatin1(ticket.number), QString::fromLatin1(TypeNames[static_cast<int>(ticket.kind)]),
                QString::number(ticket.state), QString::number(ticket.impact + ticket.urgency - 1),
                QString::fromUtf8(groups().at(ticket.group).name)});
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
    QJsonObject byType;
    QJsonObject byAction;
    QJsonObject byEvent;
    int actionTotals[ActionCount] = {};
    for (int k = 0; k < KindCount; ++k) {
        int typeTotal = 0;
        for (int a = 0; a < ActionCount; ++a) {
            const int n = m_counts[k][a];
            if (n == 0)
                continue;
            typeTotal += n;
            actionTotals[a] += n;
            byEvent.insert(QString::fromLatin1(QByteArray(TypeNames[k] + ':' + ActionNames[a])), n);
        }
        if (typeTotal > 0)
            byType.insert(QString::fromLatin1(TypeNames[k]), typeTotal);
    }
    for (int a = 0; a < ActionCount; ++a) {
        if (actionTotals[a] > 0)
            byAction.insert(QString::fromLatin1(ActionNames[a]), actionTotals[a]);
    }
    return QJsonObject {
        {u"events"_s, m_produced},
        {u"malformed"_s, m_malformedMade},
        {u"tickets"_s, m_created},
        {u"incomplete"_s, m_incompleteMade},
        {u"by_type"_s, byType},
        {u"by_action"_s, byAction},
        {u"by_event"_s, byEvent},
    };
}
