#pragma once

#include <QString>

#include <optional>

namespace Hyoka {

// stderr/stdout for the command line: UTF-8, one message a line, never a stack dump.
namespace CliOutput {
void error(const QString &line);
void info(const QString &line);
void out(const QByteArray &bytes);
// Asks on the terminal (/dev/tty) with `prompt`, the answer not echoed, as psql asks
// for a password. Nothing when there is no terminal (stdin not one: a script, a pipe)
// or the user ended the input.
std::optional<QString> askHidden(const QString &prompt);
} // namespace CliOutput

} // namespace Hyoka
