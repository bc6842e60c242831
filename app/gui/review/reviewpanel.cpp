#include "reviewpanel.h"

#include "flageditor.h"
#include "flaghistorymodel.h"
#include "reviewicons.h"
#include "ui_reviewpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace Hyoka {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReviewPanel>()), m_history(new FlagHistoryModel(this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->historyView;
    view->setModel(m_history);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    QHeaderView *header = view->horizontalHeader();
    // No horizontal scrolling: when, who and what take their width, before and after
    // share the rest, elided (their tooltips have them whole).
    header->setMinimumSectionSize(36);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FlagHistoryModel::OldValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FlagHistoryModel::NewValueColumn, QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    // Enough rows to read a few changes; the dock's splitter gives more.
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 3 + header->sizeHint().height() + 4);
    // A few lines of note, so that the history below stays in view; longer notes scroll.
    if (auto *note = m_ui->flagEditor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")))
        note->setMaximumHeight(note->fontMetrics().lineSpacing() * 3 + 2 * note->frameWidth() + 8);
    m_ui->noticeLabel->hide();
    clear();
}

ReviewPanel::~ReviewPanel() = default;

FlagEditor *ReviewPanel::flagEditor() const
{
    return m_ui->flagEditor;
}

QTableView *ReviewPanel::historyView() const
{
    return m_ui->historyView;
}

void ReviewPanel::showReview(const Flag &stored, const QList<FlagAuditEntry> &history,
                             const QList<ReviewRules::Finding> &findings)
{
    m_hasRecord = true;
    setEnabled(true);
    m_findings = findings;
    showFindings();
    m_ui->flagEditor->setFlag(stored);
    showHistory(history);
    setNotice(QString());
}

void ReviewPanel::showHistory(const QList<FlagAuditEntry> &history)
{
    m_history->setEntries(history);
    m_ui->historyBox->setTitle(history.isEmpty() ? tr("History (no changes yet)")
                                                 : tr("History (%n change(s))", "", int(history.size())));
    QTableView *view = m_ui->historyView;
    // The newest change is the one a reviewer looks for.
    if (!history.isEmpty())
        view->scrollToBottom();
}

void ReviewPanel::clear()
{
    m_hasRecord = false;
    m_findings.clear();
    m_ui->findingsLabel->setText(tr("Select a project to see its review."));
    m_ui->flagEditor->setFlag(Flag());
    showHistory({});
    setNotice(QString());
    setEnabled(false);
}

void ReviewPanel::setReadOnly(bool readOnly)
{
    m_ui->flagEditor->setReadOnly(readOnly);
}

void ReviewPanel::setNotice(const QString &text)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeLabel->setVisible(!text.isEmpty());
}

QString ReviewPanel::notice() const
{
    return m_ui->noticeLabel->text();
}

void ReviewPanel::showFindings()
{
    if (!m_hasRecord)
        return;
    if (m_findings.isEmpty()) {
        m_ui->findingsBox->setTitle(tr("Review rules"));
        m_ui->findingsLabel->setText(tr("No review rule suggests this project."));
        return;
    }
    m_ui->findingsBox->setTitle(tr("Suggested for review (%n rule(s))", "", int(m_findings.size())));
    const int icon = fontMetrics().height();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const ReviewRules::Finding &f : std::as_const(m_findings)) {
        QStringList details;
        for (const QString &d : f.details)
            details << d.toHtmlEscaped();
        html += QStringLiteral("<tr><td valign=\"top\"><img src=\"%1\" width=\"%2\" height=\"%2\"></td>"
                               "<td>&nbsp;</td><td><b>%3</b><br>%4</td></tr>")
                        .arg(ReviewIcons::rulePath(f.ruleId))
                        .arg(icon)
                        .arg(f.title.toHtmlEscaped(), details.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    m_ui->findingsLabel->setText(html);
}

QString ReviewPanel::findingsText() const
{
    QTextDocument doc;
    doc.setHtml(m_ui->findingsLabel->text());
    return doc.toPlainText();
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_history->retranslate();
        showHistory(m_history->entries());
        if (!m_hasRecord)
            m_ui->findingsLabel->setText(tr("Select a project to see its review."));
        // The findings' texts come translated from the controller (retranslate()).
    }
    QWidget::changeEvent(event);
}

} // namespace Hyoka
