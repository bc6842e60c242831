#!/usr/bin/env python3
"""Writes the HTML sources of the PDF reader's test files (docs/pdf.md, "Test files").

tools/make-test-pdfs.sh turns them into PDFs with two independent producers
(LibreOffice and Qt's QTextDocument/QPdfWriter). Usage: make-test-pdfs.py SEED.md CSV OUTDIR
"""
import csv
import html
import re
import sys


def is_japanese(c):
    u = ord(c)
    return (0x3000 <= u <= 0x303F or 0x3040 <= u <= 0x30FF or 0x31F0 <= u <= 0x31FF
            or 0x3400 <= u <= 0x4DBF or 0x4E00 <= u <= 0x9FFF or 0xF900 <= u <= 0xFAFF
            or 0xFF01 <= u <= 0xFFEF or u > 0xFFFF)


def cell_html(text):
    """A cell of the seed as the city printed it: each ● item on its own line.
    A space the normaliser keeps (not between two Japanese characters) becomes a
    no-break space, so that the producer does not wrap the line there."""
    text = re.sub(r'<[^>]*>', '', text).strip()
    out = []
    for i, c in enumerate(text):
        if c == ' ':
            before = text[i - 1] if i > 0 else ''
            after = text[i + 1] if i + 1 < len(text) else ''
            if before and after and not (is_japanese(before) and is_japanese(after)):
                out.append('\u00a0')
                continue
        out.append(c)
    s = html.escape(''.join(out))
    return re.sub(r'\s*●', '<br>●', s).removeprefix('<br>')


def split_row(line):
    cells = line.strip().strip('|').split('|')
    return [c.strip() for c in cells]


def parse_seed(path):
    """[(heading, [rows]), …] and the prose between the tables."""
    tables, heading, prose = [], None, []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('|'):
            cells = split_row(line)
            if cells and re.fullmatch(r'\d+', cells[0]):
                tables[-1][1].append(cells)
            continue
        if '評価結果一覧(' in line:
            tables.append((line.strip(), [], prose))
            prose = []
        elif line.strip():
            prose.append(line.strip())
    return tables


STYLE = """<style>
body { font-family: 'Noto Sans CJK JP'; font-size: %(size)s; }
table { border-collapse: collapse; }
td, th { border: 1px solid black; vertical-align: top; padding: 2px; font-size: %(size)s; }
th { font-weight: normal; vertical-align: middle; text-align: center; }
</style>"""

WIDTHS = [4, 7, 10, 7, 17, 31, 6, 6, 5, 7]


def header(legend):
    w = ['<col width="%d%%">' % x for x in WIDTHS]
    if legend:
        w.append('<col width="12%">')
    x = [''] * len(WIDTHS)  # (QTextDocument ignores <col>: its columns follow the text)
    return ''.join(w) + (
        '<thead><tr><th rowspan="2" %s>番号</th><th rowspan="2" %s>事務事業コード</th>'
        '<th rowspan="2" %s>事務事業名</th><th rowspan="2" %s>サービス分類</th>'
        '<th rowspan="2" %s>事務事業の概要<br>(簡潔に記載)</th><th rowspan="2" %s>主な取組の実績</th>'
        '<th colspan="2">事業費（千円）</th><th rowspan="2" %s>事業の<br>達成度</th>'
        '<th rowspan="2" %s>参考資料<br>掲載頁</th>' % tuple(x[:6] + x[8:])
        + ('<th rowspan="2"></th>' if legend else '')
        + '</tr><tr><th %s>予算額</th><th %s>決算額（見込）</th></tr></thead>' % (x[6], x[7]))


def table_html(rows, legend):
    out = ['<table width="100%" border="1" cellspacing="0" cellpadding="2">', header(legend), '<tbody>']
    for r in rows:
        cells = r[:10] + ([r[10] if len(r) > 10 else ''] if legend else [])
        html_cells = [cell_html(c) for c in cells]
        # Qt's PDF writer maps the digits after "P" in Noto CJK to no text: the page
        # reference is set in DejaVu Sans, as a city's template might.
        html_cells[9] = '<span style="font-family: \'DejaVu Sans\'">%s</span>' % html_cells[9]
        out.append('<tr>' + ''.join('<td>%s</td>' % c for c in html_cells) + '</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)


def page(body, size='7pt'):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">' + STYLE % {'size': size}
            + '</head><body>\n' + body + '\n</body></html>\n')


def seed_html(tables):
    parts = ['<p>川崎市 事務事業評価</p>']
    for heading, rows, prose in tables:
        parts += ['<p>%s</p>' % html.escape(p) for p in prose]
        parts.append('<p>%s</p>' % html.escape(heading))
        parts.append(table_html(rows, legend=len(rows[0]) > 10))
    return page('\n'.join(parts))


def midpage_html(tables):
    """Prose, then two small tables on one page, each under its heading."""
    (h1, rows1, _), (h2, rows2, _) = tables
    body = ['<p>この資料は、市が実施する事務事業について、その取組状況を評価した結果をまとめたものです。'
            '各局が所管する事務事業のうち、主なものを掲載しています。</p>',
            '<p>評価は令和3年度の実績に基づいて行いました。</p>',
            '<p>%s</p>' % html.escape(h1), table_html([rows1[1], rows1[2], rows1[11]], False),
            '<p>次の表は総務企画局の事務事業です。</p>',
            '<p>%s</p>' % html.escape(h2), table_html(rows2[6:8], True)]
    return page('\n'.join(body), '5pt')


def notable_html():
    return page('<p>令和3年度 事務事業評価について</p>'
                + '<p>本市では、事務事業の評価を毎年度実施しています。評価結果は各局のページで公表します。</p>' * 12,
                '11pt')


def shinagawa_html(path, count=20):
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.reader(f))
    head, body = rows[0], rows[1:count + 1]
    out = ['<p>令和7年度 行政評価 事務事業評価結果一覧</p>',
           '<table width="100%" border="1" cellspacing="0" cellpadding="2"><thead><tr>'
           + ''.join('<th>%s</th>' % html.escape(h) for h in head) + '</tr></thead><tbody>']
    for r in body:
        out.append('<tr>' + ''.join('<td>%s</td>' % html.escape(c).replace('\n', '<br>') for c in r) + '</tr>')
    out.append('</tbody></table>')
    return page('\n'.join(out), '6pt')


def main():
    seed, csv_path, outdir = sys.argv[1:4]
    tables = parse_seed(seed)
    files = {'kawasaki.html': seed_html(tables), 'midpage.html': midpage_html(tables),
             'notable.html': notable_html(), 'shinagawa.html': shinagawa_html(csv_path)}
    for name, text in files.items():
        with open('%s/%s' % (outdir, name), 'w', encoding='utf-8') as f:
            f.write(text)


main()
