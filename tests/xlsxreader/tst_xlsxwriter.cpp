// The XLSX writer: round trips (inline and shared strings), agreement with the CSV
// writer, the formula guard, the target kept on failure and replaced on success.
#include "recordreader.h"
#include "recordsink.h"

#include "levelrating.h"
#include "readresult.h"
#include "tabularexport.h"
#include "testfiles.h"
#include "testrecords.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

std::unique_ptr<ReadResult> readPath(const QString &path)
{
    auto result = std::make_unique<ReadResult>();
    result->ok = RecordReader::readFile(path, result->sink, {}, &result->error);
    return result;
}

// The writers' records (tests/support/testrecords.h), with XML's special characters in
// the first summary.
QList<Record> sampleRecords()
{
    return writerRecords(QStringLiteral("子育て支援の \"拠点\" を、市内に設置する & <運営>"));
}


bool writeXlsx(const QString &path, const QList<Record> &records, bool constantMemory, QString *error)
{
    XlsxRecordWriter writer(path, constantMemory);
    bool ok = writer.begin();
    for (const Record &r : records)
        ok = ok && writer.write(r);
    ok = ok && writer.finish();
    if (error)
        *error = writer.errorString();
    return ok;
}

} // namespace

class tst_XlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void writerRoundTrip_data();
    void writerRoundTrip();
    void csvAndXlsxAgree();
    void formulaGuard_data();
    void formulaGuard();
    void writerKeepsTargetOnFailure();
    void writerReplacesTarget();
};

void tst_XlsxWriter::writerRoundTrip_data()
{
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("constant memory (inline strings)") << true;
    QTest::newRow("shared strings") << false;
}

void tst_XlsxWriter::writerRoundTrip()
{
    QFETCH(bool, constantMemory);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("評価結果.xlsx"));
    const QList<Record> records = sampleRecords();
    QString error;
    QVERIFY2(writeXlsx(path, records, constantMemory, &error), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("評価結果.xlsx") });

    const auto back = readPath(path);
    QVERIFY2(back->ok, qPrintable(back->error));
    QVERIFY2(back->sink.warnings.isEmpty(), qPrintable(warningsText(back->sink)));
    QCOMPARE(back->sink.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(back->sink.records.at(i), withLevelRating(records.at(i)));
        QCOMPARE(back->sink.records.at(i).sourceLine, int(i) + 2);
    }
    QCOMPARE(back->sink.records.at(0).code, QStringLiteral("00123456"));
    QCOMPARE(back->sink.records.at(0).name, QStringLiteral("=地域子育て支援事業"));
}

void tst_XlsxWriter::csvAndXlsxAgree()
{
    // The same records written both ways read back identically.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Record> records = sampleRecords();
    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(writeXlsx(xlsx, records, true, &error), qPrintable(error));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvRecordWriter writer(file, "shift_jis");
        QVERIFY(writer.begin());
        for (const Record &r : records)
            QVERIFY2(writer.write(r), qPrintable(writer.errorString()));
        QVERIFY(writer.finish());
    }
    const auto fromXlsx = readPath(xlsx);
    const auto fromCsv = readPath(csv);
    QVERIFY2(fromXlsx->ok, qPrintable(fromXlsx->error));
    QVERIFY2(fromCsv->ok, qPrintable(fromCsv->error));
    QCOMPARE(fromXlsx->sink.records, fromCsv->sink.records);
    QCOMPARE(fromXlsx->sink.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(fromXlsx->sink.records.at(i), withLevelRating(records.at(i)));
}

void tst_XlsxWriter::formulaGuard_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("=") << QStringLiteral("=1+1");
    QTest::newRow("+") << QStringLiteral("+81-44");
    QTest::newRow("-") << QStringLiteral("-x");
    QTest::newRow("@") << QStringLiteral("@cmd");
    QTest::newRow("＝") << QStringLiteral("＝全角");
    QTest::newRow("'=") << QStringLiteral("'=x");
    QTest::newRow("plain apostrophe") << QStringLiteral("'x'");
}

void tst_XlsxWriter::formulaGuard()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Record r = sampleRecords().at(1);
    r.name = name;
    const QString path = dir.filePath(QStringLiteral("g.xlsx"));
    QString error;
    QVERIFY2(writeXlsx(path, { r }, true, &error), qPrintable(error));
    const auto back = readPath(path);
    QVERIFY2(back->ok, qPrintable(back->error));
    QCOMPARE(back->sink.records.size(), 1);
    QCOMPARE(back->sink.records.at(0).name, name);
    QCOMPARE(back->sink.records.at(0), r);
}

void tst_XlsxWriter::writerKeepsTargetOnFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keep.xlsx"));
    QVERIFY(TestSupport::writeFile(path, "old contents"));
    Record r = sampleRecords().at(0);
    r.summary = QString(40000, u'長'); // more than an Excel cell holds
    XlsxRecordWriter writer(path);
    QVERIFY(writer.begin());
    QVERIFY(writer.write(sampleRecords().at(1)));
    QVERIFY(!writer.write(r));
    QVERIFY2(writer.errorString().contains(QStringLiteral("00123456")), qPrintable(writer.errorString()));
    QVERIFY(!writer.finish());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old contents"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("keep.xlsx") });

    // A writer abandoned half-way leaves no temporary file either.
    {
        XlsxRecordWriter abandoned(path);
        QVERIFY(abandoned.begin());
        QVERIFY(abandoned.write(sampleRecords().at(1)));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("keep.xlsx") });

    XlsxRecordWriter nowhere(dir.filePath(QStringLiteral("no/such/dir/x.xlsx")));
    QVERIFY(!nowhere.begin());
    QVERIFY(!nowhere.errorString().isEmpty());
}

void tst_XlsxWriter::writerReplacesTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("replace.xlsx"));
    QVERIFY(TestSupport::writeFile(path, "old contents"));
    QString error;
    QVERIFY2(writeXlsx(path, sampleRecords(), true, &error), qPrintable(error));
    const auto back = readPath(path);
    QVERIFY2(back->ok, qPrintable(back->error));
    QCOMPARE(back->sink.records.size(), 3);

    // An empty export is a valid workbook with just the header.
    QVERIFY2(writeXlsx(path, {}, true, &error), qPrintable(error));
    const auto empty = readPath(path);
    QVERIFY2(empty->ok, qPrintable(empty->error));
    QVERIFY(empty->sink.records.isEmpty());
}

QTEST_GUILESS_MAIN(tst_XlsxWriter)
#include "tst_xlsxwriter.moc"
