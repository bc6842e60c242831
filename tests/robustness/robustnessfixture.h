// What the crash-safety tests share (tst_robustness, tst_databasefiles): CSV tables to
// import, a database's state read through a plain connection, flags whose text must come
// back byte for byte, the real `hyoka` run in a private HOME, and a database with
// records and flags, built once and then copied.
#pragma once

#include "flagstore.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "searchtokenizer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace Hyoka::TestSupport {

constexpr int baseRecords = 200;
constexpr int flaggedRecords = 40;


// Rows of the evaluation table as a CSV file; codes from `firstCode` on.
inline void writeCsv(const QString &path, int firstCode, int count, int year)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray chunk = "事務事業コード,事務事業名,年度,局名,サービス分類,予算額,決算額,事業の達成度,主な取組の実績\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        chunk += QByteArray::number(firstCode + i) + ",事業" + n + " の 推進," + QByteArray::number(year)
                + ",局" + QByteArray::number(i % 17) + ",その他," + QByteArray::number(1000 + i % 997) + ","
                + QByteArray::number(900 + i % 1013) + "," + QByteArray::number(1 + i % 5)
                + ",\"●利用者数 " + QByteArray::number(100 + i % 300) + "人※目標 "
                + QByteArray::number(200 + i % 50) + "人以上\n●説明 " + n + "\"\n";
        if (chunk.size() > 1 << 20) {
            QCOMPARE(f.write(chunk), chunk.size());
            chunk.clear();
        }
    }
    QCOMPARE(f.write(chunk), chunk.size());
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a database holds, read through a plain connection of this process.
struct DatabaseState
{
    QString integrity;
    qint64 records = -1;
    qint64 imports = -1;
    qint64 auditRows = -1;
    qint64 lastImportId = 0;
    qint64 recordsOfLastImport = 0;
    qint64 lastImportCount = 0;
    QString ftsIntegrity; // empty when the full-text index matches the records
    QString error;
};

inline DatabaseState inspect(const QString &path)
{
    DatabaseState s;
    const QString name = QStringLiteral("inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                s.integrity = q.value(0).toString();
            else
                s.error = q.lastError().text();
            auto one = [&](const QString &sql) -> qint64 {
                if (q.exec(sql) && q.next())
                    return q.value(0).toLongLong();
                s.error += sql + u' ' + q.lastError().text();
                return -1;
            };
            s.records = one(QStringLiteral("SELECT count(*) FROM records"));
            s.imports = one(QStringLiteral("SELECT count(*) FROM imports"));
            s.auditRows = one(QStringLiteral("SELECT count(*) FROM audit_log"));
            s.lastImportId = one(QStringLiteral("SELECT coalesce(max(id), 0) FROM imports"));
            s.recordsOfLastImport = one(
                    QStringLiteral("SELECT count(*) FROM records WHERE import_id = %1").arg(s.lastImportId));
            s.lastImportCount = one(QStringLiteral("SELECT coalesce(max(record_count), 0) FROM imports"
                                                   " WHERE id = %1")
                                            .arg(s.lastImportId));
            // FTS5 compares its index with the records table (changes nothing).
            if (db.tables().contains(QStringLiteral("records_fts"))
                && !q.exec(QStringLiteral("INSERT INTO records_fts (records_fts) VALUES ('integrity-check')")))
                s.ftsIntegrity = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

// A flag with text that must come back byte for byte.
inline Flag flagFor(int i)
{
    Flag f;
    f.status = i % 3 == 0 ? QStringLiteral("reviewed") : QStringLiteral("flagged");
    f.reason = QStringLiteral("other");
    f.reasonText = QStringLiteral("理由 %1 'quoted' \"double\"").arg(i);
    f.note = QStringLiteral("メモ %1\n二行目 🎌 ; DROP TABLE flags; --").arg(i);
    f.reviewer = QStringLiteral("reviewer%1").arg(i % 4);
    return f;
}

// The runs and the database the tests build on; a test class derives from it and calls
// prepare() in its initTestCase().
class RobustnessFixture
{
protected:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray err;
    };
    // Runs hyoka; `fileSizeLimit` > 0 runs it under RLIMIT_FSIZE with SIGXFSZ ignored.
    Run hyoka(const QStringList &args, qint64 fileSizeLimit = 0);
    QProcessEnvironment childEnvironment() const;
    // A database with base records and flags (closed, checkpointed) at `path`.
    void makeFlaggedDatabase(const QString &path);
    // The temporary directory with HOME and TMPDIR for the child, the small CSV, the
    // flags and the template database.
    void prepare();

    QTemporaryDir m_dir;
    QString m_smallCsv;
    QString m_seed;
    QHash<FlagStore::Key, Flag> m_flags;
    QString m_template;     // a closed database with base records and flags
};

inline QProcessEnvironment RobustnessFixture::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
    return env;
}

inline RobustnessFixture::Run RobustnessFixture::hyoka(const QStringList &args, qint64 fileSizeLimit)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.setStandardOutputFile(QProcess::nullDevice());
    if (fileSizeLimit > 0) {
        // An ignored signal stays ignored across exec: the limit makes write() fail
        // with EFBIG instead of killing the process.
        p.setProgram(QStringLiteral("/bin/sh"));
        p.setArguments(QStringList { QStringLiteral("-c"),
                                     QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 \"$@\"")
                                             .arg(fileSizeLimit),
                                     QStringLiteral("sh"), QStringLiteral(HYOKA_BINARY) }
                       + args);
    } else {
        p.setProgram(QStringLiteral(HYOKA_BINARY));
        p.setArguments(args);
    }
    p.start();
    Run r;
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}

inline void RobustnessFixture::prepare()
{
    QVERIFY(m_dir.isValid());
    // The test's own connections check and rewrite the search index (docs/search.md).
    SearchTokenizer::registerForEveryConnection();
    for (const char *sub : { "home", "tmp" })
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
    QVERIFY(QFileInfo::exists(QStringLiteral(HYOKA_BINARY)));
    m_seed = QStringLiteral(HYOKA_SEED_FILE);
    m_smallCsv = m_dir.filePath(QStringLiteral("base.csv"));
    writeCsv(m_smallCsv, 10000000, baseRecords, 2020);
    for (int i = 0; i < flaggedRecords; ++i)
        m_flags.insert({ 2020, QString::number(10000000 + i * 5) }, flagFor(i));
    const QString templatePath = m_dir.filePath(QStringLiteral("template.sqlite"));
    makeFlaggedDatabase(templatePath);
    m_template = templatePath;
}

inline void RobustnessFixture::makeFlaggedDatabase(const QString &path)
{
    // Built once, then copied: a closed database is one file.
    if (!m_template.isEmpty()) {
        QVERIFY(QFile::copy(m_template, path));
        return;
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    RecordStore store(db);
    const ImportResult r = store.importFile(m_smallCsv);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(store.recordCount().value_or(-1), qint64(baseRecords));
    FlagStore flags(db);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const FlagStore::SetResult set = flags.setFlag(it.key().first, it.key().second, it.value(), 0);
        QVERIFY2(set.outcome == FlagStore::Outcome::Saved, qPrintable(set.error));
    }
    db.close(); // the last connection checkpoints the WAL into the file
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

} // namespace Hyoka::TestSupport
