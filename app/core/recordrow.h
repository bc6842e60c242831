#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Hyoka {

// The columns of one record that the grid shows: a slim, flat copy of a records
// row without summary, achievements or indicators (RecordStore::record() has those),
// with its flag's status and the review rules that fire.
struct RecordRow
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString bureau;
    QString division;
    int no = 0;
    QString code; // empty when the record's table gives none (see identityKey())
    QString name;
    QString category;
    std::optional<qint64> budget;
    std::optional<qint64> settlement;
    bool settlementEstimated = false;
    std::optional<int> level;
    std::optional<int> refPage;
    std::optional<double> executionRate;
    // The rating on its scale (Record::rating); ratingRanks 0 when the record has none.
    QString ratingLabel;
    int ratingRank = 0;
    int ratingRanks = 0;
    QString ratingScale;
    // The record's flag ("none" and version 0 when never flagged).
    QString flagStatus = QStringLiteral("none");
    QString flagReason;
    QString flagReviewer;
    int flagVersion = 0;
    // The ids of the review rules that fire (ReviewRules::ruleIds() order).
    QStringList suggestions;

    bool isUnderperforming() const { return level && *level >= 4; }
    // The key its flag is stored under: Record::identityKey() of the same record.
    QString identityKey() const
    {
        if (!code.isEmpty())
            return code;
        return QStringLiteral("~") + bureau + QChar(u'\x1f') + division + QChar(u'\x1f') + name;
    }
};

} // namespace Hyoka
