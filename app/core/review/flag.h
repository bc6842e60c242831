#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hyoka {

// A reviewer's flag on one record, keyed by (fiscal_year, code) so that re-imports keep
// it. Status and reason are stored as ids; label() gives the translated text.
struct Flag
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::Flag)
public:
    QString status = noneStatus(); // "flagged", "reviewed", "dismissed" or "none"
    QString reason;      // a reasonIds() id, or empty
    QString reasonText;  // free text beside the reason
    QString note;        // multi-line note
    QString reviewer;    // who made the last change
    QString createdAt;   // ISO-8601 UTC, set by the first save
    QString updatedAt;   // ISO-8601 UTC of the last change
    int version = 0;     // 0 = never flagged; +1 on every saved change

    bool isNeverFlagged() const { return version == 0; }
    bool isActive() const { return status != noneStatus(); }

    // Whether the reviewer-editable fields (status, reason, reason text, note) are the same.
    bool sameContent(const Flag &other) const
    {
        return status == other.status && reason == other.reason
                && reasonText == other.reasonText && note == other.note;
    }
    friend bool operator==(const Flag &a, const Flag &b)
    {
        return a.sameContent(b) && a.reviewer == b.reviewer && a.createdAt == b.createdAt
                && a.updatedAt == b.updatedAt && a.version == b.version;
    }
    friend bool operator!=(const Flag &a, const Flag &b) { return !(a == b); }

    static QString noneStatus() { return QStringLiteral("none"); }
    // flagged (要確認), reviewed (確認済), dismissed (対応不要), none. The labels are
    // translated; their Japanese terms are the translator's disambiguation.
    static QStringList statusIds();
    static bool isValidStatus(const QString &id) { return statusIds().contains(id); }
    static QString statusLabel(const QString &id);

    // low_level (達成度が低い), indicator_missed (指標未達), execution_rate_gap (執行率の乖離),
    // self_rating_mismatch (自己評価と実績の不一致), other (その他).
    static QStringList reasonIds();
    static bool isValidReason(const QString &id) { return id.isEmpty() || reasonIds().contains(id); }
    static QString reasonLabel(const QString &id);
    // The reason a reviewer would pick for a suggestion of rule `ruleId` (ReviewRules ids).
    static QString reasonForRule(const QString &ruleId);
    // Accepts an id, the English label, the translated label or the Japanese term
    // (達成度が低い); empty when nothing matches.
    static QString reasonFromText(const QString &text);

    // The OS user name (USER, USERNAME or LOGNAME, else the home folder's name), the
    // default reviewer.
    static QString defaultReviewer();
    // Now as ISO-8601 UTC with milliseconds (2021-04-01T09:30:00.000Z).
    static QString timestampNow();
};

} // namespace Hyoka
