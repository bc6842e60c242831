// File → Import History (docs/storage.md, "Import history"): the dialog's model under
// QAbstractItemModelTester, the dialog reading on the read service, and the window's
// menu entry.
#include "browsertest.h"
#include "windowtest.h"

#include "importhistory.h"
#include "importhistorydialog.h"
#include "importhistorymodel.h"
#include "queryworker.h"
#include "recordreader.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "testrecords.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCryptographicHash>
#include <QPushButton>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

class tst_ImportHistoryWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelPassesTester();
    void dialogReadsOnTheReadService();
    void windowMenuOpensHistory();

private:
    QTemporaryDir m_dir;
    QString m_db, m_bad;
    std::unique_ptr<LanguageManager> m_language;
};

void tst_ImportHistoryWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
    QString error;
    const auto files = TestSupport::importHistoryDatabase(
            m_dir.path(),
            QStringLiteral("事務事業コード,事務事業名,事務事業の概要,年度,局名,予算額,決算額\n"
                           "10000001,良い事業,概要,2023,テスト局,1200,1100\nX,悪い,,2023,テスト局,,\n")
                    .toUtf8(),
            &error);
    QVERIFY2(files, qPrintable(error));
    m_db = files->database;
    m_bad = files->bad;
}

void tst_ImportHistoryWindow::modelPassesTester()
{
    ImportHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    ReviewDatabase db;
    QVERIFY(db.open(m_db, nullptr));
    const ImportHistory history = ImportHistory::read(&db);
    model.setEntries(history.entries);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImportHistoryModel::ColumnCount));
    QCOMPARE(model.index(0, ImportHistoryModel::File).data().toString(), QStringLiteral("bad.csv"));
    QCOMPARE(model.index(0, ImportHistoryModel::File).data(Qt::ToolTipRole).toString(), m_bad);
    QCOMPARE(model.index(0, ImportHistoryModel::Records).data(Qt::UserRole).toInt(), 1);
    QCOMPARE(model.index(0, ImportHistoryModel::Skipped).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, ImportHistoryModel::New).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, ImportHistoryModel::Updated).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(0, ImportHistoryModel::Warnings).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(2, ImportHistoryModel::File).data().toString(), QStringLiteral("kawasaki_r3_evaluation.md"));
    QCOMPARE(model.index(2, ImportHistoryModel::Records).data().toString(), QStringLiteral("38"));
    QCOMPARE(model.index(2, ImportHistoryModel::Current).data(Qt::UserRole).toLongLong(), 38);
    QCOMPARE(model.headerData(ImportHistoryModel::Skipped, Qt::Horizontal).toString(), QStringLiteral("Skipped"));
    QCOMPARE(model.index(2, ImportHistoryModel::Time).data().toString(),
             ImportHistoryModel::timeText(history.entries.at(2).importedAt));
    // An import stored before the new / updated counts: a dash.
    ImportHistory::Entry old = history.entries.at(2);
    old.inserted = old.updated = -1;
    model.setEntries({ old });
    QCOMPARE(model.index(0, ImportHistoryModel::New).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(0, ImportHistoryModel::Updated).data(Qt::ToolTipRole).toString().isEmpty());
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ImportHistoryWindow::dialogReadsOnTheReadService()
{
    QueryWorker worker;
    QString error;
    QVERIFY2(TestSupport::openWorker(worker, m_db, &error), qPrintable(error));
    ImportHistoryDialog dialog;
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setReadService(&worker);
    QSignalSpy shown(&dialog, &ImportHistoryDialog::historyShown);
    dialog.show();
    dialog.refresh();
    QVERIFY(dialog.isReading()); // the answer comes later, from the worker thread
    QVERIFY(shown.wait(30000));
    QVERIFY(!dialog.isReading());
    QCOMPARE(dialog.model()->rowCount(), 3);
    // The newest import is selected: the bad file, its warning, hash and one group.
    const ImportHistory::Entry *e = dialog.currentEntry();
    QVERIFY(e);
    QCOMPARE(e->fileName, m_bad);
    QFile bad(m_bad);
    QVERIFY(bad.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bad.readAll(), QCryptographicHash::Sha256).toHex());
    QVERIFY2(dialog.hashText().contains(sha), qPrintable(dialog.hashText()));
    QVERIFY2(dialog.warningsText().startsWith(m_bad + QStringLiteral(":3: ")), qPrintable(dialog.warningsText()));
    QCOMPARE(dialog.summaryRows(), (QList<QStringList> { { QStringLiteral("テスト局"), QStringLiteral("FY2023"),
                                                           QStringLiteral("1"), QStringLiteral("1,200"),
                                                           QStringLiteral("1,100") } }));
    // Another import selected: its own groups.
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("importsView"));
    QVERIFY(view);
    view->selectRow(2);
    QCOMPARE(dialog.currentEntry()->fileName, QStringLiteral(HYOKA_SEED_FILE));
    const QList<QStringList> rows = dialog.summaryRows();
    QVERIFY(!rows.isEmpty());
    qint64 records = 0;
    for (const QStringList &row : rows) {
        QCOMPARE(row.at(1), QStringLiteral("FY2021"));
        records += row.at(2).toLongLong();
    }
    QCOMPARE(records, 38);
    // A refresh keeps the selected import.
    dialog.refresh();
    QVERIFY(shown.wait(30000));
    QCOMPARE(dialog.currentEntry()->fileName, QStringLiteral(HYOKA_SEED_FILE));
}

void tst_ImportHistoryWindow::windowMenuOpensHistory()
{
    std::unique_ptr<MainWindow> window = TestSupport::openWindow(m_language.get(), m_db);
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("actionImportHistory"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("Import His&tory…"));
    action->trigger();
    auto *dialog = window->findChild<ImportHistoryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 3, 30000);
    QVERIFY(!dialog->isReading());
    const int all = window->recordView()->model()->rowCount();
    QCOMPARE(all, 38 + 38 + 1);
    // Show Its Records: the grid keeps the records of the selected import only.
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("showRecordsButton"));
    QVERIFY(button);
    QCOMPARE(dialog->currentEntry()->fileName, m_bad);
    QVERIFY(button->isEnabled());
    button->click();
    QVERIFY(TestSupport::waitForAnswers(window->browser()));
    QCOMPARE(window->browser()->filter().importIds, (QList<qint64> { dialog->currentEntry()->id }));
    QTRY_COMPARE_WITH_TIMEOUT(window->recordView()->model()->rowCount(), 1, 30000);
    QVERIFY2(window->infoText().contains(QStringLiteral("bad.csv")), qPrintable(window->infoText()));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("importsView"));
    view->selectRow(2);
    button->click();
    QVERIFY(TestSupport::waitForAnswers(window->browser()));
    QTRY_COMPARE_WITH_TIMEOUT(window->recordView()->model()->rowCount(), 38, 30000);
    QVERIFY(window->infoText().contains(QStringLiteral("kawasaki_r3_evaluation.md")));
    // Clear Filters shows every record again and the notice goes.
    window->browser()->clearFilters();
    QVERIFY(TestSupport::waitForAnswers(window->browser()));
    QTRY_COMPARE_WITH_TIMEOUT(window->recordView()->model()->rowCount(), all, 30000);
    QCOMPARE(window->infoText(), QString());
}

QTEST_MAIN(tst_ImportHistoryWindow)
#include "tst_importhistorywindow.moc"
