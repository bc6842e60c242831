#pragma once

#include "record.h"
#include "recordstore.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ImportWarningsDialog;
}

namespace Hyoka {

// What an import did: after an import the user started, the records it wrote per file,
// bureau and fiscal year (new, updated, budget and settlement totals) and its warnings,
// one "file:line: message" per line, with a button to copy them all and one to open
// File → Import History. The sample's quiet import (ImportNotice) shows only warnings.
class ImportWarningsDialog : public QDialog
{
    Q_OBJECT
public:
    // One file's summary for one bureau and year.
    struct FileGroup
    {
        QString file; // as ImportJob::displayName() names it
        ImportGroup group;
    };

    explicit ImportWarningsDialog(QWidget *parent = nullptr);
    ~ImportWarningsDialog() override;

    void setResult(int importedRecords, const QList<ImportWarning> &warnings);
    // The import's counts and its table by file, bureau and year; without a call, the
    // dialog lists warnings only.
    void setSummary(int inserted, int updated, int skipped, const QList<FileGroup> &groups);
    QString warningsText() const;
    // The table's cells, a row a line, tab-separated (what a test or a user reads).
    QString groupsText() const;

signals:
    void historyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    void fillGroups();

    std::unique_ptr<Ui::ImportWarningsDialog> m_ui;
    QPushButton *m_copyButton;
    QPushButton *m_historyButton;
    int m_importedRecords = 0;
    qsizetype m_warningCount = 0;
    bool m_haveSummary = false;
    int m_inserted = 0;
    int m_updated = 0;
    int m_skipped = 0;
    QList<FileGroup> m_groups;
};

} // namespace Hyoka
