#!/usr/bin/env bash
# Makes the PDF reader's test files in tests/pdfreader/data/ (docs/pdf.md, "Test
# files") with two independent producers: LibreOffice (Writer, from HTML) and Qt's
# QTextDocument/QPdfWriter (tools/htmltopdf). The tests read the committed PDFs; this
# script is only for remaking them. Needs: soffice (Debian libreoffice-writer-nogui),
# qpdf, pdftoppm, and `cmake --build build --target htmltopdf`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/tests/pdfreader/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
htmltopdf=$root/build/htmltopdf
export QT_QPA_PLATFORM=offscreen

python3 "$root/tools/make-test-pdfs.py" "$root/resources/sample/kawasaki_r3_evaluation.md" \
    /work/shared/realworld/shinagawa_r7.csv "$tmp"
python3 - "$tmp" "$out" <<'PY'
import csv, sys
rows = list(csv.reader(open('/work/shared/realworld/shinagawa_r7.csv', encoding='utf-8-sig', newline='')))
with open(sys.argv[2] + '/shinagawa_r7_excerpt.csv', 'w', encoding='utf-8', newline='') as f:
    csv.writer(f, lineterminator='\r\n').writerows(rows[:21])
PY

# LibreOffice: HTML → ODT, the page style turned to A4 landscape, ODT → PDF.
lo_pdf() { # name orientation output
    local name=$1 orientation=$2
    soffice --headless --convert-to odt:writer8 --outdir "$tmp/lo" "$tmp/$name.html" >/dev/null 2>&1
    {
        ORIENTATION=$orientation python3 - "$tmp/lo/$name.odt" <<'PY'
import os, re, shutil, sys, zipfile
path = sys.argv[1]
src = zipfile.ZipFile(path)
tmp = path + '.new'
with zipfile.ZipFile(tmp, 'w') as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename in ('styles.xml', 'content.xml'):
            # No extra gap between Japanese and Latin text ("147,832 人"): a gap a
            # reader could not tell from a typed space.
            data = data.replace(b'style:text-autospace="ideograph-alpha"', b'style:text-autospace="none"')
        if item.filename == 'styles.xml':
            text = data.decode('utf-8')
            def turn(m):
                tag = m.group(0)
                tag = re.sub(r'fo:page-width="[^"]*"', 'fo:page-width="29.7cm"', tag)
                tag = re.sub(r'fo:page-height="[^"]*"', 'fo:page-height="21.001cm"', tag)
                tag = re.sub(r'style:print-orientation="[^"]*"', '', tag)
                return tag.replace('<style:page-layout-properties', '<style:page-layout-properties style:print-orientation="landscape"', 1)
            if os.environ['ORIENTATION'] == 'landscape':
                text = re.sub(r'<style:page-layout-properties[^>]*>', turn, text)
            data = text.encode('utf-8')
        dst.writestr(item, data)
shutil.move(tmp, path)
PY
    }
    soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$tmp/lo" "$tmp/lo/$name.odt" >/dev/null 2>&1
    cp "$tmp/lo/$name.pdf" "$out/$3"
}
lo_pdf kawasaki landscape kawasaki_lo_landscape.pdf
lo_pdf shinagawa landscape shinagawa_lo.pdf

# Qt: portrait, page numbers in the footer, header rows repeated.
"$htmltopdf" "$tmp/kawasaki.html" "$out/kawasaki_qt_portrait.pdf" portrait
"$htmltopdf" "$tmp/midpage.html" "$out/midpage_qt.pdf" landscape
"$htmltopdf" "$tmp/notable.html" "$out/notable_qt.pdf" portrait

# Refusals: an image-only PDF (a scan, its page as a picture) and an encrypted one.
pdftoppm -r 60 -f 1 -l 1 -png "$out/midpage_qt.pdf" "$tmp/scan"
convert "$(ls "$tmp"/scan-*1.png)" -quality 60 "$tmp/scan.jpg"
python3 - "$tmp/scan.jpg" "$out/scanned.pdf" <<'PY'
# A PDF holding one JPEG and nothing else, as a scanner writes it.
import struct, sys
jpeg = open(sys.argv[1], 'rb').read()
i, w, h = 2, 0, 0
while i < len(jpeg):
    marker, length = jpeg[i + 1], struct.unpack('>H', jpeg[i + 2:i + 4])[0]
    if marker in (0xC0, 0xC1, 0xC2):
        h, w = struct.unpack('>HH', jpeg[i + 5:i + 9])
        break
    i += 2 + length
content = b'q 842 0 0 595 0 0 cm /Im0 Do Q'
objects = [b'<< /Type /Catalog /Pages 2 0 R >>',
           b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
           b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
           b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n' % (w, h, len(jpeg)) + jpeg + b'\nendstream',
           b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream']
pdf, offsets = bytearray(b'%PDF-1.4\n'), []
for n, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b'%d 0 obj\n' % n + body + b'\nendobj\n'
xref = len(pdf)
pdf += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
pdf += b''.join(b'%010d 00000 n \n' % o for o in offsets)
pdf += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
open(sys.argv[2], 'wb').write(pdf)
PY
qpdf --encrypt secret owner 256 -- "$out/midpage_qt.pdf" "$out/encrypted.pdf"
ls -l "$out"
