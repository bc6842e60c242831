// gen_evaluations' records (records.h): what a project is called, what it did and what it
// cost, drawn from the vocabulary with the seed's sequences.
#include "records.h"

#include <algorithm>
#include <cstdio>

namespace gen {

std::string num(long long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    return buf;
}

// 548333 → 548,333
std::string grouped(long long v)
{
    std::string digits = num(v < 0 ? -v : v);
    std::string out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[size_t(i)];
        if (i < n - 1 && (n - 1 - i) % 3 == 0)
            out += ',';
    }
    return v < 0 ? "△" + out : out;
}

static std::string percent(Rng &r)
{
    const int v = r.range(5000, 9999); // 50.00 … 99.99
    char buf[16];
    snprintf(buf, sizeof buf, "%d.%02d", v / 100, v % 100);
    return buf;
}

// One actual-vs-target phrase in a docs/formats.md#indicators form, or a plain count.
static std::string indicatorPhrase(Rng &r)
{
    const Label &l = r.pick(kLabels);
    const Unit &u = kUnits[l.unit];
    const long long target = r.range(u.lo, u.hi);
    const long long actual = std::max<long long>(0, target * r.range(55, 130) / 100);
    const std::string label = l.text;
    const std::string a = grouped(actual), t = grouped(target), unit = u.text;
    switch (r.below(11)) {
    case 0: return "(" + label + " " + a + unit + "※目標 " + t + unit + "以上)";
    case 1: return "(" + label + a + unit + "増※目標" + t + unit + "増)";
    case 2: return "(" + a + unit + "※目標" + t + unit + ")";
    case 3: return "(" + std::string(r.pick(kRateLabels)) + ":" + percent(r) + "%※目標" + percent(r) + "%)";
    case 4: return "(" + label + ":目標" + t + unit + "のところ実績" + a + unit + ")";
    case 5: return "(" + label + ":目標" + t + unit + "、実績" + a + unit + ")";
    case 6: {
        const int ta = r.range(1, 12), tt = r.range(1, 12);
        return "(実績:年" + num(ta) + "回/目標:年" + num(tt) + "回)";
    }
    case 7: return "(効果を感じた受講者の割合 実績:" + num(r.range(50, 99)) + "%/目標:" + num(r.range(60, 95)) + "%)";
    case 8: return "(" + label + ":" + a + unit + "(目標" + t + unit + "))";
    case 9: return "(" + label + ":" + a + unit + ")"; // a count, no target
    default: return "(" + a + unit + ")";
    }
}

static std::string quoteIndicator(Rng &r)
{
    const int t = r.range(40, 90), a = r.range(30, 95);
    return "「愛着」は目標" + num(t / 10) + "." + num(t % 10) + "に対し結果" + num(a / 10) + "."
            + num(a % 10) + "となった。";
}

// Decodes the code point at s[i] (valid UTF-8 assumed) and its length.
static uint32_t codePoint(const std::string &s, size_t i, int *len)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { *len = 1; return c; }
    if (c < 0xE0) { *len = 2; return (c & 0x1F) << 6 | (s[i + 1] & 0x3F); }
    if (c < 0xF0) { *len = 3; return (c & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F); }
    *len = 4;
    return (c & 0x07) << 18 | (s[i + 1] & 0x3F) << 12 | (s[i + 2] & 0x3F) << 6 | (s[i + 3] & 0x3F);
}

static bool isJapanese(uint32_t u)
{
    return (u >= 0x3000 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFFEF);
}

// The line-wrap spaces PDF conversion leaves inside Japanese text: a space every
// 14–24 characters, only between two Japanese characters (the normaliser removes those).
std::string wrapSpaces(const std::string &s, Rng &r)
{
    std::string out;
    out.reserve(s.size() + s.size() / 32);
    int sinceWrap = 0, width = r.range(14, 24);
    uint32_t prev = 0;
    for (size_t i = 0; i < s.size();) {
        int len = 1;
        const uint32_t u = codePoint(s, i, &len);
        if (sinceWrap >= width && isJapanese(prev) && isJapanese(u) && u != 0x25CF /* ● */) {
            out += ' ';
            sinceWrap = 0;
            width = r.range(14, 24);
        }
        out.append(s, i, size_t(len));
        ++sinceWrap;
        prev = u;
        i += size_t(len);
    }
    return out;
}

// Japanese era year of a fiscal year: 平成24年度 … 令和元年度 … 令和5年度.
std::string eraYear(int year)
{
    if (year >= 2019)
        return year == 2019 ? std::string("令和元") : "令和" + num(year - 2018);
    return "平成" + num(year - 1988);
}

Layout layoutFor(long long count)
{
    Layout l;
    l.years = count < 1000 ? 2 : 12;
    l.firstYear = 2023 - l.years + 1;
    l.projects = (count + l.years - 1) / l.years;
    const long long b = l.projects / 20; // about 20 projects per bureau table
    l.bureaus = int(b < 2 ? 2 : b > 2400 ? 2400 : b);
    return l;
}

std::string bureauName(int b)
{
    const int base = b % int(sizeof kBureaus / sizeof *kBureaus);
    const int city = b / int(sizeof kBureaus / sizeof *kBureaus);
    return std::string(kCities[city % int(sizeof kCities / sizeof *kCities)]) + kBureaus[base].name;
}

Record makeRecord(uint64_t seed, const Layout &l, int year, int b, long long j, int no)
{
    Record rec;
    const long long project = j * l.bureaus + b;
    Rng fixed(mix(seed, uint64_t(project), 1));            // what a project keeps over the years
    Rng r(mix(seed, uint64_t(project), uint64_t(year)));   // what changes every year
    rec.year = year;
    rec.bureau = bureauName(b);
    rec.no = no;
    char code[16];
    // (bureau + 1) · 10⁴ + (serial + 1) · 10: unique while a bureau has < 999 projects
    // (main() caps --count); bureaus 0–8 give codes with leading zeros.
    snprintf(code, sizeof code, "%08lld", (long long)(b + 1) * 10000 + (j + 1) * 10);
    rec.code = code;
    const Domain &domain = kDomains[kBureaus[b % int(sizeof kBureaus / sizeof *kBureaus)].domain];
    rec.name = std::string(fixed.pick(kNamePrefix)) + domain.topics[fixed.below(uint32_t(domain.topics.size()))]
            + fixed.pick(kNameSuffix);
    rec.category = int(fixed.below(9));
    rec.summary = std::string(fixed.pick(kPurpose)) + "、" + fixed.pick(kMeans) + "により、"
            + fixed.pick(kEffect);
    if (fixed.chance(75))
        rec.summary += std::string("また、") + fixed.pick(kMeans) + "を進め、" + fixed.pick(kEffect);

    if (r.chance(8))
        rec.lead = r.chance(50) ? std::string(r.pick(kLead)) : quoteIndicator(r);
    const int items = r.range(3, 7);
    for (int i = 0; i < items; ++i) {
        std::string item = r.chance(60) ? domain.activities[r.below(uint32_t(domain.activities.size()))]
                                         : r.pick(kActivity);
        if (r.chance(55))
            item += indicatorPhrase(r);
        rec.items.push_back(item);
    }
    if (r.chance(6))
        rec.items.back() += " " + std::string(r.pick(kRemark));

    const long long scale = fixed.chance(10) ? 1000000 : fixed.chance(50) ? 100000 : 10000;
    rec.budget = r.range(1, 99) * scale / 10 + r.range(0, 999);
    rec.settlement = rec.budget * r.range(60, 125) / 100;
    rec.estimated = false; // set from the table header
    static const int levels[] = { 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 5 };
    rec.level = r.pick(levels);
    rec.refPage = 0;
    return rec;
}

} // namespace gen
