#!/bin/sh
# Copies the charting library's minified UMD bundle into the directory the Go
# server embeds (server/ui/static). Run from anywhere; needs npm only here.
set -eu
cd "$(dirname "$0")"
npm install --no-audit --no-fund --ignore-scripts
dest=../server/ui/static
mkdir -p "$dest"
cp node_modules/chart.js/dist/chart.umd.min.js "$dest/chart.umd.min.js"
cp node_modules/chart.js/LICENSE.md "$dest/chart.js.LICENSE.md"
version=$(node -p "require('./node_modules/chart.js/package.json').version")
echo "copied chart.js $version (MIT) to $dest"
