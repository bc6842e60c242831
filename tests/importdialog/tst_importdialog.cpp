// The import dialog (docs/import-dialog.md): its widget-free choices, its preview model,
// and the dialog in the real window: a file of an unknown layout opens it, one column
// corrected, the scale reordered, the profile saved, the import done with exactly those
// choices; the next file of that layout imports without the dialog.
#include "columnprofile.h"
#include "importchoices.h"
#include "importdialog.h"
#include "importjob.h"
#include "importplanner.h"
#include "importpreviewmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "queryworker.h"
#include "recordsink.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "reviewrules.h"

#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Hyoka;

namespace {

QStringList strings(std::initializer_list<const char16_t *> items)
{
    QStringList list;
    for (const char16_t *s : items)
        list.append(QString::fromUtf16(s));
    return list;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(HYOKA_SOURCE_DIR "/tests/importdialog/data/") + name;
}

// The records a file gives with these options.
QList<Record> readWith(const QString &path, const ReadOptions &options)
{
    CollectingSink sink;
    QString error;
    if (!RecordReader::readFile(path, sink, options, &error))
        qWarning("%s", qPrintable(error));
    return sink.records;
}

// The choices of testcity_r6.csv with its name column (B, 件名) chosen.
ImportChoices withName()
{
    ImportChoices c;
    QString error;
    if (!c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error))
        qWarning("%s", qPrintable(error));
    c.setField(1, Field::Name);
    c.setFiscalYear(2025); // the file names no year
    return c;
}

// Recognition's reasons "translated": each source text in brackets.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QByteArray(context).startsWith("Hyoka::Column") ? u'[' + QString::fromUtf8(source) + u']'
                                                              : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unknownLayoutIsNotKnown();
    void knownLayoutsNeedNoDialog_data();
    void knownLayoutsNeedNoDialog();
    void importNeedsNameAndYear_data();
    void importNeedsNameAndYear();
    void correctingAColumn();
    void encodingAndHeaderRow();
    void settingFields_data();
    void settingFields();
    void moneyKindAndYear_data();
    void moneyKindAndYear();
    void reorderedScaleRanksTheRecords();
    void reviewStepsGoIntoTheProfile();
    void reviewStepsAreTheScalesReviewPart();
    void reasonsAreInTheUiLanguage();
    void dialogImportEqualsProfileImport();
    void previewModelPassesTheTester();
    void dialogIsKeyboardOperable();
    void windowImportsThroughTheDialogThenTheProfile();
    void plannerDecidesHowEachFileIsRead();
    void cancelledPlanIsNeverAnswered();
    void laterRulesMoveTheReviewPart();
    void jobSavesTheProfileBeforeTheFile();

private:
    QTemporaryDir m_dir;
};

void tst_ImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_ImportDialog::cleanupTestCase() { }

void tst_ImportDialog::unknownLayoutIsNotKnown()
{
    ImportChoices c;
    QString error;
    QVERIFY2(c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error), qPrintable(error));
    QVERIFY(!c.isKnownLayout());
    QVERIFY(!c.canImport()); // 件名 names no name column
    QVERIFY(c.notFound().contains(QStringLiteral("name")));
    QCOMPARE(c.headerLine(), 1);
    QCOMPARE(c.columnCount(), 10);
    QCOMPARE(c.header(1), QStringLiteral("件名"));
    QCOMPARE(c.previewRows().size(), 8);
    QCOMPARE(c.encoding(), QStringLiteral("UTF-8"));
    // The verdicts are recognised from their values, and say so.
    QCOMPARE(c.field(8), Field::Rating);
    QVERIFY2(c.reason(8).startsWith(QStringLiteral("values")), qPrintable(c.reason(8)));
    QCOMPARE(c.ratingScaleId(), QStringLiteral("letter"));
    QCOMPARE(c.ratingSteps(), (strings({ u"A", u"B", u"C", u"D" })));
}

void tst_ImportDialog::knownLayoutsNeedNoDialog_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("preview");
    QTest::addColumn<bool>("known");
    QTest::newRow("markdown seed") << QStringLiteral(HYOKA_SEED_FILE) << false << true;
    QTest::newRow("shinagawa csv") << QStringLiteral(HYOKA_SOURCE_DIR "/tests/shinagawa/data/shinagawa_r7.csv")
                                   << true << false;
    QTest::newRow("renamed headers") << dataFile(QStringLiteral("testcity_r6.csv")) << true << false;
}

void tst_ImportDialog::knownLayoutsNeedNoDialog()
{
    QFETCH(QString, path);
    QFETCH(bool, preview);
    QFETCH(bool, known);
    QCOMPARE(ImportChoices::canPreview(path), preview);
    if (!preview)
        return;
    ImportChoices c;
    QString error;
    QVERIFY2(c.load(path, &error), qPrintable(error));
    QCOMPARE(c.isKnownLayout(), known);
}

// testcity_r6.csv names no year (no title row, no 年度 column): without one given,
// every row would be skipped, so the import waits for a name column and a year.
void tst_ImportDialog::importNeedsNameAndYear_data()
{
    QTest::addColumn<bool>("name");
    QTest::addColumn<int>("year");       // setFiscalYear(), 0: none
    QTest::addColumn<int>("yearColumn"); // a column chosen as the year, -1: none
    QTest::addColumn<bool>("knowsYear");
    QTest::addColumn<bool>("canImport");
    QTest::newRow("nothing") << false << 0 << -1 << false << false;
    QTest::newRow("name, no year") << true << 0 << -1 << false << false;
    QTest::newRow("year, no name") << false << 2025 << -1 << true << false;
    QTest::newRow("name and year") << true << 2025 << -1 << true << true;
    QTest::newRow("name and a year column") << true << 0 << 0 << true << true;
}

void tst_ImportDialog::importNeedsNameAndYear()
{
    QFETCH(bool, name);
    QFETCH(int, year);
    QFETCH(int, yearColumn);
    ImportChoices c;
    QString error;
    QVERIFY2(c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error), qPrintable(error));
    QCOMPARE(c.fiscalYear(), 0);
    if (name)
        c.setField(1, Field::Name);
    if (year)
        c.setFiscalYear(year);
    if (yearColumn >= 0)
        c.setField(yearColumn, Field::FiscalYear);
    QTEST(c.knowsYear(), "knowsYear");
    QTEST(c.canImport(), "canImport");
}

void tst_ImportDialog::correctingAColumn()
{
    ImportChoices c = withName();
    QVERIFY(c.canImport());
    QCOMPARE(c.field(1), Field::Name);
    QCOMPARE(c.reason(1), QStringLiteral("chosen in the import dialog"));
    QVERIFY(!c.notFound().contains(QStringLiteral("name")));
    // Another column as name: the field moves, B is no longer the name.
    c.setField(5, Field::Name);
    QCOMPARE(c.field(5), Field::Name);
    QCOMPARE(c.field(1), Field::Ignore);
    // Back to B; F becomes a summary, then is left out.
    c.setField(1, Field::Name);
    c.setField(5, Field::Summary);
    QCOMPARE(c.field(5), Field::Summary);
    c.setField(5, Field::Ignore);
    QCOMPARE(c.field(5), Field::Ignore);
    QCOMPARE(c.field(1), Field::Name);
}

void tst_ImportDialog::encodingAndHeaderRow()
{
    ImportChoices c;
    QString error;
    QVERIFY(c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error));
    // Read as Shift_JIS the UTF-8 headers are other text; back to UTF-8 they read again.
    QVERIFY2(c.setEncoding("cp932", &error), qPrintable(error));
    QVERIFY(c.header(1) != QStringLiteral("件名"));
    QVERIFY2(c.setEncoding("UTF-8", &error), qPrintable(error));
    QCOMPARE(c.header(1), QStringLiteral("件名"));
    QCOMPARE(c.encoding(), QStringLiteral("UTF-8"));
    // Another header row: its cells are the headers, the rows below it the data.
    const int second = c.headerCandidates().at(1);
    c.setHeaderLine(second);
    QCOMPARE(c.headerLine(), second);
    QCOMPARE(c.header(1), QStringLiteral("全庁共通プロジェクト推進経費"));
    QCOMPARE(c.previewRows().size(), 7);
    QCOMPARE(c.profile().value(QStringLiteral("header_row")).toInt(), second);
}

void tst_ImportDialog::settingFields_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("key");
    QTest::newRow("bureau") << 2 << int(Field::Bureau) << QStringLiteral("bureau");
    QTest::newRow("division") << 3 << int(Field::Division) << QStringLiteral("division");
    QTest::newRow("category") << 4 << int(Field::Category) << QStringLiteral("category");
    QTest::newRow("page") << 0 << int(Field::RefPage) << QStringLiteral("ref_page");
}

void tst_ImportDialog::settingFields()
{
    QFETCH(int, column);
    QFETCH(int, field);
    QFETCH(QString, key);
    ImportChoices c = withName();
    c.setField(column, Field(field));
    QCOMPARE(c.field(column), Field(field));
    const QJsonObject entry = c.profile().value(QStringLiteral("fields")).toObject().value(key).toObject();
    QCOMPARE(entry.value(QStringLiteral("index")).toInt(), column + 1);
    // The import reads the column as that field.
    const QList<Record> records = readWith(c.path(), c.readOptions());
    QCOMPARE(records.size(), 8);
    const QString cell = c.previewRows().first().cells.at(column).simplified();
    const Record &r = records.first();
    const QString read = key == u"bureau" ? r.bureau : key == u"division" ? r.division
            : key == u"category" ? r.category : QString::number(r.refPage.value_or(-1));
    QCOMPARE(read, cell);
}

void tst_ImportDialog::moneyKindAndYear_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("kindKey");
    QTest::addColumn<int>("expectedYear");
    QTest::newRow("settlement of 2024") << int(AmountKind::Settlement) << 2024 << QStringLiteral("settlement") << 2024;
    QTest::newRow("plan of 2026") << int(AmountKind::Plan) << 2026 << QStringLiteral("plan") << 2026;
    // The header says 前年度: "the record's year" keeps its offset.
    QTest::newRow("budget of the record's year") << int(AmountKind::Budget) << 0 << QStringLiteral("budget") << 2024;
}

void tst_ImportDialog::moneyKindAndYear()
{
    QFETCH(int, kind);
    QFETCH(int, year);
    QFETCH(QString, kindKey);
    QFETCH(int, expectedYear);
    ImportChoices c = withName();
    QVERIFY(c.table().layout.moneyColumns().contains(6));
    c.setMoney(6, AmountKind(kind), year);
    const QJsonArray amounts = c.profile().value(QStringLiteral("amounts")).toArray();
    bool found = false;
    for (const QJsonValue &v : amounts) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("index")).toInt() != 7)
            continue;
        found = true;
        QCOMPARE(a.value(QStringLiteral("kind")).toString(), kindKey);
        QCOMPARE(a.value(QStringLiteral("year")).toInt(), year);
    }
    QVERIFY(found);
    const QList<Record> records = readWith(c.path(), c.readOptions());
    QVERIFY(!records.isEmpty());
    bool hasAmount = false;
    for (const Amount &a : records.first().amounts)
        hasAmount = hasAmount || (a.kind == AmountKind(kind) && a.fiscalYear == expectedYear);
    QVERIFY(hasAmount);
}

void tst_ImportDialog::reorderedScaleRanksTheRecords()
{
    ImportChoices c = withName();
    c.moveRatingStep(3, 0); // D first
    QCOMPARE(c.ratingSteps(), (strings({ u"D", u"A", u"B", u"C" })));
    const QList<Record> records = readWith(c.path(), c.readOptions());
    QCOMPARE(records.size(), 8);
    for (const Record &r : records) {
        QVERIFY(r.rating);
        const int expected = r.rating->label.startsWith(u'B') ? 3 : r.rating->label.startsWith(u'C') ? 4 : 0;
        QCOMPARE(r.rating->rank, expected);
        QCOMPARE(r.rating->ranks, 4);
    }
    // Without the dialog's order: B is 2.
    ImportChoices plain = withName();
    const QList<Record> plainRecords = readWith(plain.path(), plain.readOptions());
    QCOMPARE(plainRecords.at(1).rating->rank, 2);
}

void tst_ImportDialog::reviewStepsGoIntoTheProfile()
{
    ImportChoices c = withName();
    c.setNeedsReview(QStringLiteral("D"), true);
    c.setNeedsReview(QStringLiteral("C"), true);
    c.setNeedsReview(QStringLiteral("X"), true); // not a step
    QCOMPARE(c.reviewSteps(), (strings({ u"C", u"D" })));
    const QJsonObject scale = c.profile().value(QStringLiteral("fields")).toObject()
                                      .value(QStringLiteral("rating")).toObject()
                                      .value(QStringLiteral("scale")).toObject();
    QCOMPARE(scale.value(QStringLiteral("review")).toArray(), QJsonArray::fromStringList(strings({ u"C", u"D" })));
    c.setNeedsReview(QStringLiteral("C"), false);
    QCOMPARE(c.reviewSteps(), QStringList { QStringLiteral("D") });
}

void tst_ImportDialog::reviewStepsAreTheScalesReviewPart()
{
    // The checks start from the rules' review part of the scale (letters from rank 2).
    RuleSettings rules;
    rules.reviewFromRank.insert(QStringLiteral("letter"), 2);
    ImportChoices c;
    c.setRuleSettings(rules);
    QString error;
    QVERIFY(c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error));
    QCOMPARE(c.ratingScaleId(), QStringLiteral("letter"));
    QCOMPARE(c.reviewSteps(), (strings({ u"B", u"C", u"D" })));
    QVERIFY(!c.applyReview(&rules)); // nothing changed
    // A tail: unchecking C leaves out B; checking A takes in everything after it.
    c.setNeedsReview(QStringLiteral("C"), false);
    QCOMPARE(c.reviewSteps(), QStringList { QStringLiteral("D") });
    c.setNeedsReview(QStringLiteral("A"), true);
    QCOMPARE(c.reviewFrom(), 1);
    c.setNeedsReview(QStringLiteral("D"), false);
    QCOMPARE(c.reviewFrom(), 0);
    QVERIFY(c.reviewSteps().isEmpty());
    QVERIFY(c.applyReview(&rules));
    QCOMPARE(rules.reviewFrom(QStringLiteral("letter")), 0);
    // A profile's list: from its first step in the dialog's order on.
    c.moveRatingStep(3, 0); // D, A, B, C
    c.setReviewSteps(strings({ u"C", u"A" }));
    QCOMPARE(c.reviewSteps(), (strings({ u"A", u"B", u"C" })));
    QVERIFY(c.applyReview(&rules));
    QCOMPARE(rules.reviewFromRank.value(QStringLiteral("letter")), 2);
    QCOMPARE(rules.reviewFromRank.value(QStringLiteral("direction")), 3); // other scales kept
}

void tst_ImportDialog::reasonsAreInTheUiLanguage()
{
    // The reasons go through tr(), "header %1" past ColumnLayout's memo of header rows.
    BracketTranslator translator;
    QCoreApplication::installTranslator(&translator);
    ImportChoices c;
    QString error;
    const bool loaded = c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error);
    const QString mapReason = ColumnProfile::parseMap(QStringLiteral("name=B"), &error)->source;
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(c.reason(0), QStringLiteral("[header %1]").arg(u"頁"));
    QVERIFY2(c.reason(8).startsWith(u"[values: "), qPrintable(c.reason(8)));
    QCOMPARE(mapReason, QStringLiteral("[--map]"));
    QCOMPARE(withName().reason(0), QStringLiteral("header 頁")); // English again
}

void tst_ImportDialog::dialogImportEqualsProfileImport()
{
    ImportChoices c = withName();
    c.setFiscalYear(2025);
    c.moveRatingStep(3, 0);
    c.setField(2, Field::Bureau);
    // A profile saved in a database and read back reads the file as the dialog does.
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("profiles.sqlite")), &error), qPrintable(error));
    ProfileStore store(db);
    QVERIFY2(c.saveProfile(store, QStringLiteral("testcity"), c.suggestedPattern(), &error), qPrintable(error));
    QCOMPARE(c.suggestedPattern(), QStringLiteral("testcity_r*.csv"));
    const std::optional<StoredProfile> stored = store.match(dataFile(QStringLiteral("testcity_r7.csv")));
    QVERIFY(stored);
    ReadOptions fromProfile;
    QVERIFY2(ColumnProfile::applyText(stored->profile.toUtf8(), QStringLiteral("profile testcity"),
                                      &fromProfile, &error),
             qPrintable(error));
    const QList<Record> viaDialog = readWith(c.path(), c.readOptions());
    const QList<Record> viaProfile = readWith(c.path(), fromProfile);
    QCOMPARE(viaDialog.size(), 8);
    QCOMPARE(viaProfile.size(), viaDialog.size());
    for (qsizetype i = 0; i < viaDialog.size(); ++i) {
        QCOMPARE(viaProfile.at(i).name, viaDialog.at(i).name);
        QCOMPARE(viaProfile.at(i).bureau, viaDialog.at(i).bureau);
        QCOMPARE(viaProfile.at(i).fiscalYear, 2025);
        QCOMPARE(viaProfile.at(i).rating, viaDialog.at(i).rating);
        QCOMPARE(viaProfile.at(i).amounts, viaDialog.at(i).amounts);
    }
}

void tst_ImportDialog::previewModelPassesTheTester()
{
    ImportChoices c;
    QString error;
    QVERIFY(c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error));
    ImportPreviewModel model(&c);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1 + 8);
    QCOMPARE(model.columnCount(), 10);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("B 件名"));
    QCOMPARE(model.index(ImportPreviewModel::FieldRow, 8).data().toString(), QStringLiteral("Rating"));
    QVERIFY(model.index(ImportPreviewModel::FieldRow, 8).data(Qt::ToolTipRole).toString().startsWith(u"values"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("全庁共通プロジェクト推進経費"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2); // the file's line
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    c.setField(1, Field::Name);
    model.refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.index(ImportPreviewModel::FieldRow, 1).data().toString(), QStringLiteral("Project name"));
}

void tst_ImportDialog::dialogIsKeyboardOperable()
{
    ImportChoices c;
    QString error;
    QVERIFY(c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error));
    ImportDialog dialog(c);
    // Every label with a mnemonic leads to its widget.
    int mnemonics = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&'))
            continue;
        ++mnemonics;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(mnemonics >= 6);
    // The current column's chooser sets the field without the mouse.
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("preview"));
    auto *chooser = dialog.findChild<QComboBox *>(QStringLiteral("columnField"));
    QVERIFY(preview && chooser);
    QVERIFY(!preview->tabKeyNavigation()); // Tab leaves the preview
    preview->setCurrentIndex(preview->model()->index(2, 1));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("columnReason"))->text().contains(u"件名"));
    const int nameIndex = int(ImportPreviewModel::choosableFields().indexOf(Field::Name));
    chooser->setCurrentIndex(nameIndex);
    emit chooser->activated(nameIndex);
    QTRY_COMPARE(dialog.choices().field(1), Field::Name);
    // The file names no year: typed into Fiscal year, the import can start.
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("fiscalYear"));
    QVERIFY(year);
    QTest::keyClick(year, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(year, QStringLiteral("2025"));
    QCOMPARE(dialog.choices().fiscalYear(), 2025);
    QVERIFY(ok->isEnabled());
    // Up and Down move the current step.
    auto *steps = dialog.findChild<QListWidget *>(QStringLiteral("ratingSteps"));
    QVERIFY(steps);
    QTRY_COMPARE(steps->count(), 4);
    steps->setCurrentRow(3);
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == u"&Up")
            b->click();
    }
    QCOMPARE(dialog.choices().ratingSteps(), (strings({ u"A", u"B", u"D", u"C" })));
    QCOMPARE(steps->currentRow(), 2);
    // A drag moves a row of the list (an internal move): the order follows.
    QVERIFY(steps->model()->moveRow(QModelIndex(), 3, QModelIndex(), 0));
    QCOMPARE(dialog.choices().ratingSteps(), (strings({ u"C", u"A", u"B", u"D" })));
    QTRY_COMPARE(steps->item(0)->text(), QStringLiteral("1. C"));
}

void tst_ImportDialog::windowImportsThroughTheDialogThenTheProfile()
{
    LanguageManager language;
    QVERIFY(language.setPreference(QStringLiteral("en")));
    auto window = std::make_unique<MainWindow>(&language);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QString error;
    QVERIFY2(window->openDatabase(m_dir.filePath(QStringLiteral("review.sqlite")), &error),
             qPrintable(error));
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
    QCOMPARE(ReviewRules::loadSettings(*window->database()).reviewFromRank.value(QStringLiteral("letter")), 4);
    QVERIFY(dialogDone.first().at(1).value<ImportJob *>());
    QCOMPARE(imports.started(), 1);
    const auto outcome = imports.next();
    QVERIFY(outcome);
    QVERIFY2(outcome->errors.isEmpty(), qPrintable(outcome->errors.join(u'\n')));
    QCOMPARE(outcome->imported, 8);

    // The records carry the chosen mapping; the profile is in the database.
    QSqlQuery q(window->database()->database());
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
    const std::optional<StoredProfile> stored = ProfileStore(*window->database()).load(QStringLiteral("testcity"));
    QVERIFY(stored);
    QCOMPARE(stored->pattern, QStringLiteral("testcity_r*.csv"));
    QTRY_VERIFY(!window->findChild<ImportDialog *>());

    // The checked step is the letter scale's review part in the database's rules
    // (rank 4 of D, A, B, C), and the rule suggests exactly the records rated C, not B.
    const RuleSettings rules = ReviewRules::loadSettings(*window->database(), &error);
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
void tst_ImportDialog::plannerDecidesHowEachFileIsRead()
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
    QVERIFY2(reads.setDatabase(dbPath, &error), qPrintable(error));

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
void tst_ImportDialog::cancelledPlanIsNeverAnswered()
{
    QueryWorker reads;
    QString error;
    QVERIFY2(reads.setDatabase(m_dir.filePath(QStringLiteral("cancel.sqlite")), &error), qPrintable(error));
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

// The dialog of a file read earlier starts from the rules as they are when it opens.
void tst_ImportDialog::laterRulesMoveTheReviewPart()
{
    ImportChoices c = withName();
    QCOMPARE(c.ratingScaleId(), QStringLiteral("letter"));
    const int before = c.reviewFrom();
    RuleSettings rules;
    rules.reviewFromRank.insert(QStringLiteral("letter"), before == 4 ? 3 : 4);
    c.setRuleSettings(rules);
    QCOMPARE(c.reviewFrom(), before == 4 ? 3 : 4);
}

// "Save as profile" is written by the import's own job, on its thread; a profile that
// cannot be saved is one of the job's errors and the file is imported all the same.
void tst_ImportDialog::jobSavesTheProfileBeforeTheFile()
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

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
