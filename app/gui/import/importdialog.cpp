#include "importdialog.h"

#include "columnprofile.h"
#include "importpreviewmodel.h"

#include "ui_importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>

namespace Hyoka {

namespace {

const AmountKind kinds[] = { AmountKind::Budget, AmountKind::Settlement,
                             AmountKind::SettlementEstimate, AmountKind::Plan };

QString kindName(AmountKind kind)
{
    switch (kind) {
    case AmountKind::Budget: return ImportDialog::tr("Budget");
    case AmountKind::Settlement: return ImportDialog::tr("Settlement");
    case AmountKind::SettlementEstimate: return ImportDialog::tr("Settlement (estimate)");
    case AmountKind::Plan: return ImportDialog::tr("Plan");
    }
    return QString();
}

void fillFields(QComboBox *combo, Field current)
{
    const QList<Field> fields = ImportPreviewModel::choosableFields();
    for (Field f : fields)
        combo->addItem(ImportPreviewModel::fieldName(f), int(f));
    combo->setCurrentIndex(std::max<int>(0, int(fields.indexOf(current))));
}

} // namespace

ImportDialog::~ImportDialog() = default;

ImportDialog::ImportDialog(const ImportChoices &choices, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_ImportDialog>()), m_choices(choices)
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_choices.path()).fileName()));
    buildForm();
    refresh();
}

void ImportDialog::buildForm()
{
    m_ui->setupUi(this);
    // The encodings carry the codec name the readers take; the first is "Detect (…)".
    m_ui->encoding->addItem(tr("Detect"), QByteArray());
    m_ui->encoding->addItem(QStringLiteral("UTF-8"), QByteArray("UTF-8"));
    m_ui->encoding->addItem(QStringLiteral("Shift_JIS (CP932)"), QByteArray("cp932"));
    m_ui->encoding->addItem(QStringLiteral("UTF-16LE"), QByteArray("UTF-16LE"));

    m_model = new ImportPreviewModel(&m_choices, this);
    m_ui->preview->setModel(m_model);
    m_ui->preview->verticalHeader()->setDefaultSectionSize(m_ui->preview->fontMetrics().height() + 10);
    fillFields(m_ui->columnField, Field::Ignore);

    // Heights in lines of text, so the lists stay small in any font.
    m_ui->ratingSteps->setMaximumHeight(m_ui->ratingSteps->fontMetrics().height() * 7);
    m_ui->moneyColumns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->moneyColumns->setMaximumHeight(m_ui->moneyColumns->fontMetrics().height() * 9);

    m_ui->profileName->setText(QFileInfo(m_choices.path()).completeBaseName());
    m_ui->profilePattern->setText(m_choices.suggestedPattern());

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    connect(m_ui->headerRow, &QSpinBox::valueChanged, this, [this](int line) {
        if (m_refreshing)
            return;
        m_choices.setHeaderLine(line);
        refresh();
    });
    connect(m_ui->encoding, &QComboBox::activated, this, &ImportDialog::changeEncoding);
    connect(m_ui->fiscalYear, &QSpinBox::valueChanged, this, [this](int year) {
        if (m_refreshing)
            return;
        m_choices.setFiscalYear(year);
        refreshReadiness();
    });
    connect(m_ui->preview->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportDialog::currentColumnChanged);
    connect(m_ui->columnField, &QComboBox::activated, this, [this](int index) {
        chooseField(m_ui->preview->currentIndex().isValid() ? m_ui->preview->currentIndex().column() : 0, index);
    });
    connect(m_ui->stepUp, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_ui->stepDown, &QPushButton::clicked, this, [this] { moveStep(+1); });
    connect(m_ui->ratingSteps->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                if (m_refreshing)
                    return;
                m_choices.moveRatingStep(start, row > start ? row - 1 : row);
                QTimer::singleShot(0, this, &ImportDialog::refreshScale);
            });
    connect(m_ui->ratingSteps, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        m_choices.setNeedsReview(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        refreshReviewChecks(); // the review part is a tail: the other steps follow
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

void ImportDialog::refresh()
{
    m_refreshing = true;
    const QList<int> lines = m_choices.headerCandidates();
    m_ui->headerRow->setRange(lines.isEmpty() ? 1 : lines.first(), lines.isEmpty() ? 1 : lines.last());
    m_ui->headerRow->setValue(m_choices.headerLine());
    m_ui->encoding->setItemText(0, m_choices.encoding().isEmpty()
                                       ? tr("Detect")
                                       : tr("Detect (%1)").arg(m_choices.encoding()));
    m_ui->fiscalYear->setValue(m_choices.fiscalYear());
    m_refreshing = false;
    refreshColumns();
    refreshScale();
    refreshMoney();
}

void ImportDialog::refreshColumns()
{
    const int current = m_ui->preview->currentIndex().isValid() ? m_ui->preview->currentIndex().column() : 0;
    m_model->refresh();
    const QFontMetrics fm(font());
    for (int c = 0; c < m_model->columnCount(); ++c) {
        auto *combo = new QComboBox;
        combo->setFocusPolicy(Qt::ClickFocus); // keys: the current column's chooser below
        fillFields(combo, m_choices.field(c));
        combo->setToolTip(m_choices.reason(c));
        connect(combo, &QComboBox::activated, this, [this, c](int index) { chooseField(c, index); });
        m_ui->preview->setIndexWidget(m_model->index(ImportPreviewModel::FieldRow, c), combo);
        m_ui->preview->setColumnWidth(c, std::clamp(fm.horizontalAdvance(m_choices.header(c)) + 40,
                                                combo->sizeHint().width(), 240));
    }
    m_ui->preview->setCurrentIndex(m_model->index(ImportPreviewModel::FieldRow,
                                              std::min(current, m_model->columnCount() - 1)));
    currentColumnChanged();
    refreshReadiness();
}

void ImportDialog::refreshReadiness()
{
    QString text;
    if (!m_choices.table().layout.hasName()) {
        text = tr("Choose the column that holds the project name (the import needs it).");
    } else if (!m_choices.knowsYear()) {
        text = tr("Set the fiscal year, or choose the column that holds it: the file names none, "
                  "and rows without a year are skipped.");
    } else {
        QStringList names;
        for (const QString &key : m_choices.notFound())
            names.append(ImportPreviewModel::fieldName(ColumnLayout::fieldForKey(key).value_or(Field::Ignore)));
        if (!names.isEmpty())
            text = tr("No column for: %1").arg(names.join(tr(", ")));
    }
    m_ui->notFound->setText(text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_choices.canImport());
}

void ImportDialog::currentColumnChanged()
{
    const QModelIndex current = m_ui->preview->currentIndex();
    const int column = current.isValid() ? current.column() : 0;
    const QList<Field> fields = ImportPreviewModel::choosableFields();
    m_ui->columnField->setCurrentIndex(std::max<int>(0, int(fields.indexOf(m_choices.field(column)))));
    const QString reason = m_choices.reason(column);
    m_ui->columnReason->setText(tr("Column %1 %2: %3")
                                    .arg(ColumnRecognizer::columnLetter(column), m_choices.header(column),
                                         reason.isEmpty() ? tr("not recognised") : reason));
}

void ImportDialog::chooseField(int column, int comboIndex)
{
    const Field f = ImportPreviewModel::choosableFields().value(comboIndex, Field::Ignore);
    if (f == m_choices.field(column))
        return;
    m_choices.setField(column, f);
    // The chooser that was used is replaced: refresh once its signal has returned.
    QTimer::singleShot(0, this, [this, column] {
        refresh();
        m_ui->preview->setCurrentIndex(m_model->index(ImportPreviewModel::FieldRow, column));
    });
}

void ImportDialog::refreshScale()
{
    m_refreshing = true;
    m_ui->ratingSteps->clear();
    const QStringList steps = m_choices.ratingSteps();
    for (const QString &step : steps) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(steps.indexOf(step) + 1).arg(step), m_ui->ratingSteps);
        item->setData(Qt::UserRole, step);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | Qt::ItemIsDragEnabled);
        item->setToolTip(tr("Checked: a project rated %1 needs review").arg(step));
    }
    m_ui->scaleLabel->setText(steps.isEmpty()
                                  ? tr("No rating column.")
                                  : tr("Scale \"%1\", best first; &check the steps that need review:")
                                            .arg(m_choices.ratingScaleId()));
    m_ui->ratingSteps->setEnabled(!steps.isEmpty());
    m_ui->stepUp->setEnabled(steps.size() > 1);
    m_ui->stepDown->setEnabled(steps.size() > 1);
    refreshReviewChecks(); // clears m_refreshing
}

void ImportDialog::refreshReviewChecks()
{
    m_refreshing = true;
    const QStringList review = m_choices.reviewSteps();
    for (int row = 0; row < m_ui->ratingSteps->count(); ++row) {
        QListWidgetItem *item = m_ui->ratingSteps->item(row);
        item->setCheckState(review.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_refreshing = false;
}

void ImportDialog::moveStep(int delta)
{
    const int row = m_ui->ratingSteps->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_ui->ratingSteps->count())
        return;
    m_choices.moveRatingStep(row, to);
    refreshScale();
    m_ui->ratingSteps->setCurrentRow(to);
}

void ImportDialog::refreshMoney()
{
    const DetectedTable &t = m_choices.table();
    const QList<qsizetype> columns = t.layout.moneyColumns();
    m_ui->moneyColumns->setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        const qsizetype c = columns.at(row);
        const MoneyHeader money = t.layout.role(c).money.value_or(MoneyHeader {});
        auto *name = new QTableWidgetItem(QStringLiteral("%1 %2").arg(ColumnRecognizer::columnLetter(c),
                                                                       m_choices.header(c)));
        name->setFlags(Qt::ItemIsEnabled);
        m_ui->moneyColumns->setItem(row, 0, name);
        auto *kind = new QComboBox;
        for (AmountKind k : kinds)
            kind->addItem(kindName(k));
        kind->setCurrentIndex(int(std::find(std::begin(kinds), std::end(kinds), money.kind) - std::begin(kinds)));
        auto *year = new QSpinBox;
        year->setRange(0, 2100);
        year->setSpecialValueText(money.yearOffset == 0 ? tr("record's year")
                                                        : tr("record's year %1%2")
                                                                  .arg(money.yearOffset > 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                                                  .arg(std::abs(money.yearOffset)));
        year->setValue(money.fiscalYear);
        const auto apply = [this, c, kind, year] {
            m_choices.setMoney(c, kinds[std::clamp(kind->currentIndex(), 0, 3)], year->value());
            QTimer::singleShot(0, this, &ImportDialog::refresh);
        };
        connect(kind, &QComboBox::activated, this, apply);
        connect(year, &QSpinBox::editingFinished, this, apply);
        m_ui->moneyColumns->setCellWidget(row, 1, kind);
        m_ui->moneyColumns->setCellWidget(row, 2, year);
    }
    m_ui->moneyColumns->resizeColumnToContents(1);
    m_ui->moneyColumns->resizeColumnToContents(2);
}

void ImportDialog::changeEncoding()
{
    QString error;
    if (!m_choices.setEncoding(m_ui->encoding->currentData().toByteArray(), &error))
        QMessageBox::warning(this, tr("Import"), error);
    refresh();
}

bool ImportDialog::saveAsProfile() const
{
    return m_ui->saveProfile->isChecked();
}

QString ImportDialog::profileName() const
{
    return m_ui->profileName->text().trimmed();
}

QString ImportDialog::profilePattern() const
{
    return m_ui->profilePattern->text().trimmed();
}

void ImportDialog::accept()
{
    if (!m_choices.canImport())
        return;
    if (saveAsProfile() && (profileName().isEmpty() || profilePattern().isEmpty())) {
        QMessageBox::warning(this, tr("Import"), tr("A profile needs a name and the file names it is for."));
        m_ui->profileName->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Hyoka
