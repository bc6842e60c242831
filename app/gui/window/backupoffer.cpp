#include "backupoffer.h"

#include "databasebackup.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Hyoka {

bool BackupOffer::offerRestore(QWidget *parent, const QString &path, const QString &error)
{
    const QList<DatabaseBackup> backups = DatabaseBackup::available(path);
    if (backups.isEmpty())
        return false;
    const DatabaseBackup &newest = backups.constFirst();
    // The first line says what went wrong; the rest is the command line's advice.
    const QString reason = error.section(u'\n', 0, 0);
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Review Database"),
                    tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("restoreBackupBox"));
    box.setInformativeText(
            tr("A copy was made before the database was last upgraded, on %1 (%2 KB). Put it "
               "back? Changes made since then are not in it; the damaged file is kept next to "
               "it.")
                    .arg(QLocale().toString(newest.createdAt.toLocalTime(), QLocale::ShortFormat),
                         QLocale().toString((newest.size + 1023) / 1024)));
    box.setDetailedText(reason + u'\n' + QDir::toNativeSeparators(newest.path));
    QPushButton *restore = box.addButton(tr("&Restore the Backup"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    QString restoreError;
    QString keptAs;
    if (!DatabaseBackup::restore(path, newest.path, &restoreError, &keptAs)) {
        QMessageBox::warning(parent, tr("Restore Failed"),
                             tr("The backup was not put back: %1").arg(restoreError));
        return false;
    }
    QMessageBox::information(parent, tr("Backup Restored"),
                             tr("The backup is back in place. The damaged file was kept as %1.")
                                     .arg(QDir::toNativeSeparators(keptAs)));
    return true;
}

} // namespace Hyoka
