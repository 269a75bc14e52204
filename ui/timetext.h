#pragma once

#include <QDateTime>
#include <QString>

// Times as the ticket and stream views show them: local time, seconds precision, and the exact
// UTC instant for tooltips. ServiceNow's "yyyy-MM-dd HH:mm:ss" fields are UTC.
namespace TimeText {

[[nodiscard]] QString local(const QDateTime &time); // "2024-03-05 14:02:11", empty if invalid
// Today: "14:02:11"; another day: "2024-03-05 14:02" (a date alone does not say how recent).
// For narrow columns (the full time in a tooltip).
[[nodiscard]] QString compact(const QDateTime &time);
[[nodiscard]] QString utcTooltip(const QDateTime &time); // ISO 8601 with ms, "Z"
[[nodiscard]] QDateTime fromServiceNow(const QString &utc); // invalid if it does not parse
// A ServiceNow UTC field shown in local time; the text as given if it does not parse.
[[nodiscard]] QString serviceNowLocal(const QString &utc);
// Exactly ServiceNow's date-time value form, "yyyy-MM-dd HH:mm:ss" (UTC); invalid otherwise, so
// dates ("2024-03-05") and other text stay as they are.
[[nodiscard]] QDateTime strictServiceNow(const QString &text);
// The local zone's offset at `time` (now if invalid): "UTC-03:00", "UTC+05:30", "UTC".
[[nodiscard]] QString localOffset(const QDateTime &time = {});

} // namespace TimeText
