#pragma once

#include <QString>

// Text from producers (a ticket number, a state file's name) placed inside a console line, a
// reason or a terminal: control characters become '?', so an escape sequence can neither clear
// a terminal nor retitle it, and a newline cannot split one line into two.
namespace SafeText {

// The text on one line, cut at maxChars (with "…") when maxChars >= 0.
[[nodiscard]] QString oneLine(const QString &text, qsizetype maxChars = -1);

// A sentence ("Cannot apply ...", Qt's "Missing value ...") as a clause of a line, the CLI's
// and the consumer's style: the first letter lower-cased unless it starts an acronym ("URL do
// Redis", "TLS").
[[nodiscard]] QString clause(QString text);

} // namespace SafeText
