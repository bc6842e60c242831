#pragma once

#include <QIcon>
#include <QString>

namespace Hyoka {

// The application's id: the name of its desktop entry, AppStream file and icon
// (resources/desktop/, docs/install.md).
inline QString applicationId() { return QStringLiteral("io.github.hyoka.Hyoka"); }
// The application icon, from the PNGs rendered for the desktop (embedded as
// :/desktop/hicolor/<N>x<N>/apps/), so that no SVG plugin is needed for it.
QIcon applicationIcon();

// Creates the QApplication, loads the translation, opens the review window (on the
// last database, or the bundled sample on first start), imports files given as
// arguments and runs the event loop.
int runGuiApplication(int &argc, char **argv);

} // namespace Hyoka
