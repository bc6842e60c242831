// gen_evaluations' output: a buffered file, and the markdown table (headers, rows) and the
// CSV row of a record.
#pragma once

#include "records.h"

#include <cstdio>
#include <string>

namespace gen {


struct Out
{
    FILE *file = nullptr;
    std::string buffer;
    void flushIfBig()
    {
        if (buffer.size() > (1 << 22)) {
            fwrite(buffer.data(), 1, buffer.size(), file);
            buffer.clear();
        }
    }
    void close()
    {
        if (!file)
            return;
        fwrite(buffer.data(), 1, buffer.size(), file);
        buffer.clear();
        fclose(file);
        file = nullptr;
    }
};

// The two-row header of a table (with the legend column, with 決算額 (見込)).
void markdownHeader(std::string &o, bool legend, bool estimated);
// One row; `ul` puts the <ul> fragment before the achievements; `legend` the legend cell.
void markdownRow(std::string &o, const Record &rec, Rng &r, bool ul, const char *legend);
// One row in the columns of the CSV export's header.
void csvRow(std::string &o, const Record &rec);

} // namespace gen
