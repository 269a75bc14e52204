#pragma once

#include <algorithm>
#include <functional>

#include <QList>

// Turns "the rows are now `next`" into the smallest honest set of model signals, so
// selections and persistent indexes survive periodic refreshes (stream groups every 2 s,
// dashboard counters): vanished rows are removed in contiguous runs (bottom up), new rows are
// inserted in contiguous runs at their sorted position, and rows whose values changed get
// dataChanged, merged into contiguous ranges (one wide range when most rows changed).
//
// Both lists must be sorted by the same strict order `less`, with unique keys: then the rows
// that survive keep their relative order, so no moves are ever needed. Models call this with
// their own begin*/end* functions (they are protected members of QAbstractItemModel).
namespace RowDiff {

struct Hooks {
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int first, int last)> changed; // after the rows' data changed
};

// Writes changed rows and reports them with dataChanged. `rows`: sorted, unique row numbers.
// Contiguous runs are reported one by one, each written just before its signal: a sorted proxy
// places each reported row among the rows it already knows, so the rows of later runs must
// still hold the values it has seen (write everything first, and such a proxy ends up
// unsorted). When more than half of `total` rows changed, all are written and one wide range
// first..last is reported (one signal is cheaper for views and proxies than many).
void changeInRuns(const QList<int> &rows, int total, const std::function<void(int row)> &write,
    const std::function<void(int first, int last)> &changed);

template<typename Row, typename Less, typename Same>
void apply(QList<Row> &rows, const QList<Row> &next, Less less, Same same, const Hooks &hooks)
{
    const auto equalKeys = [&less](const Row &a, const Row &b) { return !less(a, b) && !less(b, a); };

    // 1. Which current rows vanished (merge walk over the two sorted lists).
    QList<bool> keep(rows.size(), false);
    for (qsizetype i = 0, j = 0; i < rows.size() && j < next.size();) {
        if (less(rows.at(i), next.at(j)))
            ++i;
        else if (less(next.at(j), rows.at(i)))
            ++j;
        else {
            keep[i++] = true;
            ++j;
        }
    }
    for (qsizetype last = rows.size() - 1; last >= 0; --last) {
        if (keep.at(last))
            continue;
        qsizetype first = last;
        while (first > 0 && !keep.at(first - 1))
            --first;
        hooks.beginRemove(int(first), int(last));
        rows.remove(first, last - first + 1);
        hooks.endRemove();
        last = first;
    }

    // 2. The survivors are now a subsequence of `next`: insert what is missing, run by run.
    qsizetype j = 0;
    for (qsizetype i = 0; i < next.size();) {
        if (j < rows.size() && equalKeys(rows.at(j), next.at(i))) {
            ++i;
            ++j;
            continue;
        }
        qsizetype end = i + 1;
        while (end < next.size() && !(j < rows.size() && equalKeys(rows.at(j), next.at(end))))
            ++end;
        hooks.beginInsert(int(j), int(j + (end - i) - 1));
        rows.insert(j, end - i, Row {});
        std::copy(next.begin() + i, next.begin() + end, rows.begin() + j);
        hooks.endInsert();
        j += end - i;
        i = end;
    }

    // 3. Same keys in the same order now: report the rows whose values changed.
    QList<int> changedRows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!same(rows.at(i), next.at(i)))
            changedRows << int(i);
    }
    changeInRuns(
        changedRows, int(rows.size()), [&rows, &next](int row) { rows[row] = next.at(row); }, hooks.changed);
}

} // namespace RowDiff
