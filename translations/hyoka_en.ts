<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show budgets and settlements on a logarithmic scale, so that small projects stay visible next to large ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PDF, PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printable summary report of the records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the current chart as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the summary report of the records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;garithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Flag Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Shared Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review database on a PostgreSQL server, shared by a team of reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is asked for when the server needs one (or taken from ~/.pgpass); Hyoka never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption of the connection (sslmode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file (sslrootcert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the name, summary and achievements; every word must occur (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search projects…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagEditor</name>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason in free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::BackupOffer</name>
    <message>
        <source>Cannot Open Review Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was made before the database was last upgraded, on %1 (%2 KB). Put it back? Changes made since then are not in it; the damaged file is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::BackupTimer</name>
    <message>
        <source>The review work could not be backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review work backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::BureauPermissions</name>
    <message>
        <source>per-bureau permissions need a shared (PostgreSQL) review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the permissions (only the owner of the review tables may): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no role &quot;%1&quot; on the server; create it first (CREATE ROLE %1 LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer needs at least one --bureau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::BureauRenamesModel</name>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (not applied yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from %1 (not applied yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (not applied yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of %1 are linked across the years as if published under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ChartPanel</name>
    <message>
        <source>Budget and settlement by bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects of one bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate against budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bureau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records with a budget and a settlement match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart-bureaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart-projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart-levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart-execution-rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Hyoka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bureau by fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart-years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ChartToolTips</name>
    <message>
        <source>(no bureau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>code, fiscal year, bureau</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>level: count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <comment>level: count of projects (share)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ChildRowBatch</name>
    <message numerus="yes">
        <source>%1 (writing the achievements, indicators and amounts of the %n project(s) before it)</source>
        <translation>
            <numerusform>%1 (writing the achievements, indicators and amounts of the %n project before it)</numerusform>
            <numerusform>%1 (writing the achievements, indicators and amounts of the %n projects before it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ColumnLayout</name>
    <message>
        <source>header %1</source>
        <extracomment>The reason a column got its field: its header text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ColumnProfile</name>
    <message>
        <source>%1: not a column profile (no &quot;fields&quot; object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: amount of unknown kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown unit &quot;%2&quot; (円, 千円, 万円 or 百万円)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON profile (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: an amount is KIND@YEAR with KIND budget, settlement, settlement_estimate or plan and YEAR such as 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: unknown field &quot;%2&quot; (fields: fiscal_year, bureau, division, organisation, no, code, name, category, summary, achievements, budget, settlement, level, rating, grades, ref_page, or KIND@YEAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map</source>
        <extracomment>The reason a column got its field: the command line&apos;s --map option</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ColumnRecognizer</name>
    <message>
        <source>%1: no field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2=%3 names no column of the header (line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: 4–6 digit strings in %1% of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1; values: 部 and 課 in one cell in %2% of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: a rating on the %1 scale (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1; values on the %2 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1; its values are on no known scale (labels kept, no rank)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::Commands</name>
    <message>
        <source>hyoka: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka %1: --year takes a year such as 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka import: name at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) imported</source>
        <translation>
            <numerusform>%1: %n record imported</numerusform>
            <numerusform>%1: %n records imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n updated)</source>
        <translation>
            <numerusform> (%n updated)</numerusform>
            <numerusform> (%n updated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) skipped</source>
        <translation>
            <numerusform>, %n row skipped</numerusform>
            <numerusform>, %n rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>hyoka check: name at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>hyoka export: --format takes json, csv or xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka export: cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database to copy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database to copy into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka copy: give --from DB and --to DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) copied</source>
        <translation>
            <numerusform>%n record copied</numerusform>
            <numerusform>%n records copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s)</source>
        <translation>
            <numerusform>%n audit row</numerusform>
            <numerusform>%n audit rows</numerusform>
        </translation>
    </message>
    <message>
        <source>project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged, reviewed, dismissed or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason in free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse unless the stored version is V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: --year takes a year such as 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: --code takes a project code such as 20101010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: --status takes flagged, reviewed, dismissed or none, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: --reason takes one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: --expect-version takes a version number (0 = never flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: %1 (%2) is at version %3, not %4 (last changed by %5 at %6); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka review-list: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka review-list: --format takes csv or xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka review-list: --format xlsx needs -o OUT.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka review-list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) to review</source>
        <translation>
            <numerusform>%1: %n record to review</numerusform>
            <numerusform>%1: %n records to review</numerusform>
        </translation>
    </message>
    <message>
        <source>hyoka report: name the PDF to write with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka report: cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka report: no records match; the report is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka restore: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  schema %2, %3, %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka restore: %1 has no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file it replaced is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka review-list: cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the records; the database may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka backup: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: review work restored from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  review work (%2), %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the columns as a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file-name pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka %1: --pattern goes with --save-profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka %1: %2: cannot open: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka import: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: read with the saved profile %2 (its pattern %3 matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 saved; files named %2 are read with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka detect: name one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row names the project name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet %2 has a table too (header in row %3); this profile is of the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka profile: list, show NAME or remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka profile: no profile named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project name (a record without a code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bureau (with --name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division (with --name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: --year, --code (or --name for a record without a code) and --status are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka flag: --name takes the project&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup of the review work to put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka restore: --from cannot be combined with --backup or --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka restore: only a SQLite database file has a copy from before an upgrade; --from FILE puts back a backup of the review work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka %1: permissions need a shared database (--db postgresql://user@host:port/dbname); a SQLite file has only its file permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bureau a reviewer may flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may flag the given bureaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may also import and change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes the bureaus (or everything) away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka grant: give --db URL --role NAME and one of --viewer, --reviewer --bureau B [--bureau B…], --admin, --revoke [--bureau B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka grant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka roles: give --db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles granted yet: the tables&apos; owner alone decides (hyoka grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka history: give --code C or --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka history: no project %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm a match by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a match by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLD=NEW: the bureau OLD is NEW in later years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the rename of bureau OLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name similarity a rename needs (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka links: --rename-bureau takes OLD=NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka links: --confirm and --undo need --year Y and --code C (or --name NAME --bureau B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka links: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: records %3 (new %4, updated %5); budget %6, settlement %7 (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bureau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server wants a password: put it in ~/.pgpass, or run the command in a terminal to be asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the saved profiles cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyoka profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the flags: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ConflictDialog</name>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the flag of %2 while you were working on it. Choose which version to keep: nothing is overwritten until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now</source>
        <comment>reviewer, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (version %3)</source>
        <comment>reviewer, time (version)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version (by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your change and show the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over theirs (theirs stays in the history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ConnectDialog</name>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server certificate and name checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ConnectionBanner</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the review server lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(tried %n time(s); next try in %1 s)</source>
        <translation>
            <numerusform>(tried %n time; next try in %1 s)</numerusform>
            <numerusform>(tried %n times; next try in %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag change(s) wait to be saved; they are saved (or shown as a conflict) once the connection is back.</source>
        <translation>
            <numerusform>%n flag change wait to be saved; they are saved (or shown as a conflict) once the connection is back.</numerusform>
            <numerusform>%n flag changes wait to be saved; they are saved (or shown as a conflict) once the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you see may be out of date; flags you save now are saved once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the review server lost: the server no longer accepts the password (it may have been changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the review server lost: the server asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ConnectionWatch</name>
    <message numerus="yes">
        <source>%1: the server has not answered for more than %n second(s)</source>
        <translation>
            <numerusform>%1: the server has not answered for more than %n second</numerusform>
            <numerusform>%1: the server has not answered for more than %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the server has not answered for %n second(s)</source>
        <translation>
            <numerusform>%1: the server has not answered for %n second</numerusform>
            <numerusform>%1: the server has not answered for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::CsvRecordWriter</name>
    <message>
        <source>unknown text encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the character &quot;%2&quot; cannot be written in %3; export as UTF-8 instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::DatabaseBackup</name>
    <message>
        <source>not a SQLite database (its header is damaged, or it is another kind of file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (its header gives an impossible page size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (%1 bytes is not a whole number of %2-byte pages; the file was probably cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (the file holds %1 of its %2 pages; it was probably cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no Hyoka schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot copy the backup next to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the damaged database aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the write-ahead log aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the backup in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::DatabaseCopier</name>
    <message>
        <source>source and target are the same database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the source database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::FacetButton</name>
    <message>
        <source>Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::FacetModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>facet title: selected value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <comment>facet title: number of selected values</comment>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>facet value (number of records)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>suggested: yes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <comment>suggested: no</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rating scale: step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New / gone</source>
        <comment>facet: projects new this year or gone next year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone the year after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::Flag</name>
    <message>
        <source>Flagged</source>
        <comment>要確認</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <comment>確認済</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <comment>対応不要</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not flagged</source>
        <comment>なし</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low achievement level</source>
        <comment>達成度が低い</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator target missed</source>
        <comment>指標未達</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate gap</source>
        <comment>執行率の乖離</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rating does not match the results</source>
        <comment>自己評価と実績の不一致</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>その他</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::FlagEditor</name>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, last changed by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::FlagHistoryModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (free text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::FlagStore</name>
    <message>
        <source>unknown flag status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag reason &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flag of %1 (%2) kept changing while it was being saved; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the flag of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project %1 in fiscal year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not flag %1 (%2): you review other bureaus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::FocusActions</name>
    <message>
        <source>Go to the project list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the filter buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or uncheck a value in a filter&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::GuiApplication</name>
    <message>
        <source>Review database: a SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review municipal project-evaluation results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: ja or en (default: as last chosen, else the system&apos;s; Japanese when the system&apos;s locale is C or POSIX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation tables to import (Markdown, CSV, XLSX, PDF).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::HyokaChart</name>
    <message>
        <source>%1 (%2)</source>
        <comment>axis title and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and settlement by bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects of %1 by budget (the largest %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects of %1 by budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement levels by bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate against budget (the largest %1 of %2 budgets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate against budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (予算額)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (決算額)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution rate —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>project name and fiscal year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>project name and code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>a repeated label and its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80–120% execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement / budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget and settlement by bureau (the %1 largest budgets of %2 bureaus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement levels by bureau (the %1 largest budgets of %2 bureaus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the chart&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>scatter legend: a point per project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by bureau and scale (the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by bureau and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 %3: %n project(s)</source>
        <comment>bureau, scale step: count</comment>
        <translation>
            <numerusform>%1, %2 %3: %n project</numerusform>
            <numerusform>%1, %2 %3: %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>budget FY%1 · settlement FY%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>scale: step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n project(s)</source>
        <comment>scale · count</comment>
        <translation>
            <numerusform>%1 · %n project</numerusform>
            <numerusform>%1 · %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget and settlement of %1 by fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportChoices</name>
    <message>
        <source>%1: no table to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen in the import dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportController</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; files not finished were rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>
            <numerusform>%n record imported: %1 new, %2 updated, %3 skipped.</numerusform>
            <numerusform>%n records imported: %1 new, %2 updated, %3 skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1 saved; files named %2 import with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportDialog</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview (the first rows as Hyoka reads them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field of the current column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as profile (files of this layout then import without this dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the project name (the import needs it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: a project rated %1 needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale &quot;%1&quot;, best first; &amp;check the steps that need review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record&apos;s year %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name and the file names it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a step, or use Up and Down, to put the steps in rank order (the first is rank 1); check the steps that need review: the review rules then suggest the projects rated at them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the fiscal year, or choose the column that holds it: the file names none, and rows without a year are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportHistory</name>
    <message>
        <source>cannot read the imports: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportHistoryDialog</name>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 bytes, SHA-256 %3; %n record(s) still last written by this import</source>
        <translation>
            <numerusform>%1, %2 bytes, SHA-256 %3; %n record still last written by this import</numerusform>
            <numerusform>%1, %2 bytes, SHA-256 %3; %n records still last written by this import</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Its Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the grid the records this import is still the last to have written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the imports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s), newest first. &quot;Still current&quot; counts the records an import is the last to have written.</source>
        <translation>
            <numerusform>%n import, newest first. &quot;Still current&quot; counts the records an import is the last to have written.</numerusform>
            <numerusform>%n imports, newest first. &quot;Still current&quot; counts the records an import is the last to have written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportHistoryModel</name>
    <message>
        <source>Not known for imports made before Hyoka kept these counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records this import is still the last to have written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportJob</name>
    <message>
        <source>The review work could not be backed up before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportNotice</name>
    <message numerus="yes">
        <source>%n import warning(s)</source>
        <translation>
            <numerusform>%n import warning</numerusform>
            <numerusform>%n import warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 warned %n time(s). Click to see where.</source>
        <translation>
            <numerusform>Reading %1 warned %n time. Click to see where.</numerusform>
            <numerusform>Reading %1 warned %n times. Click to see where.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportPlanner</name>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read with the saved profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved import profiles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportPreviewModel</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau and division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (record&apos;s year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (record&apos;s year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ImportWarningsDialog</name>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import warned %n time(s); each line names the file and line:</source>
        <translation>
            <numerusform>The import warned %n time; each line names the file and line:</numerusform>
            <numerusform>The import warned %n times; each line names the file and line:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import of this database, with the records each one is still the last to have written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported: %1 new, %2 updated, %3 skipped. By bureau and fiscal year:</source>
        <translation>
            <numerusform>%n record imported: %1 new, %2 updated, %3 skipped. By bureau and fiscal year:</numerusform>
            <numerusform>%n records imported: %1 new, %2 updated, %3 skipped. By bureau and fiscal year:</numerusform>
        </translation>
    </message>
    <message>
        <source>The import gave no warnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::IndicatorExtractor</name>
    <message>
        <source>indicator &quot;%1&quot;: actual in %2 but target in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::IndicatorTableModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>unit of actual / unit of target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actual figure is in %1 but the target in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the target: below 80%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::LinkDecisions</name>
    <message>
        <source>The link could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: the renamed record continues the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the renamed record is a project of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied; the fiscal years are linked again.</source>
        <translation>
            <numerusform>%n change applied; the fiscal years are linked again.</numerusform>
            <numerusform>%n changes applied; the fiscal years are linked again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::MainWindow</name>
    <message>
        <source>Record counts and totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Review Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Review Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Review Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Evaluation Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n row copied.</numerusform>
            <numerusform>%n rows copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <comment>shown of all records</comment>
        <translation>
            <numerusform>%1 of %Ln record</numerusform>
            <numerusform>%1 of %Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget %1 thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement %1 thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hyoka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hyoka %1&lt;/h3&gt;&lt;p&gt;Reviews the evaluation results of municipal projects (事務事業評価): import the published tables, sort, filter and read every project at a glance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of this chart element are not in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) selected.</source>
        <translation>
            <numerusform>%n project selected.</numerusform>
            <numerusform>%n projects selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>This review database is read-only for you: you can read every flag and note, but not change them. Ask the database owner for write access to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only database: flags cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the selected projects with the suggested reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected projects as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a flag change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo a flag change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underperforming projects only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the detail of the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation tables (*.md *.markdown *.csv *.txt *.xlsx *.pdf);;Markdown (*.md *.markdown);;CSV (*.csv *.txt);;Excel workbooks (*.xlsx);;PDF (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the review server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That year&apos;s record is hidden by the filter: clear the filter to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the records import %1 (%2) last wrote are shown; Edit → Clear Filters shows every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review steps could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review server wants the password again: see the link above the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the review database could not be opened.</source>
        <translation>
            <numerusform>%n file not imported: the review database could not be opened.</numerusform>
            <numerusform>%n files not imported: the review database could not be opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::MoneyFormat</name>
    <message>
        <source>%1千円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1億%2万円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1億円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1万円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>exact money, then a rounded reading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>億円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>千円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billion yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::NameMatchesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not applied yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 of %2 the project %3 of %4, renamed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::PdfSourcePage</name>
    <message>
        <source>%1: not found (moved, renamed or deleted since the import); its page %2 cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s) now, not page %2: the file changed since the import</source>
        <translation>
            <numerusform>%1 has %n page now, not page %2: the file changed since the import</numerusform>
            <numerusform>%1 has %n pages now, not page %2: the file changed since the import</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2 cannot be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2: the row of %3 is not there any more (the file changed since the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file changed since the import; the row is now on page %2 (imported from page %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2: the file changed since the import; the row moved on the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::PdfSourceView</name>
    <message>
        <source>Rendering page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Page Larger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole page in a window of its own; it follows the selected project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::PgCanceller</name>
    <message>
        <source>Not a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::PgRecordBatch</name>
    <message>
        <source>the records table has no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records table&apos;s sequence gave no ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (writing the %n new project(s) before it)</source>
        <translation>
            <numerusform>%1 (writing the %n new project before it)</numerusform>
            <numerusform>%1 (writing the %n new projects before it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (updating the %n stored project(s) before it)</source>
        <translation>
            <numerusform>%1 (updating the %n stored project before it)</numerusform>
            <numerusform>%1 (updating the %n stored projects before it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ProfileStore</name>
    <message>
        <source>a profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile is called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ProjectLinks</name>
    <message>
        <source>cannot link the years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name similarity must be above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiscal %1: the record has no project matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the old bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the bureau %1 was renamed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be renamed to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is renamed twice, to %2 and to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bureau renames go round in a circle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ProjectLinksDialog</name>
    <message>
        <source>The links could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add this rename: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking the fiscal years again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bureau rename(s), %1.</source>
        <translation>
            <numerusform>%n bureau rename, %1.</numerusform>
            <numerusform>%n bureau renames, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rename(s) matched by name</source>
        <translation>
            <numerusform>%n rename matched by name</numerusform>
            <numerusform>%n renames matched by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied yet: Apply writes them and links the years again.</source>
        <translation>
            <numerusform>%n change not applied yet: Apply writes it and links the years again.</numerusform>
            <numerusform>%n changes not applied yet: Apply writes them and links the years again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The renamed record continues the project of the earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renamed record is a project of its own; the match is never proposed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How alike two names must be (0–1) for a new record to be matched to one gone from the same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes and link the fiscal years again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ProjectYearsModel</name>
    <message>
        <source>FY%1</source>
        <comment>short fiscal year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same organisation and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed (%1 alike, confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed (%1 alike, matched by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>bureau / division</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 thousand yen in %2, %3 thousand yen in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this year&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget vs year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lowest %2)</source>
        <comment>indicators: count (lowest attainment)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the lowest reaches %2 of its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ProjectYearsView</name>
    <message>
        <source>This project has no other year in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fiscal year(s), %1 to %2.</source>
        <translation>
            <numerusform>%n fiscal year, %1 to %2.</numerusform>
            <numerusform>%n fiscal years, %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget unchanged since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a year to show its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and settlement by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (%1, 1 = best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the project&apos;s years: the summary, the figures and the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continues the project of %2 (a rename, confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was matched to %2 by its name (%3% alike): the same project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the rename: the link stays through every later import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the rename: the record becomes a project of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::QueryWorker</name>
    <message>
        <source>No review database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::RecentFiles</name>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordBuilder</name>
    <message>
        <source>row skipped: %1 cells where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: no project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: project code &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project code &quot;%1&quot; has fewer than 8 digits; leading zeros restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project code &quot;%1&quot; has more than 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiscal year &quot;%1&quot; not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bureau given for project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achievement level &quot;%1&quot; is not 1–5; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference page &quot;%1&quot; not understood; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating &quot;%1&quot; is not on the column&apos;s scale (%2); kept without a rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: no project code and no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: no fiscal year (no heading or column names it; give it in the import dialog, or with --year)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordDetailPanel</name>
    <message>
        <source>%1 thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand yen (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside 80–120% of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (none found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indicators (%n)</source>
        <translation>
            <numerusform>Indicators (%n)</numerusform>
            <numerusform>Indicators (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Achievements (%n)</source>
        <translation>
            <numerusform>Achievements (%n)</numerusform>
            <numerusform>Achievements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (page %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2, the project&apos;s row outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same project in every fiscal year in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 and the lines around it, the project&apos;s line highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, row %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordFormat</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roughly on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>achievement level number and label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 (Reiwa %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 (Heisei %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordQuery</name>
    <message>
        <source>the database answered no row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordReader</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown text encoding &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a %1 character; the last bytes were dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row (the file is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 byte sequence, shown as �; if the file is in another encoding, name it (--encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: more than %1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: a quoted cell starting on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 MiB skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8; unreadable characters replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) with invalid UTF-8</source>
        <translation>
            <numerusform>%n more line with invalid UTF-8</numerusform>
            <numerusform>%n more lines with invalid UTF-8</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DOCTYPE declaring entities is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry %2 would unpack to %3 MiB, more than the %4 MiB allowed; refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry %2 is compressed more than %3:1; refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot unpack the entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry %2 unpacks to more than its size allows; refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not valid XML (line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 cannot be found in the workbook; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an XLSX file cannot be read from a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an XLSX file (it cannot be opened as a ZIP archive: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 shared strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no record table (no table header names the project code and name columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row (the rows that could hold it were skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read as %1; if the file is in another encoding, name it with --encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: a cell is longer than %1 million characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row skipped: the row is longer than %1 million characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry %2 holds a text or tag longer than %3 MiB; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared strings hold more than %1 million characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: no header row names the project name column (looked at the first %n row(s); name it with --map name=COLUMN)</source>
        <translation>
            <numerusform>%1:%2: no header row names the project name column (looked at the first %n row; name it with --map name=COLUMN)</numerusform>
            <numerusform>%1:%2: no header row names the project name column (looked at the first %n rows; name it with --map name=COLUMN)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PDF larger than %2 MiB; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable PDF (damaged or not a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: encrypted PDF; it opens only with its password, which Hyoka does not ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no text on any of its %n page(s) (a scanned image?); Hyoka reads the text layer and does no OCR</source>
        <translation>
            <numerusform>%1: no text on any of its %n page (a scanned image?); Hyoka reads the text layer and does no OCR</numerusform>
            <numerusform>%1: no text on any of its %n pages (a scanned image?); Hyoka reads the text layer and does no OCR</numerusform>
        </translation>
    </message>
    <message>
        <source>no text on this page (a scanned image?); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 has no record table (no header names the project name); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sheet has a header naming the project name column (name it with --map name=COLUMN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no record table on any of its %n page(s) (no table header names the project name and two more fields)</source>
        <translation>
            <numerusform>%1: no record table on any of its %n page (no table header names the project name and two more fields)</numerusform>
            <numerusform>%1: no record table on any of its %n pages (no table header names the project name and two more fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordStore</name>
    <message>
        <source>%1:%2: cannot store project %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 of %2 appears twice; the later row is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 (%2 %3) appears more than once; kept as project no. %4 of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordTableModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec. rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand yen, estimated (見込)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement is %1 of the budget: outside 80–120%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget, thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement, thousand yen (est. = estimated, 見込)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement ÷ budget; marked outside 80–120%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement level: 1 far above target … 5 far below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page in the reference material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 est.</source>
        <comment>estimated settlement (見込)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>column: the review rules that fire</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — by %2, version %3</source>
        <comment>flag status — by reviewer, version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review rule suggests this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>rule name: what it tests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewers&apos; flag: flagged, reviewed or dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rules that suggest a closer look (hover a cell for which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (FY%2)</source>
        <comment>amount of another fiscal year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand yen of FY%2; the table gives none of FY%3, so no execution rate is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2 of %3 (%4)</source>
        <comment>scale: step n of ranks (step name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prev. rating</source>
        <comment>column: the rating of the year before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prev. budget</source>
        <comment>column: the budget of the year before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget change</source>
        <comment>column: budget against the year before, %</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years below</source>
        <comment>column: years rated below target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New this year: the project has no earlier year in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1: rating %2, budget %3 thousand yen</source>
        <comment>the project&apos;s previous year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the project&apos;s years up to this one rated in the review part of the scale</source>
        <translation>
            <numerusform>%n year of the project up to this one rated in the review part of its scale</numerusform>
            <numerusform>%n years of the project up to this one rated in the review part of their scales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::RecordWriter</name>
    <message>
        <source>the database gave no id for the new record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReportLayout</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget
(予算額)
thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement
(決算額)
thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>bureau and its number of projects</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no bureau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget (予算額)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (決算額)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underperforming (levels 4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents: 1. Totals by bureau · 2. Budget, settlement and achievement levels by bureau (charts) · 3. Flagged and suggested projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Totals by bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lv %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate = settlement / budget, over the projects that have both figures. Levels: 1 far above target … 5 far below target; levels 4 and 5 are underperforming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Budget, settlement and achievement levels by bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Flagged and suggested projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects a reviewer flagged, and projects the review rules suggest (achievement level below target, execution rate outside the expected range, self-rating inconsistent with the indicators, indicator units that differ), by bureau in the order of the source documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) listed.</source>
        <translation>
            <numerusform>%n project listed.</numerusform>
            <numerusform>%n projects listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed: narrow the filter to see them.</source>
        <translation>
            <numerusform>%n more not listed: narrow the filter to see them.</numerusform>
            <numerusform>%n more not listed: narrow the filter to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n project(s)</source>
        <translation>
            <numerusform>%1 — %n project</numerusform>
            <numerusform>%1 — %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last fiscal year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n fiscal year(s))</source>
        <translation>
            <numerusform>%1 (%n fiscal year)</numerusform>
            <numerusform>%1 (%n fiscal years)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>bureau, its number of projects, its rating scales</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n project(s)</source>
        <comment>bureau (rating scale) — count</comment>
        <translation>
            <numerusform>%1 (%2) — %n project</numerusform>
            <numerusform>%1 (%2) — %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>3. Changes since the previous fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each bureau, its latest fiscal year in this report against the bureau&apos;s previous fiscal year in the database: projects new that year, projects that ended (no record in that year although the bureau has records of it), projects rated worse than in their previous year on the same scale, and projects below target (achievement level %1 or worse) in both years. Largest budgets first; money in thousand yen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>bureau: fiscal year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier fiscal year of this bureau in the database: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <comment>bureau: fiscal year against the previous one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>projects new this year</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <comment>projects gone this year</comment>
        <translation>
            <numerusform>%n ended</numerusform>
            <numerusform>%n ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated worse</source>
        <translation>
            <numerusform>%n rated worse</numerusform>
            <numerusform>%n rated worse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below target again</source>
        <translation>
            <numerusform>%n below target again</numerusform>
            <numerusform>%n below target again</numerusform>
        </translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: in %1, not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated worse than the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below target again (level %1 or worse in both years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n project(s)</source>
        <comment>a list of changes and its length</comment>
        <translation>
            <numerusform>%1 — %n project</numerusform>
            <numerusform>%1 — %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating
FY%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget FY%1
(予算額)
thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement FY%1
(決算額)
thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(FY%1)</source>
        <comment>a project&apos;s previous year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>projects not listed</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents: 1. Totals by bureau · 2. Budget, settlement and achievement levels by bureau (charts) · 3. Changes since the previous fiscal year, by bureau · 4. Flagged and suggested projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Flagged and suggested projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReportWriter</name>
    <message>
        <source>(no bureau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs a QApplication to draw its charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be painted on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>flag status and reviewer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>flag reason and its free text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rule and its numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (all records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bureaus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underperforming only (levels 4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested by the review rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not suggested by the review rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewBackup</name>
    <message>
        <source>no database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Hyoka review backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewController</name>
    <message>
        <source>&amp;Flag with Suggested Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the selected projects for review (要確認) with the reason the review rules suggest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected projects as needing no action (対応不要)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove F&amp;lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reviewer name and the review rules&apos; thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Review List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the flagged and suggested projects with reasons and notes as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this flag meanwhile (version %2). Saving will ask which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag could not be saved; nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the projects to flag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the flag of %n project(s)?</source>
        <translation>
            <numerusform>Change the flag of %n project?</numerusform>
            <numerusform>Change the flag of %n projects?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the flags are already so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the flags of %n project(s)</source>
        <translation>
            <numerusform>Change the flag of %n project</numerusform>
            <numerusform>Change the flags of %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review rules could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review-list.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1.</source>
        <translation>
            <numerusform>%n project written to %1.</numerusform>
            <numerusform>%n projects written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not changed: %n project(s) of bureaus you do not review.</source>
        <translation>
            <numerusform>Not changed: %n project of bureaus you do not review.</numerusform>
            <numerusform>Not changed: %n projects of bureaus you do not review.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of the bureaus you review: you can read this flag but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the review list to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewDatabase</name>
    <message>
        <source>%1: not a valid postgresql://user@host:port/dbname URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Hyoka database or damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot prepare the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the database before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the database to %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was made by a newer Hyoka (schema %1, this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a backup made before the last upgrade is available: %2 (hyoka restore --db %1 puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Hyoka database (it holds other tables); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review database %1 is read-only for you; ask its owner for write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode takes one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stayed busy for %2 s: %3 holds its write lock; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database was not checked before it was taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewList</name>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (free text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewListWriter</name>
    <message>
        <source>Review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot add a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more rows than a worksheet holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: project %2: cannot write %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook could not be written completely (%2); is the disk or the temporary folder full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewPanel</name>
    <message>
        <source>History (no changes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History (%n change(s))</source>
        <translation>
            <numerusform>History (%n change)</numerusform>
            <numerusform>History (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a project to see its review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review rule suggests this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggested for review (%n rule(s))</source>
        <translation>
            <numerusform>Suggested for review (%n rule)</numerusform>
            <numerusform>Suggested for review (%n rules)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewRules</name>
    <message>
        <source>Low execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rating inconsistent with the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator units differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achievement level %1 or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement below %1 of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement above %1 of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated better than level %1 while an indicator is below %2 of its target, or rated level %1 or worse while every indicator reaches %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator&apos;s actual and target figures are in different units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1: %2 %3 against a target of %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator %1 %2/%3 %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achievement level %1 ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution rate %1 &lt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution rate %1 &gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated level %1 (better than %2) while an indicator is below %3 of its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated level %1 while every indicator reaches %2 of its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an achievement level must be between 1 and 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ratio must be a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating in the review part of its scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>scale name, review steps</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>step (published label)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (review part %3)</source>
        <comment>scale, step, review steps</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review part of the %1 scale must start at a step from 1 to 26, or 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewSession</name>
    <message>
        <source>No bureau is granted to you for review: you can read every flag and note, but not change them. Ask the database&apos;s administrator (hyoka grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You review %1: the projects of other bureaus are greyed out; you can read their flags but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, FY%3)</source>
        <comment>project name (code, fiscal year)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: the review rules cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the flags of %n project(s)</source>
        <translation>
            <numerusform>Change the flag of %n project</numerusform>
            <numerusform>Change the flags of %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such record any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flag saved (%n change(s)).</source>
        <translation>
            <numerusform>Flag saved (%n change).</numerusform>
            <numerusform>Flag saved (%n changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the version saved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection to the review server is lost; nothing was changed. Try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the review server is lost. The change is saved once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review session could not open its connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection to the review server is lost. Try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ReviewSettingsDialog</name>
    <message numerus="yes">
        <source>With these rules %n project(s) in this database are suggested for review.</source>
        <translation>
            <numerusform>With these rules %n project in this database is suggested for review.</numerusform>
            <numerusform>With these rules %n projects in this database are suggested for review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 from:</source>
        <comment>scale name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ScaleSteps</name>
    <message>
        <source>achievement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>steps from–to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2–%3</source>
        <comment>review steps of the scale&apos;s steps</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::SetFlagCommand</name>
    <message>
        <source>Remove the flag of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reason of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the flag of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::SourceExcerpt</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n line(s) now, not line %2: the file changed since the import</source>
        <translation>
            <numerusform>%1 has %n line now, not line %2: the file changed since the import</numerusform>
            <numerusform>%1 has %n lines now, not line %2: the file changed since the import</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sheet %2 has no row %3 now: the file changed since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet %2 now: the file changed since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (moved, renamed or deleted since the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the file that was imported (its SHA-256 differs); choose the file imported on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since it was imported on %1: the cells may not be the record&apos;s any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since it was imported on %1: the lines may not be the record&apos;s any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::StatedTotals</name>
    <message numerus="yes">
        <source> (%n row(s) above it were skipped)</source>
        <translation>
            <numerusform> (%n row above it was skipped)</numerusform>
            <numerusform> (%n rows above it were skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>totals row &quot;%1&quot; states %2 projects, but %n record(s) were read above it</source>
        <translation>
            <numerusform>totals row &quot;%1&quot; states %2 projects, but %n record was read above it</numerusform>
            <numerusform>totals row &quot;%1&quot; states %2 projects, but %n records were read above it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>totals row &quot;%1&quot;: %2 is %3 thousand yen, but the %n record(s) above it add up to %4 thousand yen</source>
        <translation>
            <numerusform>totals row &quot;%1&quot;: %2 is %3 thousand yen, but the %n record above it adds up to %4 thousand yen</numerusform>
            <numerusform>totals row &quot;%1&quot;: %2 is %3 thousand yen, but the %n records above it add up to %4 thousand yen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hyoka::TextSourceView</name>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file this record was imported from; it is used only if it is the same file (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SHA-256 recorded for this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on %1; no SHA-256 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on %1; SHA-256 differs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on %1; SHA-256 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of sheet %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::XlsxRecordWriter</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot add a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: %2 is longer than the %3 characters an Excel cell holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: cannot write %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the temporary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 of its %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook could not be written completely (%2); is the disk or the temporary folder full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::YearRules</name>
    <message>
        <source>Below target two years running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating worse than last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget up while the rating fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project gone the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achievement level %1 or worse this year and the project&apos;s previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worse rating than the project&apos;s previous year on the same scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget more than %1 above the previous year&apos;s while the rating is worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record of the project in the bureau&apos;s next year in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating %1 in fiscal %2, %3 in fiscal %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achievement level %1 in fiscal %2 and %3 in fiscal %4 (≥ %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget %1 in fiscal %2, %3 in fiscal %4: +%5 &gt; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record in fiscal %1, when its bureau has records of that year; last budget %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyoka::ZipArchive</name>
    <message>
        <source>damaged compressed data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ZIP archive (too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ZIP archive (no central directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged ZIP archive (central directory out of range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged ZIP archive (bad central directory entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unsupported compression method (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes uncompressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expands more than %2 times: refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged ZIP archive (bad local header of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged ZIP archive (%1 runs past the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records by Bureau and Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records by bureau and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWarningsDialog</name>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records by bureau and year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hyoka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import evaluation tables (Markdown, CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Review Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Review Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the name, summary and achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underperforming Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underperforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only projects with achievement level 4 or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search, the facets and the underperforming toggle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hyoka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a review database on a PostgreSQL server shared by a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view of the Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the summary report of the records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary report of the records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the current chart as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import His&amp;tory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import of this database with its counts, warnings and hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bureau renames and renamed projects that link a project across the fiscal years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLinksDialog</name>
    <message>
        <source>Project Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau renames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of a renamed or merged bureau are linked to the projects of the bureau&apos;s new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Old bureau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New bureau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed projects matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;t the Same Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name similarit&amp;y a rename needs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetailPanel</name>
    <message>
        <source>Project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec. rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which review rules fire and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSettingsDialog</name>
    <message>
        <source>Review Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written into every flag you change; kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rules (stored in the database, the same for every reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated as missed from level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated as achieved, an indicator below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated as missed, every indicator at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only for you: the rules can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the years (the project&apos;s previous record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level in both years at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget up by more than:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
