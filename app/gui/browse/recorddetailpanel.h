#pragma once

#include "projectlinks.h"
#include "record.h"
#include "sourceexcerpt.h"

#include <QStringList>
#include <QWidget>

class QTabBar;

#include <memory>
#include <optional>

namespace Ui {
class RecordDetailPanel;
}

namespace Hyoka {

class IndicatorTableModel;
class PdfSourceView;
class ProjectYearsView;
class TextSourceView;

// Everything about one record at a glance: name, code, bureau, year, category,
// level and its label, reference page, money and execution rate; the summary, the
// achievements as a bulleted list and the indicators as a table with attainment bars;
// the project's other fiscal years (a Years tab, when it has any); for a record read
// from a PDF, its page with the row outlined (a Source tab); for a record read from a
// Markdown, CSV or XLSX file, the lines around its line (the same Source tab).
class RecordDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailPanel(QWidget *parent = nullptr);
    ~RecordDetailPanel() override;

    // Shows `record`, or the "select a project" page when there is none; `years`: its
    // project's years (RecordDetail::years), a Years tab when there is more than one;
    // `import`: its import (RecordDetail::import) and `databaseDir` the directory a
    // relative source path is looked for first, for the Source tab of a non-PDF record.
    void showRecord(const std::optional<Record> &record,
                    const QList<ProjectLinks::Year> &years = {},
                    const SourceImport &import = {}, const QString &databaseDir = QString());
    const std::optional<Record> &record() const { return m_record; }

    IndicatorTableModel *indicatorModel() const { return m_indicatorModel; }
    // The page of a record read from a PDF, with its row outlined: the Source tab,
    // there only for such a record.
    PdfSourceView *sourceView() const;
    // The lines of a record read from a Markdown or CSV file (its sheet and row for
    // XLSX), the record's line highlighted: the Source tab for such a record.
    TextSourceView *textSourceView() const { return m_textSource; }
    // Brings the Source tab to the front; false when the record has none.
    bool showSourcePage();
    bool isSourceShown() const;
    // The project's years: the Years tab, there only when the project has several.
    ProjectYearsView *yearsView() const;
    // Brings the Years tab to the front; false when the project has one year only.
    bool showYears();
    bool isYearsShown() const;
    // The tab texts as shown, visible tabs only (empty when the tab bar is hidden).
    QStringList tabTexts() const;
    // The bullet items of the achievements list as shown.
    QStringList achievementItems() const;
    // Puts the keyboard focus into the panel (Enter on the grid).
    void focusDetails();
    // The split between summary, achievements and indicators, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    // A year other than the one shown was chosen in the Years tab.
    void yearRecordActivated(qint64 recordId);
    // The Years tab's decision about a rename matched by name (ProjectYearsView).
    void renameDecided(int fiscalYear, const QString &key, bool sameProject);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    // Facts two to a row, or one to a row on a narrow panel.
    void relayoutFacts();
    void fillAchievements();
    void fillTabs();
    void tabChanged();
    void retranslateTabs();

    std::unique_ptr<Ui::RecordDetailPanel> m_ui;
    IndicatorTableModel *m_indicatorModel;
    QTabBar *m_tabs; // Details | Years (N) | Source (page N); hidden when only Details
    TextSourceView *m_textSource;
    SourceImport m_import;
    QString m_databaseDir;
    std::optional<Record> m_record;
    QList<ProjectLinks::Year> m_years;
    int m_factsPerRow = 0; // as the form has them
    int m_preferredTab = 0; // the tab last chosen: kept for the next record that has it
    bool m_updatingTabs = false;
};

} // namespace Hyoka
