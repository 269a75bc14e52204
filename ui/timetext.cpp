#include "ui/timetext.h"

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
                                                : local.toString(QStringLiteral("yyyy-MM-dd"));
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

} // namespace TimeText
