#include "searchindex.h"

#include "searchtokenizer.h"

#include <QSqlQuery>
#include <QVariant>

namespace Hyoka::SearchIndex {

namespace {

QStringList sqliteTable()
{
    return { QStringLiteral("CREATE VIRTUAL TABLE records_fts USING fts5("
                            "search_text, content='records', content_rowid='id', tokenize='%1',"
                            " detail=none)")
                     .arg(QLatin1String(SearchTokenizer::name)) };
}

} // namespace

QStringList sqliteSchema()
{
    return sqliteTable() + QStringList {
        QStringLiteral("CREATE TRIGGER records_fts_ai AFTER INSERT ON records BEGIN"
                       " INSERT INTO records_fts (rowid, search_text) VALUES (new.id, new.search_text);"
                       " END"),
        QStringLiteral("CREATE TRIGGER records_fts_ad AFTER DELETE ON records BEGIN"
                       " INSERT INTO records_fts (records_fts, rowid, search_text)"
                       " VALUES ('delete', old.id, old.search_text);"
                       " END"),
        QStringLiteral("CREATE TRIGGER records_fts_au AFTER UPDATE OF search_text ON records BEGIN"
                       " INSERT INTO records_fts (records_fts, rowid, search_text)"
                       " VALUES ('delete', old.id, old.search_text);"
                       " INSERT INTO records_fts (rowid, search_text) VALUES (new.id, new.search_text);"
                       " END"),
    };
}

QStringList schemaV6(bool sqlite)
{
    if (sqlite)
        return {}; // SQLite's index is replaced in version 7
    // The distinct characters and character pairs of a text; of a term, its pairs
    // (or the character itself). A record holds a term only if its grams include the
    // term's: the index finds the candidates, LIKE then checks the order.
    // The text is split into its characters once and the pairs made by zipping that
    // array with itself shifted by one: substr(t, i, …) walks the UTF-8 text from its
    // start for every i. The pairs are sorted as bytes (COLLATE "C"), which for UTF-8 is
    // the order of code points. Together 3.7 times faster than substr (docs/search.md).
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION hyoka_search_grams(t text) RETURNS text[]"
                       " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$"
                       " SELECT coalesce(array_agg(DISTINCT g COLLATE \"C\"), '{}')"
                       " FROM (SELECT string_to_array(t, NULL)) AS c(a), LATERAL ("
                       " SELECT unnest(a)"
                       " UNION ALL"
                       " SELECT x || y FROM unnest(a[1:cardinality(a) - 1], a[2:]) AS u(x, y)) AS s(g) $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION hyoka_term_grams(t text) RETURNS text[]"
                       " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$"
                       " SELECT CASE WHEN char_length(t) < 2 THEN ARRAY[t]"
                       " ELSE ARRAY(SELECT substr(t, i, 2) FROM generate_series(1, char_length(t) - 1) AS i) END $$"),
        QStringLiteral("CREATE INDEX records_search_grams ON records USING gin (hyoka_search_grams(search_text))"),
    };
}

QStringList schemaV7(QSqlDatabase db, bool sqlite)
{
    if (!sqlite) {
        // The grams stored beside the text, so that the index's candidates are checked
        // without computing them again for every row; the index over the column.
        return {
            QStringLiteral("ALTER TABLE records ADD COLUMN search_grams text[]"
                           " GENERATED ALWAYS AS (hyoka_search_grams(search_text)) STORED"),
            QStringLiteral("DROP INDEX records_search_grams"),
            QStringLiteral("CREATE INDEX records_search_grams ON records USING gin (search_grams)"),
        };
    }
    // The triggers name the table, not its tokenizer: they stay as they are.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'records_fts'")) || !q.next()
        || q.value(0).toString() == sqliteTable().constFirst())
        return {};
    return QStringList { QStringLiteral("DROP TABLE records_fts") } + sqliteTable()
            + QStringList { QStringLiteral("INSERT INTO records_fts (records_fts) VALUES ('rebuild')") };
}

QString ftsPhrase(const QString &term)
{
    return SearchTokenizer::matchExpression(term);
}

bool ftsIsExact(const QString &term)
{
    return SearchTokenizer::matchIsExact(term);
}

QString postgresCondition(const QString &term, QVariantList &values)
{
    // LIKE first: where the planner scans rows rather than the index (a common term's
    // first rows, walked in the grid's order), the text is checked before the grams
    // array is read, which is stored out of line (TOAST) and costs more to read than
    // LIKE costs to run (docs/search.md).
    values << likePattern(term) << term;
    return QStringLiteral("(search_text LIKE ? ESCAPE '\\'"
                          " AND search_grams @> hyoka_term_grams(?))");
}

QString likePattern(const QString &term)
{
    QString escaped;
    escaped.reserve(term.size() + 2);
    for (const QChar c : term) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

} // namespace Hyoka::SearchIndex
