#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace Hyoka::WindowPlacement {

QSize preferredSize()
{
    return QSize(1280, 800);
}

QRect clamped(const QRect &rect, const QRect &available)
{
    QRect r = rect;
    r.setWidth(std::min(r.width(), available.width()));
    r.setHeight(std::min(r.height(), available.height()));
    r.moveLeft(std::clamp(r.left(), available.left(), available.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), available.top(), available.bottom() - r.height() + 1));
    return r;
}

bool place(QWidget *window, const QByteArray &saved)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(0, 0), preferredSize());
    if (!saved.isEmpty() && window->restoreGeometry(saved)) {
        if (window->isMaximized() || window->windowState().testFlag(Qt::WindowMaximized))
            return true;
        // The frame is what must fit; geometry() is the client area inside it.
        const QRect frame = window->frameGeometry();
        const QMargins margins(window->geometry().left() - frame.left(),
                               window->geometry().top() - frame.top(),
                               frame.right() - window->geometry().right(),
                               frame.bottom() - window->geometry().bottom());
        const QRect fitted = clamped(frame, available).marginsRemoved(margins);
        if (fitted != window->geometry())
            window->setGeometry(fitted);
        return false;
    }
    const QSize preferred = preferredSize();
    if (available.width() < preferred.width() || available.height() < preferred.height()) {
        window->setGeometry(available);
        return true;
    }
    QRect r(QPoint(0, 0), preferred);
    r.moveCenter(available.center());
    window->setGeometry(r);
    return false;
}

} // namespace Hyoka::WindowPlacement
