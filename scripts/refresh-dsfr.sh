#!/usr/bin/env bash
# The State's design system (DSFR) served by the application itself: copies the built files the project's pages
# need from node_modules/@gouvfr/dsfr/dist (the version locked in package-lock.json, installed by `npm ci`) into
# src/main/resources/static/dsfr/, which is committed. Running the application needs Java only and fetches
# nothing at run time; only whoever refreshes the copy needs Node.
#
#   scripts/refresh-dsfr.sh           rewrite the committed copy (after changing the version in package.json)
#   scripts/refresh-dsfr.sh --check   (npm run check:dsfr, in .ci/run) fail when the committed copy differs from
#                                     what this script makes from the locked version
#
# What is copied: the minified CSS and the ES-module JS (every browser that runs the pages loads modules), the
# licence, the Marianne and Spectral fonts the CSS names (woff2 only: every such browser reads it, the woff
# fallbacks are never fetched), the component icons the CSS names, the favicons, and the utility icon classes
# of ICONS below extracted into icons.min.css (the full utility sheet names 1,500+ icons).
set -euo pipefail
cd "$(dirname "$0")/.."

PKG=node_modules/@gouvfr/dsfr
DIST=$PKG/dist
DEST=src/main/resources/static/dsfr

# Icon classes (fr-icon-<name>) used by the templates and scripts of the pages, as <folder>/<name>.
ICONS=(
  system/lock-line
  system/logout-box-r-line
  system/search-line
  user/account-circle-line
)

locked=$(node -p "require('./package-lock.json').packages['node_modules/@gouvfr/dsfr'].version")
installed=$(node -p "require('./$PKG/package.json').version" 2>/dev/null || echo none)
if [ "$locked" != "$installed" ]; then
  echo "refresh-dsfr: package-lock.json locks @gouvfr/dsfr $locked but node_modules has $installed: run npm ci first" >&2
  exit 1
fi

build() {
  local out=$1
  mkdir -p "$out/fonts" "$out/icons" "$out/favicon"
  cp "$DIST/dsfr.min.css" "$DIST/dsfr.module.min.js" "$out/"
  cp "$PKG/LICENSE.md" "$out/LICENSE.md"
  echo "$locked" > "$out/VERSION"
  local font
  for font in $(grep -o 'url(fonts/[^)]*\.woff2)' "$DIST/dsfr.min.css" | sed 's/^url(//; s/)$//' | sort -u); do
    cp "$DIST/$font" "$out/$font"
  done
  local icon
  for icon in $(grep -o 'url(icons/[^)]*\.svg)' "$DIST/dsfr.min.css" | sed 's/^url(//; s/)$//' | sort -u); do
    mkdir -p "$out/$(dirname "$icon")"
    cp "$DIST/$icon" "$out/$icon"
  done
  {
    echo "/* DSFR $locked: the utility icon classes used by the pages (scripts/refresh-dsfr.sh) | SPDX-License-Identifier: Etalab-2.0 */"
    for icon in "${ICONS[@]}"; do
      local name=${icon#*/}
      local rule
      # the first rule of the class is the mask-image one (the later ones are the legacy browsers' fallbacks)
      rule=$(grep -o "\.fr-icon-$name:after,\.fr-icon-$name:before{[^}]*}" "$DIST/utility/icons/icons.min.css" | head -n 1)
      if [ -z "$rule" ]; then
        echo "refresh-dsfr: no icon class fr-icon-$name in DSFR $locked" >&2
        exit 1
      fi
      echo "${rule//..\/..\/icons\//icons/}"
      mkdir -p "$out/icons/$(dirname "$icon")"
      cp "$DIST/icons/$icon.svg" "$out/icons/$icon.svg"
    done
  } > "$out/icons.min.css"
  cp "$DIST/favicon/favicon.svg" "$DIST/favicon/favicon.ico" "$DIST/favicon/apple-touch-icon.png" "$out/favicon/"
}

if [ "${1:-}" = "--check" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  build "$tmp/dsfr"
  if ! diff -r "$tmp/dsfr" "$DEST" > "$tmp/diff.txt"; then
    head -n 40 "$tmp/diff.txt" >&2
    echo "check:dsfr: $DEST differs from DSFR $locked (package-lock.json): run scripts/refresh-dsfr.sh and commit" >&2
    exit 1
  fi
  echo "check:dsfr: $DEST is DSFR $locked, as locked"
else
  rm -rf "$DEST"
  build "$DEST"
  echo "refresh-dsfr: $DEST is now DSFR $locked ($(find "$DEST" -type f | wc -l) files, $(du -sh "$DEST" | cut -f1))"
fi
