// bench years RECORDS YEARS DB: a synthetic database of RECORDS records over YEARS
// fiscal years (each year 2 % of the projects end, 2 % start, 1 % are renamed),
// imported one year at a time; then a full relink, a project's history and the
// year-on-year inputs of single records, and counting the year rules' suggestions.
#include "benchsupport.h"

#include "projectlinks.h"
#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "yearrules.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace HyokaBench {

using namespace Hyoka;

int yearsCommand(const QStringList &args)
{
    if (args.size() < 3)
        return 2;
    const int total = args.at(0).toInt();
    const int yearCount = std::max(1, args.at(1).toInt());
    const QString path = args.at(2);
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    ReviewDatabase db;
    QString error;
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "bench years: %s\n", qPrintable(error));
        return 1;
    }
    const int perYear = total / yearCount;
    QRandomGenerator random(7);
    int nextCode = 10000000;
    QList<Record> projects;
    for (int i = 0; i < perYear; ++i) {
        Record r;
        r.code = QString::number(nextCode++);
        r.bureau = QStringLiteral("局%1").arg(i % 30);
        r.name = QStringLiteral("事業%1号推進").arg(r.code);
        projects.append(r);
    }
    QList<double> importMs;
    for (int y = 0; y < yearCount; ++y) {
        for (Record &r : projects) {
            r.fiscalYear = 2014 + y;
            r.budget = qint64(random.bounded(1000, 1000000));
            r.settlement = *r.budget * qint64(random.bounded(70, 110)) / 100;
            const int level = int(random.bounded(1, 6));
            r.level = level;
            r.rating = Rating { QString::number(level), level, 5, QStringLiteral("level"), {} };
        }
        QElapsedTimer t;
        t.start();
        const ImportResult result = RecordStore(db).importRecords(projects, QStringLiteral("year.csv"));
        importMs.append(elapsedMs(t));
        if (!result.ok) {
            std::fprintf(stderr, "bench years: %s\n", qPrintable(result.error));
            return 1;
        }
        // The next year: some end, some start, some are renamed with a new code.
        for (int i = 0; i < perYear / 50; ++i)
            projects.removeAt(int(random.bounded(projects.size())));
        for (int i = 0; i < perYear / 100; ++i) {
            Record &r = projects[int(random.bounded(projects.size()))];
            r.code = QString::number(nextCode++);
            r.name += QStringLiteral("（拡充）");
        }
        while (projects.size() < perYear) {
            Record r;
            r.code = QString::number(nextCode++);
            r.bureau = QStringLiteral("局%1").arg(nextCode % 30);
            r.name = QStringLiteral("新規%1").arg(nextCode);
            projects.append(r);
        }
    }
    figure("years.import.first_year", importMs.constFirst(), "ms");
    figure("years.import.last_year", importMs.constLast(), "ms");

    QElapsedTimer t;
    t.start();
    if (!ProjectLinks(db).relink(&error)) {
        std::fprintf(stderr, "bench years: %s\n", qPrintable(error));
        return 1;
    }
    figure("years.relink", elapsedMs(t), "ms");

    QList<double> historyMs;
    QList<double> inputsMs;
    const ProjectLinks links(db);
    for (int i = 0; i < 50; ++i) {
        const QString key = projects.at(int(random.bounded(projects.size()))).code;
        t.restart();
        links.history(2014 + yearCount - 1, key);
        historyMs.append(elapsedMs(t));
        t.restart();
        YearRules::inputs(db, 2014 + yearCount - 1, key);
        inputsMs.append(elapsedMs(t));
    }
    figure("years.history.median", median(historyMs), "ms");
    figure("years.inputs.median", median(inputsMs), "ms");

    const SqlCondition c = YearRules::suggestedCondition();
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM records WHERE ") + c.sql);
    for (const QVariant &v : c.values)
        q.addBindValue(v);
    t.restart();
    q.exec();
    q.next();
    figure("years.rules.count", elapsedMs(t), "ms");
    note(QStringLiteral("%1 records suggested by a year rule").arg(q.value(0).toLongLong()));

    // The grid's year-on-year columns (docs/years.md, "In the grid"): the first rows by
    // budget change as the window asks for them, the whole sorted list, one page of rows
    // with their previous year, and the new / gone facet.
    const RecordQuery query(db);
    const RecordFilter all;
    for (const Qt::SortOrder order : { Qt::DescendingOrder, Qt::AscendingOrder }) {
        const char *way = order == Qt::DescendingOrder ? "desc" : "asc";
        t.restart();
        const auto first = query.firstIds(all, RecordQuery::Column::BudgetChange, order, 256);
        figure(QByteArray("years.grid.sort_budget_change.first_256.") + way, elapsedMs(t), "ms");
        t.restart();
        const auto ids = query.ids(all, RecordQuery::Column::BudgetChange, order);
        figure(QByteArray("years.grid.sort_budget_change.all.") + way, elapsedMs(t), "ms");
        if (!first || !ids || *first != ids->mid(0, 256)) {
            std::fprintf(stderr, "bench years: the first rows and the list disagree\n");
            return 1;
        }
        t.restart();
        query.rows(first->mid(0, 64));
        figure(QByteArray("years.grid.rows_64.") + way, elapsedMs(t), "ms");
    }
    RecordFilter lastYear;
    lastYear.fiscalYears = { 2014 + yearCount - 1 };
    t.restart();
    query.firstIds(lastYear, RecordQuery::Column::BudgetChange, Qt::DescendingOrder, 256);
    figure("years.grid.sort_budget_change.last_year.first_256", elapsedMs(t), "ms");
    t.restart();
    query.facet(RecordQuery::Facet::YearChange, all);
    figure("years.grid.facet_new_gone", elapsedMs(t), "ms");
    return 0;
}

} // namespace HyokaBench
