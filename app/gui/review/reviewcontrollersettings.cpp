#include "reviewcontroller.h"

#include "reviewsettingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <algorithm>

// The review controller's rule settings dialog and the review-list export's file dialog.
namespace Hyoka {

// ---- settings and export -------------------------------------------------------

void ReviewController::saveRuleSettings(const RuleSettings &settings,
                                        const std::function<void(const QString &)> &done)
{
    m_session->saveRuleSettings(settings, done); // the grid and the detail follow ruleSettingsChanged()
}

void ReviewController::editSettings()
{
    ReviewSettingsDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("reviewSettingsDialog"));
    dialog.setReviewer(ReviewSession::storedReviewer());
    dialog.setSettings(ruleSettings());
    dialog.setRulesEditable(m_session->database() && !m_session->isReadOnly());
    dialog.setCounter([this](const RuleSettings &s, const std::function<void(qint64)> &answer) {
        m_session->countSuggestions(s, answer);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    setReviewer(dialog.reviewer());
    const RuleSettings wanted = dialog.settings();
    if (wanted == ruleSettings() || m_session->isReadOnly())
        return;
    saveRuleSettings(wanted, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Review Settings"),
                                 tr("The review rules could not be saved: %1").arg(error));
    });
}

void ReviewController::exportReviewList(const QString &path, ReviewListWriter::Format format,
                                        const std::function<void(const ReviewSession::ExportAnswer &)> &done)
{
    const QString shown = QDir::toNativeSeparators(path);
    emit message(tr("Writing the review list to %1…").arg(shown), 0);
    ++m_exportsUnderWay;
    m_session->exportReviewList(path, format, [this, shown, done](const ReviewSession::ExportAnswer &answer) {
        m_exportsUnderWay = std::max(0, m_exportsUnderWay - 1);
        if (answer.error.isEmpty()) {
            emit message(tr("%n project(s) written to %1.", "", int(answer.count)).arg(shown), 8000);
        } else {
            emit message(QString(), 0);
            QMessageBox::warning(m_window, tr("Export Failed"), tr("%1 was not written: %2").arg(shown, answer.error));
        }
        if (done)
            done(answer);
    });
}

void ReviewController::exportReviewListInteractively()
{
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected = csvFilter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Review List"),
                                                QDir(dir).filePath(tr("review-list.csv")),
                                                csvFilter + QStringLiteral(";;") + xlsxFilter, &selected);
    if (path.isEmpty())
        return;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv" && suffix != u"xlsx") {
        suffix = selected == xlsxFilter ? QStringLiteral("xlsx") : QStringLiteral("csv");
        path += u'.' + suffix;
    }
    const auto format = suffix == u"xlsx" ? ReviewListWriter::Format::Xlsx : ReviewListWriter::Format::Csv;
    exportReviewList(path, format);
}

} // namespace Hyoka
