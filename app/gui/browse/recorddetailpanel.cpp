#include "recorddetailpanel.h"

#include "indicatortablemodel.h"
#include "pdfsourcepage.h"
#include "pdfpagescroll.h"
#include "pdfsourceview.h"
#include "projectyearsview.h"
#include "recordformat.h"
#include "roledelegates.h"
#include "textsourceview.h"
#include "ui_recorddetailpanel.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace Hyoka {

namespace {

enum Page { EmptyPage, DetailPage };

// The level label on a translucent level colour, like the grid's cell.
QString levelStyleSheet(int level)
{
    const QColor c = RecordFormat::levelBackground(level);
    if (!c.isValid())
        return QString();
    return QStringLiteral("QLabel { background-color: rgba(%1, %2, %3, %4); "
                          "border-radius: 3px; padding: 1px 6px; }")
            .arg(c.red())
            .arg(c.green())
            .arg(c.blue())
            .arg(c.alpha());
}

} // namespace

RecordDetailPanel::RecordDetailPanel(QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::RecordDetailPanel>()),
      m_indicatorModel(new IndicatorTableModel(this))
{
    m_ui->setupUi(this);
    // A record of a Markdown, CSV or XLSX file: its lines in the same Source tab.
    m_textSource = new TextSourceView(m_ui->sourceTab);
    m_textSource->setObjectName(QStringLiteral("textSourceView"));
    m_ui->sourceTabLayout->addWidget(m_textSource, 1);
    m_textSource->hide();

    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_ui->nameLabel->setFont(nameFont);

    QTableView *view = m_ui->indicatorsView;
    view->setModel(m_indicatorModel);
    view->setItemDelegateForColumn(IndicatorTableModel::AttainmentColumn,
                                   new AttainmentDelegate(IndicatorTableModel::RatioRole, view));
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IndicatorTableModel::LabelColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(true); // long indicator labels wrap instead of being cut
    view->setTextElideMode(Qt::ElideNone);

    // Summary and achievements read like paper: the window's background, no frame.
    for (QTextBrowser *browser : { m_ui->summaryView, m_ui->achievementsView }) {
        browser->viewport()->setAutoFillBackground(false);
        browser->setOpenLinks(false);
    }
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->splitter->setSizes({ 90, 280, 200 });
    // The source page: a tab only for a record read from a PDF (docs/pdf.md, "In the
    // window"); without it the tab bar hides and the panel is as it always was. A tab
    // bar over two widgets rather than a QTabWidget: a hidden page must not count for
    // the panel's height (the dock's scroll area sizes the panel to it).
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    m_tabs->hide();
    m_ui->detailLayout->insertWidget(m_ui->detailLayout->indexOf(m_ui->factsTab), m_tabs);
    m_ui->detailLayout->setStretchFactor(m_ui->factsTab, 1);
    m_ui->detailLayout->setStretchFactor(m_ui->yearsTab, 1);
    m_ui->detailLayout->setStretchFactor(m_ui->sourceTab, 1);
    connect(m_ui->yearsTab, &ProjectYearsView::recordActivated, this,
            &RecordDetailPanel::yearRecordActivated);
    connect(m_ui->yearsTab, &ProjectYearsView::renameDecided, this, &RecordDetailPanel::renameDecided);
    connect(m_tabs, &QTabBar::currentChanged, this, &RecordDetailPanel::tabChanged);
    retranslateTabs();
    tabChanged();

    // Short facts never wrap inside a word (「こども未来／局」, 「548,333 千／円」): on a
    // narrow panel the facts go one per row instead (relayoutFacts()).
    for (QLabel *value : { m_ui->codeValue, m_ui->yearValue, m_ui->bureauValue, m_ui->levelValue,
                           m_ui->refPageValue, m_ui->budgetValue, m_ui->settlementValue,
                           m_ui->executionRateValue })
        value->setWordWrap(false);
    // Enter from the grid lands here: the focus shows, PageUp/PageDown scroll.
    for (QTextBrowser *browser : { m_ui->summaryView, m_ui->achievementsView }) {
        browser->setStyleSheet(QStringLiteral(
                "QTextBrowser:focus { border: 2px solid palette(highlight); border-radius: 2px; }"));
        browser->installEventFilter(this);
    }

    m_ui->stack->setCurrentIndex(EmptyPage);
}

RecordDetailPanel::~RecordDetailPanel() = default;

void RecordDetailPanel::relayoutFacts()
{
    const QList<QPair<QLabel *, QLabel *>> facts = {
        { m_ui->codeTitle, m_ui->codeValue },           { m_ui->yearTitle, m_ui->yearValue },
        { m_ui->bureauTitle, m_ui->bureauValue },       { m_ui->categoryTitle, m_ui->categoryValue },
        { m_ui->levelTitle, m_ui->levelValue },         { m_ui->refPageTitle, m_ui->refPageValue },
        { m_ui->budgetTitle, m_ui->budgetValue },       { m_ui->settlementTitle, m_ui->settlementValue },
        { m_ui->executionRateTitle, m_ui->executionRateValue },
    };
    // Two facts a row while the widest title and the widest value fit twice, else one.
    int titleWidth = 0;
    int valueWidth = 0;
    for (const auto &f : facts) {
        titleWidth = std::max(titleWidth, f.first->sizeHint().width());
        valueWidth = std::max(valueWidth, f.second->sizeHint().width());
    }
    const int pairWidth = titleWidth + valueWidth + 2 * m_ui->factsLayout->horizontalSpacing();
    // In the dock's scroll area the panel is never narrower than its minimum: the
    // room is the scroll area's.
    int room = width();
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            room = std::min(room, area->viewport()->width());
            break;
        }
    }
    const int perRow = room >= 2 * pairWidth + 12 ? 2 : 1;
    if (perRow == m_factsPerRow)
        return;
    m_factsPerRow = perRow;
    QGridLayout *grid = m_ui->factsLayout;
    for (const auto &f : facts) {
        grid->removeWidget(f.first);
        grid->removeWidget(f.second);
    }
    for (int i = 0; i < facts.size(); ++i) {
        const int row = i / perRow;
        const int column = (i % perRow) * 2;
        grid->addWidget(facts.at(i).first, row, column);
        grid->addWidget(facts.at(i).second, row, column + 1);
    }
    // The last column takes what is left (the level's label keeps its own width).
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, c == 3 || (c == 1 && perRow == 2) ? 1 : 0);
    for (const auto &f : facts) // titles as wide as they need, the values get the rest
        f.first->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    grid->invalidate();
}

void RecordDetailPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayoutFacts();
}

bool RecordDetailPanel::event(QEvent *event)
{
    // In a scroll area the viewport's width decides: watch it too.
    if (event->type() == QEvent::ParentChange || event->type() == QEvent::Show) {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->viewport()->installEventFilter(this);
                break;
            }
        }
    }
    return QWidget::event(event);
}

bool RecordDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched != this && !qobject_cast<QTextBrowser *>(watched))
        relayoutFacts();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    auto *browser = qobject_cast<QTextBrowser *>(watched);
    if (!browser || (key != Qt::Key_PageDown && key != Qt::Key_PageUp))
        return QWidget::eventFilter(watched, event);
    // The text's own scroll bar first; at its end, the dock's scroll area.
    QScrollBar *own = browser->verticalScrollBar();
    const bool down = key == Qt::Key_PageDown;
    if (own->maximum() > 0 && (down ? own->value() < own->maximum() : own->value() > own->minimum()))
        return QWidget::eventFilter(watched, event);
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->verticalScrollBar()->triggerAction(down ? QAbstractSlider::SliderPageStepAdd
                                                          : QAbstractSlider::SliderPageStepSub);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordDetailPanel::showRecord(const std::optional<Record> &record,
                                   const QList<ProjectLinks::Year> &years,
                                   const SourceImport &import, const QString &databaseDir)
{
    m_record = record;
    m_import = record ? import : SourceImport();
    m_databaseDir = databaseDir;
    m_years = record ? years : QList<ProjectLinks::Year>();
    fill();
}

void RecordDetailPanel::fill()
{
    fillTabs();
    if (!m_record) {
        m_ui->stack->setCurrentIndex(EmptyPage);
        m_indicatorModel->setIndicators({});
        return;
    }
    const Record &r = *m_record;
    m_ui->nameLabel->setText(r.name);
    m_ui->codeValue->setText(r.code);
    m_ui->yearValue->setText(RecordFormat::fiscalYear(r.fiscalYear));
    m_ui->bureauValue->setText(r.bureau);
    m_ui->categoryValue->setText(r.category);
    m_ui->levelValue->setText(r.level ? RecordFormat::levelText(*r.level) : RecordFormat::missing());
    m_ui->levelValue->setStyleSheet(r.level ? levelStyleSheet(*r.level) : QString());
    m_ui->refPageValue->setText(RecordFormat::refPage(r.refPage));
    m_ui->budgetValue->setText(r.budget ? tr("%1 thousand yen").arg(RecordFormat::money(*r.budget))
                                        : RecordFormat::missing());
    if (!r.settlement)
        m_ui->settlementValue->setText(RecordFormat::missing());
    else if (r.settlementEstimated)
        m_ui->settlementValue->setText(
                tr("%1 thousand yen (estimated)").arg(RecordFormat::money(*r.settlement)));
    else
        m_ui->settlementValue->setText(tr("%1 thousand yen").arg(RecordFormat::money(*r.settlement)));
    const std::optional<double> rate = r.executionRate();
    m_ui->executionRateValue->setText(RecordFormat::percent(rate));
    m_ui->executionRateValue->setToolTip(rate && RecordFormat::isUnusualExecutionRate(*rate)
                                                 ? tr("Outside 80–120% of the budget")
                                                 : QString());

    m_ui->summaryView->setPlainText(r.summary);
    fillAchievements();
    m_indicatorModel->setIndicators(r.indicators);
    m_ui->indicatorsBox->setTitle(r.indicators.isEmpty()
                                          ? tr("Indicators (none found)")
                                          : tr("Indicators (%n)", "", int(r.indicators.size())));
    m_ui->achievementsBox->setTitle(tr("Achievements (%n)", "", int(r.achievements.size())));
    m_ui->stack->setCurrentIndex(DetailPage);
    relayoutFacts(); // longer facts may need a row each
}

enum Tab { DetailsTab, YearsTab, SourceTab };

namespace {

// A Source tab: the PDF page, or the lines of a Markdown/CSV file (sheet and row of XLSX).
bool hasSourceTab(const std::optional<Record> &record)
{
    return record && (PdfSourcePage::isPdfRecord(*record) || SourceExcerpt::hasSource(*record));
}

} // namespace

void RecordDetailPanel::fillTabs()
{
    const bool pdf = hasSourceTab(m_record);
    const bool years = m_record && m_years.size() > 1;
    const int preferred = m_preferredTab;
    m_updatingTabs = true;
    m_tabs->setTabVisible(YearsTab, years);
    m_tabs->setTabVisible(SourceTab, pdf);
    m_tabs->setVisible(pdf || years);
    const bool available = (preferred == YearsTab && years) || (preferred == SourceTab && pdf);
    m_tabs->setCurrentIndex(available ? preferred : DetailsTab);
    qint64 currentId = 0;
    if (years) {
        const QString key = m_record->identityKey();
        for (const ProjectLinks::Year &y : std::as_const(m_years)) {
            if (y.fiscalYear == m_record->fiscalYear && y.key == key)
                currentId = y.recordId;
        }
    }
    m_ui->yearsTab->setYears(years ? m_years : QList<ProjectLinks::Year>(), currentId);
    retranslateTabs();
    tabChanged();
    m_updatingTabs = false;
    m_preferredTab = preferred; // kept for the next record that has that tab
}

void RecordDetailPanel::retranslateTabs()
{
    m_tabs->setTabText(DetailsTab, tr("Details"));
    m_tabs->setTabText(YearsTab, tr("Years (%1)").arg(m_years.size()));
    m_tabs->setTabToolTip(YearsTab, tr("The same project in every fiscal year in the database"));
    const bool pdf = m_record && PdfSourcePage::isPdfRecord(*m_record);
    const bool text = m_record && SourceExcerpt::isTextRecord(*m_record);
    const bool sheet = m_record && !text && SourceExcerpt::isSheetRecord(*m_record);
    if (pdf) {
        m_tabs->setTabText(SourceTab, tr("Source (page %1)").arg(m_record->sourcePage));
        m_tabs->setTabToolTip(SourceTab, tr("Page %1 of %2, the project's row outlined")
                                                 .arg(m_record->sourcePage)
                                                 .arg(QFileInfo(m_record->sourceFile).fileName()));
    } else if (text) {
        m_tabs->setTabText(SourceTab, tr("Source (line %1)").arg(m_record->sourceLine));
        m_tabs->setTabToolTip(SourceTab, tr("Line %1 of %2 and the lines around it, the project's line "
                                            "highlighted")
                                                 .arg(m_record->sourceLine)
                                                 .arg(QFileInfo(m_record->sourceFile).fileName()));
    } else if (sheet) {
        m_tabs->setTabText(SourceTab, tr("Source (row %1)").arg(m_record->sourceLine));
        m_tabs->setTabToolTip(SourceTab, tr("Sheet %1, row %2 of %3")
                                                 .arg(m_record->sourceSheet)
                                                 .arg(m_record->sourceLine)
                                                 .arg(QFileInfo(m_record->sourceFile).fileName()));
    } else {
        m_tabs->setTabText(SourceTab, tr("Source"));
        m_tabs->setTabToolTip(SourceTab, QString());
    }
}

void RecordDetailPanel::tabChanged()
{
    const int tab = m_tabs->isHidden() ? int(DetailsTab) : m_tabs->currentIndex();
    if (!m_updatingTabs)
        m_preferredTab = tab;
    const bool source = tab == SourceTab;
    m_ui->factsTab->setVisible(tab == DetailsTab);
    m_ui->yearsTab->setVisible(tab == YearsTab);
    m_ui->sourceTab->setVisible(source);
    // The page is rendered (the lines read) only while its tab is on view.
    const bool pdf = m_record && PdfSourcePage::isPdfRecord(*m_record);
    m_ui->sourceView->setVisible(pdf || !source);
    m_textSource->setVisible(source && !pdf);
    m_ui->sourceView->showRecord(source && pdf ? m_record : std::nullopt);
    m_textSource->showRecord(source && !pdf ? m_record : std::nullopt, m_import, m_databaseDir);
}

bool RecordDetailPanel::showSourcePage()
{
    if (!hasSourceTab(m_record))
        return false;
    m_tabs->setCurrentIndex(SourceTab);
    return true;
}

bool RecordDetailPanel::showYears()
{
    if (!m_record || m_years.size() < 2)
        return false;
    m_tabs->setCurrentIndex(YearsTab);
    return true;
}

bool RecordDetailPanel::isYearsShown() const
{
    return !m_ui->yearsTab->isHidden();
}

ProjectYearsView *RecordDetailPanel::yearsView() const
{
    return m_ui->yearsTab;
}

QStringList RecordDetailPanel::tabTexts() const
{
    QStringList texts;
    if (m_tabs->isHidden())
        return texts;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->isTabVisible(i))
            texts << m_tabs->tabText(i);
    }
    return texts;
}

bool RecordDetailPanel::isSourceShown() const
{
    return !m_ui->sourceTab->isHidden();
}

PdfSourceView *RecordDetailPanel::sourceView() const
{
    return m_ui->sourceView;
}

void RecordDetailPanel::fillAchievements()
{
    QTextDocument *doc = m_ui->achievementsView->document();
    doc->clear();
    if (m_record->achievements.isEmpty())
        return;
    QTextCursor cursor(doc);
    QTextBlockFormat itemFormat;
    itemFormat.setBottomMargin(4);
    cursor.setBlockFormat(itemFormat);
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    for (qsizetype i = 0; i < m_record->achievements.size(); ++i) {
        if (i == 0) {
            cursor.insertText(m_record->achievements.at(i));
            cursor.createList(listFormat);
        } else {
            cursor.insertBlock(); // same block format: the next item of the list
            cursor.insertText(m_record->achievements.at(i));
        }
    }
    m_ui->achievementsView->moveCursor(QTextCursor::Start);
}

QStringList RecordDetailPanel::achievementItems() const
{
    QStringList items;
    const QTextDocument *doc = m_ui->achievementsView->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.textList())
            items.append(block.text());
    }
    return items;
}

void RecordDetailPanel::focusDetails()
{
    if (m_ui->stack->currentIndex() != DetailPage)
        return;
    if (isSourceShown() && !m_textSource->isHidden())
        m_textSource->textView()->setFocus(Qt::ShortcutFocusReason);
    else if (isSourceShown())
        m_ui->sourceView->pageView()->setFocus(Qt::ShortcutFocusReason);
    else if (isYearsShown())
        m_ui->yearsTab->tableView()->setFocus(Qt::ShortcutFocusReason);
    else
        m_ui->achievementsView->setFocus(Qt::ShortcutFocusReason);
}

QByteArray RecordDetailPanel::saveState() const
{
    return m_ui->splitter->saveState();
}

bool RecordDetailPanel::restoreState(const QByteArray &state)
{
    return m_ui->splitter->restoreState(state);
}

void RecordDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateTabs();
        m_indicatorModel->retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace Hyoka
