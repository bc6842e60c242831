#pragma once

class QSaveFile;

namespace Hyoka {

// QSaveFile::commit() in Qt 6.4 renames the temporary file over the target even when
// the last flush of its write buffer fails (a full disk, a file-size limit): the
// target is then replaced by a truncated copy and commit() reports success. Every
// save goes through this instead: it flushes first and commits only a complete file;
// otherwise the temporary file is discarded and the old target stays as it was.
namespace SafeCommit {

bool commit(QSaveFile &file);

} // namespace SafeCommit
} // namespace Hyoka
