#include "reviewcontroller.h"

#include "reviewsettingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

// The review controller's rule settings dialog and the review-list export's file dialog.
namespace Hyoka {

// ---- settings and export -------------------------------------------------------

qint64 ReviewController::suggestedCount(const RuleSettings &settings) const
{
    return m_session->suggestedCount(settings);
}

bool ReviewController::saveRuleSettings(const RuleSettings &settings, QString *error)
{
    if (!m_session->saveRuleSettings(settings, error)) // the grid follows by signal
        return false;
    reloadCurrent(); // its findings follow the new thresholds
    return true;
}

void ReviewController::editSettings()
{
    ReviewSettingsDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("reviewSettingsDialog"));
    dialog.setReviewer(ReviewSession::storedReviewer());
    dialog.setSettings(ruleSettings());
    dialog.setRulesEditable(m_session->database() && !m_session->isReadOnly());
    dialog.setCounter([this](const RuleSettings &s) { return suggestedCount(s); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    setReviewer(dialog.reviewer());
    const RuleSettings wanted = dialog.settings();
    if (wanted == ruleSettings() || m_session->isReadOnly())
        return;
    QString error;
    if (!saveRuleSettings(wanted, &error))
        QMessageBox::warning(m_window, tr("Review Settings"),
                             tr("The review rules could not be saved: %1").arg(error));
}

bool ReviewController::exportReviewList(const QString &path, ReviewListWriter::Format format,
                                        QString *error, qint64 *count)
{
    return m_session->exportReviewList(path, format, error, count);
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
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    qint64 count = 0;
    const bool ok = exportReviewList(path, format, &error, &count);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(m_window, tr("Export Failed"),
                             tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit message(tr("%n project(s) written to %1.", "", int(count)).arg(QDir::toNativeSeparators(path)),
                 8000);
}

} // namespace Hyoka
