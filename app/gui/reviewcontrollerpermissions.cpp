// ReviewController and per-bureau permissions (docs/permissions.md): the server
// refuses another bureau's flags; the window says which bureaus are the user's,
// greys out the other rows and keeps their flags read-only.
#include "reviewcontroller.h"

#include "bureaupermissions.h"
#include "recordbrowser.h"
#include "recordtablemodel.h"
#include "reviewpanel.h"

namespace Hyoka {

void ReviewController::loadPermissions()
{
    m_flaggable = m_db && !m_readOnly ? BureauPermissions::flaggableBureaus(*m_db) : std::nullopt;
    m_browser->tableModel()->setFlaggableBureaus(m_flaggable);
    emit permissionsChanged();
}

bool ReviewController::mayFlag(const QString &bureau) const
{
    return !m_flaggable || m_flaggable->contains(bureau);
}

QString ReviewController::permissionNotice() const
{
    if (!m_flaggable)
        return QString();
    if (m_flaggable->isEmpty())
        return tr("No bureau is granted to you for review: you can read every flag and note, but "
                  "not change them. Ask the database's administrator (hyoka grant).");
    return tr("You review %1: the projects of other bureaus are greyed out; you can read their "
              "flags but not change them.")
            .arg(m_flaggable->join(tr(", ", "list separator")));
}

void ReviewController::applyPermission(const Record &record)
{
    const bool mine = mayFlag(record.bureau);
    m_panel->setReadOnly(m_readOnly || !mine);
    if (!mine)
        m_panel->setNotice(tr("%1 is not one of the bureaus you review: you can read this flag but "
                              "not change it.")
                                   .arg(record.bureau));
}

} // namespace Hyoka
