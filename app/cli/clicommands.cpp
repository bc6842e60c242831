#include "clicommands.h"

#include "chartdata.h"
#include "cliargs.h"
#include "clioutput.h"
#include "flagstore.h"
#include "jsonrecordwriter.h"
#include "recordreader.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reportwriter.h"
#include "reviewbackup.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "safecommit.h"
#include "tabularexport.h"
#include "yearrules.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTranslator>

namespace Hyoka {

using namespace CliOutput;

void Commands::installTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), QStringLiteral("hyoka"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

QString Commands::usage()
{
    return tr("Usage: hyoka [FILE...] [--db DB]          open the review window\n"
              "       hyoka import FILE... [--db DB] [--year Y] [--bureau B] [--encoding E]\n"
              "                    [--save-profile NAME [--pattern GLOB]]\n"
              "       hyoka export [--db DB] [FILE...] --format json|csv|xlsx [-o OUT] [--encoding E]\n"
              "       hyoka check FILE... [--year Y] [--bureau B] [--encoding E]\n"
              "       hyoka detect FILE [--year Y] [--encoding E] [--map FIELD=COLUMN]... [--profile FILE]\n"
              "       hyoka profile list|show NAME|remove NAME [--db DB]\n"
              "       hyoka report [--db DB] [FILE...] --pdf OUT.pdf [--bureau B] [--year Y]\n"
              "       hyoka flag [--db DB] --year Y --code C --status flagged|reviewed|dismissed|none\n"
              "                  [--reason R] [--reason-text T] [--note N] [--reviewer NAME] [--expect-version V]\n"
              "                  (a record without a code: --name NAME --bureau B [--division D] for --code C)\n"
              "       hyoka review-list [--db DB] [--format csv|xlsx] [-o OUT]\n"
              "       hyoka history [--db DB] --code C | --name NAME [--bureau B]\n"
              "       hyoka links [--db DB] [--rename-bureau OLD=NEW] [--remove-rename OLD] [--threshold X]\n"
              "                   [--confirm|--undo --year Y --code C]   (matches by name, docs/years.md)\n"
              "       hyoka imports [--db DB]   (every import: id, time, file, size, sha256, records, skipped, warnings)\n"
              "       hyoka copy --from DB --to DB\n"
              "       hyoka backup [--db DB] [-o FILE]\n"
              "       hyoka restore [--db DB] [--backup FILE | --from FILE | --list]\n"
              "       hyoka grant --db URL --role NAME --viewer | --admin | --reviewer --bureau B [--bureau B]…\n"
              "                   | --revoke [--bureau B]\n"
              "       hyoka roles --db URL\n"
              "       hyoka --help | --version\n"
              "\n"
              "DB is a SQLite file (default: %1) or postgresql://user@host:port/dbname.\n"
              "import, export and check also take --map FIELD=COLUMN (COLUMN: header text, a letter\n"
              "such as FP, or #N; FIELD a JSON key or KIND@YEAR such as settlement@2024) and\n"
              "--profile FILE; import takes --save-profile NAME [--pattern GLOB], and a file whose\n"
              "name matches a saved profile's pattern is read with it.\n"
              "flag prints the flag's new version; options not given keep their stored values.\n"
              "Reasons: low_level, indicator_missed, execution_rate_gap, self_rating_mismatch, other.\n"
              "review-list writes the flagged and rule-suggested records with reasons and notes.\n"
              "backup writes the review work (flags, audit trail, settings) to a small file;\n"
              "restore --from puts it back onto the current records. restore alone puts back\n"
              "the copy of a SQLite file made before a schema upgrade.\n"
              "Exit codes: 0 ok, 1 input problems, 2 usage error, 3 conflict (the flag changed\n"
              "since --expect-version; nothing was written).")
            .arg(ReviewDatabase::defaultLocation());
}

int Commands::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        info(usage());
        return Ok;
    }
    if (command == u"--version" || command == u"-v") {
        info(QStringLiteral("hyoka ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    if (command == u"import")
        return importCommand(rest);
    if (command == u"export")
        return exportCommand(rest);
    if (command == u"check")
        return checkCommand(rest);
    if (command == u"report")
        return reportCommand(rest);
    if (command == u"restore")
        return restoreCommand(rest);
    if (command == u"backup")
        return backupCommand(rest);
    if (command == u"flag")
        return flagCommand(rest);
    if (command == u"review-list")
        return reviewListCommand(rest);
    if (command == u"copy")
        return copyCommand(rest);
    if (command == u"detect")
        return detectCommand(rest);
    if (command == u"grant")
        return grantCommand(rest);
    if (command == u"roles")
        return rolesCommand(rest);
    if (command == u"profile")
        return profileCommand(rest);
    if (command == u"history")
        return historyCommand(rest);
    if (command == u"links")
        return linksCommand(rest);
    if (command == u"imports")
        return importsCommand(rest);
    error(tr("hyoka: unknown command \"%1\"").arg(command));
    error(usage());
    return UsageError;
}

namespace {

// Hands each record on as the reader finds it, so exports of big files stream.
class ForwardingSink : public RecordSink
{
public:
    explicit ForwardingSink(const std::function<bool(const Record &)> &sendRecord) : m_emit(sendRecord) { }
    bool addRecord(Record &&record) override
    {
        stopped = !m_emit(record);
        return !stopped;
    }
    void addWarning(const ImportWarning &warning) override { warnings.append(warning); }
    void rowSkipped() override { ++skippedRows; }

    QList<ImportWarning> warnings;
    int skippedRows = 0;
    bool stopped = false;

private:
    const std::function<bool(const Record &)> &m_emit;
};

} // namespace

int Commands::importCommand(const QStringList &args)
{
    ParsedArgs a;
    if (!parseArgs(QStringLiteral("import"), args,
                   WithDb | WithReadOptions | WithMapping | WithProfileSave, &a))
        return UsageError;
    if (a.files.isEmpty()) {
        error(tr("hyoka import: name at least one file"));
        return UsageError;
    }
    if (!applyMapping(QStringLiteral("import"), a, &a.read))
        return UsageError;
    ReviewDatabase db;
    if (!openDatabase(db, a.db))
        return InputProblem;
    // The review work is backed up first (docs/robustness.md); a failed backup is told
    // but does not stop the import, which never changes flags or the audit trail.
    QString backupError;
    ReviewBackup::writeAutomatic(db, QStringLiteral("import"), &backupError);
    if (!backupError.isEmpty())
        error(tr("hyoka import: warning: %1").arg(backupError));
    RecordStore store(db);
    int exitCode = Ok;
    for (const QString &file : std::as_const(a.files)) {
        ReadOptions read = a.read;
        if (!useStoredProfile(db, file, a, &read)) {
            exitCode = InputProblem;
            continue;
        }
        std::optional<DetectedTable> detected;
        read.onTable = [&detected](const DetectedTable &t) {
            if (!detected)
                detected = t;
        };
        const ImportResult r = store.importFile(file, read);
        printWarnings(r.warnings);
        if (!r.ok) {
            error(r.error);
            exitCode = InputProblem;
            continue;
        }
        if (r.skippedRows > 0)
            exitCode = InputProblem;
        info(tr("%1: %n record(s) imported", "", r.inserted + r.updated).arg(file)
             + (r.updated ? tr(" (%n updated)", "", r.updated) : QString())
             + (r.skippedRows ? tr(", %n row(s) skipped", "", r.skippedRows) : QString()));
        // What it wrote of each bureau and year (docs/storage.md, "Import history").
        const QLocale figures(QLocale::English);
        for (const ImportGroup &g : r.groups)
            info(tr("  %1 %2: records %3 (new %4, updated %5); budget %6, settlement %7 (thousand yen)")
                         .arg(g.bureau.isEmpty() ? tr("(no bureau)") : g.bureau)
                         .arg(g.fiscalYear)
                         .arg(g.records())
                         .arg(g.inserted)
                         .arg(g.updated)
                         .arg(figures.toString(g.budget), figures.toString(g.settlement)));
        if (!a.saveProfile.isEmpty() && detected && !saveProfile(db, file, a, *detected))
            exitCode = InputProblem;
    }
    return exitCode;
}

int Commands::checkCommand(const QStringList &args)
{
    ParsedArgs a;
    if (!parseArgs(QStringLiteral("check"), args, WithReadOptions | WithMapping, &a)
        || !applyMapping(QStringLiteral("check"), a, &a.read))
        return UsageError;
    if (a.files.isEmpty()) {
        error(tr("hyoka check: name at least one file"));
        return UsageError;
    }
    int exitCode = Ok;
    for (const QString &file : std::as_const(a.files)) {
        // Nothing of a record is kept: warnings are printed as the reader finds them,
        // records only counted, so memory stays flat whatever the file's size.
        CountingSink sink([](const ImportWarning &w) { info(w.toString()); });
        QString err;
        const bool ok = RecordReader::readFile(file, sink, a.read, &err);
        if (!ok) {
            error(err);
            exitCode = InputProblem;
            continue;
        }
        if (sink.skippedRows > 0)
            exitCode = InputProblem;
        error(tr("%1: %n record(s)", "", int(sink.records)).arg(file)
              + tr(", %n warning(s)", "", sink.warnings)
              + tr(", %n row(s) skipped", "", sink.skippedRows));
    }
    return exitCode;
}

// The JSON "previous" of a record read from the database (docs/years.md).
static QByteArray yearPrevious(const std::optional<YearRules::Inputs> &in)
{
    if (!in || !in->prevYear)
        return QByteArrayLiteral("null");
    std::optional<Rating> rating;
    if (!in->prevRatingLabel.isEmpty())
        rating = Rating { in->prevRatingLabel, in->prevRatingRank, in->prevRatingRanks,
                          in->prevRatingScale, {} };
    return JsonRecordWriter::previousObject(in->prevYear, rating, in->prevLevel, in->prevBudget,
                                            in->prevSettlement);
}

// Writes the export into `device`, from the files when given, else from the database.
// `complete` tells whether every record that could be read was written (false when the
// database could not be read or the writer failed): only then may a file be replaced.
static int writeExport(const ParsedArgs &a, QIODevice *device, const QString &xlsxPath,
                       bool *complete = nullptr)
{
    int exitCode = Commands::Ok;
    QList<ImportWarning> warnings;

    // One record source for every format: parsed files, or the review database.
    ReviewDatabase db;
    // The review state of the JSON export: stored flags and the database's rule
    // thresholds; parsed files get "flag": null and the default thresholds.
    QHash<FlagStore::Key, Flag> flags;
    RuleSettings rules;
    YearRuleSettings yearRules;
    auto forEach = [&](const std::function<bool(const Record &)> &sendRecord) -> bool {
        if (!a.files.isEmpty()) {
            for (const QString &file : a.files) {
                ForwardingSink sink(sendRecord);
                QString err;
                if (!RecordReader::readFile(file, sink, a.read, &err)) {
                    error(err);
                    exitCode = Commands::InputProblem;
                    continue;
                }
                if (sink.skippedRows > 0)
                    exitCode = Commands::InputProblem;
                warnings += sink.warnings;
                if (sink.stopped)
                    return false;
            }
            return true;
        }
        if (!openDatabase(db, a.db)) {
            exitCode = Commands::InputProblem;
            return false;
        }
        QString flagsError;
        const std::optional<QHash<FlagStore::Key, Flag>> stored = FlagStore(db).allFlags(&flagsError);
        if (!stored) {
            error(Commands::tr("%1: cannot read the flags: %2").arg(ReviewDatabase::withoutPassword(db.spec()), flagsError));
            exitCode = Commands::InputProblem;
            return false;
        }
        flags = *stored;
        rules = ReviewRules::loadSettings(db);
        yearRules = YearRules::loadSettings(db);
        RecordStore store(db);
        if (!store.forEachRecord(sendRecord)) {
            // A read error, never silent (a writer that stops reports its own error).
            error(Commands::tr("%1: cannot read the records; the database may be damaged").arg(ReviewDatabase::withoutPassword(db.spec())));
            exitCode = Commands::InputProblem;
            return false;
        }
        return true;
    };

    QString writeError;
    bool ok = true;
    if (a.format == u"json") {
        JsonRecordWriter writer(*device);
        ok = writer.begin();
        ok = ok && forEach([&](const Record &r) {
            const auto flag = flags.constFind({ r.fiscalYear, r.identityKey() });
            QStringList suggestions = ReviewRules::suggestions(r, rules);
            // From the database: the project's previous year and the year-on-year rules.
            QByteArray previous;
            if (a.files.isEmpty()) {
                const auto in = YearRules::inputs(db, r.fiscalYear, r.identityKey());
                previous = yearPrevious(in);
                if (in)
                    suggestions += YearRules::suggestions(*in, yearRules);
            }
            return writer.write(r, flag == flags.cend() ? std::nullopt : std::optional<Flag>(*flag),
                                suggestions, previous);
        });
        ok = ok && writer.finish(warnings);
    } else if (a.format == u"csv") {
        CsvRecordWriter writer(*device, a.exportEncoding.isEmpty() ? QByteArray("utf-8")
                                                                 : a.exportEncoding.toLatin1());
        ok = writer.begin();
        ok = ok && forEach([&](const Record &r) { return writer.write(r); });
        ok = ok && writer.finish();
        if (!ok)
            writeError = writer.errorString();
    } else {
        XlsxRecordWriter writer(xlsxPath);
        ok = writer.begin();
        ok = ok && forEach([&](const Record &r) { return writer.write(r); });
        ok = ok && writer.finish();
        if (!ok)
            writeError = writer.errorString();
    }
    printWarnings(warnings);
    if (!ok) {
        if (exitCode == Commands::Ok)
            exitCode = Commands::InputProblem;
        if (!writeError.isEmpty())
            error(writeError);
    }
    if (complete)
        *complete = ok;
    return ok ? exitCode : (exitCode == Commands::Ok ? Commands::InputProblem : exitCode);
}

int Commands::exportCommand(const QStringList &args)
{
    ParsedArgs a;
    if (!parseArgs(QStringLiteral("export"), args,
                   WithDb | WithFormat | WithOutput | WithReadOptions | WithMapping, &a)
        || !applyMapping(QStringLiteral("export"), a, &a.read))
        return UsageError;
    if (a.format.isEmpty())
        a.format = QStringLiteral("json");
    if (a.format != u"json" && a.format != u"csv" && a.format != u"xlsx") {
        error(tr("hyoka export: --format takes json, csv or xlsx, not \"%1\"").arg(a.format));
        return UsageError;
    }
    if (a.format == u"xlsx") {
        // The XLSX writer makes its own file atomically; stdout gets a copy.
        if (!a.output.isEmpty())
            return writeExport(a, nullptr, a.output);
        QTemporaryDir dir;
        const QString tmp = dir.filePath(QStringLiteral("export.xlsx"));
        const int code = writeExport(a, nullptr, tmp);
        QFile f(tmp);
        if (f.open(QIODevice::ReadOnly))
            out(f.readAll());
        return code;
    }
    if (a.output.isEmpty() || a.output == u"-") {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            error(tr("hyoka export: cannot write to standard output"));
            return InputProblem;
        }
        const int code = writeExport(a, &stdoutFile, QString());
        stdoutFile.flush();
        return code;
    }
    QSaveFile file(a.output);
    if (!file.open(QIODevice::WriteOnly)) {
        error(tr("%1: cannot write: %2").arg(a.output, file.errorString()));
        return InputProblem;
    }
    bool complete = false;
    const int code = writeExport(a, &file, QString(), &complete);
    if (!complete) {
        if (file.error() != QFileDevice::NoError)
            error(tr("%1: cannot write: %2").arg(a.output, file.errorString()));
        file.cancelWriting(); // a failed export never replaces the file
        return code;
    }
    if (!SafeCommit::commit(file)) {
        error(tr("%1: cannot write: %2").arg(a.output, file.errorString()));
        return InputProblem;
    }
    return code;
}

int Commands::reportCommand(const QStringList &args)
{
    ParsedArgs a;
    if (!parseArgs(QStringLiteral("report"), args, WithDb | WithPdf | WithReadOptions, &a))
        return UsageError;
    if (a.pdf.isEmpty()) {
        error(tr("hyoka report: name the PDF to write with --pdf OUT.pdf"));
        return UsageError;
    }
    // --year and --bureau choose the records to report on (and, as for import, stand
    // in for a file that does not say).
    ReportOptions options;
    if (a.read.defaultYear > 0)
        options.filter.fiscalYears = { a.read.defaultYear };
    if (!a.read.defaultBureau.isEmpty())
        options.filter.bureaus = { a.read.defaultBureau };

    int exitCode = Ok;
    QTemporaryDir scratch; // outlives the database below
    ReviewDatabase db;
    if (!a.files.isEmpty()) {
        // Files are reported on directly, through a throw-away database.
        if (!scratch.isValid()) {
            error(tr("hyoka report: cannot create a temporary folder: %1").arg(scratch.errorString()));
            return InputProblem;
        }
        if (!openDatabase(db, scratch.filePath(QStringLiteral("report.sqlite"))))
            return InputProblem;
        RecordStore store(db);
        for (const QString &file : std::as_const(a.files)) {
            const ImportResult r = store.importFile(file, a.read);
            printWarnings(r.warnings);
            if (!r.ok) {
                error(r.error);
                exitCode = InputProblem;
            } else if (r.skippedRows > 0) {
                exitCode = InputProblem;
            }
        }
    } else if (!openDatabase(db, a.db)) {
        return InputProblem;
    }
    const std::optional<ChartData::BureauTotals> totals = ChartData(db).overallTotals(options.filter);
    if (totals && totals->projects == 0) {
        error(tr("hyoka report: no records match; the report is empty"));
        exitCode = InputProblem;
    }
    QString err;
    if (!ReportWriter::writePdf(db, options, a.pdf, &err)) {
        error(err);
        return InputProblem;
    }
    return exitCode;
}

} // namespace Hyoka
