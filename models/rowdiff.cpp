#include "models/rowdiff.h"

namespace RowDiff {

void reportRanges(const QList<int> &rows, int total, const std::function<void(int, int)> &changed)
{
    if (rows.isEmpty())
        return;
    if (rows.size() * 2 > total) {
        changed(rows.constFirst(), rows.constLast());
        return;
    }
    int start = rows.constFirst();
    int previous = start;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == previous + 1) {
            previous = rows.at(i);
            continue;
        }
        changed(start, previous);
        if (i < rows.size())
            start = previous = rows.at(i);
    }
}

} // namespace RowDiff
