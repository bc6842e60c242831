<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>グラフ(&amp;C):</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>局(&amp;B):</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Lo&amp;garithmic scale</source>
        <translation>対数目盛(&amp;G)</translation>
    </message>
    <message>
        <source>Show budgets and settlements on a logarithmic scale, so that small projects stay visible next to large ones</source>
        <translation>予算額と決算額を対数目盛で表示し、大きな事業の隣でも小さな事業が見えるようにします</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Export the chart as PDF, PNG or SVG</source>
        <translation>グラフを PDF、PNG または SVG で書き出します</translation>
    </message>
    <message>
        <source>Rep&amp;ort</source>
        <translation>レポート(&amp;O)</translation>
    </message>
    <message>
        <source>The printable summary report of the records shown</source>
        <translation>表示中のレコードの印刷用サマリーレポート</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>印刷プレビュー(&amp;W)…</translation>
    </message>
    <message>
        <source>Preview the current chart as printed</source>
        <translation>表示中のグラフの印刷結果をプレビューします</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the current chart</source>
        <translation>表示中のグラフを印刷します</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PDF…</source>
        <translation>グラフを PDF で書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Chart as P&amp;NG…</source>
        <translation>グラフを PNG で書き出す(&amp;N)…</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation>グラフを SVG で書き出す(&amp;S)…</translation>
    </message>
    <message>
        <source>Report Print Pre&amp;view…</source>
        <translation>レポートの印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview the summary report of the records shown</source>
        <translation>表示中のレコードのサマリーレポートをプレビューします</translation>
    </message>
    <message>
        <source>Print &amp;Report…</source>
        <translation>レポートを印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>レポートを PDF で書き出す(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Flag Changed by Someone Else</source>
        <translation>ほかの人がフラグを変更しました</translation>
    </message>
    <message>
        <source>Your version (not saved)</source>
        <translation>あなたの版（未保存）</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>保存済みの版</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Shared Database</source>
        <translation>共有データベースに接続</translation>
    </message>
    <message>
        <source>A review database on a PostgreSQL server, shared by a team of reviewers.</source>
        <translation>PostgreSQL サーバー上の、レビュー担当者のチームで共有するレビューデータベースです。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>サーバーのホスト名</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>サーバーのポート</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>データベースのユーザー</translation>
    </message>
    <message>
        <source>The password is asked for when the server needs one (or taken from ~/.pgpass); Hyoka never stores it.</source>
        <translation>パスワードはサーバーが求めたときに尋ねます（~/.pgpass があればそれを使います）。Hyoka はパスワードを保存しません。</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>Encryption of the connection (sslmode)</source>
        <translation>接続の暗号化 (sslmode)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>CA certificate file (sslrootcert)</source>
        <translation>CA 証明書ファイル (sslrootcert)</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA 証明書ファイルを選ぶ</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search the name, summary and achievements; every word must occur (Ctrl+F)</source>
        <translation>事務事業名・概要・取組の実績を検索します。語をすべて含むものが残ります (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search projects…</source>
        <translation>事業名・概要・実績を検索…</translation>
    </message>
</context>
<context>
    <name>FlagEditor</name>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Flag status</source>
        <translation>フラグの状態</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>理由(&amp;A):</translation>
    </message>
    <message>
        <source>Flag reason</source>
        <translation>フラグの理由</translation>
    </message>
    <message>
        <source>Reason &amp;details:</source>
        <translation>理由の詳細(&amp;D):</translation>
    </message>
    <message>
        <source>Reason in free text</source>
        <translation>理由（自由記述）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>D&amp;iscard Edits</source>
        <translation>編集を破棄(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save Flag</source>
        <translation>フラグを保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Hyoka::BackupOffer</name>
    <message>
        <source>Cannot Open Review Database</source>
        <translation>レビューデータベースを開けません</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <source>A copy was made before the database was last upgraded, on %1 (%2 KB). Put it back? Changes made since then are not in it; the damaged file is kept next to it.</source>
        <translation>前回データベースを更新する前に作成したコピーがあります（%1、%2 KB）。これを元に戻しますか? その後の変更は含まれません。破損したファイルは同じ場所に残します。</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>バックアップを復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <source>The backup was not put back: %1</source>
        <translation>バックアップを復元できませんでした: %1</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file was kept as %1.</source>
        <translation>バックアップを元に戻しました。破損したファイルは %1 として残しました。</translation>
    </message>
</context>
<context>
    <name>Hyoka::BackupTimer</name>
    <message>
        <source>The review work could not be backed up: %1</source>
        <translation>レビュー作業をバックアップできませんでした: %1</translation>
    </message>
    <message>
        <source>Review work backed up to %1</source>
        <translation>レビュー作業を %1 にバックアップしました</translation>
    </message>
</context>
<context>
    <name>Hyoka::BureauPermissions</name>
    <message>
        <source>per-bureau permissions need a shared (PostgreSQL) review database</source>
        <translation>局ごとの権限には共有 (PostgreSQL) レビューデータベースが必要です</translation>
    </message>
    <message>
        <source>cannot set up the permissions (only the owner of the review tables may): %1</source>
        <translation>権限を設定できません (レビューのテーブルの所有者だけが設定できます): %1</translation>
    </message>
    <message>
        <source>there is no role &quot;%1&quot; on the server; create it first (CREATE ROLE %1 LOGIN)</source>
        <translation>サーバーにロール「%1」がありません。先に作成してください (CREATE ROLE %1 LOGIN)</translation>
    </message>
    <message>
        <source>a reviewer needs at least one --bureau</source>
        <translation>レビュー担当者には --bureau が少なくとも一つ必要です</translation>
    </message>
</context>
<context>
    <name>Hyoka::BureauRenamesModel</name>
    <message>
        <source>Stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Added (not applied yet)</source>
        <translation>追加（未適用）</translation>
    </message>
    <message>
        <source>Changed from %1 (not applied yet)</source>
        <translation>%1 から変更（未適用）</translation>
    </message>
    <message>
        <source>Removed (not applied yet)</source>
        <translation>削除（未適用）</translation>
    </message>
    <message>
        <source>Records of %1 are linked across the years as if published under %2.</source>
        <translation>%1 の事業は、%2 として公表されたものとして年度間でつながります。</translation>
    </message>
    <message>
        <source>Old bureau</source>
        <translation>旧局名</translation>
    </message>
    <message>
        <source>New bureau</source>
        <translation>新局名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>Hyoka::ChartPanel</name>
    <message>
        <source>Budget and settlement by bureau</source>
        <translation>局別の予算額と決算額</translation>
    </message>
    <message>
        <source>Projects of one bureau</source>
        <translation>局内の事業</translation>
    </message>
    <message>
        <source>Execution rate against budget</source>
        <translation>予算額に対する執行率</translation>
    </message>
    <message>
        <source>(no bureau)</source>
        <translation>(局なし)</translation>
    </message>
    <message>
        <source>No review database is open</source>
        <translation>レビューデータベースが開かれていません</translation>
    </message>
    <message>
        <source>The database could not answer</source>
        <translation>データベースから応答がありません</translation>
    </message>
    <message>
        <source>No records match the filter</source>
        <translation>条件に合うレコードがありません</translation>
    </message>
    <message>
        <source>No records with a budget and a settlement match the filter</source>
        <translation>予算額と決算額の両方がある、条件に合うレコードがありません</translation>
    </message>
    <message>
        <source>chart-bureaus</source>
        <translation>グラフ-局別</translation>
    </message>
    <message>
        <source>chart-projects</source>
        <translation>グラフ-事業別</translation>
    </message>
    <message>
        <source>chart-levels</source>
        <translation>グラフ-達成度</translation>
    </message>
    <message>
        <source>chart-execution-rate</source>
        <translation>グラフ-執行率</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>Made by Hyoka</source>
        <translation>Hyoka で作成</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>グラフを PDF で書き出す</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>グラフを PNG で書き出す</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>グラフを SVG で書き出す</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>印刷プレビュー — %1</translation>
    </message>
    <message>
        <source>Report Failed</source>
        <translation>レポートを作成できません</translation>
    </message>
    <message>
        <source>Report Print Preview</source>
        <translation>レポートの印刷プレビュー</translation>
    </message>
    <message>
        <source>Evaluation summary report</source>
        <translation>評価結果サマリーレポート</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>レポートを PDF で書き出す</translation>
    </message>
    <message>
        <source>hyoka-report.pdf</source>
        <translation>hyoka-レポート.pdf</translation>
    </message>
    <message>
        <source>No review database is open.</source>
        <translation>レビューデータベースが開かれていません。</translation>
    </message>
    <message>
        <source>Ratings by bureau</source>
        <translation>局別の評価</translation>
    </message>
    <message>
        <source>One bureau by fiscal year</source>
        <translation>局の年度推移</translation>
    </message>
    <message>
        <source>chart-years</source>
        <translation>グラフ-年度別</translation>
    </message>
</context>
<context>
    <name>Hyoka::ChartToolTips</name>
    <message>
        <source>(no bureau)</source>
        <translation>(局なし)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>code, fiscal year, bureau</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>予算額: %1</translation>
    </message>
    <message>
        <source>Settlement: %1</source>
        <translation>決算額: %1</translation>
    </message>
    <message>
        <source>Execution rate: %1</source>
        <translation>執行率: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>達成度: %1</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>レビュー対象のフラグあり</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n事業</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>level: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>なし: %1</translation>
    </message>
    <message>
        <source>Levels %1</source>
        <translation>達成度 %1</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>達成度なし</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <comment>level: count of projects (share)</comment>
        <translation>%1: %3中%2 (%4)</translation>
    </message>
</context>
<context>
    <name>Hyoka::ChildRowBatch</name>
    <message numerus="yes">
        <source>%1 (writing the achievements, indicators and amounts of the %n project(s) before it)</source>
        <translation>
            <numerusform>%1（直前の %n 件の事務事業の実績・指標・金額の書き込み中）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ColumnLayout</name>
    <message>
        <source>header %1</source>
        <extracomment>The reason a column got its field: its header text</extracomment>
        <translation>見出し %1</translation>
    </message>
</context>
<context>
    <name>Hyoka::ColumnProfile</name>
    <message>
        <source>%1: not a column profile (no &quot;fields&quot; object)</source>
        <translation>%1: 列プロファイルではありません（&quot;fields&quot; がありません）</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: 不明なフィールド「%2」</translation>
    </message>
    <message>
        <source>%1: amount of unknown kind &quot;%2&quot;</source>
        <translation>%1: 不明な金額の種類「%2」</translation>
    </message>
    <message>
        <source>%1: unknown unit &quot;%2&quot; (円, 千円, 万円 or 百万円)</source>
        <translation>%1: 不明な単位「%2」（円、千円、万円、百万円のいずれか）</translation>
    </message>
    <message>
        <source>%1: not a JSON profile (%2)</source>
        <translation>%1: JSON のプロファイルではありません（%2）</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;</source>
        <translation>--map は FIELD=COLUMN の形です（「%1」ではなく）</translation>
    </message>
    <message>
        <source>--map %1: an amount is KIND@YEAR with KIND budget, settlement, settlement_estimate or plan and YEAR such as 2024</source>
        <translation>--map %1: 金額は KIND@YEAR（KIND は budget、settlement、settlement_estimate、plan、YEAR は 2024 など）</translation>
    </message>
    <message>
        <source>--map %1: unknown field &quot;%2&quot; (fields: fiscal_year, bureau, division, organisation, no, code, name, category, summary, achievements, budget, settlement, level, rating, grades, ref_page, or KIND@YEAR)</source>
        <translation>--map %1: 不明なフィールド「%2」（fiscal_year、bureau、division、organisation、no、code、name、category、summary、achievements、budget、settlement、level、rating、grades、ref_page または KIND@YEAR）</translation>
    </message>
    <message>
        <source>--map</source>
        <extracomment>The reason a column got its field: the command line&apos;s --map option</extracomment>
        <translation>--map</translation>
    </message>
</context>
<context>
    <name>Hyoka::ColumnRecognizer</name>
    <message>
        <source>%1: no field &quot;%2&quot;</source>
        <translation>%1: フィールド「%2」はありません</translation>
    </message>
    <message>
        <source>%1: %2=%3 names no column of the header (line %4)</source>
        <translation>%1: %2=%3 に当たる列が見出し（%4行目）にありません</translation>
    </message>
    <message>
        <source>values: 4–6 digit strings in %1% of rows</source>
        <translation>値: %1% の行が4～6桁の数字列</translation>
    </message>
    <message>
        <source>header %1; values: 部 and 課 in one cell in %2% of rows</source>
        <translation>見出し %1。値: %2% の行で部と課が一つのセルに</translation>
    </message>
    <message>
        <source>values: a rating on the %1 scale (%2)</source>
        <translation>値: %1 の尺度の評価（%2）</translation>
    </message>
    <message>
        <source>header %1; values on the %2 scale</source>
        <translation>見出し %1。値は %2 の尺度</translation>
    </message>
    <message>
        <source>header %1; its values are on no known scale (labels kept, no rank)</source>
        <translation>見出し %1。値が既知の尺度にありません（表記のみ保持、順位なし）</translation>
    </message>
</context>
<context>
    <name>Hyoka::Commands</name>
    <message>
        <source>hyoka: unknown command &quot;%1&quot;</source>
        <translation>hyoka: 不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>review database</source>
        <translation>レビューデータベース</translation>
    </message>
    <message>
        <source>json, csv or xlsx</source>
        <translation>json、csv または xlsx</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>書き出す PDF ファイル</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>text encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>input files</source>
        <translation>入力ファイル</translation>
    </message>
    <message>
        <source>hyoka %1: --year takes a year such as 2021</source>
        <translation>hyoka %1: --year には 2021 のような年を指定してください</translation>
    </message>
    <message>
        <source>hyoka import: name at least one file</source>
        <translation>hyoka import: ファイルを1つ以上指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) imported</source>
        <translation>
            <numerusform>%1: %n件をインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n updated)</source>
        <translation>
            <numerusform> (うち%n件を更新)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) skipped</source>
        <translation>
            <numerusform>、%n行をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>hyoka check: name at least one file</source>
        <translation>hyoka check: ファイルを1つ以上指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>、警告%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>hyoka export: --format takes json, csv or xlsx, not &quot;%1&quot;</source>
        <translation>hyoka export: --format には json、csv、xlsx のいずれかを指定してください (「%1」は使えません)</translation>
    </message>
    <message>
        <source>hyoka export: cannot write to standard output</source>
        <translation>hyoka export: 標準出力に書き込めません</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>database to copy from</source>
        <translation>コピー元のデータベース</translation>
    </message>
    <message>
        <source>database to copy into</source>
        <translation>コピー先のデータベース</translation>
    </message>
    <message>
        <source>hyoka copy: give --from DB and --to DB</source>
        <translation>hyoka copy: --from DB と --to DB を指定してください</translation>
    </message>
    <message>
        <source>hyoka copy: %1</source>
        <translation>hyoka copy: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) copied</source>
        <translation>
            <numerusform>%n件をコピーしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>フラグ%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s)</source>
        <translation>
            <numerusform>監査記録%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>project code</source>
        <translation>事務事業コード</translation>
    </message>
    <message>
        <source>flagged, reviewed, dismissed or none</source>
        <translation>flagged、reviewed、dismissed または none</translation>
    </message>
    <message>
        <source>reason id</source>
        <translation>理由の ID</translation>
    </message>
    <message>
        <source>reason in free text</source>
        <translation>理由（自由記述）</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>reviewer name</source>
        <translation>レビュー担当者名</translation>
    </message>
    <message>
        <source>refuse unless the stored version is V</source>
        <translation>保存されている版が V でなければ拒否する</translation>
    </message>
    <message>
        <source>hyoka flag: unexpected argument &quot;%1&quot;</source>
        <translation>hyoka flag: 想定外の引数「%1」</translation>
    </message>
    <message>
        <source>hyoka flag: --year takes a year such as 2021</source>
        <translation>hyoka flag: --year には 2021 のような年を指定してください</translation>
    </message>
    <message>
        <source>hyoka flag: --code takes a project code such as 20101010</source>
        <translation>hyoka flag: --code には 20101010 のような事務事業コードを指定してください</translation>
    </message>
    <message>
        <source>hyoka flag: --status takes flagged, reviewed, dismissed or none, not &quot;%1&quot;</source>
        <translation>hyoka flag: --status には flagged、reviewed、dismissed、none のいずれかを指定してください (「%1」は使えません)</translation>
    </message>
    <message>
        <source>hyoka flag: --reason takes one of %1, not &quot;%2&quot;</source>
        <translation>hyoka flag: --reason には %1 のいずれかを指定してください (「%2」は使えません)</translation>
    </message>
    <message>
        <source>hyoka flag: --expect-version takes a version number (0 = never flagged)</source>
        <translation>hyoka flag: --expect-version には版番号を指定してください (0 = 未設定)</translation>
    </message>
    <message>
        <source>hyoka flag: %1</source>
        <translation>hyoka flag: %1</translation>
    </message>
    <message>
        <source>hyoka flag: %1 (%2) is at version %3, not %4 (last changed by %5 at %6); nothing was changed</source>
        <translation>hyoka flag: %1 (%2) は版 %4 ではなく版 %3 です (最終更新: %5、%6)。何も変更していません</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>(未変更)</translation>
    </message>
    <message>
        <source>csv or xlsx</source>
        <translation>csv または xlsx</translation>
    </message>
    <message>
        <source>hyoka review-list: unexpected argument &quot;%1&quot;</source>
        <translation>hyoka review-list: 想定外の引数「%1」</translation>
    </message>
    <message>
        <source>hyoka review-list: --format takes csv or xlsx, not &quot;%1&quot;</source>
        <translation>hyoka review-list: --format には csv または xlsx を指定してください (「%1」は使えません)</translation>
    </message>
    <message>
        <source>hyoka review-list: --format xlsx needs -o OUT.xlsx</source>
        <translation>hyoka review-list: --format xlsx には -o OUT.xlsx が必要です</translation>
    </message>
    <message>
        <source>hyoka review-list: %1</source>
        <translation>hyoka review-list: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) to review</source>
        <translation>
            <numerusform>%1: レビュー対象%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>hyoka report: name the PDF to write with --pdf OUT.pdf</source>
        <translation>hyoka report: 書き出す PDF を --pdf OUT.pdf で指定してください</translation>
    </message>
    <message>
        <source>hyoka report: cannot create a temporary folder: %1</source>
        <translation>hyoka report: 一時フォルダを作成できません: %1</translation>
    </message>
    <message>
        <source>hyoka report: no records match; the report is empty</source>
        <translation>hyoka report: 条件に合うレコードがないため、レポートは空です</translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation>戻すバックアップファイル</translation>
    </message>
    <message>
        <source>list the backups only</source>
        <translation>バックアップの一覧だけを表示する</translation>
    </message>
    <message>
        <source>hyoka restore: unexpected argument &quot;%1&quot;</source>
        <translation>hyoka restore: 想定外の引数「%1」</translation>
    </message>
    <message>
        <source>%1  schema %2, %3, %4 bytes</source>
        <translation>%1  スキーマ %2、%3、%4 バイト</translation>
    </message>
    <message>
        <source>hyoka restore: %1 has no backup</source>
        <translation>hyoka restore: %1 にはバックアップがありません</translation>
    </message>
    <message>
        <source>hyoka restore: %1</source>
        <translation>hyoka restore: %1</translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation>%1 を %2 から戻しました</translation>
    </message>
    <message>
        <source>the file it replaced is kept as %1</source>
        <translation>置き換えたファイルは %1 として残してあります</translation>
    </message>
    <message>
        <source>hyoka review-list: cannot write to standard output</source>
        <translation>hyoka review-list: 標準出力に書き込めません</translation>
    </message>
    <message>
        <source>%1: cannot read the records; the database may be damaged</source>
        <translation>%1: レコードを読み込めません。データベースが破損している可能性があります</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>書き込むバックアップファイル</translation>
    </message>
    <message>
        <source>hyoka backup: unexpected argument &quot;%1&quot;</source>
        <translation>hyoka backup: 予期しない引数「%1」</translation>
    </message>
    <message>
        <source>hyoka backup: %1</source>
        <translation>hyoka backup: %1</translation>
    </message>
    <message>
        <source>%1: review work restored from %2</source>
        <translation>%1: %2 からレビュー作業を復元しました</translation>
    </message>
    <message>
        <source>%1  review work (%2), %3, %4, %5</source>
        <translation>%1  レビュー作業 (%2)、%3、%4、%5</translation>
    </message>
    <message>
        <source>column of a field</source>
        <translation>フィールドの列</translation>
    </message>
    <message>
        <source>column profile</source>
        <translation>列プロファイル</translation>
    </message>
    <message>
        <source>save the columns as a profile</source>
        <translation>列の対応をプロファイルとして保存</translation>
    </message>
    <message>
        <source>file-name pattern</source>
        <translation>ファイル名のパターン</translation>
    </message>
    <message>
        <source>hyoka %1: --pattern goes with --save-profile NAME</source>
        <translation>hyoka %1: --pattern は --save-profile NAME と一緒に指定します</translation>
    </message>
    <message>
        <source>hyoka %1: %2: cannot open: %3</source>
        <translation>hyoka %1: %2: 開けません: %3</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>hyoka import: warning: %1</source>
        <translation>hyoka import: 警告: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n 件のプロファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: read with the saved profile %2 (its pattern %3 matches)</source>
        <translation>%1: 保存済みプロファイル %2 で読み込みます（パターン %3 に一致）</translation>
    </message>
    <message>
        <source>profile %1 saved; files named %2 are read with it</source>
        <translation>プロファイル %1 を保存しました。%2 という名前のファイルはこれで読み込みます</translation>
    </message>
    <message>
        <source>hyoka detect: name one file</source>
        <translation>hyoka detect: ファイルを一つ指定してください</translation>
    </message>
    <message>
        <source>%1: no header row names the project name column</source>
        <translation>%1: 事業名の列を示す見出し行がありません</translation>
    </message>
    <message>
        <source>%1: not found: %2</source>
        <translation>%1: 見つからない項目: %2</translation>
    </message>
    <message>
        <source>%1: sheet %2 has a table too (header in row %3); this profile is of the first</source>
        <translation>%1: シート %2 にも表があります（見出しは%3行目）。このプロファイルは最初の表のものです</translation>
    </message>
    <message>
        <source>hyoka profile: list, show NAME or remove NAME</source>
        <translation>hyoka profile: list、show NAME、remove NAME のいずれか</translation>
    </message>
    <message>
        <source>hyoka profile: no profile named %1</source>
        <translation>hyoka profile: %1 という名前のプロファイルはありません</translation>
    </message>
    <message>
        <source>project name (a record without a code)</source>
        <translation>事務事業名（コードのない記録）</translation>
    </message>
    <message>
        <source>bureau (with --name)</source>
        <translation>局・部（--name と共に）</translation>
    </message>
    <message>
        <source>division (with --name)</source>
        <translation>課（--name と共に）</translation>
    </message>
    <message>
        <source>hyoka flag: --year, --code (or --name for a record without a code) and --status are required</source>
        <translation>hyoka flag: --year、--code（コードのない記録は --name）と --status が必要です</translation>
    </message>
    <message>
        <source>hyoka flag: --name takes the project&apos;s name</source>
        <translation>hyoka flag: --name には事務事業名を指定します</translation>
    </message>
    <message>
        <source>backup of the review work to put back</source>
        <translation>復元するレビュー作業のバックアップ</translation>
    </message>
    <message>
        <source>hyoka restore: --from cannot be combined with --backup or --list</source>
        <translation>hyoka restore: --from は --backup や --list と同時に指定できません</translation>
    </message>
    <message>
        <source>hyoka restore: only a SQLite database file has a copy from before an upgrade; --from FILE puts back a backup of the review work</source>
        <translation>hyoka restore: 更新前のコピーがあるのは SQLite のデータベースファイルだけです。レビュー作業のバックアップは --from FILE で復元します</translation>
    </message>
    <message>
        <source>hyoka %1: permissions need a shared database (--db postgresql://user@host:port/dbname); a SQLite file has only its file permissions</source>
        <translation>hyoka %1: 権限の設定には共有データベース (--db postgresql://user@host:port/dbname) が必要です。SQLite ファイルにはファイルの権限しかありません</translation>
    </message>
    <message>
        <source>shared review database</source>
        <translation>共有レビューデータベース</translation>
    </message>
    <message>
        <source>PostgreSQL role</source>
        <translation>PostgreSQL のロール</translation>
    </message>
    <message>
        <source>bureau a reviewer may flag</source>
        <translation>レビュー担当者がフラグを付けられる局</translation>
    </message>
    <message>
        <source>may read only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>may flag the given bureaus</source>
        <translation>指定した局にフラグを付けられる</translation>
    </message>
    <message>
        <source>may also import and change settings</source>
        <translation>取り込みと設定の変更もできる</translation>
    </message>
    <message>
        <source>takes the bureaus (or everything) away</source>
        <translation>局 (またはすべての権限) を取り消す</translation>
    </message>
    <message>
        <source>hyoka grant: give --db URL --role NAME and one of --viewer, --reviewer --bureau B [--bureau B…], --admin, --revoke [--bureau B]</source>
        <translation>hyoka grant: --db URL --role NAME と、--viewer、--reviewer --bureau B [--bureau B…]、--admin、--revoke [--bureau B] のいずれか一つを指定してください</translation>
    </message>
    <message>
        <source>hyoka grant: %1</source>
        <translation>hyoka grant: %1</translation>
    </message>
    <message>
        <source>hyoka roles: give --db URL</source>
        <translation>hyoka roles: --db URL を指定してください</translation>
    </message>
    <message>
        <source>hyoka roles: %1</source>
        <translation>hyoka roles: %1</translation>
    </message>
    <message>
        <source>no roles granted yet: the tables&apos; owner alone decides (hyoka grant)</source>
        <translation>まだ権限を与えたロールはありません。テーブルの所有者だけが決められます (hyoka grant)</translation>
    </message>
    <message>
        <source>hyoka history: give --code C or --name NAME</source>
        <translation>hyoka history: --code C または --name NAME を指定してください</translation>
    </message>
    <message>
        <source>hyoka history: no project %1 in %2</source>
        <translation>hyoka history: %2 に事業 %1 はありません</translation>
    </message>
    <message>
        <source>confirm a match by name</source>
        <translation>名称による照合を確定する</translation>
    </message>
    <message>
        <source>undo a match by name</source>
        <translation>名称による照合を取り消す</translation>
    </message>
    <message>
        <source>OLD=NEW: the bureau OLD is NEW in later years</source>
        <translation>OLD=NEW: 局 OLD は以後の年度では NEW</translation>
    </message>
    <message>
        <source>forget the rename of bureau OLD</source>
        <translation>局 OLD の名称変更を削除する</translation>
    </message>
    <message>
        <source>name similarity a rename needs (0–1)</source>
        <translation>名称変更とみなす名称の類似度 (0–1)</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>予期しない引数</translation>
    </message>
    <message>
        <source>hyoka links: --rename-bureau takes OLD=NEW</source>
        <translation>hyoka links: --rename-bureau には OLD=NEW を指定してください</translation>
    </message>
    <message>
        <source>hyoka links: --confirm and --undo need --year Y and --code C (or --name NAME --bureau B)</source>
        <translation>hyoka links: --confirm と --undo には --year Y と --code C (または --name NAME --bureau B) が必要です</translation>
    </message>
    <message>
        <source>hyoka links: %1</source>
        <translation>hyoka links: %1</translation>
    </message>
    <message>
        <source>Usage: hyoka [FILE...] [--db DB]          open the review window
       hyoka import FILE... [--db DB] [--year Y] [--bureau B] [--encoding E]
                    [--save-profile NAME [--pattern GLOB]]
       hyoka export [--db DB] [FILE...] --format json|csv|xlsx [-o OUT] [--encoding E]
       hyoka check FILE... [--year Y] [--bureau B] [--encoding E]
       hyoka detect FILE [--year Y] [--encoding E] [--map FIELD=COLUMN]... [--profile FILE]
       hyoka profile list|show NAME|remove NAME [--db DB]
       hyoka report [--db DB] [FILE...] --pdf OUT.pdf [--bureau B] [--year Y]
       hyoka flag [--db DB] --year Y --code C --status flagged|reviewed|dismissed|none
                  [--reason R] [--reason-text T] [--note N] [--reviewer NAME] [--expect-version V]
                  (a record without a code: --name NAME --bureau B [--division D] for --code C)
       hyoka review-list [--db DB] [--format csv|xlsx] [-o OUT]
       hyoka history [--db DB] --code C | --name NAME [--bureau B]
       hyoka links [--db DB] [--rename-bureau OLD=NEW] [--remove-rename OLD] [--threshold X]
                   [--confirm|--undo --year Y --code C]   (matches by name, docs/years.md)
       hyoka imports [--db DB]   (every import: id, time, file, size, sha256, records, skipped, warnings)
       hyoka copy --from DB --to DB
       hyoka backup [--db DB] [-o FILE]
       hyoka restore [--db DB] [--backup FILE | --from FILE | --list]
       hyoka grant --db URL --role NAME --viewer | --admin | --reviewer --bureau B [--bureau B]…
                   | --revoke [--bureau B]
       hyoka roles --db URL
       hyoka --help | --version

DB is a SQLite file (default: %1) or postgresql://user@host:port/dbname.
import, export and check also take --map FIELD=COLUMN (COLUMN: header text, a letter
such as FP, or #N; FIELD a JSON key or KIND@YEAR such as settlement@2024) and
--profile FILE; import takes --save-profile NAME [--pattern GLOB], and a file whose
name matches a saved profile&apos;s pattern is read with it.
flag prints the flag&apos;s new version; options not given keep their stored values.
Reasons: low_level, indicator_missed, execution_rate_gap, self_rating_mismatch, other.
review-list writes the flagged and rule-suggested records with reasons and notes.
backup writes the review work (flags, audit trail, settings) to a small file;
restore --from puts it back onto the current records. restore alone puts back
the copy of a SQLite file made before a schema upgrade.
Exit codes: 0 ok, 1 input problems, 2 usage error, 3 conflict (the flag changed
since --expect-version; nothing was written).</source>
        <translation>使い方: hyoka [FILE...] [--db DB]          レビュー画面を開く
       hyoka import FILE... [--db DB] [--year Y] [--bureau B] [--encoding E]
                    [--save-profile NAME [--pattern GLOB]]
       hyoka export [--db DB] [FILE...] --format json|csv|xlsx [-o OUT] [--encoding E]
       hyoka check FILE... [--year Y] [--bureau B] [--encoding E]
       hyoka detect FILE [--year Y] [--encoding E] [--map FIELD=COLUMN]... [--profile FILE]
       hyoka profile list|show NAME|remove NAME [--db DB]
       hyoka report [--db DB] [FILE...] --pdf OUT.pdf [--bureau B] [--year Y]
       hyoka flag [--db DB] --year Y --code C --status flagged|reviewed|dismissed|none
                  [--reason R] [--reason-text T] [--note N] [--reviewer NAME] [--expect-version V]
                  (コードのない事業: --code C の代わりに --name NAME --bureau B [--division D])
       hyoka review-list [--db DB] [--format csv|xlsx] [-o OUT]
       hyoka history [--db DB] --code C | --name NAME [--bureau B]
       hyoka links [--db DB] [--rename-bureau OLD=NEW] [--remove-rename OLD] [--threshold X]
                   [--confirm|--undo --year Y --code C]   (名称による照合、docs/years.md)
       hyoka imports [--db DB]   (すべてのインポート: ID、日時、ファイル、サイズ、sha256、件数、スキップ、警告)
       hyoka copy --from DB --to DB
       hyoka backup [--db DB] [-o FILE]
       hyoka restore [--db DB] [--backup FILE | --from FILE | --list]
       hyoka grant --db URL --role NAME --viewer | --admin | --reviewer --bureau B [--bureau B]…
                   | --revoke [--bureau B]
       hyoka roles --db URL
       hyoka --help | --version

DB は SQLite ファイル (既定: %1) または postgresql://user@host:port/dbname です。
import、export、check は --map FIELD=COLUMN (COLUMN: 見出しの文字、FP のような列記号、
または #N。FIELD: JSON のキー、または settlement@2024 のような 種類@年度) と
--profile FILE も受け付けます。import は --save-profile NAME [--pattern GLOB] を受け付け、
保存したプロファイルのパターンに名前が合うファイルはそのプロファイルで読み込みます。
flag はフラグの新しい版番号を表示します。指定しなかった項目は保存済みの値のままです。
理由: low_level、indicator_missed、execution_rate_gap、self_rating_mismatch、other。
review-list はフラグ付きの事業とルールが提案する事業を、理由とメモ付きで書き出します。
backup はレビュー作業 (フラグ、監査記録、設定) を小さなファイルに書き出し、
restore --from はそれを現在の事業に戻します。restore だけのときは、スキーマ更新の前に
作った SQLite ファイルの写しを戻します。
終了コード: 0 正常、1 入力の問題、2 使い方の誤り、3 競合 (--expect-version の後に
フラグが変更されていたため、何も書き込んでいません)。</translation>
    </message>
    <message>
        <source>  %1 %2: records %3 (new %4, updated %5); budget %6, settlement %7 (thousand yen)</source>
        <translation>  %1 %2年度: %3件（新規 %4、更新 %5）、予算額 %6、決算額 %7（千円）</translation>
    </message>
    <message>
        <source>(no bureau)</source>
        <translation>(局なし)</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>パスワードが受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Password of %1 for %2: </source>
        <translation>%2 の %1 のパスワード: </translation>
    </message>
    <message>
        <source>%1 (the server wants a password: put it in ~/.pgpass, or run the command in a terminal to be asked)</source>
        <translation>%1 (サーバーがパスワードを求めています: ~/.pgpass に書くか、端末でコマンドを実行すると尋ねられます)</translation>
    </message>
    <message>
        <source>%1: the saved profiles cannot be read: %2</source>
        <translation>%1: 保存済みのプロファイルを読めません: %2</translation>
    </message>
    <message>
        <source>hyoka profile: %1</source>
        <translation>hyoka profile: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the flags: %2</source>
        <translation>%1: フラグを読めません: %2</translation>
    </message>
</context>
<context>
    <name>Hyoka::ConflictDialog</name>
    <message>
        <source>Someone</source>
        <translation>ほかの人</translation>
    </message>
    <message>
        <source>%1 changed the flag of %2 while you were working on it. Choose which version to keep: nothing is overwritten until you choose.</source>
        <translation>あなたが作業している間に、%1 が %2 のフラグを変更しました。残す版を選んでください。選ぶまで何も上書きしません。</translation>
    </message>
    <message>
        <source>%1, now</source>
        <comment>reviewer, time</comment>
        <translation>%1、現在</translation>
    </message>
    <message>
        <source>%1, %2 (version %3)</source>
        <comment>reviewer, time (version)</comment>
        <translation>%1、%2（版 %3）</translation>
    </message>
    <message>
        <source>Saved version (by %1)</source>
        <translation>保存済みの版（%1）</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>相手の版を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Discard your change and show the saved version</source>
        <translation>あなたの変更を破棄し、保存済みの版を表示します</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>自分の版で上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Save your version over theirs (theirs stays in the history)</source>
        <translation>あなたの版で上書き保存します（相手の版は履歴に残ります）</translation>
    </message>
</context>
<context>
    <name>Hyoka::ConnectDialog</name>
    <message>
        <source>CA Certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>サーバーが対応していれば暗号化 (prefer)</translation>
    </message>
    <message>
        <source>Always encrypted (require)</source>
        <translation>常に暗号化 (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate and name checked (verify-full)</source>
        <translation>暗号化し、サーバー証明書と名前を検証 (verify-full)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>暗号化しない (disable)</translation>
    </message>
</context>
<context>
    <name>Hyoka::ConnectionBanner</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connection to the review server lost — reconnecting…</source>
        <translation>レビューサーバーとの接続が切れました — 再接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>(tried %n time(s); next try in %1 s)</source>
        <translation>
            <numerusform>(%n 回試行、次の試行まで %1 秒)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag change(s) wait to be saved; they are saved (or shown as a conflict) once the connection is back.</source>
        <translation>
            <numerusform>%n 件のフラグの変更が保存を待っています。接続が戻ると保存されます (競合があれば表示されます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>What you see may be out of date; flags you save now are saved once it is back.</source>
        <translation>表示が古い可能性があります。今保存したフラグは接続が戻ると保存されます。</translation>
    </message>
    <message>
        <source>Connection to the review server lost: the server no longer accepts the password (it may have been changed).</source>
        <translation>レビューサーバーとの接続が切れました: サーバーがこのパスワードを受け付けなくなりました（変更された可能性があります）。</translation>
    </message>
    <message>
        <source>Connection to the review server lost: the server asks for a password.</source>
        <translation>レビューサーバーとの接続が切れました: サーバーがパスワードを求めています。</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>パスワードを入力…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The server no longer accepts the password.</source>
        <translation>サーバーがこのパスワードを受け付けなくなりました。</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>%2 への %1 のパスワード:</translation>
    </message>
</context>
<context>
    <name>Hyoka::ConnectionWatch</name>
    <message numerus="yes">
        <source>%1: the server has not answered for more than %n second(s)</source>
        <translation>
            <numerusform>%1: サーバーから %n 秒以上応答がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the server has not answered for %n second(s)</source>
        <translation>
            <numerusform>%1: サーバーから %n 秒間応答がありません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::CsvRecordWriter</name>
    <message>
        <source>unknown text encoding &quot;%1&quot;</source>
        <translation>不明な文字コード「%1」</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>レコード %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <source>%1: the character &quot;%2&quot; cannot be written in %3; export as UTF-8 instead</source>
        <translation>%1: 文字「%2」は %3 で書き込めません。UTF-8 で書き出してください</translation>
    </message>
</context>
<context>
    <name>Hyoka::DatabaseBackup</name>
    <message>
        <source>not a SQLite database (its header is damaged, or it is another kind of file)</source>
        <translation>SQLite データベースではありません (ヘッダが壊れているか、別の種類のファイルです)</translation>
    </message>
    <message>
        <source>damaged (its header gives an impossible page size)</source>
        <translation>壊れています (ヘッダのページサイズがありえない値です)</translation>
    </message>
    <message>
        <source>damaged (%1 bytes is not a whole number of %2-byte pages; the file was probably cut off)</source>
        <translation>壊れています (%1 バイトは %2 バイトのページの整数倍ではありません。ファイルが途中で切れている可能性があります)</translation>
    </message>
    <message>
        <source>damaged (the file holds %1 of its %2 pages; it was probably cut off)</source>
        <translation>壊れています (%2 ページ中 %1 ページしかありません。ファイルが途中で切れている可能性があります)</translation>
    </message>
    <message>
        <source>%1: no such backup</source>
        <translation>%1: そのバックアップはありません</translation>
    </message>
    <message>
        <source>%1: the backup is %2</source>
        <translation>%1: バックアップは%2</translation>
    </message>
    <message>
        <source>it holds no Hyoka schema</source>
        <translation>Hyoka のスキーマがありません</translation>
    </message>
    <message>
        <source>%1: the backup cannot be used: %2</source>
        <translation>%1: バックアップを使えません: %2</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>%1: cannot copy the backup next to the database</source>
        <translation>%1: バックアップをデータベースの隣にコピーできません</translation>
    </message>
    <message>
        <source>%1: cannot move the damaged database aside</source>
        <translation>%1: 壊れたデータベースを退避できません</translation>
    </message>
    <message>
        <source>%1: cannot move the write-ahead log aside</source>
        <translation>%1: 先行書き込みログを退避できません</translation>
    </message>
    <message>
        <source>%1: cannot put the backup in place</source>
        <translation>%1: バックアップを元の場所に戻せません</translation>
    </message>
</context>
<context>
    <name>Hyoka::DatabaseCopier</name>
    <message>
        <source>source and target are the same database</source>
        <translation>コピー元とコピー先が同じデータベースです</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>cannot read the source database</source>
        <translation>コピー元のデータベースを読み込めません</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>コピーは取り消されました</translation>
    </message>
</context>
<context>
    <name>Hyoka::FacetButton</name>
    <message>
        <source>Clear Selection</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation>%1で絞り込み</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>%1で絞り込みます</translation>
    </message>
</context>
<context>
    <name>Hyoka::FacetModel</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>サービス分類</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>facet title: selected value</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <comment>facet title: number of selected values</comment>
        <translation>
            <numerusform>%1: %n件選択</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>facet value (number of records)</comment>
        <translation>%1（%2件）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Suggested by a rule</source>
        <translation>ルールによる提案あり</translation>
    </message>
    <message>
        <source>Not suggested</source>
        <translation>提案なし</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>suggested: yes</comment>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <comment>suggested: no</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rating scale: step</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New / gone</source>
        <comment>facet: projects new this year or gone next year</comment>
        <translation>新規・終了</translation>
    </message>
    <message>
        <source>New this year</source>
        <translation>今年度の新規</translation>
    </message>
    <message>
        <source>Gone the year after</source>
        <translation>翌年度に終了</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>継続</translation>
    </message>
</context>
<context>
    <name>Hyoka::Flag</name>
    <message>
        <source>Flagged</source>
        <comment>要確認</comment>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <comment>確認済</comment>
        <translation>確認済</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <comment>対応不要</comment>
        <translation>対応不要</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <comment>なし</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Low achievement level</source>
        <comment>達成度が低い</comment>
        <translation>達成度が低い</translation>
    </message>
    <message>
        <source>Indicator target missed</source>
        <comment>指標未達</comment>
        <translation>指標未達</translation>
    </message>
    <message>
        <source>Execution rate gap</source>
        <comment>執行率の乖離</comment>
        <translation>執行率の乖離</translation>
    </message>
    <message>
        <source>Self-rating does not match the results</source>
        <comment>自己評価と実績の不一致</comment>
        <translation>自己評価と実績の不一致</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>その他</comment>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Hyoka::FlagEditor</name>
    <message>
        <source>(no reason)</source>
        <translation>(理由なし)</translation>
    </message>
    <message>
        <source>Never flagged</source>
        <translation>フラグ未設定</translation>
    </message>
    <message>
        <source>Version %1, last changed by %2 on %3</source>
        <translation>版 %1、最終更新: %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Hyoka::FlagHistoryModel</name>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reason (free text)</source>
        <translation>理由（自由記述）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>Hyoka::FlagStore</name>
    <message>
        <source>unknown flag status &quot;%1&quot;</source>
        <translation>不明なフラグ状態「%1」</translation>
    </message>
    <message>
        <source>unknown flag reason &quot;%1&quot;</source>
        <translation>不明なフラグ理由「%1」</translation>
    </message>
    <message>
        <source>the flag of %1 (%2) kept changing while it was being saved; try again</source>
        <translation>%1 (%2) のフラグが保存中に変更され続けました。もう一度お試しください</translation>
    </message>
    <message>
        <source>cannot save the flag of %1 (%2): %3</source>
        <translation>%1 (%2) のフラグを保存できません: %3</translation>
    </message>
    <message>
        <source>no project %1 in fiscal year %2</source>
        <translation>%2年度に事務事業 %1 はありません</translation>
    </message>
    <message>
        <source>you may not flag %1 (%2): you review other bureaus</source>
        <translation>%1 (%2) にはフラグを付けられません: 担当する局が異なります</translation>
    </message>
</context>
<context>
    <name>Hyoka::FocusActions</name>
    <message>
        <source>Go to the project list</source>
        <translation>事業一覧へ移動</translation>
    </message>
    <message>
        <source>Go to the details</source>
        <translation>詳細へ移動</translation>
    </message>
    <message>
        <source>Go to the charts</source>
        <translation>グラフへ移動</translation>
    </message>
    <message>
        <source>Go to the filter buttons</source>
        <translation>絞り込みボタンへ移動</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>検索ボックスから結果の一覧へ</translation>
    </message>
    <message>
        <source>Check or uncheck a value in a filter&apos;s list</source>
        <translation>絞り込みの一覧で値をチェック／解除（Space または Enter）</translation>
    </message>
    <message>
        <source>Scroll the details</source>
        <translation>詳細をスクロール</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Project List</source>
        <translation>事業一覧(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>絞り込み(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Hyoka::GuiApplication</name>
    <message>
        <source>Review database: a SQLite file or a postgresql:// URL.</source>
        <translation>レビューデータベース: SQLite ファイルまたは postgresql:// URL。</translation>
    </message>
    <message>
        <source>Review municipal project-evaluation results.</source>
        <translation>自治体の事務事業評価の結果をレビューします。</translation>
    </message>
    <message>
        <source>User interface language: ja or en (default: as last chosen, else the system&apos;s; Japanese when the system&apos;s locale is C or POSIX).</source>
        <translation>画面の言語: ja または en (既定: 前回選んだ言語、なければシステムの言語。システムのロケールが C または POSIX のときは日本語)。</translation>
    </message>
    <message>
        <source>Evaluation tables to import (Markdown, CSV, XLSX, PDF).</source>
        <translation>取り込む評価結果一覧（Markdown、CSV、XLSX、PDF）。</translation>
    </message>
</context>
<context>
    <name>Hyoka::HyokaChart</name>
    <message>
        <source>%1 (%2)</source>
        <comment>axis title and unit</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation>%1（対数目盛）</translation>
    </message>
    <message>
        <source>Budget and settlement by bureau</source>
        <translation>局別の予算額と決算額</translation>
    </message>
    <message>
        <source>Projects of %1 by budget (the largest %2 of %3)</source>
        <translation>%1の事業（予算額上位%2件 / 全%3件）</translation>
    </message>
    <message>
        <source>Projects of %1 by budget</source>
        <translation>%1の事業（予算額順）</translation>
    </message>
    <message>
        <source>Achievement levels by bureau</source>
        <translation>局別の達成度</translation>
    </message>
    <message>
        <source>Execution rate against budget (the largest %1 of %2 budgets)</source>
        <translation>予算額に対する執行率（予算額上位%1件 / 全%2件）</translation>
    </message>
    <message>
        <source>Execution rate against budget</source>
        <translation>予算額に対する執行率</translation>
    </message>
    <message>
        <source>Budget (予算額)</source>
        <translation>予算額</translation>
    </message>
    <message>
        <source>Settlement (決算額)</source>
        <translation>決算額</translation>
    </message>
    <message>
        <source>execution rate %1</source>
        <translation>執行率 %1</translation>
    </message>
    <message>
        <source>execution rate —</source>
        <translation>執行率 —</translation>
    </message>
    <message>
        <source>Budget and settlement</source>
        <translation>予算額と決算額</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>project name and fiscal year</comment>
        <translation>%1（%2年度）</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>project name and code</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>a repeated label and its count</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>達成度なし</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n事業</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>事業数</translation>
    </message>
    <message>
        <source>80–120% execution</source>
        <translation>執行率80〜120%</translation>
    </message>
    <message>
        <source>Flagged projects</source>
        <translation>フラグ付きの事業</translation>
    </message>
    <message>
        <source>Settlement / budget</source>
        <translation>決算額 / 予算額</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算額</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget and settlement by bureau (the %1 largest budgets of %2 bureaus)</source>
        <translation>局別の予算額と決算額（%2局のうち予算額の大きい%1局）</translation>
    </message>
    <message>
        <source>Achievement levels by bureau (the %1 largest budgets of %2 bureaus)</source>
        <translation>局別の達成度（%2局のうち予算額の大きい%1局）</translation>
    </message>
    <message>
        <source>Scroll the chart&apos;s categories</source>
        <translation>グラフの項目をスクロール</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>scatter legend: a point per project</comment>
        <translation>事業</translation>
    </message>
    <message>
        <source>Ratings by bureau and scale (the first %1 of %2)</source>
        <translation>局別・尺度別の評価（%2 件中 先頭 %1 件）</translation>
    </message>
    <message>
        <source>Ratings by bureau and scale</source>
        <translation>局別・尺度別の評価</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 %3: %n project(s)</source>
        <comment>bureau, scale step: count</comment>
        <translation>
            <numerusform>%1、%2 %3：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>budget FY%1 · settlement FY%2</source>
        <translation>予算 %1年度・決算 %2年度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>scale: step</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n project(s)</source>
        <comment>scale · count</comment>
        <translation>
            <numerusform>%1・%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget and settlement of %1 by fiscal year</source>
        <translation>%1の年度別予算額と決算額</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportChoices</name>
    <message>
        <source>%1: no table to preview</source>
        <translation>%1: プレビューできる表がありません</translation>
    </message>
    <message>
        <source>chosen in the import dialog</source>
        <translation>インポートダイアログで選択</translation>
    </message>
    <message>
        <source>import dialog</source>
        <translation>インポートダイアログ</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportController</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n個のファイルをインポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>取り消しています…</translation>
    </message>
    <message>
        <source>Import cancelled; files not finished were rolled back.</source>
        <translation>インポートを取り消しました。終わっていなかったファイルの変更は元に戻しました。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>
            <numerusform>%n件を取り込みました（新規 %1、更新 %2、スキップ %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1 saved; files named %2 import with it.</source>
        <translation>プロファイル %1 を保存しました。%2 という名前のファイルはこのプロファイルで取り込みます。</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportDialog</name>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>決算</translation>
    </message>
    <message>
        <source>Settlement (estimate)</source>
        <translation>決算見込</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 のインポート</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>見出し行(&amp;H):</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>年度(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Preview (the first rows as Hyoka reads them):</source>
        <translation>プレビュー(&amp;P)（Hyoka が読み取る先頭の行）:</translation>
    </message>
    <message>
        <source>&amp;Field of the current column:</source>
        <translation>選択中の列の項目(&amp;F):</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>評価の段階</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Money columns</source>
        <translation>金額の列(&amp;M)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&amp;Save as profile (files of this layout then import without this dialog)</source>
        <translation>プロファイルとして保存(&amp;S)（同じ様式のファイルは次からこのダイアログなしで取り込みます）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>ファイル名(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>自動判定（%1）</translation>
    </message>
    <message>
        <source>No column for: %1</source>
        <translation>対応する列がない項目: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose the column that holds the project name (the import needs it).</source>
        <translation>事務事業名の列を選んでください（取り込みに必要です）。</translation>
    </message>
    <message>
        <source>Column %1 %2: %3</source>
        <translation>列 %1 %2: %3</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>認識されていません</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Checked: a project rated %1 needs review</source>
        <translation>チェックあり: 評価 %1 の事業は要確認</translation>
    </message>
    <message>
        <source>No rating column.</source>
        <translation>評価の列がありません。</translation>
    </message>
    <message>
        <source>Scale &quot;%1&quot;, best first; &amp;check the steps that need review:</source>
        <translation>尺度「%1」（上位から順に）。要確認の段階にチェック(&amp;C):</translation>
    </message>
    <message>
        <source>record&apos;s year</source>
        <translation>当該年度</translation>
    </message>
    <message>
        <source>record&apos;s year %1%2</source>
        <translation>当該年度%1%2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>A profile needs a name and the file names it is for.</source>
        <translation>プロファイルには名前と対象のファイル名が必要です。</translation>
    </message>
    <message>
        <source>Drag a step, or use Up and Down, to put the steps in rank order (the first is rank 1); check the steps that need review: the review rules then suggest the projects rated at them.</source>
        <translation>段階をドラッグするか「上へ」「下へ」で順位の順に並べます（先頭が 1 位）。要確認の段階にチェックを付けると、その評価の事業がレビュー対象として提案されます。</translation>
    </message>
    <message>
        <source>Set the fiscal year, or choose the column that holds it: the file names none, and rows without a year are skipped.</source>
        <translation>年度を指定するか、年度の列を選んでください。このファイルには年度がなく、年度のない行は取り込まれません。</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportHistory</name>
    <message>
        <source>cannot read the imports: %1</source>
        <translation>インポート履歴を読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportHistoryDialog</name>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 bytes, SHA-256 %3; %n record(s) still last written by this import</source>
        <translation>
            <numerusform>%1、%2 バイト、SHA-256 %3。このインポートが最後に書き込んだ事業は %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Show Its Records</source>
        <translation>取り込んだ事業を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show in the grid the records this import is still the last to have written</source>
        <translation>このインポートが最後に書き込んだ事業を一覧に表示します</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Budget (thousand yen)</source>
        <translation>予算額（千円）</translation>
    </message>
    <message>
        <source>Settlement (thousand yen)</source>
        <translation>決算額（千円）</translation>
    </message>
    <message>
        <source>Reading the imports…</source>
        <translation>インポート履歴を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s), newest first. &quot;Still current&quot; counts the records an import is the last to have written.</source>
        <translation>
            <numerusform>インポート %n 件（新しい順）。「現在も有効」は、そのインポートが最後に書き込んだ事業の件数です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportHistoryModel</name>
    <message>
        <source>Not known for imports made before Hyoka kept these counts</source>
        <translation>この件数を記録する前のインポートのため不明です</translation>
    </message>
    <message>
        <source>Records this import is still the last to have written</source>
        <translation>このインポートが最後に書き込んだままの事業</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート日時</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Still current</source>
        <translation>現在も有効</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportJob</name>
    <message>
        <source>The review work could not be backed up before the import: %1</source>
        <translation>取り込みの前にレビュー作業をバックアップできませんでした: %1</translation>
    </message>
    <message>
        <source>The profile %1 could not be saved: %2</source>
        <translation>プロファイル %1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportNotice</name>
    <message numerus="yes">
        <source>%n import warning(s)</source>
        <translation>
            <numerusform>インポートの警告 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 warned %n time(s). Click to see where.</source>
        <translation>
            <numerusform>%1 の読み込みで警告が%n件ありました。クリックすると一覧を表示します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportPlanner</name>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>%1: read with the saved profile %2</source>
        <translation>%1: 保存済みのプロファイル %2 で読み込みます</translation>
    </message>
    <message>
        <source>The saved import profiles could not be read: %1</source>
        <translation>保存済みの取り込みプロファイルを読めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportPreviewModel</name>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局・部</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>課</translation>
    </message>
    <message>
        <source>Bureau and division</source>
        <translation>部課（1列）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>事務事業名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Budget (record&apos;s year)</source>
        <translation>予算額（当該年度）</translation>
    </message>
    <message>
        <source>Settlement (record&apos;s year)</source>
        <translation>決算額（当該年度）</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Settlement estimated</source>
        <translation>決算見込</translation>
    </message>
    <message>
        <source>Achievement level</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Component grades</source>
        <translation>観点別評価</translation>
    </message>
    <message>
        <source>Reference page</source>
        <translation>参考頁</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportWarningsDialog</name>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n件をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import warned %n time(s); each line names the file and line:</source>
        <translation>
            <numerusform>インポートで警告が%n件ありました。各行にファイル名と行番号を示します:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Warnings</source>
        <translation>警告をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>インポート履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Every import of this database, with the records each one is still the last to have written</source>
        <translation>このデータベースのすべてのインポートと、それぞれが最後に書き込んだままの事業</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Budget (thousand yen)</source>
        <translation>予算額（千円）</translation>
    </message>
    <message>
        <source>Settlement (thousand yen)</source>
        <translation>決算額（千円）</translation>
    </message>
    <message>
        <source>Import Warnings</source>
        <translation>インポートの警告</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>インポート完了</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported: %1 new, %2 updated, %3 skipped. By bureau and fiscal year:</source>
        <translation>
            <numerusform>%n件を取り込みました（新規 %1、更新 %2、スキップ %3）。局・年度別:</numerusform>
        </translation>
    </message>
    <message>
        <source>The import gave no warnings.</source>
        <translation>警告はありません。</translation>
    </message>
</context>
<context>
    <name>Hyoka::IndicatorExtractor</name>
    <message>
        <source>indicator &quot;%1&quot;: actual in %2 but target in %3</source>
        <translation>指標「%1」: 実績の単位は%2、目標の単位は%3です</translation>
    </message>
</context>
<context>
    <name>Hyoka::IndicatorTableModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>unit of actual / unit of target</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The actual figure is in %1 but the target in %2</source>
        <translation>実績の単位は%1、目標の単位は%2です</translation>
    </message>
    <message>
        <source>%1 of the target: below 80%</source>
        <translation>目標の%1: 80%未満</translation>
    </message>
    <message>
        <source>%1 of the target</source>
        <translation>目標の%1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>達成率</translation>
    </message>
</context>
<context>
    <name>Hyoka::LinkDecisions</name>
    <message>
        <source>The link could not be changed: %1</source>
        <translation>年度のつながりを変更できませんでした: %1</translation>
    </message>
    <message>
        <source>Confirmed: the renamed record continues the project.</source>
        <translation>確認しました: 名称が変わった記録は同じ事業の続きです。</translation>
    </message>
    <message>
        <source>Undone: the renamed record is a project of its own.</source>
        <translation>取り消しました: 名称が変わった記録は別の事業として扱います。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied; the fiscal years are linked again.</source>
        <translation>
            <numerusform>%n 件の変更を適用し、年度間のつながりを作り直しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::MainWindow</name>
    <message>
        <source>Record counts and totals</source>
        <translation>件数と合計</translation>
    </message>
    <message>
        <source>The database could not answer: %1</source>
        <translation>データベースから応答がありません: %1</translation>
    </message>
    <message>
        <source>Cannot Open Review Database</source>
        <translation>レビューデータベースを開けません</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>New Review Database</source>
        <translation>新しいレビューデータベース</translation>
    </message>
    <message>
        <source>Review databases (*.sqlite)</source>
        <translation>レビューデータベース (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Review Database</source>
        <translation>レビューデータベースを開く</translation>
    </message>
    <message>
        <source>Review databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>レビューデータベース (*.sqlite *.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Evaluation Tables</source>
        <translation>評価結果一覧のインポート</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n行をコピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <comment>shown of all records</comment>
        <translation>
            <numerusform>%Ln件中%1件</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget %1 thousand yen</source>
        <translation>予算額 %1 千円</translation>
    </message>
    <message>
        <source>Settlement %1 thousand yen</source>
        <translation>決算額 %1 千円</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <source>About Hyoka</source>
        <translation>Hyoka について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hyoka %1&lt;/h3&gt;&lt;p&gt;Reviews the evaluation results of municipal projects (事務事業評価): import the published tables, sort, filter and read every project at a glance.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hyoka %1&lt;/h3&gt;&lt;p&gt;自治体の事務事業評価の結果をレビューします。公表された一覧をインポートし、並べ替え・絞り込みを行い、各事業の内容をひと目で確認できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>パスワードが受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>%2 への %1 のパスワード:</translation>
    </message>
    <message>
        <source>The records of this chart element are not in the grid.</source>
        <translation>このグラフ要素のレコードは一覧に表示されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) selected.</source>
        <translation>
            <numerusform>%n件の事業を選択しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This review database is read-only for you: you can read every flag and note, but not change them. Ask the database owner for write access to review.</source>
        <translation>このレビューデータベースはあなたには読み取り専用です。フラグとメモはすべて読めますが、変更はできません。レビューするには、データベースの管理者に書き込み権限を依頼してください。</translation>
    </message>
    <message>
        <source>Read-only database: flags cannot be changed.</source>
        <translation>読み取り専用のデータベースです。フラグは変更できません。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Flag the selected projects with the suggested reason</source>
        <translation>選択した事業に提案された理由でフラグを付ける</translation>
    </message>
    <message>
        <source>Mark the selected projects as reviewed</source>
        <translation>選択した事業を確認済にする</translation>
    </message>
    <message>
        <source>Undo a flag change</source>
        <translation>フラグの変更を元に戻す</translation>
    </message>
    <message>
        <source>Redo a flag change</source>
        <translation>フラグの変更をやり直す</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>選択した行をコピー</translation>
    </message>
    <message>
        <source>Underperforming projects only</source>
        <translation>目標未達の事業のみ</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>フィルタをクリア</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>詳細の表示・非表示</translation>
    </message>
    <message>
        <source>Show or hide the charts</source>
        <translation>グラフの表示・非表示</translation>
    </message>
    <message>
        <source>Print the summary report</source>
        <translation>概要レポートを印刷</translation>
    </message>
    <message>
        <source>Open the detail of the current row</source>
        <translation>現在の行の詳細を開く</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Evaluation tables (*.md *.markdown *.csv *.txt *.xlsx *.pdf);;Markdown (*.md *.markdown);;CSV (*.csv *.txt);;Excel workbooks (*.xlsx);;PDF (*.pdf);;All files (*)</source>
        <translation>評価結果一覧 (*.md *.markdown *.csv *.txt *.xlsx *.pdf);;Markdown (*.md *.markdown);;CSV (*.csv *.txt);;Excel ブック (*.xlsx);;PDF (*.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>接続が切れました — 再接続しています…</translation>
    </message>
    <message>
        <source>Reconnected to the review server.</source>
        <translation>レビューサーバーに再接続しました。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>That year&apos;s record is hidden by the filter: clear the filter to see it.</source>
        <translation>その年度の記録は絞り込みで隠れています。表示するには絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>Only the records import %1 (%2) last wrote are shown; Edit → Clear Filters shows every record.</source>
        <translation>インポート %1（%2）が最後に書き込んだ事業だけを表示しています。編集 → フィルターを解除 ですべて表示します。</translation>
    </message>
    <message>
        <source>The review steps could not be saved: %1</source>
        <translation>要確認の段階を保存できません: %1</translation>
    </message>
    <message>
        <source>The review server wants the password again: see the link above the list.</source>
        <translation>レビューサーバーがパスワードを再び求めています。一覧の上のリンクから入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n 件のファイルを読んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the review database could not be opened.</source>
        <translation>
            <numerusform>%n 件のファイルは取り込みませんでした。レビューデータベースを開けませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::MoneyFormat</name>
    <message>
        <source>%1千円</source>
        <translation>%1千円</translation>
    </message>
    <message>
        <source>%1 thousand yen</source>
        <translation>%1 千円</translation>
    </message>
    <message>
        <source>%1億%2万円</source>
        <translation>%1億%2万円</translation>
    </message>
    <message>
        <source>%1億円</source>
        <translation>%1億円</translation>
    </message>
    <message>
        <source>%1万円</source>
        <translation>%1万円</translation>
    </message>
    <message>
        <source>%1円</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>¥%1 billion</source>
        <translation>%1億円</translation>
    </message>
    <message>
        <source>¥%1 million</source>
        <translation>%1百万円</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>exact money, then a rounded reading</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>億円</source>
        <translation>億円</translation>
    </message>
    <message>
        <source>万円</source>
        <translation>万円</translation>
    </message>
    <message>
        <source>千円</source>
        <translation>千円</translation>
    </message>
    <message>
        <source>billion yen</source>
        <translation>十億円</translation>
    </message>
    <message>
        <source>million yen</source>
        <translation>百万円</translation>
    </message>
    <message>
        <source>thousand yen</source>
        <translation>千円</translation>
    </message>
</context>
<context>
    <name>Hyoka::NameMatchesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Not the same project</source>
        <translation>別の事業</translation>
    </message>
    <message>
        <source>Matched by name</source>
        <translation>名称で照合</translation>
    </message>
    <message>
        <source>%1 (not applied yet)</source>
        <translation>%1（未適用）</translation>
    </message>
    <message>
        <source>Is %1 of %2 the project %3 of %4, renamed?</source>
        <translation>%2 の %1 は、%4 の %3 が名称変更された事業ですか?</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Old name</source>
        <translation>旧名称</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>類似度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>Hyoka::PdfSourcePage</name>
    <message>
        <source>%1: not found (moved, renamed or deleted since the import); its page %2 cannot be shown</source>
        <translation>%1: 見つかりません（取り込み後に移動、名前の変更または削除がありました）。%2ページを表示できません</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s) now, not page %2: the file changed since the import</source>
        <translation>
            <numerusform>%1 は現在 %n ページで、%2ページはありません（取り込み後にファイルが変更されました）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 cannot be read</source>
        <translation>%1: %2ページを読めません</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be rendered</source>
        <translation>%1: %2ページを描画できません</translation>
    </message>
    <message>
        <source>%1, page %2: the row of %3 is not there any more (the file changed since the import)</source>
        <translation>%1 の%2ページ: 「%3」の行がありません（取り込み後にファイルが変更されました）</translation>
    </message>
    <message>
        <source>%1: the file changed since the import; the row is now on page %2 (imported from page %3)</source>
        <translation>%1: 取り込み後にファイルが変更されました。行は現在%2ページにあります（取り込み時は%3ページ）</translation>
    </message>
    <message>
        <source>%1, page %2: the file changed since the import; the row moved on the page</source>
        <translation>%1 の%2ページ: 取り込み後にファイルが変更され、ページ内の行の位置が変わりました</translation>
    </message>
</context>
<context>
    <name>Hyoka::PdfSourceView</name>
    <message>
        <source>Rendering page %1…</source>
        <translation>%1ページを描画中…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 の%1ページ</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms.</source>
        <translation>Ctrl+ホイールで拡大・縮小します。</translation>
    </message>
    <message>
        <source>Open Page Larger…</source>
        <translation>ページを大きく表示…</translation>
    </message>
    <message>
        <source>The whole page in a window of its own; it follows the selected project</source>
        <translation>ページ全体を別のウィンドウに表示します（選択した事業に合わせて切り替わります）</translation>
    </message>
    <message>
        <source>Source page</source>
        <translation>原本のページ</translation>
    </message>
</context>
<context>
    <name>Hyoka::PgCanceller</name>
    <message>
        <source>Not a PostgreSQL connection.</source>
        <translation>PostgreSQL の接続ではありません。</translation>
    </message>
</context>
<context>
    <name>Hyoka::PgRecordBatch</name>
    <message>
        <source>the records table has no column %1</source>
        <translation>records テーブルに列 %1 がありません</translation>
    </message>
    <message>
        <source>the records table&apos;s sequence gave no ids</source>
        <translation>records テーブルのシーケンスから ID を得られませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%1 (writing the %n new project(s) before it)</source>
        <translation>
            <numerusform>%1（直前までの新しい事業 %n 件の書き込み中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (updating the %n stored project(s) before it)</source>
        <translation>
            <numerusform>%1（直前までの登録済み事業 %n 件の更新中）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ProfileStore</name>
    <message>
        <source>a profile needs a name</source>
        <translation>プロファイルには名前が必要です</translation>
    </message>
    <message>
        <source>cannot save the profile %1: %2</source>
        <translation>プロファイル %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>the commit failed</source>
        <translation>コミットに失敗しました</translation>
    </message>
    <message>
        <source>no profile is called %1</source>
        <translation>%1 という名前のプロファイルはありません</translation>
    </message>
    <message>
        <source>cannot remove the profile %1: %2</source>
        <translation>プロファイル %1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>Hyoka::ProjectLinks</name>
    <message>
        <source>cannot link the years: %1</source>
        <translation>年度の照合ができません: %1</translation>
    </message>
    <message>
        <source>a name similarity must be above 0 and at most 1</source>
        <translation>名称の類似度は 0 より大きく 1 以下で指定してください</translation>
    </message>
    <message>
        <source>fiscal %1: the record has no project matched by name</source>
        <translation>%1 年度: この事業には名称で照合した事業がありません</translation>
    </message>
    <message>
        <source>name the old bureau</source>
        <translation>旧局名を指定してください</translation>
    </message>
    <message>
        <source>name the bureau %1 was renamed to</source>
        <translation>局 %1 の新しい名称を指定してください</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to itself</source>
        <translation>%1 を同じ名称に変更することはできません</translation>
    </message>
    <message>
        <source>%1 is renamed twice, to %2 and to %3</source>
        <translation>%1 が %2 と %3 の二つに変更されています</translation>
    </message>
    <message>
        <source>the bureau renames go round in a circle: %1</source>
        <translation>局名の変更が循環しています: %1</translation>
    </message>
</context>
<context>
    <name>Hyoka::ProjectLinksDialog</name>
    <message>
        <source>The links could not be read: %1</source>
        <translation>年度間のつながりを読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot add this rename: %1</source>
        <translation>この名称変更は追加できません: %1</translation>
    </message>
    <message>
        <source>Linking the fiscal years again…</source>
        <translation>年度間のつながりを作り直しています…</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the links…</source>
        <translation>つながりを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n bureau rename(s), %1.</source>
        <translation>
            <numerusform>局名の変更 %n 件、%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rename(s) matched by name</source>
        <translation>
            <numerusform>名称で照合した変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied yet: Apply writes them and links the years again.</source>
        <translation>
            <numerusform>未適用の変更が %n 件あります。「適用」で書き込み、年度間のつながりを作り直します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The renamed record continues the project of the earlier year</source>
        <translation>名称が変わった事業は前年度の事業の続きです</translation>
    </message>
    <message>
        <source>The renamed record is a project of its own; the match is never proposed again</source>
        <translation>名称が変わった事業は別の事業です。この照合は今後提案しません</translation>
    </message>
    <message>
        <source>How alike two names must be (0–1) for a new record to be matched to one gone from the same organisation</source>
        <translation>新しい事業を、同じ組織でなくなった事業と照合するのに必要な名称の類似度 (0–1)</translation>
    </message>
    <message>
        <source>Write the changes and link the fiscal years again</source>
        <translation>変更を書き込み、年度間のつながりを作り直します</translation>
    </message>
</context>
<context>
    <name>Hyoka::ProjectYearsModel</name>
    <message>
        <source>FY%1</source>
        <comment>short fiscal year</comment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>同じコード</translation>
    </message>
    <message>
        <source>same organisation and name</source>
        <translation>同じ組織と名称</translation>
    </message>
    <message>
        <source>renamed (%1 alike, confirmed)</source>
        <translation>名称変更（類似度 %1、確認済み）</translation>
    </message>
    <message>
        <source>renamed (%1 alike, matched by name)</source>
        <translation>名称変更（類似度 %1、名称で照合）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>bureau / division</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>first year</source>
        <translation>初年度</translation>
    </message>
    <message>
        <source>Budget %1 thousand yen in %2, %3 thousand yen in %4</source>
        <translation>予算額 %2 %1千円、%4 %3千円</translation>
    </message>
    <message>
        <source>The record shown</source>
        <translation>表示中の記録</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this year&apos;s record</source>
        <translation>ダブルクリックまたは Enter でこの年度の記録を表示</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>事務事業名</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Budget (thousand yen)</source>
        <translation>予算額（千円）</translation>
    </message>
    <message>
        <source>Settlement (thousand yen)</source>
        <translation>決算額（千円）</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>執行率</translation>
    </message>
    <message>
        <source>Budget vs year before</source>
        <translation>予算の前年度比</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>対応付け</translation>
    </message>
    <message>
        <source>%1 (lowest %2)</source>
        <comment>indicators: count (lowest attainment)</comment>
        <translation>%1（最低 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>指標 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the lowest reaches %2 of its target</source>
        <translation>%1。最も低い指標は目標の %2</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
</context>
<context>
    <name>Hyoka::ProjectYearsView</name>
    <message>
        <source>This project has no other year in the database.</source>
        <translation>この事業はデータベースに他の年度がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n fiscal year(s), %1 to %2.</source>
        <translation>
            <numerusform>%n年度分：%1〜%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget unchanged since %1.</source>
        <translation>予算額は %1 から変わっていません。</translation>
    </message>
    <message>
        <source>Budget %1 since %2.</source>
        <translation>予算額は%2比 %1。</translation>
    </message>
    <message>
        <source>Double-click a year to show its record.</source>
        <translation>年度をダブルクリックするとその記録を表示します。</translation>
    </message>
    <message>
        <source>Budget and settlement by year</source>
        <translation>年度別の予算額と決算額</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Rating (%1, 1 = best)</source>
        <translation>評価（%1、1 が最良）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the project&apos;s years: the summary, the figures and the chart</source>
        <translation>この事業の年度推移（概要・数値・グラフ）を印刷します</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>印刷プレビュー — %1</translation>
    </message>
    <message>
        <source>Years of the project</source>
        <translation>事業の年度推移</translation>
    </message>
    <message>
        <source>%1 continues the project of %2 (a rename, confirmed).</source>
        <translation>%1 は %2 の事業の続きです（名称変更、確認済み）。</translation>
    </message>
    <message>
        <source>%1 was matched to %2 by its name (%3% alike): the same project?</source>
        <translation>%1 は名称の類似（%3%）により %2 と対応付けられました。同じ事業ですか？</translation>
    </message>
    <message>
        <source>Same project</source>
        <translation>同じ事業</translation>
    </message>
    <message>
        <source>Confirm the rename: the link stays through every later import</source>
        <translation>名称変更を確定します（以後の取り込みでもつながりを保ちます）</translation>
    </message>
    <message>
        <source>Not the same project</source>
        <translation>別の事業</translation>
    </message>
    <message>
        <source>Undo the rename: the record becomes a project of its own</source>
        <translation>対応付けを取り消し、別の事業として扱います</translation>
    </message>
</context>
<context>
    <name>Hyoka::QueryWorker</name>
    <message>
        <source>No review database is open.</source>
        <translation>レビューデータベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>Hyoka::RecentFiles</name>
    <message>
        <source>database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordBuilder</name>
    <message>
        <source>row skipped: %1 cells where the header has %2</source>
        <translation>行をスキップ: 見出しは%2列ですが、この行は%1列です</translation>
    </message>
    <message>
        <source>row skipped: no project code</source>
        <translation>行をスキップ: 事務事業コードがありません</translation>
    </message>
    <message>
        <source>row skipped: project code &quot;%1&quot; is not a number</source>
        <translation>行をスキップ: 事務事業コード「%1」が数字ではありません</translation>
    </message>
    <message>
        <source>project code &quot;%1&quot; has fewer than 8 digits; leading zeros restored</source>
        <translation>事務事業コード「%1」が8桁未満のため、先頭の0を補いました</translation>
    </message>
    <message>
        <source>project code &quot;%1&quot; has more than 8 digits</source>
        <translation>事務事業コード「%1」が8桁を超えています</translation>
    </message>
    <message>
        <source>fiscal year &quot;%1&quot; not understood</source>
        <translation>年度「%1」を解釈できません</translation>
    </message>
    <message>
        <source>no bureau given for project %1</source>
        <translation>事務事業 %1 の局がありません</translation>
    </message>
    <message>
        <source>number &quot;%1&quot; is not a number</source>
        <translation>番号「%1」が数字ではありません</translation>
    </message>
    <message>
        <source>project %1 has no name</source>
        <translation>事務事業 %1 に事業名がありません</translation>
    </message>
    <message>
        <source>unknown service category &quot;%1&quot;</source>
        <translation>不明なサービス分類「%1」</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number; left empty</source>
        <translation>%1「%2」は数値ではないため空欄にしました</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>予算額</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>決算額</translation>
    </message>
    <message>
        <source>achievement level &quot;%1&quot; is not 1–5; left empty</source>
        <translation>達成度「%1」が1〜5ではないため空欄にしました</translation>
    </message>
    <message>
        <source>reference page &quot;%1&quot; not understood; left empty</source>
        <translation>参考資料掲載頁「%1」を解釈できないため空欄にしました</translation>
    </message>
    <message>
        <source>rating &quot;%1&quot; is not on the column&apos;s scale (%2); kept without a rank</source>
        <translation>評価「%1」は列の尺度（%2）にありません。順位なしで保持します</translation>
    </message>
    <message>
        <source>row skipped: no project code and no name</source>
        <translation>行をスキップ: 事業コードも事業名もありません</translation>
    </message>
    <message>
        <source>row skipped: no fiscal year (no heading or column names it; give it in the import dialog, or with --year)</source>
        <translation>行をスキップ: 年度がありません (見出しにも列にもありません。取り込みダイアログの「年度」か --year で指定してください)</translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordDetailPanel</name>
    <message>
        <source>%1 thousand yen</source>
        <translation>%1 千円</translation>
    </message>
    <message>
        <source>%1 thousand yen (estimated)</source>
        <translation>%1 千円（見込）</translation>
    </message>
    <message>
        <source>Outside 80–120% of the budget</source>
        <translation>予算額の80〜120%の範囲外です</translation>
    </message>
    <message>
        <source>Indicators (none found)</source>
        <translation>指標（なし）</translation>
    </message>
    <message numerus="yes">
        <source>Indicators (%n)</source>
        <translation>
            <numerusform>指標（%n件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Achievements (%n)</source>
        <translation>
            <numerusform>主な取組の実績（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Source (page %1)</source>
        <translation>原本（%1ページ）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原本</translation>
    </message>
    <message>
        <source>Page %1 of %2, the project&apos;s row outlined</source>
        <translation>%2 の%1ページ（事業の行を枠で示します）</translation>
    </message>
    <message>
        <source>Years (%1)</source>
        <translation>年度 (%1)</translation>
    </message>
    <message>
        <source>The same project in every fiscal year in the database</source>
        <translation>データベース内の各年度の同じ事業</translation>
    </message>
    <message>
        <source>Source (line %1)</source>
        <translation>原本（%1行目）</translation>
    </message>
    <message>
        <source>Line %1 of %2 and the lines around it, the project&apos;s line highlighted</source>
        <translation>%2 の %1 行目とその前後（事業の行を強調表示）</translation>
    </message>
    <message>
        <source>Source (row %1)</source>
        <translation>原本（%1行目）</translation>
    </message>
    <message>
        <source>Sheet %1, row %2 of %3</source>
        <translation>%3 のシート %1、%2 行目</translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordFormat</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>far above target</source>
        <translation>目標を大きく上回って達成</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>目標を上回って達成</translation>
    </message>
    <message>
        <source>roughly on target</source>
        <translation>目標をほぼ達成</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>目標を下回った</translation>
    </message>
    <message>
        <source>far below target</source>
        <translation>目標を大きく下回った</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>achievement level number and label</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>FY%1 (Reiwa %2)</source>
        <translation>%1年度（令和%2年度）</translation>
    </message>
    <message>
        <source>FY%1 (Heisei %2)</source>
        <translation>%1年度（平成%2年度）</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>P%1</translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordQuery</name>
    <message>
        <source>the database answered no row</source>
        <translation>データベースが行を返しませんでした</translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordReader</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: unknown text encoding &quot;%2&quot;</source>
        <translation>%1: 不明な文字コード「%2」</translation>
    </message>
    <message>
        <source>the file ends inside a %1 character; the last bytes were dropped</source>
        <translation>ファイルが %1 の文字の途中で終わっているため、末尾のバイトを捨てました</translation>
    </message>
    <message>
        <source>%1: no header row (the file is empty)</source>
        <translation>%1: 見出し行がありません (ファイルが空です)</translation>
    </message>
    <message>
        <source>invalid %1 byte sequence, shown as �; if the file is in another encoding, name it (--encoding)</source>
        <translation>%1 として不正なバイト列を � に置き換えました。別の文字コードのファイルなら --encoding で指定してください</translation>
    </message>
    <message>
        <source>row skipped: more than %1 cells</source>
        <translation>行をスキップ: セルが%1個を超えています</translation>
    </message>
    <message>
        <source>row skipped: a quoted cell starting on this line is never closed</source>
        <translation>行をスキップ: この行で始まる引用符付きのセルが閉じられていません</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>line longer than %1 MiB skipped</source>
        <translation>%1 MiB を超える行をスキップしました</translation>
    </message>
    <message>
        <source>invalid UTF-8; unreadable characters replaced</source>
        <translation>UTF-8 として不正なため、読めない文字を置き換えました</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) with invalid UTF-8</source>
        <translation>
            <numerusform>ほかに UTF-8 として不正な行が%n行あります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>a DOCTYPE declaring entities is not allowed</source>
        <translation>実体を宣言する DOCTYPE は使えません</translation>
    </message>
    <message>
        <source>sheet %1: %2</source>
        <translation>シート %1: %2</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (%2 is missing)</source>
        <translation>%1: XLSX ブックではありません (%2 がありません)</translation>
    </message>
    <message>
        <source>%1: the entry %2 would unpack to %3 MiB, more than the %4 MiB allowed; refused as a possible zip bomb</source>
        <translation>%1: エントリ %2 は展開すると %3 MiB になり、上限の %4 MiB を超えます。zip 爆弾の疑いがあるため拒否しました</translation>
    </message>
    <message>
        <source>%1: the entry %2 is compressed more than %3:1; refused as a possible zip bomb</source>
        <translation>%1: エントリ %2 の圧縮率が %3:1 を超えています。zip 爆弾の疑いがあるため拒否しました</translation>
    </message>
    <message>
        <source>%1: cannot unpack the entry %2: %3</source>
        <translation>%1: エントリ %2 を展開できません: %3</translation>
    </message>
    <message>
        <source>%1: the entry %2 unpacks to more than its size allows; refused as a possible zip bomb</source>
        <translation>%1: エントリ %2 が記載のサイズを超えて展開されます。zip 爆弾の疑いがあるため拒否しました</translation>
    </message>
    <message>
        <source>%1: %2 is not valid XML (line %3): %4</source>
        <translation>%1: %2 は正しい XML ではありません (%3 行目): %4</translation>
    </message>
    <message>
        <source>sheet %1 cannot be found in the workbook; ignored</source>
        <translation>シート %1 がブック内に見つからないため無視しました</translation>
    </message>
    <message>
        <source>%1: an XLSX file cannot be read from a stream</source>
        <translation>%1: XLSX ファイルはストリームから読み込めません</translation>
    </message>
    <message>
        <source>%1: not an XLSX file (it cannot be opened as a ZIP archive: %2)</source>
        <translation>%1: XLSX ファイルではありません (ZIP アーカイブとして開けません: %2)</translation>
    </message>
    <message>
        <source>more than %1 shared strings</source>
        <translation>共有文字列が%1個を超えています</translation>
    </message>
    <message>
        <source>%1: no record table (no table header names the project code and name columns)</source>
        <translation>%1: 一覧表がありません (事務事業コードと事務事業名の列を示す見出しがありません)</translation>
    </message>
    <message>
        <source>%1: no header row (the rows that could hold it were skipped)</source>
        <translation>%1: 見出し行がありません (見出し行になりうる行はスキップされました)</translation>
    </message>
    <message>
        <source> (read as %1; if the file is in another encoding, name it with --encoding)</source>
        <translation> (%1 として読み込みました。別の文字コードのファイルなら --encoding で指定してください)</translation>
    </message>
    <message>
        <source>row skipped: a cell is longer than %1 million characters</source>
        <translation>行を読み飛ばしました: セルが%1百万文字を超えています</translation>
    </message>
    <message>
        <source>row skipped: the row is longer than %1 million characters</source>
        <translation>行を読み飛ばしました: 行が%1百万文字を超えています</translation>
    </message>
    <message>
        <source>%1: the entry %2 holds a text or tag longer than %3 MiB; refused</source>
        <translation>%1: エントリ %2 に %3 MiB を超えるテキストまたはタグがあるため、読み込みを拒否しました</translation>
    </message>
    <message>
        <source>the shared strings hold more than %1 million characters</source>
        <translation>共有文字列が%1百万文字を超えています</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: no header row names the project name column (looked at the first %n row(s); name it with --map name=COLUMN)</source>
        <translation>
            <numerusform>%1:%2: 事業名の列を示す見出し行がありません（先頭%n行を確認。--map name=COLUMN で指定してください）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1（%2ページ）</translation>
    </message>
    <message>
        <source>%1: PDF larger than %2 MiB; not read</source>
        <translation>%1: PDF が %2 MiB を超えるため読み込みません</translation>
    </message>
    <message>
        <source>%1: not a readable PDF (damaged or not a PDF)</source>
        <translation>%1: 読み取れる PDF ではありません（破損しているか PDF ではありません）</translation>
    </message>
    <message>
        <source>%1: encrypted PDF; it opens only with its password, which Hyoka does not ask for</source>
        <translation>%1: 暗号化された PDF です。パスワードが必要なため Hyoka では読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>%1: no text on any of its %n page(s) (a scanned image?); Hyoka reads the text layer and does no OCR</source>
        <translation>
            <numerusform>%1: %n ページのどこにも文字がありません（スキャン画像？）。Hyoka はテキスト層を読み、OCR は行いません</numerusform>
        </translation>
    </message>
    <message>
        <source>no text on this page (a scanned image?); skipped</source>
        <translation>このページには文字がありません（スキャン画像？）。読み飛ばしました</translation>
    </message>
    <message>
        <source>sheet %1 has no record table (no header names the project name); ignored</source>
        <translation>シート %1 には事業の表がありません（事業名の見出しがありません）。無視します</translation>
    </message>
    <message>
        <source>%1: no sheet has a header naming the project name column (name it with --map name=COLUMN)</source>
        <translation>%1: 事業名の列を示す見出しのあるシートがありません（--map name=COLUMN で指定してください）</translation>
    </message>
    <message numerus="yes">
        <source>%1: no record table on any of its %n page(s) (no table header names the project name and two more fields)</source>
        <translation>
            <numerusform>%1: %n ページのどこにも評価結果の表がありません（事業名とほかに二つの項目の列を示す表の見出しがありません）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordStore</name>
    <message>
        <source>%1:%2: cannot store project %3: %4</source>
        <translation>%1:%2: 事務事業 %3 を保存できません: %4</translation>
    </message>
    <message>
        <source>project %1 of %2 appears twice; the later row is kept</source>
        <translation>%2年度の事務事業 %1 が2回出てきます。後の行を採用しました</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>インポートを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>インポートを記録できません: %1</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>インポートを準備できません: %1</translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>インポートを確定できません: %1</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>cannot update the search index: %1</source>
        <translation>検索用索引を更新できません: %1</translation>
    </message>
    <message>
        <source>project %1 (%2 %3) appears more than once; kept as project no. %4 of that name</source>
        <translation>事業 %1 (%2 %3) が複数回あります。同じ名前の %4 番目の事業として取り込みました</translation>
    </message>
    <message>
        <source>cannot store the records: %1</source>
        <translation>記録を保存できません: %1</translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordTableModel</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>事務事業名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>サービス分類</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算額</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>決算額</translation>
    </message>
    <message>
        <source>Exec. rate</source>
        <translation>執行率</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>参考頁</translation>
    </message>
    <message>
        <source>%1 thousand yen</source>
        <translation>%1 千円</translation>
    </message>
    <message>
        <source>%1 thousand yen, estimated (見込)</source>
        <translation>%1 千円（見込）</translation>
    </message>
    <message>
        <source>Settlement is %1 of the budget: outside 80–120%</source>
        <translation>決算額は予算額の%1です: 80〜120%の範囲外</translation>
    </message>
    <message>
        <source>Budget, thousand yen</source>
        <translation>予算額（千円）</translation>
    </message>
    <message>
        <source>Settlement, thousand yen (est. = estimated, 見込)</source>
        <translation>決算額（千円）。「見込」は見込額</translation>
    </message>
    <message>
        <source>Settlement ÷ budget; marked outside 80–120%</source>
        <translation>決算額 ÷ 予算額。80〜120%の範囲外を強調表示します</translation>
    </message>
    <message>
        <source>Achievement level: 1 far above target … 5 far below target</source>
        <translation>事業の達成度: 1 目標を大きく上回って達成 … 5 目標を大きく下回った</translation>
    </message>
    <message>
        <source>Page in the reference material</source>
        <translation>参考資料掲載頁</translation>
    </message>
    <message>
        <source>%1 est.</source>
        <comment>estimated settlement (見込)</comment>
        <translation>%1 見込</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>column: the review rules that fire</comment>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>フラグなし</translation>
    </message>
    <message>
        <source>%1 — by %2, version %3</source>
        <comment>flag status — by reviewer, version</comment>
        <translation>%1 — %2、版 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>No review rule suggests this project</source>
        <translation>この事業を提案するレビュールールはありません</translation>
    </message>
    <message>
        <source>Suggested for review by:</source>
        <translation>次のルールがレビューを提案しています:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>rule name: what it tests</comment>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>The reviewers&apos; flag: flagged, reviewed or dismissed</source>
        <translation>レビュー担当者のフラグ: 要確認・確認済・対応不要</translation>
    </message>
    <message>
        <source>Review rules that suggest a closer look (hover a cell for which)</source>
        <translation>詳しく見るよう提案しているレビュールール（セルにポインタを置くと表示）</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>課</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>%1 (FY%2)</source>
        <comment>amount of another fiscal year</comment>
        <translation>%1（%2年度）</translation>
    </message>
    <message>
        <source>%1 thousand yen of FY%2; the table gives none of FY%3, so no execution rate is computed</source>
        <translation>%2年度の %1 千円（%3年度の額がないため執行率は計算しません）</translation>
    </message>
    <message>
        <source>%1: step %2 of %3 (%4)</source>
        <comment>scale: step n of ranks (step name)</comment>
        <translation>%1：%3 段階中 %2（%4）</translation>
    </message>
    <message>
        <source>Prev. rating</source>
        <comment>column: the rating of the year before</comment>
        <translation>前年度評価</translation>
    </message>
    <message>
        <source>Prev. budget</source>
        <comment>column: the budget of the year before</comment>
        <translation>前年度予算額</translation>
    </message>
    <message>
        <source>Budget change</source>
        <comment>column: budget against the year before, %</comment>
        <translation>予算増減</translation>
    </message>
    <message>
        <source>Years below</source>
        <comment>column: years rated below target</comment>
        <translation>未達年数</translation>
    </message>
    <message>
        <source>New this year: the project has no earlier year in the database</source>
        <translation>今年度の新規: データベースにこの事業の前年度以前の記録がありません</translation>
    </message>
    <message>
        <source>FY%1: rating %2, budget %3 thousand yen</source>
        <comment>the project&apos;s previous year</comment>
        <translation>%1年度: 評価 %2、予算額 %3 千円</translation>
    </message>
    <message numerus="yes">
        <source>%n of the project&apos;s years up to this one rated in the review part of the scale</source>
        <translation>
            <numerusform>この年度までに評価が要確認の段階だった年数: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordWriter</name>
    <message>
        <source>the database gave no id for the new record</source>
        <translation>データベースが新しいレコードの ID を返しませんでした</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReportLayout</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Budget
(予算額)
thousand yen</source>
        <translation>予算額
千円</translation>
    </message>
    <message>
        <source>Settlement
(決算額)
thousand yen</source>
        <translation>決算額
千円</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>bureau and its number of projects</comment>
        <translation>%1（%2件）</translation>
    </message>
    <message>
        <source>(no bureau)</source>
        <translation>(局なし)</translation>
    </message>
    <message>
        <source>Fiscal years</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bureaus</source>
        <translation>局</translation>
    </message>
    <message>
        <source>Filters applied</source>
        <translation>適用した条件</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>事業数</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget (予算額)</source>
        <translation>予算額</translation>
    </message>
    <message>
        <source>Settlement (決算額)</source>
        <translation>決算額</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>執行率</translation>
    </message>
    <message>
        <source>Underperforming (levels 4–5)</source>
        <translation>目標未達（達成度4〜5）</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Contents: 1. Totals by bureau · 2. Budget, settlement and achievement levels by bureau (charts) · 3. Flagged and suggested projects</source>
        <translation>目次: 1. 局別の合計 · 2. 局別の予算額・決算額・達成度 (グラフ) · 3. フラグ付きの事業と提案された事業</translation>
    </message>
    <message>
        <source>1. Totals by bureau</source>
        <translation>1. 局別の合計</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Lv %1</source>
        <translation>達成度
%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Execution rate = settlement / budget, over the projects that have both figures. Levels: 1 far above target … 5 far below target; levels 4 and 5 are underperforming.</source>
        <translation>執行率 = 決算額 / 予算額 (両方の金額がある事業について)。達成度: 1 目標を大きく上回って達成 … 5 目標を大きく下回った。達成度4と5を目標未達とします。</translation>
    </message>
    <message>
        <source>2. Budget, settlement and achievement levels by bureau</source>
        <translation>2. 局別の予算額・決算額・達成度</translation>
    </message>
    <message>
        <source>3. Flagged and suggested projects</source>
        <translation>3. フラグ付きの事業と提案された事業</translation>
    </message>
    <message>
        <source>Projects a reviewer flagged, and projects the review rules suggest (achievement level below target, execution rate outside the expected range, self-rating inconsistent with the indicators, indicator units that differ), by bureau in the order of the source documents.</source>
        <translation>レビュー担当者がフラグを付けた事業と、レビュールールが提案する事業 (達成度が目標を下回る、執行率が想定の範囲外、自己評価が指標と合わない、指標の単位が異なる) を、局ごとに元資料の順で示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) listed.</source>
        <translation>
            <numerusform>%n事業を掲載しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed: narrow the filter to see them.</source>
        <translation>
            <numerusform>ほかに%n事業を省略しました。条件を絞り込むと表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>事務事業名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>Status and reasons</source>
        <translation>状態と理由</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n project(s)</source>
        <translation>
            <numerusform>%1 — %n事業</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last fiscal year</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n fiscal year(s))</source>
        <translation>
            <numerusform>%1（%n年度分）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>bureau, its number of projects, its rating scales</comment>
        <translation>%1（%2件、%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n project(s)</source>
        <comment>bureau (rating scale) — count</comment>
        <translation>
            <numerusform>%1（%2）— %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>3. Changes since the previous fiscal year</source>
        <translation>3. 前年度からの変化</translation>
    </message>
    <message>
        <source>For each bureau, its latest fiscal year in this report against the bureau&apos;s previous fiscal year in the database: projects new that year, projects that ended (no record in that year although the bureau has records of it), projects rated worse than in their previous year on the same scale, and projects below target (achievement level %1 or worse) in both years. Largest budgets first; money in thousand yen.</source>
        <translation>各局について、この報告書で最も新しい年度を、データベース上のその局の前年度と比べます: その年度の新規事業、終了した事業（局にはその年度の記録があるのに事業の記録がないもの）、同じ評価尺度で前年度より評価が悪化した事業、両年度とも目標未達（達成度%1以下）の事業。予算額の大きい順、金額は千円。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>bureau: fiscal year</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No earlier fiscal year of this bureau in the database: nothing to compare.</source>
        <translation>この局の前年度の記録がデータベースにないため、比較できません。</translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <comment>bureau: fiscal year against the previous one</comment>
        <translation>%1：%2（%3との比較）</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>projects new this year</comment>
        <translation>
            <numerusform>新規%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <comment>projects gone this year</comment>
        <translation>
            <numerusform>終了%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated worse</source>
        <translation>
            <numerusform>評価悪化%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below target again</source>
        <translation>
            <numerusform>2年続けて目標未達%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>%1の新規事業</translation>
    </message>
    <message>
        <source>Ended: in %1, not in %2</source>
        <translation>終了: %1にあり、%2にない事業</translation>
    </message>
    <message>
        <source>Rated worse than the year before</source>
        <translation>前年度より評価が悪化した事業</translation>
    </message>
    <message>
        <source>Below target again (level %1 or worse in both years)</source>
        <translation>2年続けて目標未達（両年度とも達成度%1以下）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n project(s)</source>
        <comment>a list of changes and its length</comment>
        <translation>
            <numerusform>%1 — %n事業</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating
FY%1</source>
        <translation>評価
%1年度</translation>
    </message>
    <message>
        <source>Budget FY%1
(予算額)
thousand yen</source>
        <translation>%1年度
予算額
千円</translation>
    </message>
    <message>
        <source>Budget change</source>
        <translation>予算増減</translation>
    </message>
    <message>
        <source>Settlement FY%1
(決算額)
thousand yen</source>
        <translation>%1年度
決算額
千円</translation>
    </message>
    <message>
        <source>(FY%1)</source>
        <comment>a project&apos;s previous year</comment>
        <translation>（%1年度）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>projects not listed</comment>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents: 1. Totals by bureau · 2. Budget, settlement and achievement levels by bureau (charts) · 3. Changes since the previous fiscal year, by bureau · 4. Flagged and suggested projects</source>
        <translation>目次: 1. 局別の合計 · 2. 局別の予算額・決算額・達成度 (グラフ) · 3. 局別の前年度からの変化 · 4. フラグ付きの事業と提案された事業</translation>
    </message>
    <message>
        <source>4. Flagged and suggested projects</source>
        <translation>4. フラグ付きの事業と提案された事業</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReportWriter</name>
    <message>
        <source>(no bureau)</source>
        <translation>(局なし)</translation>
    </message>
    <message>
        <source>Evaluation summary report</source>
        <translation>評価結果サマリーレポート</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>レポートを作成できません: %1</translation>
    </message>
    <message>
        <source>The report needs a QApplication to draw its charts</source>
        <translation>レポートのグラフを描くには QApplication が必要です</translation>
    </message>
    <message>
        <source>The report cannot be painted on this device</source>
        <translation>このデバイスにはレポートを描画できません</translation>
    </message>
    <message>
        <source>The report could not be finished</source>
        <translation>レポートを完成できませんでした</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>flag status and reviewer</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>flag reason and its free text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rule and its numbers</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none (all records)</source>
        <translation>なし（全レコード）</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>文字列「%1」</translation>
    </message>
    <message>
        <source>(no year)</source>
        <translation>(年度なし)</translation>
    </message>
    <message>
        <source>years: %1</source>
        <translation>年度: %1</translation>
    </message>
    <message>
        <source>bureaus: %1</source>
        <translation>局: %1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(分類なし)</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>サービス分類: %1</translation>
    </message>
    <message>
        <source>(no level)</source>
        <translation>(達成度なし)</translation>
    </message>
    <message>
        <source>levels: %1</source>
        <translation>達成度: %1</translation>
    </message>
    <message>
        <source>underperforming only (levels 4–5)</source>
        <translation>目標未達のみ（達成度4〜5）</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>フラグ: %1</translation>
    </message>
    <message>
        <source>suggested by the review rules</source>
        <translation>レビュールールによる提案あり</translation>
    </message>
    <message>
        <source>not suggested by the review rules</source>
        <translation>レビュールールによる提案なし</translation>
    </message>
    <message>
        <source>No review database is open.</source>
        <translation>レビューデータベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewBackup</name>
    <message>
        <source>no database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダを作成できません</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>バックアップ %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>バックアップ %1 を書き込めません</translation>
    </message>
    <message>
        <source>%1: not a Hyoka review backup</source>
        <translation>%1: Hyoka のレビューのバックアップではありません</translation>
    </message>
    <message>
        <source>%1: cannot read the backup</source>
        <translation>%1: バックアップを読み込めません</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewController</name>
    <message>
        <source>&amp;Flag with Suggested Reason</source>
        <translation>提案された理由でフラグを付ける(&amp;F)</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Flag the selected projects for review (要確認) with the reason the review rules suggest (%1)</source>
        <translation>選択した事業に、レビュールールが提案する理由で要確認のフラグを付けます（%1）</translation>
    </message>
    <message>
        <source>Mark as &amp;Reviewed</source>
        <translation>確認済にする(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>対応不要にする(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected projects as needing no action (対応不要)</source>
        <translation>選択した事業を対応不要にします</translation>
    </message>
    <message>
        <source>Remove F&amp;lag</source>
        <translation>フラグを外す(&amp;L)</translation>
    </message>
    <message>
        <source>Review &amp;Settings…</source>
        <translation>レビューの設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Your reviewer name and the review rules&apos; thresholds</source>
        <translation>レビュー担当者名とレビュールールのしきい値</translation>
    </message>
    <message>
        <source>&amp;Export Review List…</source>
        <translation>レビューリストを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the flagged and suggested projects with reasons and notes as CSV or XLSX</source>
        <translation>フラグ付きの事業と提案された事業を、理由とメモとともに CSV または XLSX で保存します</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>やり直す(&amp;R): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>やり直す: %1</translation>
    </message>
    <message>
        <source>%1 changed this flag meanwhile (version %2). Saving will ask which version to keep.</source>
        <translation>その間に %1 がこのフラグを変更しました（版 %2）。保存するときに、残す版を尋ねます。</translation>
    </message>
    <message>
        <source>Flag Not Saved</source>
        <translation>フラグを保存できませんでした</translation>
    </message>
    <message>
        <source>The flag could not be saved; nothing was changed.

%1</source>
        <translation>フラグを保存できませんでした。何も変更していません。

%1</translation>
    </message>
    <message>
        <source>Select the projects to flag first.</source>
        <translation>先にフラグを付ける事業を選択してください。</translation>
    </message>
    <message>
        <source>Change Flags</source>
        <translation>フラグの変更</translation>
    </message>
    <message numerus="yes">
        <source>Change the flag of %n project(s)?</source>
        <translation>
            <numerusform>%n件の事業のフラグを変更しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the flags are already so.</source>
        <translation>変更はありません。フラグはすでにその状態です。</translation>
    </message>
    <message numerus="yes">
        <source>Change the flags of %n project(s)</source>
        <translation>
            <numerusform>%n件の事業のフラグを変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Settings</source>
        <translation>レビューの設定</translation>
    </message>
    <message>
        <source>The review rules could not be saved: %1</source>
        <translation>レビュールールを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Review List</source>
        <translation>レビューリストを書き出す</translation>
    </message>
    <message>
        <source>review-list.csv</source>
        <translation>レビューリスト.csv</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 を書き出せませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1.</source>
        <translation>
            <numerusform>%n件の事業を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not changed: %n project(s) of bureaus you do not review.</source>
        <translation>
            <numerusform>変更していません: 担当外の局の事業 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of the bureaus you review: you can read this flag but not change it.</source>
        <translation>%1 は担当する局ではありません: このフラグは読めますが変更できません。</translation>
    </message>
    <message>
        <source>Writing the review list to %1…</source>
        <translation>レビューリストを %1 に書き出しています…</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewDatabase</name>
    <message>
        <source>%1: not a valid postgresql://user@host:port/dbname URL</source>
        <translation>%1: 正しい postgresql://user@host:port/dbname 形式の URL ではありません</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL) is not installed</source>
        <translation>PostgreSQL ドライバ (QPSQL) がインストールされていません</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: 接続できません: %2</translation>
    </message>
    <message>
        <source>%1: is a directory, not a database file</source>
        <translation>%1: データベースファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: not a Hyoka database or damaged: %2</source>
        <translation>%1: Hyoka のデータベースではないか、壊れています: %2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the database: %2</source>
        <translation>%1: データベースを準備できません: %2</translation>
    </message>
    <message>
        <source>cannot back up the database before upgrading it: %1</source>
        <translation>更新前にデータベースをバックアップできません: %1</translation>
    </message>
    <message>
        <source>cannot back up the database to %1 before upgrading it: %2</source>
        <translation>更新前にデータベースを %1 にバックアップできません: %2</translation>
    </message>
    <message>
        <source>the database was made by a newer Hyoka (schema %1, this one knows %2)</source>
        <translation>このデータベースは新しい版の Hyoka で作成されています (スキーマ %1、この版が扱えるのは %2 まで)</translation>
    </message>
    <message>
        <source>%1: a backup made before the last upgrade is available: %2 (hyoka restore --db %1 puts it back)</source>
        <translation>%1: 前回の更新前に作成したバックアップがあります: %2 (hyoka restore --db %1 で戻せます)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the database file is empty</source>
        <translation>%1: データベースファイルが空です</translation>
    </message>
    <message>
        <source>%1: not a Hyoka database (it holds other tables); it was left unchanged</source>
        <translation>%1: Hyoka のデータベースではありません (別の表があります)。変更していません</translation>
    </message>
    <message>
        <source>the review database %1 is read-only for you; ask its owner for write access</source>
        <translation>レビューデータベース %1 は読み取り専用です。所有者に書き込み権限を依頼してください</translation>
    </message>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1: データベースを読み込めません: %2</translation>
    </message>
    <message>
        <source>sslmode takes one of %1, not &quot;%2&quot;</source>
        <translation>sslmode には %1 のいずれかを指定します(「%2」ではなく)</translation>
    </message>
    <message>
        <source>the CA certificate %1 cannot be read</source>
        <translation>CA 証明書 %1 を読み込めません</translation>
    </message>
    <message>
        <source>%1 stayed busy for %2 s: %3 holds its write lock; try again when it has finished</source>
        <translation>%1 は %2 秒間使用中のままでした。%3 が書き込みロックを保持しています。終わってからもう一度お試しください</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>プロセス %1</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>プロセス %1 (%2)</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: 接続されていません</translation>
    </message>
    <message>
        <source>%1: the connection was closed</source>
        <translation>%1: 接続は閉じられました</translation>
    </message>
    <message>
        <source>%1: the database was not checked before it was taken</source>
        <translation>%1: データベースは確認される前に渡されました</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewList</name>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>局</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>事務事業コード</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>事務事業名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>Budget (thousand yen)</source>
        <translation>予算額（千円）</translation>
    </message>
    <message>
        <source>Settlement (thousand yen)</source>
        <translation>決算額（千円）</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>執行率</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reason (free text)</source>
        <translation>理由（自由記述）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>更新日時（UTC）</translation>
    </message>
    <message>
        <source>Flag version</source>
        <translation>フラグの版</translation>
    </message>
    <message>
        <source>Suggested by rules</source>
        <translation>ルールによる提案</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>提案の理由</translation>
    </message>
    <message>
        <source>cannot read the records</source>
        <translation>レコードを読み込めません</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewListWriter</name>
    <message>
        <source>Review list</source>
        <translation>レビューリスト</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: フォルダ %2 がありません</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file: %2</source>
        <translation>%1: 一時ファイルを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: ブックを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot add a worksheet</source>
        <translation>%1: ワークシートを追加できません</translation>
    </message>
    <message>
        <source>%1: more rows than a worksheet holds</source>
        <translation>%1: ワークシートに入りきらない行数です</translation>
    </message>
    <message>
        <source>%1: project %2: cannot write %3: %4</source>
        <translation>%1: 事務事業 %2: %3 を書き込めません: %4</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: ブックを書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>%1: the workbook could not be written completely (%2); is the disk or the temporary folder full?</source>
        <translation>%1: ブックを最後まで書き込めませんでした（%2）。ディスクまたは一時フォルダーがいっぱいではありませんか?</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewPanel</name>
    <message>
        <source>History (no changes yet)</source>
        <translation>履歴（変更なし）</translation>
    </message>
    <message numerus="yes">
        <source>History (%n change(s))</source>
        <translation>
            <numerusform>履歴（%n件の変更）</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a project to see its review.</source>
        <translation>事業を選択すると、そのレビューを表示します。</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>レビュールール</translation>
    </message>
    <message>
        <source>No review rule suggests this project.</source>
        <translation>この事業を提案するレビュールールはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Suggested for review (%n rule(s))</source>
        <translation>
            <numerusform>レビューの提案（%n件のルール）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewRules</name>
    <message>
        <source>Low execution rate</source>
        <translation>執行率が低い</translation>
    </message>
    <message>
        <source>High execution rate</source>
        <translation>執行率が高い</translation>
    </message>
    <message>
        <source>Self-rating inconsistent with the indicators</source>
        <translation>自己評価が指標と合わない</translation>
    </message>
    <message>
        <source>Indicator units differ</source>
        <translation>指標の単位が異なる</translation>
    </message>
    <message>
        <source>achievement level %1 or worse</source>
        <translation>達成度が%1以下</translation>
    </message>
    <message>
        <source>settlement below %1 of the budget</source>
        <translation>決算額が予算額の%1未満</translation>
    </message>
    <message>
        <source>settlement above %1 of the budget</source>
        <translation>決算額が予算額の%1超</translation>
    </message>
    <message>
        <source>rated better than level %1 while an indicator is below %2 of its target, or rated level %1 or worse while every indicator reaches %3</source>
        <translation>目標の%2未満の指標があるのに達成度を%1より良く評価している、またはすべての指標が%3に達しているのに達成度を%1以下と評価している</translation>
    </message>
    <message>
        <source>an indicator&apos;s actual and target figures are in different units</source>
        <translation>指標の実績と目標の単位が異なる</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(名称なし)</translation>
    </message>
    <message>
        <source>indicator %1: %2 %3 against a target of %4 %5</source>
        <translation>指標 %1: 目標 %4 %5 に対して %2 %3</translation>
    </message>
    <message>
        <source>indicator %1 %2/%3 %4 = %5</source>
        <translation>指標 %1 %2/%3 %4 = %5</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>achievement level %1 ≥ %2</source>
        <translation>達成度 %1 ≥ %2</translation>
    </message>
    <message>
        <source>execution rate %1 &lt; %2</source>
        <translation>執行率 %1 &lt; %2</translation>
    </message>
    <message>
        <source>execution rate %1 &gt; %2</source>
        <translation>執行率 %1 &gt; %2</translation>
    </message>
    <message>
        <source>rated level %1 (better than %2) while an indicator is below %3 of its target</source>
        <translation>目標の%3未満の指標があるのに達成度を%1 (%2より良い) と評価</translation>
    </message>
    <message>
        <source>rated level %1 while every indicator reaches %2 of its target</source>
        <translation>すべての指標が目標の%2に達しているのに達成度を%1と評価</translation>
    </message>
    <message>
        <source>an achievement level must be between 1 and 5, not %1</source>
        <translation>達成度は1〜5で指定してください (%1 は使えません)</translation>
    </message>
    <message>
        <source>a ratio must be a number of 0 or more</source>
        <translation>比率には0以上の数値を指定してください</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>不明なルール「%1」</translation>
    </message>
    <message>
        <source>Rating in the review part of its scale</source>
        <translation>評価が要確認の段階</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>scale name, review steps</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>step (published label)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2 (review part %3)</source>
        <comment>scale, step, review steps</comment>
        <translation>%1 %2（要確認：%3）</translation>
    </message>
    <message>
        <source>the review part of the %1 scale must start at a step from 1 to 26, or 0 for none</source>
        <translation>%1の要確認の開始段階は 1〜26（なしは 0）で指定してください</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewSession</name>
    <message>
        <source>No bureau is granted to you for review: you can read every flag and note, but not change them. Ask the database&apos;s administrator (hyoka grant).</source>
        <translation>レビューを担当する局が割り当てられていません: フラグとメモはすべて読めますが、変更はできません。データベースの管理者に依頼してください (hyoka grant)。</translation>
    </message>
    <message>
        <source>You review %1: the projects of other bureaus are greyed out; you can read their flags but not change them.</source>
        <translation>担当: %1。ほかの局の事業は灰色で表示され、フラグは読めますが変更できません。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No review database is open.</source>
        <translation>レビューデータベースが開かれていません。</translation>
    </message>
    <message>
        <source>“%1” (%2, FY%3)</source>
        <comment>project name (code, fiscal year)</comment>
        <translation>「%1」（%2、%3年度）</translation>
    </message>
    <message>
        <source>The database is read-only: the review rules cannot be changed.</source>
        <translation>データベースは読み取り専用です。レビュールールは変更できません。</translation>
    </message>
    <message numerus="yes">
        <source>Change the flags of %n project(s)</source>
        <translation>
            <numerusform>%n件の事業のフラグを変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>やり直しました: %1</translation>
    </message>
    <message>
        <source>%1: no such record any more</source>
        <translation>%1: このレコードはもうありません</translation>
    </message>
    <message numerus="yes">
        <source>Flag saved (%n change(s)).</source>
        <translation>
            <numerusform>フラグを保存しました（%n件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the version saved by %1.</source>
        <translation>%1 が保存した版を残しました。</translation>
    </message>
    <message>
        <source>Not saved: the connection to the review server is lost; nothing was changed. Try again once it is back.</source>
        <translation>保存されていません: レビューサーバーとの接続が切れているため、何も変更していません。接続が戻ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the review server is lost. The change is saved once it is back.</source>
        <translation>まだ保存されていません: レビューサーバーとの接続が切れています。接続が戻ると変更を保存します。</translation>
    </message>
    <message>
        <source>The review session could not open its connection: %1</source>
        <translation>レビューセッションの接続を開けませんでした: %1</translation>
    </message>
    <message>
        <source>Not saved: the connection to the review server is lost. Try again once it is back.</source>
        <translation>保存されていません: レビューサーバーとの接続が切れています。接続が戻ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>the review server does not answer</source>
        <translation>レビューサーバーが応答しません</translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewSettingsDialog</name>
    <message numerus="yes">
        <source>With these rules %n project(s) in this database are suggested for review.</source>
        <translation>
            <numerusform>この設定では、このデータベースの%n件の事業がレビュー対象として提案されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Settings</source>
        <translation>レビューの設定</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>確認しない</translation>
    </message>
    <message>
        <source>Review %1 from:</source>
        <comment>scale name</comment>
        <translation>%1の要確認の開始：</translation>
    </message>
</context>
<context>
    <name>Hyoka::ScaleSteps</name>
    <message>
        <source>achievement level</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>letter grade</source>
        <translation>評価区分</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>numbered verdict</source>
        <translation>番号付き区分</translation>
    </message>
    <message>
        <source>component grades</source>
        <translation>観点別評価</translation>
    </message>
    <message>
        <source>not on the scale</source>
        <translation>尺度外</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>steps from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2–%3</source>
        <comment>review steps of the scale&apos;s steps</comment>
        <translation>%2–%3 のうち %1</translation>
    </message>
</context>
<context>
    <name>Hyoka::SetFlagCommand</name>
    <message>
        <source>Remove the flag of %1</source>
        <translation>フラグを外す (%1)</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>フラグ: %2 (%1)</translation>
    </message>
    <message>
        <source>Change the note of %1</source>
        <translation>メモを変更 (%1)</translation>
    </message>
    <message>
        <source>Change the reason of %1</source>
        <translation>理由を変更 (%1)</translation>
    </message>
    <message>
        <source>Change the flag of %1</source>
        <translation>フラグを変更 (%1)</translation>
    </message>
</context>
<context>
    <name>Hyoka::SourceExcerpt</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n line(s) now, not line %2: the file changed since the import</source>
        <translation>
            <numerusform>%1 は現在 %n 行で、%2 行目がありません（取り込み後にファイルが変更されています）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sheet %2 has no row %3 now: the file changed since the import</source>
        <translation>%1: シート %2 に %3 行目がありません（取り込み後にファイルが変更されています）</translation>
    </message>
    <message>
        <source>%1 has no sheet %2 now: the file changed since the import</source>
        <translation>%1 にシート %2 がありません（取り込み後にファイルが変更されています）</translation>
    </message>
    <message>
        <source>%1: not found (moved, renamed or deleted since the import)</source>
        <translation>%1: 見つかりません（取り込み後に移動・名前変更・削除されています）</translation>
    </message>
    <message>
        <source>%1 is not the file that was imported (its SHA-256 differs); choose the file imported on %2</source>
        <translation>%1 は取り込んだファイルではありません（SHA-256 が異なります）。%2 に取り込んだファイルを選んでください</translation>
    </message>
    <message>
        <source>The file changed since it was imported on %1: the cells may not be the record&apos;s any more.</source>
        <translation>%1 の取り込み後にファイルが変更されています。表示のセルはこの事業のものでない可能性があります。</translation>
    </message>
    <message>
        <source>The file changed since it was imported on %1: the lines may not be the record&apos;s any more.</source>
        <translation>%1 の取り込み後にファイルが変更されています。表示の行はこの事業のものでない可能性があります。</translation>
    </message>
</context>
<context>
    <name>Hyoka::StatedTotals</name>
    <message numerus="yes">
        <source> (%n row(s) above it were skipped)</source>
        <translation>
            <numerusform>（この行より上の %n 行はスキップされました）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>totals row &quot;%1&quot; states %2 projects, but %n record(s) were read above it</source>
        <translation>
            <numerusform>合計行「%1」は %2 事業としていますが、この行より上で読み込んだのは %n 件です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>totals row &quot;%1&quot;: %2 is %3 thousand yen, but the %n record(s) above it add up to %4 thousand yen</source>
        <translation>
            <numerusform>合計行「%1」: %2 は %3 千円ですが、この行より上の %n 件の合計は %4 千円です</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::TextSourceView</name>
    <message>
        <source>Locate…</source>
        <translation>ファイルを指定…</translation>
    </message>
    <message>
        <source>Choose the file this record was imported from; it is used only if it is the same file (SHA-256)</source>
        <translation>この事業を取り込んだファイルを選びます。同じファイル（SHA-256 が一致）の場合だけ使います</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1、シート %2、%3 行目</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>No SHA-256 recorded for this import</source>
        <translation>この取り込みには SHA-256 の記録がありません</translation>
    </message>
    <message>
        <source>Imported on %1; no SHA-256 recorded</source>
        <translation>%1 に取り込み（SHA-256 の記録なし）</translation>
    </message>
    <message>
        <source>Imported on %1; SHA-256 differs now</source>
        <translation>%1 に取り込み（SHA-256 が現在と異なります）</translation>
    </message>
    <message>
        <source>Imported on %1; SHA-256 matches</source>
        <translation>%1 に取り込み（SHA-256 一致）</translation>
    </message>
    <message>
        <source>Row %1 of sheet %2 is empty.</source>
        <translation>シート %2 の %1 行目は空です。</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>%1 の場所を指定</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Hyoka::XlsxRecordWriter</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: フォルダ %2 がありません</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file: %2</source>
        <translation>%1: 一時ファイルを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: ブックを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot add a worksheet</source>
        <translation>%1: ワークシートを追加できません</translation>
    </message>
    <message>
        <source>record %1: %2 is longer than the %3 characters an Excel cell holds</source>
        <translation>レコード %1: %2 が Excel のセルに入る %3 文字を超えています</translation>
    </message>
    <message>
        <source>record %1: cannot write %2: %3</source>
        <translation>レコード %1: %2 を書き込めません: %3</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: ブックを書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the temporary file: %2</source>
        <translation>%1: 一時ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 of its %3 rows</source>
        <translation>%1 には %3 行のうち %2 行があります</translation>
    </message>
    <message>
        <source>%1: the workbook could not be written completely (%2); is the disk or the temporary folder full?</source>
        <translation>%1: ブックを最後まで書き込めませんでした（%2）。ディスクまたは一時フォルダーがいっぱいではありませんか?</translation>
    </message>
</context>
<context>
    <name>Hyoka::YearRules</name>
    <message>
        <source>Below target two years running</source>
        <translation>2 年続けて目標未達</translation>
    </message>
    <message>
        <source>Rating worse than last year</source>
        <translation>評価が前年度より悪化</translation>
    </message>
    <message>
        <source>Budget up while the rating fell</source>
        <translation>評価が下がったのに予算が増加</translation>
    </message>
    <message>
        <source>Project gone the next year</source>
        <translation>翌年度に事業が見当たらない</translation>
    </message>
    <message>
        <source>achievement level %1 or worse this year and the project&apos;s previous year</source>
        <translation>今年度と前年度の達成度がともに %1 以上</translation>
    </message>
    <message>
        <source>a worse rating than the project&apos;s previous year on the same scale</source>
        <translation>同じ尺度で前年度より悪い評価</translation>
    </message>
    <message>
        <source>budget more than %1 above the previous year&apos;s while the rating is worse</source>
        <translation>評価が悪化し、予算が前年度より %1 を超えて増加</translation>
    </message>
    <message>
        <source>no record of the project in the bureau&apos;s next year in the database</source>
        <translation>データベース中の局の翌年度に、この事業の記録がない</translation>
    </message>
    <message>
        <source>%1 thousand yen</source>
        <translation>%1 千円</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>rating %1 in fiscal %2, %3 in fiscal %4</source>
        <translation>評価: %2 年度 %1、%4 年度 %3</translation>
    </message>
    <message>
        <source>achievement level %1 in fiscal %2 and %3 in fiscal %4 (≥ %5)</source>
        <translation>達成度: %2 年度 %1、%4 年度 %3 (≥ %5)</translation>
    </message>
    <message>
        <source>budget %1 in fiscal %2, %3 in fiscal %4: +%5 &gt; %6</source>
        <translation>予算: %2 年度 %1、%4 年度 %3: +%5 &gt; %6</translation>
    </message>
    <message>
        <source>no record in fiscal %1, when its bureau has records of that year; last budget %2</source>
        <translation>局には %1 年度の記録があるのに、この事業の記録がない。最後の予算 %2</translation>
    </message>
</context>
<context>
    <name>Hyoka::ZipArchive</name>
    <message>
        <source>damaged compressed data in %1</source>
        <translation>%1 の圧縮データが壊れています</translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation>読み込めるファイルではありません</translation>
    </message>
    <message>
        <source>not a ZIP archive (too short)</source>
        <translation>ZIP アーカイブではありません (短すぎます)</translation>
    </message>
    <message>
        <source>not a ZIP archive (no central directory)</source>
        <translation>ZIP アーカイブではありません (セントラルディレクトリがありません)</translation>
    </message>
    <message>
        <source>damaged ZIP archive (central directory out of range)</source>
        <translation>ZIP アーカイブが壊れています (セントラルディレクトリが範囲外です)</translation>
    </message>
    <message>
        <source>damaged ZIP archive (bad central directory entry)</source>
        <translation>ZIP アーカイブが壊れています (セントラルディレクトリのエントリが不正です)</translation>
    </message>
    <message>
        <source>%1 is missing from the archive</source>
        <translation>アーカイブに %1 がありません</translation>
    </message>
    <message>
        <source>%1 uses an unsupported compression method (%2)</source>
        <translation>%1 は対応していない圧縮方式 (%2) を使っています</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes uncompressed)</source>
        <translation>%1 は大きすぎます (展開後 %2 バイト)</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times: refused as a possible zip bomb</source>
        <translation>%1 は%2倍を超えて展開されます。zip 爆弾の疑いがあるため拒否しました</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>damaged ZIP archive (bad local header of %1)</source>
        <translation>ZIP アーカイブが壊れています (%1 のローカルヘッダが不正です)</translation>
    </message>
    <message>
        <source>damaged ZIP archive (%1 runs past the end)</source>
        <translation>ZIP アーカイブが壊れています (%1 が末尾を越えています)</translation>
    </message>
    <message>
        <source>damaged entry %1</source>
        <translation>エントリ %1 が壊れています</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 は暗号化されています</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>インポート履歴</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>インポート一覧</translation>
    </message>
    <message>
        <source>Records by Bureau and Year</source>
        <translation>局・年度別の事業</translation>
    </message>
    <message>
        <source>Records by bureau and year</source>
        <translation>局・年度別の事業</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ImportWarningsDialog</name>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>Records by bureau and year</source>
        <translation>局・年度別の事業</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hyoka</source>
        <translation>Hyoka 評価レビュー</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>事務事業一覧</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>最近使ったファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import evaluation tables (Markdown, CSV, XLSX)</source>
        <translation>評価結果一覧をインポートします (Markdown、CSV、XLSX)</translation>
    </message>
    <message>
        <source>&amp;New Review Database…</source>
        <translation>新しいレビューデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Review Database…</source>
        <translation>レビューデータベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open another review database</source>
        <translation>別のレビューデータベースを開きます</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>履歴を消去(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header row</source>
        <translation>選択した行を見出し行付きのタブ区切りテキストでコピーします</translation>
    </message>
    <message>
        <source>Select &amp;All Rows</source>
        <translation>すべての行を選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the name, summary and achievements</source>
        <translation>事務事業名・概要・取組の実績を検索します</translation>
    </message>
    <message>
        <source>&amp;Underperforming Only</source>
        <translation>目標未達のみ(&amp;U)</translation>
    </message>
    <message>
        <source>Underperforming</source>
        <translation>目標未達のみ</translation>
    </message>
    <message>
        <source>Show only projects with achievement level 4 or 5</source>
        <translation>達成度が4または5の事業だけを表示します</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>フィルタをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>フィルタをクリア</translation>
    </message>
    <message>
        <source>Clear the search, the facets and the underperforming toggle</source>
        <translation>検索語、各項目の選択、目標未達の切り替えをすべて解除します</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Hyoka</source>
        <translation>Hyoka について(&amp;A)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>レビュー(&amp;R)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Database…</source>
        <translation>共有データベースに接続(&amp;S)…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Open a review database on a PostgreSQL server shared by a team</source>
        <translation>チームで共有する PostgreSQL サーバー上のレビューデータベースを開きます</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of the Report…</source>
        <translation>レポートの印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview the summary report of the records shown</source>
        <translation>表示中のレコードの概要レポートをプレビューします</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>レポートを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the summary report of the records shown</source>
        <translation>表示中のレコードの概要レポートを印刷します</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>レポートを PDF で書き出す(&amp;D)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview the current chart as printed</source>
        <translation>表示中のグラフの印刷結果をプレビューします</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the current chart</source>
        <translation>表示中のグラフを印刷します</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>PDF で書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>PNG で書き出す(&amp;N)…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>SVG で書き出す(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Import His&amp;tory…</source>
        <translation>インポート履歴(&amp;T)…</translation>
    </message>
    <message>
        <source>Every import of this database with its counts, warnings and hash</source>
        <translation>このデータベースのすべてのインポート（件数・警告・ハッシュ）</translation>
    </message>
    <message>
        <source>Project &amp;Links…</source>
        <translation>事業のつながり(&amp;L)…</translation>
    </message>
    <message>
        <source>The bureau renames and renamed projects that link a project across the fiscal years</source>
        <translation>年度をまたいで事業をつなぐ、局名の変更と事業名の変更</translation>
    </message>
</context>
<context>
    <name>ProjectLinksDialog</name>
    <message>
        <source>Project Links</source>
        <translation>事業のつながり</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Bureau renames</source>
        <translation>局名の変更</translation>
    </message>
    <message>
        <source>Records of a renamed or merged bureau are linked to the projects of the bureau&apos;s new name.</source>
        <translation>名称変更・統合された局の事業を、新しい局名の事業とつなぎます。</translation>
    </message>
    <message>
        <source>&amp;Old bureau:</source>
        <translation>旧局名(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;New bureau:</source>
        <translation>新局名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Renamed projects matched by name</source>
        <translation>名称で照合した事業名の変更</translation>
    </message>
    <message>
        <source>&amp;Same Project</source>
        <translation>同じ事業(&amp;S)</translation>
    </message>
    <message>
        <source>No&amp;t the Same Project</source>
        <translation>別の事業(&amp;T)</translation>
    </message>
    <message>
        <source>Name similarit&amp;y a rename needs:</source>
        <translation>名称変更とみなす類似度(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
</context>
<context>
    <name>RecordDetailPanel</name>
    <message>
        <source>Project details</source>
        <translation>事業の詳細</translation>
    </message>
    <message>
        <source>Select a project in the list to see its details.</source>
        <translation>一覧で事業を選ぶと、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>事務事業名</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>Bureau:</source>
        <translation>局:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>サービス分類:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>達成度:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>予算額:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>決算額:</translation>
    </message>
    <message>
        <source>Exec. rate:</source>
        <translation>執行率:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参考頁:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事務事業の概要</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>主な取組の実績</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>レビュールール</translation>
    </message>
    <message>
        <source>Which review rules fire and why</source>
        <translation>どのレビュールールが該当し、その理由</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Flag history</source>
        <translation>フラグの履歴</translation>
    </message>
</context>
<context>
    <name>ReviewSettingsDialog</name>
    <message>
        <source>Review Settings</source>
        <translation>レビューの設定</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>レビュー担当者名(&amp;R):</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>レビュー担当者名</translation>
    </message>
    <message>
        <source>Written into every flag you change; kept on this computer</source>
        <translation>あなたが変更するすべてのフラグに記録されます。このコンピューターに保存します</translation>
    </message>
    <message>
        <source>Review rules (stored in the database, the same for every reviewer)</source>
        <translation>レビュールール（データベースに保存、全担当者で共通）</translation>
    </message>
    <message>
        <source>Level at least:</source>
        <translation>達成度がこれ以上:</translation>
    </message>
    <message>
        <source>Settlement below:</source>
        <translation>予算に対する決算がこれ未満:</translation>
    </message>
    <message>
        <source>Settlement above:</source>
        <translation>予算に対する決算がこれ超:</translation>
    </message>
    <message>
        <source>Rated as missed from level:</source>
        <translation>未達とみなす達成度:</translation>
    </message>
    <message>
        <source>Rated as achieved, an indicator below:</source>
        <translation>達成とした事業で、指標がこれ未満:</translation>
    </message>
    <message>
        <source>Rated as missed, every indicator at least:</source>
        <translation>未達とした事業で、すべての指標がこれ以上:</translation>
    </message>
    <message>
        <source>The database is read-only for you: the rules can be read but not changed.</source>
        <translation>データベースはあなたには読み取り専用です。ルールは表示できますが、変更はできません。</translation>
    </message>
    <message>
        <source>Across the years (the project&apos;s previous record)</source>
        <translation>年度をまたぐルール（事業の前年度の記録と比較）</translation>
    </message>
    <message>
        <source>Level in both years at least:</source>
        <translation>両年度とも達成度がこれ以上:</translation>
    </message>
    <message>
        <source>Budget up by more than:</source>
        <translation>予算額の増加率がこれを超える:</translation>
    </message>
</context>
</TS>
