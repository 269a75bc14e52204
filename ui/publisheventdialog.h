#pragma once

#include <functional>
#include <optional>

#include <QDialog>

#include "services/statetable.h"
#include "services/testevent.h"
#include "services/ticket.h"

class QComboBox;
class QLabel;
class QLineEdit;

// "Publish test event": type, action and number of one hand-made change entry, written to the
// pipeline's stream so an analyst can check, end to end, that processors and views react.
class PublishEventDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishEventDialog)

public:
    explicit PublishEventDialog(const QString &stream, QWidget *parent = nullptr);

    [[nodiscard]] TestEvent event() const;

    // Finds a ticket the console knows by its number. A number that names one publishes an
    // update of that ticket (its sys_id, type and record) instead of a second ticket.
    using TicketLookup = std::function<std::optional<Ticket>(const QString &number)>;
    void setTicketLookup(TicketLookup lookup);
    // The preview names the state ("state 6 (Resolved)"), in this language.
    void setStateTable(const StateTable &states, const QString &language);

private:
    void updatePreview();
    [[nodiscard]] QString stateText(const QString &type, const QString &code) const;

    QComboBox *m_type = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_state = nullptr;
    QLabel *m_preview = nullptr;
    TicketLookup m_lookup;
    std::optional<StateTable> m_states;
    QString m_language;
    std::optional<Ticket> m_existing; // the ticket the number names, if the console has it
};
