#include "importnotice.h"

#include "importwarningsdialog.h"

#include <QEvent>
#include <QStyle>

namespace Hyoka {

ImportNotice::ImportNotice(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("importNotice"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    setFocusPolicy(Qt::TabFocus);
    connect(this, &QToolButton::clicked, this, &ImportNotice::showWarnings);
    hide();
}

void ImportNotice::setWarnings(const QString &source, int importedRecords,
                               const QList<ImportWarning> &warnings)
{
    m_source = source;
    m_importedRecords = importedRecords;
    m_warnings = warnings;
    if (m_dialog)
        m_dialog->setResult(m_importedRecords, m_warnings);
    retranslate();
    setVisible(!m_warnings.isEmpty());
}

ImportWarningsDialog *ImportNotice::showWarnings()
{
    if (!m_dialog) {
        m_dialog = new ImportWarningsDialog(window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setModal(false);
        m_dialog->setResult(m_importedRecords, m_warnings);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ImportNotice::retranslate()
{
    const int count = int(m_warnings.size());
    setText(tr("%n import warning(s)", "", count));
    const QString tip = tr("Reading %1 warned %n time(s). Click to see where.", "", count).arg(m_source);
    setToolTip(tip);
    setAccessibleName(tip);
}

void ImportNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

} // namespace Hyoka
