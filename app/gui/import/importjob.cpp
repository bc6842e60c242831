#include "importjob.h"

#include "profilestore.h"
#include "reviewbackup.h"
#include "reviewdatabase.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Hyoka {

ImportJob::ImportJob(const QString &databaseSpec, const QStringList &files, QObject *parent,
                     const QList<ReadOptions> &options)
    : QObject(parent), m_databaseSpec(databaseSpec), m_files(files), m_options(options)
{
    connect(&m_watcher, &QFutureWatcher<QList<ImportResult>>::finished, this, [this] {
        m_results = m_watcher.result();
        m_finished = true;
        emit finished();
    });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    if (m_watcher.isRunning() || m_finished)
        return;
    m_watcher.setFuture(QtConcurrent::run([this] { return run(); }));
}

QList<ImportResult> ImportJob::run()
{
    QList<ImportResult> results;
    ReviewDatabase db;
    QString error;
    if (!db.open(m_databaseSpec, &error)) {
        for (qsizetype i = 0; i < m_files.size(); ++i) {
            ImportResult r;
            r.error = error;
            results.append(r);
        }
        return results;
    }
    if (m_profile)
        m_profileSaved = ProfileStore(db).save(m_profile->name, m_profile->pattern, m_profile->text,
                                               &m_profileError);
    // The review work is backed up before every import (docs/robustness.md).
    ReviewBackup::writeAutomatic(db, QStringLiteral("import"), &m_backupError);
    RecordStore store(db);
    for (int i = 0; i < int(m_files.size()); ++i) {
        if (m_cancelled.load()) {
            ImportResult skipped;
            skipped.cancelled = true;
            results.append(skipped);
            continue;
        }
        int lastPermille = -1;
        const auto progress = [this, i, &lastPermille](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            if (permille != lastPermille) {
                lastPermille = permille;
                emit progressChanged(i, done, total);
            }
            return !m_cancelled.load();
        };
        results.append(store.importFile(m_files.at(i), m_options.value(i), progress));
    }
    db.close();
    return results;
}

int ImportJob::importedCount() const
{
    int n = 0;
    for (const ImportResult &r : m_results) {
        if (r.ok)
            n += r.inserted + r.updated;
    }
    return n;
}

QString ImportJob::displayName(const QString &path)
{
    return path.startsWith(u':') ? QFileInfo(path).fileName() : path;
}

QList<ImportWarning> ImportJob::warnings() const
{
    QList<ImportWarning> all;
    for (const ImportResult &r : m_results) {
        if (!r.ok) // a rolled-back file left nothing to warn about
            continue;
        for (ImportWarning w : r.warnings) {
            w.file = displayName(w.file);
            all.append(w);
        }
    }
    return all;
}

QStringList ImportJob::errors() const
{
    QStringList all;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        QString error = m_results.at(i).error;
        const QString file = m_files.value(i);
        if (!error.isEmpty())
            all.append(file.isEmpty() ? error : error.replace(file, displayName(file)));
    }
    if (m_profile && !m_profileSaved)
        all.append(tr("The profile %1 could not be saved: %2").arg(m_profile->name, m_profileError));
    if (!m_backupError.isEmpty())
        all.append(tr("The review work could not be backed up before the import: %1").arg(m_backupError));
    return all;
}

} // namespace Hyoka
