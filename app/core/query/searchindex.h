#pragma once

// The search index (docs/search.md): on SQLite an FTS5 table over
// records.search_text with the character-pair tokenizer (searchtokenizer.h); on
// PostgreSQL a GIN index over the characters and character pairs of search_text,
// stored in records.search_grams.
// Both answer a term of any length, and exactly as `search_text LIKE '%term%'` would.

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace Hyoka::SearchIndex {

// The FTS5 table and the triggers that keep it in step with records (SQLite).
QStringList sqliteSchema();

// Schema version 6: on PostgreSQL the functions and the GIN index (nothing on SQLite).
QStringList schemaV6(bool sqlite);
// Schema version 7: on SQLite any other FTS5 table (the trigram one of versions 1-5,
// which could not look up terms shorter than three characters; the character-pair
// one of version 6, which kept positions) replaced by the current one and filled.
// Reads `db` to decide. On PostgreSQL the grams become a stored column
// (`search_grams`, generated from search_text) and the GIN index is made over it.
QStringList schemaV7(QSqlDatabase db, bool sqlite);
// Schema version 8: on PostgreSQL search_grams is no longer generated: an import sends
// the grams it computed (postgresGrams()) with each row, and a trigger computes them
// for any other writer that leaves them out or changes the text without them. Where
// the server has LZ4 (asked of `db`), the grams are compressed with it: a third of
// the time of PostgreSQL's own compression, for a fifth more space. Nothing on SQLite.
QStringList schemaV8(QSqlDatabase db, bool sqlite);

// hyoka_search_grams(text) computed here, as the array literal PostgreSQL reads
// ({"a","ab",…}: the distinct characters and pairs of neighbouring characters, in
// code point order).
QString postgresGrams(const QString &searchText);
// The FTS5 query for one folded search term (SearchTokenizer::matchExpression).
QString ftsPhrase(const QString &term);
// Whether ftsPhrase(term) finds exactly the term; if not, LIKE checks the candidates.
bool ftsIsExact(const QString &term);
// Whether ftsPhrase(term) is a prefix query, which reads every hit before the first.
bool ftsIsPrefix(const QString &term);

// PostgreSQL: the condition for one term (the index's test, then the text's); its
// two values are appended to `values`.
QString postgresCondition(const QString &term, QVariantList &values);

// `%term%` for LIKE … ESCAPE '\', the wildcard characters of the term escaped.
QString likePattern(const QString &term);

} // namespace Hyoka::SearchIndex
