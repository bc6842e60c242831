// The `hyoka` command line as a user runs it: exit codes, messages, JSON shape,
// and the same records through markdown, CSV (each encoding and line ending) and XLSX.
#include "generalrecords.h"
#include "hyokaprocess.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// The header and rule of a Markdown table of records (docs/formats.md); rows follow.
const char mdHeader[] =
        "| 番号 | 事務事業コード | 事務事業名 | サービス分類 | 事務事業の概要 | 主な取組の実績 | 予算額 | 決算額 | 達成度 | 参考資料掲載頁 |\n"
        "|--|--|--|--|--|--|--|--|--|--|\n";

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
    void checkSeedIsClean();
    void checkReportsFileAndLine();
    void missingFileIsOneLine();
    void pdfRefusalsAreOneLine_data();
    void pdfRefusalsAreOneLine();
    void jsonShape();
    void seedJsonUnchangedApartFromNewKeys();
    void jsonSeedFields_data();
    void jsonSeedFields();
    void importThenExportMatchesFile();
    void roundTrip_data();
    void roundTrip();
    void csvExportGuardsFormulas();
    void flagRecordWithoutCode();
    void brokenImportKeepsData();

private:
    using Run = Hyoka::TestSupport::HyokaRun;
    Run hyoka(const QStringList &args);
    QJsonArray exportRecords(const QStringList &args);
    // The records without their "source" (file and line differ between formats).
    static QJsonArray withoutSource(const QJsonArray &records);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Writes `bytes` to path(name): that path, or empty when it cannot be written.
    QString written(const QString &name, const QByteArray &bytes) const
    {
        return Hyoka::TestSupport::writeFile(path(name), bytes) ? path(name) : QString();
    }

    QTemporaryDir m_dir;
    QJsonArray m_seedRecords;
};

tst_Cli::Run tst_Cli::hyoka(const QStringList &args)
{
    return Hyoka::TestSupport::runHyoka(
            args, { { QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")) } });
}

QJsonArray tst_Cli::exportRecords(const QStringList &args)
{
    const Run r = hyoka(QStringList { QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("json") } + args);
    if (r.exitCode != 0)
        qWarning("export failed (%d): %s", r.exitCode, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad JSON: %s", qPrintable(error.errorString()));
    return doc.object().value(QStringLiteral("records")).toArray();
}

QJsonArray tst_Cli::withoutSource(const QJsonArray &records)
{
    QJsonArray out;
    for (const QJsonValue &v : records) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("source"));
        out.append(o);
    }
    return out;
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(HYOKA_BINARY)));
    m_seedRecords = exportRecords({ QStringLiteral(HYOKA_SEED_FILE) });
    QCOMPARE(m_seedRecords.size(), 38);
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("check without files") << QStringList { QStringLiteral("check") };
    QTest::newRow("import without files") << QStringList { QStringLiteral("import") };
    QTest::newRow("bad format") << QStringList { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral(HYOKA_SEED_FILE) };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("check"), QStringLiteral("--frob"), QStringLiteral(HYOKA_SEED_FILE) };
    QTest::newRow("bad year") << QStringList { QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("soon"), QStringLiteral(HYOKA_SEED_FILE) };
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = hyoka(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!r.err.contains("Segmentation"));
}

void tst_Cli::versionAndHelp()
{
    Run r = hyoka({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("hyoka "));
    r = hyoka({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("hyoka export"));
}

void tst_Cli::checkSeedIsClean()
{
    const Run r = hyoka({ QStringLiteral("check"), QStringLiteral(HYOKA_SEED_FILE) });
    QCOMPARE(r.exitCode, 0);
    // Every line of output is file:line: message.
    const QList<QByteArray> lines = r.out.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QVERIFY2(line.startsWith(QByteArray(HYOKA_SEED_FILE) + ':'), line.constData());
    }
}

void tst_Cli::checkReportsFileAndLine()
{
    const QString file = written(QStringLiteral("bad.md"),
                                 QByteArray("令和3年度の事務事業の評価結果一覧(試験局)\n\n") + mdHeader
                                         + "| 1 | 12345678 | 良い | その他 | 概要 | ●実施 | 1 | 1 | 3 | P1 |\n"
                                           "| 2 | 1234X678 | 悪い | その他 | 概要 | ●実施 | 1 | 1 | 3 | P1 |\n");
    QVERIFY(!file.isEmpty());
    const Run r = hyoka({ QStringLiteral("check"), file });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains((file + QStringLiteral(":6: ")).toUtf8()), r.out.constData());
}

void tst_Cli::missingFileIsOneLine()
{
    for (const char *command : { "check", "import", "export" }) {
        QStringList args { QString::fromLatin1(command) };
        if (qstrcmp(command, "import") == 0)
            args << QStringLiteral("--db") << path(QStringLiteral("m.sqlite"));
        args << path(QStringLiteral("missing.md"));
        const Run r = hyoka(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("missing.md"));
    }
}

void tst_Cli::pdfRefusalsAreOneLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    for (const char *command : { "check", "import" }) {
        for (const char *file : { "scanned.pdf", "encrypted.pdf", "notable_qt.pdf" })
            QTest::addRow("%s %s", command, file) << QString::fromLatin1(command) << QString::fromLatin1(file);
    }
}

// Scanned, encrypted and table-less PDFs (docs/pdf.md, "Refusals"): one line naming
// the file, exit 1, nothing imported.
void tst_Cli::pdfRefusalsAreOneLine()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    const QString pdf = QStringLiteral(HYOKA_SOURCE_DIR "/tests/pdfreader/data/") + file;
    const QString db = path(QStringLiteral("pdf-%1.sqlite").arg(QString(file).remove(u'.')));
    QStringList args { command };
    if (command == u"import")
        args << QStringLiteral("--db") << db;
    const Run r = hyoka(args << pdf);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith(pdf.toUtf8() + ':'), r.err.constData());
    if (command == u"import") {
        const Run e = hyoka({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                              QStringLiteral("json") });
        const QJsonArray records = QJsonDocument::fromJson(e.out).object().value(u"records").toArray();
        QCOMPARE(records.size(), 0);
    }
}

void tst_Cli::jsonShape()
{
    const QSet<QString> keys { QStringLiteral("fiscal_year"), QStringLiteral("bureau"), QStringLiteral("no"),
                               QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"),
                               QStringLiteral("summary"), QStringLiteral("achievements"), QStringLiteral("budget"),
                               QStringLiteral("settlement"), QStringLiteral("settlement_estimated"),
                               QStringLiteral("level"), QStringLiteral("ref_page"), QStringLiteral("execution_rate"),
                               QStringLiteral("indicators"),
                               // issue 4: the review state (file exports: no flag, rule ids)
                               QStringLiteral("flag"), QStringLiteral("suggestions"),
                               // issue 13: the generalised record
                               QStringLiteral("division"), QStringLiteral("rating"),
                               QStringLiteral("amounts"), QStringLiteral("source"),
                               // issue 16: the project's previous year (null for files)
                               QStringLiteral("previous") };
    for (const QJsonValue &v : std::as_const(m_seedRecords)) {
        const QJsonObject o = v.toObject();
        const QStringList k = o.keys();
        QCOMPARE(QSet<QString>(k.begin(), k.end()), keys);
        QVERIFY(o.value(QStringLiteral("code")).isString());
        QVERIFY(o.value(QStringLiteral("budget")).isDouble());
        QVERIFY(o.value(QStringLiteral("achievements")).isArray());
        QVERIFY(o.value(QStringLiteral("flag")).isNull());
        QVERIFY(o.value(QStringLiteral("previous")).isNull());
        QVERIFY(o.value(QStringLiteral("suggestions")).isArray());
        // A level-rated record: its level on the 1–5 scale.
        const QJsonObject rating = o.value(QStringLiteral("rating")).toObject();
        QCOMPARE(rating.value(QStringLiteral("label")).toString(),
                 QString::number(o.value(QStringLiteral("level")).toInt()));
        QCOMPARE(rating.value(QStringLiteral("rank")).toInt(), o.value(QStringLiteral("level")).toInt());
        QCOMPARE(rating.value(QStringLiteral("ranks")).toInt(), 5);
        // Its own year's budget and settlement are listed in amounts too (every money
        // column is an amount, docs/column-recognition.md); none of another year.
        const int own = (o.value(QStringLiteral("budget")).isNull() ? 0 : 1)
                + (o.value(QStringLiteral("settlement")).isNull() ? 0 : 1);
        QCOMPARE(o.value(QStringLiteral("amounts")).toArray().size(), own);
        for (const QJsonValue &a : o.value(QStringLiteral("amounts")).toArray())
            QCOMPARE(a.toObject().value(QStringLiteral("fiscal_year")).toInt(), 2021);
        QCOMPARE(o.value(QStringLiteral("division")).toString(), QString());
        const QJsonObject source = o.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("file")).toString(), QStringLiteral(HYOKA_SEED_FILE));
        QVERIFY(source.value(QStringLiteral("line")).toInt() > 1);
        QVERIFY(source.value(QStringLiteral("sheet")).isNull());
        QVERIFY(source.value(QStringLiteral("page")).isNull());
        for (const QJsonValue &i : o.value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject ind = i.toObject();
            for (const char *key : { "label", "actual", "target", "unit", "ratio" })
                QVERIFY2(ind.contains(QString::fromLatin1(key)), key);
        }
    }
    const Run r = hyoka({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral(HYOKA_SEED_FILE) });
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QVERIFY(doc.value(QStringLiteral("warnings")).isArray());
    const QJsonObject w = doc.value(QStringLiteral("warnings")).toArray().at(0).toObject();
    QCOMPARE(w.value(QStringLiteral("line")).toInt(), 22);
}

void tst_Cli::seedJsonUnchangedApartFromNewKeys()
{
    // The seed's JSON as Hyoka wrote it before issue 13 (commit e41548e).
    QFile before(QStringLiteral(HYOKA_SOURCE_DIR "/tests/cli/data/kawasaki_r3_before_issue13.json"));
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QJsonArray old = QJsonDocument::fromJson(before.readAll()).object().value(u"records"_qs).toArray();
    QCOMPARE(old.size(), m_seedRecords.size());
    for (qsizetype i = 0; i < old.size(); ++i) {
        QJsonObject now = m_seedRecords.at(i).toObject();
        for (const char *key : { "division", "rating", "amounts", "source", "previous" })
            QVERIFY2(now.contains(QString::fromLatin1(key)), key);
        for (const char *key : { "division", "rating", "amounts", "source", "previous" })
            now.remove(QString::fromLatin1(key));
        QCOMPARE(now, old.at(i).toObject());
    }
}

void tst_Cli::jsonSeedFields_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("refPage");
    QTest::addColumn<double>("executionRate");
    QTest::addColumn<int>("indicatorCount");
    QTest::newRow("first") << 0 << QStringLiteral("地域子育て支援事業") << QVariant(1) << 0.9506 << 2;
    QTest::newRow("wrapped name") << 22 << QStringLiteral("ひとり親家庭の生活支援事業") << QVariant(46) << 0.9355 << 2;
    QTest::newRow("placeholder page") << 30 << QStringLiteral("本庁舎等建替事業") << QVariant() << 0.9643 << 0;
    QTest::newRow("last") << 37 << QStringLiteral("広聴等事務") << QVariant() << 1.308 << 4;
}

void tst_Cli::jsonSeedFields()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QVariant, refPage);
    QFETCH(double, executionRate);
    QFETCH(int, indicatorCount);
    const QJsonObject o = m_seedRecords.at(index).toObject();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), name);
    if (refPage.isValid())
        QCOMPARE(o.value(QStringLiteral("ref_page")).toInt(), refPage.toInt());
    else
        QVERIFY(o.value(QStringLiteral("ref_page")).isNull());
    QVERIFY(qAbs(o.value(QStringLiteral("execution_rate")).toDouble() - executionRate) < 0.00051);
    QCOMPARE(o.value(QStringLiteral("indicators")).toArray().size(), indicatorCount);
    if (index == 0) {
        const QJsonObject ind = o.value(QStringLiteral("indicators")).toArray().at(0).toObject();
        QCOMPARE(ind.value(QStringLiteral("label")).toString(), QStringLiteral("地域子育て支援センターの延べ利用人数"));
        QCOMPARE(ind.value(QStringLiteral("actual")).toInt(), 147832);
        QCOMPARE(ind.value(QStringLiteral("target")).toInt(), 224664);
        QCOMPARE(ind.value(QStringLiteral("unit")).toString(), QStringLiteral("人"));
        QCOMPARE(ind.value(QStringLiteral("ratio")).toDouble(), 0.658);
        QCOMPARE(o.value(QStringLiteral("settlement_estimated")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("level")).toInt(), 4);
    }
}

void tst_Cli::importThenExportMatchesFile()
{
    const QString db = path(QStringLiteral("review.sqlite"));
    Run r = hyoka({ QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("38"));
    // What it wrote of each bureau and year, under the file's line.
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("\n  こども未来局 2021: records 30 (new 30, updated 0); budget 122,523,602, "
                                         "settlement 135,455,487 (thousand yen)\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\n  総務企画局 2021: records 8 (new 8, updated 0); budget 6,852,989, "
                                         "settlement 6,584,629 (thousand yen)\n")),
             qPrintable(out));
    QCOMPARE(exportRecords({ QStringLiteral("--db"), db }), m_seedRecords);
    // Importing again updates, never duplicates.
    r = hyoka({ QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("  総務企画局 2021: records 8 (new 0, updated 8)")), r.out.constData());
    QCOMPARE(exportRecords({ QStringLiteral("--db"), db }), m_seedRecords);
}

void tst_Cli::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("lf");
    QTest::newRow("csv utf-8 bom crlf") << QStringLiteral("csv") << QString() << false;
    QTest::newRow("csv utf-8 bom lf") << QStringLiteral("csv") << QString() << true;
    QTest::newRow("csv shift_jis crlf") << QStringLiteral("csv") << QStringLiteral("shift_jis") << false;
    QTest::newRow("csv cp932 lf") << QStringLiteral("csv") << QStringLiteral("cp932") << true;
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << QString() << false;
}

void tst_Cli::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(bool, lf);
    const QString file = path(QStringLiteral("seed-%1.%2").arg(QString::number(qHash(QTest::currentDataTag())), format));
    QStringList args { QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("-o"),
                       file, QStringLiteral(HYOKA_SEED_FILE) };
    if (!encoding.isEmpty())
        args << QStringLiteral("--encoding") << encoding;
    Run r = hyoka(args);
    QCOMPARE(r.exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    if (format == u"csv") {
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), encoding.isEmpty());
        if (!encoding.isEmpty()) {
            // Really Shift_JIS: not valid UTF-8, decodes cleanly as CP932.
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString decoded = utf8.decode(bytes);
            QVERIFY(!decoded.isEmpty());
            QVERIFY(utf8.hasError());
        }
        if (lf) {
            // A file saved by a tool that writes LF line ends (quoted newlines stay).
            bytes.replace("\r\n", "\n");
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
        }
    } else {
        QVERIFY(bytes.startsWith("PK"));
    }
    // Parsed directly, and imported into a database: the same records as the markdown
    // (only where they came from differs).
    QCOMPARE(withoutSource(exportRecords({ file })), withoutSource(m_seedRecords));
    const QString db = path(QStringLiteral("rt-%1.sqlite").arg(QString::number(qHash(QTest::currentDataTag()))));
    r = hyoka({ QStringLiteral("import"), file, QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray stored = exportRecords({ QStringLiteral("--db"), db });
    QCOMPARE(withoutSource(stored), withoutSource(m_seedRecords));
    const QJsonObject source = stored.at(0).toObject().value(u"source"_qs).toObject();
    QCOMPARE(source.value(u"file"_qs).toString(), file);
    QCOMPARE(source.value(u"line"_qs).toInt(), 2); // the first record row after the header
}

void tst_Cli::csvExportGuardsFormulas()
{
    const QString md = written(QStringLiteral("formula.md"),
                               QByteArray("令和3年度の事務事業の評価結果一覧(試験局)\n") + mdHeader
                                       + "| 1 | 12345678 | =HYPERLINK(\"x\") | その他 | @SUM(A1) | ●実施 | 1 | 1 | 3 | P1 |\n");
    QVERIFY(!md.isEmpty());
    const QString csv = path(QStringLiteral("formula.csv"));
    Run r = hyoka({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv, md });
    QCOMPARE(r.exitCode, 0);
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QByteArray text = c.readAll();
    QVERIFY(text.contains("'=HYPERLINK"));
    QVERIFY(text.contains("'@SUM"));
    // …and reading our own export back gives the original text.
    const QJsonArray back = exportRecords({ csv });
    QCOMPARE(back.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("=HYPERLINK(\"x\")"));
}

void tst_Cli::flagRecordWithoutCode()
{
    const QString db = path(QStringLiteral("nocode.sqlite"));
    {
        Hyoka::ReviewDatabase database;
        QString error;
        QVERIFY2(database.open(db, &error), qPrintable(error));
        const Hyoka::Record r = GeneralRecords::withoutCode(QStringLiteral("住民記録事務"), 1234);
        QVERIFY(Hyoka::RecordStore(database).importRecords({ r }, QStringLiteral("shinagawa_r7.csv")).ok);
    }
    const QStringList named { QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2025"),
                              QStringLiteral("--name"), QStringLiteral("住民記録事務"), QStringLiteral("--bureau"),
                              QStringLiteral("区民部"), QStringLiteral("--division"), QStringLiteral("戸籍住民課") };
    Run r = hyoka(QStringList { QStringLiteral("flag") } + named
                  + QStringList { QStringLiteral("--status"), QStringLiteral("flagged") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("1"));
    const QJsonObject o = exportRecords({ QStringLiteral("--db"), db }).at(0).toObject();
    QVERIFY(o.value(QStringLiteral("code")).isNull());
    QCOMPARE(o.value(QStringLiteral("flag")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("flagged"));
    // Another division: no such project, named by its name.
    QStringList other = named;
    other.last() = QStringLiteral("地域活動課");
    r = hyoka(QStringList { QStringLiteral("flag") } + other
              + QStringList { QStringLiteral("--status"), QStringLiteral("flagged") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("住民記録事務 (区民部 地域活動課)"), r.err.constData());
    // --code and --name together: a usage error.
    r = hyoka(QStringList { QStringLiteral("flag"), QStringLiteral("--code"), QStringLiteral("1") } + named
              + QStringList { QStringLiteral("--status"), QStringLiteral("flagged") });
    QCOMPARE(r.exitCode, 2);
}

void tst_Cli::brokenImportKeepsData()
{
    const QString db = path(QStringLiteral("keep.sqlite"));
    QCOMPARE(hyoka({ QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--db"), db }).exitCode, 0);
    const QString broken = written(QStringLiteral("broken.csv"), "no,useful,header\n1,2,3\n");
    QVERIFY(!broken.isEmpty());
    const Run r = hyoka({ QStringLiteral("import"), broken, QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("broken.csv"));
    QCOMPARE(exportRecords({ QStringLiteral("--db"), db }), m_seedRecords);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
