#pragma once

#include "flag.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConflictDialog;
}

namespace Hyoka {

// Shown when a flag change is refused because someone else saved the flag meanwhile:
// the reviewer's version and the stored one side by side (status, reason, note, who
// and when, differences in bold), and the choice between keeping the stored version
// and saving theirs over it. Nothing is written here; the caller acts on choice().
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepTheirs, OverwriteWithMine };

    explicit ConflictDialog(QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // `mine`: what the reviewer wanted to save; `theirs`: the stored flag.
    void setVersions(const QString &recordTitle, const Flag &mine, const Flag &theirs);
    Choice choice() const { return m_choice; }

    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *overwriteButton() const { return m_overwrite; }

    // A time stamp of a flag as the user reads it.
    static QString timeText(const QString &isoUtc);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    QPushButton *m_keepTheirs;
    QPushButton *m_overwrite;
    QString m_title;
    Flag m_mine;
    Flag m_theirs;
    Choice m_choice = Choice::KeepTheirs;
};

} // namespace Hyoka
