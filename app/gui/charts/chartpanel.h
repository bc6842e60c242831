#pragma once

#include "chartdata.h"
#include "queryworker.h"
#include "recordfilter.h"
#include "reportdata.h"
#include "reportoptions.h"

#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class ChartPanel;
}

namespace Hyoka {

class HyokaChart;
class ReviewDatabase;

// The charts pane of the review window: one of the charts (HyokaChart) over the
// records the grid's filter leaves, a chart selector, the bureau of the per-project
// and per-year charts, the log-scale toggle, printing and export of the chart (PDF, PNG, SVG) and
// of the summary report (ReportWriter). Follows the filter it is given; clicking a
// bar or point emits the ids of the records behind it.
//
// Every figure (the chart's, a clicked bar's records, the report's data) is read on
// the window's read service (QueryWorker: its thread, its one connection), never on
// the GUI thread; a newer reading stops the one still running. isReading() is true
// (figuresShown() once false) until the chart shows the answer to the last change.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // YearTrend: one bureau's budget and settlement per fiscal year.
    enum class Chart { BureauTotals, BureauProjects, LevelMix, ExecutionScatter, YearTrend };
    Q_ENUM(Chart)

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // The read service the window shares (not owned), before setDatabase(). Without
    // one the panel reads through one of its own (a panel on its own, in tests).
    void setReadService(QueryWorker *service) { m_reads = service; }
    // The database to read (not owned; nullptr shows an empty chart).
    void setDatabase(ReviewDatabase *db);
    // A reading asked for is not shown yet.
    bool isReading() const { return m_reading || m_refreshTimer.isActive(); }
    RecordFilter filter() const { return m_filter; }

    Chart currentChart() const;
    void setCurrentChart(Chart chart);
    // The bureau of the per-project and per-year charts.
    QString currentBureau() const;
    void setCurrentBureau(const QString &bureau);
    bool isLogarithmic() const;
    void setLogarithmic(bool on);

    HyokaChart *chart() const;
    // Gives the focus to the chart selector (from there Tab reaches the other controls).
    void focusControls();

    // The current chart as a file, written atomically; false with `error` on failure.
    bool exportPdf(const QString &path, QString *error) const;
    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;
    // The report options the panel's state stands for (its filter).
    ReportOptions reportOptions() const;

public slots:
    // Follow the grid: call with RecordBrowser::filter() on every filterChanged().
    void setFilter(const Hyoka::RecordFilter &filter);
    // The records to mark as flagged in the scatter. Until this is called the panel
    // marks the records whose flag status is "flagged" (要確認) in the database, read
    // at every refresh().
    void setFlaggedIds(const QSet<qint64> &ids);
    // Reads the figures again (on the read service).
    void refresh();
    // Marks the figures as out of date (the records changed, e.g. after an import):
    // read again in the background while the panel is shown.
    void recordsChanged();
    // Flags changed: the scatter, which marks the flagged records (unless given
    // setFlaggedIds()), reads them again in the background.
    void flagsChanged();

    void printPreview();
    void print();
    void exportPdfInteractively();
    void exportPngInteractively();
    void exportSvgInteractively();
    void reportPreview();
    void printReport();
    void exportReportPdfInteractively();

signals:
    // Records behind a clicked bar or point, for the grid to select.
    void recordsActivated(const QList<qint64> &ids);
    // The database could not answer.
    void queryFailed(const QString &message);
    // The chart shows the answer to the last change (isReading() is false).
    void figuresShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    // What one reading of the figures needs, and what it gives.
    struct Request
    {
        RecordFilter filter;
        Chart chart = Chart::BureauTotals;
        QString bureau; // the per-project chart's, kept when still there
        std::optional<QSet<qint64>> flagged;
    };
    struct Answer
    {
        bool open = false; // a database was there to ask
        bool failed = false;
        QString error;
        QList<ChartData::BureauTotals> totals;
        QStringList bureaus;
        QString bureau;
        ChartData::ProjectList projects; // the per-project chart's or the scatter's
        QList<ChartData::RatingMix> ratingMix; // the level chart's, per bureau and scale
        QList<ChartData::YearTotals> years;    // the per-year chart's, of `bureau`
    };
    Request currentRequest() const;
    static Answer compute(const ReviewDatabase *db, const Request &request);
    void apply(const Request &request, const Answer &answer);
    void scheduleRefresh();
    void updateControls();
    void bureauActivated(const QString &bureau, int level);
    // The records of `bureau` at one step of a rating scale (a rating-mix segment).
    void bureauRatingActivated(const QString &bureau, const QString &scale, int rank);
    void selectBureauRecords(const QString &bureau, const RecordFilter &filter);
    void paintChart(QPrinter *printer) const;
    // Reads the report's data on the read service, then `then(data)` on this thread.
    void readReport(const std::function<void(const ReportData &)> &then);
    void paintReport(QPrinter *printer, const ReportData &data);
    QString chartFileBaseName() const;
    QString saveFileName(const QString &caption, const QString &suffix, const QString &filter);
    void reportFailure(const QString &title, const QString &message);

    std::unique_ptr<Ui::ChartPanel> m_ui;
    ReviewDatabase *m_db = nullptr;
    RecordFilter m_filter;
    QSet<qint64> m_flaggedIds;
    bool m_flaggedIdsGiven = false;
    QStringList m_bureaus;
    QTimer m_refreshTimer;
    bool m_dirty = true;
    bool m_reading = false;
    QueryWorker *m_reads = nullptr;              // the window's read service
    std::unique_ptr<QueryWorker> m_ownReads;     // or the panel's own, without a window
    ReadChannel m_figureReads;                   // the chart's figures
    ReadChannel m_clickReads;                    // the records behind a clicked bar
    ReadChannel m_reportReads;                   // the report's data
};

} // namespace Hyoka
