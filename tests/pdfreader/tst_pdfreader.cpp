// The PDF reader (docs/pdf.md) on PDFs from two independent producers, LibreOffice
// and Qt's QTextDocument (made by tools/make-test-pdfs.sh, committed in data/): the
// seed's 38 records as the markdown reader reads them, pages, prose, footers, split
// rows, and the refusals.
#include "columnprofile.h"
#include "pdfpage.h"
#include "recordreader.h"
#include "recordsink.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace Hyoka;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(HYOKA_SOURCE_DIR "/tests/pdfreader/data/") + QLatin1String(name);
}

struct Read
{
    bool ok = false;
    QString error;
    CollectingSink sink;
};

void readInto(Read &r, const QString &path, const ReadOptions &options = {})
{
    r.ok = RecordReader::readFile(path, r.sink, options, &r.error);
}

QList<Record> seedRecords()
{
    Read r;
    readInto(r, QStringLiteral(HYOKA_SEED_FILE));
    return r.sink.records;
}

QString describe(const Record &r)
{
    return QStringLiteral("%1 %2 %3 no=%4 %5 [%6] summary=%7 achievements=%8 budget=%9 settlement=%10 "
                          "est=%11 level=%12 ref=%13")
            .arg(r.fiscalYear)
            .arg(r.bureau, r.code)
            .arg(r.no)
            .arg(r.name, r.category, r.summary, r.achievements.join(QStringLiteral(" | ")))
            .arg(r.budget ? QString::number(*r.budget) : QStringLiteral("null"))
            .arg(r.settlement ? QString::number(*r.settlement) : QStringLiteral("null"))
            .arg(r.settlementEstimated)
            .arg(r.level ? QString::number(*r.level) : QStringLiteral("null"))
            .arg(r.refPage ? QString::number(*r.refPage) : QStringLiteral("null"));
}

// Compares record by record, every field of SPEC §2 (Record::operator== ignores the
// source position), printing both sides of the first difference.
void compareRecords(const QList<Record> &actual, const QList<Record> &expected)
{
    QStringList different;
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (actual.at(i) != expected.at(i)) {
            qWarning().noquote() << "record" << i + 1 << "\n  pdf:" << describe(actual.at(i))
                                 << "\n  md: " << describe(expected.at(i));
            different.append(expected.at(i).code);
        }
    }
    QCOMPARE(actual.size(), expected.size());
    QVERIFY2(different.isEmpty(), qPrintable(different.join(u' ')));
}

std::unique_ptr<Poppler::Document> openPdf(const QString &path)
{
    auto document = Poppler::Document::load(path);
    return document && !document->isLocked() ? std::move(document) : nullptr;
}

// The page (1-based) whose text holds `needle`, found by Poppler's own search.
int pageHolding(Poppler::Document &document, const QString &needle, int from = 1)
{
    for (int p = from - 1; p < document.numPages(); ++p) {
        if (!document.page(p)->search(needle).isEmpty())
            return p + 1;
    }
    return 0;
}

} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT
private slots:
    void detectsPdf();
    void seedPdf_data();
    void seedPdf();
    void pageNumbersInFootersAreNoData();
    void tablesMidPageAfterProse();
    void otherCityLayoutAsItsCsv();
    void mapAppliesToPdf_data();
    void mapAppliesToPdf();
    void detectAndProfileAsForTheCsv();
    void headerNamedByMap();
    void refusals_data();
    void refusals();
    void stopsWhenTheSinkSaysSo();
};

void TestPdfReader::detectsPdf()
{
    QCOMPARE(RecordReader::detectFormat(QStringLiteral("x.pdf")), SourceFormat::Pdf);
    QCOMPARE(RecordReader::detectFormat(QStringLiteral("x.PDF")), SourceFormat::Pdf);
    QByteArray bytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(RecordReader::detectFormat(QStringLiteral("download"), &buffer), SourceFormat::Pdf);
}

void TestPdfReader::seedPdf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("landscape");
    // LibreOffice Writer: A4 landscape, cells centred vertically, header repeated.
    QTest::newRow("libreoffice landscape") << dataFile("kawasaki_lo_landscape.pdf") << true;
    // Qt QTextDocument: A4 portrait, cells at the top, page numbers in the footer.
    QTest::newRow("qt portrait") << dataFile("kawasaki_qt_portrait.pdf") << false;
}

void TestPdfReader::seedPdf()
{
    QFETCH(QString, file);
    QFETCH(bool, landscape);
    auto document = openPdf(file);
    QVERIFY(document);
    const QSizeF size = document->page(0)->pageSizeF();
    QCOMPARE(size.width() > size.height(), landscape);

    Read r;
    readInto(r, file);
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const ImportWarning &w : std::as_const(r.sink.warnings))
        qWarning().noquote() << w.toString();
    QCOMPARE(r.sink.skippedRows, 0);
    const QList<Record> expected = seedRecords();
    QCOMPARE(expected.size(), 38);
    compareRecords(r.sink.records, expected);

    // Every record names its page: the page where Poppler finds its code. The rows
    // of more than one page, and at least one row split over a page break (its last
    // words on the next page).
    int splitRows = 0;
    int previousPage = 1;
    for (const Record &record : std::as_const(r.sink.records)) {
        QCOMPARE(record.sourceFile, file);
        QVERIFY(record.sourceLine > 0);
        const int codePage = pageHolding(*document, record.code);
        if (codePage > 0) {
            QCOMPARE(record.sourcePage, codePage);
        } else {
            // The code wraps in a narrow column (2010 / 1010): Poppler's search
            // cannot find it whole; the page is not before the record before's.
            QVERIFY2(record.sourcePage >= previousPage,
                     qPrintable(QStringLiteral("%1 on page %2 after page %3")
                                        .arg(record.code).arg(record.sourcePage).arg(previousPage)));
        }
        previousPage = record.sourcePage;
        const QString last = record.achievements.last().right(4);
        if (pageHolding(*document, last, record.sourcePage) == record.sourcePage + 1
            && document->page(record.sourcePage - 1)->search(last).isEmpty())
            ++splitRows;
    }
    QVERIFY(r.sink.records.first().sourcePage < r.sink.records.last().sourcePage);
    QVERIFY2(splitRows > 0, "the fixture has a row split across pages");
}

void TestPdfReader::pageNumbersInFootersAreNoData()
{
    // The Qt file prints "N" at the foot of every page: Poppler sees it as text...
    const QString file = dataFile("kawasaki_qt_portrait.pdf");
    auto document = openPdf(file);
    QVERIFY(document);
    QVERIFY(document->numPages() > 2);
    for (int p = 0; p < document->numPages(); ++p) {
        const auto words = document->page(p)->textList();
        const auto lowest = std::max_element(words.cbegin(), words.cend(), [](const auto &a, const auto &b) {
            return a->boundingBox().top() < b->boundingBox().top();
        });
        QVERIFY(lowest != words.cend());
        QCOMPARE((*lowest)->text(), QString::number(p + 1));
    }
    // ...and the reader keeps it out of every cell (seedPdf compares every field),
    // with no warning the markdown seed does not give too.
    Read r;
    readInto(r, file);
    QVERIFY(r.ok);
    Read md;
    readInto(md, QStringLiteral(HYOKA_SEED_FILE));
    QStringList pdfMessages, mdMessages;
    for (const ImportWarning &w : std::as_const(r.sink.warnings))
        pdfMessages.append(w.message);
    for (const ImportWarning &w : std::as_const(md.sink.warnings))
        mdMessages.append(w.message);
    QCOMPARE(pdfMessages, mdMessages);
}

void TestPdfReader::tablesMidPageAfterProse()
{
    QCOMPARE(openPdf(dataFile("midpage_qt.pdf"))->numPages(), 1);
    // One landscape page: two paragraphs, a heading and a table of three rows, a
    // paragraph, a second heading and a table of two rows with a legend column.
    Read r;
    readInto(r, dataFile("midpage_qt.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const ImportWarning &w : std::as_const(r.sink.warnings))
        qWarning().noquote() << w.toString();
    const QList<Record> seed = seedRecords();
    const QList<Record> expected { seed.at(1), seed.at(2), seed.at(11), seed.at(36), seed.at(37) };
    compareRecords(r.sink.records, expected);
    for (const Record &record : std::as_const(r.sink.records))
        QCOMPARE(record.sourcePage, 1);
    QCOMPARE(r.sink.warnings.size(), 0);
}

namespace {

// Shinagawa's excerpt read from its CSV and from its PDF with the same options
// (--year 2025, as its CSV needs).
void readShinagawa(Read &csv, Read &pdf, ReadOptions options = {})
{
    options.defaultYear = 2025;
    readInto(csv, dataFile("shinagawa_r7_excerpt.csv"), options);
    readInto(pdf, dataFile("shinagawa_lo.pdf"), options);
}

QString amountsText(const QList<Amount> &amounts)
{
    QStringList parts;
    for (const Amount &a : amounts)
        parts.append(QStringLiteral("%1@%2=%3").arg(ColumnProfile::kindKey(a.kind)).arg(a.fiscalYear).arg(a.amount));
    return parts.join(u' ');
}

} // namespace

void TestPdfReader::otherCityLayoutAsItsCsv()
{
    // 20 rows of Shinagawa's R7 table (no code column, 担当部署 and 担当課, money of two
    // years, letter ratings with text, summaries of several lines): the PDF
    // (LibreOffice, landscape, rows over several pages) gives every field its CSV gives,
    // through the same column recognition.
    Read csv, pdf;
    readShinagawa(csv, pdf);
    QVERIFY2(csv.ok, qPrintable(csv.error));
    QVERIFY2(pdf.ok, qPrintable(pdf.error));
    QCOMPARE(csv.sink.records.size(), 20);
    QCOMPARE(pdf.sink.records.size(), csv.sink.records.size());
    int rated = 0, withAmounts = 0, multiLine = 0;
    for (qsizetype i = 0; i < csv.sink.records.size(); ++i) {
        const Record &p = pdf.sink.records.at(i);
        const Record &c = csv.sink.records.at(i);
        QCOMPARE(p.fiscalYear, c.fiscalYear);
        QCOMPARE(p.name, c.name);
        QCOMPARE(p.bureau, c.bureau);
        QCOMPARE(p.division, c.division);
        QVERIFY(p.code.isEmpty());
        QCOMPARE(p.refPage, c.refPage);
        QCOMPARE(p.summary, c.summary);
        QCOMPARE(p.rating.has_value(), c.rating.has_value());
        if (c.rating) {
            QCOMPARE(p.rating->label, c.rating->label);
            QCOMPARE(p.rating->rank, c.rating->rank);
            QCOMPARE(p.rating->ranks, c.rating->ranks);
            QCOMPARE(p.rating->scale, c.rating->scale);
            rated += c.rating->rank > 0 ? 1 : 0;
        }
        QCOMPARE(amountsText(p.amounts), amountsText(c.amounts));
        withAmounts += c.amounts.isEmpty() ? 0 : 1;
        multiLine += c.summary.contains(u'\n') ? 1 : 0;
        // And every other field of the record (Record::operator== leaves out only the
        // source position).
        QVERIFY2(p == c, qPrintable(QStringLiteral("record %1 (%2)").arg(i + 1).arg(c.name)));
        QVERIFY(p.sourcePage >= 1);
    }
    // The fixture holds what is compared: ranks from the letter scale, amounts with
    // kind and year, summaries that keep their line breaks, rows on several pages.
    QVERIFY(rated >= 18);
    QCOMPARE(csv.sink.records.first().rating->ranks, 4);
    QCOMPARE(csv.sink.records.first().amounts.first().fiscalYear, 2024);
    QVERIFY(withAmounts >= 18);
    QVERIFY(multiLine >= 18);
    QVERIFY(pdf.sink.records.first().sourcePage < pdf.sink.records.last().sourcePage);
}

void TestPdfReader::mapAppliesToPdf_data()
{
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QString>("check");
    // A column no synonym names, taken by its header text.
    QTest::newRow("category=政策の柱") << QStringList { QStringLiteral("category=政策の柱") }
                                    << QStringLiteral("category");
    // A field left out.
    QTest::newRow("rating=none") << QStringList { QStringLiteral("rating=none") } << QStringLiteral("no rating");
    // The name and the code moved: the rows are told apart by the new code column.
    QTest::newRow("name=政策の柱 code=事務事業名")
            << QStringList { QStringLiteral("name=政策の柱"), QStringLiteral("code=事務事業名") }
            << QStringLiteral("code");
    // A money column by its letter (G, R6決算) as another kind and year.
    QTest::newRow("plan@2026=G") << QStringList { QStringLiteral("plan@2026=G") } << QStringLiteral("plan");
}

void TestPdfReader::mapAppliesToPdf()
{
    QFETCH(QStringList, maps);
    QFETCH(QString, check);
    ReadOptions options;
    for (const QString &spec : std::as_const(maps)) {
        QString err;
        const std::optional<ColumnOverride> o = ColumnProfile::parseMap(spec, &err);
        QVERIFY2(o, qPrintable(err));
        options.overrides.append(*o);
    }
    Read csv, pdf;
    readShinagawa(csv, pdf, options);
    QVERIFY2(csv.ok, qPrintable(csv.error));
    QVERIFY2(pdf.ok, qPrintable(pdf.error));
    QCOMPARE(pdf.sink.records.size(), csv.sink.records.size());
    Read plain, plainPdf;
    readShinagawa(plain, plainPdf);
    for (qsizetype i = 0; i < csv.sink.records.size(); ++i) {
        const Record &p = pdf.sink.records.at(i);
        QVERIFY2(p == csv.sink.records.at(i), qPrintable(p.name));
        // The mapping changed what the record holds.
        if (check == u"category") {
            // (one project of the excerpt has no 政策の柱)
            QCOMPARE(p.category.isEmpty(), i == 6);
            QVERIFY(plainPdf.sink.records.at(i).category.isEmpty());
        } else if (check == u"code") {
            QCOMPARE(p.code, plainPdf.sink.records.at(i).name);
            QCOMPARE(p.name.isEmpty(), i == 6);
        } else if (check == u"no rating") {
            QVERIFY(!p.rating);
        } else {
            QCOMPARE(p.amounts.size(), 1);
            QCOMPARE(p.amounts.first().kind, AmountKind::Plan);
            QCOMPARE(p.amounts.first().fiscalYear, 2026);
            QCOMPARE(p.amounts.first().amount, plainPdf.sink.records.at(i).amounts.first().amount);
        }
    }
    if (check == u"no rating")
        QVERIFY(plainPdf.sink.records.first().rating);
}

void TestPdfReader::detectAndProfileAsForTheCsv()
{
    // hyoka detect on the PDF: the mapping its CSV gets (fields, amounts, rating scale).
    auto detect = [](const char *file) {
        ReadOptions options;
        options.defaultYear = 2025;
        QList<DetectedTable> tables;
        options.onTable = [&tables](const DetectedTable &t) { tables.append(t); };
        Read r;
        readInto(r, dataFile(file), options);
        return tables;
    };
    const QList<DetectedTable> fromCsv = detect("shinagawa_r7_excerpt.csv");
    const QList<DetectedTable> fromPdf = detect("shinagawa_lo.pdf");
    QCOMPARE(fromPdf.size(), 1);
    QCOMPARE(fromCsv.size(), 1);
    const QJsonObject csvProfile = ColumnProfile::toJson(fromCsv.first(), QStringLiteral("x"));
    const QJsonObject pdfProfile = ColumnProfile::toJson(fromPdf.first(), QStringLiteral("x"));
    for (const char *key : { "fields", "amounts", "not_found" })
        QCOMPARE(pdfProfile.value(QLatin1String(key)), csvProfile.value(QLatin1String(key)));
    QVERIFY(pdfProfile.value(u"fields").toObject().contains(u"division"));
    QVERIFY(fromPdf.first().layout.ratingScale());

    // --profile: the CSV's profile, with the rating column moved to 今後の取組の方向性,
    // read onto the PDF as onto the CSV.
    QJsonObject profile = csvProfile;
    QJsonObject fields = profile.value(u"fields").toObject();
    fields.insert(QStringLiteral("rating"), QJsonObject { { QStringLiteral("header"), QStringLiteral("今後の取組の方向性") } });
    profile.insert(QStringLiteral("fields"), fields);
    ReadOptions options;
    QString err;
    QVERIFY2(ColumnProfile::apply(profile, QStringLiteral("profile p"), &options, &err), qPrintable(err));
    Read csv, pdf;
    readShinagawa(csv, pdf, options);
    QVERIFY2(pdf.ok, qPrintable(pdf.error));
    QCOMPARE(pdf.sink.records.size(), 20);
    for (qsizetype i = 0; i < csv.sink.records.size(); ++i) {
        QVERIFY2(pdf.sink.records.at(i) == csv.sink.records.at(i), qPrintable(csv.sink.records.at(i).name));
        QVERIFY(pdf.sink.records.at(i).rating);
        QVERIFY(!pdf.sink.records.at(i).rating->label.contains(u"事業"));
    }
}

void TestPdfReader::headerNamedByMap()
{
    // A header whose name column no synonym names (件目) is a header once --map names
    // that title; a column given by letter never makes a line a header.
    using namespace PdfLayout;
    Page page;
    page.number = 1;
    page.width = 595;
    page.height = 842;
    const QStringList rows[] = { { QStringLiteral("件目"), QStringLiteral("担当部署"), QStringLiteral("担当課") },
                                 { QStringLiteral("庁舎管理"), QStringLiteral("総務部"), QStringLiteral("総務課") } };
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 3; ++c)
            page.words.append(Word { rows[r].at(c), QRectF(100 + 150 * c, 100 + 20 * r, 40, 10), false });
    }
    buildLines(page);
    QCOMPARE(page.lines.size(), 2);
    QVERIFY(!findHeader(page, 0).isValid());
    QString err;
    const Header byText = findHeader(page, 0, { *ColumnProfile::parseMap(QStringLiteral("name=件目"), &err) });
    QVERIFY(byText.isValid());
    QCOMPARE(byText.layout.columnOf(Field::Name), 0);
    QCOMPARE(byText.layout.columnOf(Field::Bureau), 1);
    QCOMPARE(byText.layout.columnOf(Field::Division), 2);
    QCOMPARE(byText.layout.role(0).reason, QStringLiteral("--map"));
    const QList<ColumnOverride> byLetter { *ColumnProfile::parseMap(QStringLiteral("name=A"), &err) };
    QVERIFY(!findHeader(page, 0, byLetter).isValid());
    QVERIFY(!findHeader(page, 1, byLetter).isValid());
}

void TestPdfReader::refusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("scanned") << dataFile("scanned.pdf") << QStringLiteral("no text");
    QTest::newRow("encrypted") << dataFile("encrypted.pdf") << QStringLiteral("encrypted");
    QTest::newRow("no table") << dataFile("notable_qt.pdf") << QStringLiteral("no record table");
    QTest::newRow("not a pdf") << QStringLiteral("broken.pdf") << QStringLiteral("not a readable PDF");
}

void TestPdfReader::refusals()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    if (file == u"broken.pdf") {
        QByteArray bytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CollectingSink sink;
        QString error;
        QVERIFY(!PdfReader::read(buffer, file, sink, {}, &error));
        QVERIFY2(error.startsWith(file + u':') && error.contains(reason), qPrintable(error));
        QCOMPARE(sink.records.size(), 0);
        return;
    }
    QVERIFY(QFile::exists(file));
    Read r;
    readInto(r, file);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(file + u':'), qPrintable(r.error));
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QVERIFY2(!r.error.contains(u'\n'), qPrintable(r.error));
    QCOMPARE(r.sink.records.size(), 0);
}

void TestPdfReader::stopsWhenTheSinkSaysSo()
{
    struct TwoOnly : CollectingSink
    {
        bool addRecord(Record &&record) override
        {
            CollectingSink::addRecord(std::move(record));
            return records.size() < 2;
        }
    } sink;
    QString error;
    QVERIFY(RecordReader::readFile(dataFile("kawasaki_lo_landscape.pdf"), sink, {}, &error));
    QCOMPARE(sink.records.size(), 2);
}

QTEST_GUILESS_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
