#pragma once

#include "importhistory.h"
#include "queryworker.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ImportHistoryDialog;
}

namespace Hyoka {

class ImportHistoryModel;

// File → Import History (docs/storage.md, "Import history"): every import of the
// database, newest first; the selected one's SHA-256, its warnings and the records it
// last wrote per bureau and fiscal year. Not modal; reads on the window's read
// service (QueryWorker), never on the GUI thread.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(QWidget *parent = nullptr);
    ~ImportHistoryDialog() override;

    // Where to read; nullptr (no database) shows an empty history.
    void setReadService(QueryWorker *reads);
    // Reads the history again (after an import, on opening).
    void refresh();
    // Shows `history` (what refresh() reads; tests call it directly).
    void setHistory(const ImportHistory &history);

    ImportHistoryModel *model() const { return m_model; }
    bool isReading() const { return m_reading; }
    // The selected import, or nullptr.
    const ImportHistory::Entry *currentEntry() const;
    QString warningsText() const;
    QString hashText() const;
    // The summary table's cells, row by row (tests).
    QList<QStringList> summaryRows() const;

signals:
    // A read ended and the table shows it.
    void historyShown();
    // "Show Its Records": the grid is to show the records import `id` last wrote.
    void showRecordsRequested(qint64 id, const QString &fileName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void updateTexts();

    std::unique_ptr<Ui::ImportHistoryDialog> m_ui;
    ImportHistoryModel *m_model;
    QPushButton *m_refreshButton;
    QPushButton *m_showRecordsButton;
    QPointer<QueryWorker> m_reads;
    ReadChannel m_channel;
    QString m_error;
    bool m_reading = false;
};

} // namespace Hyoka
