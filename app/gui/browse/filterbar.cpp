#include "filterbar.h"

#include "facetbutton.h"
#include "facetmodel.h"
#include "flowlayout.h"
#include "recordbrowser.h"
#include "ui_filterbar.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace Hyoka {

namespace {
// Long enough to skip the keystrokes of a word, short enough to feel immediate.
constexpr int searchDelayMs = 200;
} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    // The form's row becomes a row that wraps: its widgets move over, the spacer goes.
    QLayout *row = layout();
    QList<QWidget *> widgets;
    for (int i = 0; i < row->count(); ++i) {
        if (QWidget *w = row->itemAt(i)->widget())
            widgets << w;
    }
    delete row;
    auto *flow = new FlowLayout(this, 4);
    for (QWidget *w : std::as_const(widgets))
        flow->addWidget(w);
    m_ui->searchEdit->installEventFilter(this);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &FilterBar::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, &m_searchTimer,
            qOverload<>(&QTimer::start));
    // The clear button of the line edit and Return apply at once.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applySearch();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        emit resultsRequested();
    });
}

FilterBar::~FilterBar() = default;

void FilterBar::setBrowser(RecordBrowser *browser)
{
    if (m_browser)
        disconnect(m_browser, nullptr, this, nullptr);
    m_browser = browser;
    if (!m_browser)
        return;
    m_ui->yearButton->setModel(browser->facetModel(RecordQuery::Facet::FiscalYear));
    m_ui->bureauButton->setModel(browser->facetModel(RecordQuery::Facet::Bureau));
    m_ui->categoryButton->setModel(browser->facetModel(RecordQuery::Facet::Category));
    // Every scale's steps, grouped by scale (levels, letters, direction words …).
    m_ui->levelButton->setModel(browser->facetModel(RecordQuery::Facet::Rating));
    m_ui->flagButton->setModel(browser->facetModel(RecordQuery::Facet::FlagStatus));
    m_ui->suggestedButton->setModel(browser->facetModel(RecordQuery::Facet::Suggested));
    // New / gone only where there are several years to compare: a database of one
    // year (every record "continued") does without the button.
    FacetModel *yearChanges = browser->facetModel(RecordQuery::Facet::YearChange);
    m_ui->yearChangeButton->setModel(yearChanges);
    auto showYearChanges = [this, yearChanges] {
        const QList<RecordQuery::FacetValue> values = yearChanges->values();
        const bool useful = yearChanges->hasSelection()
                || std::any_of(values.cbegin(), values.cend(), [](const RecordQuery::FacetValue &v) {
                       return v.value.toString() != RecordFilter::yearChangeOther();
                   });
        m_ui->yearChangeButton->setVisible(useful);
    };
    connect(yearChanges, &FacetModel::modelReset, this, showYearChanges);
    connect(yearChanges, &FacetModel::selectionChanged, this, showYearChanges);
    showYearChanges();
    connect(m_browser, &RecordBrowser::filterChanged, this, &FilterBar::syncFromBrowser);
    syncFromBrowser();
}

void FilterBar::setActions(QAction *underperformingOnly, QAction *clearFilters)
{
    m_ui->underperformingButton->setDefaultAction(underperformingOnly);
    m_ui->clearButton->setDefaultAction(clearFilters);
}

QLineEdit *FilterBar::searchEdit() const
{
    return m_ui->searchEdit;
}

QList<FacetButton *> FilterBar::facetButtons() const
{
    return { m_ui->yearButton, m_ui->bureauButton, m_ui->categoryButton, m_ui->levelButton,
             m_ui->flagButton, m_ui->suggestedButton, m_ui->yearChangeButton };
}

void FilterBar::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void FilterBar::focusFilters()
{
    m_ui->yearButton->setFocus(Qt::ShortcutFocusReason);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        applySearch();
        emit resultsRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::applySearch()
{
    m_searchTimer.stop();
    if (m_browser)
        m_browser->setSearchText(m_ui->searchEdit->text());
}

void FilterBar::syncFromBrowser()
{
    // "Clear filters" (or a test) changed the search behind the box's back.
    if (!m_searchTimer.isActive() && m_ui->searchEdit->text() != m_browser->searchText())
        m_ui->searchEdit->setText(m_browser->searchText());
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace Hyoka
