#include "conflictdialog.h"

#include "ui_conflictdialog.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Hyoka {

namespace {

// Bold when the two versions differ in this field.
void setField(QLabel *label, const QString &text, bool differs)
{
    label->setText(text);
    QFont font = label->font();
    font.setBold(differs);
    label->setFont(font);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    m_keepTheirs = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::RejectRole);
    m_overwrite = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_keepTheirs->setDefault(true); // the safe choice
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_overwrite->setObjectName(QStringLiteral("overwriteButton"));
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        reject();
    });
    connect(m_overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OverwriteWithMine;
        accept();
    });
    retranslate();
}

ConflictDialog::~ConflictDialog() = default;

QString ConflictDialog::timeText(const QString &isoUtc)
{
    const QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

void ConflictDialog::setVersions(const QString &recordTitle, const Flag &mine, const Flag &theirs)
{
    m_title = recordTitle;
    m_mine = mine;
    m_theirs = theirs;
    fill();
}

void ConflictDialog::fill()
{
    Ui::ConflictDialog &ui = *m_ui;
    const QString who = m_theirs.reviewer.isEmpty() ? tr("Someone") : m_theirs.reviewer;
    ui.introLabel->setText(
            tr("%1 changed the flag of %2 while you were working on it. Choose which version "
               "to keep: nothing is overwritten until you choose.")
                    .arg(who, m_title));
    const bool status = m_mine.status != m_theirs.status;
    const bool reason = m_mine.reason != m_theirs.reason;
    const bool reasonText = m_mine.reasonText != m_theirs.reasonText;
    setField(ui.mineStatus, Flag::statusLabel(m_mine.status), status);
    setField(ui.theirsStatus, Flag::statusLabel(m_theirs.status), status);
    setField(ui.mineReason, orDash(m_mine.reason.isEmpty() ? QString() : Flag::reasonLabel(m_mine.reason)), reason);
    setField(ui.theirsReason, orDash(m_theirs.reason.isEmpty() ? QString() : Flag::reasonLabel(m_theirs.reason)), reason);
    setField(ui.mineReasonText, orDash(m_mine.reasonText), reasonText);
    setField(ui.theirsReasonText, orDash(m_theirs.reasonText), reasonText);
    ui.mineNote->setPlainText(m_mine.note);
    ui.theirsNote->setPlainText(m_theirs.note);
    for (QPlainTextEdit *note : { ui.mineNote, ui.theirsNote }) {
        QFont font = note->font();
        font.setBold(m_mine.note != m_theirs.note);
        note->setFont(font);
    }
    ui.mineWho->setText(tr("%1, now", "reviewer, time").arg(m_mine.reviewer));
    ui.theirsWho->setText(tr("%1, %2 (version %3)", "reviewer, time (version)")
                                  .arg(who, timeText(m_theirs.updatedAt))
                                  .arg(m_theirs.version));
    ui.theirsBox->setTitle(tr("Saved version (by %1)").arg(who));
}

void ConflictDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_keepTheirs->setText(tr("&Keep Theirs"));
    m_keepTheirs->setToolTip(tr("Discard your change and show the saved version"));
    m_overwrite->setText(tr("&Overwrite with Mine"));
    m_overwrite->setToolTip(tr("Save your version over theirs (theirs stays in the history)"));
    fill();
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Hyoka
