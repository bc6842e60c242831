#pragma once

#include "record.h"

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

// Everything about one record at a glance: name, code, bureau, year, category,
// level and its label, reference page, money and execution rate; the summary, the
// achievements as a bulleted list and the indicators as a table with attainment bars;
// for a record read from a PDF, its page with the row outlined.
class RecordDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailPanel(QWidget *parent = nullptr);
    ~RecordDetailPanel() override;

    // Shows `record`, or the "select a project" page when there is none.
    void showRecord(const std::optional<Record> &record);
    const std::optional<Record> &record() const { return m_record; }

    IndicatorTableModel *indicatorModel() const { return m_indicatorModel; }
    // The page of a record read from a PDF, with its row outlined: the Source tab,
    // there only for such a record.
    PdfSourceView *sourceView() const;
    // Brings the Source tab to the front; false when the record has none.
    bool showSourcePage();
    bool isSourceShown() const;
    // The bullet items of the achievements list as shown.
    QStringList achievementItems() const;
    // Puts the keyboard focus into the panel (Enter on the grid).
    void focusDetails();
    // The split between summary, achievements and indicators, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

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
    void fillSource();
    void tabChanged();
    void retranslateTabs();

    std::unique_ptr<Ui::RecordDetailPanel> m_ui;
    IndicatorTableModel *m_indicatorModel;
    QTabBar *m_tabs; // Details | Source (page N), shown for a record read from a PDF
    std::optional<Record> m_record;
    int m_factsPerRow = 0; // as the form has them
    bool m_sourcePreferred = false; // the Source tab was chosen: kept for the next PDF record
    bool m_updatingTabs = false;
};

} // namespace Hyoka
