#pragma once

#include "projectlinks.h"
#include "queryworker.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class ProjectLinksDialog;
}

namespace Hyoka {

class BureauRenamesModel;
class LinkDecisions;
class NameMatchesModel;

// What the Project Links dialog shows, read on the window's read service.
struct ProjectLinksData
{
    QList<ProjectLinks::Rename> renames;
    QList<ProjectLinks::NameMatch> matches;
    QStringList bureaus; // of the records and of the renames, sorted
    double threshold = ProjectLinks::defaultNameThreshold;
    QString error;

    static ProjectLinksData read(ReviewDatabase *db);
};

// File → Project Links (docs/years.md, "Editing the links in the window"): the bureau
// renames, the renames matched by name and the name similarity a rename needs — what
// `hyoka links` edits. Edits wait in the tables until Apply writes them all in one
// transaction and relinks, on a thread of its own with its own connection
// (LinkDecisions); reads go to the window's read service. Not modal.
class ProjectLinksDialog : public QDialog
{
    Q_OBJECT
public:
    // `databaseSpec` names the window's current database when called.
    explicit ProjectLinksDialog(std::function<QString()> databaseSpec, QWidget *parent = nullptr);
    ~ProjectLinksDialog() override;

    // Where to read; nullptr (no database) shows nothing.
    void setReadService(QueryWorker *reads);
    // Reads the links again, dropping edits not applied.
    void refresh();
    // Shows `data` (what refresh() reads).
    void setData(const ProjectLinksData &data);

    BureauRenamesModel *renamesModel() const { return m_renames; }
    NameMatchesModel *matchesModel() const { return m_matches; }
    bool isReading() const { return m_reading; }
    bool isApplying() const;
    // The edits Apply would write.
    ProjectLinks::Changes changes() const;
    QString statusText() const;
    QString renameMessage() const;

    // What the buttons do (tests call them too). addRename() false shows why.
    bool addRename(const QString &oldBureau, const QString &newBureau);
    void removeRename(int row);
    bool decide(int row, bool sameProject);
    // Writes the edits; false when there are none or a write runs already.
    bool apply();

signals:
    // A read ended and the tables show it.
    void dataShown();
    // Apply ended: the database's links changed when `ok`.
    void finished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void updateTexts();
    void fitColumns();
    void setStatus(const QString &text, bool problem);

    std::unique_ptr<Ui::ProjectLinksDialog> m_ui;
    BureauRenamesModel *m_renames;
    NameMatchesModel *m_matches;
    LinkDecisions *m_writer;
    QPushButton *m_applyButton;
    QPointer<QueryWorker> m_reads;
    ReadChannel m_channel;
    QString m_status;
    bool m_statusProblem = false;
    double m_shownThreshold = ProjectLinks::defaultNameThreshold;
    bool m_reading = false;
};

} // namespace Hyoka
