#pragma once

#include "record.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ImportWarningsDialog;
}

namespace Hyoka {

// Lists what an import warned about, one "file:line: message" per line, with a
// button to copy them all.
class ImportWarningsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportWarningsDialog(QWidget *parent = nullptr);
    ~ImportWarningsDialog() override;

    void setResult(int importedRecords, const QList<ImportWarning> &warnings);
    QString warningsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    std::unique_ptr<Ui::ImportWarningsDialog> m_ui;
    QPushButton *m_copyButton;
    int m_importedRecords = 0;
    qsizetype m_warningCount = 0;
};

} // namespace Hyoka
