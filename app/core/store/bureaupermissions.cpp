#include "bureaupermissions.h"

#include "reviewdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Hyoka {

namespace {

// Whether the permission objects exist in this database.
bool installed(ReviewDatabase &db)
{
    if (!db.isPostgres())
        return false;
    QSqlQuery q(db.database());
    return q.exec(QStringLiteral("SELECT to_regprocedure('hyoka_may_flag(integer,text)') IS NOT NULL")) && q.next()
            && q.value(0).toBool();
}

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text().simplified();
    return false;
}

// A role name as an SQL identifier.
QString identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// The objects, each created only when missing. The policies let everyone read (the
// table grants decide who may) and write flags and audit rows only where
// hyoka_may_flag says so; the table owner bypasses them, as PostgreSQL does.
const char *const installStatements[] = {
    "CREATE TABLE IF NOT EXISTS bureau_permissions ("
    " role_name text NOT NULL,"
    " kind text NOT NULL CHECK (kind IN ('viewer', 'reviewer', 'admin')),"
    " bureau text NOT NULL DEFAULT '',"
    " PRIMARY KEY (role_name, bureau))",
    "GRANT SELECT ON bureau_permissions TO PUBLIC",
    // Not SECURITY DEFINER: it asks for the user who writes. An administrator, the
    // tables' owner (and its members) and superusers may flag everything.
    "CREATE OR REPLACE FUNCTION hyoka_may_flag(p_year integer, p_code text) RETURNS boolean"
    " LANGUAGE sql STABLE AS $$"
    " SELECT EXISTS (SELECT 1 FROM pg_roles u WHERE u.rolname = current_user AND (u.rolsuper OR u.rolbypassrls))"
    "  OR pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'flags'::regclass), 'MEMBER')"
    "  OR EXISTS (SELECT 1 FROM bureau_permissions p JOIN pg_roles g ON g.rolname = p.role_name"
    "   WHERE pg_has_role(current_user, g.oid, 'MEMBER')"
    "    AND (p.kind = 'admin' OR (p.kind = 'reviewer' AND p.bureau ="
    "     (SELECT r.bureau FROM records r WHERE r.fiscal_year = p_year AND r.code = p_code))))"
    " $$",
    "ALTER TABLE flags ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
    "DO $$ BEGIN"
    " IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'flags' AND policyname = 'hyoka_read') THEN"
    "  CREATE POLICY hyoka_read ON flags FOR SELECT USING (true);"
    "  CREATE POLICY hyoka_add ON flags FOR INSERT WITH CHECK (hyoka_may_flag(fiscal_year, code));"
    "  CREATE POLICY hyoka_change ON flags FOR UPDATE USING (hyoka_may_flag(fiscal_year, code))"
    "   WITH CHECK (hyoka_may_flag(fiscal_year, code));"
    "  CREATE POLICY hyoka_remove ON flags FOR DELETE USING (hyoka_may_flag(fiscal_year, code));"
    " END IF;"
    " IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'audit_log' AND policyname = 'hyoka_read') THEN"
    "  CREATE POLICY hyoka_read ON audit_log FOR SELECT USING (true);"
    "  CREATE POLICY hyoka_add ON audit_log FOR INSERT WITH CHECK (hyoka_may_flag(fiscal_year, code));"
    " END IF;"
    " END $$",
};

} // namespace

QString BureauPermissions::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Viewer:
        return QStringLiteral("viewer");
    case Kind::Reviewer:
        return QStringLiteral("reviewer");
    case Kind::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

bool BureauPermissions::install(ReviewDatabase &db, QString *error)
{
    if (!db.isPostgres()) {
        if (error)
            *error = tr("per-bureau permissions need a shared (PostgreSQL) review database");
        return false;
    }
    if (!db.beginWrite(error))
        return false;
    QSqlQuery q(db.database());
    for (const char *statement : installStatements) {
        if (!run(q, QString::fromUtf8(statement), error)) {
            db.rollbackWrite();
            if (error)
                *error = tr("cannot set up the permissions (only the owner of the review tables "
                            "may): %1")
                                 .arg(*error);
            return false;
        }
    }
    return db.commitWrite(error);
}

bool BureauPermissions::grant(ReviewDatabase &db, const QString &role, Kind kind, const QStringList &bureaus,
                              QString *error)
{
    if (!install(db, error))
        return false;
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("there is no role \"%1\" on the server; create it first (CREATE ROLE %1 LOGIN)")
                             .arg(role);
        return false;
    }
    if (kind == Kind::Reviewer && bureaus.isEmpty()) {
        if (error)
            *error = tr("a reviewer needs at least one --bureau");
        return false;
    }
    if (!db.beginWrite(error))
        return false;
    auto fail = [&](const QString &message) {
        db.rollbackWrite();
        if (error)
            *error = message;
        return false;
    };
    const QString who = identifier(role);
    // The table rights follow the kind; the rows say which bureaus.
    QStringList statements = { QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(who),
                               QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(who),
                               QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(who) };
    if (kind == Kind::Reviewer)
        statements << QStringLiteral("GRANT INSERT, UPDATE ON flags TO %1").arg(who)
                   << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(who)
                   << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(who);
    if (kind == Kind::Admin)
        statements << QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(who)
                   << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(who);
    statements << QStringLiteral("REVOKE ALL ON bureau_permissions FROM %1").arg(who);
    QString message;
    for (const QString &sql : std::as_const(statements)) {
        if (!run(q, sql, &message))
            return fail(message);
    }
    // A reviewer keeps the bureaus it had; a viewer or an administrator has one row.
    q.prepare(kind == Kind::Reviewer ? QStringLiteral("DELETE FROM bureau_permissions WHERE role_name = ? AND kind <> 'reviewer'")
                                     : QStringLiteral("DELETE FROM bureau_permissions WHERE role_name = ?"));
    q.addBindValue(role);
    if (!q.exec())
        return fail(q.lastError().text().simplified());
    const QStringList rows = kind == Kind::Reviewer ? bureaus : QStringList { QString() };
    for (const QString &bureau : rows) {
        q.prepare(QStringLiteral("INSERT INTO bureau_permissions (role_name, kind, bureau) VALUES (?, ?, ?)"
                                 " ON CONFLICT (role_name, bureau) DO UPDATE SET kind = excluded.kind"));
        q.addBindValue(role);
        q.addBindValue(kindName(kind));
        q.addBindValue(bureau.isNull() ? QStringLiteral("") : bureau);
        if (!q.exec())
            return fail(q.lastError().text().simplified());
    }
    return db.commitWrite(error);
}

bool BureauPermissions::revoke(ReviewDatabase &db, const QString &role, const QStringList &bureaus,
                               QString *error)
{
    if (!install(db, error) || !db.beginWrite(error))
        return false;
    QSqlQuery q(db.database());
    bool ok = true;
    if (bureaus.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM bureau_permissions WHERE role_name = ?"));
        q.addBindValue(role);
        ok = q.exec() && run(q, QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(identifier(role)), error);
    } else {
        for (const QString &bureau : bureaus) {
            q.prepare(QStringLiteral("DELETE FROM bureau_permissions WHERE role_name = ? AND bureau = ?"));
            q.addBindValue(role);
            q.addBindValue(bureau);
            ok = ok && q.exec();
        }
    }
    if (!ok) {
        if (error && error->isEmpty())
            *error = q.lastError().text().simplified();
        db.rollbackWrite();
        return false;
    }
    return db.commitWrite(error);
}

QList<BureauPermissions::Grant> BureauPermissions::list(ReviewDatabase &db, QString *error)
{
    QList<Grant> grants;
    if (!installed(db))
        return grants;
    QSqlQuery q(db.database());
    if (!run(q, QStringLiteral("SELECT role_name, kind, bureau FROM bureau_permissions ORDER BY role_name, bureau"),
             error))
        return grants;
    while (q.next()) {
        const QString role = q.value(0).toString();
        const QString kind = q.value(1).toString();
        if (grants.isEmpty() || grants.constLast().role != role)
            grants.append({ role,
                            kind == u"admin"          ? Kind::Admin
                                    : kind == u"reviewer" ? Kind::Reviewer
                                                          : Kind::Viewer,
                            {} });
        if (kind == u"reviewer")
            grants.last().bureaus << q.value(2).toString();
    }
    return grants;
}

std::optional<QStringList> BureauPermissions::flaggableBureaus(ReviewDatabase &db)
{
    if (!installed(db))
        return std::nullopt;
    QSqlQuery q(db.database());
    // hyoka_may_flag of a record that does not exist is true only for those whom
    // nothing restricts.
    if (!q.exec(QStringLiteral("SELECT hyoka_may_flag(NULL, NULL) OR EXISTS (SELECT 1 FROM bureau_permissions p"
                               " JOIN pg_roles g ON g.rolname = p.role_name"
                               " WHERE pg_has_role(current_user, g.oid, 'MEMBER') AND p.kind = 'admin')"))
        || !q.next() || q.value(0).toBool())
        return std::nullopt;
    QStringList bureaus;
    if (q.exec(QStringLiteral("SELECT DISTINCT p.bureau FROM bureau_permissions p JOIN pg_roles g ON g.rolname = p.role_name"
                              " WHERE pg_has_role(current_user, g.oid, 'MEMBER') AND p.kind = 'reviewer'"
                              " ORDER BY p.bureau"))) {
        while (q.next())
            bureaus << q.value(0).toString();
    }
    return bureaus;
}

bool BureauPermissions::mayFlag(ReviewDatabase &db, int fiscalYear, const QString &code)
{
    if (!installed(db))
        return true;
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT hyoka_may_flag(?, ?)"));
    q.addBindValue(fiscalYear);
    q.addBindValue(code);
    return !q.exec() || !q.next() || q.value(0).toBool();
}

} // namespace Hyoka
