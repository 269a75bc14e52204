#pragma once

#include <QStatusBar>

// QStatusBar draws a temporary message (showMessage) clipped at the first permanent widget,
// cut mid-word. This one draws it elided to that space, with the whole message as the
// tooltip of the message area. (A message never widens the window: it is not in the layout.)
class ElidingStatusBar final : public QStatusBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingStatusBar)

public:
    explicit ElidingStatusBar(QWidget *parent = nullptr);

    // Where the message is drawn, and the text drawn there (elided when it does not fit).
    [[nodiscard]] QRect messageRect() const;
    [[nodiscard]] QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};
