#include "recordtablemodel.h"

#include "flag.h"
#include "levelcolors.h"
#include "recordformat.h"
#include "reviewrules.h"
#include "scalesteps.h"

// RecordTableModel's columns: what each is called, sorted by, and shows
// (recordtablemodel.h).

namespace Hyoka {

RecordQuery::Column RecordTableModel::queryColumn(int column)
{
    using C = RecordQuery::Column;
    switch (column) {
    case FiscalYearColumn: return C::FiscalYear;
    case BureauColumn: return C::Bureau;
    case NoColumn: return C::No;
    case CodeColumn: return C::Code;
    case NameColumn: return C::Name;
    case CategoryColumn: return C::Category;
    case BudgetColumn: return C::Budget;
    case SettlementColumn: return C::Settlement;
    case ExecutionRateColumn: return C::ExecutionRate;
    case LevelColumn: return C::Level;
    case RefPageColumn: return C::RefPage;
    case FlagColumn: return C::FlagStatus;
    case SuggestionsColumn: return C::Suggestions;
    case DivisionColumn: return C::Division;
    case RatingColumn: return C::Rating;
    case PrevRatingColumn: return C::PrevRating;
    case PrevBudgetColumn: return C::PrevBudget;
    case BudgetChangeColumn: return C::BudgetChange;
    case YearsBelowTargetColumn: return C::YearsBelowTarget;
    default: return C::Id;
    }
}

QString RecordTableModel::columnTitle(int column)
{
    switch (column) {
    case FiscalYearColumn: return tr("Year");
    case BureauColumn: return tr("Bureau");
    case NoColumn: return tr("No.");
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Project");
    case CategoryColumn: return tr("Category");
    case BudgetColumn: return tr("Budget");
    case SettlementColumn: return tr("Settlement");
    case ExecutionRateColumn: return tr("Exec. rate");
    case LevelColumn: return tr("Level");
    case RefPageColumn: return tr("Page");
    case FlagColumn: return tr("Flag");
    case SuggestionsColumn: return tr("Rules", "column: the review rules that fire");
    case DivisionColumn: return tr("Division");
    case RatingColumn: return tr("Rating");
    case PrevRatingColumn: return tr("Prev. rating", "column: the rating of the year before");
    case PrevBudgetColumn: return tr("Prev. budget", "column: the budget of the year before");
    case BudgetChangeColumn: return tr("Budget change", "column: budget against the year before, %");
    case YearsBelowTargetColumn: return tr("Years below", "column: years rated below target");
    default: return QString();
    }
}

QVariant RecordTableModel::displayData(const RecordRow &r, int column) const
{
    switch (column) {
    case FiscalYearColumn: return QString::number(r.fiscalYear);
    case BureauColumn: return r.bureau;
    case NoColumn: return r.no > 0 ? QString::number(r.no) : QString(); // 0: the table has no 番号
    case CodeColumn: return r.code;
    case NameColumn: return r.name;
    case CategoryColumn: return r.category;
    case DivisionColumn: return r.division;
    case RatingColumn: return r.ratingLabel;
    case BudgetColumn:
        if (!r.budget && r.budgetOfYear)
            return otherYearText(*r.budgetOfYear);
        return r.budget ? RecordFormat::money(*r.budget) : QString();
    case SettlementColumn:
        if (!r.settlement && r.settlementOfYear)
            return otherYearText(*r.settlementOfYear);
        if (!r.settlement)
            return QString();
        if (r.settlementEstimated)
            return tr("%1 est.", "estimated settlement (見込)").arg(RecordFormat::money(*r.settlement));
        return RecordFormat::money(*r.settlement);
    case ExecutionRateColumn:
        return r.executionRate ? RecordFormat::percent(*r.executionRate) : QString();
    case LevelColumn: return r.level ? QString::number(*r.level) : QString();
    case RefPageColumn: return r.refPage ? QString::number(*r.refPage) : QString();
    // "Not flagged" would fill the column with noise: only real flags are written.
    case FlagColumn: return r.flagStatus == Flag::noneStatus() ? QString() : Flag::statusLabel(r.flagStatus);
    // The delegate draws icons; the text is for copies and screen readers.
    case SuggestionsColumn: return suggestionsText(r);
    case PrevRatingColumn: return r.prevRatingLabel;
    case PrevBudgetColumn: return r.prevBudget ? RecordFormat::money(*r.prevBudget) : QString();
    case BudgetChangeColumn:
        if (!r.budgetChange)
            return QString();
        return (*r.budgetChange > 0 ? QStringLiteral("+") : QString()) + RecordFormat::percent(*r.budgetChange);
    case YearsBelowTargetColumn: return r.yearsBelowTarget > 0 ? QString::number(r.yearsBelowTarget) : QString();
    default: return QVariant();
    }
}

// "1,000 (FY2024)": an amount of another year than the record's.
QString RecordTableModel::otherYearText(const std::pair<int, qint64> &amount)
{
    return tr("%1 (FY%2)", "amount of another fiscal year").arg(RecordFormat::money(amount.second)).arg(amount.first);
}

QString RecordTableModel::otherYearToolTip(const std::pair<int, qint64> &amount, int recordYear)
{
    return tr("%1 thousand yen of FY%2; the table gives none of FY%3, so no execution rate is computed")
            .arg(RecordFormat::money(amount.second))
            .arg(amount.first)
            .arg(recordYear);
}

QString RecordTableModel::suggestionsText(const RecordRow &r) const
{
    QStringList names;
    for (const QString &rule : r.suggestions)
        names << ReviewRules::ruleName(rule);
    return names.join(QStringLiteral("; "));
}

QVariant RecordTableModel::rawData(const RecordRow &r, int column) const
{
    switch (column) {
    case FiscalYearColumn: return r.fiscalYear;
    case BureauColumn: return r.bureau;
    case NoColumn: return r.no;
    case CodeColumn: return r.code;
    case NameColumn: return r.name;
    case CategoryColumn: return r.category;
    case BudgetColumn: return r.budget ? QVariant(*r.budget) : QVariant();
    case SettlementColumn: return r.settlement ? QVariant(*r.settlement) : QVariant();
    case ExecutionRateColumn: return r.executionRate ? QVariant(*r.executionRate) : QVariant();
    case LevelColumn: return r.level ? QVariant(*r.level) : QVariant();
    case RefPageColumn: return r.refPage ? QVariant(*r.refPage) : QVariant();
    // The review columns' sort keys (FlagStatusRole and SuggestionsRole have the ids).
    case FlagColumn: return int(Flag::statusIds().indexOf(r.flagStatus));
    case SuggestionsColumn: return int(r.suggestions.size());
    case DivisionColumn: return r.division;
    case RatingColumn: return r.ratingRanks > 0 ? QVariant(r.ratingRank) : QVariant();
    case PrevRatingColumn: return r.prevRatingRanks > 0 ? QVariant(r.prevRatingRank) : QVariant();
    case PrevBudgetColumn: return r.prevBudget ? QVariant(*r.prevBudget) : QVariant();
    case BudgetChangeColumn: return r.budgetChange ? QVariant(*r.budgetChange) : QVariant();
    case YearsBelowTargetColumn: return r.yearsBelowTarget;
    default: return QVariant();
    }
}

QVariant RecordTableModel::toolTipData(const RecordRow &r, int column) const
{
    switch (column) {
    case NameColumn: return r.name;
    case CategoryColumn: return r.category; // elided when the grid is narrow
    case BudgetColumn:
        if (!r.budget && r.budgetOfYear)
            return otherYearToolTip(*r.budgetOfYear, r.fiscalYear);
        return r.budget ? tr("%1 thousand yen").arg(RecordFormat::money(*r.budget)) : QVariant();
    case PrevRatingColumn:
    case PrevBudgetColumn:
    case BudgetChangeColumn:
        if (!r.prevYear)
            return r.newThisYear ? tr("New this year: the project has no earlier year in the database")
                                 : QVariant();
        return tr("FY%1: rating %2, budget %3 thousand yen", "the project's previous year")
                .arg(r.prevYear)
                .arg(r.prevRatingLabel.isEmpty() ? QStringLiteral("—") : r.prevRatingLabel,
                     r.prevBudget ? RecordFormat::money(*r.prevBudget) : QStringLiteral("—"));
    case YearsBelowTargetColumn:
        return tr("%n of the project's years up to this one rated in the review part of the scale", "",
                  r.yearsBelowTarget);
    case RatingColumn:
        if (r.ratingRanks <= 0)
            return QVariant();
        return tr("%1: step %2 of %3 (%4)", "scale: step n of ranks (step name)")
                .arg(ScaleSteps::scaleName(r.ratingScale))
                .arg(r.ratingRank)
                .arg(r.ratingRanks)
                .arg(ScaleSteps::stepName(r.ratingScale, r.ratingRank, r.ratingLabel));
    case SettlementColumn:
        if (!r.settlement && r.settlementOfYear)
            return otherYearToolTip(*r.settlementOfYear, r.fiscalYear);
        if (!r.settlement)
            return QVariant();
        return r.settlementEstimated
                ? tr("%1 thousand yen, estimated (見込)").arg(RecordFormat::money(*r.settlement))
                : tr("%1 thousand yen").arg(RecordFormat::money(*r.settlement));
    case ExecutionRateColumn:
        if (r.executionRate && RecordFormat::isUnusualExecutionRate(*r.executionRate))
            return tr("Settlement is %1 of the budget: outside 80–120%")
                    .arg(RecordFormat::percent(*r.executionRate));
        return QVariant();
    case LevelColumn:
        return r.level ? RecordFormat::levelText(*r.level) : QVariant();
    case FlagColumn: {
        if (r.flagVersion == 0)
            return tr("Not flagged");
        QString text = tr("%1 — by %2, version %3", "flag status — by reviewer, version")
                               .arg(Flag::statusLabel(r.flagStatus),
                                    r.flagReviewer.isEmpty() ? tr("unknown") : r.flagReviewer)
                               .arg(r.flagVersion);
        if (!r.flagReason.isEmpty())
            text += u'\n' + tr("Reason: %1").arg(Flag::reasonLabel(r.flagReason));
        return text;
    }
    case SuggestionsColumn: {
        if (r.suggestions.isEmpty())
            return tr("No review rule suggests this project");
        QStringList lines { tr("Suggested for review by:") };
        const ReviewRules::Inputs in = ReviewRules::Inputs::fromRow(r);
        for (const QString &rule : r.suggestions) {
            lines << tr("• %1: %2", "rule name: what it tests")
                             .arg(ReviewRules::ruleName(rule),
                                  ReviewRules::ruleDescription(rule, m_filter.ruleSettings));
            // Which scale and step fired (docs/ratings-and-money.md, "Review per scale").
            if (rule == u"level_below_target")
                lines << u"  → "_qs + ReviewRules::reviewStep(in, m_filter.ruleSettings);
        }
        return lines.join(u'\n');
    }
    default: return QVariant();
    }
}

} // namespace Hyoka
