// The CSV reader's limits: a field or line too long for memory is refused with its
// line, progress is reported and a sink can stop the reading; RecordReader picks
// the CSV reader by the file's name.
#include "columnlayout.h"
#include "indicatorextractor.h"
#include "recordreader.h"
#include "recordsink.h"

#include "csvread.h"
#include "levelrating.h"
#include "tabularexport.h"
#include "testfiles.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

// Remembers the progress calls and stops after `limit` records.
class StoppingSink : public CollectingSink
{
public:
    bool addRecord(Record &&record) override
    {
        CollectingSink::addRecord(std::move(record));
        return limit <= 0 || records.size() < limit;
    }
    void progress(qint64 bytesRead, qint64 bytesTotal) override
    {
        lastRead = bytesRead;
        lastTotal = bytesTotal;
        ++calls;
    }
    int limit = 0;
    qint64 lastRead = -1;
    qint64 lastTotal = -1;
    int calls = 0;
};

} // namespace

class tst_CsvLimits : public QObject
{
    Q_OBJECT

private slots:
    void memoryGuards_data();
    void memoryGuards();
    void progressAndStop();
    void readFileDispatch();
};

void tst_CsvLimits::memoryGuards_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("badLine");

    const QByteArray head = "事務事業コード,事務事業名,年度,局名\n10000001,一,2021,局\n";
    const QByteArray tail = "10000003,三,2021,局\n";
    QTest::newRow("10,001 cells") << head + "10000002" + QByteArray(10000, ',') + "\n" + tail << 3;
    QTest::newRow("cell over 16 MiB, unquoted")
            << head + "10000002," + QByteArray(16 * 1024 * 1024 + 10, 'x') + ",2021,局\n" + tail << 3;
    QTest::newRow("cell over 16 MiB, quoted with newlines")
            << head + "10000002,\"" + QByteArray(16 * 1024 * 1024, 'x') + "\n\n\",2021,局\n" + tail << 3;
}

void tst_CsvLimits::memoryGuards()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, badLine);
    const auto r = readCsv(bytes);
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), 2);
    QCOMPARE(r->sink.records.at(1).code, QStringLiteral("10000003"));
    QCOMPARE(r->sink.skippedRows, 1);
    QCOMPARE(r->sink.warnings.size(), 1);
    QCOMPARE(r->sink.warnings.at(0).line, badLine);
}

void tst_CsvLimits::progressAndStop()
{
    QByteArray bytes = "事務事業コード,事務事業名,年度,局名\n";
    for (int i = 0; i < 20000; ++i)
        bytes += QByteArray::number(10000000 + i) + ",事業,2021,局\n";

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    StoppingSink all;
    QString error;
    QVERIFY(CsvReader::read(buffer, QStringLiteral("t.csv"), all, {}, &error));
    QCOMPARE(all.records.size(), 20000);
    QVERIFY(all.calls > 2); // one per 64 KiB chunk at least
    QCOMPARE(all.lastRead, qint64(bytes.size()));
    QCOMPARE(all.lastTotal, qint64(bytes.size()));

    buffer.seek(0);
    StoppingSink few;
    few.limit = 3;
    QVERIFY(CsvReader::read(buffer, QStringLiteral("t.csv"), few, {}, &error));
    QCOMPARE(few.records.size(), 3);
}

void tst_CsvLimits::readFileDispatch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("一覧.csv"));
    QVERIFY(TestSupport::writeFile(path, encoded(sampleTable(QStringLiteral("\r\n")), "Shift_JIS")));
    CollectingSink sink;
    QString error;
    QVERIFY2(RecordReader::readFile(path, sink, {}, &error), qPrintable(error));
    QCOMPARE(sink.records.size(), 2);
    QCOMPARE(sink.records.at(0).sourceFile, path);
}

QTEST_MAIN(tst_CsvLimits)
#include "tst_csvlimits.moc"
