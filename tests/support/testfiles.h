#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Hyoka::TestSupport {

// Writes `bytes` to `path`, replacing what was there: false when it cannot.
[[nodiscard]] inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace Hyoka::TestSupport
