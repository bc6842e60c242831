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

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySearch();
    void syncFromBrowser();

    std::unique_ptr<Ui::FilterBar> m_ui;
    RecordBrowser *m_browser = nullptr;
    QTimer m_searchTimer;
};

} // namespace Hyoka
