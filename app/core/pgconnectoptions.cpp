#include "pgconnectoptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Hyoka::PgConnectOptions {

bool fromUrl(const QUrl &url, QStringList *options, QString *error)
{
    static const QStringList modes = { QStringLiteral("disable"), QStringLiteral("allow"),
                                       QStringLiteral("prefer"), QStringLiteral("require"),
                                       QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    const QUrlQuery query(url);
    const QString mode = query.queryItemValue(QStringLiteral("sslmode"));
    if (!mode.isEmpty() && !modes.contains(mode)) {
        *error = QCoreApplication::translate("Hyoka::ReviewDatabase", "sslmode takes one of %1, not \"%2\"").arg(modes.join(u", "), mode);
        return false;
    }
    if (!mode.isEmpty())
        *options << QStringLiteral("sslmode=") + mode;
    const QString ca = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    if (!ca.isEmpty()) {
        // Qt joins the options with spaces: the path is quoted the way libpq reads it.
        if (ca.contains(u';') || !QFileInfo(ca).isReadable()) {
            *error = QCoreApplication::translate("Hyoka::ReviewDatabase", "the CA certificate %1 cannot be read").arg(ca);
            return false;
        }
        QString quoted = ca;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        *options << QStringLiteral("sslrootcert='%1'").arg(quoted);
    }
    *options << QStringLiteral("connect_timeout=10");
    return true;
}

} // namespace Hyoka::PgConnectOptions
