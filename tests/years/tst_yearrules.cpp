// The year-on-year rules (docs/years.md) on SQLite and PostgreSQL: each fires on exactly
// the projects it should, with its explanation; their thresholds are editable and
// checked; an undone link and a confirmed one survive a re-import; flags and their audit
// trail stay with their own year. The links themselves are in tst_years.
#include "flagstore.h"
#include "projectlinks.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "yearrules.h"

#include "twoyears.h"
#include "yearsfixture.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

class tst_YearRules : public QObject, private YearsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();

    void yearRuleFiresExactly_data();
    void yearRuleFiresExactly();
    void thresholdsAreEditable();
    void undoAndConfirmSurviveReimport_data();
    void undoAndConfirmSurviveReimport();
    void flagsAndAuditKeptPerYear();
};

void tst_YearRules::initTestCase()
{
    prepare();
}

void tst_YearRules::yearRuleFiresExactly_data()
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

void tst_YearRules::yearRuleFiresExactly()
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

void tst_YearRules::thresholdsAreEditable()
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

void tst_YearRules::undoAndConfirmSurviveReimport_data()
{
    backends();
}

void tst_YearRules::undoAndConfirmSurviveReimport()
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

void tst_YearRules::flagsAndAuditKeptPerYear()
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
    QCOMPARE(flags.flag(2021, u"20103040"_qs)->note, u"2021年度分"_qs);
    QCOMPARE(flags.flag(2021, u"20103040"_qs)->status, u"flagged"_qs);
    QCOMPARE(flags.flag(2022, u"20103040"_qs)->note, u"2022年度分"_qs);
    QCOMPARE(flags.flag(2022, u"20103040"_qs)->status, u"reviewed"_qs);
    QCOMPARE(auditCount(), audit);
}

QTEST_GUILESS_MAIN(tst_YearRules)
#include "tst_yearrules.moc"
