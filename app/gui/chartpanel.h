#pragma once

#include "chartdata.h"
#include "recordfilter.h"
#include "reportoptions.h"

#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class ChartPanel;
}

namespace Hyoka {

class HyokaChart;
class ReviewDatabase;

// The charts pane of the review window: one of the four charts (HyokaChart) over the
// records the grid's filter leaves, a chart selector, the bureau of the per-project
// chart, the log-scale toggle, printing and export of the chart (PDF, PNG, SVG) and
// of the summary report (ReportWriter). Follows the filter it is given; clicking a
// bar or point emits the ids of the records behind it.
//
// When the filter or the database changes, the figures are read on a worker thread
// with a connection of its own (a search over a million records must not stop the
// window); a newer change stops the query still running for the one before. So are
// the user's choices of chart and bureau. An explicit refresh(), setCurrentChart() and
// setCurrentBureau() read them at once (before printing, and in tests).
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { BureauTotals, BureauProjects, LevelMix, ExecutionScatter };
    Q_ENUM(Chart)

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // The database to read (not owned; nullptr shows an empty chart).
    void setDatabase(ReviewDatabase *db);
    RecordFilter filter() const { return m_filter; }

    Chart currentChart() const;
    void setCurrentChart(Chart chart);
    // The bureau of the per-project chart.
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
    // Re-reads the figures now, on this thread (before printing, and in tests).
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
    };
    Request currentRequest() const;
    static Answer compute(const ReviewDatabase &db, const Request &request);
    void apply(const Request &request, const Answer &answer);
    void refreshInBackground();
    void scheduleRefresh();
    void updateControls();
    void bureauActivated(const QString &bureau, int level);
    void paintChart(QPrinter *printer) const;
    void paintReport(QPrinter *printer);
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
    // The newest reading asked for; shared with the background readings, which stop
    // (and are not shown) once it has moved on.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace Hyoka
