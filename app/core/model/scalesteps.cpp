#include "scalesteps.h"

#include <algorithm>

namespace Hyoka {

namespace {

const QStringList &directionSteps()
{
    static const QStringList steps = { QStringLiteral("拡充"), QStringLiteral("継続"),
                                       QStringLiteral("見直し"), QStringLiteral("廃止") };
    return steps;
}

} // namespace

QStringList ScaleSteps::knownScales()
{
    return { QStringLiteral("level"), QStringLiteral("letter"), QStringLiteral("direction"),
             QStringLiteral("numbered"), QStringLiteral("grades") };
}

QStringList ScaleSteps::ordered(QStringList ids)
{
    const QStringList known = knownScales();
    std::stable_sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = known.contains(a) ? known.indexOf(a) : known.size();
        const qsizetype ib = known.contains(b) ? known.indexOf(b) : known.size();
        return ia != ib ? ia < ib : a < b;
    });
    return ids;
}

QString ScaleSteps::scaleName(const QString &scale)
{
    if (scale == u"level")
        return tr("achievement level");
    if (scale == u"letter")
        return tr("letter grade");
    if (scale == u"direction")
        return tr("direction");
    if (scale == u"numbered")
        return tr("numbered verdict");
    if (scale == u"grades")
        return tr("component grades");
    return scale;
}

QString ScaleSteps::stepName(const QString &scale, int rank, const QString &label)
{
    if (rank <= 0)
        return tr("not on the scale");
    if (scale == u"letter" || scale == u"grades")
        return QString(QChar(char16_t(u'A' + rank - 1)));
    if (scale == u"direction" && rank <= directionSteps().size())
        return directionSteps().at(rank - 1);
    if (scale == u"numbered" && !label.isEmpty())
        return label;
    return QString::number(rank);
}

QString ScaleSteps::rangeName(const QString &scale, int from, int ranks)
{
    if (from <= 0 || from > ranks)
        return tr("none");
    const QString first = stepName(scale, from);
    const QString last = stepName(scale, ranks);
    const QString steps = from == ranks ? first : tr("%1–%2", "steps from–to").arg(first, last);
    if (scale == u"direction" || scale == u"numbered")
        return steps;
    return tr("%1 of %2–%3", "review steps of the scale's steps")
            .arg(steps, stepName(scale, 1), stepName(scale, ranks));
}

int ScaleSteps::defaultRanks(const QString &scale)
{
    if (scale == u"level")
        return 5;
    if (scale == u"letter" || scale == u"direction")
        return 4;
    if (scale == u"grades")
        return 3;
    return 0;
}

} // namespace Hyoka
