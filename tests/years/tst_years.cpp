// Projects across fiscal years (docs/years.md): links by code, by organisation and
// name, renames matched by name, organisation renames, the year-on-year rules, the
// schema 4 and 5 migrations and `hyoka history` / the JSON "previous", on SQLite and PostgreSQL.
#include "testrecords.h"
#include "twoyears.h"
#include "hyokaprocess.h"
#include "../shareddb/pgtestserver.h"

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

using Key = std::pair<int, QString>;
using KeyList = QList<Key>;

class tst_Years : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nameSimilarity_data();
    void nameSimilarity();
    void linksByCodeAndByName_data();
    void linksByCodeAndByName();
    void yearRuleFiresExactly_data();
    void yearRuleFiresExactly();
    void thresholdsAreEditable();
    void undoAndConfirmSurviveReimport_data();
    void undoAndConfirmSurviveReimport();
    void flagsAndAuditKeptPerYear();
    void tableWithoutCodes_data();
    void tableWithoutCodes();
    void organisationRenameLinks();
    void migratesFromVersion3_data();
    void migratesFromVersion3();
    void historyCommand();
    void jsonExportHasPrevious();

private:
    void backends();
    void resetPostgres();
    std::unique_ptr<ReviewDatabase> fresh(const QString &backend);
    void importTwoYears(ReviewDatabase &db, const QList<Record> &second = {});
    static QList<Record> shinagawa2025();
    static KeyList firing(const ReviewDatabase &db, const YearRuleSettings &s, const QString &rule);
    static QString linkOf(const ReviewDatabase &db, int year, const QString &key, int *prevYear);

    QTemporaryDir m_dir;
    PgTestServer m_server;
    int m_files = 0;
};

Q_DECLARE_METATYPE(KeyList)

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

void tst_Years::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void tst_Years::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

std::unique_ptr<ReviewDatabase> tst_Years::fresh(const QString &backend)
{
    QString error;
    auto db = std::make_unique<ReviewDatabase>();
    if (backend == u"postgresql") {
        resetPostgres();
        if (!db->open(m_server.url(), &error))
            qFatal("%s", qPrintable(error));
    } else if (!db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)), &error)) {
        qFatal("%s", qPrintable(error));
    }
    return db;
}

// An empty PostgreSQL database, not even a schema.
void tst_Years::resetPostgres()
{
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
    {
        const QUrl url(m_server.url());
        raw.setHostName(url.host());
        raw.setPort(url.port(5432));
        raw.setDatabaseName(url.path().mid(1));
        raw.setUserName(url.userName());
        raw.setPassword(url.password());
        if (!raw.open())
            qFatal("%s", qPrintable(raw.lastError().text()));
        QSqlQuery q(raw);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
        q.exec(QStringLiteral("CREATE SCHEMA public"));
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("reset"));
}

void tst_Years::importTwoYears(ReviewDatabase &db, const QList<Record> &second)
{
    RecordStore store(db);
    ImportResult r = store.importRecords(TestSupport::kawasaki2021(), QStringLiteral("kawasaki_r3.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = store.importRecords(second.isEmpty() ? TestSupport::kawasaki2022() : second, QStringLiteral("kawasaki_r4.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
}

KeyList tst_Years::firing(const ReviewDatabase &db, const YearRuleSettings &s, const QString &rule)
{
    const SqlCondition c = YearRules::suggestedCondition(s, rule);
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT fiscal_year, code FROM records WHERE ") + c.sql
              + QStringLiteral(" ORDER BY fiscal_year, code"));
    for (const QVariant &v : c.values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    KeyList keys;
    while (q.next())
        keys.append({ q.value(0).toInt(), q.value(1).toString() });
    return keys;
}

QString tst_Years::linkOf(const ReviewDatabase &db, int year, const QString &key, int *prevYear)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT matched, prev_year FROM project_links WHERE fiscal_year = ? AND code = ?"));
    q.addBindValue(year);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QString();
    *prevYear = q.value(1).toInt();
    return q.value(0).toString();
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

void tst_Years::yearRuleFiresExactly_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<KeyList>("expected");
    for (const char *backend : { "sqlite", "postgresql" }) {
        auto row = [&](const char *rule, const KeyList &keys) {
            QTest::addRow("%s %s", backend, rule) << QString::fromLatin1(backend)
                                                  << QString::fromLatin1(rule) << keys;
        };
        row("below_target_repeated", { { 2022, u"20103040"_qs } });
        row("rating_worse", { { 2022, u"20104020"_qs }, { 2022, u"20104040"_qs } });
        row("budget_up_rating_down", { { 2022, u"20104020"_qs } });
        row("project_disappeared", { { 2021, u"50101060"_qs } });
    }
}

void tst_Years::yearRuleFiresExactly()
{
    QFETCH(QString, backend);
    QFETCH(QString, rule);
    QFETCH(KeyList, expected);
    auto db = fresh(backend);
    importTwoYears(*db);
    // The SQL condition and the rule on one record's inputs agree.
    QCOMPARE(firing(*db, {}, rule), expected);
    KeyList byInputs;
    RecordStore(*db).forEachRecord([&](const Record &r) {
        const auto in = YearRules::inputs(*db, r.fiscalYear, r.identityKey());
        if (in && YearRules::suggestions(*in).contains(rule))
            byInputs.append({ r.fiscalYear, r.identityKey() });
        return true;
    });
    std::sort(byInputs.begin(), byInputs.end());
    QCOMPARE(byInputs, expected);
    // The numbers behind the finding.
    const auto in = YearRules::inputs(*db, expected.at(0).first, expected.at(0).second);
    QVERIFY(in);
    const QList<ReviewRules::Finding> findings = YearRules::explain(*in);
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&](const ReviewRules::Finding &f) { return f.ruleId == rule; });
    QVERIFY(it != findings.cend());
    QVERIFY(!it->details.isEmpty());
    const QString text = it->details.join(u'\n');
    QVERIFY2(text.contains(QString::number(rule == u"project_disappeared" ? 2022 : 2021)), qPrintable(text));
    if (rule == u"budget_up_rating_down")
        QVERIFY2(text.contains(u"+50%"), qPrintable(text));
}

void tst_Years::thresholdsAreEditable()
{
    auto db = fresh(QStringLiteral("sqlite"));
    importTwoYears(*db);
    YearRuleSettings s = YearRules::loadSettings(*db);
    QCOMPARE(s, YearRuleSettings {});
    s.budgetIncrease = 0.05; // 20104040's +10 % now counts
    s.belowTargetLevel = 3;  // 20104020: level 3 then 4
    QString error;
    QVERIFY2(YearRules::saveSettings(*db, s, &error), qPrintable(error));
    QCOMPARE(YearRules::loadSettings(*db), s);
    QCOMPARE(firing(*db, s, u"budget_up_rating_down"_qs),
             (KeyList { { 2022, u"20104020"_qs }, { 2022, u"20104040"_qs } }));
    QCOMPARE(firing(*db, s, u"below_target_repeated"_qs),
             (KeyList { { 2022, u"20103040"_qs }, { 2022, u"20104020"_qs } }));
    s.disabledRules = QStringList { u"rating_worse"_qs };
    QVERIFY(firing(*db, s, u"rating_worse"_qs).isEmpty());
    s.belowTargetLevel = 6;
    QVERIFY(!YearRules::saveSettings(*db, s, &error));
    QVERIFY(error.contains(u"6"));
}

void tst_Years::undoAndConfirmSurviveReimport_data()
{
    backends();
}

void tst_Years::undoAndConfirmSurviveReimport()
{
    QFETCH(QString, backend);
    auto db = fresh(backend);
    importTwoYears(*db);
    ProjectLinks links(*db);
    QString error;
    QVERIFY2(links.undo(2022, u"40205099"_qs, &error), qPrintable(error));
    int prev = 0;
    QCOMPARE(linkOf(*db, 2022, u"40205099"_qs, &prev), u"code"_qs);
    QCOMPARE(prev, 0);
    QCOMPARE(firing(*db, {}, u"project_disappeared"_qs),
             (KeyList { { 2021, u"40205030"_qs }, { 2021, u"50101060"_qs } }));
    // A re-import of the later year keeps the decision.
    const ImportResult again = RecordStore(*db).importRecords(TestSupport::kawasaki2022(), u"kawasaki_r4.md"_qs);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(linkOf(*db, 2022, u"40205099"_qs, &prev), u"code"_qs);
    QCOMPARE(links.nameMatches().at(0).state, u"rejected"_qs);
    QVERIFY(!links.confirm(2022, u"40205099"_qs, &error)); // an undone match stays undone
    QVERIFY(error.contains(u"2022"));

    auto other = fresh(backend);
    importTwoYears(*other);
    ProjectLinks links2(*other);
    QVERIFY2(links2.confirm(2022, u"40205099"_qs, &error), qPrintable(error));
    const ImportResult third = RecordStore(*other).importRecords(TestSupport::kawasaki2022(), u"kawasaki_r4.md"_qs);
    QVERIFY2(third.ok, qPrintable(third.error));
    QCOMPARE(linkOf(*other, 2022, u"40205099"_qs, &prev), u"name"_qs);
    QCOMPARE(prev, 2021);
    QCOMPARE(links2.nameMatches().at(0).state, u"confirmed"_qs);
    QCOMPARE(links2.history(2021, u"40205030"_qs).last().aliasState, u"confirmed"_qs);
}

void tst_Years::flagsAndAuditKeptPerYear()
{
    auto db = fresh(QStringLiteral("sqlite"));
    importTwoYears(*db);
    FlagStore flags(*db);
    Flag a;
    a.status = QStringLiteral("flagged");
    a.note = QStringLiteral("2021年度分");
    QVERIFY(flags.setFlag(2021, u"20103040"_qs, a, 0).ok());
    Flag b;
    b.status = QStringLiteral("reviewed");
    b.note = QStringLiteral("2022年度分");
    QVERIFY(flags.setFlag(2022, u"20103040"_qs, b, 0).ok());
    auto auditCount = [&] {
        QSqlQuery q(db->database());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
        q.next();
        return q.value(0).toInt();
    };
    const int audit = auditCount();
    QVERIFY(audit > 0);
    QString error;
    QVERIFY2(ProjectLinks(*db).relink(&error), qPrintable(error));
    const ImportResult again = RecordStore(*db).importRecords(TestSupport::kawasaki2022(), u"kawasaki_r4.md"_qs);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY2(ProjectLinks(*db).setOrganisationRename(u"総務企画局"_qs, u"総務局"_qs, &error), qPrintable(error));
    QCOMPARE(flags.flag(2021, u"20103040"_qs).note, u"2021年度分"_qs);
    QCOMPARE(flags.flag(2021, u"20103040"_qs).status, u"flagged"_qs);
    QCOMPARE(flags.flag(2022, u"20103040"_qs).note, u"2022年度分"_qs);
    QCOMPARE(flags.flag(2022, u"20103040"_qs).status, u"reviewed"_qs);
    QCOMPARE(auditCount(), audit);
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
    QList<Record> second = first;
    for (Record &r : second) {
        r.fiscalYear = 2026;
        r.amounts.clear();
    }
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
    QList<Record> second = first;
    int moved = 0;
    for (Record &r : second) {
        r.fiscalYear = 2026;
        r.amounts.clear();
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
    QCOMPARE(FlagStore(db).flag(2022, u"20103040"_qs).note, u"前年度も未達"_qs);
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
