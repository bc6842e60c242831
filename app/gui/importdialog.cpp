#include "importdialog.h"

#include "columnprofile.h"
#include "importpreviewmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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
#include <QVBoxLayout>

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

ImportDialog::ImportDialog(const ImportChoices &choices, QWidget *parent)
    : QDialog(parent), m_choices(choices)
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_choices.path()).fileName()));
    buildForm();
    refresh();
}

void ImportDialog::buildForm()
{
    auto *top = new QHBoxLayout;
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    auto *headerLabel = new QLabel(tr("&Header row:"), this);
    headerLabel->setBuddy(m_headerRow);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), QByteArray());
    m_encoding->addItem(QStringLiteral("UTF-8"), QByteArray("UTF-8"));
    m_encoding->addItem(QStringLiteral("Shift_JIS (CP932)"), QByteArray("cp932"));
    m_encoding->addItem(QStringLiteral("UTF-16LE"), QByteArray("UTF-16LE"));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("fiscalYear"));
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("from the file"));
    auto *yearLabel = new QLabel(tr("Fiscal &year:"), this);
    yearLabel->setBuddy(m_year);
    for (QWidget *w : std::initializer_list<QWidget *> { headerLabel, m_headerRow, encodingLabel,
                                                         m_encoding, yearLabel, m_year })
        top->addWidget(w);
    top->addStretch();

    m_model = new ImportPreviewModel(&m_choices, this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_model);
    m_preview->setTabKeyNavigation(false);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 10);
    auto *previewLabel = new QLabel(tr("&Preview (the first rows as Hyoka reads them):"), this);
    previewLabel->setBuddy(m_preview);

    auto *columnRow = new QHBoxLayout;
    m_columnField = new QComboBox(this);
    m_columnField->setObjectName(QStringLiteral("columnField"));
    fillFields(m_columnField, Field::Ignore);
    auto *columnLabel = new QLabel(tr("&Field of the current column:"), this);
    columnLabel->setBuddy(m_columnField);
    m_columnReason = new QLabel(this);
    m_columnReason->setObjectName(QStringLiteral("columnReason"));
    m_columnReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    columnRow->addWidget(columnLabel);
    columnRow->addWidget(m_columnField);
    columnRow->addWidget(m_columnReason, 1);
    m_notFound = new QLabel(this);
    m_notFound->setObjectName(QStringLiteral("notFound"));
    m_notFound->setWordWrap(true);

    // The rating scale: steps in rank order, a check for the steps that need review.
    auto *scaleBox = new QGroupBox(tr("Rating scale"), this);
    auto *scaleLayout = new QGridLayout(scaleBox);
    m_scaleLabel = new QLabel(scaleBox);
    m_scaleLabel->setWordWrap(true);
    m_steps = new QListWidget(scaleBox);
    m_steps->setObjectName(QStringLiteral("ratingSteps"));
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setToolTip(tr("Drag a step, or use Up and Down, to put the steps in rank order "
                           "(the first is rank 1); check the steps that need review: the review rules "
                           "then suggest the projects rated at them."));
    m_scaleLabel->setBuddy(m_steps);
    m_up = new QPushButton(tr("&Up"), scaleBox);
    m_down = new QPushButton(tr("Do&wn"), scaleBox);
    scaleLayout->addWidget(m_scaleLabel, 0, 0, 1, 2);
    scaleLayout->addWidget(m_steps, 1, 0, 3, 1);
    scaleLayout->addWidget(m_up, 1, 1);
    scaleLayout->addWidget(m_down, 2, 1);
    scaleLayout->setRowStretch(3, 1);
    m_steps->setMaximumHeight(m_steps->fontMetrics().height() * 7);

    auto *moneyBox = new QGroupBox(tr("&Money columns"), this);
    auto *moneyLayout = new QVBoxLayout(moneyBox);
    m_money = new QTableWidget(0, 3, moneyBox);
    m_money->setObjectName(QStringLiteral("moneyColumns"));
    m_money->setHorizontalHeaderLabels({ tr("Column"), tr("Kind"), tr("Year") });
    m_money->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_money->verticalHeader()->hide();
    m_money->setTabKeyNavigation(false);
    m_money->setMaximumHeight(m_money->fontMetrics().height() * 9);
    moneyLayout->addWidget(m_money);

    m_saveProfile = new QGroupBox(tr("&Save as profile (files of this layout then import without this dialog)"), this);
    m_saveProfile->setObjectName(QStringLiteral("saveProfile"));
    m_saveProfile->setCheckable(true);
    m_saveProfile->setChecked(false);
    auto *profileForm = new QFormLayout(m_saveProfile);
    m_profileName = new QLineEdit(m_saveProfile);
    m_profileName->setObjectName(QStringLiteral("profileName"));
    m_profileName->setText(QFileInfo(m_choices.path()).completeBaseName());
    m_profilePattern = new QLineEdit(m_saveProfile);
    m_profilePattern->setObjectName(QStringLiteral("profilePattern"));
    m_profilePattern->setText(m_choices.suggestedPattern());
    profileForm->addRow(tr("&Name:"), m_profileName);
    profileForm->addRow(tr("File &names:"), m_profilePattern);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(scaleBox, 2);
    bottom->addWidget(moneyBox, 3);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 5);
    layout->addLayout(columnRow);
    layout->addWidget(m_notFound);
    layout->addLayout(bottom, 1);
    layout->addWidget(m_saveProfile);
    layout->addWidget(m_buttons);

    setTabOrder(m_headerRow, m_encoding);
    setTabOrder(m_encoding, m_year);
    setTabOrder(m_year, m_preview);
    setTabOrder(m_preview, m_columnField);
    setTabOrder(m_columnField, m_steps);
    setTabOrder(m_steps, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_money);
    setTabOrder(m_money, m_saveProfile);
    setTabOrder(m_saveProfile, m_profileName);
    setTabOrder(m_profileName, m_profilePattern);

    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int line) {
        if (m_refreshing)
            return;
        m_choices.setHeaderLine(line);
        refresh();
    });
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::changeEncoding);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (!m_refreshing)
            m_choices.setFiscalYear(year);
    });
    connect(m_preview->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportDialog::currentColumnChanged);
    connect(m_columnField, &QComboBox::activated, this, [this](int index) {
        chooseField(m_preview->currentIndex().isValid() ? m_preview->currentIndex().column() : 0, index);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(+1); });
    connect(m_steps->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                if (m_refreshing)
                    return;
                m_choices.moveRatingStep(start, row > start ? row - 1 : row);
                QTimer::singleShot(0, this, &ImportDialog::refreshScale);
            });
    connect(m_steps, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        m_choices.setNeedsReview(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        refreshReviewChecks(); // the review part is a tail: the other steps follow
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

void ImportDialog::refresh()
{
    m_refreshing = true;
    const QList<int> lines = m_choices.headerCandidates();
    m_headerRow->setRange(lines.isEmpty() ? 1 : lines.first(), lines.isEmpty() ? 1 : lines.last());
    m_headerRow->setValue(m_choices.headerLine());
    m_encoding->setItemText(0, m_choices.encoding().isEmpty()
                                       ? tr("Detect")
                                       : tr("Detect (%1)").arg(m_choices.encoding()));
    m_year->setValue(m_choices.fiscalYear());
    m_refreshing = false;
    refreshColumns();
    refreshScale();
    refreshMoney();
}

void ImportDialog::refreshColumns()
{
    const int current = m_preview->currentIndex().isValid() ? m_preview->currentIndex().column() : 0;
    m_model->refresh();
    const QFontMetrics fm(font());
    for (int c = 0; c < m_model->columnCount(); ++c) {
        auto *combo = new QComboBox;
        combo->setFocusPolicy(Qt::ClickFocus); // keys: the current column's chooser below
        fillFields(combo, m_choices.field(c));
        combo->setToolTip(m_choices.reason(c));
        connect(combo, &QComboBox::activated, this, [this, c](int index) { chooseField(c, index); });
        m_preview->setIndexWidget(m_model->index(ImportPreviewModel::FieldRow, c), combo);
        m_preview->setColumnWidth(c, std::clamp(fm.horizontalAdvance(m_choices.header(c)) + 40,
                                                combo->sizeHint().width(), 240));
    }
    m_preview->setCurrentIndex(m_model->index(ImportPreviewModel::FieldRow,
                                              std::min(current, m_model->columnCount() - 1)));
    currentColumnChanged();
    const QStringList missing = m_choices.notFound();
    QStringList names;
    for (const QString &key : missing)
        names.append(ImportPreviewModel::fieldName(ColumnLayout::fieldForKey(key).value_or(Field::Ignore)));
    m_notFound->setText(m_choices.canImport()
                                ? (names.isEmpty() ? QString() : tr("No column for: %1").arg(names.join(tr(", "))))
                                : tr("Choose the column that holds the project name (the import needs it)."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_choices.canImport());
}

void ImportDialog::currentColumnChanged()
{
    const QModelIndex current = m_preview->currentIndex();
    const int column = current.isValid() ? current.column() : 0;
    const QList<Field> fields = ImportPreviewModel::choosableFields();
    m_columnField->setCurrentIndex(std::max<int>(0, int(fields.indexOf(m_choices.field(column)))));
    const QString reason = m_choices.reason(column);
    m_columnReason->setText(tr("Column %1 %2: %3")
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
        m_preview->setCurrentIndex(m_model->index(ImportPreviewModel::FieldRow, column));
    });
}

void ImportDialog::refreshScale()
{
    m_refreshing = true;
    m_steps->clear();
    const QStringList steps = m_choices.ratingSteps();
    for (const QString &step : steps) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(steps.indexOf(step) + 1).arg(step), m_steps);
        item->setData(Qt::UserRole, step);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | Qt::ItemIsDragEnabled);
        item->setToolTip(tr("Checked: a project rated %1 needs review (and so does every step after it)")
                                 .arg(step));
    }
    m_scaleLabel->setText(steps.isEmpty()
                                  ? tr("No rating column.")
                                  : tr("Scale \"%1\", best first; &check the steps that need review "
                                       "(a step's check takes in the steps after it):")
                                            .arg(m_choices.ratingScaleId()));
    m_steps->setEnabled(!steps.isEmpty());
    m_refreshing = false;
    refreshReviewChecks();
    m_refreshing = true;
    m_up->setEnabled(steps.size() > 1);
    m_down->setEnabled(steps.size() > 1);
    m_refreshing = false;
}

void ImportDialog::refreshReviewChecks()
{
    m_refreshing = true;
    const QStringList review = m_choices.reviewSteps();
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem *item = m_steps->item(row);
        item->setCheckState(review.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_refreshing = false;
}

void ImportDialog::moveStep(int delta)
{
    const int row = m_steps->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_steps->count())
        return;
    m_choices.moveRatingStep(row, to);
    refreshScale();
    m_steps->setCurrentRow(to);
}

void ImportDialog::refreshMoney()
{
    const DetectedTable &t = m_choices.table();
    const QList<qsizetype> columns = t.layout.moneyColumns();
    m_money->setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        const qsizetype c = columns.at(row);
        const MoneyHeader money = t.layout.role(c).money.value_or(MoneyHeader {});
        auto *name = new QTableWidgetItem(QStringLiteral("%1 %2").arg(ColumnRecognizer::columnLetter(c),
                                                                       m_choices.header(c)));
        name->setFlags(Qt::ItemIsEnabled);
        m_money->setItem(row, 0, name);
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
        m_money->setCellWidget(row, 1, kind);
        m_money->setCellWidget(row, 2, year);
    }
    m_money->resizeColumnToContents(1);
    m_money->resizeColumnToContents(2);
}

void ImportDialog::changeEncoding()
{
    QString error;
    if (!m_choices.setEncoding(m_encoding->currentData().toByteArray(), &error))
        QMessageBox::warning(this, tr("Import"), error);
    refresh();
}

bool ImportDialog::saveAsProfile() const
{
    return m_saveProfile->isChecked();
}

QString ImportDialog::profileName() const
{
    return m_profileName->text().trimmed();
}

QString ImportDialog::profilePattern() const
{
    return m_profilePattern->text().trimmed();
}

void ImportDialog::accept()
{
    if (!m_choices.canImport())
        return;
    if (saveAsProfile() && (profileName().isEmpty() || profilePattern().isEmpty())) {
        QMessageBox::warning(this, tr("Import"), tr("A profile needs a name and the file names it is for."));
        m_profileName->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Hyoka
