#include "ui/viewstyle.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QWidget>

#include "ui/consoletableview.h"
#include "ui/uniformrowheader.h"

namespace ViewStyle {

QColor critical()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor warning()
{
    return QColor(0xef, 0x6c, 0x00);
}

QColor good()
{
    return QColor(0x38, 0x8e, 0x3c);
}

QColor accent()
{
    return QColor(0x1e, 0x6f, 0xc8);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor textColor(const QColor &semantic, const QPalette &palette)
{
    return isDark(palette) ? semantic.lighter(150) : semantic.darker(110);
}

QColor tint(const QColor &color, const QPalette &palette, qreal strength)
{
    const QColor base = palette.color(QPalette::Base);
    const qreal keep = 1.0 - strength;
    return QColor::fromRgbF(float(base.redF() * keep + color.redF() * strength),
        float(base.greenF() * keep + color.greenF() * strength), float(base.blueF() * keep + color.blueF() * strength));
}

QColor dimmed(const QPalette &palette)
{
    // Halfway between text and base: clearly secondary, still readable.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float((text.redF() + base.redF()) / 2), float((text.greenF() + base.greenF()) / 2),
        float((text.blueF() + base.blueF()) / 2));
}

QColor typeColor(const QString &type)
{
    static const QHash<QString, QColor> known {
        {QStringLiteral("incident"), QColor(0x4e, 0x79, 0xa7)},
        {QStringLiteral("change_task"), QColor(0xb0, 0x7a, 0xa1)},
        {QStringLiteral("sc_task"), QColor(0x76, 0xb7, 0xb2)},
        {QStringLiteral("problem"), QColor(0xed, 0xc9, 0x48)},
        {QStringLiteral("change_request"), QColor(0x9c, 0x75, 0x5f)},
        {QStringLiteral("sc_request"), QColor(0xff, 0x9d, 0xa7)},
    };
    if (const auto it = known.constFind(type); it != known.constEnd())
        return *it;
    static const QList<QColor> others {QColor(0xba, 0xb0, 0xac), QColor(0x8c, 0x8c, 0xd9), QColor(0xd4, 0xa6, 0x6a)};
    return others.at(qHash(type) % others.size());
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

void makeHeading(QWidget *label)
{
    label->setFont(scaledFont(label->font(), 1.1, true));
}

void fitHeaderLabels(QHeaderView *header)
{
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i) || header->sectionResizeMode(i) == QHeaderView::Stretch)
            continue;
        const int needed = header->sectionSizeHint(i);
        if (header->sectionSize(i) < needed)
            header->resizeSection(i, needed);
    }
}

void clearSelectionOfDroppedRows(QAbstractItemView *view, QAbstractItemModel *model)
{
    QObject::connect(
        model, &QAbstractItemModel::rowsAboutToBeRemoved, view, [view](const QModelIndex &parent, int first, int last) {
            QItemSelectionModel *selection = view->selectionModel();
            const QModelIndex current = selection ? selection->currentIndex() : QModelIndex();
            if (current.isValid() && current.parent() == parent && current.row() >= first && current.row() <= last)
                selection->clear();
        });
}

ConsoleTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *table = new ConsoleTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setVerticalHeader(new UniformRowHeader(table));
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

int textWidth(const QWidget *widget, const QString &sample)
{
    return widget->fontMetrics().horizontalAdvance(sample) + 20;
}

void noDefaultButton(QDialogButtonBox *buttons)
{
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
}

} // namespace ViewStyle
