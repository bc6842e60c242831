// The review rules of issue 4 at and around their thresholds (on a record, on the stored
// columns and in SQL), the seed's 19 suggestions, thresholds kept in the database, the
// review list, and the schema v1 → v2 migration with its backup. Flags themselves are
// tested in tests/flagstore.
#include "flagstore.h"
#include "recordreader.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewlist.h"
#include "reviewlistwriter.h"
#include "reviewrules.h"
#include "tempdatabase.h"
#include "testrecords.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

class tst_ReviewRules : public QObject, private TestSupport::TempDatabaseFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rules_data();
    void rules();
    void seedSuggestsNineteen();
    void seedExplanations();
    void thresholdsSavedAndReloaded();
    void invalidThresholdsRefused();
    void reviewListHasFlagsAndSuggestions();
    void migrationFromV1KeepsRecordsAndBacksUp();
};

// The expected suggestions of the seed with the default thresholds, by code.
static const QHash<QString, QStringList> &seedExpectation()
{
    static const QHash<QString, QStringList> expected {
        { u"20101010"_qs, { u"level_below_target"_qs } },
        { u"20101030"_qs, { u"execution_rate_high"_qs } },
        { u"20102010"_qs, { u"self_rating_inconsistent"_qs } },
        { u"20102020"_qs, { u"level_below_target"_qs, u"execution_rate_low"_qs } },
        { u"20102050"_qs, { u"self_rating_inconsistent"_qs } },
        { u"20102070"_qs, { u"self_rating_inconsistent"_qs, u"indicator_unit_mismatch"_qs } },
        { u"20102080"_qs, { u"execution_rate_high"_qs } },
        { u"20103010"_qs, { u"execution_rate_high"_qs } },
        { u"20103020"_qs, { u"execution_rate_high"_qs, u"self_rating_inconsistent"_qs } },
        { u"20103040"_qs, { u"level_below_target"_qs } },
        { u"20103050"_qs, { u"level_below_target"_qs, u"execution_rate_high"_qs } },
        { u"20103060"_qs, { u"level_below_target"_qs } },
        { u"20104050"_qs, { u"self_rating_inconsistent"_qs } },
        { u"20104070"_qs, { u"self_rating_inconsistent"_qs } },
        { u"10101070"_qs, { u"level_below_target"_qs } },
        { u"40205010"_qs, { u"level_below_target"_qs } },
        { u"40901010"_qs, { u"level_below_target"_qs, u"execution_rate_low"_qs } },
        { u"40901020"_qs, { u"execution_rate_low"_qs } },
        { u"50102010"_qs, { u"level_below_target"_qs, u"execution_rate_high"_qs } },
    };
    return expected;
}

void tst_ReviewRules::initTestCase()
{
    // Explanations use the locale's number format; pin it.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ReviewRules::init()
{
    openFresh();
}

void tst_ReviewRules::cleanup()
{
    closeFresh();
}

// ---------------------------------------------------------------------------------------

using IndicatorSpec = QList<QVariantList>; // { actual, target, unit, targetUnit }

void tst_ReviewRules::rules_data()
{
    QTest::addColumn<QVariant>("level");
    QTest::addColumn<QVariant>("budget");
    QTest::addColumn<QVariant>("settlement");
    QTest::addColumn<IndicatorSpec>("indicators");
    QTest::addColumn<QStringList>("expected");

    const QVariant none;
    const QString below = QStringLiteral("level_below_target");
    const QString low = QStringLiteral("execution_rate_low");
    const QString high = QStringLiteral("execution_rate_high");
    const QString self = QStringLiteral("self_rating_inconsistent");
    const QString units = QStringLiteral("indicator_unit_mismatch");
    auto ind = [](double a, double t, const QString &u, const QString &tu = QString()) {
        return QVariantList { a, t, u, tu.isNull() ? u : tu };
    };
    const QString nin = QStringLiteral("人");
    const QString ken = QStringLiteral("件");

    // level_below_target: level >= 4
    QTest::newRow("level 3") << QVariant(3) << QVariant(100) << QVariant(100) << IndicatorSpec {} << QStringList {};
    QTest::newRow("level 4") << QVariant(4) << QVariant(100) << QVariant(100) << IndicatorSpec {} << QStringList { below };
    QTest::newRow("level 5") << QVariant(5) << QVariant(100) << QVariant(100) << IndicatorSpec {} << QStringList { below };
    QTest::newRow("no level") << none << QVariant(100) << QVariant(100) << IndicatorSpec {} << QStringList {};
    // execution_rate_low: < 0.80; execution_rate_high: > 1.20
    QTest::newRow("rate 0.80") << QVariant(2) << QVariant(100) << QVariant(80) << IndicatorSpec {} << QStringList {};
    QTest::newRow("rate 0.79") << QVariant(2) << QVariant(100) << QVariant(79) << IndicatorSpec {} << QStringList { low };
    QTest::newRow("rate 0.7999") << QVariant(2) << QVariant(10000) << QVariant(7999) << IndicatorSpec {} << QStringList { low };
    QTest::newRow("rate 1.20") << QVariant(2) << QVariant(100) << QVariant(120) << IndicatorSpec {} << QStringList {};
    QTest::newRow("rate 1.2001") << QVariant(2) << QVariant(10000) << QVariant(12001) << IndicatorSpec {} << QStringList { high };
    QTest::newRow("rate 0") << QVariant(2) << QVariant(100) << QVariant(0) << IndicatorSpec {} << QStringList { low };
    QTest::newRow("budget 0") << QVariant(2) << QVariant(0) << QVariant(50) << IndicatorSpec {} << QStringList {};
    QTest::newRow("no settlement") << QVariant(2) << QVariant(100) << none << IndicatorSpec {} << QStringList {};
    QTest::newRow("level 4 and rate 0.5") << QVariant(4) << QVariant(100) << QVariant(50) << IndicatorSpec {} << QStringList { below, low };
    // self_rating_inconsistent, first kind: level <= 3 and some ratio < 0.80
    QTest::newRow("level 3, ratio 0.80") << QVariant(3) << QVariant(100) << QVariant(100)
                                         << IndicatorSpec { ind(80, 100, nin) } << QStringList {};
    QTest::newRow("level 3, ratio 0.79") << QVariant(3) << QVariant(100) << QVariant(100)
                                         << IndicatorSpec { ind(79, 100, nin) } << QStringList { self };
    QTest::newRow("level 1, one of two low") << QVariant(1) << QVariant(100) << QVariant(100)
                                             << IndicatorSpec { ind(150, 100, nin), ind(40, 100, nin) }
                                             << QStringList { self };
    QTest::newRow("level 3, low only across units")
            << QVariant(3) << QVariant(100) << QVariant(100)
            << IndicatorSpec { ind(50, 100, ken, nin), ind(95, 100, nin) } << QStringList { units };
    QTest::newRow("level 3, target 0") << QVariant(3) << QVariant(100) << QVariant(100)
                                       << IndicatorSpec { ind(5, 0, nin) } << QStringList {};
    QTest::newRow("no level, ratio 0.5") << none << QVariant(100) << QVariant(100)
                                         << IndicatorSpec { ind(50, 100, nin) } << QStringList {};
    // …second kind: level >= 4 with indicators, every one >= 1.00
    QTest::newRow("level 4, all at 1.00") << QVariant(4) << QVariant(100) << QVariant(100)
                                          << IndicatorSpec { ind(100, 100, nin), ind(130, 100, ken) }
                                          << QStringList { below, self };
    QTest::newRow("level 4, one at 0.99") << QVariant(4) << QVariant(100) << QVariant(100)
                                          << IndicatorSpec { ind(100, 100, nin), ind(99, 100, ken) }
                                          << QStringList { below };
    QTest::newRow("level 5, no indicators") << QVariant(5) << QVariant(100) << QVariant(100)
                                            << IndicatorSpec {} << QStringList { below };
    QTest::newRow("level 4, only a mismatched indicator")
            << QVariant(4) << QVariant(100) << QVariant(100)
            << IndicatorSpec { ind(200, 100, ken, nin) } << QStringList { below, units };
    QTest::newRow("level 4, high plus mismatch low")
            << QVariant(4) << QVariant(100) << QVariant(100)
            << IndicatorSpec { ind(120, 100, nin), ind(10, 100, ken, nin) }
            << QStringList { below, self, units };
    // indicator_unit_mismatch
    QTest::newRow("level 2, mismatch") << QVariant(2) << QVariant(100) << QVariant(100)
                                       << IndicatorSpec { ind(2408, 3100, ken, nin) } << QStringList { units };
}

void tst_ReviewRules::rules()
{
    QFETCH(QVariant, level);
    QFETCH(QVariant, budget);
    QFETCH(QVariant, settlement);
    QFETCH(IndicatorSpec, indicators);
    QFETCH(QStringList, expected);

    Record r;
    r.fiscalYear = 2021;
    r.code = QStringLiteral("99999999");
    r.name = QStringLiteral("試験事業");
    if (level.isValid())
        r.level = level.toInt();
    if (budget.isValid())
        r.budget = budget.toLongLong();
    if (settlement.isValid())
        r.settlement = settlement.toLongLong();
    for (const QVariantList &spec : std::as_const(indicators)) {
        Indicator ind;
        ind.label = QStringLiteral("指標");
        ind.actual = spec.at(0).toDouble();
        ind.target = spec.at(1).toDouble();
        ind.unit = spec.at(2).toString();
        ind.targetUnit = spec.at(3).toString();
        r.indicators.append(ind);
    }
    // On the record…
    QCOMPARE(ReviewRules::suggestions(r), expected);
    const QList<ReviewRules::Finding> findings = ReviewRules::explain(r);
    QCOMPARE(findings.size(), expected.size());
    for (const ReviewRules::Finding &f : findings)
        QVERIFY2(!f.details.isEmpty(), qPrintable(f.ruleId));
    // …from the stored columns, and in SQL: the same answer.
    RecordStore store(*m_db);
    QVERIFY(store.importRecords({ r }, QStringLiteral("test")).ok);
    const qint64 id = store.recordId(2021, r.code);
    QVERIFY(id > 0);
    QCOMPARE(TestSupport::suggestionsForIds(*m_db, { id }, {}).value(id), expected);
    const auto ids = TestSupport::suggestedIds(*m_db, {});
    QVERIFY(ids);
    QCOMPARE(ids->contains(id), !expected.isEmpty());
    for (const QString &rule : ReviewRules::ruleIds()) {
        const SqlCondition c = ReviewRules::suggestedCondition({}, rule);
        QSqlQuery q(m_db->database());
        QVERIFY(q.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE ") + c.sql));
        for (const QVariant &v : c.values)
            q.addBindValue(v);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt() == 1, expected.contains(rule));
    }
}

void tst_ReviewRules::seedSuggestsNineteen()
{
    importSeed();
    const QHash<QString, QStringList> &expected = seedExpectation();
    // On the parsed records.
    QHash<QString, QStringList> fromRecords;
    int level3Inconsistent = 0;
    for (const Record &r : TestSupport::seedRecords()) {
        const QStringList ids = ReviewRules::suggestions(r);
        if (ids.isEmpty())
            continue;
        fromRecords.insert(r.code, ids);
        if (r.level == 3 && ids.contains(u"self_rating_inconsistent"_qs)) {
            ++level3Inconsistent;
            // Their indicators sit at 41–61% of target at the lowest.
            const double lowest = *ReviewRules::Inputs::fromRecord(r).minRatioSameUnit;
            QVERIFY2(lowest >= 0.41 && lowest <= 0.62, qPrintable(r.name));
        }
    }
    QCOMPARE(fromRecords.size(), 19);
    QCOMPARE(fromRecords, expected);
    QCOMPARE(level3Inconsistent, 6);

    // In SQL over the database, and from the stored columns.
    const auto ids = TestSupport::suggestedIds(*m_db, {});
    QVERIFY(ids);
    QCOMPARE(ids->size(), 19);
    const QHash<qint64, QStringList> byId = TestSupport::suggestionsForIds(*m_db, *ids, {});
    QCOMPARE(byId.size(), 19);
    RecordStore store(*m_db);
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        const std::optional<Record> r = store.record(it.key());
        QVERIFY(r);
        QCOMPARE(it.value(), expected.value(r->code));
    }
}

void tst_ReviewRules::seedExplanations()
{
    QHash<QString, QList<ReviewRules::Finding>> byCode;
    for (const Record &r : TestSupport::seedRecords())
        byCode.insert(r.code, ReviewRules::explain(r));
    auto details = [&](const char16_t *code) {
        QStringList all;
        for (const ReviewRules::Finding &f : byCode.value(QString::fromUtf16(code)))
            all += f.details;
        return all.join(u'\n');
    };
    // 認可保育所整備事業: level 4, 75.5% of the budget spent.
    QVERIFY2(details(u"20102020").contains(u"execution rate 75.5% < 80%"_qs), qPrintable(details(u"20102020")));
    QVERIFY(details(u"20102020").contains(u"achievement level 4 ≥ 4"_qs));
    // 待機児童対策事業: rated 3, 12 of 29 people.
    QVERIFY2(details(u"20102010").contains(u"12/29 人 = 41.4%"_qs), qPrintable(details(u"20102010")));
    // 保育士確保対策事業: the 件/人 indicator is named only under the unit rule.
    const QList<ReviewRules::Finding> hoiku = byCode.value(u"20102070"_qs);
    QCOMPARE(hoiku.size(), 2);
    QVERIFY(hoiku.at(0).details.join(u'\n').contains(u"70/120 人 = 58.3%"_qs));
    QVERIFY(!hoiku.at(0).details.join(u'\n').contains(u"3,100"_qs));
    QVERIFY2(hoiku.at(1).details.join(u'\n').contains(u"2,408 件 against a target of 3,100 人"_qs),
             qPrintable(hoiku.at(1).details.join(u'\n')));
    // 児童手当支給事業: 175.2% > 120%.
    QVERIFY2(details(u"20101030").contains(u"execution rate 175.2% > 120%"_qs), qPrintable(details(u"20101030")));
}

void tst_ReviewRules::thresholdsSavedAndReloaded()
{
    importSeed();
    QString error;
    QCOMPARE(ReviewRules::loadSettings(*m_db, &error), RuleSettings());
    RuleSettings s;
    s.belowTargetLevel = 5;
    s.executionRateLow = 0.75;
    s.executionRateHigh = 1.30;
    QVERIFY2(ReviewRules::saveSettings(*m_db, s, &error), qPrintable(error));

    // A second connection (another window, the command line) reads the same thresholds.
    ReviewDatabase other;
    QVERIFY2(other.open(m_path, &error), qPrintable(error));
    const RuleSettings loaded = ReviewRules::loadSettings(other, &error);
    QCOMPARE(loaded, s);
    const auto ids = TestSupport::suggestedIds(other, loaded);
    QVERIFY(ids);
    // No level-5 record; 1.2690 and 1.2805 and 1.2058 now pass, 0.7546 too: 10 remain.
    QCOMPARE(ids->size(), 10);
    const QHash<qint64, QStringList> byId = TestSupport::suggestionsForIds(other, *ids, loaded);
    for (const QStringList &rules : byId)
        QVERIFY(!rules.contains(u"level_below_target"_qs));

    // A lower bar for the self-rating rule leaves the two lowest (41% and 46%).
    s = RuleSettings();
    s.inconsistentLowRatio = 0.50;
    QVERIFY(ReviewRules::saveSettings(*m_db, s, &error));
    QCOMPARE(TestSupport::suggestedIds(*m_db, ReviewRules::loadSettings(*m_db))->size(), 17);
    // Switching a rule off removes what only it suggested: the five level-4 records no
    // other rule names (地域子育て, こども文化センター, 青少年教育施設, 本庁舎, 地域情報化).
    s = RuleSettings();
    s.disabledRules = QStringList { u"level_below_target"_qs };
    QVERIFY(ReviewRules::saveSettings(*m_db, s, &error));
    const RuleSettings off = ReviewRules::loadSettings(*m_db);
    QCOMPARE(off.disabledRules, s.disabledRules);
    QCOMPARE(TestSupport::suggestedIds(*m_db, off)->size(), 19 - 5);
    // Back to the defaults.
    QVERIFY(ReviewRules::saveSettings(*m_db, RuleSettings(), &error));
    QCOMPARE(TestSupport::suggestedIds(*m_db, ReviewRules::loadSettings(*m_db))->size(), 19);
}

void tst_ReviewRules::invalidThresholdsRefused()
{
    QString error;
    RuleSettings s;
    s.belowTargetLevel = 7;
    QVERIFY(!ReviewRules::saveSettings(*m_db, s, &error));
    QVERIFY(!error.isEmpty());
    s = RuleSettings();
    s.executionRateLow = qQNaN();
    QVERIFY(!ReviewRules::saveSettings(*m_db, s, &error));
    s = RuleSettings();
    s.disabledRules = QStringList { u"no_such_rule"_qs };
    QVERIFY(!ReviewRules::saveSettings(*m_db, s, &error));
    QCOMPARE(ReviewRules::loadSettings(*m_db), RuleSettings());
}

void tst_ReviewRules::reviewListHasFlagsAndSuggestions()
{
    importSeed();
    FlagStore store(*m_db);
    // A formula in the note must not reach a spreadsheet.
    Flag f = TestSupport::makeFlag(QStringLiteral("flagged"), QStringLiteral("other"),
                                   QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("alice"));
    // 20101020 is suggested by no rule; 20101010 is.
    QVERIFY(store.setFlag(2021, u"20101020"_qs, f).ok());
    f.note = QStringLiteral("look again");
    QVERIFY(store.setFlag(2021, u"20101010"_qs, f).ok());
    QString error;
    const auto list = ReviewList::load(*m_db, {}, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 20);
    QCOMPARE(list->at(0).record.code, u"20101010"_qs);
    QCOMPARE(list->at(0).flag.note, u"look again"_qs);
    QCOMPARE(list->at(0).findings.size(), 1);
    QCOMPARE(list->at(1).record.code, u"20101020"_qs);
    QVERIFY(list->at(1).findings.isEmpty());

    const QByteArray csv = ReviewListWriter::csv(*list);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.at(0).contains("Project code"));
    QVERIFY(csv.contains("'=cmd|"));
    QVERIFY(csv.contains("level_below_target"));
    QVERIFY(csv.contains(QStringLiteral("待機児童対策事業").toUtf8()));
    QVERIFY(csv.contains("look again"));

    const QString xlsx = m_dir->filePath(QStringLiteral("review.xlsx"));
    QVERIFY2(ReviewListWriter::write(*list, xlsx, ReviewListWriter::Format::Xlsx, &error), qPrintable(error));
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");
    // No temporary file is left next to the target.
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral(".review.xlsx*") }, QDir::Hidden | QDir::Files).size(), 0);
}

// The version-1 schema as Hyoka 0.1 wrote it (reviewdatabase.cpp before version 2).
static bool createVersion1Database(const QString &path, QString *error)
{
    const QString connection = QStringLiteral("v1-maker");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        const QStringList statements {
            QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_info (version) VALUES (1)"),
            QStringLiteral("CREATE TABLE imports (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL,"
                           " file_size INTEGER, sha256 TEXT, imported_at TEXT NOT NULL,"
                           " record_count INTEGER NOT NULL DEFAULT 0, skipped_count INTEGER NOT NULL DEFAULT 0,"
                           " warning_count INTEGER NOT NULL DEFAULT 0, warnings TEXT)"),
            QStringLiteral("CREATE TABLE records (id INTEGER PRIMARY KEY, fiscal_year INTEGER NOT NULL,"
                           " code TEXT NOT NULL, bureau TEXT NOT NULL DEFAULT '', no INTEGER,"
                           " name TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',"
                           " summary TEXT NOT NULL DEFAULT '', budget INTEGER, settlement INTEGER,"
                           " settlement_estimated INTEGER NOT NULL DEFAULT 0, level INTEGER, ref_page INTEGER,"
                           " execution_rate REAL, indicator_count INTEGER NOT NULL DEFAULT 0, min_ratio REAL,"
                           " unit_mismatch INTEGER NOT NULL DEFAULT 0, search_text TEXT NOT NULL DEFAULT '',"
                           " import_id INTEGER, source_line INTEGER, UNIQUE (fiscal_year, code))"),
            QStringLiteral("CREATE TABLE achievements (record_id INTEGER NOT NULL, seq INTEGER NOT NULL,"
                           " text TEXT NOT NULL, PRIMARY KEY (record_id, seq))"),
            QStringLiteral("CREATE TABLE indicators (record_id INTEGER NOT NULL, seq INTEGER NOT NULL,"
                           " achievement_seq INTEGER, label TEXT NOT NULL DEFAULT '', actual REAL, target REAL,"
                           " unit TEXT NOT NULL DEFAULT '', target_unit TEXT NOT NULL DEFAULT '', ratio REAL,"
                           " PRIMARY KEY (record_id, seq))"),
            // 保育士確保対策事業 as version 1 stored it: level 3, 70/120 人 and 2,408件/3,100人.
            QStringLiteral("INSERT INTO records (id, fiscal_year, code, bureau, no, name, budget, settlement,"
                           " level, execution_rate, indicator_count, min_ratio, unit_mismatch)"
                           " VALUES (1, 2021, '20102070', 'こども未来局', 7, '保育士確保対策事業', 1000, 960,"
                           " 3, 0.96, 2, 0.5833, 1)"),
            QStringLiteral("INSERT INTO indicators VALUES (1, 0, 0, '就職者数', 70, 120, '人', '人', 0.58333)"),
            QStringLiteral("INSERT INTO indicators VALUES (1, 1, 0, 'マッチング件数', 2408, 3100, '件', '人', 0.77677)"),
            // 広聴等事務: level 4, one indicator at 25%.
            QStringLiteral("INSERT INTO records (id, fiscal_year, code, name, budget, settlement, level,"
                           " execution_rate, indicator_count, min_ratio, unit_mismatch)"
                           " VALUES (2, 2021, '50102010', '広聴等事務', 1000, 1308, 4, 1.308, 1, 0.25, 0)"),
            QStringLiteral("INSERT INTO indicators VALUES (2, 0, 0, '開催回数', 2, 8, '回', '回', 0.25)"),
        };
        for (const QString &s : statements) {
            if (ok && !q.exec(s)) {
                *error = s + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

void tst_ReviewRules::migrationFromV1KeepsRecordsAndBacksUp()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QString error;
    QVERIFY2(createVersion1Database(path, &error), qPrintable(error));

    ReviewDatabase db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    const QStringList tables = db.database().tables();
    for (const char *t : { "flags", "audit_log", "settings" })
        QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
    // The records are all there, and the new column is filled from the stored indicators.
    RecordStore store(db);
    QCOMPARE(store.recordCount().value_or(-1), 2);
    QCOMPARE(store.record(2021, u"20102070"_qs)->name, u"保育士確保対策事業"_qs);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(QStringLiteral("SELECT code, min_ratio_same_unit FROM records ORDER BY id")));
    QVERIFY(q.next());
    QVERIFY(qAbs(q.value(1).toDouble() - 0.58333) < 1e-9);
    QVERIFY(q.next());
    QVERIFY(qAbs(q.value(1).toDouble() - 0.25) < 1e-9);
    QCOMPARE(TestSupport::suggestedIds(db, {})->size(), 2);
    // Flags work on the migrated file.
    Flag f;
    f.status = QStringLiteral("flagged");
    QCOMPARE(FlagStore(db).setFlag(2021, u"50102010"_qs, f, 0).outcome, FlagStore::Outcome::Saved);

    // The backup is the version-1 file, untouched.
    const QString backup = db.migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY2(backup.startsWith(path + QStringLiteral(".v1-backup-")), qPrintable(backup));
    QVERIFY(backup.endsWith(u".sqlite"_qs));
    QVERIFY(QFile::exists(backup));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
        old.setDatabaseName(backup);
        QVERIFY(old.open());
        QSqlQuery b(old);
        QVERIFY(b.exec(QStringLiteral("SELECT version FROM schema_info")) && b.next());
        QCOMPARE(b.value(0).toInt(), 1);
        QVERIFY(b.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && b.next());
        QCOMPARE(b.value(0).toInt(), 2);
        QVERIFY(!old.tables().contains(u"flags"_qs));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));

    // Opening the migrated file again migrates nothing and makes no second backup.
    ReviewDatabase again;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QVERIFY(again.migrationBackupPath().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("old.sqlite.v1-backup-*") }).size(), 1);
    // A new, empty database needs no backup either.
    QVERIFY(m_db->migrationBackupPath().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReviewRules)
#include "tst_reviewrules.moc"
