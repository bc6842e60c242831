#!/usr/bin/env bash
# Quick start, first command: installs what is missing, builds the application (only
# the `hyoka` target: the test executables are built by tools/test.sh), opens the window.
# On first start Hyoka creates its review database and loads the bundled sample
# (Kawasaki City, fiscal 2021). Extra arguments go to hyoka (files to import, --db DB).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
BUILD_TARGETS=hyoka tools/build.sh
exec build/hyoka "$@"
