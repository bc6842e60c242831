// The printed summary report of the seed: pages, text, embedded fonts, flags and
// notes, filters, atomic writing, and `hyoka report` on the command line. With
// HYOKA_SNAPSHOT_DIR set, the seed's report is also rendered there page by page.
#include "flagstore.h"
#include "recordstore.h"
#include "reportwriter.h"
#include "reviewdatabase.h"
#include "testrecords.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

class tst_Report : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void seedReport();
    void fontsAreEmbedded();
    void flagsAndNotesAreListed();
    void filterNarrowsTheReport();
    void failedWriteLeavesNothing();
    void describeFilter();
    void paintsOnAnyPagedDevice();
    void everyBureauIsCharted();
    void notesKeepTheTableHeaderOverPageBreaks();
    void commandLineReport();
    void commandLineUsage();

private:
    static QString tool(const QString &name);
    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr);
    QString writeReport(const ReportOptions &options, const QString &name);
    static int pageCount(const QString &pdf);
    static QString text(const QString &pdf);

    QTemporaryDir m_dir;
    ReviewDatabase m_db;
};

static const QString kodomo = QStringLiteral("こども未来局");
static const QString somu = QStringLiteral("総務企画局");

void tst_Report::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("report.sqlite")), &error), qPrintable(error));
    const ImportResult r = RecordStore(m_db).importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY2(r.ok, qPrintable(r.error));
    if (tool(QStringLiteral("pdftotext")).isEmpty() || tool(QStringLiteral("pdffonts")).isEmpty()
        || tool(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo) are not installed");
}

void tst_Report::cleanupTestCase()
{
    m_db.close();
}

QString tst_Report::tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString tst_Report::run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return QString();
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString tst_Report::writeReport(const ReportOptions &options, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ReportWriter::writePdf(m_db, options, path, &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    return path;
}

int tst_Report::pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(run(tool(QStringLiteral("pdfinfo")), { pdf }));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString tst_Report::text(const QString &pdf)
{
    return run(tool(QStringLiteral("pdftotext")), { pdf, QStringLiteral("-") });
}

void tst_Report::seedReport()
{
    ReportOptions options;
    options.date = QDate(2022, 3, 31);
    const QString pdf = writeReport(options, QStringLiteral("seed.pdf"));
    QVERIFY(!pdf.isEmpty());
    QVERIFY(pageCount(pdf) >= 2);
    const QString body = text(pdf);
    QVERIFY(body.contains(kodomo));
    QVERIFY(body.contains(somu));
    QVERIFY(body.contains(QStringLiteral("予算額")));
    QVERIFY(body.contains(QStringLiteral("決算額")));
    // The bureau totals, with the locale's grouping.
    QVERIFY2(body.contains(QLocale().toString(Q_INT64_C(122523602))), qPrintable(body.left(2000)));
    QVERIFY(body.contains(QLocale().toString(Q_INT64_C(135455487))));
    // A header and page numbers on every page: "1 of N" … "N of N".
    const int pages = pageCount(pdf);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(body.contains(QStringLiteral("%1 of %2").arg(page).arg(pages)),
                 qPrintable(QString::number(page)));
    const QStringList pageTexts = body.split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    const QString title = QStringLiteral("Evaluation summary report");
    for (const QString &page : pageTexts)
        QVERIFY(page.contains(title));
    // Text extracts as written: digits in Latin runs, and common characters rather
    // than the look-alike radicals Noto Sans CJK shares glyphs with (PdfTextRepair).
    QVERIFY(body.contains(QStringLiteral("保育士確保対策事業")));
    QVERIFY(body.contains(QStringLiteral("妊婦・乳幼児健康診査事業")) || body.contains(QStringLiteral("妊婦・乳幼児")));
    QVERIFY(body.contains(QStringLiteral("FY2021")));
    QVERIFY(!body.contains(QChar(0x2F08))); // ⼈ KANGXI RADICAL MAN
    QVERIFY(!body.contains(QChar(0x2F20))); // ⼠ KANGXI RADICAL SCHOLAR
    // The suggested projects (19 on the seed with the default thresholds) are listed.
    QVERIFY(body.contains(QStringLiteral("19 project")));
    QVERIFY(body.contains(QStringLiteral("20101010"))); // level 4, 地域子育て支援事業

    const QString dir = qEnvironmentVariable("HYOKA_SNAPSHOT_DIR");
    const QString pdftoppm = tool(QStringLiteral("pdftoppm"));
    if (!dir.isEmpty() && !pdftoppm.isEmpty()) {
        QDir().mkpath(dir);
        QFile::remove(QDir(dir).filePath(QStringLiteral("report.pdf")));
        QFile::copy(pdf, QDir(dir).filePath(QStringLiteral("report.pdf")));
        run(pdftoppm, { QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"), pdf,
                        QDir(dir).filePath(QStringLiteral("report-page")) });
    }
}

void tst_Report::fontsAreEmbedded()
{
    const QString pdf = writeReport({}, QStringLiteral("fonts.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList lines = run(tool(QStringLiteral("pdffonts")), { pdf }).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(u'\n')));
    // Columns are fixed-width: read "emb" under its heading.
    const qsizetype emb = lines.at(0).indexOf(QStringLiteral("emb"));
    QVERIFY(emb > 0);
    int fonts = 0;
    for (const QString &line : lines.mid(2)) {
        QCOMPARE(line.mid(emb, 3), QStringLiteral("yes"));
        ++fonts;
    }
    QVERIFY(fonts >= 1);
    QVERIFY2(lines.join(u'\n').contains(QStringLiteral("NotoSansCJK")), qPrintable(lines.join(u'\n')));
}

void tst_Report::flagsAndNotesAreListed()
{
    FlagStore flags(m_db);
    Flag f;
    f.status = QStringLiteral("flagged");
    f.reason = QStringLiteral("other");
    f.note = QStringLiteral("決算額が予算額を大きく上回る理由を確認すること");
    f.reviewer = QStringLiteral("tanaka");
    // 20101020 is neither underperforming nor suggested: only the flag lists it.
    QVERIFY(flags.setFlag(2021, QStringLiteral("20101020"), f).ok());
    const QString pdf = writeReport({}, QStringLiteral("flags.pdf"));
    f.status = Flag::noneStatus();
    f.note.clear();
    QVERIFY(flags.setFlag(2021, QStringLiteral("20101020"), f).ok());
    QVERIFY(!pdf.isEmpty());
    const QString body = text(pdf);
    QVERIFY(body.contains(QStringLiteral("20101020")));
    QVERIFY(body.contains(QStringLiteral("tanaka")));
    // The note may wrap: compare without line breaks.
    QString flat = body;
    flat.remove(u'\n');
    QVERIFY2(flat.contains(QStringLiteral("決算額が予算額を大きく上回る理由")), qPrintable(body.right(3000)));

    // A review list supplied through the hook replaces the default one.
    ReportOptions options;
    options.reviewListTitle = QStringLiteral("Custom list");
    options.reviewList = [](ReviewDatabase &db, const RecordFilter &) {
        ReportOptions::ReviewEntry e;
        e.recordId = RecordStore(db).recordId(2021, QStringLiteral("20101010"));
        e.status = QStringLiteral("hooked-status");
        e.reasons << QStringLiteral("hooked-reason");
        return QList<ReportOptions::ReviewEntry> { e };
    };
    const QString custom = text(writeReport(options, QStringLiteral("custom.pdf")));
    QVERIFY(custom.contains(QStringLiteral("Custom list")));
    QVERIFY(custom.contains(QStringLiteral("hooked-reason")));
    QVERIFY(custom.contains(QStringLiteral("1 project")));
}

void tst_Report::filterNarrowsTheReport()
{
    ReportOptions options;
    options.filter.bureaus = QStringList { somu };
    const QString pdf = writeReport(options, QStringLiteral("somu.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString body = text(pdf);
    QVERIFY(body.contains(somu));
    QVERIFY(!body.contains(kodomo));
    QVERIFY(body.contains(QLocale().toString(Q_INT64_C(6852989))));

    options.filter = {};
    options.filter.fiscalYears = { 2030 };
    const QString empty = writeReport(options, QStringLiteral("empty.pdf"));
    QVERIFY(!empty.isEmpty());
    QVERIFY(pageCount(empty) >= 2);
    QVERIFY(text(empty).contains(QStringLiteral("0 project")));
}

void tst_Report::failedWriteLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    QString error;
    QVERIFY(!ReportWriter::writePdf(m_db, {}, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));

    // An existing report is replaced whole, never truncated on the way.
    const QString existing = m_dir.filePath(QStringLiteral("existing.pdf"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QVERIFY(ReportWriter::writePdf(m_db, {}, existing, &error));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
}

void tst_Report::describeFilter()
{
    QCOMPARE(ReportWriter::describeFilter({}), QStringLiteral("none (all records)"));
    RecordFilter f;
    f.bureaus = QStringList { somu };
    f.fiscalYears = { 2021 };
    f.underperformingOnly = true;
    const QString d = ReportWriter::describeFilter(f);
    QVERIFY(d.contains(somu));
    QVERIFY(d.contains(QStringLiteral("2021")));
    QVERIFY(d.contains(QStringLiteral("underperforming")));
    // The review facets the grid can add.
    RecordFilter review;
    review.flagStatuses = { QStringLiteral("flagged") };
    review.suggested = { true };
    const QString r = ReportWriter::describeFilter(review);
    QVERIFY2(r.contains(QStringLiteral("flags: Flagged")), qPrintable(r));
    QVERIFY2(r.contains(QStringLiteral("suggested by the review rules")), qPrintable(r));
}

void tst_Report::paintsOnAnyPagedDevice()
{
    // The same writer paints print previews (QPrinter); a PDF writer stands in here.
    ReportWriter writer(m_db, {});
    QString error;
    QVERIFY2(writer.prepare(&error), qPrintable(error));
    QFile file(m_dir.filePath(QStringLiteral("device.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QPdfWriter pdf(&file);
    QVERIFY2(writer.paint(&pdf, &error), qPrintable(error));
    QVERIFY(writer.pageCount() >= 2);
}

void tst_Report::everyBureauIsCharted()
{
    // More bureaus than a chart draws at once (HyokaChart::maxBureaus): on paper the
    // two bureau charts take every one of them, in parts.
    QTemporaryDir dir;
    ReviewDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("many-bureaus.sqlite")), nullptr));
    // 局01 the smallest.
    const QList<Record> records = TestSupport::bureauRecords(60, 2, 30000000, [](int i) { return qint64(i) * 1000; });
    QVERIFY(RecordStore(db).importRecords(records, QStringLiteral("generated")).ok);
    const QString pdf = dir.filePath(QStringLiteral("many-bureaus.pdf"));
    QString error;
    QVERIFY2(ReportWriter::writePdf(db, ReportOptions(), pdf, &error), qPrintable(error));
    const QString body = text(pdf);
    // The totals table, the budget chart and the level chart name each bureau.
    for (const QString &bureau : { QStringLiteral("局01"), QStringLiteral("局30"), QStringLiteral("局60") })
        QVERIFY2(body.count(bureau) >= 3, qPrintable(bureau + u' ' + QString::number(body.count(bureau))));
}

void tst_Report::notesKeepTheTableHeaderOverPageBreaks()
{
    // Every project listed with a long note: the note rows cross page breaks, and the
    // page after one still starts with the review table's header (a note row once
    // printed its own header of two empty titles there).
    ReportOptions options;
    options.reviewListTitle = QStringLiteral("Notes everywhere");
    options.reviewList = [](ReviewDatabase &db, const RecordFilter &) {
        QList<ReportOptions::ReviewEntry> entries;
        RecordStore store(db);
        const QList<Record> all = TestSupport::allRecords(store);
        for (qsizetype i = 0; i < all.size(); ++i) {
            ReportOptions::ReviewEntry e;
            e.recordId = store.recordId(all.at(i).fiscalYear, all.at(i).code);
            e.status = QStringLiteral("flagged");
            e.reasons << QStringLiteral("note-test");
            e.note = QStringLiteral("確認事項。").repeated(60 + int(i % 7) * 15);
            entries << e;
        }
        return entries;
    };
    const QString pdf = writeReport(options, QStringLiteral("notes.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = text(pdf).split(u'\f', Qt::SkipEmptyParts);
    int reviewPages = 0;
    bool inReview = false;
    for (const QString &page : pages) {
        inReview = inReview || page.contains(QStringLiteral("Notes everywhere"));
        if (!inReview || !page.contains(QStringLiteral("確認事項")))
            continue;
        ++reviewPages;
        QVERIFY2(page.contains(QStringLiteral("Status and reasons")), qPrintable(page.left(600)));
    }
    QVERIFY(reviewPages >= 5);
}

void tst_Report::commandLineReport()
{
    const QString binary = QStringLiteral(HYOKA_BINARY);
    QVERIFY(QFile::exists(binary));
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    int code = -1;
    run(binary, { QStringLiteral("report"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--pdf"), out },
        &code);
    QCOMPARE(code, 0);
    QVERIFY(pageCount(out) >= 2);
    const QString body = text(out);
    QVERIFY(body.contains(kodomo));
    QVERIFY(body.contains(somu));

    // --bureau narrows; --year that matches nothing still writes, and exits 1.
    const QString narrow = m_dir.filePath(QStringLiteral("cli-somu.pdf"));
    run(binary, { QStringLiteral("report"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--bureau"),
                  somu, QStringLiteral("--pdf"), narrow },
        &code);
    QCOMPARE(code, 0);
    QVERIFY(!text(narrow).contains(kodomo));
    const QString none = m_dir.filePath(QStringLiteral("cli-none.pdf"));
    run(binary, { QStringLiteral("report"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--year"),
                  QStringLiteral("2030"), QStringLiteral("--pdf"), none },
        &code);
    QCOMPARE(code, 1);
    QVERIFY(QFile::exists(none));

    // From a review database.
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    run(binary, { QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--db"), db },
        &code);
    QCOMPARE(code, 0);
    const QString fromDb = m_dir.filePath(QStringLiteral("cli-db.pdf"));
    run(binary, { QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--pdf"), fromDb },
        &code);
    QCOMPARE(code, 0);
    QVERIFY(text(fromDb).contains(somu));
}

void tst_Report::commandLineUsage()
{
    const QString binary = QStringLiteral(HYOKA_BINARY);
    int code = -1;
    run(binary, { QStringLiteral("report"), QStringLiteral(HYOKA_SEED_FILE) }, &code);
    QCOMPARE(code, 2); // no --pdf
    run(binary, { QStringLiteral("report"), QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("x.pdf")),
                  m_dir.filePath(QStringLiteral("missing.md")) },
        &code);
    QCOMPARE(code, 1);
}

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
