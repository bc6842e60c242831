// The review window's grid models on the seed in a temporary SQLite database:
// QAbstractItemModelTester on each, SQL-side sort on every column, roles and
// formatting, the indicator table, a table without numbers, and the row-block cache on
// more rows than one block. Search, facets and totals are in tst_recordfilters. The
// browser answers on its worker thread: each change is waited for (browsertest.h).
#include "facetmodel.h"
#include "indicatortablemodel.h"
#include "recordbrowser.h"
#include "recordquery.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"

#include "seededbrowser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

class tst_RecordModel : public QObject, private SeededBrowserFixture
{
    Q_OBJECT

private slots:
    void numberColumnEmptyWithoutNumber();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void modelsPassTheTester();
    void sortByBudgetDescending();
    void sortKeepsPersistentIndexes();
    void sortOnEveryColumn();
    void rolesAndFormatting();
    void indicatorModel();
    void rowCacheOnManyRecords();
};

void tst_RecordModel::initTestCase()
{
    openSeeded();
}

void tst_RecordModel::cleanupTestCase()
{
    close();
}

void tst_RecordModel::init()
{
    freshBrowser();
}

void tst_RecordModel::modelsPassTheTester()
{
    RecordTableModel *table = m_browser->tableModel();
    QAbstractItemModelTester tableTester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<std::shared_ptr<QAbstractItemModelTester>> facetTesters;
    for (FacetModel *facet : m_browser->facetModels())
        facetTesters.append(std::make_shared<QAbstractItemModelTester>(
                facet, QAbstractItemModelTester::FailureReportingMode::QtTest));

    // Drive every kind of change under the testers, each answered before the next.
    FacetModel *bureaus = m_browser->facetModel(RecordQuery::Facet::Bureau);
    const std::function<void()> changes[] = {
        [&] { m_browser->setSearchText(QStringLiteral("保育")); },
        [&] { table->sort(RecordTableModel::BudgetColumn, Qt::DescendingOrder); },
        [&] { QVERIFY(bureaus->setData(bureaus->index(0), Qt::Checked, Qt::CheckStateRole)); },
        [&] { m_browser->setUnderperformingOnly(true); },
        [&] { table->sort(RecordTableModel::NameColumn, Qt::AscendingOrder); },
        [&] { m_browser->clearFilters(); },
        [&] { table->sort(-1); },
        [&] { m_browser->refresh(); },
    };
    for (const auto &change : changes) {
        change();
        QVERIFY(answered());
    }
    QCOMPARE(table->rowCount(), 38);

    IndicatorTableModel indicators;
    QAbstractItemModelTester indicatorTester(&indicators,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Record &r : std::as_const(m_records))
        indicators.setIndicators(r.indicators);
    indicators.retranslate();
}

void tst_RecordModel::sortByBudgetDescending()
{
    RecordTableModel *model = m_browser->tableModel();
    QSignalSpy layoutSpy(model, &RecordTableModel::layoutChanged);
    QSignalSpy resetSpy(model, &RecordTableModel::modelReset);
    model->sort(RecordTableModel::BudgetColumn, Qt::DescendingOrder);
    QVERIFY(answered());
    QCOMPARE(layoutSpy.count(), 1);
    QCOMPARE(resetSpy.count(), 0);
    QCOMPARE(model->rowCount(), 38);
    QCOMPARE(model->index(0, RecordTableModel::NameColumn).data().toString(),
             QStringLiteral("民間保育所運営事業"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant budget = model->index(row, RecordTableModel::BudgetColumn)
                                        .data(RecordTableModel::RawValueRole);
        if (budget.isNull())
            continue;
        QVERIFY(budget.toLongLong() <= previous);
        previous = budget.toLongLong();
    }
}

void tst_RecordModel::sortKeepsPersistentIndexes()
{
    RecordTableModel *model = m_browser->tableModel();
    const QPersistentModelIndex kept = model->index(5, RecordTableModel::NameColumn);
    const QString name = kept.data().toString();
    model->sort(RecordTableModel::BudgetColumn, Qt::AscendingOrder);
    QVERIFY(answered());
    QCOMPARE(model->sortColumn(), int(RecordTableModel::BudgetColumn));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), name);
    QCOMPARE(kept.column(), int(RecordTableModel::NameColumn));
}

void tst_RecordModel::sortOnEveryColumn()
{
    RecordTableModel *model = m_browser->tableModel();
    for (int column = 0; column < RecordTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model->sort(column, order);
            QVERIFY(answered());
            QCOMPARE(model->rowCount(), 38);
            QCOMPARE(model->sortColumn(), column);
            // The database sorted: raw values are monotonic (nulls at one end).
            QVariant previous;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QVariant v = model->index(row, column).data(RecordTableModel::RawValueRole);
                if (v.isNull() || previous.isNull()) {
                    previous = v;
                    continue;
                }
                const int cmp = QVariant::compare(previous, v) == QPartialOrdering::Less ? -1
                        : QVariant::compare(previous, v) == QPartialOrdering::Greater   ? 1
                                                                                        : 0;
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                         qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
                previous = v;
            }
        }
    }
}

void tst_RecordModel::rolesAndFormatting()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const RecordTableModel *model = m_browser->tableModel();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, RecordTableModel::NameColumn).data().toString() == u"地域子育て支援事業")
            row = r;
    }
    QVERIFY(row >= 0);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role);
    };
    QVERIFY(cell(0, RecordTableModel::RecordIdRole).toLongLong() > 0);
    QCOMPARE(cell(RecordTableModel::BudgetColumn).toString(), QStringLiteral("548,333"));
    QCOMPARE(cell(RecordTableModel::BudgetColumn, RecordTableModel::RawValueRole).toLongLong(), 548333);
    QVERIFY(cell(RecordTableModel::BudgetColumn, Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    QVERIFY(cell(RecordTableModel::SettlementColumn).toString().startsWith(QStringLiteral("521,252")));
    QVERIFY(cell(RecordTableModel::SettlementColumn, RecordTableModel::SettlementEstimatedRole).toBool());
    QCOMPARE(cell(RecordTableModel::ExecutionRateColumn).toString(), QStringLiteral("95.1%"));
    QCOMPARE(cell(RecordTableModel::LevelColumn).toString(), QStringLiteral("4"));
    QVERIFY(!cell(RecordTableModel::LevelColumn, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(RecordTableModel::LevelColumn, Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(cell(RecordTableModel::CodeColumn).toString(), QStringLiteral("20101010"));
    QCOMPARE(cell(RecordTableModel::RefPageColumn).toString(), QStringLiteral("1"));
    QCOMPARE(model->headerData(RecordTableModel::BudgetColumn, Qt::Horizontal).toString(),
             RecordTableModel::columnTitle(RecordTableModel::BudgetColumn));

    // An execution rate outside 80–120% is highlighted, one inside is not.
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex rate = model->index(r, RecordTableModel::ExecutionRateColumn);
        const QVariant value = rate.data(RecordTableModel::RawValueRole);
        if (value.isNull())
            continue;
        const bool unusual = value.toDouble() < 0.8 || value.toDouble() > 1.2;
        QCOMPARE(rate.data(Qt::BackgroundRole).value<QColor>().isValid(), unusual);
    }
}

void tst_RecordModel::indicatorModel()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto it = std::find_if(m_records.cbegin(), m_records.cend(),
                                 [](const Record &r) { return r.name == u"地域子育て支援事業"; });
    QVERIFY(it != m_records.cend());
    IndicatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndicators(it->indicators);
    QVERIFY(model.rowCount() >= 1);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(IndicatorTableModel::ActualColumn).toString(), QStringLiteral("147,832"));
    QCOMPARE(cell(IndicatorTableModel::TargetColumn).toString(), QStringLiteral("224,664"));
    QCOMPARE(cell(IndicatorTableModel::UnitColumn).toString(), QStringLiteral("人"));
    QCOMPARE(cell(IndicatorTableModel::AttainmentColumn).toString(), QStringLiteral("65.8%"));
    QVERIFY(cell(IndicatorTableModel::AttainmentColumn, IndicatorTableModel::LowAttainmentRole).toBool());
    QVERIFY(qAbs(cell(0, IndicatorTableModel::RatioRole).toDouble() - 147832.0 / 224664.0) < 1e-9);
}

void tst_RecordModel::numberColumnEmptyWithoutNumber()
{
    // Another city's table has no 番号 column: its records' number is 0, shown as nothing.
    QTemporaryDir dir;
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("numbers.sqlite")), &error), qPrintable(error));
    QList<Record> records;
    for (int no : { 0, 5 }) {
        Record r;
        r.fiscalYear = 2025;
        r.bureau = QStringLiteral("企画経営部");
        r.no = no;
        r.name = QStringLiteral("事業%1").arg(no);
        records.append(r);
    }
    QVERIFY(RecordStore(db).importRecords(records, QStringLiteral("numbers.csv")).ok);
    RecordBrowser browser;
    RecordTableModel *model = browser.tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    browser.setDatabase(&db);
    QVERIFY(waitForBrowser(&browser));
    QCOMPARE(model->rowCount(), 2);
    QStringList numbers;
    for (int row = 0; row < 2; ++row)
        numbers << model->index(row, RecordTableModel::NameColumn).data().toString() + u'='
                        + model->index(row, RecordTableModel::NoColumn).data().toString();
    numbers.sort();
    QCOMPARE(numbers, (QStringList { QStringLiteral("事業0="), QStringLiteral("事業5=5") }));
}

void tst_RecordModel::rowCacheOnManyRecords()
{
    // More rows than a handful of blocks, so that fetching, eviction and sorting
    // across blocks are exercised.
    QTemporaryDir dir;
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("many.sqlite")), &error), qPrintable(error));
    QList<Record> records;
    const int n = RecordTableModel::blockSize * (RecordTableModel::maxCachedBlocks + 6) + 17;
    for (int i = 0; i < n; ++i) {
        Record r = projectRecord(2020 + i % 3,
                                 i % 2 ? QStringLiteral("総務企画局") : QStringLiteral("こども未来局"),
                                 i + 1, QStringLiteral("%1").arg(10000000 + i),
                                 QStringLiteral("事業%1").arg(i), QStringLiteral("その他"));
        r.budget = qint64(i) * 7 % 1000;
        r.settlement = r.budget;
        r.level = 1 + i % 5;
        r.achievements = { QStringLiteral("実績%1").arg(i) };
        records.append(r);
    }
    RecordStore store(db);
    const ImportResult result = store.importRecords(records, QStringLiteral("generated"));
    QVERIFY2(result.ok, qPrintable(result.error));

    RecordBrowser browser;
    RecordTableModel *model = browser.tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    browser.setDatabase(&db);
    QVERIFY(waitForBrowser(&browser));
    QCOMPARE(model->rowCount(), n);
    // Every row read, in storage order, through a bounded cache.
    for (int row = 0; row < n; row += 97) {
        QVERIFY(waitForRows(model, { row }));
        QCOMPARE(model->index(row, RecordTableModel::NameColumn).data().toString(),
                 QStringLiteral("事業%1").arg(row));
        QVERIFY(model->cachedBlockCount() <= RecordTableModel::maxCachedBlocks);
    }
    QVERIFY(waitForRows(model, { n - 1 }));
    QCOMPARE(model->index(n - 1, RecordTableModel::NoColumn).data().toString(), QString::number(n));

    model->sort(RecordTableModel::NoColumn, Qt::DescendingOrder);
    QVERIFY(waitForBrowser(&browser));
    QVERIFY(waitForRows(model, { 0, n - 1 }));
    QCOMPARE(model->index(0, RecordTableModel::NoColumn).data().toString(), QString::number(n));
    QCOMPARE(model->index(n - 1, RecordTableModel::NoColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->rowOfRecord(model->recordId(1234)), 1234);

    browser.setSearchText(QStringLiteral("実績%1").arg(n - 1));
    QVERIFY(waitForBrowser(&browser));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, RecordTableModel::NameColumn).data().toString(),
             QStringLiteral("事業%1").arg(n - 1));
    browser.setSearchText(QStringLiteral("実績1234"));
    QVERIFY(waitForBrowser(&browser));
    QCOMPARE(model->rowCount(), 11); // 1234 and 12340–12349
    browser.setDatabase(nullptr);
    QVERIFY(waitForBrowser(&browser));
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(tst_RecordModel)
#include "tst_recordmodel.moc"
