// The import dialog (docs/import-dialog.md): its widget-free choices, its preview model
// and the dialog on its own (the dialog in the real window: tst_importwindow).
#include "columnprofile.h"
#include "importchoices.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "recordsink.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "reviewrules.h"

#include "importdialogdata.h"
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
using namespace Hyoka::ImportDialogTest;

namespace {

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
    void laterRulesMoveTheReviewPart();

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
    QVERIFY2(store.save(QStringLiteral("testcity"), c.suggestedPattern(), c.profileText(), &error), qPrintable(error));
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

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
