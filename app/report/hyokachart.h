#pragma once

#include "chartdata.h"

#include <QFont>
#include <QPair>
#include <QPointer>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QPainter;
class QScrollBar;

namespace Hyoka {

// The one class that knows Qt Charts (deprecated from Qt 6.10 in favour of Qt Graphs):
// it draws ChartData as one of Hyoka's charts, on screen and on any painter.
//   1. budget and settlement per bureau, grouped bars, execution rate under each bureau;
//   2. the projects of one bureau, budget and settlement, largest budget first, with
//      an optional logarithmic scale;
//   3. the achievement-level mix per bureau, stacked bars in LevelColors;
//   4. execution rate (settlement / budget) against budget (log), the 80–120 % band
//      shaded, flagged projects marked;
//   5. one bureau's budget and settlement per fiscal year, grouped bars, oldest year
//      on top (the report's changes since last year, hyokacharttrend.cpp).
// Bars run horizontally so that Japanese names read across; long names are elided,
// every category gets the height its label needs; what does not fit the widget's
// height scrolls inside the chart (the axes and the legend stay), and tooltips
// give exact figures and full names. Clicking a bar or point emits the records behind it.
class HyokaChart : public QWidget
{
    Q_OBJECT
public:
    // RatingMix: one stacked bar per bureau and rating scale, the scale's steps in
    // order and in its colours (LevelColors::ratingLevel()).
    // YearTrend: one bureau's budget and settlement per fiscal year.
    enum class Kind { None, BureauTotals, BureauProjects, LevelMix, ExecutionScatter, RatingMix, YearTrend };
    // The bureau charts show at most this many bureaus: those with the largest budgets.
    static constexpr int maxBureaus = 40;

    explicit HyokaChart(QWidget *parent = nullptr);
    ~HyokaChart() override;

    void showBureauTotals(const QList<ChartData::BureauTotals> &totals);
    void showBureauProjects(const QString &bureau, const ChartData::ProjectList &projects);
    void showLevelMix(const QList<ChartData::BureauTotals> &totals);
    void showRatingMix(const QList<ChartData::RatingMix> &mix);
    void showExecutionScatter(const ChartData::ProjectList &points);
    // `years` of one bureau (ChartData::bureauYearTotals()), oldest first.
    void showYearTrend(const QString &bureau, const QList<ChartData::YearTotals> &years);
    // An empty chart that says `message` (e.g. "no records match the filter").
    void showMessage(const QString &message);

    Kind kind() const { return m_kind; }
    // The money axis of the per-project chart: logarithmic or linear.
    void setLogarithmic(bool on);
    bool isLogarithmic() const { return m_logarithmic; }
    // The chart's title as drawn (names the bureau, counts truncation).
    QString title() const;

    // The font of titles, labels and legends (the report sets Noto Sans CJK JP).
    void setChartFont(const QFont &font);
    QFont chartFont() const { return m_font; }

    // Paints the current chart into `target` on any painter (printer, PDF, SVG,
    // image), laid out as the same physical size on a screen would be, so that text
    // keeps its point size. Works while the widget is hidden.
    void render(QPainter *painter, const QRectF &target) const;
    // Paints as render() does, in `font`; `textures` false fills with plain colours
    // (for SVG, which has no texture brushes).
    void render(QPainter *painter, const QRectF &target, const QFont &font, bool textures) const;
    // The current chart as an image of `size` logical pixels.
    QImage toImage(const QSize &size, qreal devicePixelRatio = 2.0) const;
    // The height (logical pixels) the current chart needs so that no two category
    // labels overlap, whatever the width.
    int requiredHeight() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // How many categories (bureaus, projects) the chart shows at its present height;
    // the rest scroll inside the chart with the axes fixed.
    int visibleCategories() const;
    // The scroll bar beside the chart that moves through the categories (hidden
    // when they all fit).
    QScrollBar *categoryScrollBar() const { return m_scroll; }
    // The first category shown and how many.
    QPair<int, int> categoryWindow() const;
    // Where the plot area and the legend are, in viewport() coordinates (for tests:
    // both lie inside the viewport).
    QRectF plotArea() const;
    QRectF legendArea() const;
    // Every text the current chart draws: title, axis titles and labels, legend (for
    // the wording tests).
    QStringList texts() const;

    // Where item `index` (bureau, project or point, in the order given) is drawn, in
    // viewport() coordinates, for tests: `set` is 0 budget / 1 settlement in the
    // money charts, the level (1–5 → 0–4) in the level mix, 0 ordinary / 1 flagged
    // points in the scatter (index counting within that set).
    QPoint itemPosition(int index, int set = 0) const;
    // The rating mix's bar sets in drawing order, as (scale, rank): what itemPosition()'s
    // `set` means for that chart. Empty for the other charts.
    QList<QPair<QString, int>> ratingSteps() const;
    // The widget that receives the mouse (the chart view's viewport).
    QWidget *viewport() const;

signals:
    // Projects clicked in the per-project chart or the scatter.
    void projectsActivated(const QList<qint64> &ids);
    // A bureau's bar clicked: `level` is the level of the clicked segment in the level
    // mix (1–5, or 0 = RecordFilter::noLevel), -1 for all the bureau's records.
    void bureauActivated(const QString &bureau, int level);
    // A segment of the rating mix clicked: the bureau's records at step `rank` of
    // `scale` (Rating::scale).
    void bureauRatingActivated(const QString &bureau, const QString &scale, int rank);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // How a chart is drawn: its font, and whether fills may be textures (hatching).
    struct Style
    {
        QFont font;
        bool textures = true;
    };

    QChart *buildChart(const Style &style) const;
    void buildBureauTotals(QChart *chart, const Style &style) const;
    void buildRatingMix(QChart *chart, const Style &style) const;
    void buildBureauProjects(QChart *chart, const Style &style) const;
    void buildLevelMix(QChart *chart, const Style &style) const;
    void buildScatter(QChart *chart, const Style &style) const;
    void buildYearTrend(QChart *chart, const Style &style) const;
    void rebuild();
    void showCategoryWindow();
    void connectInteraction(QChart *chart);
    void showToolTip(const QString &text);
    int categoryCount() const;
    qreal categoryHeight(const QFont &font) const;
    QStringList projectLabels(const QFont &font) const;
    // Scatter points split into the ordinary and the flagged ones (indices into m_points).
    QList<int> scatterIndices(bool flagged) const;

    QChartView *m_view = nullptr;
    QScrollBar *m_scroll = nullptr;
    Kind m_kind = Kind::None;
    bool m_logarithmic = false;
    QFont m_font;
    QString m_message;
    QList<ChartData::BureauTotals> m_bureaus; // those drawn
    QList<ChartData::RatingMix> m_ratingMix;  // the rating mix drawn (one row per bureau and scale)
    int m_bureauCount = 0;                    // those given
    QString m_bureau;
    ChartData::ProjectList m_projects;
    ChartData::ProjectList m_points;
    QList<ChartData::YearTotals> m_years;     // the trend's years (of m_bureau)
};

} // namespace Hyoka
