#include "recordwriter.h"

#include "childrowbatch.h"
#include "importstatement.h"
#include "importsupport.h"
#include "pgrecordbatch.h"
#include "recordfields.h"
#include "textnormaliser.h"

namespace Hyoka {

namespace {

QString searchText(const Record &r)
{
    QString text = r.name;
    text += u'\n';
    text += r.summary;
    for (const QString &a : r.achievements) {
        text += u'\n';
        text += a;
    }
    return TextNormaliser::searchKey(text);
}

// The records columns an import writes besides fiscal_year and code, in bind order.
const char16_t recordColumns[] =
        u"bureau, no, name, category, summary, budget, settlement, settlement_estimated,"
        u" level, ref_page, execution_rate, indicator_count, min_ratio, unit_mismatch,"
        u" search_text, import_id, source_line, min_ratio_same_unit, division, rating_label,"
        u" rating_rank, rating_ranks, rating_scale, rating_grades, source_sheet, source_page,"
        u" has_code, source_file";

// Text columns that are NOT NULL: an empty QString binds as NULL through QSqlQuery.
const char16_t *const notNullText[] = { u"bureau", u"name", u"category", u"summary",
                                        u"search_text", u"division" };

// For an ImportStatement or a PgRecordBatch.
template<typename Target>
void bindTextOrNull(Target &q, int position, const QString &text)
{
    text.isEmpty() ? q.bindNull(position) : q.bindText(position, text);
}

template<typename Target>
void bindNonZero(Target &q, int position, int value)
{
    value ? q.bindInt(position, value) : q.bindNull(position);
}

} // namespace

RecordWriter::RecordWriter(QSqlDatabase db, DeferredFullTextIndex &fullText)
    : m_find(ImportStatement::create(db)), m_insert(ImportStatement::create(db)),
      m_update(ImportStatement::create(db)), m_deleteAchievements(ImportStatement::create(db)),
      m_deleteIndicators(ImportStatement::create(db)), m_deleteAmounts(ImportStatement::create(db)),
      m_insertAchievement(ImportStatement::create(db)), m_insertIndicator(ImportStatement::create(db)),
      m_insertAmount(ImportStatement::create(db)),
      m_newRows(db.driverName() == QLatin1String("QSQLITE") ? nullptr : std::make_unique<PgRecordBatch>(db)),
      m_batch(db.driverName() == QLatin1String("QSQLITE") ? nullptr : std::make_unique<ChildRowBatch>(db)),
      m_fullText(fullText)
{
}

RecordWriter::~RecordWriter() = default;

bool RecordWriter::prepare(QString *error)
{
    const QString columns = QString::fromUtf16(recordColumns);
    const QStringList names = columns.split(u',');
    QStringList values, assignments, trimmed;
    std::vector<bool> notNull;
    for (const QString &n : names) {
        const QString name = n.trimmed();
        const bool wrap = std::any_of(std::begin(notNullText), std::end(notNullText),
                                      [&](const char16_t *t) { return name == QString::fromUtf16(t); });
        trimmed << name;
        notNull.push_back(wrap);
        const QString value = wrap ? QStringLiteral("COALESCE(?, '')") : QStringLiteral("?");
        values << value;
        assignments << name + QStringLiteral(" = ") + value;
    }
    // PostgreSQL writes through its batches: the statements below are SQLite's.
    if (m_newRows)
        return m_newRows->prepare(trimmed, notNull, error);
    const std::pair<ImportStatement *, QString> statements[] = {
        { m_find.get(), QStringLiteral("SELECT id, search_text FROM records WHERE fiscal_year = ? AND code = ?") },
        { m_insert.get(), QStringLiteral("INSERT INTO records (fiscal_year, code, ") + columns
                  + QStringLiteral(") VALUES (?, ?, ") + values.join(QStringLiteral(", "))
                  + QStringLiteral(") RETURNING id") },
        { m_update.get(), QStringLiteral("UPDATE records SET ") + assignments.join(QStringLiteral(", "))
                  + QStringLiteral(" WHERE id = ?") },
        { m_deleteAchievements.get(), QStringLiteral("DELETE FROM achievements WHERE record_id = ?") },
        { m_deleteIndicators.get(), QStringLiteral("DELETE FROM indicators WHERE record_id = ?") },
        { m_deleteAmounts.get(), QStringLiteral("DELETE FROM amounts WHERE record_id = ?") },
        { m_insertAchievement.get(),
          QStringLiteral("INSERT INTO achievements (record_id, seq, text) VALUES (?, ?, COALESCE(?, ''))") },
        { m_insertIndicator.get(),
          QStringLiteral("INSERT INTO indicators (record_id, seq, achievement_seq, label, actual,"
                         " target, unit, target_unit, ratio, actual_year, target_year)"
                         " VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?)") },
        { m_insertAmount.get(),
          QStringLiteral("INSERT INTO amounts (record_id, seq, kind, fiscal_year, amount) VALUES (?, ?, ?, ?, ?)") },
    };
    return std::all_of(std::begin(statements), std::end(statements),
                       [error](const auto &s) { return s.first->prepare(s.second, error); });
}

bool RecordWriter::write(const Record &r, qint64 importId, const QString &importFile, qint64 *id,
                         bool *existed, QString *error)
{
    const QString key = r.identityKey();
    QString oldSearchText;
    if (m_newRows) {
        std::optional<qint64> found;
        if (!m_newRows->find(r.fiscalYear, key, &found, error))
            return false;
        *existed = found.has_value();
        *id = found.value_or(0);
    } else {
        m_find->bindInt(0, r.fiscalYear);
        m_find->bindText(1, key);
        if (!m_find->exec(error))
            return false;
        *existed = m_find->hasRow();
        if (*existed) {
            *id = m_find->intValue(0);
            oldSearchText = m_find->textValue(1);
        }
        m_find->finish();
    }

    std::optional<double> minRatio;
    bool mismatch = false;
    for (const Indicator &ind : r.indicators) {
        if (const auto ratio = ind.ratio())
            minRatio = minRatio ? std::min(*minRatio, *ratio) : *ratio;
        mismatch = mismatch || ind.unitMismatch();
    }
    // For the review rules (schema v2): the lowest ratio among indicators whose
    // actual and target share a unit; 件 against 人 is no ratio to judge by.
    std::optional<double> minRatioSameUnit;
    for (const Indicator &ind : r.indicators) {
        const auto ratio = ind.ratio();
        if (ratio && !ind.unitMismatch())
            minRatioSameUnit = minRatioSameUnit ? std::min(*minRatioSameUnit, *ratio) : *ratio;
    }
    const QString newSearchText = searchText(r);
    // The record's columns, in the order of recordColumns, from `first`.
    auto bindValues = [&](auto &q, int first) {
        int i = first;
        q.bindText(i++, r.bureau);
        q.bindInt(i++, r.no);
        q.bindText(i++, r.name);
        q.bindText(i++, r.category);
        q.bindText(i++, r.summary);
        q.bind(i++, r.budget);
        q.bind(i++, r.settlement);
        q.bindInt(i++, r.settlementEstimated ? 1 : 0);
        q.bind(i++, r.level);
        q.bind(i++, r.refPage);
        // Of the record's own year only: never from amounts of two years.
        q.bind(i++, r.executionRate());
        q.bindInt(i++, r.indicators.size());
        q.bind(i++, minRatio);
        q.bindInt(i++, mismatch ? 1 : 0);
        q.bindText(i++, newSearchText);
        q.bindInt(i++, importId);
        q.bindInt(i++, r.sourceLine);
        q.bind(i++, minRatioSameUnit);
        q.bindText(i++, r.division);
        if (r.rating) {
            q.bindText(i++, r.rating->label);
            q.bindInt(i++, r.rating->rank);
            q.bindInt(i++, r.rating->ranks);
            bindTextOrNull(q, i++, r.rating->scale);
            bindTextOrNull(q, i++, RecordFields::gradesToJson(r.rating->grades));
        } else {
            for (int k = 0; k < 5; ++k)
                q.bindNull(i++);
        }
        bindTextOrNull(q, i++, r.sourceSheet);
        bindNonZero(q, i++, r.sourcePage);
        q.bindInt(i++, r.code.isEmpty() ? 0 : 1);
        // Stored only when it is not the import's own file (docs/storage.md).
        bindTextOrNull(q, i++, r.sourceFile == importFile ? QString() : r.sourceFile);
        return i;
    };
    if (*existed) {
        if (!m_fullText.replacing(*id, oldSearchText, newSearchText, error))
            return false;
        // The rows still gathered for it (the same project earlier in the file) are
        // written first, so that the deletes below find them.
        if (m_batch && m_batch->holds(*id) && !flushBatches(error))
            return false;
        if (m_newRows) {
            m_newRows->beginUpdate(*id, r.fiscalYear, key);
            bindValues(*m_newRows, 3);
            m_newRows->end(newSearchText);
            return writeChildren(r, *id, error);
        }
        m_update->bindInt(bindValues(*m_update, 0), *id);
        if (!m_update->exec(error))
            return false;
        for (ImportStatement *del : { m_deleteAchievements.get(), m_deleteIndicators.get(),
                                      m_deleteAmounts.get() }) {
            del->bindInt(0, *id);
            if (!del->exec(error))
                return false;
        }
    } else if (m_newRows) {
        const std::optional<qint64> newId = m_newRows->begin(r.fiscalYear, key, error);
        if (!newId)
            return false;
        *id = *newId;
        bindValues(*m_newRows, 3);
        m_newRows->end(newSearchText);
    } else {
        m_insert->bindInt(0, r.fiscalYear);
        m_insert->bindText(1, key);
        bindValues(*m_insert, 2);
        if (!m_insert->exec(error))
            return false;
        if (!m_insert->hasRow()) {
            if (error)
                *error = tr("the database gave no id for the new record");
            return false;
        }
        *id = m_insert->intValue(0);
        m_insert->finish();
    }
    return writeChildren(r, *id, error);
}

bool RecordWriter::finish(QString *error)
{
    return flushBatches(error) && (!m_newRows || m_newRows->finish(error));
}

bool RecordWriter::flushBatches(QString *error)
{
    // The records before their rows.
    return (!m_newRows || m_newRows->flush(error)) && (!m_batch || m_batch->flush(error));
}

bool RecordWriter::writeChildren(const Record &r, qint64 id, QString *error)
{
    if (m_batch) {
        m_batch->add(r, id);
        return !(m_batch->isFull() || (m_newRows && m_newRows->isFull())) || flushBatches(error);
    }
    for (qsizetype i = 0; i < r.achievements.size(); ++i) {
        m_insertAchievement->bindInt(0, id);
        m_insertAchievement->bindInt(1, i);
        m_insertAchievement->bindText(2, r.achievements.at(i));
        if (!m_insertAchievement->exec(error))
            return false;
    }
    for (qsizetype i = 0; i < r.indicators.size(); ++i) {
        const Indicator &ind = r.indicators.at(i);
        m_insertIndicator->bindInt(0, id);
        m_insertIndicator->bindInt(1, i);
        m_insertIndicator->bindInt(2, ind.achievementIndex);
        m_insertIndicator->bindText(3, ind.label);
        m_insertIndicator->bindDouble(4, ind.actual);
        m_insertIndicator->bindDouble(5, ind.target);
        m_insertIndicator->bindText(6, ind.unit);
        m_insertIndicator->bindText(7, ind.targetUnit);
        m_insertIndicator->bind(8, ind.ratio());
        bindNonZero(*m_insertIndicator, 9, ind.actualYear);
        bindNonZero(*m_insertIndicator, 10, ind.targetYear);
        if (!m_insertIndicator->exec(error))
            return false;
    }
    for (qsizetype i = 0; i < r.amounts.size(); ++i) {
        const Amount &a = r.amounts.at(i);
        m_insertAmount->bindInt(0, id);
        m_insertAmount->bindInt(1, i);
        m_insertAmount->bindText(2, RecordFields::amountKindName(a.kind));
        bindNonZero(*m_insertAmount, 3, a.fiscalYear);
        m_insertAmount->bindInt(4, a.amount);
        if (!m_insertAmount->exec(error))
            return false;
    }
    return true;
}

} // namespace Hyoka
