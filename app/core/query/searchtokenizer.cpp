#include "searchtokenizer.h"

#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace Hyoka::SearchTokenizer {

namespace {

// FTS5's tokenizer interface (sqlite3.h), with no state of ours.
int create(void *, const char **, int, Fts5Tokenizer **tokenizer)
{
    static int instance = 0;
    *tokenizer = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) { }

// The length in bytes of the UTF-8 sequence that starts with `lead`; a stray
// continuation byte counts as a character of its own, as SQLite's own
// tokenizers treat broken text.
int sequenceLength(unsigned char lead)
{
    if (lead < 0xC0)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

// Document text (and text for the auxiliary functions): the pair at every character
// but the last, then the last character alone, each at its own position, so that a
// phrase of consecutive pairs is a substring and "c"* finds a character anywhere.
// Query text: the pairs only; a one-character query is that character.
int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    if (size <= 0)
        return SQLITE_OK;
    const auto next = [&](int at) {
        return std::min(size, at + sequenceLength(static_cast<unsigned char>(text[at])));
    };
    int first = 0;
    int second = next(0);
    if (second >= size)
        return token(context, 0, text, size, 0, size);
    while (second < size) {
        const int end = next(second);
        if (const int rc = token(context, 0, text + first, end - first, first, end); rc != SQLITE_OK)
            return rc;
        first = second;
        second = end;
    }
    if (flags & FTS5_TOKENIZE_QUERY)
        return SQLITE_OK;
    return token(context, 0, text + first, second - first, first, second);
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

// sqlite3_auto_extension's entry point.
static int registerOnOpen(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    registerOn(db);
    return SQLITE_OK; // a SQLite without FTS5 still opens
}

bool registerOn(sqlite3 *db)
{
    if (!db)
        return false;
    fts5_api *api = ftsApi(db);
    if (!api)
        return false;
    void *userData = nullptr;
    fts5_tokenizer existing {};
    if (api->xFindTokenizer(api, name, &userData, &existing) == SQLITE_OK && existing.xTokenize == &tokenize)
        return true;
    fts5_tokenizer tokenizer = { &create, &destroy, &tokenize };
    return api->xCreateTokenizer(api, name, nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

void registerForEveryConnection()
{
    static const int result = sqlite3_auto_extension(reinterpret_cast<void (*)()>(&registerOnOpen));
    Q_UNUSED(result);
}

namespace {

// The code points of `term`, each as a string of one or two UTF-16 units.
QStringList codePoints(const QString &term)
{
    QStringList points;
    for (qsizetype i = 0; i < term.size(); ++i) {
        const qsizetype n = term.at(i).isHighSurrogate() && i + 1 < term.size()
                        && term.at(i + 1).isLowSurrogate() ? 2 : 1;
        points << term.mid(i, n);
        i += n - 1;
    }
    return points;
}

QString quoted(QString text)
{
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

} // namespace

QString matchExpression(const QString &term)
{
    const QStringList points = codePoints(term);
    if (points.size() == 1)
        return quoted(points.constFirst()) + u'*';
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        pairs << quoted(points.at(i) + points.at(i + 1));
    pairs.removeDuplicates();
    return pairs.join(u' ');
}

bool matchIsExact(const QString &term)
{
    return codePoints(term).size() <= 2;
}

bool matchIsPrefix(const QString &term)
{
    return codePoints(term).size() == 1;
}

} // namespace Hyoka::SearchTokenizer
