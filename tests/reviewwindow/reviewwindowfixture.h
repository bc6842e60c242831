// What the review-window tests share (tst_reviewwindow, tst_reviewcharts): the seed in a
// temporary database, the real window on it in English with the reviewer "alice", a
// second connection as another reviewer, and helpers to find and select grid rows and
// facet values.
#pragma once

#include "facetmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordbrowser.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"
#include "windowtest.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Hyoka::TestSupport {

inline const QString kosodate = QStringLiteral("地域子育て支援事業");
inline const QString kosodateCode = QStringLiteral("20101010");

// A test class derives from it and calls startTests() in its initTestCase(),
// openWindowOnSeed() in its init() and closeWindow() in its cleanup().
class ReviewWindowFixture
{
protected:
    void startTests();
    void openWindowOnSeed();
    void closeWindow();
    QString dbPath() const { return m_dir->filePath(QStringLiteral("review.sqlite")); }
    QTableView *view() const { return m_window->recordView(); }
    int rowOfName(const QString &name) const;
    int selectName(const QString &name);
    qint64 suggestedCount() const;
    void selectFacetValue(RecordQuery::Facet facet, const QVariant &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ReviewDatabase> m_other; // a second connection, as another reviewer
};

inline void ReviewWindowFixture::startTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setPreference(QStringLiteral("en")));
}

inline void ReviewWindowFixture::openWindowOnSeed()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("review/reviewer"), QStringLiteral("alice"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    {
        ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        const ImportResult r = RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    m_window = TestSupport::openWindow(m_language.get(), dbPath());
    QVERIFY(m_window);
    QCOMPARE(view()->model()->rowCount(), 38);
    QString error;
    m_other = std::make_unique<ReviewDatabase>();
    QVERIFY2(m_other->open(dbPath(), &error), qPrintable(error));
}

inline void ReviewWindowFixture::closeWindow()
{
    m_window.reset();
    m_other.reset();
    m_dir.reset();
}

inline int ReviewWindowFixture::rowOfName(const QString &name) const
{
    const QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RecordTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

inline int ReviewWindowFixture::selectName(const QString &name)
{
    const int row = rowOfName(name);
    if (row >= 0) {
        view()->setFocus();
        // Explicit flags: QTest leaves Ctrl as held after a Ctrl+ shortcut.
        view()->selectionModel()->setCurrentIndex(view()->model()->index(row, RecordTableModel::NameColumn),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    return row;
}

inline qint64 ReviewWindowFixture::suggestedCount() const
{
    const FacetModel *facet = m_window->browser()->facetModel(RecordQuery::Facet::Suggested);
    const int row = facet->rowOf(true);
    return row < 0 ? 0 : facet->index(row).data(FacetModel::CountRole).toLongLong();
}

inline void ReviewWindowFixture::selectFacetValue(RecordQuery::Facet facet, const QVariant &value)
{
    FacetModel *model = m_window->browser()->facetModel(facet);
    const int row = model->rowOf(value);
    QVERIFY2(row >= 0, qPrintable(value.toString()));
    QVERIFY(model->setData(model->index(row), int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(waitForAnswers(m_window->browser()));
}

} // namespace Hyoka::TestSupport
