#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "services/ticket.h"

class TicketModel;

// Applies ticket updates to a TicketModel in time-boxed slices, so a burst of thousands of
// changed rows (and the sorting proxy behind the view) never holds the GUI thread for long:
// each slice stops after its budget and the rest waits for the next event-loop turn. Updates
// for the same ticket that are still queued collapse into the newest.
class TicketUpdateQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketUpdateQueue)

public:
    explicit TicketUpdateQueue(TicketModel *model, QObject *parent = nullptr);

    void setBudgetMs(int ms) { m_budgetMs = ms; } // default 4 ms per slice
    void setSliceRows(int rows) { m_sliceRows = rows; } // rows handed to the model at once, default 250

    void enqueue(const QList<Ticket> &tickets);
    // Drops what is still queued (the model is being cleared: the connection went away).
    void clear();
    [[nodiscard]] qsizetype pending() const { return m_order.size() - m_head; } // not yet applied

Q_SIGNALS:
    void drained();

private:
    void applySlice();

    QPointer<TicketModel> m_model;
    QList<QString> m_order; // sys_ids in arrival order
    QHash<QString, Ticket> m_latest; // newest state per queued sys_id
    qsizetype m_head = 0;
    QTimer m_timer;
    int m_budgetMs = 4;
    int m_sliceRows = 250;
};
