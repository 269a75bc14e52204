#pragma once

#include <QList>
#include <QModelIndex>
#include <QPair>
#include <QSignalSpy>

// Row ranges recorded by QSignalSpy on a model's signals, for exact-range assertions in the
// model tests: (first, last) as the model announced them.
using Range = QPair<int, int>;

// rowsAboutToBeInserted/rowsInserted/rowsAboutToBeRemoved/rowsRemoved: (first, last).
inline QList<Range> rowRanges(const QSignalSpy &spy)
{
    QList<Range> ranges;
    for (const QList<QVariant> &args : spy)
        ranges << Range {args.at(1).toInt(), args.at(2).toInt()};
    return ranges;
}

// dataChanged: (top row, bottom row).
inline QList<Range> changedRows(const QSignalSpy &spy)
{
    QList<Range> ranges;
    for (const QList<QVariant> &args : spy)
        ranges << Range {args.at(0).value<QModelIndex>().row(), args.at(1).value<QModelIndex>().row()};
    return ranges;
}

// dataChanged, each required to span all `columns` columns; one that does not makes the result
// {(-1, -1)}, which the caller's comparison then shows.
inline QList<Range> changedRows(const QSignalSpy &spy, int columns)
{
    QList<Range> ranges;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.column() != 0 || bottomRight.column() != columns - 1)
            return {Range {-1, -1}};
        ranges << Range {topLeft.row(), bottomRight.row()};
    }
    return ranges;
}
