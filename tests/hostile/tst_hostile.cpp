// Hostile input files (issue 8): empty, binary garbage, a 200 MB line, an unterminated
// quote at byte 1, 100,000 columns, invalid and truncated UTF-8, Shift_JIS read as
// UTF-8, an XLSX zip bomb, XLSX entries named ../x, XML entity expansion.
//
// Each file is read twice: by the core readers in this process, and by the real
// `hyoka check` and `hyoka import` executables. Every run must end normally (no
// crash, no sanitizer report) with a message that names the file (and the line where
// one applies), within a time bound, with the child's peak memory under 512 MB, and
// without writing anything outside its temporary directory.
#include "recordreader.h"
#include "recordsink.h"

#include "zipbuilder.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sanitizer.h"

using namespace Hyoka;

namespace {

constexpr qint64 MiB = 1024 * 1024;
// The product bound. An AddressSanitizer build adds shadow memory and a quarantine
// of freed blocks on top of what the program itself uses, so there the bound is
// the product's plus that allowance.
#ifdef HYOKA_TEST_ASAN
constexpr qint64 peakRssLimit = 512 * MiB + 512 * MiB;
constexpr int timeLimitMs = 240000;
#else
constexpr qint64 peakRssLimit = 512 * MiB;
constexpr int timeLimitMs = 60000;
#endif

const QByteArray csvHeader = "事務事業コード,事務事業名,年度,局名\n";
const QByteArray mdTable = "令和3年度の事務事業の評価結果一覧(こども未来局)\n\n"
                           "| 番号 | 事務事業コード | 事務事業名 |\n"
                           "|----|----|----|\n";

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

// `tst_hostile --peak-rss-of PROGRAM ARGS...`: runs PROGRAM in a child of this small,
// freshly started process and reports the child's peak resident memory on stderr as
// the last line, "peak-rss-kib: N". (QProcess starts children in a way that makes
// the kernel count the parent's memory into the child's figure; a fork of a small
// process does not.) Exits as the child did.
int runAndReportPeakRss(char **argv)
{
    const pid_t pid = fork();
    if (pid < 0)
        return 127;
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL); // killed with this wrapper on a timeout
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) < 0)
        return 127;
    std::fprintf(stderr, "\npeak-rss-kib: %ld\n", usage.ru_maxrss);
    std::fflush(stderr);
    if (WIFSIGNALED(status)) {
        signal(WTERMSIG(status), SIG_DFL);
        raise(WTERMSIG(status));
        return 128 + WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}

} // namespace

class tst_Hostile : public QObject
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
    void longLines_data();
    void longLines();
    void hostileValuesThroughCommandLine();

private:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        bool timedOut = false;
        QByteArray err;
        qint64 peakRss = 0;
        qint64 elapsedMs = 0;
    };
    Run hyoka(const QStringList &args);
    void addCases();
    QString work(const QString &name) const { return m_dir.filePath(QStringLiteral("work/") + name); }
    void write(const QString &name, const QByteArray &bytes);
    // path → size and mtime of every file under the temporary directory.
    QMap<QString, QPair<qint64, qint64>> snapshot() const;
    void verifyNothingWrittenOutside(const QMap<QString, QPair<qint64, qint64>> &before,
                                     const QString &allowedPrefix);
    static void writeLongFile(const QString &path, const QByteArray &head, char fill,
                              qint64 size, const QByteArray &tail, const QByteArray &every = {});

    QTemporaryDir m_dir;
    QList<HostileCase> m_cases;
    QStringList m_outsideMarkers; // paths outside the temporary directory that ../x could reach
};

void tst_Hostile::write(const QString &name, const QByteArray &bytes)
{
    QFile f(work(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

void tst_Hostile::writeLongFile(const QString &path, const QByteArray &head, char fill, qint64 size,
                                const QByteArray &tail, const QByteArray &every)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(head);
    QByteArray chunk(MiB, fill);
    if (!every.isEmpty()) {
        for (qsizetype i = 0; i + every.size() <= chunk.size(); i += 16)
            chunk.replace(i, every.size(), every);
    }
    for (qint64 written = 0; written < size; written += chunk.size())
        QCOMPARE(f.write(chunk), chunk.size());
    f.write(tail);
}

void tst_Hostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *sub : { "work", "home", "tmp", "db" })
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
    QVERIFY(QFileInfo::exists(QStringLiteral(HYOKA_BINARY)));
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

QMap<QString, QPair<qint64, qint64>> tst_Hostile::snapshot() const
{
    QMap<QString, QPair<qint64, qint64>> files;
    QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.insert(info.filePath(),
                     { info.isDir() ? -1 : info.size(), info.lastModified().toMSecsSinceEpoch() });
    }
    return files;
}

void tst_Hostile::verifyNothingWrittenOutside(const QMap<QString, QPair<qint64, qint64>> &before,
                                              const QString &allowedPrefix)
{
    const auto after = snapshot();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!allowedPrefix.isEmpty() && it.key().startsWith(allowedPrefix))
            continue;
        if (QFileInfo(it.key()).isDir())
            continue; // a directory's mtime changes when a file in it is added and removed
        QVERIFY2(before.contains(it.key()), qPrintable(QStringLiteral("new file: ") + it.key()));
        QVERIFY2(before.value(it.key()) == it.value(), qPrintable(QStringLiteral("changed: ") + it.key()));
    }
    for (const QString &marker : std::as_const(m_outsideMarkers))
        QVERIFY2(!QFileInfo::exists(marker), qPrintable(QStringLiteral("written: ") + marker));
}

tst_Hostile::Run tst_Hostile::hyoka(const QStringList &args)
{
    QProcess p;
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments(QStringList { QStringLiteral("--peak-rss-of"), QStringLiteral(HYOKA_BINARY) } + args);
    p.setWorkingDirectory(m_dir.filePath(QStringLiteral("work")));
    // `check` prints its warnings on stdout, errors go to stderr: read them as one.
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
#ifdef HYOKA_TEST_ASAN
    // Keep the quarantine of freed blocks small so that the peak says something.
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":quarantine_size_mb=16"));
#endif
    p.setProcessEnvironment(env);

    Run r;
    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForFinished(timeLimitMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished();
    }
    r.elapsedMs = timer.elapsed();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.err = p.readAll();
    const qsizetype at = r.err.lastIndexOf("\npeak-rss-kib: ");
    if (at >= 0) {
        r.peakRss = r.err.mid(at + 15).trimmed().toLongLong() * 1024;
        r.err.truncate(at);
    } else {
        r.peakRss = -1; // no report: the wrapper itself failed
    }
    return r;
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
    const QString err = QString::fromUtf8(r.err);
    qInfo("%s: exit %d in %lld ms, peak %lld MiB", qPrintable(c.file), r.exitCode, r.elapsedMs,
          r.peakRss / MiB);
    QVERIFY2(!r.timedOut, "took too long");
    QVERIFY2(!r.crashed, qPrintable(err.right(3000)));
    QCOMPARE(r.exitCode, c.checkExit);
    for (const QString &needle : c.mustSay)
        QVERIFY2(err.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + err.left(3000)));
    // Messages are lines of text: no stack dump, no sanitizer report.
    QVERIFY2(!err.contains(u"Sanitizer"), qPrintable(err.left(3000)));
    QVERIFY2(r.peakRss > 0 && r.peakRss < peakRssLimit,
             qPrintable(QString::number(r.peakRss / MiB) + QStringLiteral(" MiB")));
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
    const QString err = QString::fromUtf8(r.err);
    qInfo("%s: exit %d in %lld ms, peak %lld MiB", qPrintable(c.file), r.exitCode, r.elapsedMs,
          r.peakRss / MiB);
    QVERIFY2(!r.timedOut, "took too long");
    QVERIFY2(!r.crashed, qPrintable(err.right(3000)));
    QCOMPARE(r.exitCode, c.checkExit);
    QVERIFY2(err.contains(QFileInfo(c.file).fileName()), qPrintable(err.left(3000)));
    QVERIFY2(!err.contains(u"Sanitizer"), qPrintable(err.left(3000)));
    QVERIFY2(r.peakRss > 0 && r.peakRss < peakRssLimit,
             qPrintable(QString::number(r.peakRss / MiB) + QStringLiteral(" MiB")));
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

void tst_Hostile::longLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<char>("fill");
    QTest::addColumn<QByteArray>("every");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QStringList>("mustSay");

    // Each file holds one line of 200 MB; the rows around it still load.
    QTest::newRow("markdown row")
            << QStringLiteral("long.md") << mdTable + "| 1 | 10000001 | " << 'x' << QByteArray()
            << QByteArray(" |\n| 2 | 10000002 | 二 |\n")
            << QStringList { QStringLiteral("long.md:5: line longer than 4 MiB skipped"),
                             QStringLiteral("long.md: 1 record(s)") };
    QTest::newRow("csv cell")
            << QStringLiteral("long.csv") << csvHeader + "10000001,一,2021," << 'x' << QByteArray()
            << QByteArray("\n10000002,二,2021,局\n")
            << QStringList { QStringLiteral("long.csv:2: row skipped: a cell is longer than 1 million characters"),
                             QStringLiteral("long.csv: 1 record(s)") };
    QTest::newRow("csv quoted cell, newlines inside")
            << QStringLiteral("longquoted.csv") << csvHeader + "10000001,\"" << 'y' << QByteArray("\n")
            << QByteArray("\",2021,局\n10000002,二,2021,局\n")
            << QStringList { QStringLiteral("longquoted.csv:2: row skipped: a cell is longer than 1 million characters"),
                             QStringLiteral("longquoted.csv: 1 record(s)") };
    QTest::newRow("csv only line, millions of cells")
            << QStringLiteral("single.csv") << QByteArray() << 'z' << QByteArray(",")
            << QByteArray()
            << QStringList { QStringLiteral("single.csv:1: row skipped: more than 10000 cells"),
                             QStringLiteral("single.csv: no header row (the rows that could hold it were skipped)") };
}

void tst_Hostile::longLines()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, head);
    QFETCH(char, fill);
    QFETCH(QByteArray, every);
    QFETCH(QByteArray, tail);
    QFETCH(QStringList, mustSay);
    const QString path = work(file);
    writeLongFile(path, head, fill, 200 * 1000 * 1000, tail, every);
    const auto cleanup = qScopeGuard([&] { QFile::remove(path); });

    const auto before = snapshot();
    const Run r = hyoka({ QStringLiteral("check"), file });
    const QString err = QString::fromUtf8(r.err);
    qInfo("%s: exit %d in %lld ms, peak %lld MiB", qPrintable(file), r.exitCode, r.elapsedMs,
          r.peakRss / MiB);
    QVERIFY2(!r.timedOut, "took too long");
    QVERIFY2(!r.crashed, qPrintable(err.right(3000)));
    QCOMPARE(r.exitCode, 1);
    for (const QString &needle : mustSay)
        QVERIFY2(err.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + err.left(3000)));
    QVERIFY2(r.peakRss > 0 && r.peakRss < peakRssLimit,
             qPrintable(QString::number(r.peakRss / MiB) + QStringLiteral(" MiB")));
    verifyNothingWrittenOutside(before, QString());
}

// Names and values that try to break out of SQL, CSV or a spreadsheet, through the
// real executable: import → export (JSON, CSV, XLSX) → read the exports back.
void tst_Hostile::hostileValuesThroughCommandLine()
{
    const QString longText = QString(20000, u'長');
    struct Row
    {
        QString code, name, bureau, summary, achievements;
    };
    const QList<Row> rows = {
        { QStringLiteral("10000001"), QStringLiteral("'; DROP TABLE records; --"),
          QStringLiteral("=HYPERLINK(\"http://example.invalid\")"), QStringLiteral("\"quoted\", 'single'"),
          QStringLiteral("●=1+1\n●@SUM(A1)") },
        { QStringLiteral("10000002"), QStringLiteral("Robert'); DROP TABLE flags;--"), QStringLiteral("+局"),
          longText, QStringLiteral("●－1\n●＠x") },
        { QStringLiteral("10000003"), QStringLiteral("事業🎌👨‍👩‍👧"), QStringLiteral("-局"),
          QStringLiteral("? %1 :name $1 100% _x_"), QStringLiteral("●'quoted' \"double\"") },
    };
    QString csv = QStringLiteral("code,name,fiscal_year,bureau,summary,achievements\r\n");
    auto quoted = [](QString v) { return u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    for (const Row &r : rows)
        csv += QStringList { r.code, quoted(r.name), QStringLiteral("2021"), quoted(r.bureau),
                             quoted(r.summary), quoted(r.achievements) }
                       .join(u',')
                + QStringLiteral("\r\n");
    write(QStringLiteral("values.csv"), csv.toUtf8());
    const QString db = m_dir.filePath(QStringLiteral("db/values.sqlite"));

    Run r = hyoka({ QStringLiteral("import"), QStringLiteral("values.csv"), QStringLiteral("--db"), db });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    auto exportJson = [this](const QStringList &args) {
        const QString out = work(QStringLiteral("export.json"));
        const Run run = hyoka(QStringList { QStringLiteral("export"), QStringLiteral("--format"),
                                            QStringLiteral("json"), QStringLiteral("-o"), out }
                              + args);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("records")).toArray();
    };
    const QJsonArray fromDb = exportJson({ QStringLiteral("--db"), db });
    QCOMPARE(fromDb.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = fromDb.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), rows.at(i).name);
        QCOMPARE(o.value(QStringLiteral("bureau")).toString(), rows.at(i).bureau);
        QCOMPARE(o.value(QStringLiteral("summary")).toString(), rows.at(i).summary);
    }
    auto sameRecords = [&](const QJsonArray &other) {
        QCOMPARE(other.size(), fromDb.size());
        for (qsizetype i = 0; i < other.size(); ++i) {
            for (const char *key : { "code", "name", "bureau", "summary", "achievements", "indicators" }) {
                const QString k = QString::fromLatin1(key);
                QVERIFY2(other.at(i).toObject().value(k) == fromDb.at(i).toObject().value(k),
                         qPrintable(QStringLiteral("record %1, %2").arg(i).arg(k)));
            }
        }
    };

    // CSV: the formula-like cells are guarded in the file, and read back unguarded.
    r = hyoka({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("-o"), QStringLiteral("out.csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile csvOut(work(QStringLiteral("out.csv")));
    QVERIFY(csvOut.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(csvOut.readAll());
    QVERIFY2(written.contains(QStringLiteral(",\"'=HYPERLINK(")), qPrintable(written.left(2000)));
    QVERIFY(written.contains(QStringLiteral(",'+局,")));
    QVERIFY(written.contains(QStringLiteral(",'-局,")));
    sameRecords(exportJson({ QStringLiteral("out.csv") }));

    // XLSX the same way.
    r = hyoka({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("xlsx"),
                QStringLiteral("-o"), QStringLiteral("out.xlsx") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    sameRecords(exportJson({ QStringLiteral("out.xlsx") }));

    // The tables are all still there.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("values"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                      "('records', 'flags', 'achievements', 'imports', 'audit_log')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("values"));
}

int main(int argc, char **argv)
{
    if (argc > 2 && std::strcmp(argv[1], "--peak-rss-of") == 0)
        return runAndReportPeakRss(argv + 2);
    QCoreApplication app(argc, argv);
    tst_Hostile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_hostile.moc"
