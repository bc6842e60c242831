#include "mainwindow.h"

#include "filterbar.h"
#include "importcontroller.h"
#include "importjob.h"
#include "languagemanager.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recentfiles.h"
#include "recordformat.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace Hyoka {

namespace {

namespace Key {
const QString geometry = QStringLiteral("MainWindow/geometry");
const QString state = QStringLiteral("MainWindow/state");
const QString gridHeader = QStringLiteral("MainWindow/gridHeader");
const QString detailSplitter = QStringLiteral("MainWindow/detailSplitter");
const QString lastDatabase = QStringLiteral("database/last");
const QString language = QStringLiteral("language");
} // namespace Key

// Default widths of the grid's columns, in average character widths.
int defaultColumnChars(int column)
{
    switch (column) {
    case RecordTableModel::FiscalYearColumn: return 6;
    case RecordTableModel::BureauColumn: return 11;
    case RecordTableModel::NoColumn: return 5;
    case RecordTableModel::CodeColumn: return 10;
    case RecordTableModel::NameColumn: return 30;
    case RecordTableModel::CategoryColumn: return 16;
    case RecordTableModel::BudgetColumn: return 12;
    case RecordTableModel::SettlementColumn: return 15;
    case RecordTableModel::ExecutionRateColumn: return 8;
    case RecordTableModel::LevelColumn: return 6;
    case RecordTableModel::RefPageColumn: return 6;
    default: return 10;
    }
}

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
      m_recent(nullptr)
{
    m_ui->setupUi(this);
    m_recent = new RecentFiles(m_ui->menuRecent, m_ui->actionClearRecent, this);
    setWindowIcon(icon("hyoka"));
    m_statusLabel->setAccessibleName(tr("Record counts and totals"));
    statusBar()->addPermanentWidget(m_statusLabel);

    m_ui->filterBar->setBrowser(m_browser);
    m_ui->filterBar->setActions(m_ui->actionUnderperforming, m_ui->actionClearFilters);
    setupActions();
    setupGrid();

    connect(m_browser, &RecordBrowser::totalsChanged, this, &MainWindow::updateStatus);
    connect(m_browser, &RecordBrowser::filterChanged, this, &MainWindow::restoreCurrentRecord);
    // Once the window has its size (the first data may come before it is laid out).
    connect(m_browser, &RecordBrowser::filterChanged, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::fitColumnsOnce); });
    connect(m_browser, &RecordBrowser::filterChanged, this, [this] {
        m_ui->actionUnderperforming->setChecked(m_browser->underperformingOnly());
    });
    connect(m_browser, &RecordBrowser::queryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The database could not answer: %1").arg(message), 10000);
    });

    connect(m_recent, &RecentFiles::fileTriggered, this, &MainWindow::openRecentFile);
    connect(m_imports, &ImportController::jobFinished, this, &MainWindow::importFinished);
    connect(m_imports, &ImportController::busyChanged, this, &MainWindow::updateActions);
    connect(m_imports, &ImportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    restoreSettings();
    retranslate();
    updateActions();
}

MainWindow::~MainWindow()
{
    // A running import is cancelled and waited for; the models stop reading first.
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
    ui.actionQuit->setShortcut(QKeySequence::Quit);

    connect(ui.actionImport, &QAction::triggered, this, &MainWindow::chooseImportFiles);
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
    ui.menuView->addAction(ui.mainToolBar->toggleViewAction());

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
    view->setModel(m_browser->tableModel());
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int charWidth = view->fontMetrics().averageCharWidth();
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c)
        header->resizeSection(c, defaultColumnChars(c) * charWidth + 12);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setSortingEnabled(true);

    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_ui->menuColumns->popup(header->mapToGlobal(pos)); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentRecord);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(view, &QTableView::activated, this, &MainWindow::activateRecord);
    connect(m_browser->tableModel(), &RecordTableModel::layoutChanged, this, [view] {
        if (view->currentIndex().isValid())
            view->scrollTo(view->currentIndex());
    });
    rebuildColumnsMenu();
}

// ---- database --------------------------------------------------------------

bool MainWindow::openDatabase(const QString &spec, QString *error)
{
    auto db = std::make_unique<ReviewDatabase>();
    QString message;
    if (!db->open(spec, &message)) {
        if (error)
            *error = message;
        return false;
    }
    m_browser->setDatabase(nullptr);
    m_store.reset();
    m_db = std::move(db);
    m_store = std::make_unique<RecordStore>(*m_db);
    m_currentRecordId = 0;
    m_ui->detailPanel->showRecord(std::nullopt);
    m_browser->setDatabase(m_db.get());
    QSettings().setValue(Key::lastDatabase, m_db->spec());
    if (!ReviewDatabase::isPostgresUrl(spec))
        m_recent->add(m_db->spec());
    updateWindowTitle();
    updateActions();
    return true;
}

bool MainWindow::openStartupDatabase(const QString &spec)
{
    QString target = spec;
    if (target.isEmpty()) {
        const QString last = QSettings().value(Key::lastDatabase).toString();
        // A last database that was moved away is not silently re-created empty.
        if (!last.isEmpty() && (ReviewDatabase::isPostgresUrl(last) || QFileInfo::exists(last)))
            target = last;
    }
    bool firstStart = false;
    if (target.isEmpty()) {
        target = ReviewDatabase::defaultLocation();
        firstStart = !QFileInfo::exists(target);
    }
    QString error;
    if (!openDatabase(target, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Review Database"),
                             tr("%1 cannot be opened: %2").arg(target, error));
        return false;
    }
    if (firstStart)
        importFiles({ sampleResourcePath() });
    return true;
}

QString MainWindow::databaseSpec() const
{
    return m_db ? m_db->spec() : QString();
}

QString MainWindow::sampleResourcePath()
{
    return QStringLiteral(":/sample/kawasaki_r3_evaluation.md");
}

void MainWindow::chooseNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("New Review Database"), QDir::homePath(),
            tr("Review databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    // The file dialog asked before overwriting; a new database starts empty.
    if (QFileInfo::exists(path) && path != databaseSpec()) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::warning(this, tr("Cannot Create Review Database"),
                             tr("%1 cannot be created: %2").arg(path, error));
}

void MainWindow::chooseOpenDatabase()
{
    const QString dir = m_db && !m_db->isPostgres() ? QFileInfo(databaseSpec()).absolutePath()
                                                     : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Review Database"), dir,
            tr("Review databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::warning(this, tr("Cannot Open Review Database"),
                             tr("%1 cannot be opened: %2").arg(path, error));
}

// ---- imports ---------------------------------------------------------------

void MainWindow::chooseImportFiles()
{
    const QStringList recent = m_recent->files();
    const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import Evaluation Tables"), dir,
            tr("Evaluation tables (*.md *.markdown *.csv *.txt *.xlsx);;Markdown (*.md *.markdown);;"
               "CSV (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

ImportJob *MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_db)
        return nullptr;
    return m_imports->import(m_db->spec(), paths);
}

ImportJob *MainWindow::currentImport() const
{
    return m_imports->currentJob();
}

void MainWindow::importFinished(ImportJob *job)
{
    // The worker wrote through its own connection: read everything again.
    m_browser->refresh();
    for (qsizetype i = 0; i < job->results().size(); ++i) {
        const QString path = job->files().value(i);
        if (job->results().at(i).ok && !path.startsWith(u':')) // not the bundled sample
            m_recent->add(QFileInfo(path).absoluteFilePath());
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
            return u.isLocalFile();
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList imports;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (RecentFiles::isDatabaseFile(path))
            openRecentFile(path);
        else
            imports.append(path);
    }
    importFiles(imports);
    event->acceptProposedAction();
}

void MainWindow::openRecentFile(const QString &path)
{
    if (!RecentFiles::isDatabaseFile(path)) {
        importFiles({ path });
        return;
    }
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::warning(this, tr("Cannot Open Review Database"),
                             tr("%1 cannot be opened: %2").arg(path, error));
}

// ---- grid, detail, copy ----------------------------------------------------

RecordDetailPanel *MainWindow::detailPanel() const
{
    return m_ui->detailPanel;
}

QTableView *MainWindow::recordView() const
{
    return m_ui->recordView;
}

FilterBar *MainWindow::filterBar() const
{
    return m_ui->filterBar;
}

void MainWindow::showCurrentRecord()
{
    const QModelIndex current = m_ui->recordView->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::RecordIdRole).toLongLong() : 0;
    if (id == m_currentRecordId && m_ui->detailPanel->record())
        return;
    m_currentRecordId = id;
    m_ui->detailPanel->showRecord(id && m_store ? m_store->record(id) : std::nullopt);
}

void MainWindow::restoreCurrentRecord()
{
    // After a filter change the grid was reset: find the record shown before.
    QTableView *view = m_ui->recordView;
    const int row = m_currentRecordId ? m_browser->tableModel()->rowOfRecord(m_currentRecordId) : -1;
    if (row >= 0) {
        const QModelIndex index = m_browser->tableModel()->index(row, 0);
        view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(index);
    } else if (m_browser->tableModel()->rowCount() > 0) {
        // The record left the filter (or none was shown): the detail follows the
        // first row, so that the panel is never empty while rows are.
        view->selectionModel()->setCurrentIndex(m_browser->tableModel()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
        view->scrollToTop();
    } else {
        m_currentRecordId = 0;
        m_ui->detailPanel->showRecord(std::nullopt);
    }
    updateActions();
}

void MainWindow::activateRecord()
{
    m_ui->detailDock->show();
    m_ui->detailDock->raise();
    m_ui->detailPanel->focusDetails();
}

QString MainWindow::selectedRowsAsTsv() const
{
    const QTableView *view = m_ui->recordView;
    const QHeaderView *header = view->horizontalHeader();
    const QAbstractItemModel *model = view->model();
    QList<int> columns; // visual order, visible only
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (rows.isEmpty())
        return QString();

    const auto clean = [](QString s) {
        s.replace(u'\t', u' ');
        s.replace(u'\n', u' ');
        s.replace(u'\r', u' ');
        return s;
    };
    QStringList lines;
    QStringList cells;
    for (int c : std::as_const(columns))
        cells.append(clean(model->headerData(c, Qt::Horizontal).toString()));
    lines.append(cells.join(u'\t'));
    for (const QModelIndex &row : std::as_const(rows)) {
        cells.clear();
        for (int c : std::as_const(columns)) {
            const QModelIndex cell = model->index(row.row(), c);
            // Money as plain numbers, so that spreadsheets read them as numbers.
            const bool money = c == RecordTableModel::BudgetColumn || c == RecordTableModel::SettlementColumn;
            cells.append(clean(cell.data(money ? int(RecordTableModel::RawValueRole) : int(Qt::DisplayRole))
                                       .toString()));
        }
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void MainWindow::copySelectedRows()
{
    const QString tsv = selectedRowsAsTsv();
    if (tsv.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(tsv);
    const int rows = int(tsv.count(u'\n')) - 1;
    statusBar()->showMessage(tr("%n row(s) copied.", "", rows), 4000);
}

void MainWindow::rebuildColumnsMenu()
{
    QMenu *menu = m_ui->menuColumns;
    menu->clear();
    QHeaderView *header = m_ui->recordView->horizontalHeader();
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c) {
        QAction *a = menu->addAction(RecordTableModel::columnTitle(c));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The name column stays: without it no row can be told apart.
        a->setEnabled(c != RecordTableModel::NameColumn);
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
}

void MainWindow::fitColumnsOnce()
{
    QTableView *view = m_ui->recordView;
    if (m_columnsFitted || view->model()->rowCount() == 0)
        return;
    m_columnsFitted = true;
    // Contents decide (the view samples a bounded number of rows), and the header
    // text, without the room QHeaderView keeps on every section for a sort arrow
    // (Fusion draws it above the text). Long names and categories are cut at a
    // width that leaves the detail panel its room.
    const QHeaderView *header = view->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QFontMetrics headerMetrics(header->font());
    const int wide = view->fontMetrics().horizontalAdvance(QStringLiteral("国"));
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c) {
        const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
        const int headerWidth = headerMetrics.horizontalAdvance(title) + 2 * margin + 8;
        const int cap = c == RecordTableModel::NameColumn ? 14 * wide : 9 * wide;
        const int contents = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c);
        view->setColumnWidth(c, std::min(std::max(contents, headerWidth), cap));
    }
    // What is left of the view's width goes to the names, the column read most.
    int used = 0;
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c)
        used += view->columnWidth(c);
    const int slack = view->viewport()->width() - used;
    if (slack > 0) {
        const int name = view->columnWidth(RecordTableModel::NameColumn);
        view->setColumnWidth(RecordTableModel::NameColumn,
                             std::min(name + slack, std::max(name, 24 * wide)));
    }
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
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateWindowTitle()
{
    if (!m_db) {
        setWindowTitle(tr("Hyoka"));
        return;
    }
    const QString name = m_db->isPostgres() ? m_db->spec() : QFileInfo(m_db->spec()).fileName();
    setWindowTitle(tr("%1 — Hyoka", "database name — application").arg(name));
}

void MainWindow::updateActions()
{
    const bool importing = m_imports && m_imports->isBusy();
    m_ui->actionImport->setEnabled(m_db != nullptr);
    m_ui->actionNewDatabase->setEnabled(!importing);
    m_ui->actionOpenDatabase->setEnabled(!importing);
    m_ui->menuRecent->setEnabled(!importing);
    m_ui->actionCopy->setEnabled(m_ui->recordView->selectionModel()->hasSelection());
}

// ---- languages and settings -----------------------------------------------

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(Key::language, language);
    if (m_language)
        m_language->setPreference(language);
}

void MainWindow::retranslate()
{
    // What retranslateUi() cannot know: texts built in code.
    m_recent->rebuildMenu();
    rebuildColumnsMenu();
    updateStatus();
    updateWindowTitle();
    m_statusLabel->setAccessibleName(tr("Record counts and totals"));
    m_ui->detailDock->toggleViewAction()->setText(tr("&Details"));
    m_ui->mainToolBar->toggleViewAction()->setText(tr("&Toolbar"));
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
    if (!restoreGeometry(settings.value(Key::geometry).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(Key::state).toByteArray()))
        resizeDocks({ m_ui->detailDock }, { 400 }, Qt::Horizontal);
    m_ui->detailPanel->restoreState(settings.value(Key::detailSplitter).toByteArray());
    QHeaderView *header = m_ui->recordView->horizontalHeader();
    if (header->restoreState(settings.value(Key::gridHeader).toByteArray())) {
        m_columnsFitted = true;
        // The saved sort is the database's job again.
        m_browser->tableModel()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    rebuildColumnsMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(Key::geometry, saveGeometry());
    settings.setValue(Key::state, saveState());
    settings.setValue(Key::gridHeader, m_ui->recordView->horizontalHeader()->saveState());
    settings.setValue(Key::detailSplitter, m_ui->detailPanel->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_imports->cancelAll(); // the file being read is rolled back
    saveSettings();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hyoka"),
                       tr("<h3>Hyoka %1</h3><p>Reviews the evaluation results of municipal "
                          "projects (事務事業評価): import the published tables, sort, filter "
                          "and read every project at a glance.</p>")
                               .arg(QStringLiteral(HYOKA_VERSION)));
}

} // namespace Hyoka
