#include "ui/numbertile.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/viewstyle.h"

NumberTile::NumberTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_accent(ViewStyle::accent())
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 12, 8);
    layout->setSpacing(0);

    m_caption = new QLabel(caption, this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setFont(ViewStyle::scaledFont(font(), 0.95, true));
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    m_value = new QLabel(QStringLiteral("—"), this);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setFont(ViewStyle::scaledFont(font(), 2.0, true));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    // Wraps rather than widening the page: a row of tiles with long details (pt_BR) must not
    // push the window past its default width.
    m_detail->setWordWrap(true);
    // Two lines reserved: a detail that wrapped once its figures grew ("0 reivindicadas · 122
    // confirmadas") made every tile, table and chart below jump down while people read them.
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    updateStyle();
}

void NumberTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void NumberTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void NumberTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

void NumberTile::setAccent(const QColor &color)
{
    if (color == m_accent)
        return;
    m_accent = color;
    updateStyle();
}

void NumberTile::setValueColor(const QColor &color)
{
    if (color == m_valueColor)
        return;
    m_valueColor = color;
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText,
        color.isValid() ? ViewStyle::textColor(color, this->palette()) : this->palette().color(QPalette::WindowText));
    m_value->setPalette(palette);
}

QString NumberTile::caption() const
{
    return m_caption->text();
}

QString NumberTile::value() const
{
    return m_value->text();
}

QString NumberTile::detail() const
{
    return m_detail->text();
}

void NumberTile::updateStyle()
{
    // Only the frame is styled (by class: callers set their own object names); the labels keep
    // the application's palette and fonts.
    setStyleSheet(QStringLiteral("NumberTile { background: palette(base); border: 1px solid palette(mid);"
                                 " border-left: 4px solid %1; border-radius: 3px; }")
                      .arg(m_accent.name()));
}
