// Hostile input files (issue 8): empty, binary garbage, an unterminated quote at byte 1,
// 100,000 columns, invalid and truncated UTF-8, Shift_JIS read as UTF-8, an XLSX zip
// bomb, XLSX entries named ../x, XML entity expansion. (Lines of 200 MB and hostile
// values are in tst_hostilevalues.)
//
// Each file is read twice: by the core readers in this process, and by the real
// `hyoka check` and `hyoka import` executables. Every run must end normally (no
// crash, no sanitizer report) with a message that names the file (and the line where
// one applies), within a time bound, with the child's peak memory under 512 MB, and
// without writing anything outside its temporary directory.
#include "recordreader.h"
#include "recordsink.h"

#include "zipbuilder.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "hostilefixture.h"

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {


QByteArray workbookXml()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
           " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<sheets><sheet name=\"S1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
}

QByteArray workbookRels(const QByteArray &sheetTarget, bool sharedStrings = false)
{
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships/worksheet\" Target=\""
            + sheetTarget + "\"/>";
    if (sharedStrings)
        rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    return rels + "</Relationships>";
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + rows + "</sheetData></worksheet>";
}

QByteArray validRows()
{
    return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>事務事業コード</t></is></c>"
           "<c r=\"B1\" t=\"inlineStr\"><is><t>事務事業名</t></is></c>"
           "<c r=\"C1\" t=\"inlineStr\"><is><t>年度</t></is></c></row>"
           "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>10000001</t></is></c>"
           "<c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\"><v>2021</v></c></row>";
}

// One file, how `hyoka check` must react, and what its messages must say.
struct HostileCase
{
    QString file;
    QStringList extraArgs;   // e.g. --encoding utf-8
    bool readOk = false;     // the reader returns true (some rows may still be skipped)
    int checkExit = 1;
    QStringList mustSay;     // each must appear on stderr (and in the core's messages)
};

} // namespace

class tst_Hostile : public QObject, private HostileFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coreReaders_data();
    void coreReaders();
    void checkCommand_data();
    void checkCommand();
    void importCommand_data();
    void importCommand();

private:
    void addCases();

    QList<HostileCase> m_cases;
};

void tst_Hostile::initTestCase()
{
    prepare();
    addCases();
}


void tst_Hostile::addCases()
{
    auto add = [this](const QString &file, bool readOk, int checkExit, const QStringList &mustSay,
                      const QStringList &extraArgs = {}) {
        m_cases.append({ file, extraArgs, readOk, checkExit, mustSay });
    };

    // Empty files, in each format and with no telling name.
    for (const char *name : { "empty.md", "empty.csv", "empty.xlsx", "empty" })
        write(QString::fromLatin1(name), QByteArray());
    add(QStringLiteral("empty.md"), false, 1, { QStringLiteral("empty.md: no record table") });
    add(QStringLiteral("empty.csv"), false, 1, { QStringLiteral("empty.csv: no header row") });
    add(QStringLiteral("empty.xlsx"), false, 1, { QStringLiteral("empty.xlsx: not an XLSX file") });
    add(QStringLiteral("empty"), false, 1, { QStringLiteral("empty: no header row") });

    // Binary garbage: the same megabyte under every name.
    QByteArray garbage(MiB, Qt::Uninitialized);
    QRandomGenerator random(20240808);
    random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    for (const char *name : { "garbage.md", "garbage.csv", "garbage.xlsx", "garbage.bin" })
        write(QString::fromLatin1(name), garbage);
    add(QStringLiteral("garbage.md"), false, 1,
        { QStringLiteral("garbage.md:1: invalid UTF-8"), QStringLiteral("garbage.md: no record table") });
    add(QStringLiteral("garbage.csv"), false, 1, { QStringLiteral("garbage.csv:1: ") });
    add(QStringLiteral("garbage.xlsx"), false, 1, { QStringLiteral("garbage.xlsx: not an XLSX file") });
    add(QStringLiteral("garbage.bin"), false, 1, { QStringLiteral("garbage.bin:1: ") });
    // Garbage that starts like a ZIP archive.
    write(QStringLiteral("garbage_pk.xlsx"), "PK\x03\x04" + garbage);
    add(QStringLiteral("garbage_pk.xlsx"), false, 1, { QStringLiteral("garbage_pk.xlsx: not an XLSX file") });

    // An unterminated quote at byte 1: the whole file is one open cell.
    write(QStringLiteral("quote.csv"), "\"" + csvHeader + "10000001,一,2021,局\n");
    add(QStringLiteral("quote.csv"), false, 1,
        { QStringLiteral("quote.csv:1: row skipped: a quoted cell starting on this line is never closed"),
          QStringLiteral("quote.csv: no header row (the rows that could hold it were skipped)") });

    // 100,000 columns: in the header, in a data row, in a markdown table row.
    QByteArray wide;
    for (int i = 0; i < 100000; ++i)
        wide += i ? ",c" : "c";
    write(QStringLiteral("wide_header.csv"), wide + "\n10000001,一\n");
    add(QStringLiteral("wide_header.csv"), false, 1,
        { QStringLiteral("wide_header.csv:1: row skipped: more than 10000 cells") });
    write(QStringLiteral("wide_row.csv"), csvHeader + wide + "\n10000002,二,2021,局\n");
    add(QStringLiteral("wide_row.csv"), true, 1,
        { QStringLiteral("wide_row.csv:2: row skipped: more than 10000 cells"),
          QStringLiteral("wide_row.csv: 1 record(s)") });
    QByteArray wideMd = "|";
    for (int i = 0; i < 100000; ++i)
        wideMd += " 1 |";
    write(QStringLiteral("wide.md"), mdTable + wideMd + "\n| 2 | 10000002 | 二 |\n");
    add(QStringLiteral("wide.md"), true, 1,
        { QStringLiteral("wide.md:5: row skipped: 100000 cells"), QStringLiteral("wide.md: 1 record(s)") });

    // Invalid UTF-8: a stray byte in an otherwise UTF-8 file, detected and declared.
    const QByteArray stray = csvHeader + "10000001,一,2021,局\n10000002,二\xFF,2021,局\n10000003,三,2021,局\n";
    write(QStringLiteral("stray.csv"), stray);
    add(QStringLiteral("stray.csv"), false, 1,
        { QStringLiteral("stray.csv:1: no header row names the project name column"), QStringLiteral("read as Shift_JIS"),
          QStringLiteral("--encoding") });
    write(QStringLiteral("stray_declared.csv"), stray);
    add(QStringLiteral("stray_declared.csv"), true, 0,
        { QStringLiteral("stray_declared.csv:3: invalid UTF-8"), QStringLiteral("3 record(s)") },
        { QStringLiteral("--encoding"), QStringLiteral("utf-8") });
    write(QStringLiteral("stray.md"), mdTable + "| 1 | 10000001 | 一\xC3\x28 |\n");
    add(QStringLiteral("stray.md"), true, 0,
        { QStringLiteral("stray.md:5: invalid UTF-8"), QStringLiteral("1 record(s)") });
    // A multibyte character cut off by the end of the file.
    write(QStringLiteral("cut.csv"), csvHeader + "10000001,一,2021,局\n10000002,二,2021,局\xE5\xB1");
    add(QStringLiteral("cut.csv"), true, 0, { QStringLiteral("cut.csv:3: "), QStringLiteral("2 record(s)") });
    write(QStringLiteral("cut.md"), mdTable + "| 1 | 10000001 | 一 |\n| 2 | 10000002 | 二\xE5\xB1");
    add(QStringLiteral("cut.md"), true, 0, { QStringLiteral("cut.md:6: invalid UTF-8"), QStringLiteral("2 record(s)") });

    // Shift_JIS bytes declared as UTF-8.
    QStringEncoder sjis("Shift_JIS");
    QVERIFY(sjis.isValid());
    const QByteArray sjisBytes = sjis.encode(QString::fromUtf8(csvHeader + "10000001,一,2021,局\n"));
    write(QStringLiteral("sjis.csv"), sjisBytes);
    add(QStringLiteral("sjis.csv"), false, 1,
        { QStringLiteral("sjis.csv:1: invalid UTF-8"), QStringLiteral("--encoding") },
        { QStringLiteral("--encoding"), QStringLiteral("utf-8") });
    write(QStringLiteral("sjis.md"), sjis.encode(QString::fromUtf8(mdTable + "| 1 | 10000001 | 一 |\n")));
    add(QStringLiteral("sjis.md"), false, 1,
        { QStringLiteral("sjis.md:1: invalid UTF-8"), QStringLiteral("sjis.md: no record table") });

    // Zip bombs: 64 MiB of blanks in sheet1.xml compress about 1000:1. One archive
    // says so in its headers; the other claims 1,000 bytes.
    const QByteArray blanks(64 * MiB, ' ');
    const QByteArray bombSheet = sheetXml(validRows() + blanks);
    {
        ZipBuilder zip;
        zip.add("xl/workbook.xml", workbookXml());
        zip.add("xl/_rels/workbook.xml.rels", workbookRels("worksheets/sheet1.xml"));
        zip.add("xl/worksheets/sheet1.xml", bombSheet, true);
        write(QStringLiteral("bomb.xlsx"), zip.archive());
    }
    add(QStringLiteral("bomb.xlsx"), false, 1,
        { QStringLiteral("bomb.xlsx: "), QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("zip bomb") });
    {
        ZipBuilder zip;
        zip.add("xl/workbook.xml", workbookXml());
        zip.add("xl/_rels/workbook.xml.rels", workbookRels("worksheets/sheet1.xml"));
        zip.add("xl/worksheets/sheet1.xml", bombSheet, true, 1000);
        write(QStringLiteral("bomb_lying.xlsx"), zip.archive());
    }
    add(QStringLiteral("bomb_lying.xlsx"), false, 1,
        { QStringLiteral("bomb_lying.xlsx: "), QStringLiteral("xl/worksheets/sheet1.xml") });
    // The same blanks in a shared-strings part.
    {
        ZipBuilder zip;
        zip.add("xl/workbook.xml", workbookXml());
        zip.add("xl/_rels/workbook.xml.rels", workbookRels("worksheets/sheet1.xml", true));
        zip.add("xl/sharedStrings.xml", "<sst><si><t>" + blanks + "</t></si></sst>", true);
        zip.add("xl/worksheets/sheet1.xml", sheetXml(validRows()));
        write(QStringLiteral("bomb_strings.xlsx"), zip.archive());
    }
    add(QStringLiteral("bomb_strings.xlsx"), false, 1,
        { QStringLiteral("bomb_strings.xlsx: "), QStringLiteral("xl/sharedStrings.xml"),
          QStringLiteral("zip bomb") });

    // Entries named ../x: as a relationship target, and as entry names that a careless
    // reader would extract outside its folder.
    const QString marker = QStringLiteral("hyoka_hostile_marker_%1").arg(QCoreApplication::applicationPid());
    {
        ZipBuilder zip;
        const QByteArray m = marker.toLatin1();
        zip.add("xl/workbook.xml", workbookXml());
        zip.add("xl/_rels/workbook.xml.rels", workbookRels("../../../" + m));
        zip.add("../" + m, sheetXml(validRows()));
        zip.add("../../" + m, sheetXml(validRows()));
        zip.add("../../../" + m, sheetXml(validRows()));
        zip.add("/tmp/" + m, sheetXml(validRows()));
        write(QStringLiteral("dotdot.xlsx"), zip.archive());
    }
    add(QStringLiteral("dotdot.xlsx"), false, 1,
        { QStringLiteral("dotdot.xlsx: "), QStringLiteral("sheet S1 cannot be found") });
    m_outsideMarkers = { QDir::cleanPath(m_dir.path() + QStringLiteral("/../") + marker),
                         QDir::cleanPath(m_dir.path() + u'/' + marker),
                         QDir::cleanPath(m_dir.path() + QStringLiteral("/work/") + marker),
                         QStringLiteral("/tmp/") + marker, QStringLiteral("/") + marker };

    // Rows just under the size guards, whose text the program copies several times on
    // the way to the database: the memory bound must hold for what is accepted.
    {
        const QString phrase = QStringLiteral("●利用者数 1234人※目標 2000人以上 ");
        QString text;
        while (text.size() + phrase.size() < 1000000) // the cell limit is 1,048,576
            text += phrase;
        const QByteArray cell = text.toUtf8();
        write(QStringLiteral("fat.csv"), csvHeader.trimmed() + ",事務事業の概要,主な取組の実績\n10000001,"
                      + cell + ",2021," + cell + "," + cell + "," + cell + "\n10000002,二,2021,局,,\n");
    }
    add(QStringLiteral("fat.csv"), true, 0, { QStringLiteral("fat.csv: 2 record(s)") });
    {
        // One shared string of a million characters, used by 20 cells of a row.
        ZipBuilder zip;
        zip.add("xl/workbook.xml", workbookXml());
        zip.add("xl/_rels/workbook.xml.rels", workbookRels("worksheets/sheet1.xml", true));
        zip.add("xl/sharedStrings.xml", "<sst><si><t>" + QByteArray(1000000, 'y') + "</t></si></sst>");
        QByteArray rows = validRows() + "<row r=\"3\">";
        for (int c = 0; c < 20; ++c)
            rows += "<c t=\"s\"><v>0</v></c>";
        rows += "</row>";
        zip.add("xl/worksheets/sheet1.xml", sheetXml(rows));
        write(QStringLiteral("fatrow.xlsx"), zip.archive());
    }
    add(QStringLiteral("fatrow.xlsx"), true, 1,
        { QStringLiteral("fatrow.xlsx:3: sheet S1: row skipped: the row is longer than 4 million characters") });
    {
        ZipBuilder zip;
        zip.add("xl/workbook.xml", workbookXml());
        zip.add("xl/_rels/workbook.xml.rels", workbookRels("worksheets/sheet1.xml"));
        zip.add("xl/worksheets/sheet1.xml",
                sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>" + QByteArray(5 * MiB, 'z')
                         + "</t></is></c></row>"));
        write(QStringLiteral("longtext.xlsx"), zip.archive());
    }
    add(QStringLiteral("longtext.xlsx"), false, 1,
        { QStringLiteral("longtext.xlsx: the entry xl/worksheets/sheet1.xml holds a text or tag longer than 4 MiB") });

    // XML entity expansion: a billion laughs in sharedStrings.xml, an external entity
    // in the sheet.
    QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY lol \"lol\">";
    laughs += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">";
    for (int i = 2; i <= 9; ++i) {
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            laughs += "&lol" + QByteArray::number(i - 1) + ";";
        laughs += "\">";
    }
    laughs += "]>\n<sst><si><t>&lol9;</t></si></sst>";
    {
        ZipBuilder zip;
        zip.add("xl/workbook.xml", workbookXml());
        zip.add("xl/_rels/workbook.xml.rels", workbookRels("worksheets/sheet1.xml", true));
        zip.add("xl/sharedStrings.xml", laughs, true);
        zip.add("xl/worksheets/sheet1.xml", sheetXml(validRows()));
        write(QStringLiteral("laughs.xlsx"), zip.archive());
    }
    add(QStringLiteral("laughs.xlsx"), false, 1,
        { QStringLiteral("laughs.xlsx: xl/sharedStrings.xml is not valid XML (line "),
          QStringLiteral("DOCTYPE") });
    {
        ZipBuilder zip;
        zip.add("xl/workbook.xml", workbookXml());
        zip.add("xl/_rels/workbook.xml.rels", workbookRels("worksheets/sheet1.xml"));
        zip.add("xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                "</sheetData></worksheet>");
        write(QStringLiteral("external.xlsx"), zip.archive());
    }
    add(QStringLiteral("external.xlsx"), false, 1,
        { QStringLiteral("external.xlsx: xl/worksheets/sheet1.xml is not valid XML (line "),
          QStringLiteral("DOCTYPE") });
}

void tst_Hostile::coreReaders_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases.at(i).file + m_cases.at(i).extraArgs.join(u' '))) << i;
}

void tst_Hostile::coreReaders()
{
    QFETCH(int, index);
    const HostileCase &c = m_cases.at(index);
    const QString path = work(c.file);
    ReadOptions options;
    if (c.extraArgs.value(0) == u"--encoding")
        options.encoding = c.extraArgs.value(1).toLatin1();
    CollectingSink sink;
    QString error;
    const bool ok = RecordReader::readFile(path, sink, options, &error);
    QCOMPARE(ok, c.readOk);
    if (!ok) {
        QVERIFY2(error.startsWith(path), qPrintable(error));
    }
    for (const ImportWarning &w : std::as_const(sink.warnings)) {
        QCOMPARE(w.file, path);
        QVERIFY(w.line >= 0);
        QVERIFY(!w.message.isEmpty());
    }
}

void tst_Hostile::checkCommand_data()
{
    coreReaders_data();
}

void tst_Hostile::checkCommand()
{
    QFETCH(int, index);
    const HostileCase &c = m_cases.at(index);
    const auto before = snapshot();
    const Run r = hyoka(QStringList { QStringLiteral("check"), c.file } + c.extraArgs);
    verifyEnded(c.file, r, c.checkExit);
    if (QTest::currentTestFailed())
        return;
    const QString err = QString::fromUtf8(r.err);
    for (const QString &needle : c.mustSay)
        QVERIFY2(err.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + err.left(3000)));
    // Messages are lines of text: no stack dump, no sanitizer report.
    QVERIFY2(!err.contains(u"Sanitizer"), qPrintable(err.left(3000)));
    verifyNothingWrittenOutside(before, QString());
}

void tst_Hostile::importCommand_data()
{
    coreReaders_data();
}

void tst_Hostile::importCommand()
{
    QFETCH(int, index);
    const HostileCase &c = m_cases.at(index);
    const QString dbDir = m_dir.filePath(QStringLiteral("db"));
    const QString db = dbDir + QStringLiteral("/import-%1.sqlite").arg(index);
    const auto before = snapshot();
    const Run r = hyoka(QStringList { QStringLiteral("import"), c.file, QStringLiteral("--db"), db }
                        + c.extraArgs);
    verifyEnded(c.file, r, c.checkExit);
    if (QTest::currentTestFailed())
        return;
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QFileInfo(c.file).fileName()), qPrintable(err.left(3000)));
    QVERIFY2(!err.contains(u"Sanitizer"), qPrintable(err.left(3000)));
    verifyNothingWrittenOutside(before, dbDir);

    // A file that cannot be read leaves the database without a trace of it.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM imports)")));
        QVERIFY(q.next());
        if (!c.readOk) {
            QCOMPARE(q.value(0).toInt(), 0);
            QCOMPARE(q.value(1).toInt(), 0);
        } else {
            QCOMPARE(q.value(1).toInt(), 1);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

HYOKA_HOSTILE_TEST_MAIN(tst_Hostile)
#include "tst_hostile.moc"
