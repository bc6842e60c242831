// The review window on the screens offices have (docs/keyboard-and-screens.md): it fits
// each size (each in a child process of its own, on the offscreen platform configured to
// that screen), names take the free width, the grid sorts like a spreadsheet, the charts
// fit their dock, and the Japanese of the charts and the report reads right. The
// keyboard is in tst_keyboard.
#include "chartpanel.h"
#include "facetbutton.h"
#include "filterbar.h"
#include "hyokachart.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recordtablemodel.h"
#include "reportoptions.h"
#include "reportwriter.h"

#include "screensfixture.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>


using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

QJsonArray rectJson(const QRect &r)
{
    return { r.x(), r.y(), r.width(), r.height() };
}

QRect jsonRect(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return QRect(a.at(0).toInt(), a.at(1).toInt(), a.at(2).toInt(), a.at(3).toInt());
}

// The child: the window on a screen of the size the platform was given, measured.
int screenChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    LanguageManager language;
    language.setPreference(QStringLiteral("ja"));
    MainWindow window(&language);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !openSample(&window, dir))
        return 2;
    window.selectRecords({ window.browser()->tableModel()->recordId(0) });
    QTest::qWait(50);
    QJsonObject out;
    out[QStringLiteral("screen")] = rectJson(window.screen()->availableGeometry());
    out[QStringLiteral("frame")] = rectJson(window.frameGeometry());
    out[QStringLiteral("maximized")] = window.isMaximized();
    out[QStringLiteral("minimumWidth")] = window.minimumSizeHint().width();
    QJsonArray elided;
    for (FacetButton *b : window.filterBar()->facetButtons()) {
        if (b->text() != b->fullText())
            elided << b->text();
    }
    out[QStringLiteral("elidedFacets")] = elided;
    // The flag editor's buttons: brought into view, they show whole.
    QJsonArray clipped;
    for (const char *name : { "saveButton", "revertButton" }) {
        auto *button = window.findChild<QPushButton *>(QLatin1String(name));
        for (QWidget *w = button; w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(button, 0, 0);
                break;
            }
        }
        QCoreApplication::processEvents();
        if (button->visibleRegion().boundingRect() != button->rect())
            clipped << QLatin1String(name);
    }
    out[QStringLiteral("clippedButtons")] = clipped;
    HyokaChart *chart = window.chartPanel()->chart();
    out[QStringLiteral("chartViewport")] = rectJson(chart->viewport()->rect());
    out[QStringLiteral("chartPlot")] = rectJson(chart->plotArea().toAlignedRect());
    out[QStringLiteral("chartLegend")] = rectJson(chart->legendArea().toAlignedRect());
    // The detail's facts: none is wider than the dock shows.
    QJsonArray cut;
    QWidget *detail = window.detailPanel();
    for (QLabel *label : detail->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        // Rows scrolled out of the dock's view are reachable; cut across they are not.
        const QRect shown = label->visibleRegion().boundingRect();
        if (shown.isEmpty())
            continue;
        if (label->sizeHint().width() > label->width() + 1 || shown.width() < label->width())
            cut << label->text();
    }
    out[QStringLiteral("cutFacts")] = cut;
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace

class tst_Screens : public QObject, private ScreensFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void windowFitsTheScreen_data();
    void windowFitsTheScreen();
    void namesTakeTheFreeWidth();
    void sortShowsTheTopAndAnUpArrow();
    void chartFitsItsDock();
    void japaneseWording();
};

void tst_Screens::initTestCase()
{
    openSampleWindow();
}

void tst_Screens::cleanupTestCase()
{
    closeWindow();
}

void tst_Screens::cleanup()
{
    showAllRecords();
}

void tst_Screens::windowFitsTheScreen_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("maximized");
    QTest::newRow("1366x768 laptop") << 1366 << 768 << true;
    QTest::newRow("1024x700") << 1024 << 700 << true;
    QTest::newRow("1024x600 netbook") << 1024 << 600 << true;
    QTest::newRow("1920x1080 monitor") << 1920 << 1080 << false;
}

void tst_Screens::windowFitsTheScreen()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, maximized);
    // Qt 6.4's offscreen platform takes its screens from a JSON file.
    const QString config = m_dir.filePath(QStringLiteral("screen-%1x%2.json").arg(width).arg(height));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QJsonObject screen { { QStringLiteral("name"), QStringLiteral("office") },
                               { QStringLiteral("x"), 0 },
                               { QStringLiteral("y"), 0 },
                               { QStringLiteral("width"), width },
                               { QStringLiteral("height"), height },
                               { QStringLiteral("logicalDpi"), 96 },
                               { QStringLiteral("logicalBaseDpi"), 96 },
                               { QStringLiteral("dpr"), 1 } };
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("screens"), QJsonArray { screen } } }).toJson());
    file.close();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
    env.insert(QStringLiteral("HYOKA_SCREEN_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    const QByteArray output = child.readAllStandardOutput();
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    const QJsonObject m = QJsonDocument::fromJson(output.trimmed().split('\n').constLast()).object();
    QVERIFY2(!m.isEmpty(), output.constData());

    const QRect available = jsonRect(m.value(QStringLiteral("screen")));
    QCOMPARE(available.size(), QSize(width, height));
    const QRect frame = jsonRect(m.value(QStringLiteral("frame")));
    QVERIFY2(available.contains(frame), output.constData());
    QCOMPARE(m.value(QStringLiteral("maximized")).toBool(), maximized);
    QVERIFY2(m.value(QStringLiteral("minimumWidth")).toInt() <= width, output.constData());
    QVERIFY2(m.value(QStringLiteral("elidedFacets")).toArray().isEmpty(), output.constData());
    QVERIFY2(m.value(QStringLiteral("clippedButtons")).toArray().isEmpty(), output.constData());
    QVERIFY2(m.value(QStringLiteral("cutFacts")).toArray().isEmpty(), output.constData());
    const QRect viewport = jsonRect(m.value(QStringLiteral("chartViewport")));
    const QRect plot = jsonRect(m.value(QStringLiteral("chartPlot")));
    QVERIFY2(plot.height() > 20 && viewport.contains(plot), output.constData());
    const QRect legend = jsonRect(m.value(QStringLiteral("chartLegend")));
    QVERIFY2(legend.isEmpty() || viewport.contains(legend), output.constData());
}

void tst_Screens::namesTakeTheFreeWidth()
{
    m_window->resize(1920, 1000);
    QCoreApplication::processEvents();
    QHeaderView *header = view()->horizontalHeader();
    int total = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c))
            total += header->sectionSize(c);
    }
    QCOMPARE(total, view()->viewport()->width());
    const QModelIndex name = view()->model()->index(0, RecordTableModel::NameColumn);
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), name.data().toString());
    m_window->resize(1366, 768);
    QCoreApplication::processEvents();
}

void tst_Screens::sortShowsTheTopAndAnUpArrow()
{
    QHeaderView *header = view()->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
    const int column = RecordTableModel::BudgetColumn;
    const QRect section(header->sectionViewportPosition(column), 0, header->sectionSize(column), header->height());
    const QImage plain = header->grab(section).toImage();
    // The last row selected and in view.
    const int last = view()->model()->rowCount() - 1;
    const qint64 id = m_window->browser()->tableModel()->recordId(last);
    QCOMPARE(m_window->selectRecords({ id }), 1);
    QVERIFY(view()->verticalScrollBar()->value() > 0);
    view()->sortByColumn(column, Qt::AscendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
    QCoreApplication::processEvents();
    QCOMPARE(view()->verticalScrollBar()->value(), 0);
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(RecordTableModel::RecordIdRole).toLongLong(), id);

    // Ascending shows ▲: the arrow's rows widen downwards.
    const QImage sorted = header->grab(section).toImage();
    QCOMPARE(sorted.size(), plain.size());
    QList<int> widths(sorted.height(), 0);
    for (int y = 0; y < sorted.height(); ++y) {
        for (int x = 0; x < sorted.width(); ++x) {
            if (sorted.pixel(x, y) != plain.pixel(x, y))
                ++widths[y];
        }
    }
    QList<int> rows;
    for (int y = 0; y < widths.size(); ++y) {
        if (widths.at(y) > 0)
            rows << y;
    }
    QVERIFY2(rows.size() >= 3, "no sort arrow drawn");
    // The arrow: the first rows that differ, before the text (if any) changes.
    QList<int> arrow;
    for (int y = rows.first(); y < widths.size() && widths.at(y) > 0; ++y)
        arrow << widths.at(y);
    QVERIFY2(arrow.size() >= 3, "the arrow is too small to tell");
    QVERIFY2(arrow.constLast() > arrow.constFirst(),
             qPrintable(QStringLiteral("arrow rows %1 wide at the top, %2 at the bottom")
                                .arg(arrow.constFirst())
                                .arg(arrow.constLast())));
    header->setSortIndicator(-1, Qt::AscendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
}

void tst_Screens::chartFitsItsDock()
{
    ChartPanel *panel = m_window->chartPanel();
    m_window->chartDock()->show();
    m_window->resizeDocks({ m_window->chartDock() }, { 320 }, Qt::Vertical);
    panel->setCurrentBureau(kodomo);
    panel->setCurrentChart(ChartPanel::Chart::BureauProjects);
    QTRY_VERIFY(!panel->isReading()); // the figures come from the read service
    QCoreApplication::processEvents();
    HyokaChart *chart = panel->chart();
    // The chart is as tall as its dock leaves it, not as its 30 projects would need.
    QVERIFY(chart->height() <= m_window->chartDock()->height());
    QVERIFY(chart->requiredHeight() > chart->height());
    const QRect viewport = chart->viewport()->rect();
    QVERIFY(viewport.contains(chart->plotArea().toAlignedRect()));
    QVERIFY(viewport.contains(chart->legendArea().toAlignedRect()));
    // The projects scroll inside the chart.
    const int shown = chart->visibleCategories();
    QVERIFY(shown >= 1 && shown < 30);
    QVERIFY(chart->categoryScrollBar()->isVisible());
    QCOMPARE(chart->categoryWindow(), qMakePair(0, shown));
    chart->categoryScrollBar()->setValue(chart->categoryScrollBar()->maximum());
    QCOMPARE(chart->categoryWindow(), qMakePair(30 - shown, shown));
    QVERIFY(viewport.contains(chart->plotArea().toAlignedRect()));
    // A higher dock shows more of them.
    m_window->resizeDocks({ m_window->chartDock() }, { 560 }, Qt::Vertical);
    QCoreApplication::processEvents();
    QVERIFY(chart->visibleCategories() > shown);
    panel->setCurrentChart(ChartPanel::Chart::BureauTotals);
    QTRY_VERIFY(!panel->isReading());
    QVERIFY(!chart->categoryScrollBar()->isVisible());
}

void tst_Screens::japaneseWording()
{
    setLanguage(QStringLiteral("ja"));
    // A unit after money never takes 件; a count is never called a list (一覧).
    static const QRegularExpression moneyCount(QStringLiteral("円\\s*件"));
    static const QRegularExpression listAsCount(QStringLiteral("一覧\\s*[0-9０-９]|事務事業一覧"));
    static const QRegularExpression spaceBeforeNo(QStringLiteral("\\S の"));
    ChartPanel *panel = m_window->chartPanel();
    panel->setCurrentBureau(kodomo);
    QStringList texts;
    for (ChartPanel::Chart c : { ChartPanel::Chart::BureauTotals, ChartPanel::Chart::BureauProjects,
                                 ChartPanel::Chart::LevelMix, ChartPanel::Chart::ExecutionScatter }) {
        panel->setCurrentChart(c);
        QTRY_VERIFY(!panel->isReading()); // the figures come from the read service
        texts << panel->chart()->texts();
    }
    QVERIFY(texts.size() > 20);
    QVERIFY(texts.contains(QStringLiteral("事業数")));
    for (const QString &t : std::as_const(texts)) {
        QVERIFY2(!moneyCount.match(t).hasMatch(), qPrintable(t));
        QVERIFY2(!listAsCount.match(t).hasMatch(), qPrintable(t));
        QVERIFY2(!spaceBeforeNo.match(t).hasMatch(), qPrintable(t));
    }

    // The report's text layer.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    const QString pdf = m_dir.filePath(QStringLiteral("wording.pdf"));
    QString error;
    const std::unique_ptr<ReviewDatabase> db = TestSupport::connectionTo(*m_window);
    QVERIFY(db);
    QVERIFY2(ReportWriter::writePdf(*db, panel->reportOptions(), pdf, &error),
             qPrintable(error));
    QProcess p;
    p.start(pdftotext, { pdf, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(120000));
    const QString body = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(body.contains(kodomo));
    QVERIFY2(body.contains(QStringLiteral("事業数")), qPrintable(body.left(3000)));
    QVERIFY2(!moneyCount.match(body).hasMatch(), qPrintable(moneyCount.match(body).captured()));
    QVERIFY2(!listAsCount.match(body).hasMatch(), qPrintable(body.left(3000)));
    // The money of the title page: exact, then read in 億 and 万, without 件.
    QVERIFY2(body.contains(QRegularExpression(QStringLiteral("億[0-9,]+万円）"))), qPrintable(body.left(3000)));
    setLanguage(QStringLiteral("en"));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("HYOKA_SCREEN_CHILD"))
        return screenChild(argc, argv);
    QApplication app(argc, argv);
    tst_Screens test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screens.moc"
