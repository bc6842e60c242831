// A fresh SQLite review database in a temporary folder for every test function, and the
// bundled sample imported into it on request (tst_flagstore, tst_reviewrules).
#pragma once

#include "recordstore.h"
#include "reviewdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Hyoka::TestSupport {

// A test class derives from it and calls openFresh() in its init(), closeFresh() in
// its cleanup(), and importSeed() where a test needs the 38 records.
class TempDatabaseFixture
{
protected:
    void openFresh()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("review.sqlite"));
        m_db = std::make_unique<ReviewDatabase>();
        QString error;
        QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    }

    void closeFresh()
    {
        m_db.reset();
        m_dir.reset();
    }

    void importSeed()
    {
        RecordStore store(*m_db);
        const ImportResult r = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted + r.updated, 38);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReviewDatabase> m_db;
    QString m_path;
};

} // namespace Hyoka::TestSupport
