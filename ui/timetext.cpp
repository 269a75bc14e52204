#include "ui/timetext.h"

#include <cstdlib>

namespace TimeText {

QString local(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString compact(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString utcTooltip(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromServiceNow(const QString &utc)
{
    QDateTime time = QDateTime::fromString(utc.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(utc.trimmed(), Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

QString serviceNowLocal(const QString &utc)
{
    const QDateTime time = fromServiceNow(utc);
    return time.isValid() ? local(time) : utc;
}

QDateTime strictServiceNow(const QString &text)
{
    if (text.size() != 19)
        return {};
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

QString localOffset(const QDateTime &time)
{
    const int seconds = (time.isValid() ? time : QDateTime::currentDateTime()).toLocalTime().offsetFromUtc();
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace TimeText
