#!/usr/bin/env bash
# Renders the application icon (resources/icons/hyoka.svg) into the hicolor PNG sizes
# that desktops use for menus and task bars: resources/desktop/hicolor/<N>x<N>/apps/.
# The PNGs are committed; run this again after changing the SVG. Needs rsvg-convert
# (librsvg2-bin, in tools/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/hyoka.svg
id=io.github.hyoka.Hyoka
for size in 16 22 24 32 48 64 128 256; do
    dir=resources/desktop/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$dir/$id.png"
    echo "$dir/$id.png"
done
