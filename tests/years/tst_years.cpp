// Projects across fiscal years (docs/years.md): links by code, by organisation and
// name, renames matched by name, organisation renames, the schema 4 and 5 migrations and
// `hyoka history` / the JSON "previous", on SQLite and PostgreSQL. The year-on-year rules
// are in tst_yearrules.
#include "testrecords.h"
#include "twoyears.h"
#include "hyokaprocess.h"
#include "yearsfixture.h"

#include "flagstore.h"
#include "projectlinks.h"
#include "recordreader.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "yearrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

class tst_Years : public QObject, private YearsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();

    void nameSimilarity_data();
    void nameSimilarity();
    void linksByCodeAndByName_data();
    void linksByCodeAndByName();
    void tableWithoutCodes_data();
    void tableWithoutCodes();
    void organisationRenameLinks();
    void migratesFromVersion3_data();
    void migratesFromVersion3();
    void historyCommand();
    void jsonExportHasPrevious();

private:
    static QList<Record> shinagawa2025();
};

void tst_Years::initTestCase()
{
    prepare();
}

QList<Record> tst_Years::shinagawa2025()
{
    CollectingSink sink;
    ReadOptions options;
    options.defaultYear = 2025;
    QString error;
    if (!RecordReader::readFile(QStringLiteral(HYOKA_SOURCE_DIR "/tests/shinagawa/data/shinagawa_r7.csv"),
                                sink, options, &error))
        qFatal("%s", qPrintable(error));
    return sink.records;
}

void tst_Years::nameSimilarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("renamed");
    QTest::newRow("same") << u"待機児童対策事業"_qs << u"待機児童対策事業"_qs << true;
    QTest::newRow("suffix added") << u"電子申請推進事業"_qs << u"電子申請推進事業（拡充）"_qs << true;
    QTest::newRow("full-width folded") << u"ＩＴ推進事業"_qs << u"IT推進事業"_qs << true;
    QTest::newRow("katakana and hiragana") << u"こどもサポート事業"_qs << u"子どもさぽーと事業"_qs << true;
    QTest::newRow("another project") << u"地方分権改革推進事業"_qs << u"庁内デジタル人材育成事業"_qs << false;
    QTest::newRow("only 事業 shared") << u"広聴等事務"_qs << u"保育士確保対策事業"_qs << false;
}

void tst_Years::nameSimilarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, renamed);
    const double s = ProjectLinks::nameSimilarity(a, b);
    QCOMPARE(s, ProjectLinks::nameSimilarity(b, a));
    QVERIFY2((s >= ProjectLinks::defaultNameThreshold) == renamed, qPrintable(QString::number(s)));
}

void tst_Years::linksByCodeAndByName_data()
{
    backends();
}

void tst_Years::linksByCodeAndByName()
{
    QFETCH(QString, backend);
    auto db = fresh(backend);
    importTwoYears(*db);
    int prev = 0;
    QCOMPARE(linkOf(*db, 2022, u"20104020"_qs, &prev), u"code"_qs);
    QCOMPARE(prev, 2021);
    QCOMPARE(linkOf(*db, 2021, u"20104020"_qs, &prev), u"code"_qs);
    QCOMPARE(prev, 0);
    // The renamed project is linked to its old code, shown as matched by name.
    QCOMPARE(linkOf(*db, 2022, u"40205099"_qs, &prev), u"name"_qs);
    QCOMPARE(prev, 2021);
    QCOMPARE(linkOf(*db, 2022, u"10109999"_qs, &prev), u"code"_qs);
    QCOMPARE(prev, 0); // new this year
    ProjectLinks links(*db);
    const QList<ProjectLinks::NameMatch> matches = links.nameMatches();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).code, u"40205099"_qs);
    QCOMPARE(matches.at(0).targetCode, u"40205030"_qs);
    QCOMPARE(matches.at(0).targetYear, 2021);
    QCOMPARE(matches.at(0).state, u"matched"_qs);

    const QList<ProjectLinks::Year> years = links.history(2022, u"40205099"_qs);
    QCOMPARE(years.size(), 2);
    QCOMPARE(years.at(0).code, u"40205030"_qs);
    QCOMPARE(years.at(0).name, u"電子申請推進事業"_qs);
    QCOMPARE(years.at(1).matched, u"name"_qs);
    QCOMPARE(years.at(1).aliasState, u"matched"_qs);
    // Every project of 2021 but the dropped one and the renamed one continues by code.
    QSqlQuery q(db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM project_links WHERE fiscal_year = 2022"
                                  " AND prev_year = 2021 AND matched = 'code'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 36);
}

void tst_Years::tableWithoutCodes_data()
{
    backends();
}

// Shinagawa's table (no codes) as fiscal 2025 and a 2026 made from it: one project
// renamed, one dropped, every other linked by bureau, division and name.
void tst_Years::tableWithoutCodes()
{
    QFETCH(QString, backend);
    auto db = fresh(backend);
    const QList<Record> first = shinagawa2025();
    QCOMPARE(first.size(), 652);
    QList<Record> second = inYear(first, 2026);
    const Record renamedFrom = second.at(0);
    second[0].name += QStringLiteral("（拡充）");
    const Record dropped = second.takeAt(5);
    RecordStore store(*db);
    QVERIFY(store.importRecords(first, u"shinagawa_r7.csv"_qs).ok);
    const ImportResult r = store.importRecords(second, u"shinagawa_r8.csv"_qs);
    QVERIFY2(r.ok, qPrintable(r.error));

    QSqlQuery q(db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT matched, count(*) FROM project_links WHERE fiscal_year = 2026"
                                  " AND prev_year = 2025 GROUP BY matched ORDER BY matched")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"key"_qs);
    QCOMPARE(q.value(1).toInt(), 650);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"name"_qs);
    QCOMPARE(q.value(1).toInt(), 1);
    const QString newKey = second.at(0).identityKey();
    int prev = 0;
    QCOMPARE(linkOf(*db, 2026, newKey, &prev), u"name"_qs);
    QCOMPARE(ProjectLinks(*db).history(2026, newKey).at(0).key, renamedFrom.identityKey());
    QCOMPARE(firing(*db, {}, u"project_disappeared"_qs), (KeyList { { 2025, dropped.identityKey() } }));
}

void tst_Years::organisationRenameLinks()
{
    auto db = fresh(QStringLiteral("sqlite"));
    const QList<Record> first = shinagawa2025();
    const QString oldBureau = first.at(0).bureau;
    QList<Record> second = inYear(first, 2026);
    int moved = 0;
    for (Record &r : second) {
        if (r.bureau == oldBureau) {
            r.bureau = QStringLiteral("新設経営部");
            ++moved;
        }
    }
    QVERIFY(moved > 1);
    RecordStore store(*db);
    QVERIFY(store.importRecords(first, u"shinagawa_r7.csv"_qs).ok);
    QVERIFY(store.importRecords(second, u"shinagawa_r8.csv"_qs).ok);
    // The bureau has no records in 2026: its projects are not "gone" (it may just not
    // be published yet), but the new bureau's are all new.
    auto newIn2026 = [&] {
        QSqlQuery q(db->database());
        q.exec(QStringLiteral("SELECT count(*) FROM project_links WHERE fiscal_year = 2026"
                              " AND prev_year IS NULL"));
        q.next();
        return q.value(0).toInt();
    };
    QCOMPARE(newIn2026(), moved);
    ProjectLinks links(*db);
    QString error;
    QVERIFY2(links.setOrganisationRename(oldBureau, u"新設経営部"_qs, &error), qPrintable(error));
    QCOMPARE(newIn2026(), 0);
    int prev = 0;
    QCOMPARE(linkOf(*db, 2026, second.at(0).identityKey(), &prev), u"key"_qs);
    QCOMPARE(prev, 2025);
    QCOMPARE(links.organisationRenames().size(), 1);
    // Back again would be a circle: refused, nothing written.
    QVERIFY(!links.setOrganisationRename(u"新設経営部"_qs, oldBureau, &error));
    QVERIFY2(error.contains(u"circle"), qPrintable(error));
    QVERIFY(!links.setOrganisationRename(oldBureau, oldBureau, &error));
    QCOMPARE(links.organisationRenames().size(), 1);
    QCOMPARE(newIn2026(), 0);
    QVERIFY(links.setOrganisationRename(oldBureau, QString(), &error));
    QCOMPARE(newIn2026(), moved);
}

void tst_Years::migratesFromVersion3_data()
{
    backends();
}

void tst_Years::migratesFromVersion3()
{
    QFETCH(QString, backend);
    QString spec = m_server.url();
    if (backend == u"postgresql")
        resetPostgres();
    else
        spec = m_dir.filePath(QStringLiteral("v3-%1.sqlite").arg(++m_files));
    int auditRows = 0;
    {
        ReviewDatabase v3;
        QString error;
        QVERIFY2(v3.openAtVersionForTests(spec, 3, &error), qPrintable(error));
        QCOMPARE(v3.schemaVersion(), 3);
        importTwoYears(v3);
        Flag f;
        f.status = QStringLiteral("flagged");
        f.note = QStringLiteral("前年度も未達");
        QVERIFY(FlagStore(v3).setFlag(2022, u"20103040"_qs, f, 0).ok());
        QSqlQuery q(v3.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
        auditRows = q.value(0).toInt();
        QVERIFY(!v3.database().tables().contains(u"project_links"_qs));
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    if (backend == u"sqlite")
        QVERIFY(db.migrationBackupPath().startsWith(spec + u".v3-backup-"_qs));
    QCOMPARE(FlagStore(db).flag(2022, u"20103040"_qs)->note, u"前年度も未達"_qs);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), auditRows);
    // The migration linked the stored years, the grid's columns of version 5 included.
    QCOMPARE(firing(db, {}, u"below_target_repeated"_qs), (KeyList { { 2022, u"20103040"_qs } }));
    QVERIFY(q.exec(QStringLiteral("SELECT budget_change, prev_rating_label, bureau_prev_year FROM project_links"
                                  " WHERE fiscal_year = 2022 AND code = '20104020'"))
            && q.next());
    QVERIFY2(qAbs(q.value(0).toDouble() - 0.5) < 1e-4, qPrintable(q.value(0).toString())); // ×3/2 in whole thousands
    QCOMPARE(q.value(1).toString(), u"3"_qs);
    QCOMPARE(q.value(2).toInt(), 2021);
    int prev = 0;
    QCOMPARE(linkOf(db, 2022, u"40205099"_qs, &prev), u"name"_qs);
}

void tst_Years::historyCommand()
{
    auto db = fresh(QStringLiteral("sqlite"));
    importTwoYears(*db);
    const QString spec = db->spec();
    db.reset();
    using TestSupport::runHyoka;
    auto run = runHyoka({ u"history"_qs, u"--db"_qs, spec, u"--code"_qs, u"20104020"_qs });
    QCOMPARE(run.exitCode, 0);
    QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"fiscal_year\tcode\t"));
    const QStringList y2021 = lines.at(1).split(u'\t');
    const QStringList y2022 = lines.at(2).split(u'\t');
    QCOMPARE(y2021.value(0), u"2021"_qs);
    QCOMPARE(y2022.value(0), u"2022"_qs);
    QCOMPARE(y2021.value(5), u"3"_qs);
    QCOMPARE(y2022.value(5), u"4"_qs);
    QCOMPARE(y2022.value(6).toLongLong(), y2021.value(6).toLongLong() * 3 / 2);
    QCOMPARE(y2022.value(9), u"code"_qs);

    // The renamed project, by either name: its two years, the second matched by name.
    for (const QString &name : { u"電子申請推進事業"_qs, u"電子申請推進事業（拡充）"_qs }) {
        run = runHyoka({ u"history"_qs, u"--db"_qs, spec, u"--name"_qs, name });
        QCOMPARE(run.exitCode, 0);
        lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(2).endsWith(u" matched") && lines.at(2).contains(u"\tname 0."),
                 qPrintable(lines.at(2)));
    }
    run = runHyoka({ u"history"_qs, u"--db"_qs, spec, u"--code"_qs, u"99999999"_qs });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("99999999"));
    run = runHyoka({ u"history"_qs, u"--db"_qs, spec });
    QCOMPARE(run.exitCode, 2);

    // hyoka links: list, undo, and the bureau rename table.
    run = runHyoka({ u"links"_qs, u"--db"_qs, spec, u"--undo"_qs, u"--year"_qs, u"2022"_qs,
                     u"--code"_qs, u"40205099"_qs, u"--rename-bureau"_qs, u"総務企画局=総務局"_qs });
    QCOMPARE(run.exitCode, 0);
    const QString listed = QString::fromUtf8(run.out);
    QVERIFY2(listed.contains(u"bureau\t総務企画局\t総務局"), qPrintable(listed));
    QVERIFY2(listed.contains(u"\t40205099\t電子申請推進事業（拡充）\t2021\t40205030\t電子申請推進事業\trejected\t"),
             qPrintable(listed));
}

void tst_Years::jsonExportHasPrevious()
{
    auto db = fresh(QStringLiteral("sqlite"));
    importTwoYears(*db);
    const QString spec = db->spec();
    db.reset();
    const auto run = TestSupport::runHyoka({ u"export"_qs, u"--db"_qs, spec, u"--format"_qs, u"json"_qs });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(!doc.isNull(), qPrintable(parseError.errorString()));
    const QJsonArray records = doc.object().value(u"records").toArray();
    QCOMPARE(records.size(), 38 + 38);
    int checked = 0;
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        const int year = o.value(u"fiscal_year").toInt();
        const QString code = o.value(u"code").toString();
        const QJsonValue previous = o.value(u"previous");
        QVERIFY(o.contains(u"previous"));
        const QJsonArray suggestions = o.value(u"suggestions").toArray();
        if (year == 2021 || code == u"10109999") {
            QVERIFY(previous.isNull());
        }
        if (year == 2022 && code == u"20104020") {
            const QJsonObject p = previous.toObject();
            QCOMPARE(p.value(u"fiscal_year").toInt(), 2021);
            QCOMPARE(p.value(u"rating").toObject().value(u"label").toString(), u"3"_qs);
            QCOMPARE(p.value(u"rating").toObject().value(u"rank").toInt(), 3);
            QVERIFY(p.value(u"budget").isDouble());
            QCOMPARE(qint64(o.value(u"budget").toDouble()), qint64(p.value(u"budget").toDouble()) * 3 / 2);
            QVERIFY(p.contains(u"settlement"));
            QVERIFY(suggestions.contains(u"rating_worse"_qs));
            QVERIFY(suggestions.contains(u"budget_up_rating_down"_qs));
            QVERIFY(suggestions.contains(u"level_below_target"_qs));
            ++checked;
        }
        if (year == 2022 && code == u"40205099") {
            QCOMPARE(previous.toObject().value(u"fiscal_year").toInt(), 2021);
            ++checked;
        }
        if (year == 2021 && code == u"50101060") {
            QVERIFY(suggestions.contains(u"project_disappeared"_qs));
            ++checked;
        }
    }
    QCOMPARE(checked, 3);
}

QTEST_GUILESS_MAIN(tst_Years)
#include "tst_years.moc"
