#pragma once

#include "importchoices.h"

#include <QDialog>

#include <memory>

namespace Hyoka {

class ImportPreviewModel;
class Ui_ImportDialog;

// Asks how to read a file whose layout Hyoka does not know and no saved profile matches
// (docs/import-dialog.md): a preview with a field chooser above each column, the header
// row, encoding and year, the rating scale's order and review steps, the money columns'
// kinds and years, and "Save as profile". The choices live in ImportChoices.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `choices` comes loaded (ImportChoices::load).
    explicit ImportDialog(const ImportChoices &choices, QWidget *parent = nullptr);
    ~ImportDialog() override;

    const ImportChoices &choices() const { return m_choices; }
    ImportChoices &choices() { return m_choices; }
    // "Save as profile" checked, with its name and file-name pattern.
    bool saveAsProfile() const;
    QString profileName() const;
    QString profilePattern() const;

    // Read the choices again into every widget (after a change).
    void refresh();

    void accept() override;

private:
    void buildForm();
    void refreshColumns();
    void refreshScale();
    void refreshReviewChecks();
    void refreshMoney();
    void currentColumnChanged();
    // The line under the preview (what the import still needs) and the Import button.
    void refreshReadiness();
    void chooseField(int column, int comboIndex);
    void moveStep(int delta);
    void changeEncoding();

    // The form (ui/importdialog.ui); the preview's choosers and the money rows are added
    // here. Its class is Hyoka::ImportDialog so that its strings keep the context of the
    // dialog's tr() strings; named Ui_ImportDialog here, as a Hyoka::Ui namespace in a
    // header would hide the global Ui of the other forms.
    std::unique_ptr<Ui_ImportDialog> m_ui;
    ImportChoices m_choices;
    ImportPreviewModel *m_model = nullptr;
    bool m_refreshing = false;
};

} // namespace Hyoka
