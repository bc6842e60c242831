// The review workflow's widgets and undo commands (issue 4), without the main window:
// the flag editor emits what the reviewer typed, SetFlagCommand writes it through a
// QUndoStack (undo and redo are new versions with their own audit rows), the history
// model shows the audit trail, and a conflicting change drops the command.
#include "flagcommands.h"
#include "flageditor.h"
#include "flaghistorymodel.h"
#include "flagstore.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Hyoka;

class tst_Flags : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editorShowsAndEmits();
    void editorRevertAndSuggestedReason();
    void undoRedoWritesNewVersions();
    void conflictDropsTheCommand();
    void historyModel();
    void roundTripThroughTheWidgets();

private:
    QTemporaryDir *m_dir = nullptr;
    ReviewDatabase *m_db = nullptr;
    FlagStore *m_store = nullptr;
};

static const QString code = QStringLiteral("20102010");

void tst_Flags::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = new ReviewDatabase;
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("flags.sqlite")), &error), qPrintable(error));
    QVERIFY(RecordStore(*m_db).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    m_store = new FlagStore(*m_db);
}

void tst_Flags::cleanup()
{
    delete m_store;
    delete m_db;
    delete m_dir;
    m_store = nullptr;
    m_db = nullptr;
    m_dir = nullptr;
}

void tst_Flags::editorShowsAndEmits()
{
    FlagEditor editor;
    editor.setReviewer(QStringLiteral("alice"));
    auto *status = editor.findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *reason = editor.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *reasonText = editor.findChild<QLineEdit *>(QStringLiteral("reasonTextEdit"));
    auto *note = editor.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(status && reason && reasonText && note && save);
    QCOMPARE(status->count(), 4);
    QCOMPARE(reason->count(), 6); // (no reason) + 5
    QCOMPARE(status->currentData().toString(), QStringLiteral("none"));
    QVERIFY(!save->isEnabled());

    QSignalSpy edited(&editor, &FlagEditor::flagEdited);
    QSignalSpy modified(&editor, &FlagEditor::modifiedChanged);
    status->setCurrentIndex(status->findData(QStringLiteral("flagged")));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    reason->setCurrentIndex(reason->findData(QStringLiteral("indicator_missed")));
    QTest::keyClicks(reasonText, QStringLiteral("12 of 29"));
    note->setPlainText(QStringLiteral("first line\nsecond line"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    const Flag f = qvariant_cast<Flag>(edited.at(0).at(0));
    QCOMPARE(f.status, QStringLiteral("flagged"));
    QCOMPARE(f.reason, QStringLiteral("indicator_missed"));
    QCOMPARE(f.reasonText, QStringLiteral("12 of 29"));
    QCOMPARE(f.note, QStringLiteral("first line\nsecond line"));
    QCOMPARE(f.reviewer, QStringLiteral("alice"));
    QCOMPARE(f.version, 0);

    // Showing the stored flag ends the edit.
    Flag stored = f;
    stored.version = 1;
    stored.updatedAt = QStringLiteral("2021-06-01T09:00:00.000Z");
    editor.setFlag(stored);
    QVERIFY(!editor.isModified());
    QVERIFY(!save->isEnabled());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(editor.editedFlag().version, 1);
}

void tst_Flags::editorRevertAndSuggestedReason()
{
    FlagEditor editor;
    auto *reason = editor.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *note = editor.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    editor.setSuggestedReason(QStringLiteral("self_rating_mismatch"));
    QCOMPARE(reason->currentData().toString(), QStringLiteral("self_rating_mismatch"));
    // A reason already chosen stays.
    editor.setSuggestedReason(QStringLiteral("low_level"));
    QCOMPARE(reason->currentData().toString(), QStringLiteral("self_rating_mismatch"));
    note->setPlainText(QStringLiteral("draft"));
    QVERIFY(editor.isModified());
    editor.revert();
    QVERIFY(!editor.isModified());
    QCOMPARE(note->toPlainText(), QString());
    QCOMPARE(reason->currentData().toString(), QString());
    // Saving without a change emits nothing.
    QSignalSpy edited(&editor, &FlagEditor::flagEdited);
    editor.save();
    QCOMPARE(edited.count(), 0);
}

void tst_Flags::undoRedoWritesNewVersions()
{
    QUndoStack stack;
    QList<FlagStore::Outcome> outcomes;
    auto handler = [&](int, const QString &, const FlagStore::SetResult &r) { outcomes << r.outcome; };
    const Flag before = *m_store->flag(2021, code);
    Flag after = before;
    after.status = QStringLiteral("flagged");
    after.reason = QStringLiteral("self_rating_mismatch");
    after.note = QStringLiteral("12 of 29");
    after.reviewer = QStringLiteral("alice");
    stack.push(new SetFlagCommand(*m_store, 2021, code, before, after, handler));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Mark 20102010 as Flagged"));
    QCOMPARE(m_store->flag(2021, code)->version, 1);
    QCOMPARE(m_store->history(2021, code)->size(), 3); // status, reason, note

    // A second change on top.
    Flag second = *m_store->flag(2021, code);
    second.note = QStringLiteral("12 of 29; asked the bureau");
    second.reviewer = QStringLiteral("alice");
    stack.push(new SetFlagCommand(*m_store, 2021, code, *m_store->flag(2021, code), second, handler));
    QCOMPARE(stack.undoText(), QStringLiteral("Change the note of 20102010"));
    QCOMPARE(m_store->flag(2021, code)->version, 2);

    // Undo twice: back to no flag, as versions 3 and 4, every step audited.
    stack.undo();
    Flag now = *m_store->flag(2021, code);
    QCOMPARE(now.version, 3);
    QCOMPARE(now.note, QStringLiteral("12 of 29"));
    stack.undo();
    now = *m_store->flag(2021, code);
    QCOMPARE(now.version, 4);
    QCOMPARE(now.status, QStringLiteral("none"));
    QCOMPARE(now.note, QString());
    QCOMPARE(now.reason, QString());
    QCOMPARE(m_store->history(2021, code)->size(), 3 + 1 + 1 + 3);

    // Redo both.
    stack.redo();
    stack.redo();
    now = *m_store->flag(2021, code);
    QCOMPARE(now.version, 6);
    QCOMPARE(now.status, QStringLiteral("flagged"));
    QCOMPARE(now.note, QStringLiteral("12 of 29; asked the bureau"));
    // No audit row was ever changed: the first three are still the first save.
    const QList<FlagAuditEntry> h = *m_store->history(2021, code);
    QCOMPARE(h.size(), 3 + 1 + 1 + 3 + 3 + 1);
    QCOMPARE(h.at(0).version, 1);
    QCOMPARE(h.at(0).newValue, QStringLiteral("flagged"));
    QCOMPARE(outcomes.size(), 6);
    for (const FlagStore::Outcome o : std::as_const(outcomes))
        QCOMPARE(o, FlagStore::Outcome::Saved);
}

void tst_Flags::conflictDropsTheCommand()
{
    QUndoStack stack;
    FlagStore::SetResult last;
    auto handler = [&](int, const QString &, const FlagStore::SetResult &r) { last = r; };
    Flag after;
    after.status = QStringLiteral("flagged");
    after.note = QStringLiteral("mine");
    after.reviewer = QStringLiteral("alice");
    stack.push(new SetFlagCommand(*m_store, 2021, code, *m_store->flag(2021, code), after, handler));
    QCOMPARE(stack.count(), 1);

    // Someone else, on another connection, changes the flag.
    ReviewDatabase other;
    QString error;
    QVERIFY(other.open(m_db->spec(), &error));
    Flag theirs = *FlagStore(other).flag(2021, code);
    theirs.note = QStringLiteral("theirs");
    theirs.reviewer = QStringLiteral("bob");
    QCOMPARE(FlagStore(other).setFlag(2021, code, theirs, 1).outcome, FlagStore::Outcome::Saved);

    // Undo would overwrite Bob's note: refused, and the command leaves the stack.
    stack.undo();
    QCOMPARE(last.outcome, FlagStore::Outcome::Conflict);
    QCOMPARE(last.flag.note, QStringLiteral("theirs"));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_store->flag(2021, code)->note, QStringLiteral("theirs"));
    QCOMPARE(m_store->flag(2021, code)->version, 2);

    // A command made from a stale flag is refused at once and never enters the stack.
    Flag stale = after;
    stale.version = 1;
    Flag newer = after;
    newer.note = QStringLiteral("stale edit");
    stack.push(new SetFlagCommand(*m_store, 2021, code, stale, newer, handler));
    QCOMPARE(last.outcome, FlagStore::Outcome::Conflict);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_store->flag(2021, code)->note, QStringLiteral("theirs"));
}

void tst_Flags::historyModel()
{
    FlagHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FlagHistoryModel::ColumnCount));

    Flag f;
    f.status = QStringLiteral("flagged");
    f.reason = QStringLiteral("low_level");
    f.reviewer = QStringLiteral("alice");
    QVERIFY(m_store->setFlag(2021, code, f, 0).ok());
    f.note = QStringLiteral("note");
    f.status = QStringLiteral("dismissed");
    f.reviewer = QStringLiteral("bob");
    QVERIFY(m_store->setFlag(2021, code, f, 1).ok());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.load(*m_store, 2021, code);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    const QModelIndex field = model.index(0, FlagHistoryModel::FieldColumn);
    QCOMPARE(field.data().toString(), QStringLiteral("Status"));
    QCOMPARE(field.data(FlagHistoryModel::FieldIdRole).toString(), QStringLiteral("status"));
    QCOMPARE(model.index(0, FlagHistoryModel::OldValueColumn).data().toString(), QStringLiteral("Not flagged"));
    QCOMPARE(model.index(0, FlagHistoryModel::NewValueColumn).data().toString(), QStringLiteral("Flagged"));
    QCOMPARE(model.index(0, FlagHistoryModel::NewValueColumn).data(FlagHistoryModel::RawNewValueRole).toString(),
             QStringLiteral("flagged"));
    QCOMPARE(model.index(1, FlagHistoryModel::NewValueColumn).data().toString(), QStringLiteral("Low achievement level"));
    QCOMPARE(model.index(2, FlagHistoryModel::ReviewerColumn).data().toString(), QStringLiteral("bob"));
    QCOMPARE(model.index(3, FlagHistoryModel::FieldColumn).data(FlagHistoryModel::FieldIdRole).toString(),
             QStringLiteral("note"));
    QCOMPARE(model.index(3, 0).data(FlagHistoryModel::VersionRole).toInt(), 2);
    QVERIFY(model.index(3, 0).data(FlagHistoryModel::ChangedAtRole).toString().endsWith(u'Z'));
    QVERIFY(!model.index(3, 0).data().toString().isEmpty());
    QCOMPARE(model.headerData(FlagHistoryModel::ReviewerColumn, Qt::Horizontal).toString(), QStringLiteral("Who"));
    QVERIFY(!model.index(4, 0).isValid());

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Flags::roundTripThroughTheWidgets()
{
    // What the detail panel will do: editor → command on the stack → store → history.
    QUndoStack stack;
    FlagEditor editor;
    editor.setReviewer(QStringLiteral("carol"));
    FlagHistoryModel history;
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setFlag(*m_store->flag(2021, code));
    history.load(*m_store, 2021, code);
    auto refresh = [&](int year, const QString &c, const FlagStore::SetResult &r) {
        if (r.ok())
            editor.setFlag(r.flag);
        history.load(*m_store, year, c);
    };
    connect(&editor, &FlagEditor::flagEdited, &stack, [&](const Flag &edited) {
        stack.push(new SetFlagCommand(*m_store, 2021, code, editor.storedFlag(), edited, refresh));
    });

    auto *status = editor.findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *note = editor.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    status->setCurrentIndex(status->findData(QStringLiteral("flagged")));
    note->setPlainText(QStringLiteral("look at 待機児童"));
    editor.save();
    QCOMPARE(m_store->flag(2021, code)->version, 1);
    QCOMPARE(m_store->flag(2021, code)->reviewer, QStringLiteral("carol"));
    QCOMPARE(editor.storedFlag().version, 1);
    QVERIFY(!editor.isModified());
    QCOMPARE(history.rowCount(), 2);

    stack.undo();
    QCOMPARE(editor.storedFlag().version, 2);
    QCOMPARE(editor.storedFlag().status, QStringLiteral("none"));
    QCOMPARE(status->currentData().toString(), QStringLiteral("none"));
    QCOMPARE(history.rowCount(), 4);
    stack.redo();
    QCOMPARE(editor.storedFlag().version, 3);
    QCOMPARE(note->toPlainText(), QStringLiteral("look at 待機児童"));
    QCOMPARE(history.rowCount(), 6);
}

QTEST_MAIN(tst_Flags)
#include "tst_flags.moc"
