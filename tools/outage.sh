#!/usr/bin/env bash
# The server going away for longer (docs/robustness.md): runs tests/reconnect with the
# server stopped for 30 seconds (or SECONDS) instead of 3, under Xvfb, and keeps a
# picture of the window's banner in docs/screenshots/reconnect-banner.png (and of the
# banner asking for a changed password, in Japanese: password-banner.png).
#   tools/outage.sh [SECONDS]
# Needs the build (build/tests/tst_reconnect, build/tests/tst_reconnectwindow and build/hyoka).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
tests=$here/build/tests
for t in tst_reconnect tst_reconnectwindow; do
    [ -x "$tests/$t" ] || { echo "build $t first (cmake --build build --target hyoka tst_reconnect tst_reconnectwindow)" >&2; exit 1; }
done
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
cd "$here/tests/reconnect"
# A real X server (not offscreen): the banner as a user sees it.
run() {
    local test=$1
    shift
    HYOKA_OUTAGE_SECONDS=$seconds HYOKA_SCREENSHOT_DIR=$shots QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1366x768x24" "$tests/$test" "$@"
}
run tst_reconnect restartIsNoticedAndHealed outageRetriesWithGrowingWaits
run tst_reconnectwindow windowShowsBannerAndReadsWhatChanged windowSavesTheWaitingChangeAfterwards \
    windowAsksForTheChangedPassword
mkdir -p "$here/docs/screenshots"
# Small enough to commit: the top of the window (the banner over the grid), 128 colours.
convert "$shots/reconnect-banner.png" -crop 1280x300+0+0 +repage -colors 128 PNG8:"$here/docs/screenshots/reconnect-banner.png"
convert "$shots/password-banner.png" -crop 1280x300+0+0 +repage -colors 128 PNG8:"$here/docs/screenshots/password-banner.png"
echo "docs/screenshots/reconnect-banner.png docs/screenshots/password-banner.png"
