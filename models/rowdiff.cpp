#include "models/rowdiff.h"

namespace RowDiff {

void changeInRuns(const QList<int> &rows, int total, const std::function<void(int row)> &write,
    const std::function<void(int first, int last)> &changed)
{
    if (rows.isEmpty())
        return;
    if (rows.size() * 2 > total) {
        for (int row : rows)
            write(row);
        changed(rows.constFirst(), rows.constLast());
        return;
    }
    qsizetype start = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        for (qsizetype k = start; k < i; ++k)
            write(rows.at(k));
        changed(rows.at(start), rows.at(i - 1));
        start = i;
    }
}

} // namespace RowDiff
