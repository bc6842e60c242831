#pragma once

#include "pdfsourcepage.h"
#include "record.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace Hyoka {

class PdfPageScroll;

// The detail panel's source: the PDF page a record was read from, rendered on a
// worker thread, with the record's row outlined; a message instead when the file is
// gone or changed (docs/pdf.md, "In the window"). Only the newest record's page is
// shown: a render for a record no longer current is dropped.
class PdfSourceView : public QWidget
{
    Q_OBJECT
public:
    explicit PdfSourceView(QWidget *parent = nullptr);
    ~PdfSourceView() override; // waits for a render in flight

    // Renders the page of `record` (nothing for a record not read from a PDF).
    void showRecord(const std::optional<Record> &record);
    // A render for the current record is pending.
    bool isLoading() const { return m_wanted.has_value(); }
    // What is on view: the page, its row and the message.
    const PdfSourcePage &shown() const { return m_shown; }
    PdfPageScroll *pageView() const { return m_page; }
    // The page at the size of most of the screen; it follows the current record.
    void openLarger();
    QDialog *largerDialog() const { return m_dialog; }

    // The page is rendered once at this resolution and scaled for the panel and the
    // larger view.
    static constexpr double renderDpi = 150;

signals:
    // The current record's page (or its message) is on view.
    void pageShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void startRender();
    void renderFinished();
    void display();
    void retranslate();

    QThreadPool m_pool;
    QFutureWatcher<PdfSourcePage> m_watcher;
    std::optional<Record> m_wanted;   // the record whose page should come next
    std::optional<Record> m_rendering; // the record of the render in flight
    std::optional<Record> m_current;  // the record shown (or being rendered)
    PdfSourcePage m_shown;
    QLabel *m_status;
    PdfPageScroll *m_page;
    QPushButton *m_larger;
    QPointer<QDialog> m_dialog;
    PdfPageScroll *m_largerPage = nullptr;
};

} // namespace Hyoka
