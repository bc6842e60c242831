#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// One project across the fiscal years (docs/years.md). Schema version 4 stores:
//   project_links(fiscal_year, code, bureau, organisation, natural_key, project, matched,
//                 similarity, prev_year, prev_code, prev_level, prev_rating_rank,
//                 prev_rating_scale, prev_budget, prev_settlement, next_year,
//                 bureau_next_year): one row per record, rebuilt in SQL by relink();
//                 `project` is the same for every year of one project; version 5 adds
//                 prev_rating_label, prev_rating_ranks, bureau_prev_year and
//                 budget_change (budget / prev_budget − 1, indexed: the grid sorts by it)
//   project_aliases(fiscal_year, code, target_year, target_code, state, similarity,
//                   updated_at): a renamed record continuing the project of another
//                   ('matched' by name automatically, 'confirmed' or 'rejected' by a user)
//   organisation_renames(old_bureau, new_bureau): bureaus renamed or merged, user-edited
// Links never touch records, flags or the audit trail.
class ProjectLinks
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ProjectLinks)
public:
    explicit ProjectLinks(ReviewDatabase &db) : m_db(db) { }

    // The statements of schema version 4 (%REAL%, %BIGINT% as in ReviewDatabase).
    static QStringList schemaV4();
    // Version 5: the previous year's rating label, the bureau's previous year and the
    // budget change, for the grid's year-on-year columns and facet.
    static QStringList schemaV5();

    // The similarity of two project names (0–1): the Dice coefficient of the character
    // bigrams of their normalised forms (TextNormaliser::searchKey()).
    static double nameSimilarity(const QString &a, const QString &b);
    static constexpr double defaultNameThreshold = 0.6;

    // Rebuilds every link in SQL, inside the caller's write transaction (the import's
    // or the migration's): by code, by identity key with the organisation renames
    // applied, then confirmed renames, then new records matched by name to records
    // gone from the same organisation.
    bool relinkInTransaction(QString *error);
    // The same in a transaction of its own.
    bool relink(QString *error);

    // The name similarity a rename needs (settings key links.name_similarity).
    double nameThreshold() const;
    bool setNameThreshold(double threshold, QString *error);

    struct NameMatch
    {
        int fiscalYear = 0;
        QString code;        // the identity key of the renamed record
        QString name;
        int targetYear = 0;
        QString targetCode;
        QString targetName;
        QString state;       // matched, confirmed, rejected
        double similarity = 0;
    };
    // Every rename found or decided, oldest year first.
    QList<NameMatch> nameMatches(QString *error = nullptr) const;
    // Confirms or undoes the rename of the record (fiscalYear, key); relinks. False with
    // a message when the record has no such match.
    bool confirm(int fiscalYear, const QString &key, QString *error);
    bool undo(int fiscalYear, const QString &key, QString *error);

    struct Rename
    {
        QString oldBureau;
        QString newBureau;
    };
    QList<Rename> organisationRenames(QString *error = nullptr) const;
    // The bureau names a rename may use: those of the records and of `renames`, sorted.
    QStringList bureauChoices(const QList<Rename> &renames, QString *error = nullptr) const;
    // Adds or replaces a rename (an empty newBureau removes it); relinks.
    bool setOrganisationRename(const QString &oldBureau, const QString &newBureau, QString *error);
    // Why a table of renames cannot be stored, or empty: a name missing, a bureau
    // renamed to itself or twice, renames that go round in a circle (A → B → A).
    static QString renamesProblem(const QList<Rename> &renames);

    // Edits of the links made together (the window's Project Links dialog,
    // docs/years.md): written in one transaction with one relink, so either all of
    // them or, when a statement or the relink fails, none.
    struct Decision
    {
        int fiscalYear = 0;
        QString key;             // the renamed record's identity key
        bool sameProject = true; // confirm; false undoes
    };
    struct Changes
    {
        QList<Rename> renames;   // added or replaced; an empty newBureau removes
        std::optional<double> threshold;
        QList<Decision> decisions;
        bool isEmpty() const { return renames.isEmpty() && !threshold && decisions.isEmpty(); }
    };
    bool apply(const Changes &changes, QString *error);

    // One year of a project, as `hyoka history` and the detail panel show it.
    struct Year
    {
        qint64 recordId = 0; // records.id
        int fiscalYear = 0;
        QString code;        // empty for a record without a code
        QString key;         // the identity key
        QString bureau;
        QString division;
        QString name;
        QString rating;      // the rating's label
        int ratingRank = 0;  // its step on its scale (1 = best); 0 when none
        int ratingRanks = 0;
        QString ratingScale;
        std::optional<int> level;
        std::optional<qint64> budget;
        std::optional<qint64> settlement;
        std::optional<double> executionRate;
        // Its indicators: how many, and the lowest actual ÷ target among those whose
        // actual and target share a unit (nullopt when none can be compared).
        int indicatorCount = 0;
        std::optional<double> lowestAttainment;
        QString matched;     // code, key, name
        QString aliasState;  // for `matched` == name: matched or confirmed
        double similarity = 0;
    };
    // The years of the project the record (fiscalYear, key) belongs to, oldest first.
    QList<Year> history(int fiscalYear, const QString &key, QString *error = nullptr) const;
    // The records (fiscal_year, identity key) named by a code or by a name (optionally
    // in one bureau), one per project: the latest year of each.
    QList<std::pair<int, QString>> findProjects(const QString &code, const QString &name,
                                                const QString &bureau, QString *error) const;

private:
    bool run(const QString &sql, const QVariantList &values, QString *error);
    bool applyAliases(const QString &state, QString *error);
    bool computeNeighbours(QString *error, bool renamedOnly = false);
    bool matchByName(QString *error);
    bool writeAlias(int fiscalYear, const QString &key, const QString &state, QString *error);

    ReviewDatabase &m_db;
};

} // namespace Hyoka
