// gen_evaluations' records: one project of one fiscal year made from the seed, the layout
// of years and bureaus for a count, and the number and text forms the tables use.
#pragma once

#include "vocabulary.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gen {


struct Record
{
    int year;
    std::string bureau;
    int no;
    std::string code;
    std::string name;
    int category;
    std::string summary;
    std::string lead;                  // text before the first ● (its own entry)
    std::vector<std::string> items;    // ● entries; the last may carry a remark
    long long budget, settlement;
    bool estimated;
    int level;
    int refPage; // 0: the P●● placeholder
};

// How --count records are spread: years, the first of them, projects, bureaus.
struct Layout
{
    int years;
    int firstYear;
    long long projects;
    int bureaus;
};

Layout layoutFor(long long count);

// A bureau's name (a city's prefix when there are more bureaus than names).
std::string bureauName(int b);

// Project j of bureau b in `year`: the same --seed gives the same record; what a project
// keeps over the years (name, field, summary) does not depend on the year.
Record makeRecord(uint64_t seed, const Layout &l, int year, int b, long long j, int no);

std::string num(long long v);
// 548333 → 548,333; negative amounts with △.
std::string grouped(long long v);
// The line-wrap spaces PDF conversion leaves inside Japanese text.
std::string wrapSpaces(const std::string &s, Rng &r);
// Japanese era year of a fiscal year: 平成24年度 … 令和元年度 … 令和5年度.
std::string eraYear(int year);

} // namespace gen
