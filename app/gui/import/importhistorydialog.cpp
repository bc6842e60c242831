#include "importhistorydialog.h"

#include "importhistorymodel.h"
#include "projectyearsmodel.h"
#include "recordformat.h"

#include "ui_importhistorydialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>

namespace Hyoka {

ImportHistoryDialog::ImportHistoryDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportHistoryDialog>()), m_model(new ImportHistoryModel(this))
{
    m_ui->setupUi(this);
    setModal(false);
    m_ui->importsView->setModel(m_model);
    m_ui->importsView->verticalHeader()->hide();
    m_ui->importsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->importsView->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::File, QHeaderView::Stretch);
    m_ui->summaryView->setColumnCount(5);
    m_ui->summaryView->verticalHeader()->hide();
    m_ui->summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->summaryView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_showRecordsButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_showRecordsButton->setObjectName(QStringLiteral("showRecordsButton"));
    connect(m_showRecordsButton, &QPushButton::clicked, this, [this] {
        if (const ImportHistory::Entry *e = currentEntry())
            emit showRecordsRequested(e->id, e->fileName);
    });
    m_refreshButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_refreshButton, &QPushButton::clicked, this, &ImportHistoryDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->importsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportHistoryDialog::showCurrent);
    updateTexts();
    showCurrent();
}

ImportHistoryDialog::~ImportHistoryDialog()
{
    m_channel.cancel();
}

void ImportHistoryDialog::setReadService(QueryWorker *reads)
{
    m_reads = reads;
}

void ImportHistoryDialog::refresh()
{
    if (!m_reads) {
        m_channel.cancel();
        setHistory(ImportHistory {});
        return;
    }
    m_reading = true;
    updateTexts();
    m_reads->read(
            m_channel, this, QueryWorker::Priority::Figures,
            [](ReviewDatabase *db) { return ImportHistory::read(db); },
            [this](const ImportHistory &history) { setHistory(history); });
}

void ImportHistoryDialog::setHistory(const ImportHistory &history)
{
    // Keep the selected import selected across a refresh.
    const ImportHistory::Entry *current = currentEntry();
    const qint64 currentId = current ? current->id : 0;
    m_reading = false;
    m_error = history.error;
    m_model->setEntries(history.entries);
    int row = history.entries.isEmpty() ? -1 : 0;
    for (int i = 0; i < history.entries.size(); ++i) {
        if (history.entries.at(i).id == currentId)
            row = i;
    }
    if (row >= 0)
        m_ui->importsView->selectRow(row);
    updateTexts();
    showCurrent();
    emit historyShown();
}

const ImportHistory::Entry *ImportHistoryDialog::currentEntry() const
{
    return m_model->entry(m_ui->importsView->selectionModel()->currentIndex().row());
}

QString ImportHistoryDialog::warningsText() const
{
    return m_ui->warningsView->toPlainText();
}

QString ImportHistoryDialog::hashText() const
{
    return m_ui->hashLabel->text();
}

QList<QStringList> ImportHistoryDialog::summaryRows() const
{
    QList<QStringList> rows;
    const QTableWidget *t = m_ui->summaryView;
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c)
            cells.append(t->item(r, c) ? t->item(r, c)->text() : QString());
        rows.append(cells);
    }
    return rows;
}

void ImportHistoryDialog::showCurrent()
{
    const ImportHistory::Entry *e = currentEntry();
    m_ui->detailWidget->setEnabled(e != nullptr);
    m_showRecordsButton->setEnabled(e && e->currentRecords > 0);
    QTableWidget *t = m_ui->summaryView;
    t->setRowCount(0);
    if (!e) {
        m_ui->hashLabel->clear();
        m_ui->warningsView->clear();
        m_ui->detailTabs->setTabText(1, tr("Warnings"));
        return;
    }
    const QLocale locale;
    m_ui->hashLabel->setText(tr("%1, %2 bytes, SHA-256 %3; %n record(s) still last written by this import",
                                "", int(e->currentRecords))
                                     .arg(e->fileName, locale.toString(e->fileSize),
                                          e->sha256.isEmpty() ? RecordFormat::missing() : e->sha256));
    m_ui->warningsView->setPlainText(e->warnings);
    m_ui->detailTabs->setTabText(1, tr("Warnings (%1)").arg(locale.toString(e->warningCount)));
    t->setRowCount(int(e->groups.size()));
    auto cell = [t](int row, int column, const QString &text, bool number) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, column, item);
    };
    for (int r = 0; r < e->groups.size(); ++r) {
        const ImportHistory::Group &g = e->groups.at(r);
        cell(r, 0, g.bureau.isEmpty() ? RecordFormat::missing() : g.bureau, false);
        cell(r, 1, ProjectYearsModel::shortYear(g.fiscalYear), false);
        cell(r, 2, locale.toString(g.records), true);
        cell(r, 3, RecordFormat::money(g.budget), true);
        cell(r, 4, RecordFormat::money(g.settlement), true);
    }
}

void ImportHistoryDialog::updateTexts()
{
    m_refreshButton->setText(tr("&Refresh"));
    m_showRecordsButton->setText(tr("&Show Its Records"));
    m_showRecordsButton->setToolTip(tr("Show in the grid the records this import is still the last to have written"));
    m_ui->summaryView->setHorizontalHeaderLabels({ tr("Bureau"), tr("Fiscal year"), tr("Records"),
                                                   tr("Budget (thousand yen)"),
                                                   tr("Settlement (thousand yen)") });
    QString status;
    if (m_reading)
        status = tr("Reading the imports…");
    else if (!m_error.isEmpty())
        status = m_error;
    else
        status = tr("%n import(s), newest first. \"Still current\" counts the records an import is the"
                    " last to have written.",
                    "", m_model->rowCount());
    m_ui->statusLabel->setText(status);
}

void ImportHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        showCurrent();
        emit m_model->headerDataChanged(Qt::Horizontal, 0, ImportHistoryModel::ColumnCount - 1);
    }
    QDialog::changeEvent(event);
}

} // namespace Hyoka
