#include "services/statetable.h"

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "services/eventdecoder.h"
#include "services/safetext.h"

namespace {

using namespace Qt::StringLiterals;

// The table types without their own table use (docs/event-format.md, "State table").
const QString FallbackType = u"task"_s;

QString canonicalType(const QString &type)
{
    return EventDecoder::canonicalType(type);
}

// "05", "+5" and " 5" are the code "5"; non-numeric codes stay as given.
QString canonicalCode(const QString &code)
{
    bool ok = false;
    const qlonglong n = code.trimmed().toLongLong(&ok);
    return ok ? QString::number(n) : code.trimmed();
}

using Table = QHash<QString, StateTable::State>;

// A name from the file inside an error: one line, bounded, so the error stays one line.
QString shown(const QString &text)
{
    return SafeText::oneLine(text, 64);
}

void add(Table &table, const QString &code, const QString &pt, const QString &en, bool closed)
{
    table.insert(code, StateTable::State {code, pt, en, closed});
}

} // namespace

StateTable StateTable::defaults()
{
    StateTable t;

    Table incident;
    add(incident, u"1"_s, u"Novo"_s, u"New"_s, false);
    add(incident, u"2"_s, u"Em Andamento"_s, u"In Progress"_s, false);
    add(incident, u"3"_s, u"Em Espera"_s, u"On Hold"_s, false);
    add(incident, u"4"_s, u"Aguardando Aprovação"_s, u"Awaiting Approval"_s, false);
    add(incident, u"5"_s, u"Aguardando Fornecedor"_s, u"Awaiting Vendor"_s, false);
    add(incident, u"6"_s, u"Resolvido"_s, u"Resolved"_s, true);
    add(incident, u"7"_s, u"Fechado"_s, u"Closed"_s, true);
    add(incident, u"8"_s, u"Cancelado"_s, u"Canceled"_s, true);
    t.m_tables.insert(u"incident"_s, incident);

    // The team's task states, shared by catalog tasks and every type without its own table.
    Table task;
    add(task, u"1"_s, u"Pendente"_s, u"Pending"_s, false);
    add(task, u"2"_s, u"Aberto"_s, u"Open"_s, false);
    add(task, u"3"_s, u"Em Execução"_s, u"Work in Progress"_s, false);
    add(task, u"4"_s, u"Fechado Completo"_s, u"Closed Complete"_s, true);
    add(task, u"7"_s, u"Fechado Pulado"_s, u"Closed Skipped"_s, true);
    t.m_tables.insert(u"sc_task"_s, task);
    t.m_tables.insert(FallbackType, task);

    Table changeTask = task;
    add(changeTask, u"8"_s, u"Fechado Incompleto"_s, u"Closed Incomplete"_s, true);
    t.m_tables.insert(u"change_task"_s, changeTask);

    return t;
}

bool StateTable::loadOverrides(const QString &jsonFile, QString *error)
{
    QFile file(jsonFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the state file: %2").arg(jsonFile, file.errorString());
        return false;
    }
    QString inner;
    if (!applyOverrides(file.readAll(), &inner)) {
        if (error)
            *error = jsonFile + u": "_s + inner;
        return false;
    }
    return true;
}

bool StateTable::applyOverrides(const QByteArray &json, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject())
        return failWith(tr("the top level must be a JSON object keyed by ticket type"));

    // Built on a copy and swapped in at the end: a bad file leaves the table unchanged.
    auto tables = m_tables;
    const QJsonObject root = doc.object();
    // The fallback table goes first: a type new to the table starts from it, whatever the key order.
    QStringList typeKeys = root.keys();
    std::stable_partition(
        typeKeys.begin(), typeKeys.end(), [](const QString &key) { return canonicalType(key) == FallbackType; });
    for (const QString &typeKey : std::as_const(typeKeys)) {
        const QString type = canonicalType(typeKey);
        if (type.isEmpty())
            return failWith(tr("a ticket type name is empty"));
        if (!root.value(typeKey).isObject())
            return failWith(tr("type \"%1\": must be a JSON object keyed by state code").arg(shown(typeKey)));
        // A type new to the table starts from what it showed until now (the fallback), so a
        // file can add a single code to it.
        if (!tables.contains(type))
            tables.insert(type, tables.value(FallbackType));
        Table &table = tables[type];

        const QJsonObject codes = root.value(typeKey).toObject();
        for (auto codeIt = codes.begin(); codeIt != codes.end(); ++codeIt) {
            bool numeric = false;
            const qlonglong number = codeIt.key().trimmed().toLongLong(&numeric);
            if (!numeric) {
                return failWith(tr("type \"%1\", code \"%2\": a state code must be an integer")
                                    .arg(shown(typeKey), shown(codeIt.key())));
            }
            const QString code = QString::number(number);
            if (codeIt.value().isNull()) { // null removes a code the instance does not use
                table.remove(code);
                continue;
            }
            if (!codeIt.value().isObject()) {
                return failWith(tr("type \"%1\", code \"%2\": must be an object with \"pt_BR\", \"en\" and \"closed\", "
                                   "or null to remove the code")
                                    .arg(shown(typeKey), shown(codeIt.key())));
            }
            State state = table.value(code, State {code, {}, {}, false});
            const QJsonObject fields = codeIt.value().toObject();
            for (auto fieldIt = fields.begin(); fieldIt != fields.end(); ++fieldIt) {
                const QString &key = fieldIt.key();
                const QJsonValue value = fieldIt.value();
                if (key == u"pt_BR" || key == u"en") {
                    if (!value.isString()) {
                        return failWith(tr("type \"%1\", code \"%2\": \"%3\" must be a string")
                                            .arg(shown(typeKey), shown(codeIt.key()), shown(key)));
                    }
                    (key == u"en" ? state.labelEn : state.labelPt) = value.toString().trimmed();
                } else if (key == u"closed") {
                    if (!value.isBool()) {
                        return failWith(tr("type \"%1\", code \"%2\": \"closed\" must be true or false")
                                            .arg(shown(typeKey), shown(codeIt.key())));
                    }
                    state.closed = value.toBool();
                } else {
                    return failWith(tr("type \"%1\", code \"%2\": unknown key \"%3\" (expected pt_BR, en, closed)")
                                        .arg(shown(typeKey), shown(codeIt.key()), shown(key)));
                }
            }
            table.insert(code, state);
        }
    }
    m_tables = std::move(tables);
    return true;
}

QString StateTable::label(const QString &type, const QString &code, const QString &language) const
{
    const QString key = canonicalCode(code);
    if (key.isEmpty())
        return tr("No state");
    if (const Table *table = tableFor(type)) {
        const auto it = table->constFind(key);
        if (it != table->constEnd()) {
            const bool portuguese = language.startsWith(u"pt", Qt::CaseInsensitive);
            const QString &preferred = portuguese ? it->labelPt : it->labelEn;
            const QString &other = portuguese ? it->labelEn : it->labelPt;
            if (!preferred.isEmpty())
                return preferred;
            if (!other.isEmpty())
                return other;
        }
    }
    return tr("State %1").arg(key);
}

bool StateTable::isKnown(const QString &type, const QString &code) const
{
    const Table *table = tableFor(type);
    return table && table->contains(canonicalCode(code));
}

bool StateTable::isClosed(const QString &type, const QString &code) const
{
    const Table *table = tableFor(type);
    if (!table)
        return false;
    const auto it = table->constFind(canonicalCode(code));
    return it != table->constEnd() && it->closed;
}

QList<StateTable::State> StateTable::states(const QString &type) const
{
    const Table *table = tableFor(type);
    if (!table)
        return {};
    QList<State> list = table->values();
    std::sort(list.begin(), list.end(),
        [](const State &a, const State &b) { return a.code.toLongLong() < b.code.toLongLong(); });
    return list;
}

QStringList StateTable::types() const
{
    QStringList list = m_tables.keys();
    list.sort();
    return list;
}

const QHash<QString, StateTable::State> *StateTable::tableFor(const QString &type) const
{
    const auto it = m_tables.constFind(canonicalType(type));
    if (it != m_tables.constEnd())
        return &it.value();
    const auto fallback = m_tables.constFind(FallbackType);
    return fallback != m_tables.constEnd() ? &fallback.value() : nullptr;
}
