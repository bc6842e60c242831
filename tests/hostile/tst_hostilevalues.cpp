// Hostile sizes and values through the real `hyoka` (issue 8): lines of 200 MB and a
// line of millions of cells, which `hyoka check` skips with a message while the rows
// around them still load, within the time and memory bounds; and names and values that
// try to break out of SQL, CSV or a spreadsheet (SQL, quotes, emoji, 20,000 characters)
// through import and every export, read back unchanged.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "hostilefixture.h"

using namespace Hyoka;
using namespace Hyoka::TestSupport;

class tst_HostileValues : public QObject, private HostileFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longLines_data();
    void longLines();
    void hostileValuesThroughCommandLine();

private:

    static void writeLongFile(const QString &path, const QByteArray &head, char fill,
                              qint64 size, const QByteArray &tail, const QByteArray &every = {});
};

void tst_HostileValues::initTestCase()
{
    prepare();
}


void tst_HostileValues::writeLongFile(const QString &path, const QByteArray &head, char fill, qint64 size,
                                const QByteArray &tail, const QByteArray &every)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(head);
    QByteArray chunk(MiB, fill);
    if (!every.isEmpty()) {
        for (qsizetype i = 0; i + every.size() <= chunk.size(); i += 16)
            chunk.replace(i, every.size(), every);
    }
    for (qint64 written = 0; written < size; written += chunk.size())
        QCOMPARE(f.write(chunk), chunk.size());
    f.write(tail);
}

void tst_HostileValues::longLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<char>("fill");
    QTest::addColumn<QByteArray>("every");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QStringList>("mustSay");

    // Each file holds one line of 200 MB; the rows around it still load.
    QTest::newRow("markdown row")
            << QStringLiteral("long.md") << mdTable + "| 1 | 10000001 | " << 'x' << QByteArray()
            << QByteArray(" |\n| 2 | 10000002 | 二 |\n")
            << QStringList { QStringLiteral("long.md:5: line longer than 4 MiB skipped"),
                             QStringLiteral("long.md: 1 record(s)") };
    QTest::newRow("csv cell")
            << QStringLiteral("long.csv") << csvHeader + "10000001,一,2021," << 'x' << QByteArray()
            << QByteArray("\n10000002,二,2021,局\n")
            << QStringList { QStringLiteral("long.csv:2: row skipped: a cell is longer than 1 million characters"),
                             QStringLiteral("long.csv: 1 record(s)") };
    QTest::newRow("csv quoted cell, newlines inside")
            << QStringLiteral("longquoted.csv") << csvHeader + "10000001,\"" << 'y' << QByteArray("\n")
            << QByteArray("\",2021,局\n10000002,二,2021,局\n")
            << QStringList { QStringLiteral("longquoted.csv:2: row skipped: a cell is longer than 1 million characters"),
                             QStringLiteral("longquoted.csv: 1 record(s)") };
    QTest::newRow("csv only line, millions of cells")
            << QStringLiteral("single.csv") << QByteArray() << 'z' << QByteArray(",")
            << QByteArray()
            << QStringList { QStringLiteral("single.csv:1: row skipped: more than 10000 cells"),
                             QStringLiteral("single.csv: no header row (the rows that could hold it were skipped)") };
}

void tst_HostileValues::longLines()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, head);
    QFETCH(char, fill);
    QFETCH(QByteArray, every);
    QFETCH(QByteArray, tail);
    QFETCH(QStringList, mustSay);
    const QString path = work(file);
    writeLongFile(path, head, fill, 200 * 1000 * 1000, tail, every);
    const auto cleanup = qScopeGuard([&] { QFile::remove(path); });

    const auto before = snapshot();
    const Run r = hyoka({ QStringLiteral("check"), file });
    verifyEnded(file, r, 1);
    if (QTest::currentTestFailed())
        return;
    const QString err = QString::fromUtf8(r.err);
    for (const QString &needle : mustSay)
        QVERIFY2(err.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + err.left(3000)));
    verifyNothingWrittenOutside(before, QString());
}

// Names and values that try to break out of SQL, CSV or a spreadsheet, through the
// real executable: import → export (JSON, CSV, XLSX) → read the exports back.
void tst_HostileValues::hostileValuesThroughCommandLine()
{
    const QString longText = QString(20000, u'長');
    struct Row
    {
        QString code, name, bureau, summary, achievements;
    };
    const QList<Row> rows = {
        { QStringLiteral("10000001"), QStringLiteral("'; DROP TABLE records; --"),
          QStringLiteral("=HYPERLINK(\"http://example.invalid\")"), QStringLiteral("\"quoted\", 'single'"),
          QStringLiteral("●=1+1\n●@SUM(A1)") },
        { QStringLiteral("10000002"), QStringLiteral("Robert'); DROP TABLE flags;--"), QStringLiteral("+局"),
          longText, QStringLiteral("●－1\n●＠x") },
        { QStringLiteral("10000003"), QStringLiteral("事業🎌👨‍👩‍👧"), QStringLiteral("-局"),
          QStringLiteral("? %1 :name $1 100% _x_"), QStringLiteral("●'quoted' \"double\"") },
    };
    QString csv = QStringLiteral("code,name,fiscal_year,bureau,summary,achievements\r\n");
    auto quoted = [](QString v) { return u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    for (const Row &r : rows)
        csv += QStringList { r.code, quoted(r.name), QStringLiteral("2021"), quoted(r.bureau),
                             quoted(r.summary), quoted(r.achievements) }
                       .join(u',')
                + QStringLiteral("\r\n");
    write(QStringLiteral("values.csv"), csv.toUtf8());
    const QString db = m_dir.filePath(QStringLiteral("db/values.sqlite"));

    Run r = hyoka({ QStringLiteral("import"), QStringLiteral("values.csv"), QStringLiteral("--db"), db });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    auto exportJson = [this](const QStringList &args) {
        const QString out = work(QStringLiteral("export.json"));
        const Run run = hyoka(QStringList { QStringLiteral("export"), QStringLiteral("--format"),
                                            QStringLiteral("json"), QStringLiteral("-o"), out }
                              + args);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("records")).toArray();
    };
    const QJsonArray fromDb = exportJson({ QStringLiteral("--db"), db });
    QCOMPARE(fromDb.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = fromDb.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), rows.at(i).name);
        QCOMPARE(o.value(QStringLiteral("bureau")).toString(), rows.at(i).bureau);
        QCOMPARE(o.value(QStringLiteral("summary")).toString(), rows.at(i).summary);
    }
    auto sameRecords = [&](const QJsonArray &other) {
        QCOMPARE(other.size(), fromDb.size());
        for (qsizetype i = 0; i < other.size(); ++i) {
            for (const char *key : { "code", "name", "bureau", "summary", "achievements", "indicators" }) {
                const QString k = QString::fromLatin1(key);
                QVERIFY2(other.at(i).toObject().value(k) == fromDb.at(i).toObject().value(k),
                         qPrintable(QStringLiteral("record %1, %2").arg(i).arg(k)));
            }
        }
    };

    // CSV: the formula-like cells are guarded in the file, and read back unguarded.
    r = hyoka({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("-o"), QStringLiteral("out.csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile csvOut(work(QStringLiteral("out.csv")));
    QVERIFY(csvOut.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(csvOut.readAll());
    QVERIFY2(written.contains(QStringLiteral(",\"'=HYPERLINK(")), qPrintable(written.left(2000)));
    QVERIFY(written.contains(QStringLiteral(",'+局,")));
    QVERIFY(written.contains(QStringLiteral(",'-局,")));
    sameRecords(exportJson({ QStringLiteral("out.csv") }));

    // XLSX the same way.
    r = hyoka({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("xlsx"),
                QStringLiteral("-o"), QStringLiteral("out.xlsx") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    sameRecords(exportJson({ QStringLiteral("out.xlsx") }));

    // The tables are all still there.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("values"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                      "('records', 'flags', 'achievements', 'imports', 'audit_log')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("values"));
}

HYOKA_HOSTILE_TEST_MAIN(tst_HostileValues)
#include "tst_hostilevalues.moc"
