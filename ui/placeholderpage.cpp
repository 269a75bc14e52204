#include "ui/placeholderpage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/connectionsummarywidget.h"

namespace {
constexpr int IconSize = 48;
constexpr int ContentWidth = 760;
} // namespace

PlaceholderPage::PlaceholderPage(
    const QIcon &icon, const QString &title, const QString &description, const QStringList &planned, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_summary(new ConnectionSummaryWidget(this))
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 28);

    // A column of readable width, not text stretched over a wide monitor.
    auto *column = new QWidget(this);
    column->setMaximumWidth(ContentWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    auto *iconLabel = new QLabel(column);
    iconLabel->setPixmap(icon.pixmap(IconSize, IconSize));
    header->addWidget(iconLabel, 0, Qt::AlignVCenter);
    auto *titleLabel = new QLabel(title, column);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    header->addWidget(titleLabel, 1, Qt::AlignVCenter);
    layout->addLayout(header);

    auto *descriptionLabel = new QLabel(description, column);
    descriptionLabel->setWordWrap(true);
    layout->addWidget(descriptionLabel);

    if (!planned.isEmpty()) {
        QString items;
        for (const QString &line : planned)
            items += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        auto *plannedLabel =
            new QLabel(QStringLiteral("<p style='margin-bottom:2px'><b>") + tr("Coming to this page").toHtmlEscaped()
                    + QStringLiteral("</b></p><ul style='margin-top:0px'>") + items + QStringLiteral("</ul>"),
                column);
        plannedLabel->setTextFormat(Qt::RichText);
        plannedLabel->setWordWrap(true);
        layout->addWidget(plannedLabel);
    }

    auto *connectionHeading = new QLabel(tr("Connection"), column);
    QFont headingFont = connectionHeading->font();
    headingFont.setBold(true);
    connectionHeading->setFont(headingFont);
    layout->addSpacing(8);
    layout->addWidget(connectionHeading);
    m_summary->setParent(column);
    layout->addWidget(m_summary);

    layout->addStretch(1);
    // No alignment flag: the column then takes the width up to its maximum, which word-wrapped
    // labels need to compute their height.
    outer->addWidget(column, 3);
    outer->addStretch(1);
}

void PlaceholderPage::setConnection(RedisConnection *connection, ServerMonitor *monitor, const QString &displayName)
{
    m_summary->setConnection(connection, monitor, displayName);
}
