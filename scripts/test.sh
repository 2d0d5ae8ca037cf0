#!/usr/bin/env bash
# npm test: every test — types, lint, format, content, unit, integration (SQLite; Postgres when
# TEST_POSTGRES_URL is set) with coverage thresholds, and the browser e2e suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export NEXT_TELEMETRY_DISABLED=1
echo "==> type-check"
npx tsc --noEmit
echo "==> lint (type-checked rules and room boundaries)"
npx eslint . --max-warnings=0
echo "==> format"
npx biome format .
echo "==> schema files in sync"
bash scripts/check-schemas.sh
echo "==> content check"
npx tsx scripts/content-check.ts
echo "==> unit and integration tests${TEST_POSTGRES_URL:+ (with PostgreSQL)}, with coverage thresholds"
npx vitest run --coverage --project unit --project integration-sqlite ${TEST_POSTGRES_URL:+--project integration-postgres}
echo "==> browser tests"
bash scripts/e2e.sh
# Over real HTTP against `next start` on the build e2e.sh just made: the fuzz test (over 1,000
# malformed requests), upload limits with the server's memory measured, the sign-in throttle.
echo "==> HTTP fuzz and limits${TEST_POSTGRES_URL:+ (with PostgreSQL)}"
npx vitest run --project http-sqlite ${TEST_POSTGRES_URL:+--project http-postgres}
