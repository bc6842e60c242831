// The review workflow without a window (docs/architecture.md, "The review session"):
// ReviewSession on the bundled sample in a real SQLite file, linked against the core
// only. Changes are undoable steps, several changes one step; a change someone else
// saved first is a conflict, resolved either way; other connections' changes arrive;
// rules, the reviewer's name and the review-list export.
#include "flagstore.h"
#include "reviewdatabase.h"
#include "reviewlist.h"
#include "reviewsession.h"
#include "testrecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Hyoka;

namespace {

// Three records of the sample: 地域子育て支援事業 and two more of its bureau.
const QString kosodate = QStringLiteral("20101010");
const QString second = QStringLiteral("20102010");
const QString third = QStringLiteral("20103010");

Flag flagged(const QString &note = QString())
{
    return TestSupport::makeFlag(QStringLiteral("flagged"), QStringLiteral("low_level"), note);
}

} // namespace

class tst_ReviewSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changeIsOneUndoableStep();
    void severalChangesAreOneStep();
    void conflict_data();
    void conflict();
    void undoOverSomeoneElsesChange();
    void unknownRecordFails();
    void otherConnectionsChangesArrive();
    void rulesAreStoredAndCounted();
    void reviewerName();
    void exportReviewList_data();
    void exportReviewList();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("review.sqlite")); }
    qint64 idOf(const QString &code) const { return m_session->recordId(2021, code); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReviewDatabase> m_db;
    std::unique_ptr<ReviewSession> m_session;
};

void tst_ReviewSession::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HyokaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reviewsession"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void tst_ReviewSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("review/reviewer"), QStringLiteral("alice"));
    m_db = std::make_unique<ReviewDatabase>();
    QString error;
    QVERIFY2(TestSupport::openSeeded(*m_db, dbPath(), nullptr, &error), qPrintable(error));
    m_session = std::make_unique<ReviewSession>();
    QSignalSpy rules(m_session.get(), &ReviewSession::ruleSettingsChanged);
    QSignalSpy readOnly(m_session.get(), &ReviewSession::readOnlyChanged);
    m_session->setDatabase(m_db.get());
    QCOMPARE(rules.count(), 1);
    QCOMPARE(readOnly.count(), 1);
    QCOMPARE(readOnly.at(0).at(0).toBool(), false);
    QVERIFY(idOf(kosodate) > 0 && idOf(second) > 0 && idOf(third) > 0);
}

void tst_ReviewSession::cleanup()
{
    if (m_session)
        m_session->setDatabase(nullptr);
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_ReviewSession::changeIsOneUndoableStep()
{
    QSignalSpy changed(m_session.get(), &ReviewSession::flagsChanged);
    QSignalSpy messages(m_session.get(), &ReviewSession::message);
    const Flag before = m_session->flag(2021, kosodate);
    QCOMPARE(before.version, 0);

    QCOMPARE(m_session->changeFlag(2021, kosodate, before, flagged(QStringLiteral("見直し"))),
             FlagStore::Outcome::Saved);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{ idOf(kosodate) });
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("saved")));
    Flag stored = m_session->flag(2021, kosodate);
    QCOMPARE(stored.status, QStringLiteral("flagged"));
    QCOMPARE(stored.note, QStringLiteral("見直し"));
    QCOMPARE(stored.reviewer, QStringLiteral("alice"));
    QCOMPARE(stored.version, 1);
    // The step names the project, not its code.
    QCOMPARE(m_session->undoStack()->count(), 1);
    QVERIFY2(m_session->undoStack()->undoText().contains(QStringLiteral("地域子育て支援事業")),
             qPrintable(m_session->undoStack()->undoText()));

    m_session->undo();
    stored = m_session->flag(2021, kosodate);
    QCOMPARE(stored.status, Flag::noneStatus());
    QCOMPARE(stored.version, 2); // undo is a new version, nothing is deleted
    QCOMPARE(changed.count(), 2);
    QVERIFY(messages.last().at(0).toString().startsWith(QStringLiteral("Undone: ")));
    QCOMPARE(m_session->history(2021, kosodate).isEmpty(), false);

    m_session->redo();
    stored = m_session->flag(2021, kosodate);
    QCOMPARE(stored.status, QStringLiteral("flagged"));
    QCOMPARE(stored.version, 3);
    QVERIFY(messages.last().at(0).toString().startsWith(QStringLiteral("Redone: ")));
    QCOMPARE(changed.count(), 3);
}

void tst_ReviewSession::severalChangesAreOneStep()
{
    QSignalSpy changed(m_session.get(), &ReviewSession::flagsChanged);
    QList<ReviewSession::Change> changes;
    for (const QString &code : { kosodate, second, third })
        changes.append({ 2021, code, m_session->flag(2021, code), flagged() });
    m_session->changeFlags(changes);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Change the flags of 3 project(s)"));
    QCOMPARE(changed.count(), 1);
    QList<qint64> ids = changed.at(0).at(0).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected { idOf(kosodate), idOf(second), idOf(third) };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    for (const QString &code : { kosodate, second, third })
        QCOMPARE(m_session->flag(2021, code).status, QStringLiteral("flagged"));

    m_session->undo();
    for (const QString &code : { kosodate, second, third })
        QCOMPARE(m_session->flag(2021, code).status, Flag::noneStatus());
    QCOMPARE(changed.count(), 2);
}

void tst_ReviewSession::conflict_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("write mine over theirs") << true;
    QTest::newRow("keep theirs") << false;
}

void tst_ReviewSession::conflict()
{
    QFETCH(bool, keepMine);
    const Flag seen = m_session->flag(2021, kosodate);
    // Bob saves first, through a connection of his own.
    ReviewDatabase other;
    QString error;
    QVERIFY2(other.open(dbPath(), &error), qPrintable(error));
    Flag bobs = flagged(QStringLiteral("Bob's note"));
    bobs.reviewer = QStringLiteral("bob");
    QCOMPARE(FlagStore(other).setFlag(2021, kosodate, bobs, 0).outcome, FlagStore::Outcome::Saved);

    QSignalSpy conflicts(m_session.get(), &ReviewSession::conflictFound);
    QSignalSpy changed(m_session.get(), &ReviewSession::flagsChanged);
    QSignalSpy messages(m_session.get(), &ReviewSession::message);
    Flag mine = flagged(QStringLiteral("Alice's note"));
    QCOMPARE(m_session->changeFlag(2021, kosodate, seen, mine), FlagStore::Outcome::Conflict);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_session->undoStack()->count(), 0); // the refused step is dropped
    const auto c = conflicts.at(0).at(0).value<ReviewSession::Conflict>();
    QCOMPARE(c.code, kosodate);
    QCOMPARE(c.recordId, idOf(kosodate));
    QCOMPARE(c.theirs.note, QStringLiteral("Bob's note"));
    QCOMPARE(c.theirs.reviewer, QStringLiteral("bob"));
    QCOMPARE(c.mine.note, QStringLiteral("Alice's note"));
    QCOMPARE(c.mine.reviewer, QStringLiteral("alice"));
    QVERIFY2(c.title.contains(QStringLiteral("地域子育て支援事業")) && c.title.contains(kosodate), qPrintable(c.title));
    QCOMPARE(m_session->flag(2021, kosodate).note, QStringLiteral("Bob's note")); // nothing written

    m_session->resolveConflict(c, keepMine);
    const Flag stored = m_session->flag(2021, kosodate);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{ idOf(kosodate) });
    if (keepMine) {
        QCOMPARE(stored.note, QStringLiteral("Alice's note"));
        QCOMPARE(stored.reviewer, QStringLiteral("alice"));
        QCOMPARE(stored.version, 2);
        QCOMPARE(m_session->undoStack()->count(), 1);
    } else {
        QCOMPARE(stored.note, QStringLiteral("Bob's note"));
        QCOMPARE(stored.version, 1);
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Kept the version saved by bob."));
        QCOMPARE(m_session->undoStack()->count(), 0);
    }
    QCOMPARE(conflicts.count(), 1);
}

void tst_ReviewSession::undoOverSomeoneElsesChange()
{
    QVERIFY(m_session->changeFlag(2021, kosodate, m_session->flag(2021, kosodate), flagged())
            == FlagStore::Outcome::Saved);
    ReviewDatabase other;
    QString error;
    QVERIFY2(other.open(dbPath(), &error), qPrintable(error));
    Flag bobs = flagged(QStringLiteral("Bob was here"));
    bobs.reviewer = QStringLiteral("bob");
    QCOMPARE(FlagStore(other).setFlag(2021, kosodate, bobs, 1).outcome, FlagStore::Outcome::Saved);

    // Undo would write "none" over Bob's note: refused, shown as a conflict.
    QSignalSpy conflicts(m_session.get(), &ReviewSession::conflictFound);
    m_session->undo();
    QCOMPARE(conflicts.count(), 1);
    const auto c = conflicts.at(0).at(0).value<ReviewSession::Conflict>();
    QCOMPARE(c.mine.status, Flag::noneStatus());
    QCOMPARE(c.theirs.note, QStringLiteral("Bob was here"));
    QCOMPARE(m_session->flag(2021, kosodate).note, QStringLiteral("Bob was here"));
}

void tst_ReviewSession::unknownRecordFails()
{
    QSignalSpy failed(m_session.get(), &ReviewSession::writeFailed);
    QSignalSpy changed(m_session.get(), &ReviewSession::flagsChanged);
    QCOMPARE(m_session->changeFlag(2021, QStringLiteral("99999999"), Flag(), flagged()),
             FlagStore::Outcome::UnknownRecord);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toStringList(), QStringList{ QStringLiteral("99999999: no such record any more") });
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_ReviewSession::otherConnectionsChangesArrive()
{
    // SQLite has no channel: the session's notifier polls the file's data version.
    QSignalSpy changed(m_session.get(), &ReviewSession::flagsChanged);
    QSignalSpy elsewhere(m_session.get(), &ReviewSession::databaseChangedElsewhere);
    ReviewDatabase other;
    QString error;
    QVERIFY2(other.open(dbPath(), &error), qPrintable(error));
    Flag bobs = flagged();
    bobs.reviewer = QStringLiteral("bob");
    QCOMPARE(FlagStore(other).setFlag(2021, second, bobs, 0).outcome, FlagStore::Outcome::Saved);
    QVERIFY(elsewhere.wait(10000));
    QCOMPARE(changed.count(), 0); // the poll cannot tell which flag: the whole view reloads
    QCOMPARE(m_session->flag(2021, second).reviewer, QStringLiteral("bob"));
}

void tst_ReviewSession::rulesAreStoredAndCounted()
{
    const RuleSettings defaults = m_session->ruleSettings();
    const qint64 suggested = m_session->suggestedCount(defaults);
    QVERIFY(suggested > 0);
    RuleSettings stricter = defaults;
    stricter.belowTargetLevel = 5;
    stricter.executionRateLow = 0.0;
    stricter.executionRateHigh = 100.0;
    const qint64 fewer = m_session->suggestedCount(stricter);
    QVERIFY2(fewer >= 0 && fewer < suggested, qPrintable(QStringLiteral("%1 → %2").arg(suggested).arg(fewer)));

    QSignalSpy rules(m_session.get(), &ReviewSession::ruleSettingsChanged);
    QString error;
    QVERIFY2(m_session->saveRuleSettings(stricter, &error), qPrintable(error));
    QCOMPARE(rules.count(), 1);
    QVERIFY(rules.at(0).at(0).value<RuleSettings>() == stricter);
    QVERIFY(m_session->ruleSettings() == stricter);

    // Stored in the database: a new session reads them back.
    ReviewSession again;
    again.setDatabase(m_db.get());
    QCOMPARE(again.ruleSettings().belowTargetLevel, 5);
    QVERIFY(again.ruleSettings() == stricter);
    again.setDatabase(nullptr);
}

void tst_ReviewSession::reviewerName()
{
    QCOMPARE(m_session->reviewer(), QStringLiteral("alice"));
    m_session->setReviewer(QStringLiteral("  佐藤 "));
    QCOMPARE(ReviewSession::storedReviewer(), QStringLiteral("佐藤"));
    QCOMPARE(m_session->changeFlag(2021, kosodate, m_session->flag(2021, kosodate), flagged()),
             FlagStore::Outcome::Saved);
    QCOMPARE(m_session->flag(2021, kosodate).reviewer, QStringLiteral("佐藤"));
    m_session->setReviewer(QString());
    QCOMPARE(ReviewSession::storedReviewer(), QString());
    QCOMPARE(m_session->reviewer(), Flag::defaultReviewer());
}

void tst_ReviewSession::exportReviewList_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << int(ReviewListWriter::Format::Csv) << QStringLiteral("list.csv");
    QTest::newRow("xlsx") << int(ReviewListWriter::Format::Xlsx) << QStringLiteral("list.xlsx");
}

void tst_ReviewSession::exportReviewList()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    QVERIFY(m_session->changeFlag(2021, kosodate, m_session->flag(2021, kosodate), flagged(QStringLiteral("要確認")))
            == FlagStore::Outcome::Saved);
    QString error;
    const auto entries = ReviewList::load(*m_db, m_session->ruleSettings(), &error);
    QVERIFY2(entries, qPrintable(error));
    QVERIFY(entries->size() > 1);

    const QString path = m_dir->filePath(name);
    qint64 count = -1;
    QVERIFY2(m_session->exportReviewList(path, ReviewListWriter::Format(format), &error, &count), qPrintable(error));
    QCOMPARE(count, qint64(entries->size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (format == int(ReviewListWriter::Format::Csv)) {
        QCOMPARE(bytes, ReviewListWriter::csv(*entries));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("要確認")));
    } else {
        QVERIFY(bytes.startsWith("PK"));
    }

    // A folder that does not exist: an error naming the file, nothing written.
    const QString nowhere = m_dir->filePath(QStringLiteral("missing/") + name);
    QVERIFY(!m_session->exportReviewList(nowhere, ReviewListWriter::Format(format), &error));
    QVERIFY2(error.contains(nowhere), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));

    // No database: refused.
    m_session->setDatabase(nullptr);
    QVERIFY(!m_session->exportReviewList(path, ReviewListWriter::Format(format), &error));
    QCOMPARE(error, QStringLiteral("No review database is open."));
}

QTEST_GUILESS_MAIN(tst_ReviewSession)
#include "tst_reviewsession.moc"
