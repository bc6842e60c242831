#include "importwarningsdialog.h"

#include "ui_importwarningsdialog.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

namespace Hyoka {

ImportWarningsDialog::ImportWarningsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportWarningsDialog>())
{
    m_ui->setupUi(this);
    m_copyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(warningsText()); });
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

QString ImportWarningsDialog::warningsText() const
{
    return m_ui->warningsView->toPlainText();
}

void ImportWarningsDialog::updateSummary()
{
    m_copyButton->setText(tr("&Copy All"));
    m_ui->summaryLabel->setText(
            tr("%n record(s) imported.", "", m_importedRecords) + u' '
            + tr("The import warned %n time(s); each line names the file and line:", "",
                 int(m_warningCount)));
}

void ImportWarningsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateSummary();
    }
    QDialog::changeEvent(event);
}

} // namespace Hyoka
