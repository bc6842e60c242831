// Backups of the review work (docs/robustness.md, "Automatic backups"): a backup taken,
// the flags and audit rows deleted, the restore puts them back (SQLite and PostgreSQL);
// the automatic ones rotate; a restore onto re-imported records matches them by
// (fiscal year, code); `hyoka import` backs up first; `hyoka backup` and
// `hyoka restore --from` on the command line.
#include "../shareddb/pgtestserver.h"
#include "backuptimer.h"
#include "flagstore.h"
#include "recordstore.h"
#include "reviewbackup.h"
#include "reviewdatabase.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Hyoka;

class TestReviewBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void roundTripAfterDeletingFlags_data();
    void roundTripAfterDeletingFlags();
    void automaticBackupsRotate();
    void nothingToBackUpWritesNothing();
    void windowBacksUpDaily();
    void restoreOntoReimportedRecordsMatchesByIdentity();
    void commandLine();

private:
    QString sqlitePath(const QString &name) const { return m_dir.filePath(name); }
    void seedAndFlag(ReviewDatabase &db);
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run hyoka(const QStringList &args);

    QTemporaryDir m_dir;
    PgTestServer m_pg;
    bool m_pgStarted = false;
    QString m_pgError;
};

struct Snapshot
{
    QHash<FlagStore::Key, Flag> flags;
    QStringList audit; // "year code field old new version reviewer", in id order
    QStringList settings;
    bool operator==(const Snapshot &o) const
    {
        return flags == o.flags && audit == o.audit && settings == o.settings;
    }
};

static Snapshot snapshot(ReviewDatabase &db)
{
    Snapshot s;
    s.flags = *FlagStore(db).allFlags();
    QSqlQuery q(db.database());
    q.exec(QStringLiteral("SELECT fiscal_year, code, field, old_value, new_value, version, reviewer,"
                          " changed_at FROM audit_log ORDER BY id"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 8; ++i)
            row << q.value(i).toString();
        s.audit << row.join(u'|');
    }
    q.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    while (q.next())
        s.settings << q.value(0).toString() + u'=' + q.value(1).toString();
    return s;
}

static void deleteReviewWork(ReviewDatabase &db)
{
    QSqlQuery q(db.database());
    // The audit trail is append-only: the guard is dropped for the test's delete only.
    if (db.isSqlite()) {
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    } else {
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")));
    }
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM flags")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM settings")));
}

void TestReviewBackup::initTestCase()
{
    // The backup folder lives under the test's own data location.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_pgStarted = m_pg.start(&m_pgError);
}

void TestReviewBackup::init()
{
    QDir(ReviewBackup::folder()).removeRecursively();
}

void TestReviewBackup::seedAndFlag(ReviewDatabase &db)
{
    RecordStore store(db);
    const ImportResult r = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY2(r.ok, qPrintable(r.error));
    FlagStore flags(db);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(QStringLiteral("SELECT fiscal_year, code FROM records ORDER BY code LIMIT 3")));
    QList<FlagStore::Key> keys;
    while (q.next())
        keys.append({ q.value(0).toInt(), q.value(1).toString() });
    QCOMPARE(keys.size(), 3);
    for (const auto &[year, code] : std::as_const(keys)) {
        Flag f;
        f.status = QStringLiteral("flagged");
        f.reason = QStringLiteral("low_level");
        f.note = QStringLiteral("確認する %1").arg(code);
        f.reviewer = QStringLiteral("佐藤");
        QCOMPARE(flags.setFlag(year, code, f, 0).outcome, FlagStore::Outcome::Saved);
        f.status = QStringLiteral("reviewed");
        f.note += QStringLiteral(" — 済");
        QCOMPARE(flags.setFlag(year, code, f, 1).outcome, FlagStore::Outcome::Saved);
    }
    QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('rules/level', '4')")));
}

void TestReviewBackup::roundTripAfterDeletingFlags_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestReviewBackup::roundTripAfterDeletingFlags()
{
    QFETCH(bool, postgres);
    QString spec = sqlitePath(QStringLiteral("roundtrip.sqlite"));
    if (postgres) {
        QVERIFY2(m_pgStarted, qPrintable(m_pgError));
        spec = m_pg.url();
        ReviewDatabase reset;
        QString error;
        QVERIFY2(reset.open(spec, &error), qPrintable(error));
        QSqlQuery q(reset.database());
        QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    seedAndFlag(db);
    if (QTest::currentTestFailed())
        return;
    const Snapshot before = snapshot(db);
    QCOMPARE(before.flags.size(), 3);
    QCOMPARE(before.audit.size(), 3 * 5); // status, reason, note; then status, note

    const std::optional<ReviewBackup> backup = ReviewBackup::write(db, QStringLiteral("manual"), &error);
    QVERIFY2(backup, qPrintable(error));
    QCOMPARE(backup->flags, 3);
    QCOMPARE(backup->auditRows, 15);
    QVERIFY(backup->path.startsWith(ReviewBackup::folder()));
    // The backup is the owner's alone, like the review files.
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(backup->path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    const std::optional<ReviewBackup> described = ReviewBackup::read(backup->path, &error);
    QVERIFY2(described, qPrintable(error));
    QCOMPARE(described->database, ReviewDatabase::withoutPassword(spec));
    QCOMPARE(described->flags, 3);

    deleteReviewWork(db);
    QVERIFY(FlagStore(db).allFlags()->isEmpty());
    const CopyResult restored = ReviewBackup::restore(db, backup->path);
    QVERIFY2(restored.ok, qPrintable(restored.error));
    QCOMPARE(restored.flags, 3);
    QCOMPARE(restored.auditRows, 15);
    const Snapshot after = snapshot(db);
    QCOMPARE(after.flags, before.flags); // versions kept
    QCOMPARE(after.audit, before.audit);
    QCOMPARE(after.settings, before.settings);

    // A second restore adds nothing: audit rows are not duplicated.
    const CopyResult again = ReviewBackup::restore(db, backup->path);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.auditRows, 0);
    QCOMPARE(snapshot(db).audit, before.audit);
    // The flags keep working: the next change is version 3.
    const auto key = before.flags.keys().constFirst();
    Flag f = before.flags.value(key);
    f.note = QStringLiteral("after the restore");
    const FlagStore::SetResult next = FlagStore(db).setFlag(key.first, key.second, f, 2);
    QCOMPARE(next.outcome, FlagStore::Outcome::Saved);
    QCOMPARE(next.flag.version, 3);
}

void TestReviewBackup::automaticBackupsRotate()
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(sqlitePath(QStringLiteral("rotate.sqlite")), &error), qPrintable(error));
    seedAndFlag(db);
    QStringList written;
    for (int i = 0; i < ReviewBackup::keep + 3; ++i) {
        const std::optional<ReviewBackup> b = ReviewBackup::writeAutomatic(db, QStringLiteral("import"), &error);
        QVERIFY2(b, qPrintable(error));
        written.prepend(b->path);
    }
    const QList<ReviewBackup> listed = ReviewBackup::list(db.spec());
    QCOMPARE(listed.size(), ReviewBackup::keep);
    QStringList listedPaths;
    for (const ReviewBackup &b : listed)
        listedPaths << b.path;
    QCOMPARE(listedPaths, written.mid(0, ReviewBackup::keep)); // the newest, newest first
    for (const QString &gone : written.mid(ReviewBackup::keep))
        QVERIFY(!QFileInfo::exists(gone));
    // Another database's backups are its own: they neither count nor rotate these away.
    ReviewDatabase other;
    QVERIFY2(other.open(sqlitePath(QStringLiteral("other.sqlite")), &error), qPrintable(error));
    seedAndFlag(other);
    QVERIFY(ReviewBackup::writeAutomatic(other, QStringLiteral("daily"), &error));
    QCOMPARE(ReviewBackup::list(db.spec()).size(), ReviewBackup::keep);
    QCOMPARE(ReviewBackup::list(other.spec()).size(), 1);
    QCOMPARE(ReviewBackup::list(other.spec()).constFirst().reason, QStringLiteral("daily"));
    QVERIFY(!ReviewBackup::dailyDue(other.spec()));
    QVERIFY(ReviewBackup::dailyDue(sqlitePath(QStringLiteral("never.sqlite"))));
}

void TestReviewBackup::nothingToBackUpWritesNothing()
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(sqlitePath(QStringLiteral("empty.sqlite")), &error), qPrintable(error));
    QVERIFY(!ReviewBackup::writeAutomatic(db, QStringLiteral("import"), &error));
    QVERIFY(error.isEmpty());
    QVERIFY(ReviewBackup::list(db.spec()).isEmpty());
}

void TestReviewBackup::windowBacksUpDaily()
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(sqlitePath(QStringLiteral("window.sqlite")), &error), qPrintable(error));
    seedAndFlag(db);
    BackupTimer timer([&db] { return &db; }, nullptr);
    QSignalSpy messages(&timer, &BackupTimer::message);
    QSignalSpy finished(&timer, &BackupTimer::finished);
    // The check and the backup run on a thread of their own: the caller returns at once.
    QVERIFY(timer.backupIfDue());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(messages.count(), 1);
    const QList<ReviewBackup> written = ReviewBackup::list(db.spec());
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.constFirst().reason, QStringLiteral("daily"));
    QVERIFY(messages.constFirst().constFirst().toString().contains(QFileInfo(written.constFirst().path).fileName()));
    // At most daily: the next check finds a backup younger than a day.
    QVERIFY(timer.backupIfDue());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constLast().constFirst().toBool(), false);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(ReviewBackup::list(db.spec()).size(), 1);
    // No database open: nothing to do.
    BackupTimer idle([] { return static_cast<ReviewDatabase *>(nullptr); }, nullptr);
    QVERIFY(!idle.backupIfDue());
}

void TestReviewBackup::restoreOntoReimportedRecordsMatchesByIdentity()
{
    ReviewDatabase first;
    QString error;
    QVERIFY2(first.open(sqlitePath(QStringLiteral("first.sqlite")), &error), qPrintable(error));
    seedAndFlag(first);
    const Snapshot before = snapshot(first);
    const std::optional<ReviewBackup> backup = ReviewBackup::write(first, QStringLiteral("manual"), &error);
    QVERIFY2(backup, qPrintable(error));

    // A fresh database whose records came from a new import, in another order: their ids
    // differ from the first database's.
    ReviewDatabase second;
    QVERIFY2(second.open(sqlitePath(QStringLiteral("second.sqlite")), &error), qPrintable(error));
    {
        QSqlQuery q(second.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO imports (file_name, imported_at) VALUES ('x', 'now')")));
        // Ids taken by a record that is not in the seed, so that the seed's ids shift.
        for (int i = 0; i < 5; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO records (fiscal_year, code, name) VALUES (1999, 'X%1', 'x')").arg(i)));
    }
    const ImportResult imported = RecordStore(second).importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY2(imported.ok, qPrintable(imported.error));
    const CopyResult restored = ReviewBackup::restore(second, backup->path);
    QVERIFY2(restored.ok, qPrintable(restored.error));
    const Snapshot after = snapshot(second);
    QCOMPARE(after.flags, before.flags);
    QCOMPARE(after.audit, before.audit);
    // Each flag reaches its record (by its new id) through (fiscal year, code).
    for (auto it = before.flags.cbegin(); it != before.flags.cend(); ++it) {
        QSqlQuery q(second.database());
        q.prepare(QStringLiteral("SELECT id FROM records WHERE fiscal_year = ? AND code = ?"));
        q.addBindValue(it.key().first);
        q.addBindValue(it.key().second);
        QVERIFY(q.exec() && q.next());
        const qint64 id = q.value(0).toLongLong();
        QSqlQuery old(first.database());
        old.prepare(QStringLiteral("SELECT id FROM records WHERE fiscal_year = ? AND code = ?"));
        old.addBindValue(it.key().first);
        old.addBindValue(it.key().second);
        QVERIFY(old.exec() && old.next());
        QVERIFY(old.value(0).toLongLong() != id);
        const QHash<qint64, Flag> byId = *FlagStore(second).flagsForRecordIds({ id });
        QCOMPARE(byId.value(id), it.value());
        QCOMPARE(FlagStore(second).history(it.key().first, it.key().second)->size(), 5);
    }
}

TestReviewBackup::Run TestReviewBackup::hyoka(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The child's data folder is the test's (QStandardPaths' test mode is per process).
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HYOKA_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestReviewBackup::commandLine()
{
    const QString db = sqlitePath(QStringLiteral("cli.sqlite"));
    const QString seed = QStringLiteral(HYOKA_SEED_FILE);
    QCOMPARE(hyoka({ QStringLiteral("import"), seed, QStringLiteral("--db"), db }).exitCode, 0);
    // Nothing reviewed yet: the import had nothing to back up.
    QVERIFY(ReviewBackup::list(db).isEmpty());
    const Run flagged = hyoka({ QStringLiteral("flag"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                                QStringLiteral("2021"), QStringLiteral("--code"), QStringLiteral("20101010"),
                                QStringLiteral("--status"), QStringLiteral("flagged"), QStringLiteral("--note"),
                                QStringLiteral("要確認") });
    QVERIFY2(flagged.exitCode == 0, qPrintable(flagged.err));
    // Every import now backs the review work up first.
    QCOMPARE(hyoka({ QStringLiteral("import"), seed, QStringLiteral("--db"), db }).exitCode, 0);
    const QList<ReviewBackup> automatic = ReviewBackup::list(db);
    QCOMPARE(automatic.size(), 1);
    QCOMPARE(automatic.constFirst().reason, QStringLiteral("import"));
    const Run listed = hyoka({ QStringLiteral("restore"), QStringLiteral("--list"), QStringLiteral("--db"), db });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(automatic.constFirst().path), qPrintable(listed.out));

    const QString file = sqlitePath(QStringLiteral("manual-backup.sqlite"));
    const Run backedUp = hyoka({ QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("-o"), file });
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    QVERIFY(QFileInfo::exists(file));

    const QString fresh = sqlitePath(QStringLiteral("cli-fresh.sqlite"));
    QCOMPARE(hyoka({ QStringLiteral("import"), seed, QStringLiteral("--db"), fresh }).exitCode, 0);
    const Run restored = hyoka({ QStringLiteral("restore"), QStringLiteral("--from"), file, QStringLiteral("--db"), fresh });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    ReviewDatabase check;
    QString error;
    QVERIFY2(check.open(fresh, &error), qPrintable(error));
    const Flag f = *FlagStore(check).flag(2021, QStringLiteral("20101010"));
    QCOMPARE(f.status, QStringLiteral("flagged"));
    QCOMPARE(f.note, QStringLiteral("要確認"));
    QCOMPARE(f.version, 1);

    const Run bad = hyoka({ QStringLiteral("restore"), QStringLiteral("--from"), seed, QStringLiteral("--db"), fresh });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("not a Hyoka review backup")), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(TestReviewBackup)
#include "tst_reviewbackup.moc"
