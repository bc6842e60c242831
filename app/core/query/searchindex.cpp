#include "searchindex.h"

#include "pgarrayliteral.h"
#include "searchtokenizer.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

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

QStringList schemaV8(QSqlDatabase db, bool sqlite)
{
    if (sqlite)
        return {};
    QSqlQuery q(db);
    const bool lz4 = q.exec(QStringLiteral("SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'"
                                           " AND 'lz4' = ANY (enumvals)"))
            && q.next();
    QStringList statements = lz4 ? QStringList { QStringLiteral("ALTER TABLE records ALTER COLUMN search_grams"
                                                                " SET COMPRESSION lz4") }
                                 : QStringList();
    return statements + QStringList {
        QStringLiteral("ALTER TABLE records ALTER COLUMN search_grams DROP EXPRESSION"),
        QStringLiteral("CREATE OR REPLACE FUNCTION hyoka_fill_search_grams() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN"
                       " IF TG_OP = 'INSERT' THEN"
                       "  IF NEW.search_grams IS NULL THEN"
                       "   NEW.search_grams := hyoka_search_grams(NEW.search_text);"
                       "  END IF;"
                       " ELSIF NEW.search_text IS DISTINCT FROM OLD.search_text"
                       "  AND NEW.search_grams IS NOT DISTINCT FROM OLD.search_grams THEN"
                       "  NEW.search_grams := hyoka_search_grams(NEW.search_text);"
                       " END IF;"
                       " RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER records_search_grams BEFORE INSERT OR UPDATE OF search_text,"
                       " search_grams ON records FOR EACH ROW EXECUTE FUNCTION hyoka_fill_search_grams()"),
    };
}

QString postgresGrams(const QString &searchText)
{
    // A gram as one number that sorts as its UTF-8 bytes do (which is code point
    // order): the first code point, then the second plus one (0 for a single
    // character, so that it sorts before the pairs it begins).
    std::vector<char32_t> characters;
    characters.reserve(searchText.size());
    for (qsizetype i = 0; i < searchText.size(); ++i) {
        const QChar c = searchText.at(i);
        if (c.isHighSurrogate() && i + 1 < searchText.size() && searchText.at(i + 1).isLowSurrogate()) {
            characters.push_back(QChar::surrogateToUcs4(c, searchText.at(i + 1)));
            ++i;
        } else {
            // A lone surrogate reaches the server as '?': Qt's UTF-8 has no form for it.
            characters.push_back(c.isSurrogate() ? U'?' : c.unicode());
        }
    }
    std::vector<quint64> grams;
    grams.reserve(characters.size() * 2);
    for (size_t i = 0; i < characters.size(); ++i) {
        grams.push_back(quint64(characters[i]) << 22);
        if (i + 1 < characters.size())
            grams.push_back(quint64(characters[i]) << 22 | (characters[i + 1] + 1));
    }
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    // Written straight into the literal (about 350 grams a record): an element is
    // quoted only when PostgreSQL's array syntax needs it, so that the literal, itself
    // an element of the import's array of literals, seldom needs escaping again.
    QString literal;
    literal.reserve(qsizetype(grams.size()) * 3 + 2);
    literal += u'{';
    const auto special = [](char32_t c) {
        return c == U'"' || c == U'\\' || c == U'{' || c == U'}' || c == U',' || c == U' '
                || (c >= U'\t' && c <= U'\r');
    };
    const auto append = [&](char32_t c) {
        if (c == U'"' || c == U'\\')
            literal += u'\\';
        if (QChar::requiresSurrogates(c)) {
            literal += QChar(QChar::highSurrogate(c));
            literal += QChar(QChar::lowSurrogate(c));
        } else {
            literal += QChar(char16_t(c));
        }
    };
    for (const quint64 g : grams) {
        if (literal.size() > 1)
            literal += u',';
        const char32_t first = char32_t(g >> 22), second = char32_t(g & 0x3fffff);
        const bool quote = special(first) || (second && special(second - 1));
        if (quote)
            literal += u'"';
        append(first);
        if (second)
            append(second - 1);
        if (quote)
            literal += u'"';
    }
    literal += u'}';
    return literal;
}

QString ftsPhrase(const QString &term)
{
    return SearchTokenizer::matchExpression(term);
}

bool ftsIsExact(const QString &term)
{
    return SearchTokenizer::matchIsExact(term);
}

bool ftsIsPrefix(const QString &term)
{
    return SearchTokenizer::matchIsPrefix(term);
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
