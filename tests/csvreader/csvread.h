// CSV test data and CSV bytes read through CsvReader: the CSV tests share them.
#pragma once

#include "readresult.h"
#include "recordreader.h"

#include <QBuffer>
#include <QStringEncoder>

#include <memory>

namespace Hyoka::TestSupport {

inline std::unique_ptr<ReadResult> readCsv(const QByteArray &bytes,
                                           const QString &fileName = QStringLiteral("t.csv"),
                                           const ReadOptions &options = {})
{
    auto result = std::make_unique<ReadResult>();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    result->ok = CsvReader::read(buffer, fileName, result->sink, options, &result->error);
    return result;
}

// `text` in `encoding` (a name QStringEncoder knows).
inline QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

// The header of the published table (川崎市).
inline const QString header = QStringLiteral("年度,局名,番号,事務事業コード,事務事業名,サービス分類,事務事業の概要,"
                                             "主な取組の実績,予算額(千円),決算額(千円),達成度,参考資料掲載頁");

// A small table in the published shape; `eol` is the line end.
inline QString sampleTable(const QString &eol)
{
    return header + eol
            + QStringLiteral("令和3年度,こども未来局,1,20101010,地域子育て支援事業,その他,"
                             "地域の子育て支援,\"●延べ利用人数 147,832人※目標 224,664人以上\","
                             "\"548,333\",\"521,252\",4,P1")
            + eol
            + QStringLiteral("令和3年度,こども未来局,2,20101020,ひとり親家庭の生活支援事業,補助・助成金,"
                             "生活の支援,\"●相談件数 1,000件\",120,110,3,P●●")
            + eol;
}

} // namespace Hyoka::TestSupport
