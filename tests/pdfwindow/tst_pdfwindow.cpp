// The detail panel's Source tab (docs/pdf.md, "In the window"): the review window on a
// database imported from a test PDF shows a record's page, rendered on a worker, with
// the record's row outlined where Poppler's own word list places its name; a newer
// selection supersedes a render in flight; a moved file is said, not crashed on.
#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pdfpagescroll.h"
#include "pdfsourceview.h"
#include "pdfwords.h"
#include "recorddetailpanel.h"
#include "recordreader.h"
#include "recordsink.h"
#include "recordtablemodel.h"

#include "windowtest.h"

#include <QAbstractScrollArea>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hyoka;

class tst_PdfWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void pageWithTheRowOutlined_data();
    void pageWithTheRowOutlined();
    void newerSelectionSupersedesARender();
    void sourceTabStaysChosen();
    void largerPageFollows();
    void movedFileIsSaid();
    void noSourceTabForOtherFormats();

private:
    bool select(const QString &name);
    bool waitForPage() const;
    PdfSourceView *source() const { return m_window->detailPanel()->sourceView(); }

    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir; // the database and a copy of the PDF
    QString m_pdf;
};

void tst_PdfWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // A copy, so that a test may move it away.
    m_pdf = m_dir.filePath(QStringLiteral("kawasaki.pdf"));
    QVERIFY(QFile::copy(QStringLiteral(HYOKA_SOURCE_DIR "/tests/pdfreader/data/kawasaki_lo_landscape.pdf"),
                        m_pdf));
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setPreference(QStringLiteral("en")));
    m_window = TestSupport::openWindow(m_language.get(), m_dir.filePath(QStringLiteral("review.sqlite")));
    QVERIFY(m_window);
    // 38 records, only warnings (an empty first page, an indicator's units).
    const auto outcome = TestSupport::importThroughWindow(m_window.get(), { m_pdf });
    QVERIFY2(outcome && outcome->errors.isEmpty() && outcome->imported == 38,
             outcome ? qPrintable(outcome->errors.join(u'\n')) : "the import did not finish");
    QVERIFY(waitForAnswers(m_window->browser()));
    // Its warnings open a dialog.
    TestSupport::rejectOpenDialogs(m_window.get());
}

void tst_PdfWindow::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
}

void tst_PdfWindow::init()
{
    QVERIFY(TestSupport::activate(m_window.get()));
}

bool tst_PdfWindow::select(const QString &name)
{
    return TestSupport::selectProject(m_window.get(), name);
}

bool tst_PdfWindow::waitForPage() const
{
    return QTest::qWaitFor([this] { return !source()->isLoading(); }, 30000);
}

void tst_PdfWindow::pageWithTheRowOutlined_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("first row") << QStringLiteral("地域子育て支援事業");
    QTest::newRow("mid page") << QStringLiteral("公立保育所運営事業");
    QTest::newRow("last row of a page, split over the break") << QStringLiteral("里親制度推進事業");
    QTest::newRow("second bureau") << QStringLiteral("地域情報化推進事業");
}

void tst_PdfWindow::pageWithTheRowOutlined()
{
    QFETCH(QString, name);
    QVERIFY2(select(name), qPrintable(name));
    RecordDetailPanel *panel = m_window->detailPanel();
    const Record record = *panel->record();
    QVERIFY(record.sourcePage > 0);
    QCOMPARE(record.sourceFile, m_pdf);
    QVERIFY(panel->showSourcePage());
    auto *tabs = panel->findChild<QTabBar *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs && tabs->isVisible());
    QVERIFY(tabs->tabText(tabs->currentIndex()).contains(QString::number(record.sourcePage)));
    QVERIFY(panel->isSourceShown());
    QVERIFY(waitForPage());

    const PdfSourcePage &shown = source()->shown();
    QCOMPARE(shown.status, PdfSourcePage::Status::Ok);
    QCOMPARE(shown.page, record.sourcePage);
    QVERIFY(!shown.image.isNull());
    QVERIFY(shown.image.width() > 1000); // 842 pt at 150 dpi
    PdfPageScroll *view = source()->pageView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->image(), shown.image);

    // The outline as drawn, back in points, holds the name where Poppler's word list
    // places it (its first characters).
    const QRect drawn = view->outlineRect();
    QVERIFY(!drawn.isEmpty());
    const double pointsPerPixel = shown.pageSize.width() / view->widget()->width();
    const QRectF outline(QPointF(drawn.topLeft()) * pointsPerPixel,
                         QPointF(drawn.bottomRight() + QPoint(1, 1)) * pointsPerPixel);
    const QList<QRectF> words = TestSupport::textBoxes(m_pdf, record.sourcePage, record.name);
    QVERIFY(!words.isEmpty());
    const bool covered = std::any_of(words.cbegin(), words.cend(), [&](const QRectF &w) {
        return outline.adjusted(-1, -1, 1, 1).contains(w);
    });
    QVERIFY2(covered, qPrintable(QStringLiteral("outline %1,%2 %3×%4 pt")
                                         .arg(outline.x()).arg(outline.y())
                                         .arg(outline.width()).arg(outline.height())));
    // Less than a page: a row.
    QVERIFY(outline.height() < shown.pageSize.height() / 2);
    // Scrolled into view: the outline's middle is inside the page's viewport and
    // inside the dock's scroll area around the panel, on screen.
    QWidget *canvas = view->widget();
    for (QWidget *w = canvas->parentWidget(); w; w = w->parentWidget()) {
        if (!qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
            continue;
        const QPoint middle = canvas->mapTo(w, drawn.center());
        QVERIFY2(w->rect().contains(middle),
                 qPrintable(QStringLiteral("middle %1,%2 outside %3 of %4×%5")
                                    .arg(middle.x()).arg(middle.y())
                                    .arg(w->parentWidget()->objectName())
                                    .arg(w->width()).arg(w->height())));
    }
}

// Arrowing through the grid: the record selected last gets its page, the ones before
// are never shown.
void tst_PdfWindow::newerSelectionSupersedesARender()
{
    QVERIFY(m_window->detailPanel()->showSourcePage() || select(QStringLiteral("地域子育て支援事業")));
    QVERIFY(m_window->detailPanel()->showSourcePage());
    QVERIFY(waitForPage());
    QSignalSpy shownSpy(source(), &PdfSourceView::pageShown);
    QVERIFY(select(QStringLiteral("小児医療費助成事業")));
    QVERIFY(source()->isLoading());
    QVERIFY(select(QStringLiteral("保育料対策事業")));
    QVERIFY(waitForPage());
    QCOMPARE(shownSpy.count(), 1);
    const Record &record = *m_window->detailPanel()->record();
    QCOMPARE(source()->shown().page, record.sourcePage);
    QCOMPARE(source()->shown().status, PdfSourcePage::Status::Ok);
    QVERIFY(!source()->isLoading());
    // Nothing arrives later.
    QTest::qWait(300);
    QCOMPARE(shownSpy.count(), 1);
}

// Once chosen, the Source tab stays in front for the next PDF record.
void tst_PdfWindow::sourceTabStaysChosen()
{
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(select(QStringLiteral("地域子育て支援事業")));
    QVERIFY(panel->showSourcePage());
    QVERIFY(select(QStringLiteral("児童手当支給事業")));
    QVERIFY(panel->isSourceShown());
    QVERIFY(waitForPage());
    QCOMPARE(source()->shown().page, panel->record()->sourcePage);
    // The details are one click away.
    panel->findChild<QTabBar *>(QStringLiteral("detailTabs"))->setCurrentIndex(0);
    QVERIFY(!panel->isSourceShown());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("codeValue"))->isVisible());
    QVERIFY(!source()->isLoading());
}

void tst_PdfWindow::largerPageFollows()
{
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(select(QStringLiteral("地域子育て支援事業")));
    QVERIFY(panel->showSourcePage());
    QVERIFY(waitForPage());
    auto *button = source()->findChild<QPushButton *>();
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QDialog *dialog = source()->largerDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto *larger = dialog->findChild<PdfPageScroll *>();
    QVERIFY(larger);
    QCOMPARE(larger->image(), source()->shown().image);
    QVERIFY(!larger->outlineRect().isEmpty());
    // Wider than in the panel.
    QVERIFY(larger->widget()->width() > source()->pageView()->widget()->width());

    QVERIFY(select(QStringLiteral("地域情報化推進事業")));
    QVERIFY(waitForPage());
    QCOMPARE(larger->image(), source()->shown().image);
    QVERIFY(dialog->windowTitle().contains(QString::number(panel->record()->sourcePage)));
    dialog->close();
}

// The PDF was moved away after the import: the tab says where it was looked for.
void tst_PdfWindow::movedFileIsSaid()
{
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(select(QStringLiteral("地域子育て支援事業")));
    QVERIFY(panel->showSourcePage());
    QVERIFY(waitForPage());
    const QString moved = m_pdf + QStringLiteral(".moved");
    QVERIFY(QFile::rename(m_pdf, moved));
    QVERIFY(select(QStringLiteral("小児医療費助成事業")));
    QVERIFY(waitForPage());
    QVERIFY(QFile::rename(moved, m_pdf));
    QCOMPARE(source()->shown().status, PdfSourcePage::Status::Missing);
    QVERIFY(!source()->pageView()->isVisible());
    bool said = false;
    for (QLabel *label : source()->findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains(m_pdf) && label->text().contains(u"not found"));
    QVERIFY(said);
    QVERIFY(!source()->findChild<QPushButton *>()->isEnabled());

    // Back in place: the next record's page shows again.
    QVERIFY(select(QStringLiteral("児童手当支給事業")));
    QVERIFY(waitForPage());
    QCOMPARE(source()->shown().status, PdfSourcePage::Status::Ok);
}

// A record of a markdown file has a Source tab of lines (tst_sourcewindow), never the
// PDF page; a record with no source position has no tabs, as the panel always was.
void tst_PdfWindow::noSourceTabForOtherFormats()
{
    CollectingSink sink;
    QString error;
    QVERIFY(RecordReader::readFile(QStringLiteral(HYOKA_SEED_FILE), sink, {}, &error));
    RecordDetailPanel panel;
    panel.resize(400, 700);
    panel.show();
    auto *tabs = panel.findChild<QTabBar *>(QStringLiteral("detailTabs"));
    Record noSource = sink.records.first();
    noSource.sourceFile.clear();
    noSource.sourceLine = 0;
    panel.showRecord(noSource);
    QVERIFY(tabs && !tabs->isVisible());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("codeValue"))->isVisible());
    QVERIFY(!panel.showSourcePage());
    panel.showRecord(sink.records.first());
    QVERIFY(tabs->isVisible());
    QCOMPARE(panel.tabTexts().last(), QStringLiteral("Source (line %1)").arg(sink.records.first().sourceLine));
    QVERIFY(panel.showSourcePage());
    QVERIFY(!panel.sourceView()->isVisible());
    QVERIFY(!panel.sourceView()->isLoading());
    panel.findChild<QTabBar *>(QStringLiteral("detailTabs"))->setCurrentIndex(0);

    Record pdf = sink.records.first();
    pdf.sourceFile = m_pdf;
    pdf.sourcePage = 2;
    panel.showRecord(pdf);
    QVERIFY(tabs->isVisible());
    QVERIFY(!panel.sourceView()->isLoading()); // rendered only once the tab is chosen
    QVERIFY(panel.showSourcePage());
    QVERIFY(panel.sourceView()->isLoading());
    panel.showRecord(noSource);
    QVERIFY(!tabs->isVisible());
    QVERIFY(!panel.isSourceShown());
    QVERIFY(!panel.sourceView()->isLoading()); // the render in flight is dropped
}

QTEST_MAIN(tst_PdfWindow)
#include "tst_pdfwindow.moc"
