// The window as a desktop application meets a new user (docs/install.md): the first
// start loads the bundled sample without a dialog (its warnings wait in a status-bar
// notice that opens the list, naming the sample by its file name); a C or POSIX
// locale gives the Japanese window; the print preview opens as large as the screen,
// at the page's width, and PageDown/PageUp turn its pages.
//
// main() below runs the test in the C locale (LC_ALL=C.UTF-8), as servers and CI do.
#include "chartpanel.h"
#include "importcontroller.h"
#include "importjob.h"
#include "importnotice.h"
#include "importwarningsdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "printpreview.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGraphicsView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Hyoka;

namespace {

const QString sampleName = QStringLiteral("kawasaki_r3_evaluation.md");

// Records every dialog that becomes visible while it lives (and closes it, so that a
// modal one cannot block the test).
class DialogWatch
{
public:
    DialogWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(w);
                if (dialog && dialog->isVisible()) {
                    m_seen.append(dialog->windowTitle());
                    dialog->reject();
                }
            }
        });
        m_timer.start(5);
    }
    QStringList seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

void removeDefaultDatabase()
{
    const QString db = ReviewDatabase::defaultLocation();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(db + suffix);
}

// Paints `pages` numbered pages.
void paintPages(QPrinter *printer, int pages)
{
    QPainter painter(printer);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            printer->newPage();
        painter.drawText(QPointF(100, 100), QStringLiteral("page %1").arg(page));
    }
}

} // namespace

class tst_Desktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void languageForLocale_data();
    void languageForLocale();
    void cLocaleGivesTheJapaneseWindow();
    void firstStartIsQuiet();
    void embeddedFilesAreNamedByFileName();
    void quietOnlyWhenAsked_data();
    void quietOnlyWhenAsked();
    void importSummaryByBureauAndYear();
    void printPreviewFillsTheScreenAtPageWidth();
    void pageKeysTurnPages_data();
    void pageKeysTurnPages();
    void reportPreviewIsTheOfficePreview();

private:
    QTemporaryDir m_dir;
};

void tst_Desktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_Desktop::languageForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("C (LANG=C, no locale)") << QLocale::c() << QStringLiteral("ja");
    QTest::newRow("C.UTF-8") << QLocale(QStringLiteral("C.UTF-8")) << QStringLiteral("ja");
    QTest::newRow("POSIX") << QLocale(QStringLiteral("POSIX")) << QStringLiteral("ja");
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("ja");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("en");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("en");
    QTest::newRow("de_DE: no translation, English") << QLocale(QLocale::German, QLocale::Germany)
                                                    << QStringLiteral("en");
}

void tst_Desktop::languageForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageManager::languageForLocale(locale), language);
}

void tst_Desktop::cLocaleGivesTheJapaneseWindow()
{
    // main() put this process in the C locale, as LANG=C does.
    QCOMPARE(QLocale::system().language(), QLocale::C);
    QCOMPARE(LanguageManager::systemLanguage(), QStringLiteral("ja"));
    LanguageManager language;
    QVERIFY(language.setPreference(QString())); // follow the system
    QCOMPARE(language.language(), QStringLiteral("ja"));
    MainWindow window(&language);
    const auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("ファイル(&F)"));
    // The Language menu and --language still override the system.
    QVERIFY(language.setPreference(QStringLiteral("en")));
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
}

void tst_Desktop::firstStartIsQuiet()
{
    // A new user in a C locale: no settings, no database.
    QSettings().clear();
    removeDefaultDatabase();
    LanguageManager language;
    QVERIFY(language.setPreference(QString()));
    MainWindow window(&language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tester(window.recordView()->model());

    DialogWatch watch;
    QVERIFY(TestSupport::openStartupDatabase(window));
    ImportJob *job = window.currentImport();
    QVERIFY(job);
    QVERIFY(TestSupport::waitForImport(job));
    QVERIFY(waitForAnswers(window.browser()));
    QCOMPARE(window.recordView()->model()->rowCount(), 38);
    auto *notice = window.findChild<ImportNotice *>(QStringLiteral("importNotice"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(watch.seen(), QStringList()); // no dialog before (or with) the first data

    // The notice: how many warnings, of which file, never the resource path.
    const QList<ImportWarning> warnings = notice->warnings();
    QVERIFY(!warnings.isEmpty());
    for (const ImportWarning &w : warnings) {
        QCOMPARE(w.file, sampleName);
        QVERIFY(w.line > 0);
    }
    QVERIFY(notice->text().contains(QString::number(warnings.size())));
    QVERIFY(notice->toolTip().contains(sampleName));
    QVERIFY(!notice->toolTip().contains(QStringLiteral(":/")));

    // A click opens the list, which leaves the window usable.
    QTest::mouseClick(notice, Qt::LeftButton);
    auto *list = window.findChild<ImportWarningsDialog *>();
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QVERIFY(!list->isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    const QString text = list->warningsText();
    QCOMPARE(text.count(u'\n') + 1, warnings.size());
    QVERIFY(text.startsWith(sampleName + u':'));
    QVERIFY(!text.contains(QStringLiteral(":/sample")));
    // A second click raises the same list.
    QTest::mouseClick(notice, Qt::LeftButton);
    QCOMPARE(window.findChildren<ImportWarningsDialog *>().size(), 1);
    list->close();
}

void tst_Desktop::embeddedFilesAreNamedByFileName()
{
    QCOMPARE(ImportJob::displayName(MainWindow::sampleResourcePath()), sampleName);
    const QString real = QStringLiteral(HYOKA_SEED_FILE);
    QCOMPARE(ImportJob::displayName(real), real);
    // Also in a failure's message.
    ImportJob job(m_dir.filePath(QStringLiteral("errors.sqlite")), { QStringLiteral(":/sample/missing.md") });
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.errors().size(), 1);
    QVERIFY2(job.errors().first().startsWith(QStringLiteral("missing.md")), qPrintable(job.errors().first()));
}

void tst_Desktop::quietOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("quiet");
    QTest::newRow("an import the user started: the warnings dialog") << false;
    QTest::newRow("quiet (the sample): the notice's signal") << true;
}

void tst_Desktop::quietOnlyWhenAsked()
{
    QFETCH(bool, quiet);
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ImportController imports(&window);
    QSignalSpy noticed(&imports, &ImportController::warningsNoticed);
    const QString db = m_dir.filePath(QStringLiteral("quiet-%1.sqlite").arg(quiet));
    ImportJob *job = imports.import(db, { QStringLiteral(HYOKA_SEED_FILE) },
                                    quiet ? ImportController::Feedback::Quiet
                                          : ImportController::Feedback::Dialogs);
    QVERIFY(job);
    QVERIFY(TestSupport::waitForImport(job));
    QCoreApplication::processEvents();
    auto *dialog = window.findChild<ImportWarningsDialog *>();
    if (quiet) {
        QVERIFY(!dialog);
        QCOMPARE(noticed.size(), 1);
        // A real file keeps its path: the user knows where it is.
        QCOMPARE(noticed.at(0).at(0).toString(), QStringLiteral(HYOKA_SEED_FILE));
        QCOMPARE(noticed.at(0).at(1).toInt(), 38);
    } else {
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(noticed.size(), 0);
        dialog->reject();
    }
}

void tst_Desktop::importSummaryByBureauAndYear()
{
    // Another city's table with a 合計 row that is 10 off in its settlement.
    const QString csv = m_dir.filePath(QStringLiteral("city_r7.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("事業番号,事務事業名,担当部,担当課,予算額(千円),決算額(千円),今後の方向性\n"
                              "1,A事業,企画部,企画課,100,90,継続\n"
                              "2,B事業,総務部,総務課,200,180,拡充\n"
                              ",合計,,,300,280,\n")
                       .toUtf8());
    file.close();
    ReadOptions cityOptions;
    cityOptions.defaultYear = 2025;

    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ImportController imports(&window);
    QSignalSpy history(&imports, &ImportController::historyRequested);
    const QString db = m_dir.filePath(QStringLiteral("summary.sqlite"));
    ImportJob *job = imports.import(db, { QStringLiteral(HYOKA_SEED_FILE), csv },
                                    ImportController::Feedback::Dialogs, { ReadOptions {}, cityOptions });
    QVERIFY(job);
    QVERIFY(TestSupport::waitForImport(job));
    QCoreApplication::processEvents();
    auto *dialog = window.findChild<ImportWarningsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Two files: each row names its file, then bureau, year, records, new, updated.
    const QStringList rows = dialog->groupsText().split(u'\n');
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows.at(0).startsWith(QStringLiteral(HYOKA_SEED_FILE "\tこども未来局\tFY2021\t30\t30\t0\t")),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).startsWith(QStringLiteral(HYOKA_SEED_FILE "\t総務企画局\tFY2021\t8\t8\t0\t")),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).startsWith(csv + QStringLiteral("\t企画部\tFY2025\t1\t1\t0\t100\t90")),
             qPrintable(rows.at(2)));
    QVERIFY2(rows.at(3).startsWith(csv + QStringLiteral("\t総務部\tFY2025\t1\t1\t0\t200\t180")),
             qPrintable(rows.at(3)));
    // The disagreeing total is a warning naming the file and the totals row's line.
    const QString totalsLine = dialog->warningsText().split(u'\n').filter(csv + QStringLiteral(":4: ")).value(0);
    QVERIFY2(totalsLine.contains(QStringLiteral("\"合計\"")) && totalsLine.contains(QStringLiteral("280"))
                     && totalsLine.contains(QStringLiteral("270")),
             qPrintable(dialog->warningsText()));
    QPushButton *historyButton = nullptr;
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text().contains(QStringLiteral("History")))
            historyButton = b;
    QVERIFY(historyButton);
    historyButton->click();
    QCOMPARE(history.size(), 1);
    dialog->reject();
    QTRY_VERIFY(!window.findChild<ImportWarningsDialog *>());

    // The same file again: one file, so no file column; both records updated.
    job = imports.import(db, { csv }, ImportController::Feedback::Dialogs, { cityOptions });
    QVERIFY(job);
    QVERIFY(TestSupport::waitForImport(job));
    QCoreApplication::processEvents();
    dialog = window.findChild<ImportWarningsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->groupsText().split(u'\n').first().section(u'\t', 0, 4),
             QStringLiteral("企画部\tFY2025\t1\t0\t1"));
    dialog->reject();
}

void tst_Desktop::printPreviewFillsTheScreenAtPageWidth()
{
    QWidget parent;
    parent.resize(400, 300);
    parent.show();
    QPrinter printer(QPrinter::HighResolution);
    PrintPreviewDialog dialog(&printer, &parent);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [](QPrinter *p) { paintPages(p, 3); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPrintPreviewWidget *preview = dialog.previewWidget();
    QVERIFY(preview);
    QCOMPARE(preview->zoomMode(), QPrintPreviewWidget::FitToWidth);
    // The toolbar says so too.
    auto *fitWidth = dialog.findChild<QAction *>(QStringLiteral("fitWidthAction"));
    QVERIFY(fitWidth);
    QVERIFY(fitWidth->isChecked());
    QTRY_COMPARE(preview->pageCount(), 3);
    const QRect available = parent.screen()->availableGeometry();
    QVERIFY(dialog.isMaximized());
    QTRY_COMPARE(dialog.frameGeometry(), available);
    // At the page's width the page is far larger than the 38 % a small window gave.
    QVERIFY(preview->zoomFactor() > 0.5);
}

void tst_Desktop::pageKeysTurnPages_data()
{
    QTest::addColumn<QString>("focus"); // "pages" (the page view) or "field" (page number)
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("page");
    const int down = Qt::Key_PageDown;
    const int up = Qt::Key_PageUp;
    QTest::newRow("PageDown") << "pages" << QList<int> { down } << 2;
    QTest::newRow("PageDown twice") << "pages" << QList<int> { down, down } << 3;
    QTest::newRow("and PageUp") << "pages" << QList<int> { down, down, up } << 2;
    QTest::newRow("stops at the last page") << "pages" << QList<int>(6, down) << 4;
    QTest::newRow("stops at the first page") << "pages" << QList<int> { up } << 1;
    QTest::newRow("from the page-number field") << "field" << QList<int> { down } << 2;
}

void tst_Desktop::pageKeysTurnPages()
{
    QFETCH(QString, focus);
    QFETCH(QList<int>, keys);
    QFETCH(int, page);
    QPrinter printer(QPrinter::HighResolution);
    PrintPreviewDialog dialog(&printer);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [](QPrinter *p) { paintPages(p, 4); });
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QPrintPreviewWidget *preview = dialog.previewWidget();
    QTRY_COMPARE(preview->pageCount(), 4);
    QCOMPARE(preview->currentPage(), 1);
    // The page-number field (the other line edit is the zoom box's).
    QLineEdit *field = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (!qobject_cast<QComboBox *>(edit->parentWidget()))
            field = edit;
    }
    QVERIFY(field);
    QCOMPARE(field->text(), QStringLiteral("1"));
    QWidget *target = focus == u"field" ? static_cast<QWidget *>(field)
                                        : preview->findChild<QGraphicsView *>();
    QVERIFY(target);
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    for (const int key : keys)
        QTest::keyClick(target, Qt::Key(key));
    QTRY_COMPARE(preview->currentPage(), page);
    QCOMPARE(field->text(), QString::number(page)); // the toolbar follows
}

void tst_Desktop::reportPreviewIsTheOfficePreview()
{
    // The report's and the chart's previews are this dialog.
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("preview.sqlite")), &error), qPrintable(error));
    QCOMPARE(RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE)).inserted, 38);
    ChartPanel panel;
    panel.setDatabase(&db);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (const auto open : { &ChartPanel::reportPreview, &ChartPanel::printPreview }) {
        QPrintPreviewWidget::ZoomMode zoom = QPrintPreviewWidget::CustomZoom;
        bool maximised = false;
        bool closed = false;
        // The report's preview opens once its data is read (on the read service).
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<PrintPreviewDialog *>(w); d && d->isVisible()) {
                    poll.stop();
                    zoom = d->previewWidget()->zoomMode();
                    maximised = d->isMaximized();
                    d->reject();
                    closed = true;
                }
            }
        });
        poll.start();
        (panel.*open)();
        QVERIFY(QTest::qWaitFor([&closed] { return closed; }, 30000));
        QCOMPARE(zoom, QPrintPreviewWidget::FitToWidth);
        QVERIFY(maximised);
    }
}

int main(int argc, char *argv[])
{
    // The locale of servers, CI and minimal desktops (set before Qt reads it).
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_MESSAGES");
    QApplication app(argc, argv);
    tst_Desktop test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktop.moc"
