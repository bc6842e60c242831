// Writes synthetic 事務事業の評価結果一覧 data for the benchmark (issue 7): markdown in the
// shape PDF conversion gives the seed (resources/sample/kawasaki_r3_evaluation.md) and the
// same records as CSV with the header our CSV export writes. Plain C++17, no Qt, so that
// a million records take seconds; the output depends only on --count and --seed.
//
//   gen_evaluations --count 100000 --seed 1 --md out.md --csv out.csv
//
// Every (fiscal year, code) is unique; a code recurs over the years (year-on-year
// comparison); the markdown carries every artefact of docs/formats.md#markdown (heading variants,
// two-row headers repeated at page breaks, wrap spaces, <ul> fragments, ● bullets with
// lead sentences and remarks, P●● placeholders, legend columns, prose between tables);
// achievements state figures in the phrasings of docs/formats.md#indicators. Parsed, both files give the
// same records.
//
// The words are in vocabulary.h, the records in records.cpp, the markdown and CSV in
// output.cpp.
#include "output.h"
#include "records.h"
#include "vocabulary.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace gen;

namespace {

int usage()
{
    fprintf(stderr,
            "usage: gen_evaluations --count N [--seed S] [--md FILE.md] [--csv FILE.csv]\n"
            "Writes N synthetic records in the seed's shape (markdown and/or CSV).\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    long long count = 0;
    uint64_t seed = 1;
    Out md, csv;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> const char * { return i + 1 < argc ? argv[++i] : nullptr; };
        const char *v = nullptr;
        if (a == "--count" && (v = value()))
            count = atoll(v);
        else if (a == "--seed" && (v = value()))
            seed = strtoull(v, nullptr, 10);
        else if (a == "--md" && (v = value()))
            md.file = fopen(v, "wb");
        else if (a == "--csv" && (v = value()))
            csv.file = fopen(v, "wb");
        else
            return usage();
        if ((a == "--md" || a == "--csv") && !(a == "--md" ? md.file : csv.file)) {
            fprintf(stderr, "gen_evaluations: cannot write %s\n", v);
            return 1;
        }
    }
    if (count <= 0 || (!md.file && !csv.file))
        return usage();
    if (count > 20000000) {
        fprintf(stderr, "gen_evaluations: at most 20,000,000 records (8-digit codes)\n");
        return 2;
    }

    const Layout l = layoutFor(count);
    if (csv.file)
        csv.buffer += "\xEF\xBB\xBF年度,局名,番号,事務事業コード,事務事業名,サービス分類,事務事業の概要,"
                      "主な取組の実績,予算額(千円),決算額(千円),決算見込,達成度,参考資料掲載頁,執行率\r\n";
    if (md.file)
        md.buffer += "\n\n";

    long long written = 0;
    for (int y = 0; y < l.years && written < count; ++y) {
        const int year = l.firstYear + y;
        for (int b = 0; b < l.bureaus && written < count; ++b) {
            // Projects of bureau b: b, b + bureaus, b + 2·bureaus … below `projects`.
            const long long perBureau = (l.projects - b + l.bureaus - 1) / l.bureaus;
            if (perBureau <= 0)
                continue;
            Rng table(mix(seed, uint64_t(b), uint64_t(year) + 7777));
            const bool estimated = table.chance(70);
            const bool legend = table.chance(15);
            const bool placeholders = table.chance(20);
            const bool ulFirstPage = table.chance(40);
            const int pageRows = table.range(6, 10);
            int page = table.range(1, 200);

            if (md.file) {
                std::string &o = md.buffer;
                if (table.chance(25)) {
                    o += table.pick(kProse);
                    o += "\n\n";
                }
                static const char *const open[] = { "(", "（", "【" };
                static const char *const close[] = { ")", "）", "】" };
                const int br = table.chance(70) ? 0 : table.range(1, 2);
                o += eraYear(year) + "年度の" + (table.chance(50) ? "主な" : "") + "事務事業の評価結果一覧"
                        + open[br] + bureauName(b) + close[br] + "\n\n";
                markdownHeader(o, legend, estimated);
            }
            for (long long j = 0; j < perBureau && written < count; ++j) {
                Record rec = makeRecord(seed, l, year, b, j, int(j + 1));
                rec.estimated = estimated;
                page += 2;
                rec.refPage = placeholders ? 0 : page;
                if (md.file) {
                    if (j > 0 && j % pageRows == 0) {
                        md.buffer += "\n";
                        markdownHeader(md.buffer, legend, estimated);
                    }
                    Rng cells(mix(seed, uint64_t(written), 99));
                    const char *legendText = nullptr;
                    if (legend)
                        legendText = j < 7 ? kLegend[j] : "";
                    markdownRow(md.buffer, rec, cells, ulFirstPage && j < pageRows, legendText);
                    md.flushIfBig();
                }
                if (csv.file) {
                    csvRow(csv.buffer, rec);
                    csv.flushIfBig();
                }
                ++written;
            }
            if (md.file)
                md.buffer += "\n";
        }
    }
    md.close();
    csv.close();
    fprintf(stderr, "gen_evaluations: %lld records, %d years from %d, %d bureaus, seed %llu\n",
            written, l.years, l.firstYear, l.bureaus, (unsigned long long)seed);
    return 0;
}
