#pragma once

// The tokenizer of the search index on SQLite (docs/search.md): every pair of
// neighbouring characters of the search text is a token, and the last character of
// the text is a token of its own, so that one index answers terms of every length.

#include <QString>

struct sqlite3;

namespace Hyoka::SearchTokenizer {

// The name the FTS5 table is created with (tokenize='hyoka_bigram').
inline constexpr char name[] = "hyoka_bigram";

// Registers the tokenizer on one open connection. Every connection that may write
// records or search them needs it (ReviewDatabase::open does it); false if this
// SQLite has no FTS5, in which case search falls back to LIKE.
bool registerOn(sqlite3 *db);

// Registers it, from now on, with every SQLite connection this process opens, by
// whatever code (sqlite3_auto_extension): Hyoka's own plain connections (backup
// checks) and tools that read a Hyoka file. The first call does it.
void registerForEveryConnection();

// The FTS5 query for `term` (an already folded search term,
// RecordQuery::searchTerms): for one character the prefix query "c"*, for two the
// pair, for more every pair of the term (the index keeps no positions, so the pairs
// are found in any order: matchIsExact() is false and the text must be checked).
QString matchExpression(const QString &term);
// Whether matchExpression(term) finds exactly the records that contain `term` (terms
// of one and two characters).
bool matchIsExact(const QString &term);
// Whether matchExpression(term) is a prefix query (a term of one character): FTS5 reads
// every hit of it before it gives the first.
bool matchIsPrefix(const QString &term);

} // namespace Hyoka::SearchTokenizer
