#!/usr/bin/env bash
# npm run demo: install, migrate, load content and demo accounts, build, and serve on :3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
. scripts/env.sh
echo "==> applying migrations ($DB_PROVIDER)"
npx prisma migrate deploy
echo "==> loading decks and demo accounts"
npx tsx prisma/seed.ts
echo "==> building"
npx next build
echo "==> SourceDeck on http://localhost:${PORT:-3000}  (learner@sourcedeck.test / sourcedeck-demo)"
exec npx next start -p "${PORT:-3000}"
