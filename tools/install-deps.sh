#!/usr/bin/env bash
# Installs the Debian 12 packages Hyoka needs to build, run and test. Safe to re-run:
# does nothing when everything is already there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev libqt6svg6-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n
    libxlsxwriter-dev libminizip-dev zlib1g-dev libsqlite3-dev
    fonts-noto-cjk
    xvfb xauth imagemagick poppler-utils sqlite3
    clang libclang-rt-14-dev
    postgresql
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
