#!/usr/bin/env bash
# Quick start, first command: installs what is missing, builds, opens the window.
# On first start Hyoka creates its review database and loads the bundled sample
# (Kawasaki City, fiscal 2021). Extra arguments go to hyoka (files to import, --db DB).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
exec build/hyoka "$@"
