#pragma once

#include "recordstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Hyoka {

// A column profile saved with the import it was made for (the import dialog's "Save
// as profile", docs/profiles.md).
struct ProfileToSave
{
    QString name;
    QString pattern; // file-name glob
    QString text;    // the profile's JSON
};

// Imports files into a review database on a worker thread, through a ReviewDatabase
// connection of its own (Qt SQL connections belong to the thread that opened them).
// Each file is one transaction; cancelling rolls back the file being read and skips
// the rest, so the database is left as the last finished file made it.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    // `options`: how each file is read (the import dialog's choices, a saved profile);
    // a file without an entry is read with the default options.
    ImportJob(const QString &databaseSpec, const QStringList &files, QObject *parent = nullptr,
              const QList<ReadOptions> &options = {});
    // Waits for the worker: a job is never destroyed under its thread.
    ~ImportJob() override;

    // Before start(): `profile` is written through the job's connection before the files
    // are read. When that fails, the reason is one of errors() and the files are
    // imported all the same.
    void setProfile(const ProfileToSave &profile) { m_profile = profile; }
    std::optional<ProfileToSave> profile() const { return m_profile; }
    // The profile was written (once finished).
    bool profileSaved() const { return m_profileSaved; }
    void start();
    // Thread-safe; the worker stops at its next progress report.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isFinished() const { return m_finished; }

    QString databaseSpec() const { return m_databaseSpec; }
    QStringList files() const { return m_files; }
    // One result per file, in order, once finished() has been emitted.
    QList<ImportResult> results() const { return m_results; }

    // Sums over the results; the warnings and errors name files by displayName().
    int importedCount() const;
    QList<ImportWarning> warnings() const;

    // How a file is named to the user: its path, or for a file embedded in the
    // application (the bundled sample, ":/sample/…") its file name.
    static QString displayName(const QString &path);
    QStringList errors() const;
    // Why the backup of the review work before the import failed; empty when it was
    // written or there was nothing to back up. Read once finished.
    QString backupError() const { return m_backupError; }

signals:
    // Emitted on the worker thread (queued to receivers elsewhere) at most once per
    // per mille of a file.
    void progressChanged(int fileIndex, qint64 bytesRead, qint64 bytesTotal);
    void finished();

private:
    QList<ImportResult> run();

    QString m_databaseSpec;
    QStringList m_files;
    QList<ReadOptions> m_options;
    std::atomic<bool> m_cancelled { false };
    QFutureWatcher<QList<ImportResult>> m_watcher;
    QList<ImportResult> m_results;
    bool m_finished = false;
    QString m_backupError; // written by the worker before finished()
    std::optional<ProfileToSave> m_profile;
    bool m_profileSaved = false;  // written by the worker before finished()
    QString m_profileError;       // the same
};

} // namespace Hyoka
