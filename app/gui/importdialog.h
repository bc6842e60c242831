#pragma once

#include "importchoices.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace Hyoka {

class ImportPreviewModel;

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
    void chooseField(int column, int comboIndex);
    void moveStep(int delta);
    void changeEncoding();

    ImportChoices m_choices;
    ImportPreviewModel *m_model = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QComboBox *m_encoding = nullptr;
    QSpinBox *m_year = nullptr;
    QTableView *m_preview = nullptr;
    QComboBox *m_columnField = nullptr;
    QLabel *m_columnReason = nullptr;
    QLabel *m_notFound = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QListWidget *m_steps = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QTableWidget *m_money = nullptr;
    QGroupBox *m_saveProfile = nullptr;
    QLineEdit *m_profileName = nullptr;
    QLineEdit *m_profilePattern = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_refreshing = false;
};

} // namespace Hyoka
