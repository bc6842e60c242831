// PdfSourcePage (docs/pdf.md, "In the window"): a record's PDF page rendered with its
// row found again, on the committed test PDFs of both producers (tests/pdfreader/data),
// and the clear refusals when the file is gone, damaged or changed.
#include "pdfsourcepage.h"
#include "pdfwords.h"
#include "recordreader.h"
#include "recordsink.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;
using Hyoka::TestSupport::textBoxes;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(HYOKA_SOURCE_DIR "/tests/pdfreader/data/") + QLatin1String(name);
}

// The records as `hyoka import [--year Y]` stores them.
QList<Record> readPdf(const QString &file, int year = 0)
{
    CollectingSink sink;
    QString error;
    ReadOptions options;
    options.defaultYear = year;
    if (!RecordReader::readFile(file, sink, options, &error))
        qWarning("%s", qPrintable(error));
    return sink.records;
}

// The row outline in points.
QRectF rowInPoints(const PdfSourcePage &shown)
{
    const double scale = shown.dpi / 72.0;
    return QRectF(shown.rowRect.topLeft() / scale, shown.rowRect.bottomRight() / scale);
}

bool anyInside(const QList<QRectF> &boxes, const QRectF &outline)
{
    return std::any_of(boxes.cbegin(), boxes.cend(),
                       [&](const QRectF &b) { return outline.contains(b); });
}

} // namespace

class TestPdfSource : public QObject
{
    Q_OBJECT
private slots:
    void outlinesEveryRecordsRow_data();
    void outlinesEveryRecordsRow();
    void imageAtTheDpiAsked();
    void refusals_data();
    void refusals();
    void rowMovedInAChangedFile();
    void relativePathFromTheCurrentDirectory();
};

void TestPdfSource::outlinesEveryRecordsRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("year"); // --year of the import
    QTest::newRow("libreoffice landscape") << dataFile("kawasaki_lo_landscape.pdf") << 38 << 0;
    QTest::newRow("qt portrait") << dataFile("kawasaki_qt_portrait.pdf") << 38 << 0;
    QTest::newRow("qt prose and two tables") << dataFile("midpage_qt.pdf") << -1 << 0;
    // No year in the file: imported with --year 2025; the rows are found again with it.
    QTest::newRow("libreoffice other city") << dataFile("shinagawa_lo.pdf") << 20 << 2025;
}

// Every record's page, with an outline that holds (the start of) its name as Poppler's
// own word list places it, and not the start of the next record's name on that page.
void TestPdfSource::outlinesEveryRecordsRow()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(int, year);
    const QList<Record> all = readPdf(file, year);
    if (records >= 0)
        QCOMPARE(all.size(), records);
    QVERIFY(!all.isEmpty());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Record &record = all.at(i);
        const PdfSourcePage shown = PdfSourcePage::render(record, 36);
        const QString what = QStringLiteral("%1 (page %2, line %3): %4")
                                     .arg(record.name)
                                     .arg(record.sourcePage)
                                     .arg(record.sourceLine)
                                     .arg(shown.message);
        QVERIFY2(shown.status == PdfSourcePage::Status::Ok, qPrintable(what));
        QVERIFY2(shown.message.isEmpty(), qPrintable(what));
        QCOMPARE(shown.page, record.sourcePage);
        QVERIFY(shown.hasImage());
        QVERIFY(shown.hasRow());
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(shown.image.size())).contains(shown.rowRect));

        const QRectF outline = rowInPoints(shown);
        const QList<QRectF> name = textBoxes(file, record.sourcePage, record.name);
        QVERIFY2(!name.isEmpty(), qPrintable(what));
        QVERIFY2(anyInside(name, outline), qPrintable(what));
        if (i + 1 < all.size() && all.at(i + 1).sourcePage == record.sourcePage) {
            const Record &next = all.at(i + 1);
            const QString nextStart = TestSupport::foldForSearch(next.name).left(5);
            if (TestSupport::foldForSearch(record.name + record.summary).contains(nextStart))
                continue; // its start is in this row too
            const QList<QRectF> nextName = textBoxes(file, next.sourcePage, next.name);
            QVERIFY2(!anyInside(nextName, outline), qPrintable(what + QStringLiteral(" / ") + next.name));
        }
    }
}

void TestPdfSource::imageAtTheDpiAsked()
{
    const Record record = readPdf(dataFile("kawasaki_lo_landscape.pdf")).value(5);
    PdfSourcePage shown = PdfSourcePage::render(record, 144);
    QCOMPARE(shown.status, PdfSourcePage::Status::Ok);
    QCOMPARE(shown.dpi, 144.0);
    // A4 landscape: 842 × 595 points.
    QVERIFY(qAbs(shown.image.width() - shown.pageSize.width() * 2) <= 2);
    QVERIFY(qAbs(shown.image.height() - shown.pageSize.height() * 2) <= 2);
    QVERIFY(shown.pageSize.width() > shown.pageSize.height());
    // Not a blank page: some pixels are dark.
    const QImage small = shown.image.scaled(200, 140).convertToFormat(QImage::Format_Grayscale8);
    int dark = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x)
            dark += qGray(small.pixel(x, y)) < 128;
    }
    QVERIFY2(dark > 50, qPrintable(QString::number(dark)));

    // An absurd resolution is capped: the image stays under 40 megapixels.
    shown = PdfSourcePage::render(record, 10000);
    QCOMPARE(shown.status, PdfSourcePage::Status::Ok);
    QVERIFY(shown.dpi < 10000);
    QVERIFY(double(shown.image.width()) * shown.image.height() <= 40e6 * 1.01);
    QVERIFY(QRectF(QPointF(0, 0), QSizeF(shown.image.size())).contains(shown.rowRect));
}

void TestPdfSource::refusals_data()
{
    QTest::addColumn<QString>("replacement"); // what stands at the path now ("" = nothing)
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("image");
    QTest::addColumn<QString>("says");
    using S = PdfSourcePage::Status;
    QTest::newRow("gone") << QString() << 2 << int(S::Missing) << false << QStringLiteral("not found");
    QTest::newRow("not a pdf any more") << QStringLiteral("garbage") << 2 << int(S::Unreadable) << false
                                        << QStringLiteral("not a readable PDF");
    QTest::newRow("encrypted now") << dataFile("encrypted.pdf") << 1 << int(S::Unreadable) << false
                                   << QStringLiteral("encrypted");
    QTest::newRow("fewer pages") << dataFile("midpage_qt.pdf") << 9 << int(S::NoPage) << false
                                 << QStringLiteral("page 9");
    QTest::newRow("another table") << dataFile("shinagawa_lo.pdf") << 1 << int(S::RowNotFound)
                                   << true << QStringLiteral("not there any more");
}

// The file at the record's path is gone or another file now: one line naming it, and
// the page only when it can be shown.
void TestPdfSource::refusals()
{
    QFETCH(QString, replacement);
    QFETCH(int, page);
    QFETCH(int, status);
    QFETCH(bool, image);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    if (replacement == u"garbage") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\nthis is no PDF\n");
    } else if (!replacement.isEmpty()) {
        QVERIFY(QFile::copy(replacement, path));
    }
    Record record = readPdf(dataFile("kawasaki_lo_landscape.pdf")).value(10);
    record.sourceFile = path;
    record.sourcePage = page;
    const PdfSourcePage shown = PdfSourcePage::render(record, 50);
    QCOMPARE(int(shown.status), status);
    QVERIFY2(shown.message.contains(path), qPrintable(shown.message));
    QVERIFY2(shown.message.contains(says), qPrintable(shown.message));
    QVERIFY(!shown.message.contains(u'\n'));
    QCOMPARE(shown.hasImage(), image);
    QVERIFY(!shown.hasRow());
}

// A record whose line no longer starts its row (the file was edited and its rows
// shifted): the row is found by code and name, and the message says the file changed.
void TestPdfSource::rowMovedInAChangedFile()
{
    const QList<Record> all = readPdf(dataFile("kawasaki_lo_landscape.pdf"));
    Record record = all.value(12);
    record.sourceLine += 1;
    PdfSourcePage shown = PdfSourcePage::render(record, 50);
    QCOMPARE(shown.status, PdfSourcePage::Status::RowMoved);
    QCOMPARE(shown.page, record.sourcePage);
    QVERIFY(shown.hasRow());
    QVERIFY2(shown.message.contains(u"changed"), qPrintable(shown.message));

    // Stored as on another page: shown on the page it is on now.
    const int truePage = record.sourcePage;
    record.sourcePage = truePage == 2 ? 3 : 2;
    shown = PdfSourcePage::render(record, 50);
    QCOMPARE(shown.status, PdfSourcePage::Status::RowMoved);
    QCOMPARE(shown.page, truePage);
    QVERIFY(shown.hasRow());
    QVERIFY2(shown.message.contains(QStringLiteral("page %1").arg(truePage)), qPrintable(shown.message));

    // A record of a markdown file has no page.
    record.sourcePage = 0;
    QCOMPARE(PdfSourcePage::render(record, 50).status, PdfSourcePage::Status::NotPdf);
}

void TestPdfSource::relativePathFromTheCurrentDirectory()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QStringLiteral(HYOKA_SOURCE_DIR "/tests/pdfreader")));
    Record record = readPdf(dataFile("kawasaki_qt_portrait.pdf")).value(3);
    record.sourceFile = QStringLiteral("data/kawasaki_qt_portrait.pdf");
    const PdfSourcePage shown = PdfSourcePage::render(record, 40);
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(shown.status, PdfSourcePage::Status::Ok);
    QCOMPARE(shown.filePath, dataFile("kawasaki_qt_portrait.pdf"));
}

QTEST_GUILESS_MAIN(TestPdfSource)
#include "tst_pdfsource.moc"
