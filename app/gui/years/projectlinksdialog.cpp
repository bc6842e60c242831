#include "projectlinksdialog.h"

#include "bureaurenamesmodel.h"
#include "linkdecisions.h"
#include "namematchesmodel.h"
#include "reviewdatabase.h"

#include "ui_projectlinksdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>

namespace Hyoka {

ProjectLinksData ProjectLinksData::read(ReviewDatabase *db)
{
    ProjectLinksData data;
    if (!db)
        return data;
    ProjectLinks links(*db);
    QString error;
    data.renames = links.organisationRenames(&error);
    if (error.isEmpty())
        data.matches = links.nameMatches(&error);
    data.threshold = links.nameThreshold();
    if (error.isEmpty())
        data.bureaus = links.bureauChoices(data.renames, &error);
    data.error = error;
    return data;
}

ProjectLinksDialog::ProjectLinksDialog(std::function<QString()> databaseSpec, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ProjectLinksDialog>()),
      m_renames(new BureauRenamesModel(this)),
      m_matches(new NameMatchesModel(this)),
      m_writer(new LinkDecisions(std::move(databaseSpec), this))
{
    m_ui->setupUi(this);
    setModal(false);
    m_ui->renamesView->setModel(m_renames);
    // The names stretch; the other columns fit their text (fitColumns(): a header in
    // ResizeToContents mode does not follow rows inserted or changed).
    m_ui->renamesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->renamesView->horizontalHeader()->setSectionResizeMode(BureauRenamesModel::StateColumn,
                                                                QHeaderView::Interactive);
    m_ui->matchesView->setModel(m_matches);
    QHeaderView *header = m_ui->matchesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NameMatchesModel::OldNameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NameMatchesModel::NewNameColumn, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_applyButton = m_ui->buttonBox->button(QDialogButtonBox::Apply);

    connect(m_ui->addRenameButton, &QPushButton::clicked, this, [this] {
        addRename(m_ui->oldBureauCombo->currentText(), m_ui->newBureauCombo->currentText());
    });
    connect(m_ui->removeRenameButton, &QPushButton::clicked, this,
            [this] { removeRename(m_ui->renamesView->currentIndex().row()); });
    connect(m_ui->sameProjectButton, &QPushButton::clicked, this,
            [this] { decide(m_ui->matchesView->currentIndex().row(), true); });
    connect(m_ui->notSameProjectButton, &QPushButton::clicked, this,
            [this] { decide(m_ui->matchesView->currentIndex().row(), false); });
    connect(m_ui->thresholdSpin, &QDoubleSpinBox::valueChanged, this, &ProjectLinksDialog::updateState);
    connect(m_ui->renamesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // The selected rename in the editor: changed there and added again.
                const ProjectLinks::Rename r = m_renames->rename(current.row());
                if (current.isValid()) {
                    m_ui->oldBureauCombo->setCurrentText(r.oldBureau);
                    m_ui->newBureauCombo->setCurrentText(r.newBureau);
                }
                updateState();
            });
    connect(m_ui->matchesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectLinksDialog::updateState);
    connect(m_renames, &QAbstractItemModel::dataChanged, this, &ProjectLinksDialog::updateState);
    connect(m_matches, &QAbstractItemModel::dataChanged, this, &ProjectLinksDialog::updateState);
    connect(m_applyButton, &QPushButton::clicked, this, &ProjectLinksDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_writer, &LinkDecisions::finished, this, [this](bool ok, const QString &message) {
        setStatus(message, !ok);
        // Edits that failed stay for another try; done ones are read back as stored.
        if (ok)
            refresh();
        updateState();
        emit finished(ok, message);
    });
    updateTexts();
    updateState();
}

ProjectLinksDialog::~ProjectLinksDialog()
{
    m_channel.cancel();
}

void ProjectLinksDialog::setReadService(QueryWorker *reads)
{
    m_reads = reads;
}

void ProjectLinksDialog::refresh()
{
    if (!m_reads) {
        m_channel.cancel();
        setData(ProjectLinksData {});
        return;
    }
    m_reading = true;
    updateState();
    m_reads->read(
            m_channel, this, QueryWorker::Priority::Figures,
            [](ReviewDatabase *db) { return ProjectLinksData::read(db); },
            [this](const ProjectLinksData &data) { setData(data); });
}

void ProjectLinksDialog::setData(const ProjectLinksData &data)
{
    m_reading = false;
    m_renames->setRenames(data.renames);
    m_matches->setMatches(data.matches);
    for (QComboBox *box : { m_ui->oldBureauCombo, m_ui->newBureauCombo }) {
        const QString text = box->currentText();
        box->clear();
        box->addItems(data.bureaus);
        box->setCurrentText(text);
    }
    {
        const QSignalBlocker block(m_ui->thresholdSpin);
        m_ui->thresholdSpin->setValue(data.threshold);
    }
    m_shownThreshold = m_ui->thresholdSpin->value();
    if (!data.error.isEmpty())
        setStatus(tr("The links could not be read: %1").arg(data.error), true);
    if (m_matches->rowCount() > 0 && !m_ui->matchesView->currentIndex().isValid())
        m_ui->matchesView->selectRow(0);
    updateState();
    emit dataShown();
}

bool ProjectLinksDialog::isApplying() const
{
    return m_writer->isBusy();
}

ProjectLinks::Changes ProjectLinksDialog::changes() const
{
    ProjectLinks::Changes changes;
    changes.renames = m_renames->changes();
    changes.decisions = m_matches->decisions();
    if (m_ui->thresholdSpin->value() != m_shownThreshold)
        changes.threshold = m_ui->thresholdSpin->value();
    return changes;
}

QString ProjectLinksDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

QString ProjectLinksDialog::renameMessage() const
{
    return m_ui->renameMessage->text();
}

bool ProjectLinksDialog::addRename(const QString &oldBureau, const QString &newBureau)
{
    const QString problem = m_renames->problemAdding(oldBureau, newBureau);
    if (!problem.isEmpty()) {
        m_ui->renameMessage->setText(tr("Cannot add this rename: %1").arg(problem));
        m_ui->renameMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    m_renames->addRename(oldBureau, newBureau);
    m_ui->renameMessage->clear();
    m_ui->oldBureauCombo->setCurrentText(QString());
    m_ui->newBureauCombo->setCurrentText(QString());
    updateState();
    return true;
}

void ProjectLinksDialog::removeRename(int row)
{
    m_renames->toggleRemoved(row);
    m_ui->renameMessage->clear();
    updateState();
}

bool ProjectLinksDialog::decide(int row, bool sameProject)
{
    const bool ok = m_matches->decide(row, sameProject);
    updateState();
    return ok;
}

bool ProjectLinksDialog::apply()
{
    const ProjectLinks::Changes c = changes();
    if (c.isEmpty() || isApplying() || !m_writer->apply(c))
        return false;
    setStatus(tr("Linking the fiscal years again…"), false);
    updateState();
    return true;
}

void ProjectLinksDialog::setStatus(const QString &text, bool problem)
{
    m_status = text;
    m_statusProblem = problem;
    updateState();
}

void ProjectLinksDialog::updateState()
{
    const bool applying = isApplying();
    const bool idle = !applying && !m_reading;
    const ProjectLinks::Changes c = changes();
    const int pending = int(c.renames.size() + c.decisions.size() + (c.threshold ? 1 : 0));
    m_ui->busyBar->setVisible(!idle);
    m_ui->renamesGroup->setEnabled(idle);
    m_ui->matchesGroup->setEnabled(idle);
    m_applyButton->setEnabled(idle && pending > 0);
    const int renameRow = m_ui->renamesView->currentIndex().row();
    m_ui->removeRenameButton->setEnabled(renameRow >= 0);
    m_ui->removeRenameButton->setText(m_renames->edit(renameRow) == BureauRenamesModel::Edit::Removed
                                              ? tr("&Keep")
                                              : tr("&Remove"));
    const int matchRow = m_ui->matchesView->currentIndex().row();
    m_ui->sameProjectButton->setEnabled(m_matches->canDecide(matchRow, true));
    m_ui->notSameProjectButton->setEnabled(m_matches->canDecide(matchRow, false));

    QString status;
    if (applying)
        status = tr("Linking the fiscal years again…");
    else if (m_reading)
        status = tr("Reading the links…");
    else if (!m_status.isEmpty())
        status = m_status;
    else
        status = tr("%n bureau rename(s), %1.", "", m_renames->rowCount())
                         .arg(tr("%n rename(s) matched by name", "", m_matches->rowCount()));
    if (idle && pending > 0)
        status += QLatin1Char(' ') + tr("%n change(s) not applied yet: Apply writes them and links the years again.",
                                        "", pending);
    m_ui->statusLabel->setText(status);
    fitColumns();
    m_ui->statusLabel->setStyleSheet(m_statusProblem && !applying ? QStringLiteral("color: #b00020;")
                                                                  : QString());
}

void ProjectLinksDialog::fitColumns()
{
    m_ui->renamesView->resizeColumnToContents(BureauRenamesModel::StateColumn);
    for (const int column : { NameMatchesModel::YearColumn, NameMatchesModel::SimilarityColumn,
                              NameMatchesModel::StateColumn })
        m_ui->matchesView->resizeColumnToContents(column);
}

void ProjectLinksDialog::updateTexts()
{
    m_ui->sameProjectButton->setToolTip(tr("The renamed record continues the project of the earlier year"));
    m_ui->notSameProjectButton->setToolTip(
            tr("The renamed record is a project of its own; the match is never proposed again"));
    m_ui->thresholdSpin->setToolTip(tr("How alike two names must be (0–1) for a new record to be matched"
                                       " to one gone from the same organisation"));
    m_applyButton->setToolTip(tr("Write the changes and link the fiscal years again"));
}

void ProjectLinksDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        updateState();
        emit m_renames->headerDataChanged(Qt::Horizontal, 0, BureauRenamesModel::ColumnCount - 1);
        emit m_matches->headerDataChanged(Qt::Horizontal, 0, NameMatchesModel::ColumnCount - 1);
    }
    QDialog::changeEvent(event);
}

} // namespace Hyoka
