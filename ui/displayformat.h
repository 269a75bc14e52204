#pragma once

#include <QString>

// Numbers as the pages show them, in the user's locale. One place, so the status bar, the
// server page and the placeholders agree.
namespace DisplayFormat {

[[nodiscard]] QString uptime(qint64 seconds);
[[nodiscard]] QString memory(qint64 bytes);
[[nodiscard]] QString latency(double ms); // empty when ms < 0 (not measured)

} // namespace DisplayFormat
