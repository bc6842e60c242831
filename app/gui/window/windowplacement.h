#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace Hyoka {

// Where the review window opens (docs/keyboard-and-screens.md): the geometry saved at
// the last close, clamped to the screen's available area (a window saved on a larger
// monitor comes back whole on a laptop); without one, the preferred size centred on
// the screen, or the window maximised when the screen is smaller than that.
namespace WindowPlacement {

// The size the window asks for on a screen large enough for it.
QSize preferredSize();
// `rect` moved and shrunk to lie within `available`.
QRect clamped(const QRect &rect, const QRect &available);
// Restores `saved` (QWidget::saveGeometry()) or places `window` anew on its screen;
// returns true when the window should be shown maximised.
bool place(QWidget *window, const QByteArray &saved);

} // namespace WindowPlacement

} // namespace Hyoka
