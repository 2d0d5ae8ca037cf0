#!/usr/bin/env bash
# Browser tests: a production build served by `next start` on a fresh, seeded SQLite database,
# driven by Playwright with Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing chromium from Debian (for browser tests)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "browser tests need /usr/bin/chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi
export NEXT_TELEMETRY_DISABLED=1 DB_PROVIDER=sqlite
export E2E_PORT=${E2E_PORT:-3100}
export DATABASE_URL="file:$PWD/.test-dbs/e2e.db" NEXTAUTH_URL="http://127.0.0.1:$E2E_PORT"
export NEXTAUTH_SECRET=${NEXTAUTH_SECRET:-e2e-secret-not-for-production-0123456789}
mkdir -p .test-dbs test-results
rm -f .test-dbs/e2e.db .test-dbs/e2e.db-wal .test-dbs/e2e.db-shm
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
if [ "${E2E_SKIP_BUILD:-0}" != 1 ]; then npx next build; fi
npx playwright test "$@"
