// The import history (docs/storage.md, "Import history"): ImportHistory over two
// imports of the seed (fiscal 2021, then a copy relabelled 令和4年度), a file with a
// bad row, and `hyoka imports`.
#include "hyokaprocess.h"

#include "importhistory.h"
#include "recordreader.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "testrecords.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

class tst_ImportHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsImportsNewestFirst();
    void summarisesPerBureauAndYear();
    void reimportTakesOverRecords();
    void importsCommand();
    void warningsColumnForms();

private:
    static QByteArray sha256(const QString &path);
    QTemporaryDir m_dir;
    QString m_r4, m_bad, m_db;
    QByteArray m_seedText;
};

QByteArray tst_ImportHistory::sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void tst_ImportHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile seed(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    m_seedText = seed.readAll();
    QString error;
    const auto files = TestSupport::importHistoryDatabase(
            m_dir.path(),
            QStringLiteral("事務事業コード,事務事業名,事務事業の概要,年度,局名\n"
                           "10000001,良い事業,概要,2023,テスト局\nX,悪い,,2023,テスト局\n")
                    .toUtf8(),
            &error);
    QVERIFY2(files, qPrintable(error));
    m_db = files->database;
    m_r4 = files->r4;
    m_bad = files->bad;
}

void tst_ImportHistory::listsImportsNewestFirst()
{
    ReviewDatabase db;
    QVERIFY(db.open(m_db, nullptr));
    const ImportHistory h = ImportHistory::read(&db);
    QVERIFY2(h.error.isEmpty(), qPrintable(h.error));
    QCOMPARE(h.entries.size(), 3);
    const ImportHistory::Entry &bad = h.entries.at(0), &r4 = h.entries.at(1), &r3 = h.entries.at(2);
    QVERIFY(bad.id > r4.id && r4.id > r3.id);
    QCOMPARE(r3.fileName, QStringLiteral(HYOKA_SEED_FILE)); // as given to the import
    QCOMPARE(r4.fileName, m_r4);
    QCOMPARE(bad.fileName, m_bad);
    QCOMPARE(r3.sha256.toLatin1(), sha256(QStringLiteral(HYOKA_SEED_FILE)));
    QCOMPARE(r4.sha256.toLatin1(), sha256(m_r4));
    QCOMPARE(r3.fileSize, qint64(m_seedText.size()));
    QVERIFY(r3.recordCount > 0);
    QCOMPARE(r4.recordCount, r3.recordCount);
    QCOMPARE(r3.skippedCount, 0);
    QCOMPARE(r3.inserted, r3.recordCount);
    QCOMPARE(r3.updated, 0);
    QCOMPARE(r4.inserted, r4.recordCount); // another year: new records
    QCOMPARE(bad.inserted, 1);
    QCOMPARE(bad.recordCount, 1);
    QCOMPARE(bad.skippedCount, 1);
    QCOMPARE(bad.warningCount, 1);
    QVERIFY2(bad.warnings.startsWith(m_bad + QStringLiteral(":3: ")), qPrintable(bad.warnings));
    QVERIFY(QDateTime::fromString(r3.importedAt, Qt::ISODate).isValid());
    // Each import is still the last to have written its records.
    QCOMPARE(r3.currentRecords, qint64(r3.recordCount));
    QCOMPARE(r4.currentRecords, qint64(r4.recordCount));
    QCOMPARE(bad.currentRecords, 1);
}

void tst_ImportHistory::summarisesPerBureauAndYear()
{
    ReviewDatabase db;
    QVERIFY(db.open(m_db, nullptr));
    const ImportHistory h = ImportHistory::read(&db);
    // The groups against the records themselves, per import, bureau and year.
    for (const ImportHistory::Entry &e : h.entries) {
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("SELECT bureau, fiscal_year, COUNT(*), COALESCE(SUM(budget), 0),"
                                      " COALESCE(SUM(settlement), 0) FROM records WHERE import_id = %1"
                                      " GROUP BY bureau, fiscal_year ORDER BY bureau, fiscal_year")
                               .arg(e.id)));
        qsizetype i = 0;
        while (q.next()) {
            QVERIFY(i < e.groups.size());
            const ImportHistory::Group &g = e.groups.at(i++);
            QCOMPARE(g.bureau, q.value(0).toString());
            QCOMPARE(g.fiscalYear, q.value(1).toInt());
            QCOMPARE(g.records, q.value(2).toLongLong());
            QCOMPARE(g.budget, q.value(3).toLongLong());
            QCOMPARE(g.settlement, q.value(4).toLongLong());
        }
        QCOMPARE(i, e.groups.size());
    }
    const ImportHistory::Entry &r3 = h.entries.at(2), &r4 = h.entries.at(1);
    QVERIFY(!r3.groups.isEmpty());
    QCOMPARE(r3.groups.at(0).bureau, QStringLiteral("こども未来局"));
    QCOMPARE(r3.groups.at(0).fiscalYear, 2021);
    QVERIFY(r3.groups.at(0).budget > 0);
    QCOMPARE(r4.groups.at(0).fiscalYear, 2022);
    QCOMPARE(r4.groups.at(0).budget, r3.groups.at(0).budget);
    QCOMPARE(h.entries.at(0).groups.size(), 1);
    QCOMPARE(h.entries.at(0).groups.at(0).bureau, QStringLiteral("テスト局"));
}

void tst_ImportHistory::reimportTakesOverRecords()
{
    // A copy of the database: import the seed again; the new import wrote (updated)
    // every record of 2021, the first keeps its row but no records.
    const QString copy = m_dir.filePath(QStringLiteral("again.sqlite"));
    QVERIFY(QFile::copy(m_db, copy));
    ReviewDatabase db;
    QVERIFY(db.open(copy, nullptr));
    const ImportResult r = RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE), ReadOptions {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, 0);
    const ImportHistory h = ImportHistory::read(&db);
    QCOMPARE(h.entries.size(), 4);
    QCOMPARE(h.entries.at(0).recordCount, r.updated);
    QCOMPARE(h.entries.at(0).inserted, 0);
    QCOMPARE(h.entries.at(0).updated, r.updated);
    QCOMPARE(h.entries.at(0).currentRecords, qint64(r.updated));
    QCOMPARE(h.entries.at(3).recordCount, r.updated); // what it wrote then
    QCOMPARE(h.entries.at(3).currentRecords, 0);      // nothing it is still the last to have written
    QVERIFY(h.entries.at(3).groups.isEmpty());
}

void tst_ImportHistory::importsCommand()
{
    const TestSupport::HyokaRun run = TestSupport::runHyoka({ QStringLiteral("imports"), QStringLiteral("--db"), m_db });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    ReviewDatabase db;
    QVERIFY(db.open(m_db, nullptr));
    const ImportHistory h = ImportHistory::read(&db);
    for (int i = 0; i < 3; ++i) {
        const ImportHistory::Entry &e = h.entries.at(i);
        const QStringList cells = lines.at(i).split(u'\t');
        QCOMPARE(cells, (QStringList { QString::number(e.id), e.importedAt, e.fileName,
                                       QString::number(e.fileSize), e.sha256, QString::number(e.recordCount),
                                       QString::number(e.skippedCount), QString::number(e.warningCount) }));
    }
    QVERIFY(lines.at(0).endsWith(u'\t' + m_bad + u'\t' + QString::number(QFileInfo(m_bad).size()) + u'\t'
                                 + QString::fromLatin1(sha256(m_bad)) + QStringLiteral("\t1\t1\t1")));
    const TestSupport::HyokaRun wrong = TestSupport::runHyoka({ QStringLiteral("imports"), QStringLiteral("extra") });
    QCOMPARE(wrong.exitCode, 2);
}

void tst_ImportHistory::warningsColumnForms()
{
    int inserted = 0, updated = 0;
    // As imports store it now.
    QCOMPARE(ImportHistory::warningsText(QStringLiteral(R"({"inserted":3,"updated":2,"warnings":)"
                                                        R"([{"file":"a.csv","line":4,"message":"m"}]})"),
                                         &inserted, &updated),
             QStringLiteral("a.csv:4: m"));
    QCOMPARE(inserted, 3);
    QCOMPARE(updated, 2);
    // As imports stored it before the counts: the array alone, the counts unknown.
    QCOMPARE(ImportHistory::warningsText(QStringLiteral(R"([{"file":"a.csv","line":4,"message":"m"},)"
                                                        R"({"file":"a.csv","line":0,"message":"n"}])"),
                                         &inserted, &updated),
             QStringLiteral("a.csv:4: m\na.csv: n"));
    QCOMPARE(inserted, -1);
    QCOMPARE(updated, -1);
    QCOMPARE(ImportHistory::warningsText(QString(), &inserted, &updated), QString());
    QCOMPARE(inserted, -1);
}

QTEST_GUILESS_MAIN(tst_ImportHistory)
#include "tst_importhistory.moc"
