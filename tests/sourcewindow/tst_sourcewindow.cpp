// "Show source" for Markdown and CSV records (docs/years.md): the review window on a
// database imported from the bundled seed shows, in the detail panel's Source tab, the
// seed's lines around the record's line with that line highlighted, read on a worker;
// a changed file is warned about; a moved file is named and can be located again,
// accepted only when it is the file imported (SHA-256).
#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recorddetailpanel.h"
#include "recordtablemodel.h"
#include "textsourceview.h"
#include "recordreader.h"
#include "recordsink.h"
#include "windowtest.h"
#include "xlsxbuilder.h"

#include <QDialog>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>

#include <memory>

using namespace Hyoka;

class tst_SourceWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void highlightedLine_data();
    void highlightedLine();
    void sourceTabStaysChosen();
    void changedFileIsWarned();
    void movedFileCanBeLocated();
    void languageChangeReadsAgain();
    void xlsxRowCells();

private:
    bool select(const QString &name);
    bool waitForLines() const;
    TextSourceView *source() const { return m_window->detailPanel()->textSourceView(); }
    // The rows of the lines view: number and text, and the highlighted row's index.
    QStringList shownLines(int *highlighted) const;

    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir; // the database and a copy of the seed
    QString m_seed;
};

void tst_SourceWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = m_dir.filePath(QStringLiteral("kawasaki_r3_evaluation.md"));
    QVERIFY(QFile::copy(QStringLiteral(HYOKA_SEED_FILE), m_seed));
    QVERIFY(QFile::setPermissions(m_seed, QFile::ReadOwner | QFile::WriteOwner));
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
    m_window = TestSupport::openWindow(m_language.get(), m_dir.filePath(QStringLiteral("review.sqlite")));
    QVERIFY(m_window);
    const auto outcome = TestSupport::importThroughWindow(m_window.get(), { m_seed });
    QVERIFY2(outcome && outcome->errors.isEmpty() && outcome->imported > 10,
             outcome ? qPrintable(outcome->errors.join(u'\n')) : "the import did not finish");
    QVERIFY(waitForAnswers(m_window->browser()));
    TestSupport::rejectOpenDialogs(m_window.get());
}

void tst_SourceWindow::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
}

void tst_SourceWindow::init()
{
    QVERIFY(TestSupport::activate(m_window.get()));
}

bool tst_SourceWindow::select(const QString &name)
{
    return TestSupport::selectProject(m_window.get(), name);
}

bool tst_SourceWindow::waitForLines() const
{
    return QTest::qWaitFor([this] { return !source()->isLoading(); }, 30000);
}

QStringList tst_SourceWindow::shownLines(int *highlighted) const
{
    *highlighted = -1;
    int count = 0; // rows highlighted: one, or none (then -1)
    QStringList lines;
    QTextDocument *doc = source()->textView()->document();
    QTextTable *table = nullptr;
    for (QTextBlock b = doc->begin(); b.isValid() && !table; b = b.next())
        table = QTextCursor(b).currentTable();
    if (!table)
        return lines;
    for (int row = 0; row < table->rows(); ++row) {
        const QString number = table->cellAt(row, 0).firstCursorPosition().block().text().trimmed();
        const QString text = table->cellAt(row, 1).firstCursorPosition().block().text();
        if (table->cellAt(row, 1).format().background().style() != Qt::NoBrush) {
            *highlighted = row;
            ++count;
        }
        lines << number + u' ' + text;
    }
    if (count != 1)
        *highlighted = -1;
    return lines;
}

void tst_SourceWindow::highlightedLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("first record") << QStringLiteral("地域子育て支援事業");
    QTest::newRow("mid table") << QStringLiteral("公立保育所運営事業");
    QTest::newRow("second table") << QStringLiteral("幼児教育推進事業");
}

void tst_SourceWindow::highlightedLine()
{
    QFETCH(QString, name);
    QVERIFY(select(name));
    RecordDetailPanel *panel = m_window->detailPanel();
    const Record record = *panel->record();
    QVERIFY(panel->tabTexts().contains(QStringLiteral("Source (line %1)").arg(record.sourceLine)));
    QVERIFY(panel->showSourcePage());
    QVERIFY(panel->isSourceShown());
    QVERIFY(source()->isVisible());
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().status, SourceExcerpt::Status::Ok);
    QVERIFY2(source()->headerText().contains(QStringLiteral("kawasaki_r3_evaluation.md, line %1")
                                                     .arg(record.sourceLine)),
             qPrintable(source()->headerText()));
    QVERIFY2(source()->headerText().contains(QStringLiteral("SHA-256 matches")), qPrintable(source()->headerText()));
    QVERIFY(source()->warningText().isEmpty());
    QVERIFY(!source()->locateButton()->isVisible());

    int highlighted = -1;
    const QStringList lines = shownLines(&highlighted);
    QCOMPARE(lines.size(), 7);
    QVERIFY(highlighted >= 0);
    const QString own = lines.at(highlighted);
    QVERIFY2(own.startsWith(QStringLiteral("%1 | ").arg(record.sourceLine))
                     && own.contains(QStringLiteral("| %1 |").arg(record.code)),
             qPrintable(own.left(80)));
    // The rows around it are numbered one by one.
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY(lines.at(i).startsWith(QString::number(record.sourceLine - highlighted + i)));
}

void tst_SourceWindow::sourceTabStaysChosen()
{
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(select(QStringLiteral("地域子育て支援事業")));
    QVERIFY(panel->showSourcePage());
    QVERIFY(select(QStringLiteral("児童手当支給事業")));
    QVERIFY(panel->isSourceShown());
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().line, panel->record()->sourceLine);
    panel->findChild<QTabBar *>(QStringLiteral("detailTabs"))->setCurrentIndex(0);
    QVERIFY(!panel->isSourceShown());
}

void tst_SourceWindow::changedFileIsWarned()
{
    QFile file(m_seed);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n<!-- edited -->\n");
    file.close();
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(select(QStringLiteral("小児医療費助成事業")));
    QVERIFY(panel->showSourcePage());
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().status, SourceExcerpt::Status::Changed);
    QVERIFY2(source()->warningText().contains(QStringLiteral("changed since it was imported on")),
             qPrintable(source()->warningText()));
    QVERIFY(source()->headerText().contains(QStringLiteral("SHA-256 differs")));
    int highlighted = -1;
    const QStringList lines = shownLines(&highlighted);
    QVERIFY(highlighted >= 0 && lines.at(highlighted).contains(panel->record()->code));
    // Back as imported.
    QVERIFY(QFile::remove(m_seed));
    QVERIFY(QFile::copy(QStringLiteral(HYOKA_SEED_FILE), m_seed));
    QVERIFY(QFile::setPermissions(m_seed, QFile::ReadOwner | QFile::WriteOwner));
}

void tst_SourceWindow::movedFileCanBeLocated()
{
    const QString moved = m_dir.filePath(QStringLiteral("moved.md"));
    QVERIFY(QFile::rename(m_seed, moved));
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(select(QStringLiteral("待機児童対策事業")));
    QVERIFY(panel->showSourcePage());
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().status, SourceExcerpt::Status::Missing);
    QVERIFY2(source()->warningText().contains(m_seed) && source()->warningText().contains(QStringLiteral("not found")),
             qPrintable(source()->warningText()));
    QVERIFY(source()->locateButton()->isVisible());

    // Another file is refused, with the reason.
    const QString other = m_dir.filePath(QStringLiteral("other.md"));
    QFile otherFile(other);
    QVERIFY(otherFile.open(QIODevice::WriteOnly));
    otherFile.write("| 1 | x |\n");
    otherFile.close();
    source()->useFile(other);
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().status, SourceExcerpt::Status::Missing);
    QVERIFY2(source()->warningText().contains(QStringLiteral("not the file that was imported")),
             qPrintable(source()->warningText()));
    QVERIFY(source()->locateButton()->isVisible());

    // The file itself is taken, and kept for the next record of the same file.
    source()->useFile(moved);
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().status, SourceExcerpt::Status::Ok);
    QCOMPARE(source()->shown().filePath, moved);
    QVERIFY(!source()->locateButton()->isVisible());
    QVERIFY(select(QStringLiteral("認可保育所整備事業")));
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().status, SourceExcerpt::Status::Ok);
    QCOMPARE(source()->shown().filePath, moved);
    QVERIFY(QFile::rename(moved, m_seed));
}

// Switching the language reads the lines again (the messages come from the read).
void tst_SourceWindow::languageChangeReadsAgain()
{
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(select(QStringLiteral("地域子育て支援事業")));
    QVERIFY(panel->showSourcePage());
    QVERIFY(waitForLines());
    QVERIFY(m_language->setPreference(QStringLiteral("ja")));
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().status, SourceExcerpt::Status::Ok);
    QVERIFY(source()->textView()->toPlainText().contains(panel->record()->code));
    QVERIFY(m_language->setPreference(QStringLiteral("en")));
    QVERIFY(waitForLines());
    QCOMPARE(source()->shown().status, SourceExcerpt::Status::Ok);
    QVERIFY(panel->isSourceShown());
}

// An XLSX record: Source (row N), the sheet and row named, the row's cells by column.
void tst_SourceWindow::xlsxRowCells()
{
    const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", QStringLiteral("令和3年度 こども未来局")) + "</row>"
            + "<row r=\"2\">" + inlineCell("A2", QStringLiteral("事務事業コード"))
            + inlineCell("B2", QStringLiteral("事務事業名")) + "</row>"
            + "<row r=\"3\"><c r=\"A3\"><v>20101010</v></c>" + inlineCell("B3", QStringLiteral("地域子育て支援事業"))
            + "</row>";
    const QString path = m_dir.filePath(QStringLiteral("r3.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(workbook({ { QStringLiteral("こども未来局"), sheetXml(rows) } }));
    file.close();
    CollectingSink sink;
    QString error;
    QVERIFY(RecordReader::readFile(path, sink, {}, &error));
    QCOMPARE(sink.records.size(), 1);
    SourceImport import;
    import.fileName = path;
    import.sha256 = SourceExcerpt::sha256(path);
    import.importedAt = QDateTime::currentDateTimeUtc();
    RecordDetailPanel panel;
    panel.resize(500, 700);
    panel.show();
    panel.showRecord(sink.records.first(), {}, import);
    QCOMPARE(panel.tabTexts(), (QStringList { QStringLiteral("Details"), QStringLiteral("Source (row 3)") }));
    QVERIFY(panel.showSourcePage());
    TextSourceView *view = panel.textSourceView();
    QVERIFY(QTest::qWaitFor([view] { return !view->isLoading(); }, 30000));
    QCOMPARE(view->shown().status, SourceExcerpt::Status::Sheet);
    QVERIFY2(view->headerText().contains(QStringLiteral("sheet こども未来局, row 3")), qPrintable(view->headerText()));
    const QString text = view->textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("20101010")) && text.contains(QStringLiteral("地域子育て支援事業")),
             qPrintable(text));
}

QTEST_MAIN(tst_SourceWindow)
#include "tst_sourcewindow.moc"
