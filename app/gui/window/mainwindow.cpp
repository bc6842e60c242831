#include "mainwindow.h"

#include "backupoffer.h"
#include "backuptimer.h"
#include "chartdata.h"
#include "chartpanel.h"
#include "connectionbanner.h"
#include "recorddetail.h"
#include "filterbar.h"
#include "focusactions.h"
#include "guiapplication.h"
#include "importcontroller.h"
#include "importjob.h"
#include "importnotice.h"
#include "languagemanager.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recentfiles.h"
#include "recordformat.h"
#include "recordgrid.h"
#include "recordtablemodel.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "reviewpanel.h"
#include "settingskeys.h"
#include "windowplacement.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTimer>

namespace Hyoka {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(LanguageManager *language, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_language(language),
      m_browser(new RecordBrowser(this)),
      m_statusLabel(new QLabel(this)),
      m_languageGroup(new QActionGroup(this)),
      m_imports(new ImportController(this)),
      m_recent(nullptr),
      m_review(nullptr)
{
    // Searches, sorts and counts run on a thread of their own (the browser's worker).
    m_ui->setupUi(this);
    m_review = new ReviewController(m_browser, m_ui->reviewPanel, this);
    m_review->setSelectionProvider([this] {
        QModelIndexList rows = m_ui->recordView->selectionModel()->selectedRows();
        const QModelIndex current = m_ui->recordView->currentIndex();
        if (rows.isEmpty() && current.isValid())
            rows << current.siblingAtColumn(0);
        return rows;
    });
    m_ui->infoBar->hide();
    setupConnectionBanner();
    // The detail dock takes the right edge down to the status bar; the charts sit
    // under the grid.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_recent = new RecentFiles(m_ui->menuRecent, m_ui->actionClearRecent, this);
    setWindowIcon(applicationIcon());
    m_statusLabel->setAccessibleName(tr("Record counts and totals"));
    statusBar()->addPermanentWidget(m_statusLabel);

    // One read service for the whole window: the charts read through the grid's.
    m_ui->chartPanel->setReadService(m_browser->readService());
    m_ui->filterBar->setBrowser(m_browser);
    m_ui->filterBar->setActions(m_ui->actionUnderperforming, m_ui->actionClearFilters);
    setupActions();
    setupGrid();

    connect(m_browser, &RecordBrowser::totalsChanged, this, &MainWindow::updateStatus);
    connect(m_browser, &RecordBrowser::busyChanged, this, &MainWindow::updateStatus);
    connect(m_browser, &RecordBrowser::filterChanged, this, &MainWindow::restoreCurrentRecord);
    // Once the window has its size (the first data may come before it is laid out).
    connect(m_browser, &RecordBrowser::filterChanged, this,
            [this] { QTimer::singleShot(0, m_grid, &RecordGrid::fitColumnsOnce); });
    connect(m_browser, &RecordBrowser::filterChanged, this, [this] {
        m_ui->actionUnderperforming->setChecked(m_browser->underperformingOnly());
    });
    // Show Its Records (File → Import History) is no facet: the notice names it.
    connect(m_browser, &RecordBrowser::filterChanged, this, [this] {
        const bool shown = !m_browser->filter().importIds.isEmpty();
        if (shown || m_importFilterShown) {
            m_importFilterShown = shown;
            updateInfoBar();
        }
    });
    connect(m_browser, &RecordBrowser::queryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The database could not answer: %1").arg(message), 10000);
    });
    // The charts follow what the grid shows.
    connect(m_browser, &RecordBrowser::filterChanged, this,
            [this] { m_ui->chartPanel->setFilter(m_browser->filter()); });
    connect(m_ui->chartPanel, &ChartPanel::recordsActivated, this, &MainWindow::selectRecords);
    setupDetail();
    connect(m_ui->chartPanel, &ChartPanel::queryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The database could not answer: %1").arg(message), 10000);
    });

    connect(m_review, &ReviewController::message, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_review, &ReviewController::readOnlyChanged, this, &MainWindow::updateInfoBar);
    connect(m_review, &ReviewController::permissionsChanged, this, &MainWindow::updateInfoBar);
    connect(m_review, &ReviewController::flagsChanged, m_ui->chartPanel, &ChartPanel::flagsChanged);
    // A detail on its way may have been read before this change: read it again.
    connect(m_review, &ReviewController::flagsChanged, this, [this] {
        if (m_detailPending)
            readCurrentRecord(false);
    });
    connect(m_review, &ReviewController::databaseChangedElsewhere, this,
            &MainWindow::reloadKeepingSelection);
    connect(m_review, &ReviewController::currentRecordStale, this, &MainWindow::readCurrentReview);

    connect(m_recent, &RecentFiles::fileTriggered, this, &MainWindow::openRecentFile);
    m_planner = new ImportPlanner(this);
    m_opener = new DatabaseOpener(this);
    connect(m_opener, &DatabaseOpener::finished, this, &MainWindow::openingFinished);
    connect(m_imports, &ImportController::jobStarted, this, &MainWindow::importStarted);
    connect(m_imports, &ImportController::jobFinished, this, &MainWindow::importFinished);
    connect(m_imports, &ImportController::busyChanged, this, &MainWindow::updateActions);
    connect(m_imports, &ImportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // A quiet import's warnings (the sample on first start): a notice left of the counts.
    auto *importNotice = new ImportNotice(this);
    statusBar()->insertPermanentWidget(0, importNotice);
    connect(m_imports, &ImportController::warningsNoticed, importNotice, &ImportNotice::setWarnings);
    connect(m_imports, &ImportController::historyRequested, this, &MainWindow::showImportHistory);
    connect(new BackupTimer([this] { return m_db.get(); }, this), &BackupTimer::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    restoreSettings();
    retranslate();
    updateActions();
}

MainWindow::~MainWindow()
{
    // A running import is cancelled and waited for; the models stop reading first.
    m_review->setDatabase(nullptr);
    m_ui->chartPanel->setDatabase(nullptr);
    delete m_imports;
    m_imports = nullptr; // setDatabase() below still signals updateActions() (ASan found it)
    m_browser->setDatabase(nullptr);
}

void MainWindow::setupActions()
{
    Ui::MainWindow &ui = *m_ui;
    ui.actionImport->setIcon(icon("import"));
    ui.actionOpenDatabase->setIcon(icon("open"));
    ui.actionCopy->setIcon(icon("copy"));
    ui.actionUnderperforming->setIcon(icon("underperforming"));
    ui.actionClearFilters->setIcon(icon("clear-filters"));
    ui.actionFind->setIcon(icon("search"));
    ui.actionConnectShared->setIcon(icon("connect"));
    ui.actionPrintReport->setIcon(icon("print"));
    ui.actionChartPrint->setIcon(icon("print"));
    ui.menuChart->setIcon(icon("chart"));
    ui.actionQuit->setShortcut(QKeySequence::Quit);

    // The review workflow's actions (ReviewController): Edit, Review, File, the
    // toolbar and the grid's context menu.
    QAction *firstEdit = ui.menuEdit->actions().value(0);
    ui.menuEdit->insertAction(firstEdit, m_review->undoAction());
    ui.menuEdit->insertAction(firstEdit, m_review->redoAction());
    ui.menuEdit->insertSeparator(firstEdit);
    ui.menuReview->addAction(m_review->flagSuggestedAction());
    ui.menuReview->addAction(m_review->markReviewedAction());
    ui.menuReview->addAction(m_review->dismissAction());
    ui.menuReview->addAction(m_review->removeFlagAction());
    ui.menuReview->addSeparator();
    ui.menuReview->addAction(m_review->exportAction());
    ui.menuReview->addSeparator();
    ui.menuReview->addAction(m_review->settingsAction());
    ui.menuFile->insertAction(ui.actionReportPreview, m_review->exportAction());
    ui.menuFile->insertSeparator(ui.actionReportPreview);
    ui.mainToolBar->addSeparator();
    ui.mainToolBar->addAction(m_review->flagSuggestedAction());
    ui.mainToolBar->addAction(m_review->undoAction());
    ui.mainToolBar->addAction(m_review->redoAction());
    // Flag shortcuts work from the grid; in the note they would be typed into text.
    ui.recordView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ui.recordView, &QWidget::customContextMenuRequested, this, &MainWindow::showGridContextMenu);

    connect(ui.actionConnectShared, &QAction::triggered, this, &MainWindow::chooseSharedDatabase);
    connect(ui.actionReportPreview, &QAction::triggered, ui.chartPanel, &ChartPanel::reportPreview);
    connect(ui.actionPrintReport, &QAction::triggered, ui.chartPanel, &ChartPanel::printReport);
    connect(ui.actionExportReportPdf, &QAction::triggered, ui.chartPanel,
            &ChartPanel::exportReportPdfInteractively);
    connect(ui.actionChartPrintPreview, &QAction::triggered, this,
            [this] { showChartsAnd(&ChartPanel::printPreview); });
    connect(ui.actionChartPrint, &QAction::triggered, this, [this] { showChartsAnd(&ChartPanel::print); });
    connect(ui.actionChartExportPdf, &QAction::triggered, this,
            [this] { showChartsAnd(&ChartPanel::exportPdfInteractively); });
    connect(ui.actionChartExportPng, &QAction::triggered, this,
            [this] { showChartsAnd(&ChartPanel::exportPngInteractively); });
    connect(ui.actionChartExportSvg, &QAction::triggered, this,
            [this] { showChartsAnd(&ChartPanel::exportSvgInteractively); });
    connect(ui.actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    connect(ui.actionImport, &QAction::triggered, this, &MainWindow::chooseImportFiles);
    connect(ui.actionImportHistory, &QAction::triggered, this, &MainWindow::showImportHistory);
    connect(ui.actionProjectLinks, &QAction::triggered, this, &MainWindow::showProjectLinks);
    connect(ui.actionNewDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(ui.actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseOpenDatabase);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionCopy, &QAction::triggered, this, &MainWindow::copySelectedRows);
    connect(ui.actionSelectAll, &QAction::triggered, ui.recordView, &QTableView::selectAll);
    connect(ui.actionFind, &QAction::triggered, ui.filterBar, &FilterBar::focusSearch);
    connect(ui.actionUnderperforming, &QAction::toggled, m_browser,
            &RecordBrowser::setUnderperformingOnly);
    connect(ui.actionClearFilters, &QAction::triggered, m_browser, &RecordBrowser::clearFilters);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // Ctrl+C and Ctrl+A belong to the grid; the search box keeps its own.
    ui.recordView->addAction(ui.actionCopy);
    ui.recordView->addAction(ui.actionSelectAll);

    QAction *toggleDetails = ui.detailDock->toggleViewAction();
    toggleDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    ui.menuView->addAction(toggleDetails);
    QAction *toggleCharts = ui.chartDock->toggleViewAction();
    toggleCharts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    toggleCharts->setIcon(icon("chart"));
    ui.menuView->addAction(toggleCharts);
    ui.menuView->addAction(ui.mainToolBar->toggleViewAction());
    ui.menuView->addSeparator();
    m_focus = new FocusActions({ ui.recordView, ui.detailDock, ui.detailPanel, ui.chartDock,
                                 ui.chartPanel, ui.filterBar },
                               ui.menuView->addMenu(QString()), this);
    connect(ui.filterBar, &FilterBar::resultsRequested, this,
            [this] { FocusActions::focusGrid(m_ui->recordView); });

    for (QAction *a : { ui.actionLanguageSystem, ui.actionLanguageJapanese, ui.actionLanguageEnglish })
        m_languageGroup->addAction(a);
    ui.actionLanguageJapanese->setData(QStringLiteral("ja"));
    ui.actionLanguageEnglish->setData(QStringLiteral("en"));
    ui.actionLanguageSystem->setData(QString());
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { setLanguage(a->data().toString()); });
    ui.menuLanguage->menuAction()->setVisible(m_language != nullptr);
}

void MainWindow::setupGrid()
{
    QTableView *view = m_ui->recordView;
    m_grid = new RecordGrid(view, m_browser->tableModel(), m_ui->menuColumns, this);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentRecord);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(view, &QTableView::activated, this, &MainWindow::activateRecord);
}

// ---- grid, detail, copy ----------------------------------------------------

RecordDetailPanel *MainWindow::detailPanel() const
{
    return m_ui->detailPanel;
}

ReviewPanel *MainWindow::reviewPanel() const
{
    return m_ui->reviewPanel;
}

ChartPanel *MainWindow::chartPanel() const
{
    return m_ui->chartPanel;
}

QDockWidget *MainWindow::chartDock() const
{
    return m_ui->chartDock;
}

QTableView *MainWindow::recordView() const
{
    return m_ui->recordView;
}

FilterBar *MainWindow::filterBar() const
{
    return m_ui->filterBar;
}

QString MainWindow::selectedRowsAsTsv() const
{
    return m_grid->selectedRowsAsTsv();
}

void MainWindow::reloadKeepingSelection()
{
    const QList<qint64> selected = m_grid->selectedRecordIds();
    // restoreCurrentRecord() finds the current record again when the answer is in
    // and selects these with it.
    m_selectionToRestore = selected.size() > 1 ? selected : QList<qint64>();
    m_browser->refresh();
    m_ui->chartPanel->recordsChanged();
    // The record itself may have changed (a re-import): the detail reads it again;
    // the review keeps what the reviewer is typing.
    readCurrentRecord(true);
}

void MainWindow::showGridContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_review->flagSuggestedAction());
    menu.addAction(m_review->markReviewedAction());
    menu.addAction(m_review->dismissAction());
    menu.addAction(m_review->removeFlagAction());
    menu.addSeparator();
    menu.addAction(m_ui->actionCopy);
    menu.exec(m_ui->recordView->viewport()->mapToGlobal(pos));
}

void MainWindow::updateInfoBar()
{
    const bool readOnly = m_db && m_review->isReadOnly();
    // Else, on a shared database with per-bureau permissions, which bureaus are yours.
    QString text = readOnly ? tr("This review database is read-only for you: you can read "
                                 "every flag and note, but not change them. Ask the database "
                                 "owner for write access to review.")
                            : m_review->permissionNotice();
    const QList<qint64> imports = m_browser->filter().importIds;
    if (!imports.isEmpty()) {
        const QString only = tr("Only the records import %1 (%2) last wrote are shown; Edit → Clear Filters "
                                "shows every record.")
                                     .arg(imports.constFirst())
                                     .arg(m_importFilterFile);
        text = text.isEmpty() ? only : text + u'\n' + only;
    }
    m_ui->infoBar->setText(text);
    m_ui->infoBar->setVisible(!m_ui->infoBar->text().isEmpty());
    if (readOnly)
        statusBar()->showMessage(tr("Read-only database: flags cannot be changed."), 10000);
}

QString MainWindow::infoText() const
{
    return m_ui->infoBar->isVisible() ? m_ui->infoBar->text() : QString();
}

void MainWindow::showChartsAnd(void (ChartPanel::*action)())
{
    // What is printed is what the panel shows: bring it up to date first.
    m_ui->chartDock->show();
    m_ui->chartDock->raise();
    ChartPanel *panel = m_ui->chartPanel;
    // What is printed waits for the figures (read on the read service).
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(panel, &ChartPanel::figuresShown, this, [panel, action, once] {
        QObject::disconnect(*once);
        (panel->*action)();
    });
    panel->refresh();
}

void MainWindow::activateRecord()
{
    m_ui->detailDock->show();
    m_ui->detailDock->raise();
    m_ui->detailPanel->focusDetails();
}


void MainWindow::copySelectedRows()
{
    // Rows not read yet are read first (on the read service), then copied.
    QList<int> rows;
    for (const QModelIndex &index : m_ui->recordView->selectionModel()->selectedRows())
        rows.append(index.row());
    m_browser->tableModel()->readRows(rows, [this] {
        const QString tsv = selectedRowsAsTsv();
        if (tsv.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(tsv);
        const int copied = int(tsv.count(u'\n')) - 1;
        statusBar()->showMessage(tr("%n row(s) copied.", "", copied), 4000);
    });
}



// ---- status, title, actions -------------------------------------------------

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    const RecordQuery::Totals totals = m_browser->totals();
    const qint64 all = m_browser->recordCount();
    const QStringList parts = {
        tr("%1 of %n record(s)", "shown of all records", int(all)).arg(QLocale().toString(totals.count)),
        tr("Budget %1 thousand yen").arg(RecordFormat::money(totals.budget)),
        tr("Settlement %1 thousand yen").arg(RecordFormat::money(totals.settlement)),
    };
    // While the worker answers, the figures of the last answer would mislead (the
    // grid may already show the first rows of the new one): they wait.
    m_statusLabel->setText(m_browser->isBusy() ? tr("Searching…") : parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateWindowTitle()
{
    // The platform adds " — Hyoka" (the application's display name) to every title.
    if (!m_db) {
        setWindowTitle(QString());
        return;
    }
    setWindowTitle(m_db->isPostgres() ? databaseSpec() : QFileInfo(m_db->spec()).fileName());
}

void MainWindow::updateActions()
{
    const bool importing = m_imports && m_imports->isBusy();
    m_ui->actionImport->setEnabled(m_db != nullptr);
    m_ui->actionImportHistory->setEnabled(m_db != nullptr);
    m_ui->actionProjectLinks->setEnabled(m_db != nullptr);
    m_ui->actionNewDatabase->setEnabled(!importing);
    m_ui->actionOpenDatabase->setEnabled(!importing);
    m_ui->actionConnectShared->setEnabled(!importing);
    m_ui->menuRecent->setEnabled(!importing);
    for (QAction *a : { m_ui->actionReportPreview, m_ui->actionPrintReport, m_ui->actionExportReportPdf })
        a->setEnabled(m_db != nullptr);
    m_ui->actionCopy->setEnabled(m_ui->recordView->selectionModel()->hasSelection());
}

// ---- languages and settings -----------------------------------------------

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(SettingsKey::language, language);
    if (m_language)
        m_language->setPreference(language);
}

void MainWindow::retranslate()
{
    // What retranslateUi() cannot know: texts built in code.
    m_recent->rebuildMenu();
    m_grid->retranslate();
    updateStatus();
    updateWindowTitle();
    m_statusLabel->setAccessibleName(tr("Record counts and totals"));
    m_ui->detailDock->toggleViewAction()->setText(tr("&Details"));
    m_ui->chartDock->toggleViewAction()->setText(tr("C&harts"));
    m_review->retranslate();
    updateInfoBar();
    m_connection->retranslate();
    m_ui->mainToolBar->toggleViewAction()->setText(tr("&Toolbar"));
    m_focus->retranslate();
    const QString preference = m_language ? m_language->preference() : QString();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == preference);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_browser->retranslate();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (WindowPlacement::place(this, settings.value(SettingsKey::geometry).toByteArray()))
        setWindowState(windowState() | Qt::WindowMaximized);
    if (!restoreState(settings.value(SettingsKey::state).toByteArray())) {
        resizeDocks({ m_ui->detailDock }, { 390 }, Qt::Horizontal);
        // The charts under the grid: two fifths of the height, their axes in view.
        resizeDocks({ m_ui->chartDock }, { std::max(240, height() * 2 / 5) }, Qt::Vertical);
    }
    m_ui->detailPanel->restoreState(settings.value(SettingsKey::detailSplitter).toByteArray());
    if (!m_ui->detailSplitter->restoreState(settings.value(SettingsKey::reviewSplitter).toByteArray()))
        m_ui->detailSplitter->setSizes({ 280, 470 }); // the review with its history in view
    QHeaderView *header = m_ui->recordView->horizontalHeader();
    if (header->restoreState(settings.value(SettingsKey::gridHeader).toByteArray())) {
        m_grid->headerRestored();
        // The saved sort is the database's job again.
        m_browser->tableModel()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_grid->rebuildColumnsMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKey::geometry, saveGeometry());
    settings.setValue(SettingsKey::state, saveState());
    settings.setValue(SettingsKey::gridHeader, m_ui->recordView->horizontalHeader()->saveState());
    settings.setValue(SettingsKey::detailSplitter, m_ui->detailPanel->saveState());
    settings.setValue(SettingsKey::reviewSplitter, m_ui->detailSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_imports->cancelAll(); // the file being read is rolled back
    saveSettings();
    event->accept();
}

} // namespace Hyoka
