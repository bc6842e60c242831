#include "safecommit.h"

#include <QSaveFile>

namespace Hyoka::SafeCommit {

bool commit(QSaveFile &file)
{
    if (!file.isOpen())
        return false;
    // On failure the temporary file is left to the QSaveFile destructor, which removes
    // it; errorString() keeps the reason (cancelWriting() would overwrite it).
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return false;
    return file.commit();
}

} // namespace Hyoka::SafeCommit
