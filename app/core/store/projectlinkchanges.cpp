// The edits of ProjectLinks: organisation renames, the name threshold and the
// decisions about renames matched by name (docs/years.md, "How records are linked").
// `hyoka links` makes them one at a time, the window's Project Links dialog several
// at once; either way they go through apply(): one transaction, one relink.
#include "projectlinks.h"

#include "reviewdatabase.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka {

namespace {

const char16_t keyNameThreshold[] = u"links.name_similarity";

} // namespace

double ProjectLinks::nameThreshold() const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QString::fromUtf16(keyNameThreshold));
    bool ok = false;
    const double v = q.exec() && q.next() ? q.value(0).toString().toDouble(&ok) : 0;
    return ok && v > 0 && v <= 1 ? v : defaultNameThreshold;
}

bool ProjectLinks::setNameThreshold(double threshold, QString *error)
{
    Changes changes;
    changes.threshold = threshold;
    return apply(changes, error);
}

bool ProjectLinks::confirm(int fiscalYear, const QString &key, QString *error)
{
    Changes changes;
    changes.decisions.append({ fiscalYear, key, true });
    return apply(changes, error);
}

bool ProjectLinks::undo(int fiscalYear, const QString &key, QString *error)
{
    Changes changes;
    changes.decisions.append({ fiscalYear, key, false });
    return apply(changes, error);
}

bool ProjectLinks::setOrganisationRename(const QString &oldBureau, const QString &newBureau,
                                         QString *error)
{
    Changes changes;
    changes.renames.append({ oldBureau, newBureau });
    return apply(changes, error);
}

QList<ProjectLinks::Rename> ProjectLinks::organisationRenames(QString *error) const
{
    QList<Rename> renames;
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT old_bureau, new_bureau FROM organisation_renames"
                               " ORDER BY old_bureau"))) {
        if (error)
            *error = q.lastError().text();
        return renames;
    }
    while (q.next())
        renames.append({ q.value(0).toString(), q.value(1).toString() });
    return renames;
}

QStringList ProjectLinks::bureauChoices(const QList<Rename> &renames, QString *error) const
{
    // One walk of the bureau index (records (bureau, …)): a few hundred names.
    QStringList bureaus;
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT DISTINCT bureau FROM records ORDER BY bureau")) && error)
        *error = q.lastError().text();
    while (q.next())
        bureaus.append(q.value(0).toString());
    for (const Rename &r : renames)
        bureaus << r.oldBureau << r.newBureau;
    bureaus.removeAll(QString());
    bureaus.sort();
    bureaus.removeDuplicates();
    return bureaus;
}

QString ProjectLinks::renamesProblem(const QList<Rename> &renames)
{
    QHash<QString, QString> next;
    for (const Rename &r : renames) {
        const QString from = r.oldBureau.trimmed();
        const QString to = r.newBureau.trimmed();
        if (from.isEmpty())
            return tr("name the old bureau");
        if (to.isEmpty())
            return tr("name the bureau %1 was renamed to").arg(from);
        if (from == to)
            return tr("%1 cannot be renamed to itself").arg(from);
        if (next.contains(from))
            return tr("%1 is renamed twice, to %2 and to %3").arg(from, next.value(from), to);
        next.insert(from, to);
    }
    // Records are linked under the new name of their bureau: a circle would link each
    // bureau's records under another's name, so no bureau would keep its own.
    // The last rename first: the one just added, whose circle is told from its start.
    for (auto it = renames.crbegin(); it != renames.crend(); ++it) {
        const QString start = it->oldBureau.trimmed();
        QStringList chain { start };
        QString at = next.value(start);
        while (next.contains(at) && !chain.contains(at)) {
            chain.append(at);
            at = next.value(at);
        }
        if (at == start) {
            chain.append(at);
            return tr("the bureau renames go round in a circle: %1").arg(chain.join(QStringLiteral(" → ")));
        }
    }
    return {};
}

bool ProjectLinks::writeAlias(int fiscalYear, const QString &key, const QString &state, QString *error)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE project_aliases SET state = ?, updated_at = ?"
                             " WHERE fiscal_year = ? AND code = ? AND state <> 'rejected'"));
    q.addBindValue(state);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(fiscalYear);
    q.addBindValue(key);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() < 1) {
        if (error)
            *error = tr("fiscal %1: the record has no project matched by name").arg(fiscalYear);
        return false;
    }
    return true;
}

bool ProjectLinks::apply(const Changes &changes, QString *error)
{
    if (changes.threshold && !(*changes.threshold > 0 && *changes.threshold <= 1)) {
        if (error)
            *error = tr("a name similarity must be above 0 and at most 1");
        return false;
    }
    for (const Rename &r : changes.renames) {
        if (r.oldBureau.trimmed().isEmpty()) {
            if (error)
                *error = tr("name the old bureau");
            return false;
        }
    }
    if (!m_db.beginWrite(error))
        return false;
    // The table as it will be, checked inside the transaction: another client's
    // renames committed meanwhile count too.
    QString readError;
    QList<Rename> after = organisationRenames(&readError);
    bool ok = readError.isEmpty();
    if (!ok && error)
        *error = tr("cannot link the years: %1").arg(readError);
    for (const Rename &r : changes.renames) {
        after.removeIf([&](const Rename &a) { return a.oldBureau == r.oldBureau.trimmed(); });
        if (!r.newBureau.trimmed().isEmpty())
            after.append({ r.oldBureau.trimmed(), r.newBureau.trimmed() });
    }
    if (ok) {
        const QString problem = renamesProblem(after);
        ok = problem.isEmpty();
        if (!ok && error)
            *error = problem;
    }
    // The decisions first: they name the matches as they are now, which the relink
    // below may find again or not.
    for (const Decision &d : changes.decisions) {
        ok = ok
                && writeAlias(d.fiscalYear, d.key,
                              d.sameProject ? QStringLiteral("confirmed") : QStringLiteral("rejected"), error);
    }
    for (const Rename &r : changes.renames) {
        ok = ok
                && (r.newBureau.trimmed().isEmpty()
                            ? run(QStringLiteral("DELETE FROM organisation_renames WHERE old_bureau = ?"),
                                  { r.oldBureau.trimmed() }, error)
                            : run(QStringLiteral("INSERT INTO organisation_renames (old_bureau, new_bureau)"
                                                 " VALUES (?, ?) ON CONFLICT (old_bureau)"
                                                 " DO UPDATE SET new_bureau = excluded.new_bureau"),
                                  { r.oldBureau.trimmed(), r.newBureau.trimmed() }, error));
    }
    if (changes.threshold) {
        ok = ok
                && run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       { QString::fromUtf16(keyNameThreshold), QString::number(*changes.threshold, 'g', 17) },
                       error);
    }
    ok = ok && relinkInTransaction(error);
    if (!ok || !m_db.commitWrite(error)) {
        m_db.rollbackWrite();
        return false;
    }
    return true;
}

} // namespace Hyoka
