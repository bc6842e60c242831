#include "reportlayout.h"

#include "recordformat.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

// The report's changes since the previous fiscal year, a page per bureau
// (docs/charts-and-report.md): what changed, the money per year as a chart, and the
// projects new, ended, rated worse and below target again, each as a short table.
namespace Hyoka {

namespace {

// The rating as printed: its label, else the level, else a dash.
QString ratingText(const QString &label, const std::optional<int> &level)
{
    if (!label.isEmpty())
        return label;
    return level ? QString::number(*level) : RecordFormat::missing();
}

QString amount(const std::optional<qint64> &v)
{
    return v ? QLocale().toString(*v) : RecordFormat::missing();
}

// The budget's change from the previous year: "+50.0%", "−10.0%", a dash when unknown.
QString change(const std::optional<qint64> &before, const std::optional<qint64> &after)
{
    if (!before || !after || *before <= 0)
        return RecordFormat::missing();
    const double ratio = double(*after) / double(*before) - 1.0;
    return (ratio > 0 ? QStringLiteral("+") : QString()) + RecordFormat::percent(ratio);
}

} // namespace

void ReportLayout::changes()
{
    heading(tr("3. Changes since the previous fiscal year"));
    paragraph(tr("For each bureau, its latest fiscal year in this report against the bureau's "
                 "previous fiscal year in the database: projects new that year, projects that "
                 "ended (no record in that year although the bureau has records of it), projects "
                 "rated worse than in their previous year on the same scale, and projects below "
                 "target (achievement level %1 or worse) in both years. Largest budgets first; "
                 "money in thousand yen.")
                      .arg(m_data.belowTargetLevel),
              font(0.95));
    HyokaChart view;
    view.setChartFont(m_base);
    bool first = true;
    for (const YearChanges::Bureau &bureau : m_data.changes) {
        // A page per bureau.
        if (!first)
            newPage();
        first = false;
        bureauChanges(view, bureau);
    }
}

void ReportLayout::bureauChanges(HyokaChart &view, const YearChanges::Bureau &b)
{
    const QString name = b.bureau.isEmpty() ? tr("(no bureau)") : b.bureau;
    m_y += mm(2);
    if (b.prevYear == 0) {
        paragraph(tr("%1: %2", "bureau: fiscal year").arg(name, RecordFormat::fiscalYear(b.year)),
                  font(1.25, true));
        paragraph(tr("No earlier fiscal year of this bureau in the database: nothing to compare."),
                  font(0.95), QColor(70, 70, 70));
        yearTrend(view, b.bureau);
        return;
    }
    paragraph(tr("%1: %2 against %3", "bureau: fiscal year against the previous one")
                      .arg(name, RecordFormat::fiscalYear(b.year), RecordFormat::fiscalYear(b.prevYear)),
              font(1.25, true));
    paragraph(QStringList { tr("%n new", "projects new this year", int(b.added.total)),
                            tr("%n ended", "projects gone this year", int(b.ended.total)),
                            tr("%n rated worse", "", int(b.worse.total)),
                            tr("%n below target again", "", int(b.repeated.total)) }
                      .join(QStringLiteral(" · ")),
              font(1.0));
    yearTrend(view, b.bureau);
    const QString year = RecordFormat::fiscalYear(b.year);
    changeList(tr("New in %1").arg(year), b.added, false, b.prevYear);
    changeList(tr("Ended: in %1, not in %2").arg(RecordFormat::fiscalYear(b.prevYear), year),
               b.ended, false, b.prevYear);
    changeList(tr("Rated worse than the year before"), b.worse, true, b.prevYear);
    changeList(tr("Below target again (level %1 or worse in both years)").arg(m_data.belowTargetLevel),
               b.repeated, true, b.prevYear);
}

void ReportLayout::yearTrend(HyokaChart &view, const QString &bureau)
{
    QList<ChartData::YearTotals> years;
    for (const ChartData::YearTotals &y : m_data.yearTotals) {
        if (y.totals.bureau == bureau)
            years << y;
    }
    if (years.isEmpty())
        return;
    view.showYearTrend(bureau, years);
    // HyokaChart lays out in screen pixels at the base point size.
    const qreal toDevice = m_dpi / QFontMetricsF(QFont()).fontDpi();
    const qreal h = qMin(m_bottom - (m_headerBottom + mm(4)), view.requiredHeight() * toDevice);
    ensure(h);
    if (m_painter)
        view.render(m_painter, QRectF(0, m_y, m_width, h));
    m_y += h + mm(3);
}

void ReportLayout::changeList(const QString &title, const YearChanges::List &list, bool compare,
                              int prevYear)
{
    const QFont titleFont = font(1.05, true);
    // The title, the table's header and a row or two stay together.
    ensure(lineHeight(titleFont) + mm(22));
    m_y += mm(1.5);
    paragraph(tr("%1 — %n project(s)", "a list of changes and its length", int(list.total)).arg(title),
              titleFont);
    if (list.items.isEmpty()) {
        m_y += mm(1.5);
        return;
    }
    const int year = list.items.constFirst().fiscalYear;
    QList<Column> columns { { tr("Code"), 0.11, Qt::AlignLeft, -1 },
                            { tr("Project"), 0, Qt::AlignLeft, -1 } };
    if (compare) {
        columns << Column { tr("Rating\nFY%1").arg(prevYear), 0.1, Qt::AlignLeft, -1 }
                << Column { tr("Rating\nFY%1").arg(year), 0.1, Qt::AlignLeft, -1 }
                << Column { tr("Budget FY%1\n(予算額)\nthousand yen").arg(prevYear), 0.14, Qt::AlignRight, -1 }
                << Column { tr("Budget FY%1\n(予算額)\nthousand yen").arg(year), 0.14, Qt::AlignRight, -1 }
                << Column { tr("Budget change"), 0.09, Qt::AlignRight, -1 };
    } else {
        columns << Column { tr("Rating\nFY%1").arg(year), 0.1, Qt::AlignLeft, -1 }
                << Column { tr("Budget FY%1\n(予算額)\nthousand yen").arg(year), 0.19, Qt::AlignRight, -1 }
                << Column { tr("Settlement FY%1\n(決算額)\nthousand yen").arg(year), 0.19, Qt::AlignRight, -1 };
    }
    qreal used = 0;
    for (const Column &c : std::as_const(columns))
        used += c.width;
    columns[1].width = 1.0 - used;
    tableHeader(columns);
    const QFont f = font(0.95);
    int row = 0;
    for (const YearChanges::Item &item : list.items) {
        QStringList cells { item.code, item.name };
        QList<int> levels(columns.size(), -1);
        if (compare) {
            QString before = ratingText(item.prevRating, item.prevLevel);
            if (item.prevYear != prevYear && item.prevYear != 0)
                before += u'\n' + tr("(FY%1)", "a project's previous year").arg(item.prevYear);
            cells << before << ratingText(item.rating, item.level) << amount(item.prevBudget)
                  << amount(item.budget) << change(item.prevBudget, item.budget);
            levels[2] = item.prevLevel.value_or(-1);
            levels[3] = item.level.value_or(-1);
        } else {
            cells << ratingText(item.rating, item.level) << amount(item.budget)
                  << amount(item.settlement);
            levels[2] = item.level.value_or(-1);
        }
        tableRow(columns, cells, f, row % 2 == 1, levels);
        ++row;
    }
    if (list.more() > 0)
        paragraph(tr("… and %n more", "projects not listed", int(list.more())), font(0.95, true));
    m_y += mm(3);
}

} // namespace Hyoka
