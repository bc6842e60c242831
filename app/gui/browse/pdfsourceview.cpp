#include "pdfsourceview.h"

#include "pdfpagescroll.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hyoka {

namespace {

// The same row of the same file: its page need not be rendered again.
bool sameSource(const std::optional<Record> &a, const std::optional<Record> &b)
{
    return a && b && a->sourceFile == b->sourceFile && a->sourcePage == b->sourcePage
            && a->sourceLine == b->sourceLine && a->code == b->code && a->name == b->name
            && a->fiscalYear == b->fiscalYear && a->bureau == b->bureau;
}

} // namespace

PdfSourceView::PdfSourceView(QWidget *parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_page(new PdfPageScroll(this)),
      m_larger(new QPushButton(this))
{
    m_pool.setMaxThreadCount(1); // one page at a time; newer requests wait for it
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_page->setMinimumHeight(60);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // What is happening (or wrong) beside the button, the page below: the page gets
    // every pixel the dock has left.
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addStretch(0);
    top->addWidget(m_larger, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_page, 1);
    connect(m_larger, &QPushButton::clicked, this, &PdfSourceView::openLarger);
    connect(&m_watcher, &QFutureWatcher<PdfSourcePage>::finished, this, &PdfSourceView::renderFinished);
    retranslate();
    display();
}

PdfSourceView::~PdfSourceView()
{
    delete m_dialog; // before this object is half destroyed: it tells it so
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void PdfSourceView::showRecord(const std::optional<Record> &record)
{
    if (!record || !PdfSourcePage::isPdfRecord(*record)) {
        m_wanted.reset();
        m_current.reset();
        m_shown = PdfSourcePage();
        display();
        return;
    }
    if (sameSource(record, m_current))
        return; // on view, or on its way
    m_current = record;
    m_wanted = record;
    m_shown = PdfSourcePage();
    m_shown.page = record->sourcePage;
    display();
    if (!m_rendering)
        startRender();
}

void PdfSourceView::startRender()
{
    m_rendering = m_wanted; // still wanted until its page is on view
    const Record record = *m_rendering;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [record] {
        return PdfSourcePage::render(record, renderDpi);
    }));
}

void PdfSourceView::renderFinished()
{
    const std::optional<Record> rendered = std::exchange(m_rendering, std::nullopt);
    if (sameSource(rendered, m_current)) {
        m_shown = m_watcher.result();
        m_wanted.reset();
        display();
        emit pageShown();
    } else if (m_wanted) {
        startRender(); // the current record changed meanwhile: its page now
    }
}

void PdfSourceView::display()
{
    QString status;
    if (m_wanted)
        status = tr("Rendering page %1…").arg(m_shown.page);
    else if (!m_shown.message.isEmpty())
        status = m_shown.message;
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_page->setPage(m_shown.image, m_shown.rowRect);
    m_page->setVisible(m_shown.hasImage() || m_wanted);
    m_larger->setEnabled(m_shown.hasImage());
    if (m_largerPage) {
        m_largerPage->setPage(m_shown.image, m_shown.rowRect);
        m_dialog->setWindowTitle(tr("Page %1 of %2").arg(m_shown.page).arg(QFileInfo(m_shown.filePath).fileName()));
    }
}

void PdfSourceView::openLarger()
{
    if (!m_dialog) {
        m_dialog = new QDialog(this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setObjectName(QStringLiteral("pdfPageDialog"));
        auto *layout = new QVBoxLayout(m_dialog);
        m_largerPage = new PdfPageScroll(m_dialog);
        layout->addWidget(m_largerPage, 1);
        auto *hint = new QLabel(tr("Ctrl+wheel zooms."), m_dialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_dialog);
        auto *row = new QHBoxLayout;
        row->addWidget(hint, 1);
        row->addWidget(buttons);
        layout->addLayout(row);
        connect(buttons, &QDialogButtonBox::rejected, m_dialog, &QDialog::close);
        connect(m_dialog, &QObject::destroyed, this, [this] { m_largerPage = nullptr; });
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1024, 768);
        m_dialog->resize(screen.width() * 4 / 5, screen.height() * 9 / 10);
    }
    display();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_largerPage->scrollToRow();
}

void PdfSourceView::retranslate()
{
    m_larger->setText(tr("Open Page Larger…"));
    m_larger->setToolTip(tr("The whole page in a window of its own; it follows the selected project"));
    m_page->setAccessibleName(tr("Source page"));
}

void PdfSourceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The messages come from the render: render again in the new language.
        if (m_current && !m_shown.message.isEmpty()) {
            const std::optional<Record> record = std::exchange(m_current, std::nullopt);
            showRecord(record);
        } else {
            display();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace Hyoka
