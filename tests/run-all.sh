#!/usr/bin/env bash
# The whole test suite: type check, unit and model tests, production build, browser journeys.
# Installs Debian's Chromium for Playwright when it is missing (never `playwright install`).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "Installerer Chromium fra Debian for nettlesertestene …"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

mkdir -p test-results
echo "== Typekontroll (tsc strict)"
npx tsc --noEmit

echo "== Enhets- og modelltester (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json

echo "== Produksjonsbygg"
npm run build

echo "== Nettleserreiser med axe (Playwright)"
npx playwright test

node tests/summarise-results.mjs test-results/vitest.json test-results/playwright.json
