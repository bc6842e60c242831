// hyoka-loadtest: the full load test (tools/loadtest.sh runs it on SQLite and on
// PostgreSQL). See docs/robustness.md for what it checks.
#include "loadrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Runs N reviewers, each a loop of `hyoka flag --expect-version` processes on"
            " overlapping records, while `hyoka import` re-imports a file; then checks the"
            " database. The database must already hold the imported file."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("review database"), QStringLiteral("DB"));
    const QCommandLineOption hyoka(QStringLiteral("hyoka"), QStringLiteral("the hyoka executable"),
                                   QStringLiteral("PATH"));
    const QCommandLineOption import(QStringLiteral("import"), QStringLiteral("file re-imported meanwhile"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption reviewers(QStringLiteral("reviewers"), QStringLiteral("reviewer processes"),
                                       QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("changes per reviewer"),
                                     QStringLiteral("M"), QStringLiteral("300"));
    const QCommandLineOption hot(QStringLiteral("records"), QStringLiteral("records the reviewers share"),
                                 QStringLiteral("K"), QStringLiteral("10"));
    parser.addOptions({ db, hyoka, import, reviewers, changes, hot });
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(db) || !parser.isSet(hyoka)) {
        out << "hyoka-loadtest: --db and --hyoka are required\n";
        return 2;
    }
    Hyoka::LoadTest::Options o;
    o.db = parser.value(db);
    o.hyoka = parser.value(hyoka);
    o.importFile = parser.value(import);
    o.reviewers = parser.value(reviewers).toInt();
    o.changesEach = parser.value(changes).toInt();
    o.hotRecords = parser.value(hot).toInt();
    const Hyoka::LoadTest::Report r = Hyoka::LoadTest::run(o);
    out << r.summary() << '\n';
    for (const QString &p : r.problems)
        out << "  problem: " << p << '\n';
    return r.ok() ? 0 : 1;
}
