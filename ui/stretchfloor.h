#pragma once

#include <QObject>

class QEvent;
class QHeaderView;

// Keeps a header's stretching section (a description, a name) at least `floor` pixels wide.
// QHeaderView squeezes a Stretch section to its minimum when the other sections take the
// width ("bu…" for "bunsnc-processors"); below the floor the section stops stretching, keeps
// the floor and the view scrolls sideways instead. Above it, it stretches again.
//
// The caller sizes the other sections; this object watches the view's viewport and those
// sections. Owned by the header.
class StretchFloor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StretchFloor)

public:
    StretchFloor(QHeaderView *header, int section, int floor);

    void setFloor(int floor);
    // Stretch or floor, for the current widths (also run on every resize).
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHeaderView *m_header;
    QWidget *m_viewport = nullptr;
    int m_section;
    int m_floor;
};
