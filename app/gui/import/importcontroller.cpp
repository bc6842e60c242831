#include "importcontroller.h"

#include "importdialog.h"
#include "importjob.h"
#include "importwarningsdialog.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace Hyoka {

ImportController::ImportController(QWidget *window) : QObject(window), m_window(window) { }

ImportController::~ImportController()
{
    cancelAll();
    delete m_job; // waits for its worker
}

ImportJob *ImportController::import(const QString &databaseSpec, const QStringList &paths,
                                    Feedback feedback, const QList<ReadOptions> &options,
                                    const std::optional<ProfileToSave> &profile)
{
    if (paths.isEmpty())
        return nullptr;
    if (m_job) {
        m_queue.append({ databaseSpec, paths, feedback, options, profile }); // one writer at a time
        return nullptr;
    }
    m_job = new ImportJob(databaseSpec, paths, this, options);
    if (profile)
        m_job->setProfile(*profile);
    m_feedback = feedback;
    connect(m_job, &ImportJob::progressChanged, this, &ImportController::progress);
    connect(m_job, &ImportJob::finished, this, &ImportController::finish);
    ImportJob *job = m_job;
    emit busyChanged(true);
    QTimer::singleShot(0, job, &ImportJob::start);
    if (feedback == Feedback::Dialogs) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setLabelText(paths.size() == 1
                                         ? tr("Importing %1…").arg(QFileInfo(paths.first()).fileName())
                                         : tr("Importing %n file(s)…", "", int(paths.size())));
        m_progress->setCancelButtonText(tr("Cancel"));
        m_progress->setRange(0, 1000);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setWindowModality(Qt::WindowModal);
        connect(m_progress, &QProgressDialog::canceled, this, [this, job] {
            job->cancel();
            if (m_progress)
                m_progress->setLabelText(tr("Cancelling…"));
        });
    }
    emit jobStarted(job);
    return job;
}

void ImportController::cancelAll()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel();
}

void ImportController::progress(int fileIndex, qint64 bytesRead, qint64 bytesTotal)
{
    if (!m_progress || !m_job || m_job->isCancelled())
        return;
    const double fileShare = bytesTotal > 0 ? double(bytesRead) / double(bytesTotal) : 0.0;
    const double overall = (fileIndex + fileShare) / double(m_job->files().size());
    m_progress->setValue(int(overall * 1000));
}

// A file given with others may still be asked about (its import dialog open): what
// the end of an import says (its failures, its summary) waits until no import dialog
// asks, instead of covering the one the user is filling in.
void ImportController::openWhenNotAsking(QDialog *dialog)
{
    const QList<ImportDialog *> asked = m_window->findChildren<ImportDialog *>();
    const auto asking = std::find_if(asked.cbegin(), asked.cend(),
                                     [](const ImportDialog *d) { return d->isVisible(); });
    if (asking == asked.cend()) {
        dialog->open();
        return;
    }
    // Looked at again once the events of its end ran: the next file's dialog may open then.
    connect(*asking, &QDialog::finished, dialog,
            [this, dialog] { QTimer::singleShot(0, dialog, [this, dialog] { openWhenNotAsking(dialog); }); },
            Qt::SingleShotConnection);
}

// Each of `dialogs` once the one before it is closed.
void ImportController::openInTurn(QList<QPointer<QDialog>> dialogs)
{
    while (!dialogs.isEmpty() && !dialogs.constFirst())
        dialogs.removeFirst(); // gone with the window
    if (dialogs.isEmpty())
        return;
    QDialog *first = dialogs.takeFirst();
    if (!dialogs.isEmpty())
        connect(first, &QDialog::finished, this, [this, dialogs] { openInTurn(dialogs); }, Qt::SingleShotConnection);
    openWhenNotAsking(first);
}

void ImportController::finish()
{
    ImportJob *job = m_job;
    m_job = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit jobFinished(job);
    emit busyChanged(false);

    bool cancelled = false;
    bool committed = false;
    int inserted = 0;
    int updated = 0;
    int skipped = 0;
    QList<ImportWarningsDialog::FileGroup> groups;
    const QList<ImportResult> results = job->results();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const ImportResult &r = results.at(i);
        cancelled = cancelled || r.cancelled;
        if (!r.ok)
            continue;
        committed = true;
        inserted += r.inserted;
        updated += r.updated;
        skipped += r.skippedRows;
        const QString file = ImportJob::displayName(job->files().value(i));
        for (const ImportGroup &g : r.groups)
            groups.append({ file, g });
    }
    const int imported = job->importedCount();
    const QStringList errors = job->errors();
    const QList<ImportWarning> warnings = job->warnings();
    const QStringList files = job->files();
    const std::optional<ProfileToSave> profile = job->profileSaved() ? job->profile() : std::nullopt;
    job->deleteLater();

    QString text = cancelled ? tr("Import cancelled; files not finished were rolled back.")
                             : tr("%n record(s) imported: %1 new, %2 updated, %3 skipped.", "", imported)
                                       .arg(inserted)
                                       .arg(updated)
                                       .arg(skipped);
    if (profile) {
        text += u' '
                + tr("Profile %1 saved; files named %2 import with it.").arg(profile->name, profile->pattern);
    }
    emit message(text);
    // The failures first, then the summary: one after the other, never over an import
    // dialog, and without an event loop of their own here.
    QList<QPointer<QDialog>> dialogs;
    if (!errors.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Failed"), errors.join(u'\n'),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        dialogs.append(box);
    }
    if (!warnings.isEmpty() && m_feedback == Feedback::Quiet) {
        QStringList names;
        for (const QString &file : files)
            names.append(ImportJob::displayName(file));
        emit warningsNoticed(names.join(QStringLiteral(", ")), imported, warnings);
    } else if (m_feedback == Feedback::Dialogs && (committed || !warnings.isEmpty())) {
        // What the import wrote, by bureau and year, and what it warned about
        // (docs/storage.md, "Import history").
        auto *dialog = new ImportWarningsDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setResult(imported, warnings);
        if (committed)
            dialog->setSummary(inserted, updated, skipped, groups);
        connect(dialog, &ImportWarningsDialog::historyRequested, this, &ImportController::historyRequested);
        dialogs.append(dialog);
    }
    openInTurn(dialogs);
    if (!m_queue.isEmpty()) {
        const Pending next = m_queue.takeFirst();
        import(next.database, next.files, next.feedback, next.options, next.profile);
    }
}

} // namespace Hyoka
