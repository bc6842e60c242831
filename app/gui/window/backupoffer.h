#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Hyoka {

// When a SQLite review database can no longer be opened and a backup of it exists
// (DatabaseBackup, written before each schema migration), asks the user whether to
// put the newest back; the damaged file is kept beside it, never deleted. Window
// code only: models and the core never ask.
class BackupOffer
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::BackupOffer)
public:
    // True when a backup of `path` (which failed to open with `error`) was put back,
    // so that opening it again may succeed; false when there is none, the user
    // declined, or restoring failed (the user was told).
    static bool offerRestore(QWidget *parent, const QString &path, const QString &error);
};

} // namespace Hyoka
