#pragma once

namespace Hyoka {

// Creates the QApplication, loads the translation, opens the review window (on the
// last database, or the bundled sample on first start), imports files given as
// arguments and runs the event loop.
int runGuiApplication(int &argc, char **argv);

} // namespace Hyoka
