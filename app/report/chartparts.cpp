#include "chartparts.h"

#include "hyokachart.h"
#include "levelcolors.h"
#include "moneyformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPen>

#include <cmath>

namespace Hyoka::ChartParts {

QBrush budgetBrush()
{
    return QBrush(QColor(52, 101, 164));
}

QBrush settlementBrush(bool textures)
{
    const QColor color(246, 180, 120);
    return textures ? LevelColors::hatched(color, Qt::BDiagPattern) : QBrush(color);
}

void keepLastLabel(QChart *chart, QCategoryAxis *axis, const QFont &font)
{
    const QStringList labels = axis->categoriesLabels();
    if (labels.isEmpty())
        return;
    const qreal half = QFontMetricsF(font).horizontalAdvance(labels.constLast()) / 2;
    QMargins margins = chart->margins();
    margins.setRight(qMax(margins.right(), int(std::ceil(half)) + 4));
    chart->setMargins(margins);
}

void addMoneyBars(QChart *chart, const QList<QPair<double, double>> &pairs,
                  const QStringList &labels, const QFont &font, bool textures,
                  QCategoryAxis *values, Qt::Alignment valueSide, qreal barWidth)
{
    auto *budget = new QBarSet(HyokaChart::tr("Budget (予算額)"));
    auto *settlement = new QBarSet(HyokaChart::tr("Settlement (決算額)"));
    budget->setBrush(budgetBrush());
    budget->setPen(QPen(QColor(30, 60, 100), 0.7));
    settlement->setBrush(settlementBrush(textures));
    settlement->setPen(QPen(QColor(150, 90, 40), 0.7));
    for (const auto &pair : pairs) {
        *budget << pair.first;
        *settlement << pair.second;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(settlement);
    series->append(budget);
    series->setBarWidth(barWidth);
    chart->addSeries(series);
    chart->legend()->setReverseMarkers(true);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsFont(font);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    keepLastLabel(chart, values, font);
    chart->addAxis(values, valueSide);
    series->attachAxis(values);
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(f.pixelSize() * factor));
    f.setBold(bold);
    return f;
}

QCategoryAxis *labelledAxis(const QList<QPair<double, QString>> &ticks, const QFont &font,
                            const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double first = ticks.constFirst().first;
    const double last = ticks.constLast().first;
    // The start value carries no label of its own: start a hair before the first tick.
    const double start = first - (last - first) * 1e-6;
    axis->setStartValue(start);
    for (const auto &tick : ticks)
        axis->append(tick.second, tick.first);
    axis->setRange(start, last);
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
    axis->setTitleText(title);
    axis->setGridLineColor(QColor(215, 215, 215));
    return axis;
}

QCategoryAxis *moneyAxis(double maxThousandYen, const QFont &font, const QString &title)
{
    const MoneyFormat::Unit unit = MoneyFormat::axisUnit(maxThousandYen);
    const QList<double> ticks = MoneyFormat::niceTicks(0, qMax(maxThousandYen, 1.0) / unit.divisor);
    const double step = ticks.size() > 1 ? ticks.at(1) - ticks.at(0) : 1;
    QList<QPair<double, QString>> labelled;
    for (double t : ticks)
        labelled.append({ t * unit.divisor, MoneyFormat::inUnit(t * unit.divisor, unit, step) });
    return labelledAxis(labelled, font,
                        HyokaChart::tr("%1 (%2)", "axis title and unit").arg(title, unit.name));
}

QPair<int, int> decadeRange(double min, double max)
{
    const int low = int(std::floor(std::log10(qMax(min, 1.0))));
    int high = int(std::ceil(std::log10(qMax(max, 1.0))));
    if (high <= low)
        high = low + 1;
    return { low, high };
}

QCategoryAxis *logMoneyAxis(QPair<int, int> decades, const QFont &font, const QString &title)
{
    const int every = decades.second - decades.first > 8 ? 2 : 1;
    QList<QPair<double, QString>> labelled;
    for (int e = decades.first; e <= decades.second; e += every)
        labelled.append({ double(e), MoneyFormat::decade(e) });
    if (labelled.constLast().first < decades.second)
        labelled.append({ double(decades.second), MoneyFormat::decade(decades.second) });
    return labelledAxis(labelled, font,
                        HyokaChart::tr("%1 (logarithmic scale)").arg(title));
}

double logValue(const std::optional<qint64> &thousandYen, double floorValue)
{
    if (!thousandYen || *thousandYen <= 0)
        return floorValue;
    return qMax(floorValue, std::log10(double(*thousandYen)));
}

QBarCategoryAxis *categoryAxis(const QStringList &labels, const QFont &font)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setLabelsFont(font);
    axis->setGridLineVisible(false);
    return axis;
}

void styleChart(QChart *chart, const QFont &font, const QString &title)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setTitleFont(scaledFont(font, 1.2, true));
    chart->setTitleBrush(QColor(30, 30, 30));
    chart->setTitle(title.toHtmlEscaped());
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocale(QLocale());
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace Hyoka::ChartParts
