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
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

// splitmix64: small, fast, and the same sequence on every platform and compiler.
struct Rng
{
    uint64_t state;
    explicit Rng(uint64_t seed) : state(seed) { }
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 … n-1
    uint32_t below(uint32_t n) { return n ? uint32_t(next() % n) : 0; }
    int range(int lo, int hi) { return lo + int(below(uint32_t(hi - lo + 1))); }
    bool chance(int percent) { return below(100) < uint32_t(percent); }
    template<typename T, size_t N>
    const T &pick(const T (&a)[N]) { return a[below(N)]; }
};

uint64_t mix(uint64_t a, uint64_t b, uint64_t c = 0)
{
    Rng r(a * 0x100000001B3ULL ^ (b + 0x9E3779B97F4A7C15ULL) ^ (c << 32 | c >> 32));
    r.next();
    return r.next();
}

// A bureau and its field (an index into kDomains): what its projects are about.
struct Bureau
{
    const char *name;
    int domain;
};
const Bureau kBureaus[] = {
    { "こども未来局", 0 }, { "総務企画局", 1 }, { "財政局", 1 }, { "市民文化局", 2 },
    { "経済労働局", 3 }, { "環境局", 4 }, { "健康福祉局", 5 }, { "まちづくり局", 6 },
    { "建設緑政局", 6 }, { "港湾局", 6 }, { "危機管理本部", 8 }, { "上下水道局", 7 },
    { "交通局", 7 }, { "病院局", 5 }, { "消防局", 8 }, { "教育委員会事務局", 9 },
    { "選挙管理委員会事務局", 1 }, { "監査事務局", 1 }, { "人事委員会事務局", 1 },
    { "議会局", 1 }, { "臨海部国際戦略本部", 3 }, { "会計室", 1 }, { "川崎区役所", 9 },
    { "幸区役所", 9 }, { "中原区役所", 9 }, { "高津区役所", 9 }, { "宮前区役所", 9 },
    { "多摩区役所", 9 }, { "麻生区役所", 9 }, { "福祉局", 5 }, { "文化観光局", 2 },
    { "産業振興局", 3 }, { "都市計画局", 6 }, { "住宅局", 6 }, { "道路局", 6 },
    { "農政局", 3 }, { "水道局", 7 }, { "下水道局", 7 }, { "資源循環局", 4 }, { "国際局", 2 },
    { "政策局", 1 }, { "市民局", 2 }, { "区政推進局", 9 }, { "子ども青少年局", 0 },
    { "デジタル統括本部", 1 }, { "脱炭素推進本部", 4 }, { "男女共同参画推進局", 2 },
    { "保健所", 5 }, { "医療局", 5 }, { "スポーツ推進局", 2 }, { "生涯学習部", 9 },
    { "契約局", 1 }, { "税務部", 1 }, { "防災局", 8 }, { "緑の協会", 4 }, { "公園緑地局", 4 },
    { "住宅供給公社", 6 }, { "観光コンベンション局", 2 }, { "市長室", 1 }, { "秘書部", 1 },
};
const char *const kCities[] = {
    "", "横浜市", "相模原市", "さいたま市", "千葉市", "静岡市", "浜松市", "名古屋市",
    "京都市", "大阪市", "堺市", "神戸市", "岡山市", "広島市", "北九州市", "福岡市",
    "熊本市", "札幌市", "仙台市", "新潟市", "宇都宮市", "前橋市", "甲府市", "長野市",
    "富山市", "金沢市", "岐阜市", "津市", "大津市", "奈良市", "和歌山市", "鳥取市",
    "松江市", "山口市", "徳島市", "高松市", "松山市", "高知市", "佐賀市", "長崎市",
};
// What the projects of one field are called and what their reports say they did.
// Words such as 保育所 or Wi-Fi belong to one field, so a search for them finds a
// few per cent of the records, as in real data, not most of them.
struct Domain
{
    std::vector<const char *> topics;
    std::vector<const char *> activities;
};
const Domain kDomains[] = {
    { { "地域子育て支援", "小児医療費助成", "児童手当支給", "待機児童対策", "認可保育所整備",
        "民間保育所運営", "公立保育所運営", "認可外保育施設支援", "幼児教育推進", "保育士確保対策",
        "保育料対策", "児童家庭支援", "ひとり親家庭の生活支援", "子ども・若者支援推進", "病児保育推進" },
      { "地域子育て支援センターで子育て情報の提供・相談支援等を実施",
        "保留通知発送後の約2週間、平日夜間・土曜日に区役所に相談窓口を開設し、保育所入所相談等を実施",
        "認可保育所を整備し、保育受入枠を拡大", "民間保育所の受入枠を確保",
        "公立保育所の補修・修繕工事を適切に実施", "児童福祉施設及び運営法人等に対する指導・監査を実施",
        "幼稚園型一時預かり事業を実施", "ふれあい子育てサポート事業を実施" } },
    { { "地域情報化推進", "行政情報化推進", "電子申請推進", "シティプロモーション推進",
        "地方分権改革推進", "広聴等", "公共施設マネジメント", "市税収納対策", "庁舎建替",
        "人事給与制度運用" },
      { "かわさきWi-Fiの利用範囲を拡張", "LINE公式アカウントやAIチャットボットを活用した情報発信",
        "DX推進プランに基づく行政手続のオンライン化を推進", "簡易版電子申請サービスの利用拡大",
        "マイナンバーカードを活用した手続の案内", "コンビニ交付サービスの周知",
        "納税の口座振替の勧奨を実施", "市長への手紙による市民の声の収集" } },
    { { "国際交流推進", "多文化共生推進", "男女平等推進", "市民活動支援", "スポーツ振興",
        "文化芸術振興", "観光振興", "平和・人権施策推進" },
      { "文化芸術イベントを開催", "市民活動センターの運営を支援", "外国人市民向けの多言語相談窓口を運営",
        "スポーツ大会の開催を支援", "観光情報サイトの運営とSNSによる発信", "姉妹都市との青少年交流を実施" } },
    { { "中小企業支援", "商店街活性化", "就労支援", "都市農業振興", "企業誘致推進",
        "創業支援", "研究開発拠点形成" },
      { "商店街のイベント開催やキャッシュレス決済導入を支援", "就職相談会・セミナー等を開催",
        "中小企業の経営相談を実施", "創業セミナーを開催し、創業者を支援", "市内農産物の販路拡大を支援",
        "企業の立地に向けた相談対応を実施" } },
    { { "地球温暖化対策推進", "廃棄物収集運搬", "資源リサイクル推進", "公園緑地整備",
        "大気・水環境保全", "緑化推進" },
      { "ごみの分別排出に関する普及啓発を実施", "市内企業と連携した脱炭素の取組を推進",
        "公園施設の長寿命化計画に基づく改修を実施", "大気・水質の常時監視を実施",
        "街路樹の適正な維持管理を実施", "住宅用太陽光発電設備の設置を支援" } },
    { { "高齢者介護予防", "障害者福祉サービス", "特定健康診査", "予防接種", "感染症対策",
        "生活保護", "地域包括ケア推進", "病院運営" },
      { "介護予防教室を各区で開催", "特定健康診査の受診勧奨を実施", "定期予防接種を適正に実施",
        "障害福祉サービスの適正な支給決定を実施", "生活保護受給者の就労支援を実施",
        "地域包括支援センターによる総合相談を実施" } },
    { { "道路維持管理", "都市計画推進", "住宅耐震化促進", "市営住宅管理", "交通安全対策",
        "自転車利用環境整備", "港湾施設維持管理", "空き家対策", "駅周辺整備" },
      { "道路・橋梁の定期点検及び計画的な補修を実施", "木造住宅の耐震診断・耐震改修を支援",
        "空き家の所有者に対する相談・助言を実施", "自転車通行環境の整備を推進",
        "市営住宅の計画的な修繕を実施", "駅前広場の再整備に向けた設計を実施" } },
    { { "上水道施設更新", "下水道管渠整備", "市バス路線運営", "浸水対策", "水道管耐震化" },
      { "老朽化した配水管を更新", "下水道管渠の調査及び改築を実施", "市バスの運行ダイヤを改善",
        "雨水管の整備による浸水対策を推進", "浄水場の設備更新を実施" } },
    { { "防災対策推進", "消防救急体制整備", "地域防災力向上", "危機管理体制強化" },
      { "防災訓練及び出前講座を地域と連携して実施", "救急隊の増隊に向けた体制を整備",
        "避難所運営マニュアルの改訂を支援", "防災行政無線のデジタル化を推進" } },
    { { "学校施設長寿命化", "図書館運営", "生涯学習推進", "放課後児童健全育成",
        "区民協働推進", "地域の課題解決" },
      { "学校施設の長寿命化改修を実施", "図書館の開館時間を延長", "区民会議を開催し、地域課題を共有",
        "わくわくプラザ事業を全小学校で実施", "生涯学習講座を開催" } },
};
const char *const kNameSuffix[] = { "事業", "事業", "事業", "推進事業", "事務", "管理事業" };
const char *const kNamePrefix[] = { "", "", "", "", "", "地域", "市立", "北部地区", "南部地区", "第2期" };

struct Category
{
    const char *clean;
    const char *wrapped; // as PDF conversion wraps it
};
const Category kCategories[] = {
    { "施設の管理・運営", "施設の 管理・運 営" },
    { "補助・助成金", "補助・助 成金" },
    { "イベント等", "イベント等" },
    { "表彰・顕彰・認定", "表彰・顕 彰・認定" },
    { "参加・協働の場", "参加・協 働の場" },
    { "公聴及び相談・苦情申し立ての聴取等", "公聴及び相談・苦 情申し立ての聴取等" },
    { "許認可等", "許認可等" },
    { "出版物等", "出版物等" },
    { "その他", "その他" },
};

const char *const kPurpose[] = {
    "地域の中で、親子で遊べる場づくりを推進するとともに、互いに支え合う子育て援助活動を促進するため",
    "高まる保育ニーズに適切に対応するため",
    "市民生活の更なる利便性の向上等を図るため",
    "災害時における市民の生命と財産を守るため",
    "持続可能な都市基盤を次世代に引き継ぐため",
    "誰もが住み慣れた地域で安心して暮らし続けられるよう",
    "地域経済の活性化と雇用の創出を図るため",
    "公共データを市民サービスやビジネスにつなげるため",
    "施設の老朽化に計画的に対応し、安全で快適な利用環境を確保するため",
    "脱炭素社会の実現に向けて市民・事業者の行動変容を促すため",
    "子どもが自分らしく育ち、学び、生活していけるよう",
    "多様な主体との連携により地域の課題を解決するため",
};
const char *const kMeans[] = {
    "関係機関との連携を強化し、相談・支援体制の充実",
    "計画に基づく施設の整備及び適切な維持管理",
    "ICTを活用した手続のオンライン化と業務の効率化",
    "市民・事業者への情報発信と普及啓発",
    "補助金の交付による取組の支援",
    "専門職員による訪問・巡回相談の実施",
    "民間事業者のノウハウを活かした効率的な運営",
    "地域住民や団体との協働による取組の推進",
    "受入体制の拡大とサービスの質の向上",
    "データに基づく効果検証と事業の見直し",
};
const char *const kEffect[] = {
    "市民サービスの向上を図ります。",
    "安全・安心なまちづくりを推進します。",
    "子育て家庭の負担軽減を図ります。",
    "持続可能な行政運営を推進します。",
    "地域の活性化を図ります。",
    "健康寿命の延伸を図ります。",
    "福祉の増進を図ります。",
    "利便性の高い行政サービスを提供します。",
};
// What any project may report, whatever its field.
const char *const kActivity[] = {
    "関係機関との連携会議を開催",
    "職員研修を実施",
    "市民アンケートを実施し、結果を公表",
    "ホームページや広報誌による情報発信",
    "事業の進捗管理と効果検証を実施",
    "新型コロナウイルス感染症の影響を考慮し、オンライン形式を併用して研修を実施",
    "WEB会議等を通じた関係機関との連携や専門研修等の人材育成研修を実施",
    "計画の改定に向けた検討を実施",
};
const char *const kLead[] = {
    "計画に基づく下記の各取組を推進した結果、おおむね目標を達成した。",
    "「シティプロモーション戦略プラン」に基づく下記の各取組推進の結果、指標は前年度を上回った。",
    "新型コロナウイルス感染症の影響により一部の取組を縮小して実施した。",
};
const char *const kRemark[] = {
    "(当初計画に遅れが生じたため、完成見込みは次年度末となっております。)",
    "(感染症拡大防止のため、一部の事業を中止しました。)",
    "(国の制度改正に伴い、対象者の範囲を拡大しました。)",
};

struct Unit
{
    const char *text;
    int lo, hi; // magnitude of the figures
};
const Unit kUnits[] = {
    { "人", 10, 250000 }, { "件", 5, 450000 }, { "か所", 2, 3000 }, { "回", 1, 60 },
    { "世帯", 10, 120000 }, { "園", 1, 400 }, { "%", 0, 0 }, { "", 0, 0 },
};
// A measured thing and the index of its unit in kUnits.
struct Label
{
    const char *text;
    int unit;
};
const Label kLabels[] = {
    { "延べ利用人数", 0 }, { "会員登録者数", 0 }, { "受入児童数", 0 }, { "定員数", 0 },
    { "相談件数", 1 }, { "利用件数", 1 }, { "参加者数", 0 }, { "アクセスポイント数", 2 },
    { "実施園数", 5 }, { "支援世帯数", 4 }, { "研修受講者数", 0 }, { "申請件数", 1 },
    { "設置箇所数", 2 }, { "開催回数", 3 }, { "訪問件数", 1 }, { "対象世帯数", 4 },
    { "一時預かり実施園数", 5 }, { "マッチング件数", 1 }, { "出前講座の開催回数", 3 },
};
const char *const kRateLabels[] = { "収納率", "受診率", "満足度の割合", "電子申請利用率", "充足率" };

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

std::string percent(Rng &r)
{
    const int v = r.range(5000, 9999); // 50.00 … 99.99
    char buf[16];
    snprintf(buf, sizeof buf, "%d.%02d", v / 100, v % 100);
    return buf;
}

// One actual-vs-target phrase in a docs/formats.md#indicators form, or a plain count.
std::string indicatorPhrase(Rng &r)
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

std::string quoteIndicator(Rng &r)
{
    const int t = r.range(40, 90), a = r.range(30, 95);
    return "「愛着」は目標" + num(t / 10) + "." + num(t % 10) + "に対し結果" + num(a / 10) + "."
            + num(a % 10) + "となった。";
}

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

// Decodes the code point at s[i] (valid UTF-8 assumed) and its length.
uint32_t codePoint(const std::string &s, size_t i, int *len)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { *len = 1; return c; }
    if (c < 0xE0) { *len = 2; return (c & 0x1F) << 6 | (s[i + 1] & 0x3F); }
    if (c < 0xF0) { *len = 3; return (c & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F); }
    *len = 4;
    return (c & 0x07) << 18 | (s[i + 1] & 0x3F) << 12 | (s[i + 2] & 0x3F) << 6 | (s[i + 3] & 0x3F);
}

bool isJapanese(uint32_t u)
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

struct Layout
{
    int years;
    int firstYear;
    long long projects;
    int bureaus;
};

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

// ---------------------------------------------------------------------------------
// Output

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

const char *const kLegend[] = {
    "①「政策体系別計画に記載のある事務事業」及び「施策を推進する経常的な事務事業の中でも特に重要なもの」を掲載",
    "②市民サービス等の分類を記載 ※分類区分 ○施設の管理・運営 ○補助・助成金 ○イベント等 ○表彰・顕彰・認定 ○参加・協働の場 ○公聴及び相談・苦情申し立ての聴取等 ○許認可等 ○出版物等 ○その他",
    "③事務事業の概要を記載",
    "④主な取組の実績を定量的な数字を含めて記載",
    "⑤予算額及び決算額(見込)を記載",
    "⑥事務事業の達成度を記載 ※達成状況区分 1. 目標を大きく上回って達成 2. 目標を上回って達成 3. 目標をほぼ達成 4. 目標を下回った 5. 目標を大きく下回った",
    "⑦参考資料における当該事務事業の評価シートの掲載ページを記載",
};

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

void csvField(std::string &o, const std::string &text)
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

const char *const kProse[] = {
    "主な事務事業の評価結果一覧の見方",
    "本一覧は、各局が所管する事務事業のうち、「政策体系別計画に記載のある事務事業」及び「施策を推進する経常的な事務事業の中でも特に重要なものや進捗に遅れのあるもの」を取りまとめ、個別に進捗状況をお示ししたものです。",
    "一覧の見方は次のとおりです。",
    "※各事業の詳細は参考資料の評価シートを御覧ください。",
};

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
