// Rating scales (docs/ratings-and-money.md): which scale a column uses, and each cell
// read on it, for every published style.
#include "ratingscale.h"

#include <QTest>

using namespace Hyoka;

Q_DECLARE_METATYPE(Hyoka::RatingScale)

namespace {

RatingScale levelScale()
{
    return { QStringLiteral("level"), { u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs } };
}
RatingScale letterScale(int steps = 4)
{
    return { QStringLiteral("letter"), QStringList{ u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs, u"F"_qs }.mid(0, steps) };
}
RatingScale directionScale()
{
    return { QStringLiteral("direction"), { u"拡充"_qs, u"継続"_qs, u"見直し"_qs, u"廃止"_qs } };
}
RatingScale numberedScale()
{
    return { QStringLiteral("numbered"),
             { u"１ 現状維持"_qs, u"２ 改革改善（縮小・統合含む）"_qs, u"３ 終了・廃止・休止"_qs } };
}
RatingScale gradesScale()
{
    return { QStringLiteral("grades"), { u"A"_qs, u"B"_qs, u"C"_qs } };
}

// {"必要性", "A"} … as "必要性=A" for comparison.
QStringList gradeTexts(const QList<std::pair<QString, QString>> &grades)
{
    QStringList out;
    for (const auto &g : grades)
        out.append(g.first + u'=' + g.second);
    return out;
}

} // namespace

class tst_RatingScale : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void parse_data();
    void parse();
    void emptyCells_data();
    void emptyCells();
    void looksLikeRating_data();
    void looksLikeRating();
};

void tst_RatingScale::detect_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("scale");  // empty: not a rating column
    QTest::addColumn<QStringList>("steps");

    const QStringList levels = { u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs };
    QTest::newRow("levels") << QStringList{ u"4"_qs, u"3"_qs, u" 2 "_qs, u""_qs, u"3"_qs }
                            << u"level"_qs << levels;
    QTest::newRow("full-width levels") << QStringList{ u"４"_qs, u"３"_qs, u"１"_qs }
                                       << u"level"_qs << levels;
    QTest::newRow("levels with their text")
            << QStringList{ u"4 目標を下回った"_qs, u"3　目標をほぼ達成"_qs, u"3"_qs }
            << u"level"_qs << levels;
    QTest::newRow("numbers above 5 are no ratings")
            << QStringList{ u"1"_qs, u"2"_qs, u"3"_qs, u"12"_qs, u"40"_qs } << QString() << QStringList();
    QTest::newRow("serial numbers are no ratings")
            << QStringList{ u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs, u"6"_qs, u"7"_qs }
            << QString() << QStringList();
    QTest::newRow("codes are no ratings")
            << QStringList{ u"0086"_qs, u"0102"_qs, u"20101010"_qs } << QString() << QStringList();
    QTest::newRow("letters with text")
            << QStringList{ u"A 拡大する事業"_qs, u"B 継続する事業"_qs, u"C 縮小する事業"_qs,
                            u"D 完了・廃止する事業"_qs }
            << u"letter"_qs << QStringList{ u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs };
    QTest::newRow("letters with underscore, A–D table with only A–C seen")
            << QStringList{ u"B_現状のまま継続"_qs, u"A_拡充"_qs, u"C_改善"_qs, u"B_現状のまま継続"_qs }
            << u"letter"_qs << QStringList{ u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs };
    QTest::newRow("letters A–F")
            << QStringList{ u"A"_qs, u"F"_qs, u"Ｃ"_qs, u"E"_qs }
            << u"letter"_qs << QStringList{ u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs, u"F"_qs };
    QTest::newRow("direction words")
            << QStringList{ u"拡充"_qs, u"現状どおり継続"_qs, u"縮小"_qs, u"廃止"_qs, u"手法・内容の見直し"_qs }
            << u"direction"_qs << QStringList{ u"拡充"_qs, u"継続"_qs, u"見直し"_qs, u"廃止"_qs };
    QTest::newRow("numbered labels")
            << QStringList{ u"１　現状維持"_qs, u"２　改革改善（縮小・統合含む）"_qs,
                            u"３　終了・廃止・休止"_qs, u"１　現状維持"_qs }
            << u"numbered"_qs << numberedScale().steps;
    QTest::newRow("numbered labels, a step not seen")
            << QStringList{ u"1 現状維持"_qs, u"3 廃止"_qs }
            << u"numbered"_qs << QStringList{ u"1 現状維持"_qs, u"2"_qs, u"3 廃止"_qs };
    QTest::newRow("grades in one cell")
            << QStringList{ u"必要性A・有効性B・効率性B"_qs, u"必要性Ａ・有効性Ａ・効率性Ｃ"_qs }
            << u"grades"_qs << QStringList{ u"A"_qs, u"B"_qs, u"C"_qs };
    QTest::newRow("one odd cell in twenty is tolerated")
            << (QStringList(19, u"B 継続"_qs) << u"評価対象外"_qs)
            << u"letter"_qs << QStringList{ u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs };
    QTest::newRow("dashes and blanks ignored")
            << QStringList{ u"拡充"_qs, u"－"_qs, u""_qs, u"―"_qs, u"廃止"_qs }
            << u"direction"_qs << directionScale().steps;
    QTest::newRow("names are no ratings")
            << QStringList{ u"地域子育て支援事業"_qs, u"保育所整備事業"_qs, u"子育て支援の充実"_qs }
            << QString() << QStringList();
    QTest::newRow("summaries are no ratings")
            << QStringList{ u"市内の事業を継続して実施し、利用者の拡大を図る。"_qs,
                            u"地域の見守り活動を継続して支援する事業で、対象は全市民である。"_qs }
            << QString() << QStringList();
    QTest::newRow("amounts are no ratings")
            << QStringList{ u"548,333"_qs, u"12,000"_qs } << QString() << QStringList();
    QTest::newRow("latin words are no letters")
            << QStringList{ u"AI活用"_qs, u"Wi-Fi整備"_qs } << QString() << QStringList();
    QTest::newRow("all blank") << QStringList{ u""_qs, u" "_qs } << QString() << QStringList();
}

void tst_RatingScale::detect()
{
    QFETCH(QStringList, values);
    QFETCH(QString, scale);
    QFETCH(QStringList, steps);
    const std::optional<RatingScale> found = RatingScales::detect(values);
    if (scale.isEmpty()) {
        QVERIFY2(!found, qPrintable(found ? found->id : QString()));
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->id, scale);
    QCOMPARE(found->steps, steps);
}

void tst_RatingScale::parse_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<RatingScale>("scale");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("rank");
    QTest::addColumn<int>("ranks");
    QTest::addColumn<QStringList>("grades");

    const QStringList none;
    QTest::newRow("level") << u"4"_qs << levelScale() << u"4"_qs << 4 << 5 << none;
    QTest::newRow("full-width level") << u"４"_qs << levelScale() << u"4"_qs << 4 << 5 << none;
    QTest::newRow("level with spaces") << u"　1 "_qs << levelScale() << u"1"_qs << 1 << 5 << none;
    QTest::newRow("level with its text") << u"5 目標を大きく下回った"_qs << levelScale() << u"5"_qs << 5 << 5 << none;
    QTest::newRow("level out of range") << u"6"_qs << levelScale() << u"6"_qs << 0 << 5 << none;
    QTest::newRow("text on a level scale") << u"未評価"_qs << levelScale() << u"未評価"_qs << 0 << 5 << none;

    QTest::newRow("letter A with text") << u"A 拡大する事業"_qs << letterScale() << u"A 拡大する事業"_qs << 1 << 4 << none;
    QTest::newRow("letter D with text") << u"D　完了・廃止する事業"_qs << letterScale() << u"D 完了・廃止する事業"_qs << 4 << 4 << none;
    QTest::newRow("letter with underscore") << u"B_現状のまま継続"_qs << letterScale() << u"B_現状のまま継続"_qs << 2 << 4 << none;
    QTest::newRow("letter alone, full-width") << u"Ｃ"_qs << letterScale() << u"Ｃ"_qs << 3 << 4 << none;
    QTest::newRow("letter with a line break") << u"C\n縮小する事業"_qs << letterScale() << u"C 縮小する事業"_qs << 3 << 4 << none;
    QTest::newRow("letter F on A–F") << u"F"_qs << letterScale(6) << u"F"_qs << 6 << 6 << none;
    QTest::newRow("letter E off an A–D scale") << u"E"_qs << letterScale() << u"E"_qs << 0 << 4 << none;

    QTest::newRow("direction 拡充") << u"拡充"_qs << directionScale() << u"拡充"_qs << 1 << 4 << none;
    QTest::newRow("direction 拡大") << u"拡大"_qs << directionScale() << u"拡大"_qs << 1 << 4 << none;
    QTest::newRow("direction 充実") << u"充実"_qs << directionScale() << u"充実"_qs << 1 << 4 << none;
    QTest::newRow("direction 継続") << u"継続"_qs << directionScale() << u"継続"_qs << 2 << 4 << none;
    QTest::newRow("direction 維持") << u"維持"_qs << directionScale() << u"維持"_qs << 2 << 4 << none;
    QTest::newRow("direction 現状維持") << u"現状維持"_qs << directionScale() << u"現状維持"_qs << 2 << 4 << none;
    QTest::newRow("direction 現状どおり継続") << u"現状どおり継続"_qs << directionScale() << u"現状どおり継続"_qs << 2 << 4 << none;
    QTest::newRow("direction 改善") << u"改善"_qs << directionScale() << u"改善"_qs << 3 << 4 << none;
    QTest::newRow("direction 見直し") << u"見直し"_qs << directionScale() << u"見直し"_qs << 3 << 4 << none;
    QTest::newRow("direction 手法・内容の見直し") << u"手法・内容の見直し"_qs << directionScale() << u"手法・内容の見直し"_qs << 3 << 4 << none;
    QTest::newRow("direction 縮小") << u"縮小"_qs << directionScale() << u"縮小"_qs << 3 << 4 << none;
    QTest::newRow("direction 統合") << u"統合"_qs << directionScale() << u"統合"_qs << 3 << 4 << none;
    QTest::newRow("direction 廃止") << u"廃止"_qs << directionScale() << u"廃止"_qs << 4 << 4 << none;
    QTest::newRow("direction 休止") << u"休止"_qs << directionScale() << u"休止"_qs << 4 << 4 << none;
    QTest::newRow("direction 完了") << u"完了"_qs << directionScale() << u"完了"_qs << 4 << 4 << none;
    QTest::newRow("direction 終了") << u"終了"_qs << directionScale() << u"終了"_qs << 4 << 4 << none;
    QTest::newRow("direction: leading word of several") << u"縮小・廃止"_qs << directionScale() << u"縮小・廃止"_qs << 3 << 4 << none;
    QTest::newRow("direction: leading word 拡充して継続") << u"拡充して継続"_qs << directionScale() << u"拡充して継続"_qs << 1 << 4 << none;
    QTest::newRow("direction: as planned") << u"計画・規定どおり"_qs << directionScale() << u"計画・規定どおり"_qs << 2 << 4 << none;
    QTest::newRow("direction: unknown word") << u"民間移譲"_qs << directionScale() << u"民間移譲"_qs << 0 << 4 << none;

    QTest::newRow("numbered 1") << u"１　現状維持"_qs << numberedScale() << u"１ 現状維持"_qs << 1 << 3 << none;
    QTest::newRow("numbered 2") << u"２　改革改善（縮小・統合含む）"_qs << numberedScale() << u"２ 改革改善（縮小・統合含む）"_qs << 2 << 3 << none;
    QTest::newRow("numbered 3") << u"３　終了・廃止・休止"_qs << numberedScale() << u"３ 終了・廃止・休止"_qs << 3 << 3 << none;
    QTest::newRow("numbered, half-width with a point") << u"2.改革改善"_qs << numberedScale() << u"2.改革改善"_qs << 2 << 3 << none;
    QTest::newRow("numbered, circled") << u"③廃止"_qs << numberedScale() << u"③廃止"_qs << 3 << 3 << none;
    QTest::newRow("numbered, bare number") << u"2"_qs << numberedScale() << u"2"_qs << 2 << 3 << none;
    QTest::newRow("numbered beyond the scale") << u"４　その他"_qs << numberedScale() << u"４ その他"_qs << 0 << 3 << none;

    const QStringList nyk = { u"必要性=A"_qs, u"有効性=B"_qs, u"効率性=B"_qs };
    QTest::newRow("grades alone") << u"必要性A・有効性B・効率性B"_qs << gradesScale()
                                  << u"必要性A・有効性B・効率性B"_qs << 0 << 3 << nyk;
    QTest::newRow("grades, full-width, spaced") << u"必要性：Ａ　有効性：Ｂ　効率性：Ｂ"_qs << gradesScale()
                                                << u"必要性：Ａ 有効性：Ｂ 効率性：Ｂ"_qs << 0 << 3 << nyk;
    QTest::newRow("grades on a letter column, no verdict") << u"必要性A・有効性B・効率性B"_qs << letterScale()
                                                           << u"必要性A・有効性B・効率性B"_qs << 0 << 4 << nyk;
    QTest::newRow("verdict beside grades") << u"B 継続（必要性A・有効性B・効率性B）"_qs << letterScale()
                                           << u"B 継続"_qs << 2 << 4 << nyk;
    QTest::newRow("direction beside grades") << u"縮小 必要性A・有効性B・効率性B"_qs << directionScale()
                                             << u"縮小"_qs << 3 << 4 << nyk;
}

void tst_RatingScale::parse()
{
    QFETCH(QString, cell);
    QFETCH(RatingScale, scale);
    QFETCH(QString, label);
    QFETCH(int, rank);
    QFETCH(int, ranks);
    QFETCH(QStringList, grades);
    const std::optional<Rating> r = RatingScales::parse(cell, scale);
    QVERIFY(r);
    QCOMPARE(r->label, label);
    QCOMPARE(r->rank, rank);
    QCOMPARE(r->ranks, ranks);
    QCOMPARE(r->scale, scale.id);
    QCOMPARE(gradeTexts(r->grades), grades);
}

void tst_RatingScale::emptyCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u" 　\n"_qs;
    QTest::newRow("dash") << u"-"_qs;
    QTest::newRow("full-width dash") << u"－"_qs;
    QTest::newRow("bar") << u"―"_qs;
}

void tst_RatingScale::emptyCells()
{
    QFETCH(QString, cell);
    for (const RatingScale &scale : { levelScale(), letterScale(), directionScale(), numberedScale(), gradesScale() })
        QVERIFY2(!RatingScales::parse(cell, scale), qPrintable(scale.id));
    QVERIFY(!RatingScales::looksLikeRating(cell));
}

void tst_RatingScale::looksLikeRating_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("scale"); // empty: not a rating
    QTest::newRow("level") << u"3"_qs << u"level"_qs;
    QTest::newRow("full-width level") << u"５"_qs << u"level"_qs;
    QTest::newRow("zero") << u"0"_qs << QString();
    QTest::newRow("six") << u"6"_qs << QString();
    QTest::newRow("amount") << u"1,234"_qs << QString();
    QTest::newRow("decimal") << u"2.5"_qs << QString();
    QTest::newRow("letter with text") << u"A 拡大する事業"_qs << u"letter"_qs;
    QTest::newRow("letter underscore") << u"B_現状のまま継続"_qs << u"letter"_qs;
    QTest::newRow("letter G") << u"G"_qs << QString();
    QTest::newRow("lower-case letter") << u"a"_qs << QString();
    QTest::newRow("english word") << u"Budget"_qs << QString();
    QTest::newRow("direction") << u"現状どおり継続"_qs << u"direction"_qs;
    QTest::newRow("numbered") << u"１　現状維持"_qs << u"numbered"_qs;
    QTest::newRow("count with a unit") << u"3人"_qs << QString();
    QTest::newRow("grades") << u"必要性A・有効性B・効率性B"_qs << u"grades"_qs;
    QTest::newRow("one grade") << u"必要性A"_qs << QString();
    QTest::newRow("verdict with grades") << u"B 継続（必要性A・有効性B）"_qs << u"letter"_qs;
    QTest::newRow("name") << u"地域子育て支援事業"_qs << QString();
    QTest::newRow("prose with a direction word") << u"事業を継続する。"_qs << QString();
    QTest::newRow("long text with a direction word")
            << u"地域の子育て支援拠点の機能を充実させるための取組を継続して実施"_qs << QString();
    QTest::newRow("code") << u"0086"_qs << QString();
}

void tst_RatingScale::looksLikeRating()
{
    QFETCH(QString, cell);
    QFETCH(QString, scale);
    QCOMPARE(RatingScales::looksLikeRating(cell), !scale.isEmpty());
    QCOMPARE(RatingScales::scaleOf(cell), scale);
}

QTEST_APPLESS_MAIN(tst_RatingScale)
#include "tst_ratingscale.moc"
