#!/usr/bin/env bash
# Vendors the web server's browser assets from the npm registry into the package
# (src/ghatna/web/static/vendor/<package>/), each with its licence: Leaflet (the map),
# topojson-client and world-atlas (country outlines), swagger-ui-dist (/docs). Only the files
# the server serves are kept. Run from the repository root; needs npm. Versions are pinned
# here; after a change, check the pages (tests/web/test_web_browser.py) and commit the folder.
set -euo pipefail
DEST=src/ghatna/web/static/vendor
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
declare -A FILES=(
  [leaflet@1.9.4]="LICENSE dist/leaflet.js dist/leaflet.css dist/images/layers.png dist/images/layers-2x.png dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png"
  [topojson-client@3.1.0]="LICENSE dist/topojson-client.min.js"
  [world-atlas@2.0.2]="LICENSE countries-50m.json"
  [swagger-ui-dist@5.35.0]="LICENSE NOTICE swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt swagger-ui.css"
)
for spec in "${!FILES[@]}"; do
  name=${spec%@*}
  (cd "$TMP" && npm pack --silent "$spec" >/dev/null)
  mkdir -p "$TMP/$name" && tar xzf "$TMP/$name"-*.tgz -C "$TMP/$name"
  rm -rf "${DEST:?}/$name" && mkdir -p "$DEST/$name"
  for f in ${FILES[$spec]}; do
    mkdir -p "$DEST/$name/$(dirname "${f#dist/}")"
    cp "$TMP/$name/package/$f" "$DEST/$name/${f#dist/}"
  done
  echo "$spec" > "$DEST/$name/VERSION"
done
