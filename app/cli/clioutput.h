#pragma once

#include <QString>

namespace Hyoka {

// stderr/stdout for the command line: UTF-8, one message a line, never a stack dump.
namespace CliOutput {
void error(const QString &line);
void info(const QString &line);
void out(const QByteArray &bytes);
} // namespace CliOutput

} // namespace Hyoka
