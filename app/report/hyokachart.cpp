#include "hyokachart.h"

#include "scalesteps.h"

#include "chartparts.h"
#include "charttooltips.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QHBoxLayout>
#include <QScreen>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Hyoka {

using namespace ChartParts;

// Horizontal bars list their first category at the bottom: categories go in reversed
// so that the first bureau or the largest project is on top.
static int categoryIndex(int dataIndex, int count)
{
    return count - 1 - dataIndex;
}

HyokaChart::HyokaChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_scroll(new QScrollBar(Qt::Vertical, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addWidget(m_scroll);
    m_scroll->hide();
    m_scroll->setAccessibleName(tr("Scroll the chart's categories"));
    connect(m_scroll, &QScrollBar::valueChanged, this, &HyokaChart::showCategoryWindow);
    m_view->viewport()->installEventFilter(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_font = font();
    rebuild();
}

HyokaChart::~HyokaChart() = default;

QWidget *HyokaChart::viewport() const
{
    return m_view->viewport();
}

namespace {

// More bureaus than a chart can show legibly (a prefecture's cities, a nation's): the
// `n` with the largest budgets, largest first; fewer keep the document's order.
QList<ChartData::BureauTotals> largestBureaus(const QList<ChartData::BureauTotals> &all, int n)
{
    if (all.size() <= n)
        return all;
    QList<ChartData::BureauTotals> largest = all;
    std::stable_sort(largest.begin(), largest.end(),
                     [](const ChartData::BureauTotals &a, const ChartData::BureauTotals &b) {
                         return a.budget > b.budget;
                     });
    largest.resize(n);
    return largest;
}

} // namespace

void HyokaChart::showBureauTotals(const QList<ChartData::BureauTotals> &totals)
{
    m_kind = Kind::BureauTotals;
    m_bureauCount = int(totals.size());
    m_bureaus = largestBureaus(totals, maxBureaus);
    rebuild();
}

void HyokaChart::showBureauProjects(const QString &bureau, const ChartData::ProjectList &projects)
{
    m_kind = Kind::BureauProjects;
    m_bureau = bureau;
    m_projects = projects;
    rebuild();
}

void HyokaChart::showLevelMix(const QList<ChartData::BureauTotals> &totals)
{
    m_kind = Kind::LevelMix;
    m_bureauCount = int(totals.size());
    m_bureaus = largestBureaus(totals, maxBureaus);
    rebuild();
}

void HyokaChart::showRatingMix(const QList<ChartData::RatingMix> &mix)
{
    m_kind = Kind::RatingMix;
    m_ratingMix = mix.mid(0, 2 * maxBureaus);
    m_bureauCount = int(mix.size());
    rebuild();
}

void HyokaChart::showExecutionScatter(const ChartData::ProjectList &points)
{
    m_kind = Kind::ExecutionScatter;
    m_points = points;
    rebuild();
}

void HyokaChart::showMessage(const QString &message)
{
    m_kind = Kind::None;
    m_message = message;
    rebuild();
}

void HyokaChart::setLogarithmic(bool on)
{
    if (m_logarithmic == on)
        return;
    m_logarithmic = on;
    if (m_kind == Kind::BureauProjects)
        rebuild();
}

void HyokaChart::setChartFont(const QFont &font)
{
    m_font = font;
    rebuild();
}

QString HyokaChart::title() const
{
    switch (m_kind) {
    case Kind::None:
        return m_message;
    case Kind::BureauTotals:
        if (m_bureauCount > m_bureaus.size())
            return tr("Budget and settlement by bureau (the %1 largest budgets of %2 bureaus)")
                    .arg(QLocale().toString(m_bureaus.size()), QLocale().toString(m_bureauCount));
        return tr("Budget and settlement by bureau");
    case Kind::BureauProjects:
        if (m_projects.isTruncated())
            return tr("Projects of %1 by budget (the largest %2 of %3)")
                    .arg(ChartToolTips::bureauName(m_bureau), QLocale().toString(m_projects.projects.size()),
                         QLocale().toString(m_projects.total));
        return tr("Projects of %1 by budget").arg(ChartToolTips::bureauName(m_bureau));
    case Kind::LevelMix:
        if (m_bureauCount > m_bureaus.size())
            return tr("Achievement levels by bureau (the %1 largest budgets of %2 bureaus)")
                    .arg(QLocale().toString(m_bureaus.size()), QLocale().toString(m_bureauCount));
        return tr("Achievement levels by bureau");
    case Kind::RatingMix:
        if (m_bureauCount > m_ratingMix.size())
            return tr("Ratings by bureau and scale (the first %1 of %2)")
                    .arg(QLocale().toString(m_ratingMix.size()), QLocale().toString(m_bureauCount));
        return tr("Ratings by bureau and scale");
    case Kind::ExecutionScatter:
        if (m_points.isTruncated())
            return tr("Execution rate against budget (the largest %1 of %2 budgets)")
                    .arg(QLocale().toString(m_points.projects.size()),
                         QLocale().toString(m_points.total));
        return tr("Execution rate against budget");
    case Kind::YearTrend:
        return tr("Budget and settlement of %1 by fiscal year").arg(ChartToolTips::bureauName(m_bureau));
    }
    return QString();
}

int HyokaChart::categoryCount() const
{
    switch (m_kind) {
    case Kind::BureauTotals:
    case Kind::LevelMix: return int(m_bureaus.size());
    case Kind::RatingMix: return int(m_ratingMix.size());
    case Kind::BureauProjects: return int(m_projects.projects.size());
    case Kind::YearTrend: return int(m_years.size());
    default: return 0;
    }
}

// The height one category needs. Qt Charts hides a category label ("...") unless the
// category is taller than the label plus its text margins and twice the label padding;
// bureaus have two lines (name, then rate or count), projects one.
qreal HyokaChart::categoryHeight(const QFont &font) const
{
    const QFontMetricsF fm(font);
    switch (m_kind) {
    case Kind::BureauTotals:
    case Kind::LevelMix:
    case Kind::RatingMix:
    case Kind::YearTrend: return 2 * fm.lineSpacing() + 22;
    case Kind::BureauProjects: return fm.lineSpacing() + 22;
    default: return 0;
    }
}

int HyokaChart::requiredHeight() const
{
    const QFontMetricsF fm(m_font);
    // Title, legend, the value axis' labels and title, margins.
    const qreal overhead = 9 * fm.lineSpacing() + 48;
    if (m_kind == Kind::ExecutionScatter)
        return qRound(overhead + 14 * fm.lineSpacing());
    return qRound(overhead + qMax(2, categoryCount()) * categoryHeight(m_font));
}


QSize HyokaChart::minimumSizeHint() const
{
    // What fits is shown; more categories scroll inside the chart (showCategoryWindow()).
    // Title, the value axis with its labels and title, the legend, one category.
    const QFontMetricsF fm(m_font);
    return QSize(420, qRound(9 * fm.lineSpacing() + 48 + categoryHeight(m_font)));
}

QSize HyokaChart::sizeHint() const
{
    return QSize(760, 480);
}

int HyokaChart::visibleCategories() const
{
    const int n = categoryCount();
    const qreal each = categoryHeight(m_font);
    if (n == 0 || each <= 0)
        return n;
    // The plot area of the chart as laid out at this size (title, legend and value
    // axis take the same room whichever categories show).
    QChart *chart = m_view->chart();
    if (chart && chart->layout())
        chart->layout()->activate();
    const qreal plot = chart ? chart->plotArea().height() : 0;
    return std::clamp(int(plot / each), 1, n);
}

QPair<int, int> HyokaChart::categoryWindow() const
{
    const int n = categoryCount();
    const int shown = visibleCategories();
    const int first = std::clamp(m_scroll->isHidden() ? 0 : m_scroll->value(), 0, std::max(0, n - shown));
    return { first, shown };
}

void HyokaChart::showCategoryWindow()
{
    // A long list of bureaus or projects: the category axis shows a window of them,
    // the value axis and the legend stay where they are; the scroll bar beside the
    // chart (and the wheel) moves the window.
    QChart *chart = m_view->chart();
    const int n = categoryCount();
    const int shown = visibleCategories();
    const bool scrolls = chart && shown < n;
    {
        const QSignalBlocker blocker(m_scroll);
        m_scroll->setRange(0, scrolls ? n - shown : 0);
        m_scroll->setPageStep(std::max(1, shown));
    }
    m_scroll->setVisible(scrolls);
    if (!chart || n == 0 || shown <= 0)
        return;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || categories->count() != n)
            continue;
        const int first = scrolls ? m_scroll->value() : 0;
        // Categories run bottom-up: data index i is category n - 1 - i.
        const int last = std::min(n, first + shown) - 1;
        categories->setRange(categories->at(categoryIndex(last, n)), categories->at(categoryIndex(first, n)));
    }
}

QRectF HyokaChart::plotArea() const
{
    QChart *chart = m_view->chart();
    return chart ? m_view->mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect() : QRectF();
}

QRectF HyokaChart::legendArea() const
{
    QChart *chart = m_view->chart();
    if (!chart || !chart->legend()->isVisible())
        return QRectF();
    QLegend *legend = chart->legend();
    return m_view->mapFromScene(legend->mapToScene(legend->boundingRect())).boundingRect();
}

QList<QPair<QString, int>> HyokaChart::ratingSteps() const
{
    QList<QPair<QString, int>> steps;
    QChart *chart = m_view->chart();
    if (!chart || m_kind != Kind::RatingMix)
        return steps;
    const QList<QAbstractSeries *> seriesList = chart->series();
    for (QAbstractSeries *series : seriesList) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (const QBarSet *set : sets)
                steps.append({ set->property("hyokaScale").toString(), set->property("hyokaRank").toInt() });
        }
    }
    return steps;
}

QStringList HyokaChart::texts() const
{
    QChart *chart = m_view->chart();
    if (!chart)
        return {};
    QStringList texts { chart->title() };
    for (QAbstractAxis *axis : chart->axes()) {
        texts << axis->titleText();
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            texts << categories->categories();
        else if (auto *labelled = qobject_cast<QCategoryAxis *>(axis))
            texts << labelled->categoriesLabels();
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        texts << marker->label();
    texts.removeAll(QString());
    return texts;
}

void HyokaChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showCategoryWindow();
}

bool HyokaChart::eventFilter(QObject *watched, QEvent *event)
{
    // The event's type first: a view being destroyed must not be asked for its viewport.
    if (event->type() == QEvent::Wheel && watched == m_view->viewport() && m_scroll->isVisible()) {
        const int steps = static_cast<QWheelEvent *>(event)->angleDelta().y() / 120;
        m_scroll->setValue(m_scroll->value() - 3 * steps);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void HyokaChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        rebuild();
    QWidget::changeEvent(event);
}

void HyokaChart::rebuild()
{
    QChart *chart = buildChart(Style { m_font, true });
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    if (old && old != chart)
        delete old;
    connectInteraction(chart);
    m_scroll->setValue(0); // a new chart starts at its top
    showCategoryWindow();
    updateGeometry();
}

void HyokaChart::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void HyokaChart::connectInteraction(QChart *chart)
{
    const QList<QAbstractSeries *> seriesList = chart->series();
    for (QAbstractSeries *series : seriesList) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
                const int n = categoryCount();
                const int i = categoryIndex(index, n);
                if (i < 0 || i >= n)
                    return;
                if (m_kind == Kind::BureauProjects)
                    emit projectsActivated({ m_projects.projects.at(i).id });
                else if (m_kind == Kind::RatingMix)
                    emit bureauRatingActivated(m_ratingMix.at(i).bureau, set->property("hyokaScale").toString(),
                                               set->property("hyokaRank").toInt());
                else if (m_kind == Kind::BureauTotals)
                    emit bureauActivated(m_bureaus.at(i).bureau, -1);
                else if (m_kind == Kind::LevelMix)
                    emit bureauActivated(m_bureaus.at(i).bureau, set->property(levelProperty).toInt());
                else if (m_kind == Kind::YearTrend)
                    emit bureauActivated(m_bureau, -1);
            });
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [this](bool status, int index, QBarSet *set) {
                        const int n = categoryCount();
                        const int i = categoryIndex(index, n);
                        if (!status || i < 0 || i >= n) {
                            showToolTip(QString());
                            return;
                        }
                        if (m_kind == Kind::BureauProjects) {
                            showToolTip(ChartToolTips::project(m_projects.projects.at(i)));
                        } else if (m_kind == Kind::RatingMix) {
                            const ChartData::RatingMix &m = m_ratingMix.at(i);
                            const int rank = set->property("hyokaRank").toInt();
                            showToolTip(tr("%1, %2 %3: %n project(s)", "bureau, scale step: count",
                                           rank >= 1 && rank <= m.counts.size() ? int(m.counts.at(rank - 1)) : 0)
                                                .arg(ChartToolTips::bureauName(m.bureau),
                                                     ScaleSteps::scaleName(m.scale),
                                                     ScaleSteps::stepName(m.scale, rank, m.labels.value(rank - 1))));
                        } else if (m_kind == Kind::YearTrend) {
                            showToolTip(ChartToolTips::bureauYear(m_years.at(i)));
                        } else if (m_kind == Kind::LevelMix) {
                            showToolTip(ChartToolTips::levelCount(
                                    m_bureaus.at(i), set->property(levelProperty).toInt()));
                        } else {
                            showToolTip(ChartToolTips::bureau(m_bureaus.at(i)));
                        }
                    });
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            const QList<int> indices = scatterIndices(scatter->property(flaggedProperty).toBool());
            // The points under `point` (several when they coincide).
            auto pointsAt = [this, scatter, indices](const QPointF &point) {
                QList<int> hits;
                const QList<QPointF> points = scatter->points();
                for (int k = 0; k < points.size() && k < indices.size(); ++k) {
                    if (qFuzzyCompare(points.at(k).x(), point.x())
                        && qFuzzyCompare(points.at(k).y(), point.y()))
                        hits.append(indices.at(k));
                }
                return hits;
            };
            connect(scatter, &QScatterSeries::clicked, this, [this, pointsAt](const QPointF &point) {
                QList<qint64> ids;
                const QList<int> hits = pointsAt(point);
                for (int i : hits)
                    ids.append(m_points.projects.at(i).id);
                if (!ids.isEmpty())
                    emit projectsActivated(ids);
            });
            connect(scatter, &QScatterSeries::hovered, this,
                    [this, pointsAt](const QPointF &point, bool state) {
                        if (!state) {
                            showToolTip(QString());
                            return;
                        }
                        QStringList tips;
                        const QList<int> hits = pointsAt(point);
                        for (int i : hits.mid(0, 4))
                            tips << ChartToolTips::project(m_points.projects.at(i));
                        if (hits.size() > 4)
                            tips << escaped(tr("… and %n more", "", int(hits.size() - 4)));
                        showToolTip(tips.join(QStringLiteral("<hr>")));
                    });
        }
    }
}

QPoint HyokaChart::itemPosition(int index, int set) const
{
    QChart *chart = m_view->chart();
    if (!chart)
        return {};
    const QList<QAbstractSeries *> seriesList = chart->series();
    QPointF value;
    QAbstractSeries *series = nullptr;
    if (m_kind == Kind::ExecutionScatter) {
        // Set 0: ordinary points, set 1: flagged points; index counts within the set.
        int k = 0;
        for (QAbstractSeries *s : seriesList) {
            auto *scatter = qobject_cast<QScatterSeries *>(s);
            if (!scatter)
                continue;
            if (k++ == set && index >= 0 && index < scatter->count()) {
                series = scatter;
                value = scatter->at(index);
            }
        }
    } else if (!seriesList.isEmpty()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(seriesList.constFirst());
        const int n = categoryCount();
        if (!bars || index < 0 || index >= n || set < 0 || set >= bars->count())
            return {};
        series = bars;
        const int category = categoryIndex(index, n);
        const QList<QBarSet *> sets = bars->barSets();
        if (m_kind == Kind::LevelMix || m_kind == Kind::RatingMix) {
            qreal start = 0;
            for (int s = 0; s < set; ++s)
                start += sets.at(s)->at(category);
            value = QPointF(start + sets.at(set)->at(category) / 2, category);
        } else {
            // Bars grow from the start of the value axis (above 0 on a log scale).
            const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal, bars);
            const auto *valueAxis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.constFirst());
            const qreal start = valueAxis ? valueAxis->min() : 0;
            // Set 0 is the budget, 1 the settlement; the series holds them reversed.
            const int drawn = int(bars->count()) - 1 - set;
            const qreal width = bars->barWidth();
            const qreal slot = width / bars->count();
            value = QPointF((start + sets.at(drawn)->at(category)) / 2,
                            category - width / 2 + (drawn + 0.5) * slot);
        }
    }
    if (!series)
        return {};
    const QPointF inChart = chart->mapToPosition(value, series);
    return m_view->mapFromScene(chart->mapToScene(inChart));
}

void HyokaChart::render(QPainter *painter, const QRectF &target) const
{
    render(painter, target, m_font, true);
}

void HyokaChart::render(QPainter *painter, const QRectF &target, const QFont &font,
                        bool textures) const
{
    const QPaintDevice *device = painter->device();
    const qreal deviceDpi = device ? device->logicalDpiY() : layoutDpi;
    const qreal screenDpi = QGuiApplication::primaryScreen()
            ? QGuiApplication::primaryScreen()->logicalDotsPerInchY()
            : layoutDpi;
    // The chart is laid out at the size `target` would have on the screen, so
    // that point sizes come out right on paper.
    const QSizeF logical = target.size() * (screenDpi / deviceDpi);
    QGraphicsScene scene;
    QChart *chart = buildChart(Style { font, textures });
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    chart->layout()->activate();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, QRectF(QPointF(0, 0), logical), Qt::IgnoreAspectRatio);
    painter->restore();
}

QImage HyokaChart::toImage(const QSize &size, qreal devicePixelRatio) const
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace Hyoka
