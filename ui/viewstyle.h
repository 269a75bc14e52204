#pragma once

#include <QColor>
#include <QFont>

#include "ui/consoletableview.h"

class QAbstractItemModel;
class QAbstractItemView;
class QDialogButtonBox;
class QHeaderView;
class QPalette;
class QString;
class QTableView;
class QWidget;

// The few colours and fonts the ticket and stream views share, in one place so "critical",
// "closed" and "malformed" look the same everywhere. Semantic colours are fixed hues; tints
// are blended into the palette's base colour, so they stay readable on light and dark themes.
namespace ViewStyle {

[[nodiscard]] QColor critical(); // priority 1, malformed entries, dead letters
[[nodiscard]] QColor warning(); // priority 2, pending entries, lag
[[nodiscard]] QColor good(); // closed states, applied events
[[nodiscard]] QColor accent(); // received events, neutral figures

// A readable variant of a semantic colour as text on the palette's base (lighter on dark themes).
[[nodiscard]] QColor textColor(const QColor &semantic, const QPalette &palette);
// `color` blended into the base at `strength` (0..1): row backgrounds.
[[nodiscard]] QColor tint(const QColor &color, const QPalette &palette, qreal strength);
// Text that should recede (closed tickets, unknown values).
[[nodiscard]] QColor dimmed(const QPalette &palette);
[[nodiscard]] bool isDark(const QPalette &palette);

// Per-type colours for charts: never red or green, which mean critical and closed here.
[[nodiscard]] QColor typeColor(const QString &type);

[[nodiscard]] QFont scaledFont(const QFont &base, qreal factor, bool bold);
// A section heading (bold, slightly larger) for the views' panels.
void makeHeading(QWidget *label);
// Widens sections narrower than their header label (Portuguese labels are longer than the
// figures beneath them); stretched and hidden sections are left alone.
void fitHeaderLabels(QHeaderView *header);
// The views' read-only tables: whole-row single selection, no grid, compact fixed rows.
[[nodiscard]] ConsoleTableView *makeTable(QWidget *parent, const QString &objectName);
// For logs that drop their oldest rows as new ones arrive (EventLogModel): when the current row
// is dropped, Qt makes the row above it current, then the next one, and so on, so the selection
// (and whatever shows it) walks through other rows by itself. This clears the selection
// instead. Call before view->setModel(model): the selection model's own handler, connected
// there, must run after this one.
void clearSelectionOfDroppedRows(QAbstractItemView *view, QAbstractItemModel *model);
// A column width that fits `sample` in the widget's font, with the cell's padding.
[[nodiscard]] int textWidth(const QWidget *widget, const QString &sample);

// No default button in a window of lists and filters: Enter in its table or its fields closed
// it (a QDialog presses its default button, and the first auto-default one becomes default
// when it is shown). Esc still closes it.
void noDefaultButton(QDialogButtonBox *buttons);

} // namespace ViewStyle
