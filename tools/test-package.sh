#!/usr/bin/env bash
# Builds the Debian package from build/ (only the hyoka target is built; cpack does not
# build the tests), validates the desktop entry and the AppStream metadata, installs
# the package into a throw-away root (dpkg --root as root, else dpkg-deb -x), checks
# that it holds the binary, the desktop entry, the icons and the metadata and nothing
# else, that its dependencies are installed here, and runs the installed hyoka:
# --version, `check` on the bundled sample, and the desktop entry's command on the
# offscreen platform until it has loaded the sample on its first start.
# Needs no network. tools/test.sh runs it as a stage; docs/install.md explains it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
ID=io.github.hyoka.Hyoka
export QT_QPA_PLATFORM=offscreen

fail() { echo "test-package: $*" >&2; exit 1; }
work=$(mktemp -d)
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

echo "-- build (hyoka only) and cpack -G DEB"
BUILD_TARGETS=hyoka tools/build.sh
(cd "$BUILD_DIR" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/pkg/hyoka_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no hyoka_*.deb"
deb=${debs[0]}
echo "   $(basename "$deb"), $(du -h "$deb" | cut -f1)"

echo "-- the package's control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = hyoka ] || fail "Package is '$(field Package)'"
for f in Version Maintainer Section Description; do
    [ -n "$(field $f)" ] || fail "no $f field"
done
[ "$(field Description | wc -l)" -ge 2 ] || fail "the Description has no long part"
depends=$(field Depends)
echo "   Depends: $depends"
# The libraries come from dpkg-shlibdeps, the plugins and the font from the CMake list.
for needed in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql fonts-noto-cjk; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done
# Every dependency (one alternative of each) is installed here, in a version that fits.
satisfied() {
    local alternative name op version installed
    IFS='|' read -ra alternatives <<<"$1"
    for alternative in "${alternatives[@]}"; do
        read -r name op version <<<"$(sed -E 's/[()]//g' <<<"$alternative")"
        installed=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null | grep '^install ok installed' | awk '{print $4}') || true
        [ -z "$installed" ] && continue
        [ -z "$op" ] && return 0
        dpkg --compare-versions "$installed" "$op" "$version" && return 0
    done
    return 1
}
IFS=',' read -ra items <<<"$depends"
for item in "${items[@]}"; do
    satisfied "$item" || fail "dependency not installed here: $item"
done
metainfo_version=$(sed -nE 's/.*<release version="([^"]+)".*/\1/p' resources/desktop/$ID.metainfo.xml | head -1)
[ "$metainfo_version" = "$(field Version)" ] \
    || fail "the metainfo's newest release is $metainfo_version, the package's version $(field Version)"

echo "-- install into a throw-away root"
root=$work/root
if [ "$(id -u)" -eq 0 ]; then
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
    touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
    # The root is empty: its dependencies are checked above, against this machine.
    dpkg --root="$root" --force-depends -i "$deb" >"$work/dpkg.log" 2>&1 \
        || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
    dpkg --root="$root" -L hyoka | sed 's|^/\.$||' >"$work/files"
else
    dpkg-deb -x "$deb" "$root"
    dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' >"$work/files"
fi
expected=(
    /usr/bin/hyoka
    "/usr/share/applications/$ID.desktop"
    "/usr/share/metainfo/$ID.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$ID.svg"
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png")
done
for f in "${expected[@]}"; do
    grep -qx "$f" "$work/files" || fail "the package lacks $f"
    [ -s "$root$f" ] || fail "$f is not installed in the root"
done
# Nothing but the application: no tests, benchmark, tools, libraries or headers.
unexpected=$(grep -E '/tst_|gen_evaluations|hyoka-bench|\.a$|/include/' "$work/files" || true)
[ -z "$unexpected" ] || fail "the package holds files it should not: $unexpected"
echo "   $(grep -c . "$work/files") paths, every expected one in place"

echo "-- validators"
desktop-file-validate "$root/usr/share/applications/$ID.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$ID.metainfo.xml" || fail "appstreamcli validate"
grep -qx "Icon=$ID" "$root/usr/share/applications/$ID.desktop" || fail "the desktop entry names another icon"

echo "-- run the installed hyoka"
hyoka=$root/usr/bin/hyoka
"$hyoka" --version | tee "$work/version"
grep -q "$(field Version | sed 's/-.*//')" "$work/version" || fail "--version does not print the package version"
check_status=0
"$hyoka" check resources/sample/kawasaki_r3_evaluation.md >"$work/check" 2>&1 || check_status=$?
[ "$check_status" -le 1 ] || { cat "$work/check"; fail "hyoka check exited with $check_status"; }
echo "   hyoka check on the sample: exit $check_status, $(grep -c . "$work/check") line(s)"

# The menu's command (Exec= without the file codes), as a new user on a first start:
# it must stay up and load the sample into a new database.
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$ID.desktop" | sed 's/ %[fFuU]//g')
home=$work/home
mkdir -p "$home"
HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
    XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$work PATH="$root/usr/bin:$PATH" \
    $exec_line >"$work/app.log" 2>&1 &
app_pid=$!
db=$home/.local/share/hyoka/hyoka.sqlite
count=""
for _ in $(seq 1 120); do
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "'$exec_line' exited early"; }
    count=$(sqlite3 "file:$db?mode=ro" 'SELECT count(*) FROM records' 2>/dev/null || true)
    [ "$count" = 38 ] && break
    sleep 0.5
done
[ "$count" = 38 ] || { cat "$work/app.log"; fail "the first start did not load the sample (records: ${count:-none})"; }
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
echo "   '$exec_line' started and loaded the sample (38 records)"
echo "test-package: passed ($(basename "$deb"))"
