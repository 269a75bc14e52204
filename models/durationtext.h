#pragma once

#include <QCoreApplication>
#include <QString>

// Short human durations for idle times and ages ("850 ms", "12.3 s", "4 min 05 s", "2 h 07 min").
class DurationText final {
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    [[nodiscard]] static QString format(qint64 ms);
};
