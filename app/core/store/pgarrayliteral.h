#pragma once

#include <QString>

namespace Hyoka {

// A PostgreSQL array literal built element by element ({1,NULL,"a \"b\""}), bound as one
// text value and cast on the server (?::bigint[]): many rows sent in one statement as
// the columns of unnest(…) (docs/storage.md "Writing an import").
class PgArrayLiteral
{
public:
    void add(const QString &element);
    void addNull();
    void addInt(qint64 value);
    void addDouble(double value);
    // The literal so far, closed; the builder starts again empty.
    QString take();
    bool isEmpty() const { return m_literal.size() == 1; }

private:
    void separate();

    QString m_literal = QStringLiteral("{");
};

} // namespace Hyoka
