#include "importwarningsdialog.h"

#include "projectyearsmodel.h"
#include "recordformat.h"

#include "ui_importwarningsdialog.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSet>

namespace Hyoka {

namespace {
enum GroupColumn { FileColumn, BureauColumn, YearColumn, RecordsColumn, NewColumn, UpdatedColumn,
                   BudgetColumn, SettlementColumn };
}

ImportWarningsDialog::ImportWarningsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportWarningsDialog>())
{
    m_ui->setupUi(this);
    m_copyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_historyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(warningsText()); });
    connect(m_historyButton, &QPushButton::clicked, this, &ImportWarningsDialog::historyRequested);
    QHeaderView *header = m_ui->groupsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BureauColumn, QHeaderView::Stretch);
    m_ui->groupsView->hide();
    m_historyButton->hide();
    updateSummary();
}

ImportWarningsDialog::~ImportWarningsDialog() = default;

void ImportWarningsDialog::setResult(int importedRecords, const QList<ImportWarning> &warnings)
{
    m_importedRecords = importedRecords;
    m_warningCount = warnings.size();
    QStringList lines;
    lines.reserve(warnings.size());
    for (const ImportWarning &w : warnings)
        lines.append(w.toString());
    m_ui->warningsView->setPlainText(lines.join(u'\n'));
    updateSummary();
}

void ImportWarningsDialog::setSummary(int inserted, int updated, int skipped,
                                      const QList<FileGroup> &groups)
{
    m_haveSummary = true;
    m_inserted = inserted;
    m_updated = updated;
    m_skipped = skipped;
    m_groups = groups;
    m_ui->groupsView->show();
    m_historyButton->show();
    fillGroups();
    updateSummary();
}

QString ImportWarningsDialog::warningsText() const
{
    return m_ui->warningsView->toPlainText();
}

QString ImportWarningsDialog::groupsText() const
{
    const QTableWidget *t = m_ui->groupsView;
    QStringList rows;
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c) {
            if (!t->isColumnHidden(c))
                cells.append(t->item(r, c) ? t->item(r, c)->text() : QString());
        }
        rows.append(cells.join(u'\t'));
    }
    return rows.join(u'\n');
}

void ImportWarningsDialog::fillGroups()
{
    QTableWidget *t = m_ui->groupsView;
    t->setRowCount(int(m_groups.size()));
    const QLocale locale;
    auto cell = [t](int row, int column, const QString &text, bool number) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, column, item);
    };
    QSet<QString> files;
    for (int r = 0; r < m_groups.size(); ++r) {
        const FileGroup &f = m_groups.at(r);
        files.insert(f.file);
        cell(r, FileColumn, f.file, false);
        cell(r, BureauColumn, f.group.bureau.isEmpty() ? RecordFormat::missing() : f.group.bureau, false);
        cell(r, YearColumn, ProjectYearsModel::shortYear(f.group.fiscalYear), false);
        cell(r, RecordsColumn, locale.toString(f.group.records()), true);
        cell(r, NewColumn, locale.toString(f.group.inserted), true);
        cell(r, UpdatedColumn, locale.toString(f.group.updated), true);
        cell(r, BudgetColumn, RecordFormat::money(f.group.budget), true);
        cell(r, SettlementColumn, RecordFormat::money(f.group.settlement), true);
    }
    // One file: its name is in the summary above, not on every row.
    t->setColumnHidden(FileColumn, files.size() < 2);
}

void ImportWarningsDialog::updateSummary()
{
    m_copyButton->setText(tr("&Copy Warnings"));
    m_copyButton->setEnabled(m_warningCount > 0);
    m_historyButton->setText(tr("Import &History…"));
    m_historyButton->setToolTip(tr("Every import of this database, with the records each one is still the last to have written"));
    m_ui->groupsView->setHorizontalHeaderLabels(
            { tr("File"), tr("Bureau"), tr("Fiscal year"), tr("Records"), tr("New"), tr("Updated"),
              tr("Budget (thousand yen)"), tr("Settlement (thousand yen)") });
    const bool warned = m_warningCount > 0;
    m_ui->warningsView->setVisible(warned);
    if (!m_haveSummary) {
        setWindowTitle(tr("Import Warnings"));
        m_ui->summaryLabel->setText(tr("%n record(s) imported.", "", m_importedRecords));
    } else {
        setWindowTitle(tr("Import Finished"));
        m_ui->summaryLabel->setText(
                tr("%n record(s) imported: %1 new, %2 updated, %3 skipped. By bureau and fiscal year:",
                   "", m_importedRecords)
                        .arg(m_inserted)
                        .arg(m_updated)
                        .arg(m_skipped));
    }
    m_ui->warningsLabel->setText(
            warned ? tr("The import warned %n time(s); each line names the file and line:", "",
                        int(m_warningCount))
                   : tr("The import gave no warnings."));
}

void ImportWarningsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateSummary();
        if (m_haveSummary)
            fillGroups();
    }
    QDialog::changeEvent(event);
}

} // namespace Hyoka
