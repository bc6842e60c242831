// gen_evaluations' output (output.h): markdown in the shape PDF conversion gives, CSV as
// our export writes it.
#include "output.h"

namespace gen {

void markdownHeader(std::string &o, bool legend, bool estimated)
{
    o += "| 番号 | 事務事業コード | 事務事業名 | サービス分類 | 事務事業の概要 (簡潔に記載) | 主な取組の実績 | 事業費 (千円) | | 事業の 達成度 | 参考資料 掲載頁 |";
    o += legend ? " |\n" : "\n";
    o += "|----|----------|---------------|----------|---|---|-------------|-------------|------------|-------------|";
    o += legend ? "--|\n" : "\n";
    o += "| | | | | | | 予算額 | ";
    o += estimated ? "決算額 (見込)" : "決算額";
    o += " | | |";
    o += legend ? " |\n" : "\n";
}

void markdownRow(std::string &o, const Record &rec, Rng &r, bool ul, const char *legend)
{
    o += "| ";
    o += num(rec.no);
    o += " | ";
    o += rec.code;
    o += " | ";
    o += wrapSpaces(rec.name, r);
    o += " | ";
    o += r.chance(30) ? kCategories[rec.category].wrapped : kCategories[rec.category].clean;
    o += " | ";
    o += wrapSpaces(rec.summary, r);
    o += " | ";
    if (ul)
        o += "<ul style=\"list-style-type: none\"> ";
    std::string cell = rec.lead;
    for (const std::string &item : rec.items) {
        if (!cell.empty())
            cell += ' ';
        cell += "●";
        cell += item;
    }
    o += wrapSpaces(cell, r);
    o += " | ";
    o += grouped(rec.budget);
    o += " | ";
    o += grouped(rec.settlement);
    o += " | ";
    o += num(rec.level);
    o += " | ";
    o += rec.refPage ? "P" + num(rec.refPage) : std::string("P●●");
    o += " |";
    if (legend) {
        o += ' ';
        o += legend;
        o += " |";
    }
    o += '\n';
}

static void csvField(std::string &o, const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos) {
        o += text;
        return;
    }
    o += '"';
    for (char c : text) {
        if (c == '"')
            o += '"';
        o += c;
    }
    o += '"';
}

void csvRow(std::string &o, const Record &rec)
{
    o += num(rec.year);
    o += ',';
    csvField(o, rec.bureau);
    o += ',';
    o += num(rec.no);
    o += ',';
    o += rec.code;
    o += ',';
    csvField(o, rec.name);
    o += ',';
    csvField(o, kCategories[rec.category].clean);
    o += ',';
    csvField(o, rec.summary);
    o += ',';
    std::string cell;
    if (!rec.lead.empty())
        cell = "●" + rec.lead;
    for (const std::string &item : rec.items) {
        if (!cell.empty())
            cell += '\n';
        cell += "●";
        cell += item;
    }
    csvField(o, cell);
    o += ',';
    o += num(rec.budget);
    o += ',';
    o += num(rec.settlement);
    o += ',';
    o += rec.estimated ? '1' : '0';
    o += ',';
    o += num(rec.level);
    o += ',';
    if (rec.refPage)
        o += "P" + num(rec.refPage);
    o += ',';
    if (rec.budget) {
        char buf[32];
        snprintf(buf, sizeof buf, "%.4g", double(rec.settlement) / double(rec.budget));
        o += buf;
    }
    o += "\r\n";
}

} // namespace gen
