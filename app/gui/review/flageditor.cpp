#include "flageditor.h"

#include "ui_flageditor.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>

namespace Hyoka {

FlagEditor::FlagEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FlagEditor>()), m_reviewer(Flag::defaultReviewer())
{
    m_ui->setupUi(this);
    fillCombos();
    auto changed = [this] {
        if (!m_filling)
            updateState();
    };
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        if (m_ui->statusCombo->currentData().toString() == u"flagged" && !m_reasonHint.isEmpty())
            setSuggestedReason(m_reasonHint); // only when no reason is chosen
        updateState();
    });
    connect(m_ui->reasonCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->reasonTextEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &FlagEditor::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &FlagEditor::revert);
    showContent(m_stored);
}

FlagEditor::~FlagEditor() = default;

// Status and reason combos hold the ids as item data; the texts are translated labels.
void FlagEditor::fillCombos()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QString status = m_ui->statusCombo->currentData().toString();
    const QString reason = m_ui->reasonCombo->currentData().toString();
    m_ui->statusCombo->clear();
    for (const QString &id : Flag::statusIds())
        m_ui->statusCombo->addItem(Flag::statusLabel(id), id);
    m_ui->reasonCombo->clear();
    m_ui->reasonCombo->addItem(tr("(no reason)"), QString());
    for (const QString &id : Flag::reasonIds())
        m_ui->reasonCombo->addItem(Flag::reasonLabel(id), id);
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(status)));
    m_ui->reasonCombo->setCurrentIndex(std::max(0, m_ui->reasonCombo->findData(reason)));
    m_filling = wasFilling;
}

void FlagEditor::showContent(const Flag &flag)
{
    m_filling = true;
    const int status = m_ui->statusCombo->findData(flag.status.isEmpty() ? Flag::noneStatus() : flag.status);
    m_ui->statusCombo->setCurrentIndex(std::max(0, status));
    m_ui->reasonCombo->setCurrentIndex(std::max(0, m_ui->reasonCombo->findData(flag.reason)));
    m_ui->reasonTextEdit->setText(flag.reasonText);
    m_ui->noteEdit->setPlainText(flag.note);
    m_filling = false;
    updateState();
}

void FlagEditor::setFlag(const Flag &stored)
{
    m_stored = stored;
    showContent(stored);
}

Flag FlagEditor::editedFlag() const
{
    Flag f = m_stored;
    f.status = m_ui->statusCombo->currentData().toString();
    f.reason = m_ui->reasonCombo->currentData().toString();
    f.reasonText = m_ui->reasonTextEdit->text();
    f.note = m_ui->noteEdit->toPlainText();
    f.reviewer = m_reviewer;
    return f;
}

bool FlagEditor::isModified() const
{
    return !editedFlag().sameContent(m_stored);
}

void FlagEditor::setReviewer(const QString &reviewer)
{
    m_reviewer = reviewer.isEmpty() ? Flag::defaultReviewer() : reviewer;
}

void FlagEditor::setSuggestedReason(const QString &reasonId)
{
    if (!m_ui->reasonCombo->currentData().toString().isEmpty())
        return;
    const int index = m_ui->reasonCombo->findData(reasonId);
    if (index >= 0)
        m_ui->reasonCombo->setCurrentIndex(index);
}

void FlagEditor::setReasonHint(const QString &reasonId)
{
    m_reasonHint = reasonId;
}

void FlagEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->statusCombo->setEnabled(!readOnly);
    m_ui->reasonCombo->setEnabled(!readOnly);
    m_ui->reasonTextEdit->setReadOnly(readOnly);
    m_ui->noteEdit->setReadOnly(readOnly);
    m_ui->saveButton->setVisible(!readOnly);
    m_ui->revertButton->setVisible(!readOnly);
    if (readOnly)
        showContent(m_stored);
}

void FlagEditor::save()
{
    if (!m_readOnly && isModified())
        emit flagEdited(editedFlag());
}

void FlagEditor::revert()
{
    showContent(m_stored);
}

void FlagEditor::updateState()
{
    if (m_stored.isNeverFlagged()) {
        m_ui->stateLabel->setText(tr("Never flagged"));
    } else {
        const QDateTime when = QDateTime::fromString(m_stored.updatedAt, Qt::ISODateWithMs);
        const QString time = when.isValid()
                ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                : m_stored.updatedAt;
        m_ui->stateLabel->setText(tr("Version %1, last changed by %2 on %3")
                                          .arg(m_stored.version)
                                          .arg(m_stored.reviewer.isEmpty() ? tr("unknown") : m_stored.reviewer,
                                               time));
    }
    const bool modified = isModified();
    m_ui->saveButton->setEnabled(modified);
    m_ui->revertButton->setEnabled(modified);
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void FlagEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace Hyoka
