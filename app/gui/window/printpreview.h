#pragma once

#include <QPrintPreviewDialog>

class QAction;
class QPrintPreviewWidget;

namespace Hyoka {

// The print preview as office programs open it: as large as the screen allows
// (maximised), the page at the window's width, PageDown and PageUp turning the pages
// wherever the focus is in the preview (docs/charts-and-report.md).
class PrintPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT
public:
    explicit PrintPreviewDialog(QPrinter *printer, QWidget *parent = nullptr);

    QPrintPreviewWidget *previewWidget() const { return m_preview; }
    // Goes `delta` pages forward (backward when negative), within the document.
    void turnPages(int delta);

    void setVisible(bool visible) override;

private:
    QPrintPreviewWidget *m_preview;
    QAction *m_nextPage = nullptr;
    QAction *m_previousPage = nullptr;
};

} // namespace Hyoka
