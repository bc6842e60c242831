// The review workflow on the command line, as a user runs it: `hyoka flag` exit codes
// and messages, flags and suggestions in the JSON export, the review list as CSV and XLSX.
#include "hyokaprocess.h"
#include "reviewdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CliReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void flagUsageErrors_data();
    void flagUsageErrors();
    void flagRoundTrip();
    void staleExpectVersionExitsThree();
    void unknownRecordExitsOne();
    void unreadableFlagsSayWhy();
    void jsonExportHasFlagAndSuggestions();
    void fileExportHasNullFlag();
    void reviewListCsv();
    void reviewListXlsx();

private:
    using Run = Hyoka::TestSupport::HyokaRun;
    Run hyoka(const QStringList &args, const QByteArray &user = "cli-tester");
    Run flag(const QStringList &args);
    QJsonObject exportedRecord(const QStringList &source, const QString &code);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
};

tst_CliReview::Run tst_CliReview::hyoka(const QStringList &args, const QByteArray &user)
{
    return Hyoka::TestSupport::runHyoka(
            args, { { QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")) },
                    { QStringLiteral("USER"), QString::fromUtf8(user) },
                    { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") },
                    { QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8") } });
}

tst_CliReview::Run tst_CliReview::flag(const QStringList &args)
{
    return hyoka(QStringList { QStringLiteral("flag"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--year"), QStringLiteral("2021") }
                 + args);
}

QJsonObject tst_CliReview::exportedRecord(const QStringList &source, const QString &code)
{
    const Run r = hyoka(QStringList { QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("json") } + source);
    if (r.exitCode != 0)
        qWarning("export failed (%d): %s", r.exitCode, r.err.constData());
    const QJsonArray records = QJsonDocument::fromJson(r.out).object().value(u"records").toArray();
    for (const QJsonValue &v : records) {
        if (v.toObject().value(u"code").toString() == code)
            return v.toObject();
    }
    return {};
}

void tst_CliReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(HYOKA_BINARY)));
    m_db = path(QStringLiteral("review.sqlite"));
    const Run r = hyoka({ QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--db"), m_db });
    QCOMPARE(r.exitCode, 0);
}

void tst_CliReview::flagUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString code = QStringLiteral("--code");
    const QString status = QStringLiteral("--status");
    QTest::newRow("no status") << QStringList { code, QStringLiteral("20101010") };
    QTest::newRow("no code") << QStringList { status, QStringLiteral("flagged") };
    QTest::newRow("bad status") << QStringList { code, QStringLiteral("20101010"), status, QStringLiteral("maybe") };
    QTest::newRow("bad reason") << QStringList { code, QStringLiteral("20101010"), status, QStringLiteral("flagged"),
                                                 QStringLiteral("--reason"), QStringLiteral("because") };
    QTest::newRow("bad version") << QStringList { code, QStringLiteral("20101010"), status, QStringLiteral("flagged"),
                                                  QStringLiteral("--expect-version"), QStringLiteral("two") };
    QTest::newRow("unknown option") << QStringList { code, QStringLiteral("20101010"), status, QStringLiteral("flagged"),
                                                     QStringLiteral("--colour"), QStringLiteral("red") };
    QTest::newRow("stray argument") << QStringList { code, QStringLiteral("20101010"), status, QStringLiteral("flagged"),
                                                     QStringLiteral("extra") };
}

void tst_CliReview::flagUsageErrors()
{
    QFETCH(QStringList, args);
    const Run r = flag(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
}

void tst_CliReview::flagRoundTrip()
{
    const QString code = QStringLiteral("20102050");
    Run r = flag({ QStringLiteral("--code"), code, QStringLiteral("--status"), QStringLiteral("flagged"),
                   QStringLiteral("--reason"), QStringLiteral("self_rating_mismatch"),
                   QStringLiteral("--note"), QStringLiteral("2,469 of 4,023 is not 目標をほぼ達成") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("1"));
    // Options not given keep the stored values; the reviewer defaults to the OS user.
    r = flag({ QStringLiteral("--code"), code, QStringLiteral("--status"), QStringLiteral("reviewed"),
               QStringLiteral("--expect-version"), QStringLiteral("1") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("2"));
    QJsonObject f = exportedRecord({ QStringLiteral("--db"), m_db }, code).value(u"flag").toObject();
    QCOMPARE(f.value(u"status").toString(), QStringLiteral("reviewed"));
    QCOMPARE(f.value(u"reason").toString(), QStringLiteral("self_rating_mismatch"));
    QCOMPARE(f.value(u"note").toString(), QStringLiteral("2,469 of 4,023 is not 目標をほぼ達成"));
    QCOMPARE(f.value(u"reviewer").toString(), QStringLiteral("cli-tester"));
    QCOMPARE(f.value(u"version").toInt(), 2);
    // The same values again change nothing: still version 2.
    r = flag({ QStringLiteral("--code"), code, QStringLiteral("--status"), QStringLiteral("reviewed"),
               QStringLiteral("--reviewer"), QStringLiteral("someone else") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("2"));
    // Re-importing the seed keeps the flag.
    QCOMPARE(hyoka({ QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--db"), m_db }).exitCode, 0);
    f = exportedRecord({ QStringLiteral("--db"), m_db }, code).value(u"flag").toObject();
    QCOMPARE(f.value(u"version").toInt(), 2);
    QCOMPARE(f.value(u"status").toString(), QStringLiteral("reviewed"));
}

void tst_CliReview::staleExpectVersionExitsThree()
{
    const QString code = QStringLiteral("20104070");
    Run r = flag({ QStringLiteral("--code"), code, QStringLiteral("--status"), QStringLiteral("flagged"),
                   QStringLiteral("--note"), QStringLiteral("first writer"), QStringLiteral("--reviewer"),
                   QStringLiteral("alice"), QStringLiteral("--expect-version"), QStringLiteral("0") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("1"));
    // A second writer who still saw version 0.
    r = flag({ QStringLiteral("--code"), code, QStringLiteral("--status"), QStringLiteral("dismissed"),
               QStringLiteral("--note"), QStringLiteral("second writer"), QStringLiteral("--reviewer"),
               QStringLiteral("bob"), QStringLiteral("--expect-version"), QStringLiteral("0") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("version 1, not 0"), r.err.constData());
    QVERIFY(r.err.contains("alice"));
    // Nothing changed.
    const QJsonObject f = exportedRecord({ QStringLiteral("--db"), m_db }, code).value(u"flag").toObject();
    QCOMPARE(f.value(u"note").toString(), QStringLiteral("first writer"));
    QCOMPARE(f.value(u"status").toString(), QStringLiteral("flagged"));
    QCOMPARE(f.value(u"version").toInt(), 1);
}

void tst_CliReview::unknownRecordExitsOne()
{
    Run r = flag({ QStringLiteral("--code"), QStringLiteral("00000000"), QStringLiteral("--status"),
                   QStringLiteral("flagged") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("00000000"));
    // A database that cannot be opened is an input problem too.
    r = hyoka({ QStringLiteral("flag"), QStringLiteral("--db"), m_dir.path(), QStringLiteral("--year"),
                QStringLiteral("2021"), QStringLiteral("--code"), QStringLiteral("20101010"),
                QStringLiteral("--status"), QStringLiteral("flagged") });
    QCOMPARE(r.exitCode, 1);
}

// A database whose flags cannot be read: `hyoka flag` and `hyoka export` say why and
// exit 1 (the export writes no records without their flags).
void tst_CliReview::unreadableFlagsSayWhy()
{
    const QString broken = path(QStringLiteral("noflags.sqlite"));
    QCOMPARE(hyoka({ QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--db"), broken })
                     .exitCode,
             0);
    {
        Hyoka::ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(broken, &error), qPrintable(error));
        QSqlQuery drop(db.database());
        QVERIFY2(drop.exec(QStringLiteral("DROP TABLE flags")), qPrintable(drop.lastError().text()));
    }
    Run r = hyoka({ QStringLiteral("flag"), QStringLiteral("--db"), broken, QStringLiteral("--year"),
                    QStringLiteral("2021"), QStringLiteral("--code"), QStringLiteral("20101010"),
                    QStringLiteral("--status"), QStringLiteral("flagged") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("flags"), r.err.constData());
    r = hyoka({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--db"), broken });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot read the flags") && r.err.contains("no such table: flags"), r.err.constData());
}

void tst_CliReview::jsonExportHasFlagAndSuggestions()
{
    const QString code = QStringLiteral("20102020"); // 認可保育所整備事業: level 4, rate 75.5%
    QCOMPARE(flag({ QStringLiteral("--code"), code, QStringLiteral("--status"), QStringLiteral("flagged"),
                    QStringLiteral("--reason"), QStringLiteral("執行率の乖離") })
                     .exitCode,
             0);
    const QJsonObject o = exportedRecord({ QStringLiteral("--db"), m_db }, code);
    // The review keys come last, after the documented record keys (docs/formats.md#json).
    const QStringList keys = o.keys();
    QVERIFY(keys.contains(u"flag"_qs));
    QVERIFY(keys.contains(u"suggestions"_qs));
    const QJsonObject f = o.value(u"flag").toObject();
    const QSet<QString> flagKeys { u"status"_qs, u"reason"_qs, u"note"_qs, u"reviewer"_qs,
                                   u"created_at"_qs, u"updated_at"_qs, u"version"_qs, u"reason_text"_qs };
    const QStringList fk = f.keys();
    QCOMPARE(QSet<QString>(fk.begin(), fk.end()), flagKeys);
    QCOMPARE(f.value(u"reason").toString(), QStringLiteral("execution_rate_gap"));
    QVERIFY(f.value(u"created_at").toString().endsWith(u'Z'));
    const QJsonArray suggestions = o.value(u"suggestions").toArray();
    QCOMPARE(suggestions, (QJsonArray { u"level_below_target"_qs, u"execution_rate_low"_qs }));
    // A record nobody flagged: "flag": null.
    const QJsonObject plain = exportedRecord({ QStringLiteral("--db"), m_db }, QStringLiteral("20101020"));
    QVERIFY(plain.contains(u"flag"));
    QVERIFY(plain.value(u"flag").isNull());
    QCOMPARE(plain.value(u"suggestions").toArray().size(), 0);
    // Key order in the text: indicators, flag, suggestions.
    const Run r = hyoka({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--db"), m_db });
    const qsizetype i = r.out.indexOf("\"indicators\"");
    QVERIFY(i > 0 && i < r.out.indexOf("\"flag\"") && r.out.indexOf("\"flag\"") < r.out.indexOf("\"suggestions\""));
}

void tst_CliReview::fileExportHasNullFlag()
{
    const QJsonObject o = exportedRecord({ QStringLiteral(HYOKA_SEED_FILE) }, QStringLiteral("20102070"));
    QVERIFY(o.value(u"flag").isNull());
    QCOMPARE(o.value(u"suggestions").toArray(),
             (QJsonArray { u"self_rating_inconsistent"_qs, u"indicator_unit_mismatch"_qs }));
}

void tst_CliReview::reviewListCsv()
{
    const QString db = path(QStringLiteral("list.sqlite"));
    QCOMPARE(hyoka({ QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE), QStringLiteral("--db"), db }).exitCode, 0);
    // One flagged record that no rule suggests, with a formula-like note.
    Run r = hyoka({ QStringLiteral("flag"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2021"),
                    QStringLiteral("--code"), QStringLiteral("20101020"), QStringLiteral("--status"),
                    QStringLiteral("flagged"), QStringLiteral("--reason"), QStringLiteral("other"),
                    QStringLiteral("--note"), QStringLiteral("=1+1, \"quoted\"\nsecond line") });
    QCOMPARE(r.exitCode, 0);
    const QString csv = path(QStringLiteral("list.csv"));
    r = hyoka({ QStringLiteral("review-list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("-o"), csv });
    QCOMPARE(r.exitCode, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    // Header + 19 suggested + 1 flagged-only record; one note spans two lines.
    QCOMPARE(text.count(QStringLiteral("\r\n")), 1 + 20);
    QVERIFY(text.startsWith(u"Fiscal year,Bureau,No.,Project code,Project name"_qs));
    QVERIFY(text.contains(u",20101020,"_qs));
    QVERIFY2(text.contains(u"\"'=1+1, \"\"quoted\"\"\nsecond line\""_qs), qPrintable(text));
    QVERIFY(text.contains(u"execution rate 75.5% < 80%"_qs));
    QVERIFY(text.contains(u"self_rating_inconsistent indicator_unit_mismatch"_qs));
    // Standard output gets the same CSV.
    r = hyoka({ QStringLiteral("review-list"), QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, bytes);
    // Usage errors.
    QCOMPARE(hyoka({ QStringLiteral("review-list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                     QStringLiteral("pdf") }).exitCode, 2);
    QCOMPARE(hyoka({ QStringLiteral("review-list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                     QStringLiteral("xlsx") }).exitCode, 2);
}

void tst_CliReview::reviewListXlsx()
{
    const QString xlsx = path(QStringLiteral("list.xlsx"));
    const Run r = hyoka({ QStringLiteral("review-list"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                          QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx });
    QCOMPARE(r.exitCode, 0);
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK"));
    QVERIFY(f.size() > 4000);
}

QTEST_GUILESS_MAIN(tst_CliReview)
#include "tst_clireview.moc"
