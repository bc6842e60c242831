#pragma once

#include "derived.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>

namespace Hyoka {

class RowMapper;

// One field of a struct T and the column it is read from, for RowMapper::read(): a
// QString, a number, a bool (0 or not) or an optional one (null: none).
template<typename T>
class RowField
{
public:
    template<typename M>
    RowField(const QString &column, M T::*member)
        : m_column(column), m_set([member](T &out, const QVariant &v) { out.*member = as<M>(v); })
    {
    }

    const QString &column() const { return m_column; }
    void set(T &out, const QVariant &value) const { m_set(out, value); }

private:
    template<typename M> struct IsOptional : std::false_type { };
    template<typename M> struct IsOptional<std::optional<M>> : std::true_type { };

    template<typename M>
    static M as(const QVariant &v)
    {
        if constexpr (std::is_same_v<M, bool>)
            return v.toInt() != 0;
        else if constexpr (IsOptional<M>::value)
            return v.isNull() ? M() : M(v.value<typename M::value_type>());
        else
            return v.value<M>();
    }

    QString m_column;
    std::function<void(T &, const QVariant &)> m_set;
};

// Reads the current row of a query by column name, not by position: a SELECT list
// may change its order, or grow, without a struct being filled from the wrong column.
// The names' positions are looked up once, when the mapper is made after exec(); each
// read then takes a name (lower case, as the SELECT list gives it; the first of equal
// names) or, in a hot loop, a position that column() gave.
class RowMapper
{
public:
    explicit RowMapper(const QSqlQuery &query) : m_query(query)
    {
        const QSqlRecord columns = query.record();
        for (int i = columns.count() - 1; i >= 0; --i)
            m_columns.insert(columns.fieldName(i).toLower(), i);
    }

    // The position of `name` in the result (-1 when absent), for a hot loop.
    int column(const QString &name) const { return m_columns.value(name, -1); }

    // An absent column reads as null.
    template<typename Column> QVariant value(const Column &c) const
    {
        const int i = at(c);
        return i < 0 ? QVariant() : m_query.value(i);
    }
    template<typename Column> bool isNull(const Column &c) const { return value(c).isNull(); }
    template<typename Column> QString text(const Column &c) const { return value(c).toString(); }
    template<typename Column> int integer(const Column &c) const { return value(c).toInt(); }
    template<typename Column> qint64 int64(const Column &c) const { return value(c).toLongLong(); }
    template<typename Column> double real(const Column &c) const { return value(c).toDouble(); }
    template<typename Column> bool flag(const Column &c) const { return value(c).toInt() != 0; }
    template<typename Column> std::optional<qint64> optionalInt64(const Column &c) const
    {
        const QVariant v = value(c);
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
    template<typename Column> std::optional<int> optionalInt(const Column &c) const
    {
        const QVariant v = value(c);
        return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
    }
    template<typename Column> std::optional<double> optionalDouble(const Column &c) const
    {
        const QVariant v = value(c);
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    }

    // A T with the fields named filled from the current row; the others as T() has them.
    // The list is built once by the caller (a static): not per row.
    template<typename T>
    T read(const QList<RowField<T>> &fields) const
    {
        T out;
        for (const RowField<T> &f : fields)
            f.set(out, value(f.column()));
        return out;
    }

private:
    static int at(int column) { return column; }
    int at(const QString &name) const { return column(name); }

    const QSqlQuery &m_query;
    QHash<QString, int> m_columns;
};

// The positions of the records table's columns that Record and the grid's RecordRow
// share, looked up once per statement; read() fills either struct from the current row.
class RecordColumns
{
public:
    explicit RecordColumns(const RowMapper &row)
        : m_row(row),
          m_fiscalYear(row.column(QStringLiteral("fiscal_year"))),
          m_bureau(row.column(QStringLiteral("bureau"))),
          m_no(row.column(QStringLiteral("no"))),
          m_code(row.column(QStringLiteral("code"))),
          m_name(row.column(QStringLiteral("name"))),
          m_category(row.column(QStringLiteral("category"))),
          m_budget(row.column(QStringLiteral("budget"))),
          m_settlement(row.column(QStringLiteral("settlement"))),
          m_settlementEstimated(row.column(QStringLiteral("settlement_estimated"))),
          m_level(row.column(QStringLiteral("level"))),
          m_refPage(row.column(QStringLiteral("ref_page"))),
          m_division(row.column(QStringLiteral("division"))),
          m_hasCode(row.column(QStringLiteral("has_code")))
    {
    }

    template<typename Row>
    void read(Row &r) const
    {
        r.fiscalYear = m_row.integer(m_fiscalYear);
        r.bureau = m_row.text(m_bureau);
        r.no = m_row.integer(m_no);
        r.code = m_row.text(m_code);
        r.name = m_row.text(m_name);
        r.category = m_row.text(m_category);
        r.budget = m_row.optionalInt64(m_budget);
        r.settlement = m_row.optionalInt64(m_settlement);
        r.settlementEstimated = m_row.flag(m_settlementEstimated);
        r.level = m_row.optionalInt(m_level);
        r.refPage = m_row.optionalInt(m_refPage);
        if (m_division >= 0)
            r.division = m_row.text(m_division);
        // A table without codes: `code` holds the identity key, the record has none.
        if (m_hasCode >= 0 && !m_row.flag(m_hasCode)) {
            r.occurrence = Derived::identityOccurrence(r.code);
            r.code.clear();
        }
    }

private:
    const RowMapper &m_row;
    int m_fiscalYear, m_bureau, m_no, m_code, m_name, m_category, m_budget, m_settlement,
            m_settlementEstimated, m_level, m_refPage, m_division, m_hasCode;
};

} // namespace Hyoka
