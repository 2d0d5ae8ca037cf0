#!/usr/bin/env bash
# Installs dependencies from the committed lockfile and generates the Prisma clients.
# `npm install`, not `npm ci`: npm ci fails on optional platform packages the registry lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> installing dependencies (first time: a few minutes, better-sqlite3 compiles)"
  npm install --no-audit --no-fund
fi
echo "==> generating Prisma clients"
bash scripts/db-generate.sh
