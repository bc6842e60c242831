#pragma once

#include "flag.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FlagEditor;
}

namespace Hyoka {

// Edits one record's flag: status, reason, free-text reason and a multi-line note, with
// the stored version, reviewer and time shown underneath. Saving only emits flagEdited();
// the owner writes it (SetFlagCommand on the undo stack) and then calls setFlag() with
// what was stored.
class FlagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FlagEditor(QWidget *parent = nullptr);
    ~FlagEditor() override;

    // Shows a stored flag (version 0: never flagged) and drops any unsaved edit.
    void setFlag(const Flag &stored);
    Flag storedFlag() const { return m_stored; }
    // The stored flag with the editor's status, reason, reason text and note and the
    // editor's reviewer.
    Flag editedFlag() const;
    bool isModified() const;

    // The reviewer written into edited flags (the settings' name, else the OS user).
    void setReviewer(const QString &reviewer);
    QString reviewer() const { return m_reviewer; }
    // Pre-selects the reason a rule suggests when the flag has none yet.
    void setSuggestedReason(const QString &reasonId);
    // The reason chosen by itself when the reviewer sets the status to flagged while no
    // reason is chosen (the rules' suggestion); empty for none.
    void setReasonHint(const QString &reasonId);
    QString reasonHint() const { return m_reasonHint; }
    // Shows the flag without letting it be changed (a read-only database).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

public slots:
    // Emits flagEdited() when something changed.
    void save();
    void revert();

signals:
    void flagEdited(const Hyoka::Flag &flag);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void showContent(const Flag &flag);
    void updateState();

    std::unique_ptr<Ui::FlagEditor> m_ui;
    Flag m_stored;
    QString m_reviewer;
    QString m_reasonHint;
    bool m_readOnly = false;
    bool m_lastModified = false;
    bool m_filling = false;
};

} // namespace Hyoka
