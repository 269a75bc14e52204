#include "models/ticketupdatequeue.h"

#include "models/ticketmodel.h"

TicketUpdateQueue::TicketUpdateQueue(TicketModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setParent(this);
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TicketUpdateQueue::applySlice);
}

void TicketUpdateQueue::clear()
{
    m_timer.stop();
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
    if (!m_timer.isActive() && !m_order.isEmpty())
        m_timer.start();
}

void TicketUpdateQueue::applySlice()
{
    if (!m_model)
        return;
    QElapsedTimer budget;
    budget.start();
    // At least one slice per turn, whatever the budget (0 included), so the queue always drains.
    while (m_head < m_order.size()) {
        const qsizetype end = std::min(m_order.size(), m_head + m_sliceRows);
        QList<Ticket> slice;
        slice.reserve(end - m_head);
        for (qsizetype i = m_head; i < end; ++i)
            slice << m_latest.take(m_order.at(i));
        m_head = end;
        m_model->upsert(slice);
        if (budget.elapsed() >= m_budgetMs)
            break;
    }
    if (m_head < m_order.size()) {
        m_timer.start(); // the rest on the next turn: input and paint events go first
        return;
    }
    m_order.clear();
    m_head = 0;
    Q_EMIT drained();
}
