#include "models/ticketupdatequeue.h"

#include <algorithm>
#include <utility>

#include <QSortFilterProxyModel>

#include "models/ticketmodel.h"

TicketUpdateQueue::TicketUpdateQueue(TicketModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setParent(this);
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TicketUpdateQueue::applySlice);
    m_settle.setParent(this);
    m_settle.setSingleShot(true);
    m_settle.setInterval(2000);
    connect(&m_settle, &QTimer::timeout, this, &TicketUpdateQueue::resumeLiveSorting);
}

void TicketUpdateQueue::setSortingProxy(QSortFilterProxyModel *proxy)
{
    if (m_proxy == proxy)
        return;
    resumeLiveSorting(); // the old proxy gets its live sorting back
    m_proxy = proxy;
}

void TicketUpdateQueue::clear()
{
    m_timer.stop();
    resumeLiveSorting();
    m_order.clear();
    m_latest.clear();
    m_head = 0;
}

void TicketUpdateQueue::enqueue(const QList<Ticket> &tickets)
{
    for (const Ticket &t : tickets) {
        auto it = m_latest.find(t.sysId);
        if (it == m_latest.end()) {
            m_latest.insert(t.sysId, t);
            m_order << t.sysId;
        } else {
            *it = t; // still queued: keep its place, show its newest state
        }
    }
    m_settle.stop();
    if (!m_timer.isActive() && !m_order.isEmpty())
        m_timer.start();
}

qsizetype TicketUpdateQueue::nextSliceRows() const
{
    if (m_budgetMs <= 0)
        return m_sliceRows;
    if (m_rowCostNs <= 0)
        return std::min(m_sliceRows, 8); // cost unknown yet: a small first slice finds it out
    // Half the budget per slice: the slice that finds the budget spent still fits in it.
    const double rows = double(m_budgetMs) * 1e6 / 2 / m_rowCostNs;
    return std::clamp<qsizetype>(qsizetype(rows), 1, m_sliceRows);
}

void TicketUpdateQueue::applySlice()
{
    if (!m_model)
        return;
    QElapsedTimer budget;
    budget.start();
    // At least one slice per turn, whatever the budget (0 included), so the queue always drains.
    while (m_head < m_order.size()) {
        const qsizetype end = std::min(m_order.size(), m_head + nextSliceRows());
        QList<Ticket> slice;
        slice.reserve(end - m_head);
        for (qsizetype i = m_head; i < end; ++i)
            slice << m_latest.take(m_order.at(i));
        m_head = end;
        const qint64 before = budget.nsecsElapsed();
        m_model->upsert(slice);
        if (m_sortDeferred) {
            m_resortPending = true;
        } else {
            const double perRow = double(budget.nsecsElapsed() - before) / double(slice.size());
            m_rowCostNs = m_rowCostNs <= 0 ? perRow : 0.7 * m_rowCostNs + 0.3 * perRow;
            deferSortingIfBehind();
        }
        if (budget.elapsed() >= m_budgetMs)
            break;
    }
    resortIfDue();
    if (m_head < m_order.size()) {
        m_timer.start(); // the rest on the next turn: input and paint events go first
        return;
    }
    m_order.clear();
    m_head = 0;
    if (m_sortDeferred)
        m_settle.start();
    Q_EMIT drained();
}

void TicketUpdateQueue::deferSortingIfBehind()
{
    if (!m_proxy || m_proxy->sortColumn() < 0 || !m_proxy->dynamicSortFilter())
        return;
    if (double(pending()) * m_rowCostNs < double(m_deferAboveMs) * 1e6)
        return;
    m_proxy->setDynamicSortFilter(false);
    m_sortDeferred = true;
    m_resortPending = false;
    m_resortGapMs = m_resortIntervalMs;
    m_sinceResort.start();
}

void TicketUpdateQueue::resortIfDue()
{
    if (!m_sortDeferred || !m_proxy || !m_resortPending || m_sinceResort.elapsed() < m_resortGapMs)
        return;
    QElapsedTimer cost;
    cost.start();
    // invalidate() re-filters too: rows that changed in place may have left or joined the filter.
    m_proxy->invalidate();
    (void)m_proxy->rowCount(); // builds the mapping now, so its cost is measured
    m_resortPending = false;
    m_resortGapMs = std::max<qint64>(m_resortIntervalMs, 20 * cost.elapsed()); // <= 5% of the time
    m_sinceResort.start();
}

void TicketUpdateQueue::resumeLiveSorting()
{
    m_settle.stop();
    if (!m_sortDeferred)
        return;
    m_sortDeferred = false;
    if (m_proxy) {
        if (std::exchange(m_resortPending, false))
            m_proxy->invalidate(); // filters too; enabling below only sorts
        m_proxy->setDynamicSortFilter(true);
    }
}
