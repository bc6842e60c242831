// Utf8::decode, the readers' fast UTF-8 path: the same text as QStringDecoder for
// valid input, a refusal (so that the caller falls back) for anything else.
#include "utf8.h"

#include <QStringDecoder>
#include <QTest>

using namespace Hyoka;

class tst_Utf8 : public QObject
{
    Q_OBJECT

private slots:
    void decodesLikeQt_data();
    void decodesLikeQt();
    void refusesInvalid_data();
    void refusesInvalid();
};

void tst_Utf8::decodesLikeQt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ascii") << QByteArray("| 1 | 20101010 | abc |");
    QTest::newRow("ascii, longer than a chunk") << QByteArray("0123456789abcdefghijklmnopqrstuvwxyz");
    QTest::newRow("japanese") << QStringLiteral("令和3年度の事務事業の評価結果一覧(こども未来局)").toUtf8();
    QTest::newRow("mixed") << QStringLiteral("Stanford e-Kawasaki と WEB会議、①●▲1,234").toUtf8();
    QTest::newRow("two-byte") << QStringLiteral("café ×").toUtf8();
    QTest::newRow("four-byte") << QStringLiteral("𠮷野家 😀").toUtf8();
    QTest::newRow("noncharacter") << QByteArray("\xEF\xBF\xBE");
    QTest::newRow("nul inside") << QByteArray("a\0b", 3);
    QTest::newRow("three-byte run, then ascii") << QStringLiteral("事務事業の評価|P●●|１２").toUtf8();
    QTest::newRow("three-byte run, then two- and four-byte") << QStringLiteral("評価é𠮷評価").toUtf8();
    QTest::newRow("three-byte edges") << QByteArray("\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF");
}

void tst_Utf8::decodesLikeQt()
{
    QFETCH(QByteArray, bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString expected = decoder.decode(bytes);
    QVERIFY(!decoder.hasError());
    QString decoded = QStringLiteral("previous contents");
    QVERIFY(Utf8::decode(bytes, decoded));
    QCOMPARE(decoded, expected);
}

void tst_Utf8::refusesInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lone continuation") << QByteArray("a\x80");
    QTest::newRow("cut-off three-byte") << QByteArray("\xE3\x81");
    QTest::newRow("cut-off four-byte") << QByteArray("\xF0\x9F\x98");
    QTest::newRow("overlong two-byte") << QByteArray("\xC0\xAF");
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF");
    QTest::newRow("overlong four-byte") << QByteArray("\xF0\x80\x80\xAF");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
    QTest::newRow("FF") << QByteArray("ab\xFF");
    QTest::newRow("Shift_JIS") << QByteArray("\x95\xDB\x88\xE7");
    QTest::newRow("run, then cut-off") << QByteArray("\xE4\xBA\x8B\xE5\x8B\x99\xE4\xBA");
    QTest::newRow("run, then bad second byte") << QByteArray("\xE4\xBA\x8B\xE5\x4B\x99");
    QTest::newRow("run, then bad third byte") << QByteArray("\xE4\xBA\x8B\xE5\x8B\xD9");
    QTest::newRow("run, then overlong") << QByteArray("\xE4\xBA\x8B\xE0\x9F\xBF");
    QTest::newRow("run, then surrogate") << QByteArray("\xE4\xBA\x8B\xED\xB0\x80");
}

void tst_Utf8::refusesInvalid()
{
    QFETCH(QByteArray, bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString replaced = decoder.decode(bytes); // decode() is lazy: convert
    QVERIFY(decoder.hasError()); // Qt agrees that it is not UTF-8
    QVERIFY(replaced.contains(QChar::ReplacementCharacter));
    QString decoded;
    QVERIFY(!Utf8::decode(bytes, decoded));
}

QTEST_APPLESS_MAIN(tst_Utf8)
#include "tst_utf8.moc"
