#pragma once

#include "rulesettings.h"
#include "sqlcondition.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Hyoka {

// The grid's year-on-year columns and its "new / gone" facet in SQL (docs/years.md,
// "In the grid"): expressions over the records table (unaliased, or a table named
// `records` by AS), each one primary-key lookup in project_links per record.
namespace YearColumns {

// project_links' `column` of the record.
QString linkValue(const QString &column);
// How many of the project's years up to the record's were rated in the review part of
// their scale (RuleSettings::reviewFrom(), whether or not level_below_target is on);
// `records` names the table of the record.
QString yearsBelowTarget(const RuleSettings &settings, QVariantList &values,
                         const QString &records = QStringLiteral("records"));
// Over a project_links row `l`: new this year (no earlier year while its bureau has
// one), gone after it (not in its bureau's next year).
QString isNew(const QString &l);
QString isGone(const QString &l);
// RecordFilter::yearChanges as a condition.
SqlCondition changeCondition(const QStringList &selected);

} // namespace YearColumns

} // namespace Hyoka
