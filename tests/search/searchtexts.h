#pragma once

// Random search texts and generated records for the search tests: kanji, hiragana,
// full- and half-width katakana and letters, characters outside the BMP and the
// characters LIKE, FTS5 and PostgreSQL's array syntax treat specially.
#include "record.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <memory>

namespace SearchTexts {

// Before folding: ﾎ, ホ and ほ are one search character, as are Ｗ, W and w, and
// １ and 1; ｶﾞ is one character (ガ → が) after folding. 𠮷 is two UTF-16 units.
inline const QStringList alphabet = {
    u"保"_qs, u"育"_qs, u"所"_qs, u"児"_qs, u"童"_qs, u"ほ"_qs, u"ホ"_qs, u"ﾎ"_qs, u"ｶﾞ"_qs, u"が"_qs,
    u"Ｗ"_qs, u"W"_qs, u"w"_qs, u"i"_qs, u"-"_qs, u"F"_qs, u"１"_qs, u"1"_qs, u"ー"_qs, u"%"_qs,
    u"_"_qs, u"\""_qs, u"*"_qs, u"\\"_qs, u"'"_qs, u"𠮷"_qs, u"・"_qs, u"（"_qs, u"）"_qs, u"。"_qs,
};

inline QString randomText(QRandomGenerator &random, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(random.bounded(int(alphabet.size())));
    return text;
}

// The first `n` characters (code points) of `text`: a surrogate pair is never cut.
inline QString firstCharacters(const QString &text, int n)
{
    qsizetype end = 0;
    for (int i = 0; i < n && end < text.size(); ++i)
        end += text.at(end).isHighSurrogate() && end + 1 < text.size() ? 2 : 1;
    return text.left(end);
}

inline QList<Hyoka::Record> generatedRecords(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QList<Hyoka::Record> records;
    for (int i = 0; i < count; ++i) {
        Hyoka::Record r;
        r.fiscalYear = 2021;
        r.bureau = u"総務企画局"_qs;
        r.code = QString::number(10000 + i);
        r.no = i + 1;
        // Short texts, so that one- and two-character terms miss some records.
        r.name = randomText(random, 1 + random.bounded(4));
        r.summary = random.bounded(3) == 0 ? QString() : randomText(random, random.bounded(8));
        if (random.bounded(2) == 0)
            r.achievements << randomText(random, 1 + random.bounded(6));
        records << r;
    }
    return records;
}

// A new seed every run, printed, so that a failure can be replayed with
// HYOKA_SEARCH_SEED.
inline quint32 testSeed()
{
    const quint32 seed = qEnvironmentVariableIsSet("HYOKA_SEARCH_SEED")
            ? quint32(qEnvironmentVariableIntValue("HYOKA_SEARCH_SEED"))
            : QRandomGenerator::global()->generate();
    qInfo("HYOKA_SEARCH_SEED=%u", seed);
    return seed;
}

// The database `spec` with `records` imported; the test stops when it cannot be made.
inline std::unique_ptr<Hyoka::ReviewDatabase> databaseWith(const QString &spec, const QList<Hyoka::Record> &records)
{
    auto db = std::make_unique<Hyoka::ReviewDatabase>();
    QString error;
    if (spec.isEmpty() || !db->open(spec, &error))
        qFatal("cannot open %s: %s", qPrintable(spec), qPrintable(error));
    const Hyoka::ImportResult result = Hyoka::RecordStore(*db).importRecords(records, u"generated"_qs);
    if (!result.error.isEmpty())
        qFatal("cannot import: %s", qPrintable(result.error));
    return db;
}

} // namespace SearchTexts
