// What the tests of the queries off the GUI thread share (tst_queryworker,
// tst_asyncbrowser): the seed in a SQLite database, and 6,000 generated records in another
// (the first rows a small part of the answer, a query that walks all of them long enough
// to stop).
#pragma once

#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "testrecords.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Hyoka::TestSupport {

using Column = RecordQuery::Column;

inline RecordFilter searchFor(const QString &text)
{
    RecordFilter f;
    f.searchText = text;
    return f;
}

// A test class derives from it and calls prepare() in its initTestCase().
class QueryDatabasesFixture
{
protected:
    void prepare();

    QTemporaryDir m_dir;
    QString m_seedPath;
    QString m_manyPath;
    std::unique_ptr<ReviewDatabase> m_seed;
    std::unique_ptr<ReviewDatabase> m_many;
    QList<Record> m_manyRecords;
    int m_manyCount = 0;
};

inline void QueryDatabasesFixture::prepare()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_seedPath = m_dir.filePath(QStringLiteral("seed.sqlite"));
    m_seed = std::make_unique<ReviewDatabase>();
    QString error;
    QVERIFY2(m_seed->open(m_seedPath, &error), qPrintable(error));
    QVERIFY(RecordStore(*m_seed).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);

    // Many records, so that the first rows are a small part of the answer and a
    // query that walks all of them is long enough to stop.
    m_manyPath = m_dir.filePath(QStringLiteral("many.sqlite"));
    m_many = std::make_unique<ReviewDatabase>();
    QVERIFY2(m_many->open(m_manyPath, &error), qPrintable(error));
    QList<Record> records;
    m_manyCount = 6000;
    for (int i = 0; i < m_manyCount; ++i) {
        // Names in another order than storage: the first rows by name are spread out.
        Record r = projectRecord(2019 + i % 3,
                                 i % 2 ? QStringLiteral("総務企画局") : QStringLiteral("こども未来局"),
                                 i + 1, QStringLiteral("%1").arg(20000000 + i),
                                 QStringLiteral("事業%1").arg((i * 7919) % m_manyCount, 5, 10, QLatin1Char('0')),
                                 QStringLiteral("その他"));
        r.budget = qint64(i) * 37 % 100000;
        r.settlement = r.budget;
        r.level = 1 + i % 5;
        r.summary = QStringLiteral("地域の保育と子育てを支える事業。") + QString::number(i);
        r.achievements = { QStringLiteral("実績%1件").arg(i) };
        records.append(r);
    }
    const ImportResult result = RecordStore(*m_many).importRecords(records, QStringLiteral("generated"));
    QVERIFY2(result.ok, qPrintable(result.error));
    m_manyRecords = records;
}

} // namespace Hyoka::TestSupport
