#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// State codes per ticket type, with pt_BR/en labels and closed-ness (BRIEF §2). The default
// table is the team's instance; a JSON file overrides or adds codes per type, because
// instances customise states (incident 18 "Assigned", task -5 "Pending", ...).
class StateTable final
{
    Q_DECLARE_TR_FUNCTIONS(StateTable)

public:
    struct State
    {
        QString code;
        QString labelPt;
        QString labelEn;
        bool closed = false;
    };

    [[nodiscard]] static StateTable defaults();

    // Override file format (docs/event-format.md):
    // {"incident": {"18": {"pt_BR": "Atribuído", "en": "Assigned", "closed": false}}, "sc_task": {...}}
    // Types not in the defaults may be added. Returns false with a one-line error.
    bool loadOverrides(const QString &jsonFile, QString *error);
    bool applyOverrides(const QByteArray &json, QString *error);

    // Label in the language ("pt_BR" or anything else = en); an unknown code is "State N".
    [[nodiscard]] QString label(const QString &type, const QString &code, const QString &language) const;
    [[nodiscard]] bool isKnown(const QString &type, const QString &code) const;
    [[nodiscard]] bool isClosed(const QString &type, const QString &code) const;
    // Known states of a type in code order (numeric), for filters and charts.
    [[nodiscard]] QList<State> states(const QString &type) const;
    [[nodiscard]] QStringList types() const;

private:
    // Types without their own table (problem_task, incident_task, task, ...) fall back to the
    // task table; incidents, problems and changes have their own where defined.
    [[nodiscard]] const QHash<QString, State> *tableFor(const QString &type) const;

    QHash<QString, QHash<QString, State>> m_tables; // type -> code -> state
};
