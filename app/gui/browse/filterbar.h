#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QLineEdit;

namespace Ui {
class FilterBar;
}

namespace Hyoka {

class FacetButton;
class RecordBrowser;

// The row above the grid: the search box (applied as the user types, after a short
// pause), one FacetButton per facet, the underperforming toggle and "clear filters".
// On a narrow window the row wraps (FlowLayout) rather than cutting the buttons' texts.
// Down or Return in the search box hands on to the results (resultsRequested()).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // Binds the search box and the facet buttons to `browser` (not owned).
    void setBrowser(RecordBrowser *browser);
    // The window's actions, shown as buttons here.
    void setActions(QAction *underperformingOnly, QAction *clearFilters);

    QLineEdit *searchEdit() const;
    QList<FacetButton *> facetButtons() const;
    // Selects the search text and gives it the focus (Ctrl+F).
    void focusSearch();
    // Gives the focus to the first facet button (the window's "focus the filters" key).
    void focusFilters();

signals:
    // Down or Return in the search box: the user wants to go to the results.
    void resultsRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void syncFromBrowser();

    std::unique_ptr<Ui::FilterBar> m_ui;
    RecordBrowser *m_browser = nullptr;
    QTimer m_searchTimer;
};

} // namespace Hyoka
