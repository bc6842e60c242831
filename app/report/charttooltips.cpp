#include "charttooltips.h"

#include "moneyformat.h"
#include "recordformat.h"

namespace Hyoka {

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString money(const std::optional<qint64> &thousandYen)
{
    return thousandYen ? MoneyFormat::exactAndReadable(*thousandYen) : RecordFormat::missing();
}

} // namespace

QString ChartToolTips::bureauName(const QString &bureau)
{
    return bureau.isEmpty() ? tr("(no bureau)") : bureau;
}

QString ChartToolTips::project(const ChartData::Project &p)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(escaped(p.name));
    lines << escaped(tr("%1 · %2 · %3", "code, fiscal year, bureau")
                             .arg(p.code, RecordFormat::fiscalYear(p.fiscalYear),
                                  bureauName(p.bureau)));
    lines << escaped(tr("Budget: %1").arg(money(p.budget)));
    lines << escaped(tr("Settlement: %1").arg(money(p.settlement)));
    lines << escaped(tr("Execution rate: %1").arg(RecordFormat::percent(p.executionRate())));
    lines << escaped(tr("Level: %1")
                             .arg(p.level ? RecordFormat::levelText(*p.level)
                                          : RecordFormat::missing()));
    if (p.flagged)
        lines << escaped(tr("Flagged for review"));
    return lines.join(QStringLiteral("<br>"));
}

QString ChartToolTips::bureau(const ChartData::BureauTotals &t)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(escaped(bureauName(t.bureau)));
    lines << escaped(tr("%n project(s)", "", int(t.projects)));
    lines << escaped(tr("Budget: %1").arg(MoneyFormat::exactAndReadable(t.budget)));
    lines << escaped(tr("Settlement: %1").arg(MoneyFormat::exactAndReadable(t.settlement)));
    lines << escaped(tr("Execution rate: %1").arg(RecordFormat::percent(t.executionRate())));
    QStringList mix;
    for (int level = 1; level <= 5; ++level)
        mix << tr("%1: %2", "level: count").arg(level).arg(t.levelCount(level));
    if (t.noLevel > 0)
        mix << tr("none: %1").arg(t.noLevel);
    lines << escaped(tr("Levels %1").arg(mix.join(QStringLiteral(" / "))));
    return lines.join(QStringLiteral("<br>"));
}

QString ChartToolTips::bureauYear(const ChartData::YearTotals &year)
{
    return QStringLiteral("<b>%1</b><br>%2")
            .arg(escaped(RecordFormat::fiscalYear(year.fiscalYear)), bureau(year.totals));
}

QString ChartToolTips::levelCount(const ChartData::BureauTotals &t, int level)
{
    const qint64 count = t.levelCount(level);
    const QString what = level >= 1 && level <= 5 ? RecordFormat::levelText(level) : tr("no level");
    const double share = t.projects > 0 ? double(count) / double(t.projects) : 0.0;
    return QStringLiteral("<b>%1</b><br>%2")
            .arg(escaped(bureauName(t.bureau)),
                 escaped(tr("%1: %2 of %3 (%4)", "level: count of projects (share)")
                                 .arg(what)
                                 .arg(count)
                                 .arg(t.projects)
                                 .arg(RecordFormat::percent(share))));
}

} // namespace Hyoka
