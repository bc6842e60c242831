#include "chartpanel.h"
#include "ui_chartpanel.h"

#include "chartdata.h"
#include "hyokachart.h"
#include "pdftextrepair.h"
#include "printpreview.h"
#include "reportwriter.h"
#include "reviewdatabase.h"

#include <algorithm>

#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QShowEvent>

namespace Hyoka {

namespace {

// At most this many bars in the per-project chart: the largest budgets.
constexpr int maxProjectBars = 100;
// At most this many points in the scatter: the largest budgets.
constexpr int maxScatterPoints = 20000;

} // namespace

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent), m_ui(new Ui::ChartPanel)
{
    m_ui->setupUi(this);
    m_ui->printPreviewButton->setDefaultAction(m_ui->actionPrintPreview);
    m_ui->printButton->setDefaultAction(m_ui->actionPrint);
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_ui->actionExportPdf);
    exportMenu->addAction(m_ui->actionExportPng);
    exportMenu->addAction(m_ui->actionExportSvg);
    m_ui->exportButton->setMenu(exportMenu);
    auto *reportMenu = new QMenu(this);
    reportMenu->addAction(m_ui->actionReportPreview);
    reportMenu->addAction(m_ui->actionPrintReport);
    reportMenu->addAction(m_ui->actionExportReportPdf);
    m_ui->reportButton->setMenu(reportMenu);
    retranslate();

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChartPanel::refresh);

    // The user's choices are read in the background, as filter changes are.
    connect(m_ui->chartCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        refresh();
    });
    connect(m_ui->bureauCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (currentChart() == Chart::BureauProjects || currentChart() == Chart::YearTrend)
            refresh();
    });
    connect(m_ui->logCheck, &QCheckBox::toggled, m_ui->chart, &HyokaChart::setLogarithmic);
    connect(m_ui->chart, &HyokaChart::projectsActivated, this, &ChartPanel::recordsActivated);
    connect(m_ui->chart, &HyokaChart::bureauActivated, this, &ChartPanel::bureauActivated);
    connect(m_ui->chart, &HyokaChart::bureauRatingActivated, this, &ChartPanel::bureauRatingActivated);

    connect(m_ui->actionPrintPreview, &QAction::triggered, this, &ChartPanel::printPreview);
    connect(m_ui->actionPrint, &QAction::triggered, this, &ChartPanel::print);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &ChartPanel::exportPdfInteractively);
    connect(m_ui->actionExportPng, &QAction::triggered, this, &ChartPanel::exportPngInteractively);
    connect(m_ui->actionExportSvg, &QAction::triggered, this, &ChartPanel::exportSvgInteractively);
    connect(m_ui->actionReportPreview, &QAction::triggered, this, &ChartPanel::reportPreview);
    connect(m_ui->actionPrintReport, &QAction::triggered, this, &ChartPanel::printReport);
    connect(m_ui->actionExportReportPdf, &QAction::triggered, this,
            &ChartPanel::exportReportPdfInteractively);
    updateControls();
}

ChartPanel::~ChartPanel()
{
    // Readings still on their way stop, and their answers are never shown.
    m_figureReads.cancel();
    m_clickReads.cancel();
    m_reportReads.cancel();
}

void ChartPanel::retranslate()
{
    const int current = m_ui->chartCombo->currentIndex();
    m_ui->retranslateUi(this);
    const QSignalBlocker blocker(m_ui->chartCombo);
    m_ui->chartCombo->clear();
    m_ui->chartCombo->addItem(tr("Budget and settlement by bureau"), int(Chart::BureauTotals));
    m_ui->chartCombo->addItem(tr("Projects of one bureau"), int(Chart::BureauProjects));
    m_ui->chartCombo->addItem(tr("Ratings by bureau"), int(Chart::LevelMix));
    m_ui->chartCombo->addItem(tr("Execution rate against budget"), int(Chart::ExecutionScatter));
    m_ui->chartCombo->addItem(tr("One bureau by fiscal year"), int(Chart::YearTrend));
    m_ui->chartCombo->setCurrentIndex(qMax(0, current));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // "(no bureau)" and the chart's texts follow on the next refresh.
        m_dirty = true;
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        scheduleRefresh();
}

void ChartPanel::setDatabase(ReviewDatabase *db)
{
    m_figureReads.cancel();
    m_clickReads.cancel();
    m_reportReads.cancel();
    m_reading = false;
    m_db = db;
    if (!m_reads || m_ownReads) {
        // A panel without a window: a read service of its own on the same database.
        if (!m_ownReads) {
            m_ownReads = std::make_unique<QueryWorker>();
            connect(m_ownReads.get(), &QueryWorker::connectionOpened, this, [this](bool ok, const QString &error) {
                if (!ok)
                    emit queryFailed(error);
            });
        }
        m_reads = m_ownReads.get();
        m_ownReads->setDatabase(db && db->isOpen() ? db->prepared() : ReviewDatabase::Prepared());
    }
    m_dirty = true;
    scheduleRefresh();
}

void ChartPanel::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter && !m_dirty)
        return;
    m_filter = filter;
    m_dirty = true;
    scheduleRefresh();
}

void ChartPanel::setFlaggedIds(const QSet<qint64> &ids)
{
    if (m_flaggedIdsGiven && ids == m_flaggedIds)
        return;
    m_flaggedIds = ids;
    m_flaggedIdsGiven = true;
    if (currentChart() == Chart::ExecutionScatter) {
        m_dirty = true;
        scheduleRefresh();
    }
}

// Queries run when the panel is on screen, once per burst of changes.
void ChartPanel::scheduleRefresh()
{
    if (isVisible())
        m_refreshTimer.start();
}

ChartPanel::Chart ChartPanel::currentChart() const
{
    return Chart(m_ui->chartCombo->currentData().toInt());
}

void ChartPanel::setCurrentChart(Chart chart)
{
    const int i = m_ui->chartCombo->findData(int(chart));
    if (i < 0 || i == m_ui->chartCombo->currentIndex())
        return;
    {
        const QSignalBlocker blocker(m_ui->chartCombo);
        m_ui->chartCombo->setCurrentIndex(i);
    }
    updateControls();
    refresh();
}

QString ChartPanel::currentBureau() const
{
    const int i = m_ui->bureauCombo->currentIndex();
    return i >= 0 && i < m_bureaus.size() ? m_bureaus.at(i) : QString();
}

void ChartPanel::setCurrentBureau(const QString &bureau)
{
    const qsizetype i = m_bureaus.indexOf(bureau);
    if (i < 0 || i == m_ui->bureauCombo->currentIndex())
        return;
    {
        const QSignalBlocker blocker(m_ui->bureauCombo);
        m_ui->bureauCombo->setCurrentIndex(int(i));
    }
    if (currentChart() == Chart::BureauProjects || currentChart() == Chart::YearTrend)
        refresh();
}

bool ChartPanel::isLogarithmic() const
{
    return m_ui->logCheck->isChecked();
}

void ChartPanel::setLogarithmic(bool on)
{
    m_ui->logCheck->setChecked(on);
}

HyokaChart *ChartPanel::chart() const
{
    return m_ui->chart;
}

void ChartPanel::focusControls()
{
    m_ui->chartCombo->setFocus(Qt::ShortcutFocusReason);
}

void ChartPanel::updateControls()
{
    const bool perProject = currentChart() == Chart::BureauProjects;
    const bool oneBureau = perProject || currentChart() == Chart::YearTrend;
    m_ui->bureauLabel->setVisible(oneBureau);
    m_ui->bureauCombo->setVisible(oneBureau);
    m_ui->logCheck->setVisible(perProject);
    const bool haveData = m_db && m_db->isOpen();
    for (QAction *a : { m_ui->actionReportPreview, m_ui->actionPrintReport,
                        m_ui->actionExportReportPdf })
        a->setEnabled(haveData);
}

void ChartPanel::refresh()
{
    m_refreshTimer.stop();
    m_dirty = false;
    const Request request = currentRequest();
    if (!m_db || !m_db->isOpen() || !m_reads) {
        m_figureReads.cancel(); // a reading still on its way is older than this
        m_reading = false;
        apply(request, Answer());
        emit figuresShown();
        return;
    }
    m_reading = true;
    m_reads->read(
            m_figureReads, this, QueryWorker::Priority::Figures,
            [request](ReviewDatabase *db) { return compute(db, request); },
            [this, request](const Answer &answer) {
                m_reading = false;
                apply(request, answer);
                emit figuresShown();
            });
}

void ChartPanel::recordsChanged()
{
    m_dirty = true;
    scheduleRefresh();
}

void ChartPanel::flagsChanged()
{
    if (currentChart() == Chart::ExecutionScatter && !m_flaggedIdsGiven)
        recordsChanged();
}

ChartPanel::Request ChartPanel::currentRequest() const
{
    Request r;
    r.filter = m_filter;
    r.chart = currentChart();
    r.bureau = currentBureau();
    if (m_flaggedIdsGiven)
        r.flagged = m_flaggedIds;
    return r;
}

// On the read service's thread.
ChartPanel::Answer ChartPanel::compute(const ReviewDatabase *db, const Request &request)
{
    Answer a;
    if (!db)
        return a;
    a.open = true;
    ChartData data(*db);
    QString *error = &a.error;
    const auto fail = [&] {
        a.failed = true;
        return a;
    };
    const std::optional<QList<ChartData::BureauTotals>> totals = data.bureauTotals(request.filter, error);
    if (!totals)
        return fail();
    a.totals = *totals;
    for (const ChartData::BureauTotals &t : *totals)
        a.bureaus << t.bureau;
    a.bureau = a.bureaus.contains(request.bureau) ? request.bureau : a.bureaus.value(0);
    if (request.chart == Chart::BureauProjects && !a.bureaus.isEmpty()) {
        const std::optional<ChartData::ProjectList> projects =
                data.bureauProjects(request.filter, a.bureau, maxProjectBars, error);
        if (!projects)
            return fail();
        a.projects = *projects;
    } else if (request.chart == Chart::YearTrend && !a.bureaus.isEmpty()) {
        const std::optional<QList<ChartData::YearTotals>> years = data.bureauYearTotals(request.filter, error);
        if (!years)
            return fail();
        for (const ChartData::YearTotals &y : *years) {
            if (y.totals.bureau == a.bureau)
                a.years << y;
        }
    } else if (request.chart == Chart::LevelMix) {
        const std::optional<QList<ChartData::RatingMix>> mix = data.ratingMix(request.filter, error);
        if (!mix)
            return fail();
        a.ratingMix = *mix;
    } else if (request.chart == Chart::ExecutionScatter) {
        std::optional<QSet<qint64>> flagged = request.flagged;
        if (!flagged && !(flagged = data.flaggedIds(request.filter, { QStringLiteral("flagged") }, error)))
            return fail();
        const std::optional<ChartData::ProjectList> points =
                data.scatterPoints(request.filter, *flagged, maxScatterPoints, error);
        if (!points)
            return fail();
        a.projects = *points;
    }
    return a;
}

void ChartPanel::apply(const Request &request, const Answer &answer)
{
    m_bureaus = answer.bureaus;
    {
        const QSignalBlocker blocker(m_ui->bureauCombo);
        m_ui->bureauCombo->clear();
        for (const QString &b : std::as_const(m_bureaus))
            m_ui->bureauCombo->addItem(b.isEmpty() ? tr("(no bureau)") : b);
        m_ui->bureauCombo->setCurrentIndex(qMax(0, int(m_bureaus.indexOf(answer.bureau))));
    }
    updateControls();
    HyokaChart *view = m_ui->chart;
    if (!answer.open) {
        view->showMessage(tr("No review database is open"));
        return;
    }
    if (answer.failed) {
        view->showMessage(tr("The database could not answer"));
        emit queryFailed(answer.error);
        return;
    }
    switch (request.chart) {
    case Chart::BureauTotals:
    case Chart::LevelMix:
        if (answer.totals.isEmpty())
            view->showMessage(tr("No records match the filter"));
        else if (request.chart == Chart::BureauTotals)
            view->showBureauTotals(answer.totals);
        else if (std::all_of(answer.ratingMix.cbegin(), answer.ratingMix.cend(),
                             [](const ChartData::RatingMix &m) { return m.scale == u"level"; }))
            view->showLevelMix(answer.totals);
        else // other scales than levels: each bureau's rating mix on its own scale
            view->showRatingMix(answer.ratingMix);
        break;
    case Chart::BureauProjects:
        if (m_bureaus.isEmpty()) {
            view->showMessage(tr("No records match the filter"));
            break;
        }
        view->setLogarithmic(isLogarithmic());
        view->showBureauProjects(answer.bureau, answer.projects);
        break;
    case Chart::YearTrend:
        if (answer.years.isEmpty())
            view->showMessage(tr("No records match the filter"));
        else
            view->showYearTrend(answer.bureau, answer.years);
        break;
    case Chart::ExecutionScatter:
        if (answer.projects.projects.isEmpty())
            view->showMessage(tr("No records with a budget and a settlement match the filter"));
        else
            view->showExecutionScatter(answer.projects);
        break;
    }
}

void ChartPanel::bureauActivated(const QString &bureau, int level)
{
    RecordFilter filter = m_filter;
    if (level >= 0)
        filter.levels = { level };
    selectBureauRecords(bureau, filter);
}

void ChartPanel::bureauRatingActivated(const QString &bureau, const QString &scale, int rank)
{
    RecordFilter filter = m_filter;
    filter.ratings = { RecordFilter::ratingValue(scale, rank) };
    selectBureauRecords(bureau, filter);
}

void ChartPanel::selectBureauRecords(const QString &bureau, const RecordFilter &filter)
{
    if (!m_db || !m_db->isOpen() || !m_reads)
        return;
    using Ids = std::pair<std::optional<QList<qint64>>, QString>; // the ids, or the error
    m_reads->read(
            m_clickReads, this, QueryWorker::Priority::Record,
            [filter, bureau](ReviewDatabase *db) {
                if (!db)
                    return Ids { std::nullopt, tr("No review database is open.") };
                QString error;
                const std::optional<QList<qint64>> ids = ChartData(*db).bureauIds(filter, bureau, &error);
                return Ids { ids, error };
            },
            [this](const Ids &answer) {
                if (!answer.first)
                    emit queryFailed(answer.second);
                else if (!answer.first->isEmpty())
                    emit recordsActivated(*answer.first);
            });
}

} // namespace Hyoka
