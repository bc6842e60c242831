// The review workflow without a window (docs/architecture.md, "The review session"):
// ReviewSession on the bundled sample in a real SQLite file, linked against the core
// only. Changes are undoable steps, several changes one step; a change someone else
// saved first is a conflict, resolved either way; other connections' changes arrive;
// rules, the reviewer's name and the review-list export.
#include "flagstore.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewlist.h"
#include "reviewnotifier.h"
#include "reviewrules.h"
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
#include <optional>

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

// Runs `operation` (a change, undo or redo, written on the session's own thread) and
// waits until its answer has moved the stack; returns the last write's outcome
// (Unchanged when nothing was written).
template<typename Operation>
FlagStore::Outcome written(ReviewSession &session, Operation operation)
{
    QSignalSpy finished(&session, &ReviewSession::operationFinished);
    operation();
    if (!QTest::qWaitFor([&session] { return !session.isBusy(); }, 10000))
        return FlagStore::Outcome::Failed;
    return finished.isEmpty() ? FlagStore::Outcome::Unchanged : finished.last().at(0).value<FlagStore::Outcome>();
}

// The session's count of suggested records for `settings` (read on its thread);
// -2 when no answer came.
qint64 countOf(ReviewSession &session, const RuleSettings &settings)
{
    qint64 count = -2;
    bool answered = false;
    session.countSuggestions(settings, [&](qint64 c) {
        count = c;
        answered = true;
    });
    return QTest::qWaitFor([&] { return answered; }, 10000) ? count : -2;
}

// Saves rule settings through the session and waits for the answer: the error (empty:
// saved), or "no answer".
QString saved(ReviewSession &session, const RuleSettings &settings)
{
    std::optional<QString> error;
    session.saveRuleSettings(settings, [&](const QString &e) { error = e; });
    return QTest::qWaitFor([&] { return error.has_value(); }, 10000) ? *error : QStringLiteral("no answer");
}

// Exports the review list through the session and waits for the answer.
std::optional<ReviewSession::ExportAnswer> exported(ReviewSession &session, const QString &path, int format)
{
    std::optional<ReviewSession::ExportAnswer> answer;
    session.exportReviewList(path, ReviewListWriter::Format(format),
                             [&](const ReviewSession::ExportAnswer &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return std::nullopt;
    return answer;
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
    void operationsWaitTheirTurn();
    void conflict_data();
    void conflict();
    void undoOverSomeoneElsesChange();
    void unknownRecordFails();
    void otherConnectionsChangesArrive();
    void ownWritesAreNotNews();
    void rulesAreStoredAndCounted();
    void newerCountSupersedes();
    void rulesSaveWaitsItsTurn();
    void reviewerName();
    void exportReviewList_data();
    void exportReviewList();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("review.sqlite")); }
    qint64 idOf(const QString &code) const { return RecordStore(*m_db).recordId(2021, code); }
    // What is stored, read on the test's own connection.
    Flag storedFlag(const QString &code) const { return *FlagStore(*m_db).flag(2021, code); }
    FlagStore::Outcome change(const QString &code, const Flag &before, const Flag &after)
    {
        return written(*m_session, [&] { m_session->changeFlag(2021, code, before, after); });
    }
    void undo() { written(*m_session, [&] { m_session->undo(); }); }
    void redo() { written(*m_session, [&] { m_session->redo(); }); }

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
    QTRY_VERIFY(!m_session->isBusy()); // the stored rules and permissions are read
    QCOMPARE(rules.count(), 1); // the defaults, which the database has too
    QCOMPARE(readOnly.count(), 1);
    QCOMPARE(readOnly.at(0).at(0).toBool(), false);
    QVERIFY(idOf(kosodate) > 0 && idOf(second) > 0 && idOf(third) > 0);
    // Other connections' changes are counted from the notifier's first poll.
    QTRY_VERIFY(m_session->notifier()->isActive());
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
    const Flag before = storedFlag(kosodate);
    QCOMPARE(before.version, 0);

    QCOMPARE(change(kosodate, before, flagged(QStringLiteral("見直し"))),
             FlagStore::Outcome::Saved);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{ idOf(kosodate) });
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("saved")));
    Flag stored = storedFlag(kosodate);
    QCOMPARE(stored.status, QStringLiteral("flagged"));
    QCOMPARE(stored.note, QStringLiteral("見直し"));
    QCOMPARE(stored.reviewer, QStringLiteral("alice"));
    QCOMPARE(stored.version, 1);
    // The step names the project, not its code.
    QCOMPARE(m_session->undoStack()->count(), 1);
    QVERIFY2(m_session->undoStack()->undoText().contains(QStringLiteral("地域子育て支援事業")),
             qPrintable(m_session->undoStack()->undoText()));

    undo();
    stored = storedFlag(kosodate);
    QCOMPARE(stored.status, Flag::noneStatus());
    QCOMPARE(stored.version, 2); // undo is a new version, nothing is deleted
    QCOMPARE(changed.count(), 2);
    QVERIFY(messages.last().at(0).toString().startsWith(QStringLiteral("Undone: ")));
    QCOMPARE(FlagStore(*m_db).history(2021, kosodate)->isEmpty(), false);

    redo();
    stored = storedFlag(kosodate);
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
        changes.append({ 2021, code, storedFlag(code), flagged() });
    written(*m_session, [&] { m_session->changeFlags(changes); });
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Change the flags of 3 project(s)"));
    QCOMPARE(changed.count(), 1);
    QList<qint64> ids = changed.at(0).at(0).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected { idOf(kosodate), idOf(second), idOf(third) };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    for (const QString &code : { kosodate, second, third })
        QCOMPARE(storedFlag(code).status, QStringLiteral("flagged"));

    undo();
    for (const QString &code : { kosodate, second, third })
        QCOMPARE(storedFlag(code).status, Flag::noneStatus());
    QCOMPARE(changed.count(), 2);
}

void tst_ReviewSession::operationsWaitTheirTurn()
{
    // Asked at once: each is written on the session's thread, one after the other, in
    // order; the caller does not wait for any of them.
    QSignalSpy finished(m_session.get(), &ReviewSession::operationFinished);
    m_session->changeFlag(2021, kosodate, storedFlag(kosodate), flagged(QStringLiteral("一")));
    m_session->undo();
    m_session->redo();
    m_session->changeFlag(2021, second, storedFlag(second), flagged());
    QVERIFY(m_session->isBusy());
    QVERIFY(finished.size() < 4);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 10000);
    QVERIFY(!m_session->isBusy());
    const Flag k = storedFlag(kosodate);
    QCOMPARE(k.status, QStringLiteral("flagged"));
    QCOMPARE(k.note, QStringLiteral("一"));
    QCOMPARE(k.version, 3); // written, undone, redone
    QCOMPARE(storedFlag(second).version, 1);
    QCOMPARE(m_session->undoStack()->count(), 2);
    QCOMPARE(m_session->undoStack()->index(), 2);
    for (const QList<QVariant> &outcome : std::as_const(finished))
        QCOMPARE(outcome.at(0).value<FlagStore::Outcome>(), FlagStore::Outcome::Saved);
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
    const Flag seen = storedFlag(kosodate);
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
    QCOMPARE(change(kosodate, seen, mine), FlagStore::Outcome::Conflict);
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
    QCOMPARE(storedFlag(kosodate).note, QStringLiteral("Bob's note")); // nothing written

    written(*m_session, [&] { m_session->resolveConflict(c, keepMine); });
    const Flag stored = storedFlag(kosodate);
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
    QVERIFY(change(kosodate, storedFlag(kosodate), flagged())
            == FlagStore::Outcome::Saved);
    ReviewDatabase other;
    QString error;
    QVERIFY2(other.open(dbPath(), &error), qPrintable(error));
    Flag bobs = flagged(QStringLiteral("Bob was here"));
    bobs.reviewer = QStringLiteral("bob");
    QCOMPARE(FlagStore(other).setFlag(2021, kosodate, bobs, 1).outcome, FlagStore::Outcome::Saved);

    // Undo would write "none" over Bob's note: refused, shown as a conflict.
    QSignalSpy conflicts(m_session.get(), &ReviewSession::conflictFound);
    undo();
    QCOMPARE(conflicts.count(), 1);
    const auto c = conflicts.at(0).at(0).value<ReviewSession::Conflict>();
    QCOMPARE(c.mine.status, Flag::noneStatus());
    QCOMPARE(c.theirs.note, QStringLiteral("Bob was here"));
    QCOMPARE(storedFlag(kosodate).note, QStringLiteral("Bob was here"));
}

void tst_ReviewSession::unknownRecordFails()
{
    QSignalSpy failed(m_session.get(), &ReviewSession::writeFailed);
    QSignalSpy changed(m_session.get(), &ReviewSession::flagsChanged);
    QCOMPARE(change(QStringLiteral("99999999"), Flag(), flagged()),
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
    QCOMPARE(storedFlag(second).reviewer, QStringLiteral("bob"));
}

void tst_ReviewSession::ownWritesAreNotNews()
{
    // The session writes on its own connection, the one the notifier polls: its own
    // changes do not make the window reload everything.
    QSignalSpy elsewhere(m_session.get(), &ReviewSession::databaseChangedElsewhere);
    QCOMPARE(change(kosodate, storedFlag(kosodate), flagged()), FlagStore::Outcome::Saved);
    undo();
    QVERIFY(!elsewhere.wait(3500)); // more than two polls
    // Someone else's change still is.
    ReviewDatabase other;
    QString error;
    QVERIFY2(other.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(FlagStore(other).setFlag(2021, third, flagged(), 0).outcome, FlagStore::Outcome::Saved);
    QVERIFY(elsewhere.wait(10000));
}

void tst_ReviewSession::rulesAreStoredAndCounted()
{
    const RuleSettings defaults = m_session->ruleSettings();
    const qint64 suggested = countOf(*m_session, defaults);
    QVERIFY(suggested > 0);
    QCOMPARE(suggested, qint64(TestSupport::suggestedIds(*m_db, defaults)->size()));
    RuleSettings stricter = defaults;
    stricter.belowTargetLevel = 5;
    stricter.executionRateLow = 0.0;
    stricter.executionRateHigh = 100.0;
    const qint64 fewer = countOf(*m_session, stricter);
    QVERIFY2(fewer >= 0 && fewer < suggested, qPrintable(QStringLiteral("%1 → %2").arg(suggested).arg(fewer)));
    QCOMPARE(fewer, qint64(TestSupport::suggestedIds(*m_db, stricter)->size()));

    QSignalSpy rules(m_session.get(), &ReviewSession::ruleSettingsChanged);
    QCOMPARE(saved(*m_session, stricter), QString());
    QCOMPARE(rules.count(), 1);
    QVERIFY(rules.at(0).at(0).value<RuleSettings>() == stricter);
    QVERIFY(m_session->ruleSettings() == stricter);

    // Stored in the database: a new session reads them back, on its thread. Until
    // then it has the defaults and flags nothing.
    ReviewSession again;
    QSignalSpy againRules(&again, &ReviewSession::ruleSettingsChanged);
    QSignalSpy againPermissions(&again, &ReviewSession::permissionsChanged);
    again.setDatabase(m_db.get());
    QVERIFY(again.isBusy());
    QVERIFY(again.ruleSettings() == RuleSettings());
    QVERIFY(!again.mayFlag(QStringLiteral("こども未来局")));
    QTRY_VERIFY(!again.isBusy());
    QCOMPARE(again.ruleSettings().belowTargetLevel, 5);
    QVERIFY(again.ruleSettings() == stricter);
    QCOMPARE(againRules.count(), 2); // the defaults, then the stored ones
    QVERIFY(againRules.last().at(0).value<RuleSettings>() == stricter);
    QCOMPARE(againPermissions.count(), 2);
    QVERIFY(again.mayFlag(QStringLiteral("こども未来局"))); // SQLite: no per-bureau permissions
    again.setDatabase(nullptr);

    // Without a database: refused, and said so at once.
    ReviewSession none;
    QCOMPARE(saved(none, defaults), QStringLiteral("The database is read-only: the review rules cannot be changed."));
    QCOMPARE(countOf(none, defaults), qint64(-1));
}

void tst_ReviewSession::newerCountSupersedes()
{
    // Counts asked one after another, as the settings dialog does while a spin box
    // turns: only the last is answered, with its own settings' count.
    RuleSettings stricter = m_session->ruleSettings();
    stricter.belowTargetLevel = 5;
    QList<qint64> answers;
    m_session->countSuggestions(m_session->ruleSettings(), [&](qint64 c) { answers << -c; });
    m_session->countSuggestions(stricter, [&](qint64 c) { answers << c; });
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.constFirst(), qint64(TestSupport::suggestedIds(*m_db, stricter)->size()));
    QTest::qWait(100);
    QCOMPARE(answers.size(), 1);
}

void tst_ReviewSession::rulesSaveWaitsItsTurn()
{
    // A flag change asked before the save is written before it, and the save is told
    // after it: operations keep the order they were asked in.
    RuleSettings stricter = m_session->ruleSettings();
    stricter.belowTargetLevel = 5;
    QStringList order;
    connect(m_session.get(), &ReviewSession::flagsChanged, this, [&] { order << QStringLiteral("flag"); });
    connect(m_session.get(), &ReviewSession::ruleSettingsChanged, this, [&] { order << QStringLiteral("rules"); });
    m_session->changeFlag(2021, kosodate, storedFlag(kosodate), flagged());
    std::optional<QString> error;
    m_session->saveRuleSettings(stricter, [&](const QString &e) { error = e; });
    QVERIFY(m_session->isBusy());
    QTRY_VERIFY(error.has_value());
    QCOMPARE(*error, QString());
    QCOMPARE(order, (QStringList { QStringLiteral("flag"), QStringLiteral("rules") }));
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(ReviewRules::loadSettings(*m_db).belowTargetLevel, 5);
    QCOMPARE(storedFlag(kosodate).status, QStringLiteral("flagged"));
    disconnect(m_session.get(), nullptr, this, nullptr);
}

void tst_ReviewSession::reviewerName()
{
    QCOMPARE(m_session->reviewer(), QStringLiteral("alice"));
    m_session->setReviewer(QStringLiteral("  佐藤 "));
    QCOMPARE(ReviewSession::storedReviewer(), QStringLiteral("佐藤"));
    QCOMPARE(change(kosodate, storedFlag(kosodate), flagged()),
             FlagStore::Outcome::Saved);
    QCOMPARE(storedFlag(kosodate).reviewer, QStringLiteral("佐藤"));
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
    QVERIFY(change(kosodate, storedFlag(kosodate), flagged(QStringLiteral("要確認")))
            == FlagStore::Outcome::Saved);
    QString error;
    const auto entries = ReviewList::load(*m_db, m_session->ruleSettings(), &error);
    QVERIFY2(entries, qPrintable(error));
    QVERIFY(entries->size() > 1);

    const QString path = m_dir->filePath(name);
    auto answer = exported(*m_session, path, format);
    QVERIFY(answer);
    QVERIFY2(answer->error.isEmpty(), qPrintable(answer->error));
    QCOMPARE(answer->count, qint64(entries->size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (format == int(ReviewListWriter::Format::Csv)) {
        QCOMPARE(bytes, ReviewListWriter::csv(*entries));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("要確認")));
    } else {
        QVERIFY(bytes.startsWith("PK"));
    }

    // A change asked just before the export, not yet written, is in it: the export
    // waits its turn behind it.
    m_session->changeFlag(2021, second, storedFlag(second), flagged(QStringLiteral("直前の変更")));
    answer = exported(*m_session, path, format);
    QVERIFY(answer && answer->error.isEmpty());
    QCOMPARE(answer->count, qint64(ReviewList::load(*m_db, m_session->ruleSettings(), &error)->size()));
    if (format == int(ReviewListWriter::Format::Csv)) {
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(again.readAll()).contains(QStringLiteral("直前の変更")));
    }

    // A folder that does not exist: an error naming the file, nothing written.
    const QString nowhere = m_dir->filePath(QStringLiteral("missing/") + name);
    answer = exported(*m_session, nowhere, format);
    QVERIFY(answer);
    QVERIFY2(answer->error.contains(nowhere), qPrintable(answer->error));
    QVERIFY(!QFile::exists(nowhere));

    // No database: refused.
    m_session->setDatabase(nullptr);
    answer = exported(*m_session, path, format);
    QVERIFY(answer);
    QCOMPARE(answer->error, QStringLiteral("No review database is open."));
}

QTEST_GUILESS_MAIN(tst_ReviewSession)
#include "tst_reviewsession.moc"
