// SourceExcerpt ("Show source", docs/years.md): the lines around a record's line in the
// Markdown or CSV file it was read from, in the encodings the readers read, the record's
// own line right; a changed file warned about; a missing file named; a located file
// accepted only with the import's SHA-256.
#include "recordreader.h"
#include "recordsink.h"
#include "sourceexcerpt.h"
#include "xlsxbuilder.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

namespace {

const QString csvHeader = QStringLiteral("年度,局名,番号,事務事業コード,事務事業名,サービス分類,事務事業の概要,"
                                         "主な取組の実績,予算額(千円),決算額(千円),達成度,参考資料掲載頁");

// A CSV of `rows` projects, codes 20100001…, `eol` line ends.
QString csvTable(int rows, const QString &eol = QStringLiteral("\r\n"))
{
    QString text = csvHeader + eol;
    for (int i = 1; i <= rows; ++i)
        text += QStringLiteral("令和3年度,こども未来局,%1,%2,髙津の事業%3①,その他,概要,\"●実績 1,000件\",\"548,333\",\"521,252\",4,P1")
                        .arg(QString::number(i), QString::number(20100000 + i), QString::number(i))
                + eol;
    return text;
}

QList<Record> readFile(const QString &path)
{
    CollectingSink sink;
    QString error;
    if (!RecordReader::readFile(path, sink, ReadOptions(), &error))
        qWarning("%s", qPrintable(error));
    return sink.records;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

SourceImport importOf(const QString &stored, const QString &path)
{
    SourceImport import;
    import.fileName = stored;
    import.sha256 = SourceExcerpt::sha256(path);
    import.importedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    return import;
}

} // namespace

class TestSourceExcerpt : public QObject
{
    Q_OBJECT
private slots:
    void markdownSeed();
    void csvEncodings_data();
    void csvEncodings();
    void quotedLineBreaks();
    void firstAndLastLines();
    void longLineIsCut();
    void changedFile();
    void missingFile();
    void relativeToDatabase();
    void locatedFile();
    void sheetRecord();
    void sheetRowCells();
};

void TestSourceExcerpt::markdownSeed()
{
    const QString seed = QStringLiteral(HYOKA_SEED_FILE);
    const QList<Record> records = readFile(seed);
    QVERIFY(records.size() > 10);
    for (const Record &r : records) {
        QVERIFY(SourceExcerpt::isTextRecord(r));
        const SourceExcerpt e = SourceExcerpt::readLines(seed, r.sourceLine);
        QCOMPARE(e.status, SourceExcerpt::Status::Ok);
        QCOMPARE(e.encoding, QStringLiteral("UTF-8"));
        QVERIFY(e.recordIndex() >= 0);
        const QString own = e.lines.at(e.recordIndex());
        QVERIFY2(own.startsWith(u'|') && own.contains(QStringLiteral("| %1 |").arg(r.code)),
                 qPrintable(own.left(80)));
        QCOMPARE(e.firstLine, std::max(1, r.sourceLine - 3));
    }
    // The first record: three lines before, three after, numbered from the file's top.
    const Record &first = records.first();
    const SourceExcerpt e = SourceExcerpt::readLines(seed, first.sourceLine);
    QCOMPARE(e.lines.size(), 7);
    QCOMPARE(e.recordIndex(), 3);
}

void TestSourceExcerpt::csvEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString crlf = csvTable(30);
    const QString lf = csvTable(30, QStringLiteral("\n"));
    QTest::newRow("utf-8 LF") << lf.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 BOM CRLF") << QByteArray("\xEF\xBB\xBF" + crlf.toUtf8()) << QStringLiteral("UTF-8");
    QStringEncoder sjis("windows-31j");
    QTest::newRow("shift_jis CRLF") << QByteArray(sjis.encode(crlf)) << QStringLiteral("Shift_JIS (CP932)");
    QStringEncoder utf16(QStringConverter::Utf16LE);
    QTest::newRow("utf-16le BOM") << QByteArray("\xFF\xFE" + QByteArray(utf16.encode(crlf)))
                                  << QStringLiteral("UTF-16LE");
}

void TestSourceExcerpt::csvEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r3.csv"));
    QVERIFY(writeFile(path, bytes));
    const QList<Record> records = readFile(path);
    QCOMPARE(records.size(), 30);
    for (const Record &r : records) {
        const SourceExcerpt e = SourceExcerpt::read(r, importOf(r.sourceFile, path), QString());
        QCOMPARE(e.status, SourceExcerpt::Status::Ok);
        QCOMPARE(e.encoding, encoding);
        QCOMPARE(e.filePath, QDir::cleanPath(path));
        QVERIFY(e.message.isEmpty());
        const QString own = e.lines.at(e.recordIndex());
        QVERIFY2(own.contains(r.code) && own.contains(r.name), qPrintable(own));
        QVERIFY(!own.endsWith(u'\r'));
        QVERIFY(!own.startsWith(QChar(0xFEFF)));
    }
    // Line 1 (the header) has no lines before it.
    const SourceExcerpt top = SourceExcerpt::readLines(path, 1, 3);
    QCOMPARE(top.firstLine, 1);
    QCOMPARE(top.lines.size(), 4);
    QCOMPARE(top.lines.first(), csvHeader);
}

// A quoted cell holding line breaks: each record's line is the one its row starts on.
void TestSourceExcerpt::quotedLineBreaks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("multi.csv"));
    QString text = csvHeader + QStringLiteral("\r\n");
    for (int i = 1; i <= 4; ++i)
        text += QStringLiteral("令和3年度,こども未来局,%1,%2,事業%3,その他,\"概要の一行目\r\n二行目\r\n三行目\",実績,100,90,3,P1\r\n")
                        .arg(QString::number(i), QString::number(20100000 + i), QString::number(i));
    QVERIFY(writeFile(path, text.toUtf8()));
    const QList<Record> records = readFile(path);
    QCOMPARE(records.size(), 4);
    for (const Record &r : records) {
        const SourceExcerpt e = SourceExcerpt::readLines(path, r.sourceLine);
        QCOMPARE(e.status, SourceExcerpt::Status::Ok);
        QVERIFY2(e.lines.at(e.recordIndex()).contains(r.code), qPrintable(e.lines.at(e.recordIndex())));
        QCOMPARE(e.lines.value(e.recordIndex() + 1), QStringLiteral("二行目"));
    }
}

void TestSourceExcerpt::firstAndLastLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(writeFile(path, "a\nb\nc\nd\ne")); // no line end after the last
    SourceExcerpt e = SourceExcerpt::readLines(path, 5, 3);
    QCOMPARE(e.status, SourceExcerpt::Status::Ok);
    QCOMPARE(e.firstLine, 2);
    QCOMPARE(e.lines, (QStringList{ QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e") }));
    QCOMPARE(e.recordIndex(), 3);
    e = SourceExcerpt::readLines(path, 9, 3);
    QCOMPARE(e.status, SourceExcerpt::Status::NoLine);
    QVERIFY2(e.message.contains(QStringLiteral("has 5 line")), qPrintable(e.message));
    QCOMPARE(e.recordIndex(), -1);
}

void TestSourceExcerpt::longLineIsCut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    // A 3 MB line between two short ones: read in chunks, kept to maxLineChars.
    QVERIFY(writeFile(path, "first\n" + QByteArray(3 * 1024 * 1024, 'x') + "\nthird\n"));
    const SourceExcerpt e = SourceExcerpt::readLines(path, 2, 1);
    QCOMPARE(e.status, SourceExcerpt::Status::Ok);
    QCOMPARE(e.lines.size(), 3);
    QCOMPARE(e.lines.at(1).size(), SourceExcerpt::maxLineChars + 1);
    QVERIFY(e.lines.at(1).endsWith(QChar(0x2026)));
    QCOMPARE(e.lines.at(2), QStringLiteral("third"));
}

void TestSourceExcerpt::changedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r3.csv"));
    QVERIFY(writeFile(path, csvTable(5).toUtf8()));
    const QList<Record> records = readFile(path);
    QCOMPARE(records.size(), 5);
    const SourceImport import = importOf(records.at(2).sourceFile, path);
    QVERIFY(writeFile(path, csvTable(6).toUtf8())); // a row added since the import
    const SourceExcerpt e = SourceExcerpt::read(records.at(2), import, QString());
    QCOMPARE(e.status, SourceExcerpt::Status::Changed);
    QVERIFY2(e.message.contains(QStringLiteral("changed since it was imported on")), qPrintable(e.message));
    QVERIFY(e.lines.at(e.recordIndex()).contains(records.at(2).code)); // still shown
}

void TestSourceExcerpt::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.csv"));
    QVERIFY(writeFile(path, csvTable(3).toUtf8()));
    const QList<Record> records = readFile(path);
    const SourceImport import = importOf(records.first().sourceFile, path);
    QVERIFY(QFile::remove(path));
    const SourceExcerpt e = SourceExcerpt::read(records.first(), import, QString());
    QCOMPARE(e.status, SourceExcerpt::Status::Missing);
    QVERIFY(e.filePath.isEmpty());
    QVERIFY(!e.hasLines());
    QVERIFY2(e.message.contains(records.first().sourceFile) && e.message.contains(QStringLiteral("not found")),
             qPrintable(e.message));
}

void TestSourceExcerpt::relativeToDatabase()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")));
    const QString path = dir.filePath(QStringLiteral("data/r4.csv"));
    QVERIFY(writeFile(path, csvTable(4).toUtf8()));
    Record r = readFile(path).at(1);
    r.sourceFile = QStringLiteral("data/r4.csv"); // as `hyoka import data/r4.csv` stores it
    QCOMPARE(SourceExcerpt::findFile(r.sourceFile, QString()), QString()); // not in the current directory
    QCOMPARE(SourceExcerpt::findFile(r.sourceFile, dir.path()), QDir::cleanPath(path));
    const SourceExcerpt e = SourceExcerpt::read(r, importOf(r.sourceFile, path), dir.path());
    QCOMPARE(e.status, SourceExcerpt::Status::Ok);
    QVERIFY(e.lines.at(e.recordIndex()).contains(r.code));
}

void TestSourceExcerpt::locatedFile()
{
    QTemporaryDir dir;
    const QString moved = dir.filePath(QStringLiteral("moved.csv"));
    const QString other = dir.filePath(QStringLiteral("other.csv"));
    QVERIFY(writeFile(moved, csvTable(4).toUtf8()));
    QVERIFY(writeFile(other, csvTable(5).toUtf8()));
    Record r = readFile(moved).at(0);
    const SourceImport import = importOf(QStringLiteral("/nowhere/r4.csv"), moved);
    r.sourceFile = import.fileName;
    QCOMPARE(SourceExcerpt::read(r, import, QString()).status, SourceExcerpt::Status::Missing);
    const SourceExcerpt wrong = SourceExcerpt::read(r, import, QString(), other);
    QCOMPARE(wrong.status, SourceExcerpt::Status::Missing);
    QVERIFY2(wrong.message.contains(QStringLiteral("not the file that was imported")), qPrintable(wrong.message));
    const SourceExcerpt right = SourceExcerpt::read(r, import, QString(), moved);
    QCOMPARE(right.status, SourceExcerpt::Status::Ok);
    QCOMPARE(right.filePath, moved);
    QVERIFY(right.lines.at(right.recordIndex()).contains(r.code));
}

void TestSourceExcerpt::sheetRecord()
{
    Record r;
    r.sourceFile = QStringLiteral("r3.xlsx");
    r.sourceSheet = QStringLiteral("こども未来局");
    r.sourceLine = 12;
    QVERIFY(SourceExcerpt::isSheetRecord(r));
    QVERIFY(!SourceExcerpt::isTextRecord(r));
    Record pdf;
    pdf.sourceFile = QStringLiteral("r3.pdf");
    pdf.sourceLine = 4;
    pdf.sourcePage = 2;
    QVERIFY(!SourceExcerpt::hasSource(pdf));
}

void TestSourceExcerpt::sheetRowCells()
{
    // Two sheets; the record's row is on the second, after a title row.
    const QByteArray notes = sheetXml("<row r=\"1\">" + inlineCell("A1", QStringLiteral("この一覧の見方")) + "</row>");
    const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", QStringLiteral("令和3年度 こども未来局")) + "</row>"
            + "<row r=\"2\">" + inlineCell("A2", QStringLiteral("事務事業コード"))
            + inlineCell("B2", QStringLiteral("事務事業名")) + inlineCell("C2", QStringLiteral("予算額(千円)")) + "</row>"
            + "<row r=\"3\"><c r=\"A3\"><v>20101010</v></c>" + inlineCell("B3", QStringLiteral("地域子育て支援事業"))
            + "<c r=\"C3\"><v>548333</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\"><v>20101020</v></c>" + inlineCell("B5", QStringLiteral("小児医療費助成事業"))
            + "<c r=\"C5\"><v>4620212</v></c></row>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r3.xlsx"));
    QVERIFY(writeFile(path, workbook({ { QStringLiteral("見方"), notes }, { QStringLiteral("こども未来局"), sheetXml(rows) } })));
    const QList<Record> records = readFile(path);
    QCOMPARE(records.size(), 2);
    const Record &second = records.at(1);
    QCOMPARE(second.sourceSheet, QStringLiteral("こども未来局"));
    QCOMPARE(second.sourceLine, 5);
    QVERIFY(SourceExcerpt::isSheetRecord(second));
    const SourceExcerpt e = SourceExcerpt::read(second, importOf(second.sourceFile, path), QString());
    QCOMPARE(e.status, SourceExcerpt::Status::Sheet);
    QVERIFY(e.message.isEmpty());
    QCOMPARE(e.cells.value(0), QStringLiteral("20101020"));
    QCOMPARE(e.cells.value(1), QStringLiteral("小児医療費助成事業"));
    QVERIFY(e.cells.value(2).startsWith(QStringLiteral("4")));
    // A row or a sheet not there (any more).
    QCOMPARE(SourceExcerpt::readSheetRow(path, second.sourceSheet, 40).status, SourceExcerpt::Status::NoLine);
    const SourceExcerpt noSheet = SourceExcerpt::readSheetRow(path, QStringLiteral("環境局"), 3);
    QCOMPARE(noSheet.status, SourceExcerpt::Status::NoLine);
    QVERIFY2(noSheet.message.contains(QStringLiteral("no sheet")), qPrintable(noSheet.message));
}

QTEST_GUILESS_MAIN(TestSourceExcerpt)
#include "tst_sourceexcerpt.moc"
