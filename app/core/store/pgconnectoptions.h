#pragma once

#include <QString>
#include <QStringList>

class QUrl;

namespace Hyoka::PgConnectOptions {

// The libpq options of a postgresql:// URL, for QSqlDatabase::setConnectOptions():
// sslmode (disable … verify-full) and sslrootcert (a readable CA file) from its query,
// and a connect timeout. False, with `error`, for an unknown sslmode or an unreadable
// CA file. See docs/robustness.md.
bool fromUrl(const QUrl &url, QStringList *options, QString *error);

} // namespace Hyoka::PgConnectOptions
