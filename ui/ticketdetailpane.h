#pragma once

#include <QString>
#include <QWidget>

#include "services/statetable.h"
#include "services/ticket.h"

class ElidedLabel;
class QCheckBox;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class TicketStore;

// Everything about one ticket: a header with the fields people look at first, every field of
// the ServiceNow record as a key/value table (display values shown, raw values in tooltips,
// empty fields hidden on request), and the change history from the ticket store (stream ids,
// actions, times, state, group), newest first.
class TicketDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDetailPane)

public:
    enum FieldColumn { FieldName, FieldValue, FieldColumnCount };
    enum HistoryColumn { HistoryTime, HistoryAction, HistoryState, HistoryGroup, HistoryId, HistoryColumnCount };

    explicit TicketDetailPane(QWidget *parent = nullptr);

    // Not owned; the GUI thread's read-only store (may be null: no history then).
    void setTicketStore(TicketStore *store);
    void setStateTable(const StateTable &states, const QString &language);

    // Shows a ticket; showing the same ticket again refreshes it and keeps the scroll positions.
    void showTicket(const Ticket &ticket);
    void clear();
    // The ticket is still shown but the table's filters hide it: says so under the title.
    // searching: a search is on too, so it may be what hides the ticket (the note says so).
    void setHiddenByFilters(bool hidden, bool searching = false);
    [[nodiscard]] bool isHiddenByFilters() const;

    [[nodiscard]] QString sysId() const { return m_ticket.sysId; }
    [[nodiscard]] bool hasTicket() const { return !m_ticket.sysId.isEmpty(); }
    [[nodiscard]] QTreeWidget *fieldsView() const { return m_fields; }
    [[nodiscard]] QTreeWidget *historyView() const { return m_history; }
    [[nodiscard]] QString titleText() const;
    // The display value shown for a record field; empty if the field is not in the record.
    [[nodiscard]] QString fieldText(const QString &field) const;

private:
    void fillFields();
    void fillHistory();
    void applyHideEmpty();
    [[nodiscard]] QString stateLabel(const QString &code) const;

    TicketStore *m_store = nullptr;
    StateTable m_states = StateTable::defaults();
    QString m_language = QStringLiteral("en");
    Ticket m_ticket;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_lastEvent = nullptr;
    QLabel *m_hiddenNote = nullptr;
    ElidedLabel *m_fieldsCount = nullptr;
    ElidedLabel *m_historyCount = nullptr;
    QCheckBox *m_hideEmpty = nullptr;
    QTreeWidget *m_fields = nullptr;
    QTreeWidget *m_history = nullptr;
};
