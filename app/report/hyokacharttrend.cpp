#include "hyokachart.h"

#include "chartparts.h"
#include "charttooltips.h"
#include "recordformat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>

// Chart 5: one bureau's budget and settlement per fiscal year (see hyokachart.h), for
// the report's changes since last year (docs/charts-and-report.md).
namespace Hyoka {

using namespace ChartParts;

void HyokaChart::showYearTrend(const QString &bureau, const QList<ChartData::YearTotals> &years)
{
    m_kind = Kind::YearTrend;
    m_bureau = bureau;
    m_years = years;
    rebuild();
}

void HyokaChart::buildYearTrend(QChart *chart, const Style &style) const
{
    const QFont &font = style.font;
    QList<QPair<double, double>> pairs;
    QStringList labels;
    qint64 maxValue = 1;
    // Horizontal bars list bottom-up: the oldest year goes in last, to be on top.
    for (qsizetype i = m_years.size() - 1; i >= 0; --i) {
        const ChartData::YearTotals &y = m_years.at(i);
        const ChartData::BureauTotals &t = y.totals;
        pairs.append({ double(t.budget), double(t.settlement) });
        maxValue = qMax(maxValue, qMax(t.budget, t.settlement));
        const QString rate = t.executionRate()
                ? tr("execution rate %1").arg(RecordFormat::percent(*t.executionRate()))
                : tr("execution rate —");
        labels << QStringLiteral("%1<br><small>%2</small>")
                          .arg(escaped(RecordFormat::fiscalYear(y.fiscalYear)), escaped(rate));
    }
    addMoneyBars(chart, pairs, labels, font, style.textures,
                 moneyAxis(double(maxValue), font, tr("Budget and settlement")), Qt::AlignBottom,
                 0.7);
}

} // namespace Hyoka
