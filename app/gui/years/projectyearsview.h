#pragma once

#include "projectlinks.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPainter;
class QPushButton;
class QTableView;

namespace Hyoka {

class ProjectYearsModel;

// The detail panel's Years tab (docs/years.md, "In the window"): the project's fiscal
// years as a table — rating, budget, settlement, execution rate, the budget's change
// from the year before, how each year was linked — and the budget and settlement of
// every year as bars. Double-click or Enter on a year asks for that year's record.
class ProjectYearsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectYearsView(QWidget *parent = nullptr);

    void setYears(const QList<ProjectLinks::Year> &years, qint64 currentRecordId);
    ProjectYearsModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QPushButton *printButton() const { return m_printButton; }
    // Paints the summary, the table's figures and the chart into `target` (a printed
    // page, an image); printPreview() shows it on paper.
    void render(QPainter *painter, const QRectF &target) const;
    void printPreview();
    // The line above the table ("3 fiscal years: FY2021–FY2023 …").
    QString summaryText() const;
    // The fiscal-year labels of the chart's bars, left to right.
    QStringList chartYears() const;

    // The bar under the table for a year linked by name: what was matched, and buttons
    // to confirm or undo it.
    QWidget *renameBar() const { return m_renameBar; }
    QPushButton *sameProjectButton() const { return m_sameButton; }
    QPushButton *otherProjectButton() const { return m_otherButton; }

signals:
    void recordActivated(qint64 recordId);
    // The reviewer decided about the rename of the record (fiscalYear, identity key).
    void renameDecided(int fiscalYear, const QString &key, bool sameProject);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int maxVisibleYears = 6;
    void rebuild();
    void updateRenameBar();
    void activate(const QModelIndex &index);

    ProjectYearsModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QChartView *m_chartView;
    QPushButton *m_printButton;
    QWidget *m_renameBar;
    QLabel *m_renameLabel;
    QPushButton *m_sameButton;
    QPushButton *m_otherButton;
};

} // namespace Hyoka
