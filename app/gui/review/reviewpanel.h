#pragma once

#include "flag.h"
#include "flagauditentry.h"
#include "reviewrules.h"

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class ReviewPanel;
}

namespace Hyoka {

class FlagEditor;
class FlagHistoryModel;

// The review half of the detail dock for the current record: which review rules fire
// and the numbers behind them, the flag editor, and the flag's audit trail. Shows what
// it is given; the ReviewController reads and writes the database.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    // Shows one record's review state (the editor drops any unsaved edit).
    void showReview(const Flag &stored, const QList<FlagAuditEntry> &history,
                    const QList<ReviewRules::Finding> &findings);
    // The history and findings only; the editor keeps what the reviewer is typing.
    void showHistory(const QList<FlagAuditEntry> &history);
    // No record selected.
    void clear();
    bool hasRecord() const { return m_hasRecord; }

    // A read-only database: the editor cannot save.
    void setReadOnly(bool readOnly);
    // A line under the editor, e.g. "someone else changed this flag"; empty hides it.
    void setNotice(const QString &text);
    QString notice() const;

    FlagEditor *flagEditor() const;
    FlagHistoryModel *historyModel() const { return m_history; }
    QTableView *historyView() const;
    // The findings as plain text (what the label says).
    QString findingsText() const;
    QList<ReviewRules::Finding> findings() const { return m_findings; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFindings();

    std::unique_ptr<Ui::ReviewPanel> m_ui;
    FlagHistoryModel *m_history;
    QList<ReviewRules::Finding> m_findings;
    bool m_hasRecord = false;
};

} // namespace Hyoka
