// hyoka detect, --map, --profile and saved profiles through the real executable
// (docs/profiles.md, docs/column-recognition.md).
#include "hyokaprocess.h"
#include "xlsxbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = Hyoka::TestSupport::HyokaRun;

const char shinagawa[] = HYOKA_SOURCE_DIR "/tests/shinagawa/data/shinagawa_r7.csv";

} // namespace

class tst_CliDetect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detectShinagawa();
    void detectFixtures_data();
    void detectFixtures();
    void detectWithoutName();
    void editedProfile();
    void savedProfileByPattern();
    void wideSheetMap();
    void badMap_data();
    void badMap();

private:
    Run hyoka(const QStringList &args);
    QJsonObject detect(const QString &file, const QStringList &more = {});
    QJsonArray exportRecords(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

Run tst_CliDetect::hyoka(const QStringList &args)
{
    return Hyoka::TestSupport::runHyoka(
            args, { { QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")) } });
}

QJsonObject tst_CliDetect::detect(const QString &file, const QStringList &more)
{
    const Run r = hyoka(QStringList { QStringLiteral("detect"), file } + more);
    if (r.exitCode != 0)
        qWarning("detect failed (%d): %s", r.exitCode, r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray tst_CliDetect::exportRecords(const QStringList &args)
{
    const Run r = hyoka(QStringList { QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("json") } + args);
    if (r.exitCode != 0)
        qWarning("export failed (%d): %s", r.exitCode, r.err.constData());
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("records")).toArray();
}

QString tst_CliDetect::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_CliDetect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(HYOKA_BINARY)));
}

static QString letterOf(const QJsonObject &profile, const QString &field)
{
    const QJsonValue v = profile.value(QStringLiteral("fields")).toObject().value(field);
    const QJsonObject o = v.isArray() ? v.toArray().first().toObject() : v.toObject();
    return o.value(QStringLiteral("column")).toString();
}

void tst_CliDetect::detectShinagawa()
{
    const Run r = hyoka({ QStringLiteral("detect"), QString::fromUtf8(shinagawa), QStringLiteral("--year"),
                          QStringLiteral("2025") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject p = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(p.value(QStringLiteral("header_row")).toInt(), 1);
    QCOMPARE(p.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(p.value(QStringLiteral("year")).toInt(), 2025);
    QCOMPARE(letterOf(p, QStringLiteral("ref_page")), QStringLiteral("A"));
    QCOMPARE(letterOf(p, QStringLiteral("name")), QStringLiteral("B"));
    QCOMPARE(letterOf(p, QStringLiteral("bureau")), QStringLiteral("C"));
    QCOMPARE(letterOf(p, QStringLiteral("division")), QStringLiteral("D"));
    QCOMPARE(letterOf(p, QStringLiteral("summary")), QStringLiteral("F"));
    QCOMPARE(letterOf(p, QStringLiteral("rating")), QStringLiteral("I"));
    const QJsonObject rating = p.value(QStringLiteral("fields")).toObject().value(QStringLiteral("rating")).toObject();
    QCOMPARE(rating.value(QStringLiteral("scale")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("letter"));
    QCOMPARE(rating.value(QStringLiteral("reason")).toString().left(9), QStringLiteral("header 評価"));
    const QJsonArray amounts = p.value(QStringLiteral("amounts")).toArray();
    QCOMPARE(amounts.size(), 2);
    QCOMPARE(amounts.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("settlement"));
    QCOMPARE(amounts.at(0).toObject().value(QStringLiteral("year")).toInt(), 2024);
    QCOMPARE(amounts.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("G"));
    QCOMPARE(amounts.at(0).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("千円"));
    QCOMPARE(amounts.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("budget"));
    QCOMPARE(amounts.at(1).toObject().value(QStringLiteral("year")).toInt(), 2025);
    const QJsonArray missing = p.value(QStringLiteral("not_found")).toArray();
    QVERIFY(missing.contains(QStringLiteral("code")));
    QVERIFY(missing.contains(QStringLiteral("category")));
    QVERIFY(!missing.contains(QStringLiteral("name")));
    QVERIFY2(r.err.contains("not found: fiscal_year, code, category"), r.err.constData());
}

void tst_CliDetect::detectFixtures_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected"); // field=letter
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("title rows, 部課名, code with zeros")
            << QStringLiteral("令和6年度 事務事業評価一覧\n\n事業番号,事業名,部課名,事業費(千円),今後の方向性\n"
                              "0086,事業A,市民生活部市民環境課,100,拡充\n0087,事業B,総務部総務課,200,廃止\n")
                       .toUtf8()
            << QStringList { QStringLiteral("code=A"), QStringLiteral("name=B"), QStringLiteral("organisation=C"),
                             QStringLiteral("rating=E") }
            << QStringList { QStringLiteral("category"), QStringLiteral("summary"), QStringLiteral("achievements") };
    QTest::newRow("values only: code and A_ rating")
            << QStringLiteral("番号,コード欄,事務事業名,判定\n1,010203,事業A,A_拡充\n2,010204,事業B,B_継続\n"
                              "3,010205,事業C,C_縮小\n")
                       .toUtf8()
            << QStringList { QStringLiteral("no=A"), QStringLiteral("code=B"), QStringLiteral("name=C"),
                             QStringLiteral("rating=D") }
            << QStringList { QStringLiteral("bureau"), QStringLiteral("division") };
    QTest::newRow("summary blocks, category, achievements")
            << QStringLiteral("年度,局名,事務事業名,【目的】,【概要】,事業区分,主な成果\n"
                              "R7,環境局,事業A,目的文,概要文,Ｅ　一般,実績1件\n")
                       .toUtf8()
            << QStringList { QStringLiteral("fiscal_year=A"), QStringLiteral("bureau=B"), QStringLiteral("name=C"),
                             QStringLiteral("summary=D"), QStringLiteral("category=F"),
                             QStringLiteral("achievements=G") }
            << QStringList { QStringLiteral("code"), QStringLiteral("rating"), QStringLiteral("budget") };
}

void tst_CliDetect::detectFixtures()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, missing);
    const QString file = write(QStringLiteral("fixture.csv"), csv);
    const Run r = hyoka({ QStringLiteral("detect"), file, QStringLiteral("--year"), QStringLiteral("2025") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject p = QJsonDocument::fromJson(r.out).object();
    for (const QString &e : expected)
        QCOMPARE(e.section(u'=', 0, 0) + u'=' + letterOf(p, e.section(u'=', 0, 0)), e);
    const QJsonArray notFound = p.value(QStringLiteral("not_found")).toArray();
    for (const QString &m : missing) {
        QVERIFY2(notFound.contains(m), qPrintable(m));
        QVERIFY2(r.err.contains(m.toUtf8()), r.err.constData());
    }
    // Every field it claims is one of the expected ones (nothing guessed besides).
    const QJsonObject fields = p.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        bool listed = false;
        for (const QString &e : expected)
            listed = listed || e.startsWith(it.key() + u'=');
        QVERIFY2(listed || it.key() == u"ref_page", qPrintable(it.key()));
    }
}

void tst_CliDetect::detectWithoutName()
{
    const QString file = write(QStringLiteral("noname.csv"), "番号,金額\n1,2\n");
    const Run r = hyoka({ QStringLiteral("detect"), file });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no header row names the project name column"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void tst_CliDetect::editedProfile()
{
    const QString file = write(QStringLiteral("edit.csv"),
                               QStringLiteral("事業名,説明,所管課,金額\n事業A,説明文,総務課,\"1,000\"\n").toUtf8());
    QJsonObject profile = detect(file, { QStringLiteral("--year"), QStringLiteral("2024") });
    QCOMPARE(letterOf(profile, QStringLiteral("name")), QStringLiteral("A"));
    // By hand: 説明 is the summary, 金額 a 2023 settlement in 円.
    QJsonObject fields = profile.value(QStringLiteral("fields")).toObject();
    fields.insert(QStringLiteral("summary"), QJsonObject { { QStringLiteral("column"), QStringLiteral("B") } });
    profile.insert(QStringLiteral("fields"), fields);
    profile.insert(QStringLiteral("amounts"),
                   QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("settlement") },
                                              { QStringLiteral("year"), 2023 },
                                              { QStringLiteral("unit"), QStringLiteral("円") },
                                              { QStringLiteral("column"), QStringLiteral("D") } } });
    const QString profilePath = write(QStringLiteral("edit.json"), QJsonDocument(profile).toJson());
    const QString db = m_dir.filePath(QStringLiteral("edit.sqlite"));
    const Run imported = hyoka({ QStringLiteral("import"), file, QStringLiteral("--profile"), profilePath,
                                 QStringLiteral("--db"), db });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonArray records = exportRecords({ QStringLiteral("--db"), db });
    QCOMPARE(records.size(), 1);
    const QJsonObject rec = records.at(0).toObject();
    QCOMPARE(rec.value(QStringLiteral("fiscal_year")).toInt(), 2024); // the profile's year
    QCOMPARE(rec.value(QStringLiteral("summary")).toString(), QStringLiteral("説明文"));
    QCOMPARE(rec.value(QStringLiteral("division")).toString(), QStringLiteral("総務課"));
    const QJsonArray amounts = rec.value(QStringLiteral("amounts")).toArray();
    QCOMPARE(amounts.size(), 1);
    QCOMPARE(amounts.at(0).toObject().value(QStringLiteral("fiscal_year")).toInt(), 2023);
    QCOMPARE(amounts.at(0).toObject().value(QStringLiteral("amount")).toInt(), 1);
}

void tst_CliDetect::savedProfileByPattern()
{
    const QByteArray table = QStringLiteral("件名,担当\n事業A,総務課\n").toUtf8();
    const QString first = write(QStringLiteral("citya_2024.csv"), table);
    const QString db = m_dir.filePath(QStringLiteral("saved.sqlite"));
    const Run saved = hyoka({ QStringLiteral("import"), first, QStringLiteral("--db"), db, QStringLiteral("--year"),
                              QStringLiteral("2024"), QStringLiteral("--map"), QStringLiteral("name=件名"),
                              QStringLiteral("--map"), QStringLiteral("division=B"),
                              QStringLiteral("--save-profile"), QStringLiteral("citya"),
                              QStringLiteral("--pattern"), QStringLiteral("citya_*.csv") });
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    const Run list = hyoka({ QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--db"), db });
    QVERIFY2(list.out.startsWith("citya\tcitya_*.csv\t"), list.out.constData());

    // Next year's file from the same city: no flags at all.
    const QString next = write(QStringLiteral("citya_2025.csv"),
                               QStringLiteral("件名,担当\n事業B,環境課\n").toUtf8());
    const Run again = hyoka({ QStringLiteral("import"), next, QStringLiteral("--db"), db });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains("citya") || again.out.contains("citya"), again.err.constData());
    const QJsonArray records = exportRecords({ QStringLiteral("--db"), db });
    QCOMPARE(records.size(), 2);
    const QJsonObject b = records.at(1).toObject();
    QCOMPARE(b.value(QStringLiteral("name")).toString(), QStringLiteral("事業B"));
    QCOMPARE(b.value(QStringLiteral("division")).toString(), QStringLiteral("環境課"));
    QCOMPARE(b.value(QStringLiteral("fiscal_year")).toInt(), 2024); // the profile's year

    // A file that matches no pattern is not read with it.
    const QString other = write(QStringLiteral("cityb.csv"), table);
    QCOMPARE(hyoka({ QStringLiteral("import"), other, QStringLiteral("--db"), db }).exitCode, 1);
}

void tst_CliDetect::wideSheetMap()
{
    // 200 columns: 8 common ones, then six blocks of the same 32 headers.
    QStringList header = { QStringLiteral("事業番号"), QStringLiteral("事務事業名"), QStringLiteral("課名") };
    while (header.size() < 8)
        header.append(QStringLiteral("備考%1").arg(header.size()));
    QStringList row = { QStringLiteral("0001"), QStringLiteral("事業A"), QStringLiteral("総務課") };
    while (row.size() < 8)
        row.append(QString());
    for (int block = 0; block < 6; ++block) {
        for (int i = 0; i < 32; ++i) {
            header.append(i == 0 ? QStringLiteral("決算額") : QStringLiteral("項目%1").arg(i));
            row.append(i == 0 ? QString::number(100 * (block + 1)) : QStringLiteral("x"));
        }
    }
    const QByteArray sheet = sheetXml(inlineRow(1, header) + inlineRow(2, row));
    const QString file = write(QStringLiteral("wide.xlsx"), workbook({ { QStringLiteral("Sheet1"), sheet } }));
    const QJsonObject p = detect(file, { QStringLiteral("--year"), QStringLiteral("2025") });
    const QJsonArray repeated = p.value(QStringLiteral("repeated_headers")).toArray();
    QVERIFY(!repeated.isEmpty());
    QCOMPARE(repeated.at(0).toObject().value(QStringLiteral("columns")).toArray().size(), 6);
    QCOMPARE(p.value(QStringLiteral("amounts")).toArray().at(0).toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("I"));

    const QJsonArray blocks = repeated.at(0).toObject().value(QStringLiteral("columns")).toArray();
    const QString fourth = blocks.at(3).toString();
    const QString fifth = blocks.at(4).toString();
    QCOMPARE(fifth, QStringLiteral("EG")); // 8 + 4 × 32 + 1 = column 137
    const QJsonArray records = exportRecords({ file, QStringLiteral("--year"), QStringLiteral("2025"),
                                               QStringLiteral("--map"), QStringLiteral("settlement=") + fourth,
                                               QStringLiteral("--map"), QStringLiteral("settlement@2024=") + fifth });
    QCOMPARE(records.size(), 1);
    const QJsonObject rec = records.at(0).toObject();
    QCOMPARE(rec.value(QStringLiteral("settlement")).toInt(), 400);
    QCOMPARE(rec.value(QStringLiteral("code")).toString(), QStringLiteral("0001"));
    const QJsonArray amounts = rec.value(QStringLiteral("amounts")).toArray();
    QCOMPARE(amounts.size(), 2);
    QCOMPARE(amounts.at(1).toObject().value(QStringLiteral("fiscal_year")).toInt(), 2024);
    QCOMPARE(amounts.at(1).toObject().value(QStringLiteral("amount")).toInt(), 500);
}

void tst_CliDetect::badMap_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown field") << QStringList { QStringLiteral("--map"), QStringLiteral("colour=A") } << 2
                                   << QByteArray("unknown field");
    QTest::newRow("no =") << QStringList { QStringLiteral("--map"), QStringLiteral("name") } << 2
                          << QByteArray("FIELD=COLUMN");
    QTest::newRow("missing profile") << QStringList { QStringLiteral("--profile"), QStringLiteral("/nonexistent.json") }
                                     << 2 << QByteArray("cannot open");
    QTest::newRow("no such column") << QStringList { QStringLiteral("--map"), QStringLiteral("summary=無い列") } << 0
                                    << QByteArray("summary=無い列 names no column");
}

void tst_CliDetect::badMap()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const QString file = write(QStringLiteral("map.csv"), QStringLiteral("事業名\n事業A\n").toUtf8());
    const Run r = hyoka(QStringList { QStringLiteral("check"), file, QStringLiteral("--year"),
                                      QStringLiteral("2025") } + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message) || r.out.contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliDetect)
#include "tst_clidetect.moc"
