#pragma once

// The pieces HyokaChart builds its charts from: brushes, fonts, axes in yen, the
// common styling. Internal to the report library (hyokachart.cpp, hyokachartbuild.cpp).

#include <QBrush>
#include <QFont>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
QT_END_NAMESPACE

namespace Hyoka::ChartParts {

// Properties that tell the interaction code what a series or bar set stands for.
inline const char *const levelProperty = "hyokaLevel";      // QBarSet of the level mix: 1–5, 0
inline const char *const flaggedProperty = "hyokaFlagged";  // QScatterSeries: the flagged points
// The layout resolution charts are designed at: what a 1× screen shows.
inline constexpr qreal layoutDpi = 96.0;

// Budget and settlement bars: dark solid and light hatched, apart in grey too.
QBrush budgetBrush();

QBrush settlementBrush(bool textures);

// Room on the right for half of the last label of a horizontal value axis, which
// Qt Charts centres on the plot's right edge and would otherwise cut.
void keepLastLabel(QChart *chart, QCategoryAxis *axis, const QFont &font);

// Grouped horizontal bars of budget and settlement, one pair a category (bottom-up),
// with categories on the left and `values` on `valueSide`. Settlement goes in first so
// that budget is drawn on top; the legend is reversed to read budget, settlement.
void addMoneyBars(QChart *chart, const QList<QPair<double, double>> &pairs,
                  const QStringList &labels, const QFont &font, bool textures,
                  QCategoryAxis *values, Qt::Alignment valueSide, qreal barWidth);

QFont scaledFont(const QFont &base, qreal factor, bool bold = false);

// A value axis whose labels we write ourselves (Qt Charts formats with printf and
// knows neither 億円 nor grouping): each tick is (axis value, label).
QCategoryAxis *labelledAxis(const QList<QPair<double, QString>> &ticks, const QFont &font,
                            const QString &title);

// A linear money axis from 0 reaching `maxThousandYen`, in the unit that reads best.
QCategoryAxis *moneyAxis(double maxThousandYen, const QFont &font, const QString &title);

// The decades (powers of ten of thousand yen) that span `min`…`max`.
QPair<int, int> decadeRange(double min, double max);

// A logarithmic money axis: values are log10(thousand yen), labels the decades.
QCategoryAxis *logMoneyAxis(QPair<int, int> decades, const QFont &font, const QString &title);

double logValue(const std::optional<qint64> &thousandYen, double floorValue);

QBarCategoryAxis *categoryAxis(const QStringList &labels, const QFont &font);

void styleChart(QChart *chart, const QFont &font, const QString &title);

QString escaped(const QString &s);

} // namespace Hyoka::ChartParts
