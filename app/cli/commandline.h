#pragma once

namespace Hyoka {

// The headless sub-commands (README.md, "Command line"): import, export, check, report (and flag,
// copy as the review and shared-database work lands). Exit codes: 0 ok, 1 input
// problems, 2 usage error, 3 version conflict.
namespace CommandLine {

// True when argv names a sub-command, --help or --version: no window is opened.
bool isHeadlessInvocation(int argc, char **argv);
int run(int argc, char **argv);

} // namespace CommandLine
} // namespace Hyoka
