#include "ui/displayformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace DisplayFormat {

QString uptime(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 rest = seconds % 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(rest / 3600, 2, 10, QLatin1Char('0'))
                              .arg((rest % 3600) / 60, 2, 10, QLatin1Char('0'))
                              .arg(rest % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    return QCoreApplication::translate("DisplayFormat", "%n day(s), %1", nullptr, int(days)).arg(clock);
}

QString memory(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString latency(double ms)
{
    if (ms < 0)
        return {};
    return QCoreApplication::translate("DisplayFormat", "%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 1));
}

} // namespace DisplayFormat
