// The import dialog in the real window and what runs around it off the GUI thread
// (docs/import-dialog.md): a file of an unknown layout opens the dialog, one column
// corrected, the scale reordered, the profile saved, the import done with exactly those
// choices, the next file of that layout imported without the dialog; the planner that
// decides which files need the dialog; the import job that saves the profile.
#include "browsertest.h"
#include "importchoices.h"
#include "importdialog.h"
#include "importjob.h"
#include "importplanner.h"
#include "importpreviewmodel.h"
#include "importwarningsdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "queryworker.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "reviewrules.h"

#include "importdialogdata.h"
#include "windowtest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::ImportDialogTest;

class tst_ImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowImportsThroughTheDialogThenTheProfile();
    void plannerDecidesHowEachFileIsRead();
    void cancelledPlanIsNeverAnswered();
    void jobSavesTheProfileBeforeTheFile();
    void summaryWaitsWhileADialogAsks();
    void failuresThenSummaryInTurn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
};

void tst_ImportWindow::initTestCase()
{
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
    QVERIFY(m_dir.isValid());
}

void tst_ImportWindow::windowImportsThroughTheDialogThenTheProfile()
{
    const auto window = TestSupport::openWindow(m_language.get(), m_dir.filePath(QStringLiteral("review.sqlite")));
    QVERIFY(window);
    QSignalSpy dialogDone(window.get(), &MainWindow::importDialogFinished);
    // Each job is watched as it is made: by the time the spy's wait returns, an import
    // of eight rows may have finished and its job been deleted.
    TestSupport::WindowImports imports(window.get());

    // An unknown layout: no job, the dialog asks (once the file's first rows are read,
    // off the GUI thread).
    window->importFiles({ dataFile(QStringLiteral("testcity_r6.csv")) });
    QTRY_VERIFY(window->findChild<ImportDialog *>());
    auto *dialog = window->findChild<ImportDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!window->isPlanningImports());
    QCOMPARE(imports.started(), 0);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name column yet

    // Correct one column with the chooser above it.
    auto *preview = dialog->findChild<QTableView *>(QStringLiteral("preview"));
    auto *nameCombo = qobject_cast<QComboBox *>(preview->indexWidget(preview->model()->index(0, 1)));
    QVERIFY(nameCombo);
    const int nameIndex = int(ImportPreviewModel::choosableFields().indexOf(Field::Name));
    nameCombo->setCurrentIndex(nameIndex);
    emit nameCombo->activated(nameIndex);
    // The file names no year: every row would be skipped, so the dialog asks for one.
    auto *needs = dialog->findChild<QLabel *>(QStringLiteral("notFound"));
    QVERIFY(needs);
    QTRY_VERIFY2(needs->text().contains(QStringLiteral("fiscal year")), qPrintable(needs->text()));
    QVERIFY(!ok->isEnabled());
    dialog->findChild<QSpinBox *>(QStringLiteral("fiscalYear"))->setValue(2025);
    QVERIFY(ok->isEnabled());
    QVERIFY2(!needs->text().contains(QStringLiteral("fiscal year")), qPrintable(needs->text()));

    // Reorder the scale: D to the top (Up three times); D needs review.
    auto *steps = dialog->findChild<QListWidget *>(QStringLiteral("ratingSteps"));
    QTRY_COMPARE(steps->count(), 4);
    steps->setCurrentRow(3);
    QPushButton *up = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        up = b->text() == u"&Up" ? b : up;
    QVERIFY(up);
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(dialog->choices().ratingSteps(), (strings({ u"D", u"A", u"B", u"C" })));
    // The review part starts as the database's rules have it (letters from rank 3) and
    // is a tail: checking A takes in B and C; unchecking B leaves out A and B.
    auto checked = [steps] {
        QStringList labels;
        for (int row = 0; row < steps->count(); ++row) {
            if (steps->item(row)->checkState() == Qt::Checked)
                labels.append(steps->item(row)->data(Qt::UserRole).toString());
        }
        return labels;
    };
    QCOMPARE(checked(), (strings({ u"B", u"C" })));
    steps->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(checked(), (strings({ u"A", u"B", u"C" })));
    steps->item(2)->setCheckState(Qt::Unchecked);
    QCOMPARE(checked(), QStringList { QStringLiteral("C") });
    QCOMPARE(dialog->choices().reviewSteps(), QStringList { QStringLiteral("C") });

    // Save as profile.
    auto *save = dialog->findChild<QGroupBox *>(QStringLiteral("saveProfile"));
    save->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("testcity"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("profilePattern"))->text(),
             QStringLiteral("testcity_r*.csv"));

    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(dialogDone.size(), 1);
    // The review step is stored (on the review session's thread) before the import starts.
    const std::unique_ptr<ReviewDatabase> db = TestSupport::connectionTo(*window);
    QVERIFY(db);
    QCOMPARE(ReviewRules::loadSettings(*db).reviewFromRank.value(QStringLiteral("letter")), 4);
    QVERIFY(dialogDone.first().at(1).value<ImportJob *>());
    QCOMPARE(imports.started(), 1);
    const auto outcome = imports.next();
    QVERIFY(outcome);
    QVERIFY2(outcome->errors.isEmpty(), qPrintable(outcome->errors.join(u'\n')));
    QCOMPARE(outcome->imported, 8);

    // The records carry the chosen mapping; the profile is in the database.
    QSqlQuery q(db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name, fiscal_year, rating_label, rating_rank FROM records "
                                  "ORDER BY source_line")));
    int n = 0;
    while (q.next()) {
        ++n;
        QVERIFY(!q.value(0).toString().isEmpty());
        QCOMPARE(q.value(1).toInt(), 2025);
        const QString label = q.value(2).toString();
        QCOMPARE(q.value(3).toInt(), label.startsWith(u'B') ? 3 : label.startsWith(u'C') ? 4 : 0);
    }
    QCOMPARE(n, 8);
    const std::optional<StoredProfile> stored = ProfileStore(*db).load(QStringLiteral("testcity"));
    QVERIFY(stored);
    QCOMPARE(stored->pattern, QStringLiteral("testcity_r*.csv"));
    QTRY_VERIFY(!window->findChild<ImportDialog *>());

    // The checked step is the letter scale's review part in the database's rules
    // (rank 4 of D, A, B, C), and the rule suggests exactly the records rated C, not B.
    QString error;
    const RuleSettings rules = ReviewRules::loadSettings(*db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rules.reviewFromRank.value(QStringLiteral("letter")), 4);
    QCOMPARE(window->review()->ruleSettings().reviewFrom(QStringLiteral("letter")), 4);
    const SqlCondition rule = ReviewRules::suggestedCondition(rules, QStringLiteral("level_below_target"));
    QVERIFY(q.prepare(QStringLiteral("SELECT rating_label FROM records WHERE ") + rule.sql));
    for (const QVariant &value : rule.values)
        q.addBindValue(value);
    QVERIFY(q.exec());
    int suggested = 0;
    while (q.next()) {
        ++suggested;
        QVERIFY2(q.value(0).toString().startsWith(u'C'), qPrintable(q.value(0).toString()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM records WHERE substr(rating_label, 1, 1) = 'C'")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QCOMPARE(suggested, q.value(0).toInt());

    // The next file of the layout: matched by the profile, no dialog.
    window->importFiles({ dataFile(QStringLiteral("testcity_r7.csv")) });
    const auto secondOutcome = imports.next();
    QVERIFY(!window->findChild<ImportDialog *>());
    QVERIFY(secondOutcome);
    QCOMPARE(secondOutcome->imported, 6);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM records r JOIN imports i ON r.import_id = i.id "
                                  "WHERE i.file_name LIKE '%testcity_r7.csv' AND name <> '' AND fiscal_year = 2025 AND "
                                  "rating_rank = CASE substr(rating_label, 1, 1) WHEN 'A' THEN 2 "
                                  "WHEN 'B' THEN 3 WHEN 'C' THEN 4 ELSE 1 END")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 6);
    QCOMPARE(dialogDone.size(), 1);
}

// The planner (off the GUI thread): the seed (not a table the dialog shows) and a file
// its saved profile matches are imported at once, in the order given; a file of an
// unknown layout goes to the dialog with its first rows read; a matching profile that
// cannot be applied is said, and the dialog asks instead.
void tst_ImportWindow::plannerDecidesHowEachFileIsRead()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("planner.sqlite"));
    const QString matched = m_dir.filePath(QStringLiteral("testcity_r9.csv"));
    const QString unknown = m_dir.filePath(QStringLiteral("othercity_r6.csv"));
    const QString broken = m_dir.filePath(QStringLiteral("brokencity_r6.csv"));
    for (const QString &copy : { matched, unknown, broken })
        QVERIFY(QFile::copy(dataFile(QStringLiteral("testcity_r6.csv")), copy));
    {
        ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(dbPath, &error), qPrintable(error));
        ProfileStore store(db);
        QVERIFY2(store.save(QStringLiteral("testcity"), QStringLiteral("testcity_r*.csv"),
                            withName().profileText(), &error),
                 qPrintable(error));
        QVERIFY2(store.save(QStringLiteral("broken"), QStringLiteral("brokencity_r*.csv"),
                            QStringLiteral("{ not json"), &error),
                 qPrintable(error));
    }
    QueryWorker reads;
    QString error;
    QVERIFY2(TestSupport::openWorker(reads, dbPath, &error), qPrintable(error));

    ImportPlanner planner;
    QSignalSpy pending(&planner, &ImportPlanner::pendingChanged);
    std::optional<ImportPlanner::Plan> plan;
    const QStringList paths = { QStringLiteral(HYOKA_SEED_FILE), unknown, matched, broken };
    planner.plan(&reads, paths, RuleSettings(), [&plan](const ImportPlanner::Plan &p) { plan = p; });
    QCOMPARE(planner.pending(), 1);
    QVERIFY(!plan); // answered from the event loop, never at once
    QTRY_VERIFY(plan);
    QCOMPARE(planner.pending(), 0);
    QCOMPARE(pending.size(), 2);

    QCOMPARE(plan->direct, (QStringList { QStringLiteral(HYOKA_SEED_FILE), matched }));
    QCOMPARE(plan->options.size(), 2);
    // The matched file is read as the profile says (name in column B, year 2025).
    const QList<Record> records = readWith(matched, plan->options.at(1));
    QCOMPARE(records.size(), 8);
    QCOMPARE(records.first().fiscalYear, 2025);
    QVERIFY(!records.first().name.isEmpty());
    QCOMPARE(plan->profileNotes,
             QStringList { QStringLiteral("testcity_r9.csv: read with the saved profile testcity") });
    QCOMPARE(plan->errors.size(), 1);
    QVERIFY2(plan->errors.first().contains(QStringLiteral("broken")), qPrintable(plan->errors.first()));
    QCOMPARE(plan->dialogs.size(), 2);
    QCOMPARE(plan->dialogs.at(0).path(), unknown);
    QCOMPARE(plan->dialogs.at(1).path(), broken);
    QCOMPARE(plan->dialogs.at(0).previewRows().size(), 8); // read once, for the dialog
    QVERIFY(!plan->dialogs.at(0).isKnownLayout());
}

// A plan asked before the database changed is dropped: neither its profile read nor
// its previews answer.
void tst_ImportWindow::cancelledPlanIsNeverAnswered()
{
    QueryWorker reads;
    QString error;
    QVERIFY2(TestSupport::openWorker(reads, m_dir.filePath(QStringLiteral("cancel.sqlite")), &error), qPrintable(error));
    ImportPlanner planner;
    int answers = 0;
    const auto count = [&answers](const ImportPlanner::Plan &) { ++answers; };
    planner.plan(&reads, { dataFile(QStringLiteral("testcity_r6.csv")) }, RuleSettings(), count);
    planner.cancel();
    QCOMPARE(planner.pending(), 0);
    // A plan asked afterwards is answered; the one before still is not.
    planner.plan(&reads, { dataFile(QStringLiteral("testcity_r7.csv")) }, RuleSettings(), count);
    QTRY_COMPARE(answers, 1);
    QTest::qWait(200);
    QCOMPARE(answers, 1);
    QCOMPARE(planner.pending(), 0);
}

// "Save as profile" is written by the import's own job, on its thread; a profile that
// cannot be saved is one of the job's errors and the file is imported all the same.
void tst_ImportWindow::jobSavesTheProfileBeforeTheFile()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("jobprofile.sqlite"));
    const ImportChoices choices = withName();
    for (const QString &name : { QStringLiteral("saved"), QStringLiteral(" ") }) {
        ImportJob job(dbPath, { dataFile(QStringLiteral("testcity_r6.csv")) }, nullptr, { choices.readOptions() });
        job.setProfile(ProfileToSave { name, QStringLiteral("testcity_r*.csv"), choices.profileText() });
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        const bool named = !name.trimmed().isEmpty();
        QCOMPARE(job.profileSaved(), named);
        QCOMPARE(job.results().size(), 1);
        QVERIFY2(job.results().first().ok, qPrintable(job.results().first().error));
        QCOMPARE(job.importedCount(), 8);
        if (named) {
            QVERIFY2(job.errors().isEmpty(), qPrintable(job.errors().join(u'\n')));
        } else {
            QCOMPARE(job.errors().size(), 1);
            QVERIFY2(job.errors().first().contains(QStringLiteral("a profile needs a name")),
                     qPrintable(job.errors().first()));
        }
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(dbPath, &error), qPrintable(error));
    const std::optional<StoredProfile> stored = ProfileStore(db).load(QStringLiteral("saved"), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->pattern, QStringLiteral("testcity_r*.csv"));
    QCOMPARE(stored->profile, choices.profileText());
}

// The seed and a file of an unknown layout given together: the seed imports at once,
// and its summary waits until the import dialog asking about the other file is closed,
// instead of opening over it.
void tst_ImportWindow::summaryWaitsWhileADialogAsks()
{
    const auto window = TestSupport::openWindow(m_language.get(), m_dir.filePath(QStringLiteral("summary.sqlite")));
    QVERIFY(window);
    TestSupport::WindowImports imports(window.get());

    window->importFiles({ QStringLiteral(HYOKA_SEED_FILE), dataFile(QStringLiteral("testcity_r6.csv")) });
    QTRY_VERIFY(window->findChild<ImportDialog *>() && window->findChild<ImportDialog *>()->isVisible());
    auto *dialog = window->findChild<ImportDialog *>();
    const auto seed = imports.next();
    QVERIFY(seed);
    QCOMPARE(seed->imported, 38);
    QTRY_VERIFY(window->findChild<ImportWarningsDialog *>()); // made when the import ended
    auto *summary = window->findChild<ImportWarningsDialog *>();
    QTest::qWait(100);
    QVERIFY(!summary->isVisible());
    QVERIFY(dialog->isVisible());

    dialog->reject();
    QTRY_VERIFY(summary->isVisible());
    QVERIFY(!window->findChild<ImportDialog *>() || !window->findChild<ImportDialog *>()->isVisible());
    summary->close();
}

// A file that fails beside one that imports: the failure is said first, the summary of
// what was imported once that is closed, never the two at once, and neither runs an
// event loop of its own inside the import's end.
void tst_ImportWindow::failuresThenSummaryInTurn()
{
    const auto window = TestSupport::openWindow(m_language.get(), m_dir.filePath(QStringLiteral("inturn.sqlite")));
    QVERIFY(window);
    const QString notable = m_dir.filePath(QStringLiteral("notable.md"));
    {
        QFile f(notable);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("これは表ではありません\n");
    }
    TestSupport::WindowImports imports(window.get());
    window->importFiles({ notable, QStringLiteral(HYOKA_SEED_FILE) });
    const auto outcome = imports.next();
    QVERIFY(outcome);
    QCOMPARE(outcome->imported, 38);
    QCOMPARE(outcome->errors.size(), 1);

    QMessageBox *failure = nullptr;
    QTRY_VERIFY((failure = window->findChild<QMessageBox *>()) && failure->isVisible());
    QVERIFY2(failure->text().contains(QStringLiteral("notable.md")), qPrintable(failure->text()));
    auto *summary = window->findChild<ImportWarningsDialog *>();
    QVERIFY(summary);
    QTest::qWait(100);
    QVERIFY(!summary->isVisible());

    failure->accept();
    QTRY_VERIFY(summary->isVisible());
    summary->close();
}

QTEST_MAIN(tst_ImportWindow)
#include "tst_importwindow.moc"
