#include "pgarrayliteral.h"

#include <cmath>
#include <utility>

namespace Hyoka {

void PgArrayLiteral::separate()
{
    if (m_literal.size() > 1)
        m_literal += u',';
}

void PgArrayLiteral::add(const QString &element)
{
    separate();
    m_literal += u'"';
    // The runs between characters to escape appended whole.
    qsizetype from = 0;
    for (qsizetype i = 0; i < element.size(); ++i) {
        const QChar c = element.at(i);
        if (c == u'"' || c == u'\\') {
            m_literal += QStringView(element).mid(from, i - from);
            m_literal += u'\\';
            from = i;
        }
    }
    m_literal += QStringView(element).mid(from);
    m_literal += u'"';
}

void PgArrayLiteral::addNull()
{
    separate();
    m_literal += QLatin1String("NULL");
}

void PgArrayLiteral::addInt(qint64 value)
{
    separate();
    m_literal += QString::number(value);
}

void PgArrayLiteral::addDouble(double value)
{
    separate();
    if (std::isnan(value))
        m_literal += QLatin1String("NaN");
    else if (std::isinf(value))
        m_literal += value > 0 ? QLatin1String("Infinity") : QLatin1String("-Infinity");
    else
        m_literal += QString::number(value, 'g', 17); // round-trips exactly
}

QString PgArrayLiteral::take()
{
    QString done = std::exchange(m_literal, QStringLiteral("{"));
    done += u'}';
    return done;
}

} // namespace Hyoka
