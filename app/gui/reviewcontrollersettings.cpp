#include "reviewcontroller.h"

#include "recordbrowser.h"
#include "reviewdatabase.h"
#include "reviewlist.h"
#include "reviewqueries.h"
#include "reviewrules.h"
#include "reviewsettingsdialog.h"
#include "yearrules.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

// The review controller's rule settings dialog and review-list export.
namespace Hyoka {

// ---- settings and export -------------------------------------------------------

qint64 ReviewController::suggestedCount(const RuleSettings &settings) const
{
    if (!m_db)
        return -1;
    return ReviewQueries::suggestedCount(*m_db, settings).value_or(-1);
}

bool ReviewController::saveRuleSettings(const RuleSettings &settings, QString *error)
{
    if (!m_db || m_readOnly) {
        *error = tr("The database is read-only: the review rules cannot be changed.");
        return false;
    }
    if (!ReviewRules::saveSettings(*m_db, settings, error)
        || (!(settings.years == ruleSettings().years) && !YearRules::saveSettings(*m_db, settings.years, error)))
        return false;
    m_browser->setRuleSettings(settings);
    if (m_currentRecord)
        showRecord(m_currentId, m_currentRecord);
    return true;
}

void ReviewController::editSettings()
{
    ReviewSettingsDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("reviewSettingsDialog"));
    dialog.setReviewer(QSettings().value(reviewerKey()).toString());
    dialog.setSettings(ruleSettings());
    dialog.setRulesEditable(m_db && !m_readOnly);
    dialog.setCounter([this](const RuleSettings &s) { return suggestedCount(s); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    setReviewer(dialog.reviewer());
    const RuleSettings wanted = dialog.settings();
    if (wanted == ruleSettings() || m_readOnly)
        return;
    QString error;
    if (!saveRuleSettings(wanted, &error))
        QMessageBox::warning(m_window, tr("Review Settings"),
                             tr("The review rules could not be saved: %1").arg(error));
}

bool ReviewController::exportReviewList(const QString &path, ReviewListWriter::Format format,
                                        QString *error, qint64 *count)
{
    if (!m_db) {
        *error = tr("No review database is open.");
        return false;
    }
    ReviewListWriter writer(path, format);
    if (!writer.begin()) {
        *error = writer.errorString();
        return false;
    }
    qint64 written = 0;
    QString readError;
    const bool read = ReviewList::forEach(
            *m_db, ruleSettings(),
            [&](const ReviewList::Entry &entry) {
                if (!writer.write(entry))
                    return false;
                ++written;
                return true;
            },
            &readError);
    if (!read || !writer.errorString().isEmpty() || !writer.finish()) {
        *error = !writer.errorString().isEmpty() ? writer.errorString() : readError;
        writer.cancel();
        return false;
    }
    if (count)
        *count = written;
    return true;
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
