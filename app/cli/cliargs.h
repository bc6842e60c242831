#pragma once

#include "recordreader.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hyoka {

class ReviewDatabase;

// --db, --year, --code and, for a record without a code, --name, --bureau, --division:
// how `hyoka flag` and `hyoka links` name one record.
struct RecordOptions
{
    RecordOptions();
    QList<QCommandLineOption> all() const { return { db, year, code, name, bureau, division }; }
    // The record's identity key (Record::identityKey()) from the parsed options.
    template<typename Parser>
    QString key(const Parser &parser) const
    {
        return identityKey(parser.value(code), parser.value(name), parser.value(bureau),
                           parser.value(division));
    }
    static QString identityKey(const QString &code, const QString &name, const QString &bureau,
                               const QString &division);

    QCommandLineOption db, year, code, name, bureau, division;
};

// Options shared by the sub-commands, parsed with QCommandLineParser.
struct ParsedArgs
{
    QStringList files;
    QString db;
    QString format;
    QString output;
    QString pdf;
    ReadOptions read;
    QString exportEncoding;
    // --map FIELD=COLUMN and --profile FILE (docs/profiles.md)
    QStringList maps;
    QString profileFile;
    // import --save-profile NAME [--pattern GLOB]
    QString saveProfile;
    QString pattern;
    bool columnsGiven() const { return !maps.isEmpty() || !profileFile.isEmpty(); }
};

enum OptionSet {
    WithDb = 1,
    WithFormat = 2,
    WithOutput = 4,
    WithPdf = 8,
    WithReadOptions = 16,
    WithMapping = 32,     // --map, --profile
    WithProfileSave = 64, // --save-profile, --pattern
};

bool parseArgs(const QString &command, const QStringList &args, int options, ParsedArgs *parsed);
// Reads --profile FILE and the --map options into `read`; prints the problem and
// returns false when one is wrong (a usage error).
bool applyMapping(const QString &command, const ParsedArgs &parsed, ReadOptions *read);
bool openDatabase(ReviewDatabase &db, const QString &spec);
// import: with no --map and no --profile, the saved profile whose pattern matches the
// file's name is used (detectcommand.cpp). False when it cannot be read.
bool useStoredProfile(ReviewDatabase &db, const QString &file, const ParsedArgs &parsed,
                      ReadOptions *read);
// import --save-profile NAME: the mapping the file was read with, saved in the database.
bool saveProfile(ReviewDatabase &db, const QString &file, const ParsedArgs &parsed,
                 const DetectedTable &table);
void printWarnings(const QList<ImportWarning> &warnings);

} // namespace Hyoka
