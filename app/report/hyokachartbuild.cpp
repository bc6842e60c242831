#include "hyokachart.h"

#include "chartparts.h"
#include "charttooltips.h"
#include "levelcolors.h"
#include "moneyformat.h"
#include "recordformat.h"
#include "scalesteps.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>

#include <cmath>

// The charts HyokaChart draws (the trend in hyokacharttrend.cpp), each built into a fresh QChart (see hyokachart.h).
namespace Hyoka {

using namespace ChartParts;

namespace {

// A stacked bar chart of bureaus: the series added, one bar per bureau (the first at the
// top) labelled with its name and a detail line (pairs of bureau and detail, in the
// series' order reversed), an axis of project counts below; the legend on the right.
void attachBureauBars(QChart *chart, QHorizontalStackedBarSeries *series,
                      const QList<std::pair<QString, QString>> &bureaus, qint64 maxCount, const QFont &font)
{
    series->setBarWidth(0.6);
    chart->addSeries(series);
    const QFontMetricsF fm(font);
    const qreal nameWidth = 10 * fm.horizontalAdvance(QChar(0x56FD));
    QStringList labels;
    for (auto it = bureaus.crbegin(); it != bureaus.crend(); ++it) {
        const QString name = fm.elidedText(ChartToolTips::bureauName(it->first), Qt::ElideRight, nameWidth);
        labels << QStringLiteral("%1<br><small>%2</small>").arg(escaped(name), escaped(it->second));
    }
    QBarCategoryAxis *categories = categoryAxis(labels, font);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    QList<QPair<double, QString>> labelled;
    for (double v : MoneyFormat::niceTicks(0, double(maxCount), 6)) {
        // Counts are whole: a step below 1 would repeat labels.
        if (v == std::floor(v))
            labelled.append({ v, QLocale().toString(qint64(v)) });
    }
    if (labelled.size() < 2)
        labelled = { { 0, QLocale().toString(0) }, { 1, QLocale().toString(1) } };
    QCategoryAxis *values = labelledAxis(labelled, font, HyokaChart::tr("Projects"));
    keepLastLabel(chart, values, font);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignRight);
}

// A bar set's colours for a level (patterned for print when the style asks for it).
void paintLevel(QBarSet *set, int level, bool textures)
{
    set->setBrush(textures ? LevelColors::brush(level) : QBrush(LevelColors::color(level)));
    set->setPen(QPen(LevelColors::outline(level), 0.8));
}

} // namespace

QChart *HyokaChart::buildChart(const Style &style) const
{
    auto *chart = new QChart;
    styleChart(chart, style.font, title());
    switch (m_kind) {
    case Kind::None:
        chart->legend()->hide();
        break;
    case Kind::BureauTotals: buildBureauTotals(chart, style); break;
    case Kind::BureauProjects: buildBureauProjects(chart, style); break;
    case Kind::LevelMix: buildLevelMix(chart, style); break;
    case Kind::ExecutionScatter: buildScatter(chart, style); break;
    case Kind::RatingMix: buildRatingMix(chart, style); break;
    case Kind::YearTrend: buildYearTrend(chart, style); break;
    }
    return chart;
}

void HyokaChart::buildBureauTotals(QChart *chart, const Style &style) const
{
    const QFont &font = style.font;
    QList<QPair<double, double>> pairs;
    QStringList labels;
    qint64 maxValue = 1;
    const QFontMetricsF fm(font);
    const qreal nameWidth = 10 * fm.horizontalAdvance(QChar(0x56FD)); // ten ideographs
    for (qsizetype i = m_bureaus.size() - 1; i >= 0; --i) {
        const ChartData::BureauTotals &t = m_bureaus.at(i);
        const QString name =
                fm.elidedText(ChartToolTips::bureauName(t.bureau), Qt::ElideRight, nameWidth);
        if (t.hasOtherYears()) {
            // No same-year pair: the two years side by side, labelled, never divided.
            pairs.append({ double(t.budgetOfYear.amount), double(t.settlementOfYear.amount) });
            maxValue = qMax(maxValue, qMax(t.budgetOfYear.amount, t.settlementOfYear.amount));
            const QString years = tr("budget FY%1 · settlement FY%2")
                                          .arg(t.budgetOfYear.fiscalYear)
                                          .arg(t.settlementOfYear.fiscalYear);
            labels << QStringLiteral("%1<br><small>%2</small>").arg(escaped(name), escaped(years));
            continue;
        }
        pairs.append({ double(t.budget), double(t.settlement) });
        maxValue = qMax(maxValue, qMax(t.budget, t.settlement));
        const QString rate = t.executionRate()
                ? tr("execution rate %1").arg(RecordFormat::percent(*t.executionRate()))
                : tr("execution rate —");
        labels << QStringLiteral("%1<br><small>%2</small>").arg(escaped(name), escaped(rate));
    }
    addMoneyBars(chart, pairs, labels, font, style.textures,
                 moneyAxis(double(maxValue), font, tr("Budget and settlement")), Qt::AlignBottom,
                 0.7);
}

QStringList HyokaChart::projectLabels(const QFont &font) const
{
    const QFontMetricsF fm(font);
    const qreal nameWidth = 15 * fm.horizontalAdvance(QChar(0x56FD)); // 15 ideographs
    QSet<int> years;
    for (const ChartData::Project &p : m_projects.projects)
        years.insert(p.fiscalYear);
    QStringList labels;
    QSet<QString> seen;
    for (const ChartData::Project &p : m_projects.projects) {
        QString label = fm.elidedText(p.name.isEmpty() ? p.code : p.name, Qt::ElideRight, nameWidth);
        if (years.size() > 1)
            label = tr("%1 (%2)", "project name and fiscal year").arg(label).arg(p.fiscalYear);
        // The category axis merges equal labels: tell elided twins apart by code.
        if (seen.contains(label))
            label = tr("%1 [%2]", "project name and code").arg(label, p.code);
        for (int k = 2; seen.contains(label); ++k)
            label = tr("%1 #%2", "a repeated label and its count").arg(label).arg(k);
        seen.insert(label);
        labels << escaped(label);
    }
    return labels;
}

void HyokaChart::buildBureauProjects(QChart *chart, const Style &style) const
{
    const QFont &font = style.font;
    const QList<ChartData::Project> &projects = m_projects.projects;
    qint64 maxValue = 1;
    qint64 minValue = 0;
    for (const ChartData::Project &p : projects) {
        for (const std::optional<qint64> &v : { p.budget, p.settlement }) {
            if (!v || *v <= 0)
                continue;
            maxValue = qMax(maxValue, *v);
            minValue = minValue == 0 ? *v : qMin(minValue, *v);
        }
    }
    const QPair<int, int> decades = decadeRange(double(qMax<qint64>(minValue, 1)), double(maxValue));
    const QStringList names = projectLabels(font);
    QList<QPair<double, double>> pairs;
    QStringList labels;
    for (qsizetype i = projects.size() - 1; i >= 0; --i) {
        const ChartData::Project &p = projects.at(i);
        if (m_logarithmic)
            pairs.append({ logValue(p.budget, decades.first), logValue(p.settlement, decades.first) });
        else
            pairs.append({ double(p.budget.value_or(0)), double(p.settlement.value_or(0)) });
        labels << names.at(i);
    }
    const QString axisTitle = tr("Budget and settlement");
    QCategoryAxis *values = m_logarithmic ? logMoneyAxis(decades, font, axisTitle)
                                          : moneyAxis(double(maxValue), font, axisTitle);
    // A long list scrolls: scale and legend go on top, where the largest bars are.
    addMoneyBars(chart, pairs, labels, font, style.textures, values, Qt::AlignTop, 0.8);
    chart->legend()->setAlignment(Qt::AlignTop);
}

void HyokaChart::buildLevelMix(QChart *chart, const Style &style) const
{
    const int n = int(m_bureaus.size());
    bool anyWithoutLevel = false;
    qint64 maxCount = 1;
    for (const ChartData::BureauTotals &t : m_bureaus) {
        anyWithoutLevel = anyWithoutLevel || t.noLevel > 0;
        maxCount = qMax(maxCount, t.projects);
    }
    auto *series = new QHorizontalStackedBarSeries;
    QList<int> levels { 1, 2, 3, 4, 5 };
    if (anyWithoutLevel)
        levels << LevelColors::noLevel;
    for (int level : std::as_const(levels)) {
        auto *set = new QBarSet(level == LevelColors::noLevel ? tr("no level")
                                                             : RecordFormat::levelText(level));
        set->setProperty(levelProperty, level);
        paintLevel(set, level, style.textures);
        for (int i = n - 1; i >= 0; --i)
            *set << double(m_bureaus.at(i).levelCount(level));
        series->append(set);
    }
    QList<std::pair<QString, QString>> bureaus;
    for (const ChartData::BureauTotals &t : m_bureaus)
        bureaus.append({ t.bureau, tr("%n project(s)", "", int(t.projects)) });
    attachBureauBars(chart, series, bureaus, maxCount, style.font);
}

void HyokaChart::buildRatingMix(QChart *chart, const Style &style) const
{
    const int n = int(m_ratingMix.size());
    qint64 maxCount = 1;
    // One bar set per step of each scale drawn, scales in order, steps in scale order;
    // a bar holds only its own scale's steps.
    QList<std::pair<QString, int>> steps;
    QHash<QString, QString> stepLabel;
    for (const ChartData::RatingMix &m : m_ratingMix) {
        maxCount = qMax(maxCount, m.total());
        for (int rank = 1; rank <= m.counts.size(); ++rank) {
            if (!steps.contains(std::pair<QString, int> { m.scale, rank }))
                steps.append({ m.scale, rank });
            const QString key = m.scale + QString::number(rank);
            if (stepLabel.value(key).isEmpty())
                stepLabel.insert(key, m.labels.value(rank - 1));
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [&](const auto &a, const auto &b) {
        return a.first != b.first ? ScaleSteps::ordered({ a.first, b.first }).constFirst() == a.first
                                  : a.second < b.second;
    });
    auto *series = new QHorizontalStackedBarSeries;
    for (const auto &[scale, rank] : std::as_const(steps)) {
        int ranks = 0;
        for (const ChartData::RatingMix &m : m_ratingMix)
            ranks = m.scale == scale ? qMax(ranks, int(m.counts.size())) : ranks;
        const int level = LevelColors::ratingLevel(scale, rank, ranks);
        const QString step = scale == u"level" ? RecordFormat::levelText(rank)
                                               : ScaleSteps::stepName(scale, rank, stepLabel.value(scale + QString::number(rank)));
        auto *set = new QBarSet(tr("%1: %2", "scale: step").arg(ScaleSteps::scaleName(scale), step));
        set->setProperty("hyokaRank", rank);
        set->setProperty("hyokaScale", scale);
        paintLevel(set, level, style.textures);
        for (int i = n - 1; i >= 0; --i) {
            const ChartData::RatingMix &m = m_ratingMix.at(i);
            *set << double(m.scale == scale ? m.counts.value(rank - 1) : 0);
        }
        series->append(set);
    }
    QList<std::pair<QString, QString>> bureaus;
    for (const ChartData::RatingMix &m : m_ratingMix) {
        bureaus.append({ m.bureau, tr("%1 · %n project(s)", "scale · count", int(m.total()))
                                           .arg(ScaleSteps::scaleName(m.scale)) });
    }
    attachBureauBars(chart, series, bureaus, maxCount, style.font);
}

QList<int> HyokaChart::scatterIndices(bool flagged) const
{
    QList<int> indices;
    for (int i = 0; i < m_points.projects.size(); ++i) {
        if (m_points.projects.at(i).flagged == flagged)
            indices.append(i);
    }
    return indices;
}

// The top of the rate axis (per cent): room for the data up to 300 %, at least 140 %.
static double scatterTop(const QList<ChartData::Project> &points)
{
    double maxRate = 0;
    for (const ChartData::Project &p : points)
        maxRate = qMax(maxRate, p.executionRate().value_or(0) * 100);
    return MoneyFormat::niceTicks(0, qBound(140.0, maxRate, 300.0), 7).constLast();
}

void HyokaChart::buildScatter(QChart *chart, const Style &style) const
{
    const QFont &font = style.font;
    const QList<ChartData::Project> &points = m_points.projects;
    double minBudget = 0;
    double maxBudget = 1;
    for (const ChartData::Project &p : points) {
        const double b = double(p.budget.value_or(0));
        if (b <= 0)
            continue;
        minBudget = minBudget == 0 ? b : qMin(minBudget, b);
        maxBudget = qMax(maxBudget, b);
    }
    const QPair<int, int> decades = decadeRange(qMax(minBudget, 1.0), maxBudget);
    const double top = scatterTop(points);

    // The 80–120 % band and the 100 % line.
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    upper->append(decades.first, 120);
    upper->append(decades.second, 120);
    lower->append(decades.first, 80);
    lower->append(decades.second, 80);
    auto *band = new QAreaSeries(upper, lower);
    // A QAreaSeries does not own its lines (LeakSanitizer found them leaked).
    upper->setParent(band);
    lower->setParent(band);
    band->setName(tr("80–120% execution"));
    band->setBrush(QColor(0, 0, 0, 26));
    band->setPen(QPen(QColor(150, 150, 150), 0.8, Qt::DotLine));
    chart->addSeries(band);
    auto *hundred = new QLineSeries;
    hundred->append(decades.first, 100);
    hundred->append(decades.second, 100);
    hundred->setPen(QPen(QColor(110, 110, 110), 1.0, Qt::DashLine));
    chart->addSeries(hundred);

    QList<QAbstractSeries *> pointSeries;
    for (bool flagged : { false, true }) {
        const QList<int> indices = scatterIndices(flagged);
        if (flagged && indices.isEmpty())
            continue;
        auto *series = new QScatterSeries;
        series->setProperty(flaggedProperty, flagged);
        if (flagged) {
            series->setName(tr("Flagged projects"));
            series->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            series->setMarkerSize(15);
            series->setColor(QColor(200, 30, 45));
            series->setBorderColor(Qt::black);
        } else {
            series->setName(tr("Projects", "scatter legend: a point per project"));
            series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            series->setMarkerSize(10);
            series->setColor(QColor(52, 101, 164));
            series->setBorderColor(Qt::white);
        }
        for (int i : indices) {
            const ChartData::Project &p = points.at(i);
            series->append(std::log10(double(*p.budget)),
                           qMin(p.executionRate().value_or(0) * 100, top));
        }
        chart->addSeries(series);
        pointSeries << series;
    }

    QList<QPair<double, QString>> rateTicks;
    const QList<double> ticks = MoneyFormat::niceTicks(0, top, 7);
    for (double v : ticks)
        rateTicks.append({ v, RecordFormat::percent(v / 100.0, 0) });
    QCategoryAxis *y = labelledAxis(rateTicks, font, tr("Settlement / budget"));
    QCategoryAxis *x = logMoneyAxis(decades, font, tr("Budget"));
    keepLastLabel(chart, x, font);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : QList<QAbstractSeries *> { band, hundred } + pointSeries) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    const QList<QLegendMarker *> hundredMarkers = chart->legend()->markers(hundred);
    for (QLegendMarker *m : hundredMarkers)
        m->setVisible(false);
}

} // namespace Hyoka
