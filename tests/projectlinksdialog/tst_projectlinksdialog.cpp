// File → Project Links (docs/years.md, "Editing the links in the window"): the bureau
// renames, the renames matched by name and the name threshold, edited in the window
// and written by Apply in one transaction with one relink on a thread of its own.
// The database: the seed without codes (linked by bureau, division and name) as fiscal
// 2021 and 2022, こども未来局 renamed こども未来本部 in 2022 and 電子申請推進事業 renamed
// 電子申請推進事業（拡充） (TestSupport::kawasaki2022()).
#include "bureaurenamesmodel.h"
#include "mainwindow.h"
#include "namematchesmodel.h"
#include "projectlinks.h"
#include "projectlinksdialog.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "twoyears.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hyoka;

namespace {

const QString oldBureau = QStringLiteral("こども未来局");
const QString newBureau = QStringLiteral("こども未来本部");
const QString otherBureau = QStringLiteral("総務企画局");

// Without codes, so that records are linked by bureau, division and name.
QList<Record> withoutCodes(QList<Record> records, bool renameBureau)
{
    for (Record &r : records) {
        r.code.clear();
        if (renameBureau && r.bureau == oldBureau)
            r.bureau = newBureau;
    }
    return records;
}

} // namespace

class tst_ProjectLinksDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void renamesModel();
    void matchesModel();
    void actionOpensTheDialog();
    void addingARenameLinksRemovingUnlinks();
    void invalidRenameWritesNothing_data();
    void invalidRenameWritesNothing();
    void nameMatchConfirmedThenUndone();
    void thresholdPersists();
    void failedApplyChangesNothing();

private:
    ProjectLinksDialog *openDialog();
    bool applyAndWait(ProjectLinksDialog *dialog, bool expectOk = true);
    // The records of fiscal 2022 in こども未来本部 linked to a record of 2021.
    int linkedNewBureauRecords();
    QString matchState();

    QTemporaryDir m_dir;
    QString m_path;
    int m_databases = 0;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ReviewDatabase> m_db; // the test's own connection, to look
};

void tst_ProjectLinksDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
}

// A fresh database for each test: an undone match is never proposed again.
void tst_ProjectLinksDialog::init()
{
    m_path = m_dir.filePath(QStringLiteral("links%1.sqlite").arg(++m_databases));
    m_db = std::make_unique<ReviewDatabase>();
    QString error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    RecordStore store(*m_db);
    ImportResult r = store.importRecords(withoutCodes(TestSupport::kawasaki2021(), false),
                                         QStringLiteral("kawasaki_r3.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = store.importRecords(withoutCodes(TestSupport::kawasaki2022(), true), QStringLiteral("kawasaki_r4.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
}

void tst_ProjectLinksDialog::cleanup()
{
    m_window.reset();
    m_db.reset();
}

ProjectLinksDialog *tst_ProjectLinksDialog::openDialog()
{
    m_window = TestSupport::openWindow(m_language.get(), m_path);
    if (!m_window)
        return nullptr;
    ProjectLinksDialog *dialog = m_window->showProjectLinks();
    if (!QTest::qWaitFor([dialog] { return !dialog->isReading(); }, 30000))
        return nullptr;
    return dialog;
}

bool tst_ProjectLinksDialog::applyAndWait(ProjectLinksDialog *dialog, bool expectOk)
{
    QSignalSpy finished(dialog, &ProjectLinksDialog::finished);
    QPushButton *apply = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
    if (!apply->isEnabled())
        return false;
    QTest::mouseClick(apply, Qt::LeftButton);
    // Busy meanwhile: nothing to click twice.
    if (dialog->isApplying() && apply->isEnabled())
        return false;
    if (!finished.wait(30000) || finished.first().at(0).toBool() != expectOk)
        return false;
    // The dialog reads the links again, the window its grid.
    return QTest::qWaitFor([dialog] { return !dialog->isReading(); }, 30000)
            && waitForAnswers(m_window->browser());
}

int tst_ProjectLinksDialog::linkedNewBureauRecords()
{
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM project_links l JOIN records r"
                             " ON r.fiscal_year = l.fiscal_year AND r.code = l.code"
                             " WHERE r.fiscal_year = 2022 AND r.bureau = ? AND l.prev_year = 2021"));
    q.addBindValue(newBureau);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString tst_ProjectLinksDialog::matchState()
{
    const QList<ProjectLinks::NameMatch> matches = ProjectLinks(*m_db).nameMatches();
    return matches.size() == 1 ? matches.first().state : QString::number(matches.size());
}

void tst_ProjectLinksDialog::renamesModel()
{
    BureauRenamesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRenames({ { u"企画局"_qs, u"企画部"_qs } });
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.changes().isEmpty());
    QVERIFY(model.addRename(u"経営局"_qs, u"経営部"_qs));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, BureauRenamesModel::OldColumn).data().toString(), u"経営局"_qs);
    QCOMPARE(model.edit(1), BureauRenamesModel::Edit::Added);
    QVERIFY(!model.addRename(u"経営部"_qs, u"経営局"_qs)); // a circle
    QVERIFY(model.addRename(u"企画局"_qs, u"企画本部"_qs)); // changes the stored one
    QCOMPARE(model.edit(0), BureauRenamesModel::Edit::Changed);
    model.toggleRemoved(0);
    QCOMPARE(model.edit(0), BureauRenamesModel::Edit::Removed);
    QVERIFY(model.index(0, BureauRenamesModel::OldColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(model.changes().size(), 2);
    QCOMPARE(model.changes().at(0).oldBureau, u"企画局"_qs);
    QVERIFY(model.changes().at(0).newBureau.isEmpty());
    model.toggleRemoved(1); // an added one goes
    QCOMPARE(model.rowCount(), 1);
    model.toggleRemoved(0); // kept, as stored
    QVERIFY(model.changes().isEmpty());
}

void tst_ProjectLinksDialog::matchesModel()
{
    NameMatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectLinks::NameMatch matched { 2022, u"a"_qs, u"新事業"_qs, 2021, u"b"_qs, u"旧事業"_qs, u"matched"_qs, 0.8 };
    ProjectLinks::NameMatch rejected = matched;
    rejected.code = u"c"_qs;
    rejected.state = u"rejected"_qs;
    model.setMatches({ matched, rejected });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, NameMatchesModel::SimilarityColumn).data().toString(), u"80%"_qs);
    QVERIFY(!model.canDecide(1, true));
    QVERIFY(!model.canDecide(1, false));
    QVERIFY(model.decide(0, true));
    QCOMPARE(model.state(0), u"confirmed"_qs);
    QVERIFY(model.index(0, NameMatchesModel::StateColumn).data().toString().contains(u"not applied"));
    QCOMPARE(model.decisions().size(), 1);
    QVERIFY(model.decide(0, false));
    QCOMPARE(model.state(0), u"rejected"_qs);
    QVERIFY(!model.decisions().first().sameProject);
}

void tst_ProjectLinksDialog::actionOpensTheDialog()
{
    m_window = TestSupport::openWindow(m_language.get(), m_path);
    QVERIFY(m_window);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionProjectLinks"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<ProjectLinksDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(!dialog->isReading());
    // The bureaus of the database to choose from.
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("oldBureauCombo"));
    QVERIFY(combo->findText(oldBureau) >= 0);
    QVERIFY(combo->findText(newBureau) >= 0);
    QCOMPARE(dialog->matchesModel()->rowCount(), 1);
    QCOMPARE(dialog->renamesModel()->rowCount(), 0);
}

void tst_ProjectLinksDialog::addingARenameLinksRemovingUnlinks()
{
    QCOMPARE(linkedNewBureauRecords(), 0);
    ProjectLinksDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(QStringLiteral("oldBureauCombo"))->setCurrentText(oldBureau);
    dialog->findChild<QComboBox *>(QStringLiteral("newBureauCombo"))->setCurrentText(newBureau);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addRenameButton")), Qt::LeftButton);
    QCOMPARE(dialog->renamesModel()->rowCount(), 1);
    QVERIFY(dialog->renameMessage().isEmpty());
    QVERIFY(dialog->statusText().contains(u"not applied yet"));
    QCOMPARE(linkedNewBureauRecords(), 0); // not before Apply
    QVERIFY(applyAndWait(dialog));
    QVERIFY(linkedNewBureauRecords() > 10);
    QCOMPARE(ProjectLinks(*m_db).organisationRenames().size(), 1);
    QCOMPARE(dialog->renamesModel()->edit(0), BureauRenamesModel::Edit::None);
    QVERIFY(dialog->statusText().contains(u"applied"));

    auto *view = dialog->findChild<QTableView *>(QStringLiteral("renamesView"));
    view->setCurrentIndex(dialog->renamesModel()->index(0, 0));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeRenameButton")), Qt::LeftButton);
    QCOMPARE(dialog->renamesModel()->edit(0), BureauRenamesModel::Edit::Removed);
    QVERIFY(applyAndWait(dialog));
    QCOMPARE(linkedNewBureauRecords(), 0);
    QCOMPARE(dialog->renamesModel()->rowCount(), 0);
}

void tst_ProjectLinksDialog::invalidRenameWritesNothing_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("no old name") << QString() << newBureau << u"name the old bureau"_qs;
    QTest::newRow("no new name") << oldBureau << u"  "_qs << u"name the bureau こども未来局 was renamed to"_qs;
    QTest::newRow("to itself") << oldBureau << oldBureau << u"cannot be renamed to itself"_qs;
    // 総務企画局 → こども未来局 is added first: back again is a circle.
    QTest::newRow("circle") << oldBureau << otherBureau << u"go round in a circle: こども未来局 → 総務企画局 → こども未来局"_qs;
}

void tst_ProjectLinksDialog::invalidRenameWritesNothing()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    ProjectLinksDialog *dialog = openDialog();
    QVERIFY(dialog);
    const bool circle = QByteArray(QTest::currentDataTag()) == "circle";
    if (circle)
        QVERIFY(dialog->addRename(otherBureau, oldBureau));
    const int rows = dialog->renamesModel()->rowCount();
    dialog->findChild<QComboBox *>(QStringLiteral("oldBureauCombo"))->setCurrentText(from);
    dialog->findChild<QComboBox *>(QStringLiteral("newBureauCombo"))->setCurrentText(to);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addRenameButton")), Qt::LeftButton);
    QVERIFY2(dialog->renameMessage().contains(message), qPrintable(dialog->renameMessage()));
    QCOMPARE(dialog->renamesModel()->rowCount(), rows);
    QCOMPARE(dialog->changes().renames.size(), rows);
    if (!circle)
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY(ProjectLinks(*m_db).organisationRenames().isEmpty());
    // The core refuses a rename to itself as well, whoever asks (hyoka links).
    QString error;
    if (!from.isEmpty() && from == to)
        QVERIFY(!ProjectLinks(*m_db).setOrganisationRename(from, to, &error));
    QVERIFY(ProjectLinks(*m_db).organisationRenames().isEmpty());
}

void tst_ProjectLinksDialog::nameMatchConfirmedThenUndone()
{
    ProjectLinksDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(matchState(), u"matched"_qs);
    NameMatchesModel *model = dialog->matchesModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->match(0).name, u"電子申請推進事業（拡充）"_qs);
    QCOMPARE(model->match(0).targetName, u"電子申請推進事業"_qs);
    auto *same = dialog->findChild<QPushButton *>(QStringLiteral("sameProjectButton"));
    auto *notSame = dialog->findChild<QPushButton *>(QStringLiteral("notSameProjectButton"));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("matchesView"));
    view->setCurrentIndex(model->index(0, 0));
    QVERIFY(same->isEnabled());
    QTest::mouseClick(same, Qt::LeftButton);
    QCOMPARE(model->state(0), u"confirmed"_qs);
    QCOMPARE(matchState(), u"matched"_qs); // not before Apply
    QVERIFY(applyAndWait(dialog));
    QCOMPARE(matchState(), u"confirmed"_qs);
    QCOMPARE(model->state(0), u"confirmed"_qs);
    QVERIFY(!model->isDecided(0));

    view->setCurrentIndex(model->index(0, 0));
    QVERIFY(!same->isEnabled());
    QTest::mouseClick(notSame, Qt::LeftButton);
    QVERIFY(applyAndWait(dialog));
    QCOMPARE(matchState(), u"rejected"_qs);
    view->setCurrentIndex(model->index(0, 0));
    QVERIFY(!same->isEnabled());
    QVERIFY(!notSame->isEnabled());
}

void tst_ProjectLinksDialog::thresholdPersists()
{
    ProjectLinksDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("thresholdSpin"));
    QCOMPARE(spin->value(), ProjectLinks::defaultNameThreshold);
    spin->setValue(0.95); // the renamed project is less alike than that
    QVERIFY(dialog->changes().threshold.has_value());
    QVERIFY(applyAndWait(dialog));
    QCOMPARE(ProjectLinks(*m_db).nameThreshold(), 0.95);
    QCOMPARE(matchState(), u"0"_qs);
    QCOMPARE(dialog->matchesModel()->rowCount(), 0);
    QVERIFY(!dialog->changes().threshold.has_value());
    // Read again from the database, as a dialog opened later does.
    dialog->refresh();
    QTRY_VERIFY(!dialog->isReading());
    QCOMPARE(spin->value(), 0.95);
}

// A statement that fails takes back every edit of the batch: the rename before it too.
void tst_ProjectLinksDialog::failedApplyChangesNothing()
{
    ProjectLinks links(*m_db);
    ProjectLinks::Changes changes;
    changes.renames.append({ oldBureau, newBureau });
    changes.threshold = 0.9;
    changes.decisions.append({ 2022, u"no such record"_qs, true });
    QString error;
    QVERIFY(!links.apply(changes, &error));
    QVERIFY(error.contains(u"no project matched by name"));
    QVERIFY(links.organisationRenames().isEmpty());
    QCOMPARE(links.nameThreshold(), ProjectLinks::defaultNameThreshold);
    QCOMPARE(matchState(), u"matched"_qs);
    QCOMPARE(linkedNewBureauRecords(), 0);

    // In the dialog: the message, the edits kept for another try.
    ProjectLinksDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->addRename(oldBureau, newBureau));
    // Another client undoes the match meanwhile: the dialog's decision names a match
    // that is not there any more.
    QVERIFY(dialog->decide(0, true));
    QVERIFY(links.undo(2022, dialog->matchesModel()->match(0).code, &error));
    QVERIFY(applyAndWait(dialog, false));
    QVERIFY2(dialog->statusText().contains(u"could not be changed"), qPrintable(dialog->statusText()));
    QCOMPARE(dialog->changes().renames.size(), 1);
    QVERIFY(links.organisationRenames().isEmpty());
    QCOMPARE(linkedNewBureauRecords(), 0);
}

QTEST_MAIN(tst_ProjectLinksDialog)
#include "tst_projectlinksdialog.moc"
