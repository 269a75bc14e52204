#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "services/ticket.h"

class QSortFilterProxyModel;
class TicketModel;

// Applies ticket updates to a TicketModel in time-boxed slices, so a burst of thousands of
// changed rows (and the sorting proxy behind the view) never holds the GUI thread for long:
// each slice stops after its budget and the rest waits for the next event-loop turn. Updates
// for the same ticket that are still queued collapse into the newest.
//
// Slices are sized from what rows cost lately, not fixed: behind a proxy sorted by a column
// every update changes (Updated), each changed row costs the proxy a layout change over the
// whole table (~0.3 ms at 100,000 rows), so a fixed 250-row slice held the thread ~70 ms.
//
// That cost also caps how many rows a sorted view takes per second (~3,500 at 100,000 rows).
// Given the view's sorting proxy, a backlog that would need more than deferAboveMs of such
// work switches the proxy's live re-sorting off: rows then change in place, and the order and
// filters are brought up to date by one re-sort every few seconds (at most 5% of the time,
// never less than resortIntervalMs apart). Live re-sorting resumes once updates have been quiet
// for settleMs.
class TicketUpdateQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketUpdateQueue)

public:
    explicit TicketUpdateQueue(TicketModel *model, QObject *parent = nullptr);

    void setBudgetMs(int ms) { m_budgetMs = ms; } // default 4 ms per slice
    // Rows handed to the model at once: at most this (default 250), fewer when rows are costly.
    // With a budget of 0 every slice has exactly this many (tests count on it).
    void setSliceRows(int rows) { m_sliceRows = rows; }

    // The proxy a view sorts the model with (not owned; may be null).
    void setSortingProxy(QSortFilterProxyModel *proxy);
    void setDeferAboveMs(int ms) { m_deferAboveMs = ms; } // default 200
    void setResortIntervalMs(int ms) { m_resortIntervalMs = ms; } // default 1000
    void setSettleMs(int ms) { m_settle.setInterval(ms); } // default 2000
    [[nodiscard]] bool isSortDeferred() const { return m_sortDeferred; }

    void enqueue(const QList<Ticket> &tickets);
    // Drops what is still queued (the model is being cleared: the connection went away).
    void clear();
    [[nodiscard]] qsizetype pending() const { return m_order.size() - m_head; } // not yet applied

Q_SIGNALS:
    void drained();

private:
    void applySlice();
    [[nodiscard]] qsizetype nextSliceRows() const;
    void deferSortingIfBehind();
    void resortIfDue();
    void resumeLiveSorting();

    QPointer<TicketModel> m_model;
    QList<QString> m_order; // sys_ids in arrival order
    QHash<QString, Ticket> m_latest; // newest state per queued sys_id
    qsizetype m_head = 0;
    QTimer m_timer;
    int m_budgetMs = 4;
    int m_sliceRows = 250;
    double m_rowCostNs = 0; // recent cost of one row with live re-sorting, 0: unknown
    QPointer<QSortFilterProxyModel> m_proxy;
    bool m_sortDeferred = false;
    bool m_resortPending = false; // rows changed since the last re-sort
    int m_deferAboveMs = 200;
    int m_resortIntervalMs = 1000;
    qint64 m_resortGapMs = 0; // the current gap between re-sorts, from what one costs
    QElapsedTimer m_sinceResort;
    QTimer m_settle;
};
