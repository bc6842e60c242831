#pragma once

#include "importjob.h"
#include "record.h"
#include "recordreader.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QDialog;
class QProgressDialog;
class QWidget;

namespace Hyoka {

// Runs a window's imports one after another on worker threads (ImportJob): shows
// the progress dialog whose Cancel rolls the current file back, the failures and
// the warnings dialog (file:line: message) when a job ends.
class ImportController : public QObject
{
    Q_OBJECT
public:
    // How an import talks to the user: the progress dialog and, at the end, the
    // warnings dialog; or Quiet (the bundled sample on first start): no dialog,
    // the warnings go to warningsNoticed() (failures are still shown).
    enum class Feedback { Dialogs, Quiet };

    // `window` parents the dialogs.
    explicit ImportController(QWidget *window);
    ~ImportController() override;

    // Imports `paths` into `databaseSpec`. Returns the job, started from the event
    // loop (so that the caller can still connect to it), or nullptr when the paths
    // were queued behind a running import.
    // `options`: how each path is read (ImportJob); none = the default options.
    // `profile`: saved by the job before it reads the files (ImportJob::setProfile()).
    ImportJob *import(const QString &databaseSpec, const QStringList &paths,
                      Feedback feedback = Feedback::Dialogs, const QList<ReadOptions> &options = {},
                      const std::optional<ProfileToSave> &profile = std::nullopt);
    ImportJob *currentJob() const { return m_job; }
    bool isBusy() const { return m_job != nullptr; }
    // Cancels the running job (its file is rolled back) and drops the queue.
    void cancelAll();

signals:
    void busyChanged(bool busy);
    // A job was made (its progress dialog too) and starts from the event loop: at
    // once, or after the one before.
    void jobStarted(Hyoka::ImportJob *job);
    // A job ended; the database may have changed. Emitted before the dialogs open.
    void jobFinished(Hyoka::ImportJob *job);
    // A line for the status bar.
    void message(const QString &text);
    // A quiet import warned: `source` names its file(s) for the user.
    void warningsNoticed(const QString &source, int importedRecords,
                         const QList<Hyoka::ImportWarning> &warnings);
    // The import's summary asked for File → Import History.
    void historyRequested();

private:
    void progress(int fileIndex, qint64 bytesRead, qint64 bytesTotal);
    void finish();
    void openWhenNotAsking(QDialog *dialog);
    void openInTurn(QList<QPointer<QDialog>> dialogs);

    QWidget *m_window;
    ImportJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    struct Pending
    {
        QString database;
        QStringList files;
        Feedback feedback;
        QList<ReadOptions> options;
        std::optional<ProfileToSave> profile;
    };
    Feedback m_feedback = Feedback::Dialogs; // of the running job
    QList<Pending> m_queue;
};

} // namespace Hyoka
