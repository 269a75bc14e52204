#include "ui/elidedlabel.h"

#include <cmath>

#include <QEvent>

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode)
    : QLabel(parent)
    , m_mode(mode)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    if (text == m_fullText && !text.isEmpty())
        return;
    m_fullText = text;
    updateGeometry();
    elide();
}

void ElidedLabel::setBaseToolTip(const QString &toolTip)
{
    m_baseToolTip = toolTip;
    elide();
}

void ElidedLabel::setPreferredMaxChars(int chars)
{
    m_preferredMaxChars = qMax(0, chars);
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    // Rounded up, and a pixel more: elidedText() must find the whole text fits.
    int textWidth = int(std::ceil(QFontMetricsF(font()).horizontalAdvance(m_fullText))) + 1;
    if (m_preferredMaxChars > 0)
        textWidth = qMin(textWidth, m_preferredMaxChars * fontMetrics().averageCharWidth());
    const int width = textWidth + 2 * margin() + margins.left() + margins.right();
    return {width, QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for an ellipsis and a little more; never the whole text.
    const QMargins margins = contentsMargins();
    const int full = fontMetrics().horizontalAdvance(m_fullText);
    const int least = fontMetrics().horizontalAdvance(QStringLiteral("W…"));
    return {qMin(full, least) + 2 * margin() + margins.left() + margins.right(), QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        elide();
    }
}

void ElidedLabel::elide()
{
    const int available = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(m_fullText, m_mode, qMax(0, available));
    m_elided = shown != m_fullText;
    if (shown != text())
        QLabel::setText(shown);
    QString tip = m_baseToolTip;
    if (m_elided)
        tip = tip.isEmpty() ? m_fullText : m_fullText + QLatin1Char('\n') + tip;
    if (tip != toolTip())
        setToolTip(tip);
}
