#include "printpreview.h"

#include <QAction>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPrintPreviewWidget>
#include <QScreen>
#include <QShortcut>

namespace Hyoka {

PrintPreviewDialog::PrintPreviewDialog(QPrinter *printer, QWidget *parent)
    : QPrintPreviewDialog(printer, parent), m_preview(findChild<QPrintPreviewWidget *>())
{
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    // Through the dialog's own "Fit width" action, so that its toolbar shows it.
    if (auto *fitWidth = findChild<QAction *>(QStringLiteral("fitWidthAction")))
        fitWidth->trigger();
    else if (m_preview)
        m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    // The dialog's own page actions (they also update its page-number field), found
    // by their text while the translation they were made with is still installed.
    for (QAction *action : findChildren<QAction *>()) {
        if (action->text() == QCoreApplication::translate("QPrintPreviewDialog", "Next page"))
            m_nextPage = action;
        else if (action->text() == QCoreApplication::translate("QPrintPreviewDialog", "Previous page"))
            m_previousPage = action;
    }
    // Shortcuts, not key events: the page view (a graphics view) would scroll by a
    // screen, and the page-number field would swallow the keys.
    auto *next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    auto *previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(next, &QShortcut::activated, this, [this] { turnPages(1); });
    connect(previous, &QShortcut::activated, this, [this] { turnPages(-1); });
}

void PrintPreviewDialog::turnPages(int delta)
{
    if (!m_preview)
        return;
    QAction *step = delta > 0 ? m_nextPage : m_previousPage;
    for (int i = 0; step && i < qAbs(delta) && step->isEnabled(); ++i)
        step->trigger();
    if (!step) {
        const int last = qMax(1, m_preview->pageCount());
        m_preview->setCurrentPage(qBound(1, m_preview->currentPage() + delta, last));
    }
}

void PrintPreviewDialog::setVisible(bool visible)
{
    if (visible && !isVisible()) {
        // The available screen, also where no window manager maximises (Xvfb).
        const QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
        if (screen)
            setGeometry(screen->availableGeometry());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    QPrintPreviewDialog::setVisible(visible);
}

} // namespace Hyoka
