#pragma once

#include <QLabel>

// A one-line label that never asks for the width of its whole text: it takes what its layout
// gives and elides the text to fit, with the full text as its tooltip while cut. Status bar
// texts use it, so a long error never widens the window.
class ElidedLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    // The text to show (QLabel::text() is what is shown: possibly elided).
    void setFullText(const QString &text);
    [[nodiscard]] QString fullText() const { return m_fullText; }
    [[nodiscard]] bool isElided() const { return m_elided; }
    // The tooltip while the text fits; while it is cut, the full text comes first.
    void setBaseToolTip(const QString &toolTip);
    // Caps the width the label asks for at about this many average characters (0: the whole
    // text), so that a long text leaves its neighbours room (a status bar's message).
    void setPreferredMaxChars(int chars);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
    QString m_baseToolTip;
    Qt::TextElideMode m_mode;
    int m_preferredMaxChars = 0;
    bool m_elided = false;
};
