#include "flag.h"

#include <QDateTime>
#include <QDir>

namespace Hyoka {

namespace {

// One entry of a label table: the stored id and the translatable English text, whose
// disambiguation is the canonical Japanese term (the translator sees it, and the
// command line accepts it as input).
struct LabelEntry
{
    const char16_t *id;
    struct
    {
        const char *source;
        const char *japanese;
    } text;

    QString label() const { return QCoreApplication::translate("Hyoka::Flag", text.source, text.japanese); }
    QString japaneseLabel() const { return QString::fromUtf8(text.japanese); }
};

const LabelEntry statusTable[] = {
    { u"flagged", QT_TRANSLATE_NOOP3("Hyoka::Flag", "Flagged", "要確認") },
    { u"reviewed", QT_TRANSLATE_NOOP3("Hyoka::Flag", "Reviewed", "確認済") },
    { u"dismissed", QT_TRANSLATE_NOOP3("Hyoka::Flag", "Dismissed", "対応不要") },
    { u"none", QT_TRANSLATE_NOOP3("Hyoka::Flag", "Not flagged", "なし") },
};

const LabelEntry reasonTable[] = {
    { u"low_level", QT_TRANSLATE_NOOP3("Hyoka::Flag", "Low achievement level", "達成度が低い") },
    { u"indicator_missed", QT_TRANSLATE_NOOP3("Hyoka::Flag", "Indicator target missed", "指標未達") },
    { u"execution_rate_gap", QT_TRANSLATE_NOOP3("Hyoka::Flag", "Execution rate gap", "執行率の乖離") },
    { u"self_rating_mismatch",
      QT_TRANSLATE_NOOP3("Hyoka::Flag", "Self-rating does not match the results", "自己評価と実績の不一致") },
    { u"other", QT_TRANSLATE_NOOP3("Hyoka::Flag", "Other", "その他") },
};

template<size_t N>
QStringList ids(const LabelEntry (&table)[N])
{
    QStringList out;
    for (const LabelEntry &e : table)
        out.append(QString::fromUtf16(e.id));
    return out;
}

template<size_t N>
const LabelEntry *find(const LabelEntry (&table)[N], const QString &id)
{
    for (const LabelEntry &e : table) {
        if (id == QStringView(e.id))
            return &e;
    }
    return nullptr;
}

} // namespace

QStringList Flag::statusIds()
{
    return ids(statusTable);
}

QString Flag::statusLabel(const QString &id)
{
    const LabelEntry *e = find(statusTable, id.isEmpty() ? noneStatus() : id);
    return e ? e->label() : id;
}

QStringList Flag::reasonIds()
{
    return ids(reasonTable);
}

QString Flag::reasonLabel(const QString &id)
{
    const LabelEntry *e = find(reasonTable, id);
    return e ? e->label() : id;
}

QString Flag::reasonForRule(const QString &ruleId)
{
    if (ruleId == u"level_below_target")
        return QStringLiteral("low_level");
    if (ruleId == u"execution_rate_low" || ruleId == u"execution_rate_high")
        return QStringLiteral("execution_rate_gap");
    if (ruleId == u"self_rating_inconsistent")
        return QStringLiteral("self_rating_mismatch");
    // indicator_unit_mismatch: the figures cannot be compared, which is none of the above.
    return QStringLiteral("other");
}

QString Flag::reasonFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const LabelEntry &e : reasonTable) {
        if (t == QStringView(e.id) || t == e.japaneseLabel()
            || t.compare(QLatin1StringView(e.text.source), Qt::CaseInsensitive) == 0
            || t == e.label())
            return QString::fromUtf16(e.id);
    }
    return QString();
}

QString Flag::defaultReviewer()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // A container or service without those variables: the home folder's name.
    return QDir::home().dirName();
}

QString Flag::timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Hyoka
