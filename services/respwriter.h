#pragma once

#include <QByteArray>
#include <QList>

// RESP2 command encoding (multi-bulk of bulk strings). Pure functions, no I/O.
namespace RespWriter {

using Command = QList<QByteArray>;

// Appends the encoding of one command to out (avoids a temporary per command
// when a pipeline is built).
void append(QByteArray &out, const Command &args);
[[nodiscard]] QByteArray encode(const Command &args);
[[nodiscard]] QByteArray encode(const QList<Command> &commands);

} // namespace RespWriter
