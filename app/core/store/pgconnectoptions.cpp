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
    // A network that drops packets without a word (docs/robustness.md): the kernel
    // probes an idle connection after 10 s and gives up after three unanswered probes,
    // and gives up on data the server has not acknowledged for 30 s, so that a query
    // waiting on a dead link fails instead of hanging for the TCP default of ~15 min.
    *options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
             << QStringLiteral("keepalives_interval=5") << QStringLiteral("keepalives_count=3")
             << QStringLiteral("tcp_user_timeout=30000");
    return true;
}

} // namespace Hyoka::PgConnectOptions
