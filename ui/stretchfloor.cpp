#include "ui/stretchfloor.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHeaderView>

StretchFloor::StretchFloor(QHeaderView *header, int section, int floor)
    : QObject(header)
    , m_header(header)
    , m_section(section)
    , m_floor(floor)
{
    if (auto *view = qobject_cast<QAbstractScrollArea *>(header->parentWidget())) {
        m_viewport = view->viewport();
        m_viewport->installEventFilter(this);
    }
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_section)
            update();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &StretchFloor::update);
    update();
}

void StretchFloor::setFloor(int floor)
{
    m_floor = floor;
    update();
}

void StretchFloor::update()
{
    if (!m_viewport || m_header->count() <= m_section)
        return;
    int others = 0;
    for (int section = 0; section < m_header->count(); ++section) {
        if (section != m_section && !m_header->isSectionHidden(section))
            others += m_header->sectionSize(section);
    }
    const bool roomy = m_viewport->width() - others >= m_floor;
    const QHeaderView::ResizeMode mode = roomy ? QHeaderView::Stretch : QHeaderView::Interactive;
    const bool switched = m_header->sectionResizeMode(m_section) != mode;
    if (switched)
        m_header->setSectionResizeMode(m_section, mode);
    // Once scrolling, a width the user dragged it to stays (but not below the floor).
    if (!roomy && (switched || m_header->sectionSize(m_section) < m_floor))
        m_header->resizeSection(m_section, m_floor);
}

bool StretchFloor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        update();
    return QObject::eventFilter(watched, event);
}
