#include "hyokachart.h"

#include "charttooltips.h"
#include "levelcolors.h"
#include "moneyformat.h"
#include "recordformat.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>
#include <QHBoxLayout>
#include <QScreen>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace Hyoka {

namespace {

// Properties that tell the interaction code what a series or bar set stands for.
const char *const levelProperty = "hyokaLevel";      // QBarSet of the level mix: 1–5, 0
const char *const flaggedProperty = "hyokaFlagged";  // QScatterSeries: the flagged points

// The layout resolution charts are designed at: what a 1× screen shows.
constexpr qreal layoutDpi = 96.0;

// Budget and settlement bars: dark solid and light hatched, apart in grey too.
QBrush budgetBrush()
{
    return QBrush(QColor(52, 101, 164));
}

QBrush settlementBrush(bool textures)
{
    const QColor color(246, 180, 120);
    return textures ? LevelColors::hatched(color, Qt::BDiagPattern) : QBrush(color);
}

// Room on the right for half of the last label of a horizontal value axis, which
// Qt Charts centres on the plot's right edge and would otherwise cut.
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

// Grouped horizontal bars of budget and settlement, one pair a category (bottom-up),
// with categories on the left and `values` on `valueSide`. Settlement goes in first so
// that budget is drawn on top; the legend is reversed to read budget, settlement.
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

QFont scaledFont(const QFont &base, qreal factor, bool bold = false)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(f.pixelSize() * factor));
    f.setBold(bold);
    return f;
}

// A value axis whose labels we write ourselves (Qt Charts formats with printf and
// knows neither 億円 nor grouping): each tick is (axis value, label).
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

// A linear money axis from 0 reaching `maxThousandYen`, in the unit that reads best.
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

// The decades (powers of ten of thousand yen) that span `min`…`max`.
QPair<int, int> decadeRange(double min, double max)
{
    const int low = int(std::floor(std::log10(qMax(min, 1.0))));
    int high = int(std::ceil(std::log10(qMax(max, 1.0))));
    if (high <= low)
        high = low + 1;
    return { low, high };
}

// A logarithmic money axis: values are log10(thousand yen), labels the decades.
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

} // namespace

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
    case Kind::ExecutionScatter:
        if (m_points.isTruncated())
            return tr("Execution rate against budget (the largest %1 of %2 budgets)")
                    .arg(QLocale().toString(m_points.projects.size()),
                         QLocale().toString(m_points.total));
        return tr("Execution rate against budget");
    }
    return QString();
}

int HyokaChart::categoryCount() const
{
    switch (m_kind) {
    case Kind::BureauTotals:
    case Kind::LevelMix: return int(m_bureaus.size());
    case Kind::BureauProjects: return int(m_projects.projects.size());
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
    case Kind::LevelMix: return 2 * fm.lineSpacing() + 22;
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

// Horizontal bars list their first category at the bottom: categories go in reversed
// so that the first bureau or the largest project is on top.
static int categoryIndex(int dataIndex, int count)
{
    return count - 1 - dataIndex;
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
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel && m_scroll->isVisible()) {
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
        pairs.append({ double(t.budget), double(t.settlement) });
        maxValue = qMax(maxValue, qMax(t.budget, t.settlement));
        const QString name =
                fm.elidedText(ChartToolTips::bureauName(t.bureau), Qt::ElideRight, nameWidth);
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
    const QFont &font = style.font;
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
        set->setBrush(style.textures ? LevelColors::brush(level) : QBrush(LevelColors::color(level)));
        set->setPen(QPen(LevelColors::outline(level), 0.8));
        for (int i = n - 1; i >= 0; --i)
            *set << double(m_bureaus.at(i).levelCount(level));
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);

    const QFontMetricsF fm(font);
    const qreal nameWidth = 10 * fm.horizontalAdvance(QChar(0x56FD));
    QStringList labels;
    for (int i = n - 1; i >= 0; --i) {
        const ChartData::BureauTotals &t = m_bureaus.at(i);
        const QString name = fm.elidedText(ChartToolTips::bureauName(t.bureau), Qt::ElideRight, nameWidth);
        labels << QStringLiteral("%1<br><small>%2</small>")
                          .arg(escaped(name),
                               escaped(tr("%n project(s)", "", int(t.projects))));
    }
    QBarCategoryAxis *categories = categoryAxis(labels, font);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    const QList<double> ticks = MoneyFormat::niceTicks(0, double(maxCount), 6);
    QList<QPair<double, QString>> labelled;
    for (double v : ticks) {
        // Counts are whole: a step below 1 would repeat labels.
        if (v != std::floor(v))
            continue;
        labelled.append({ v, QLocale().toString(qint64(v)) });
    }
    if (labelled.size() < 2)
        labelled = { { 0, QLocale().toString(0) }, { 1, QLocale().toString(1) } };
    QCategoryAxis *values = labelledAxis(labelled, font, tr("Projects"));
    keepLastLabel(chart, values, font);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignRight);
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
                else if (m_kind == Kind::BureauTotals)
                    emit bureauActivated(m_bureaus.at(i).bureau, -1);
                else if (m_kind == Kind::LevelMix)
                    emit bureauActivated(m_bureaus.at(i).bureau, set->property(levelProperty).toInt());
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
        if (m_kind == Kind::LevelMix) {
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
