#!/usr/bin/env bash
# The two provider schemas must hold identical models: compare them minus the provider line,
# and check both are what prisma/models.prisma generates.
set -euo pipefail
cd "$(dirname "$0")/.."
strip() { grep -v -e 'provider *= *"\(sqlite\|postgresql\)"' -e 'output *=' "$1"; }
if ! diff <(strip prisma/sqlite/schema.prisma) <(strip prisma/postgresql/schema.prisma); then
  echo "prisma/sqlite and prisma/postgresql schemas differ: run npm run db:generate" >&2
  exit 1
fi
for p in sqlite postgresql; do
  if ! diff <(sed -n '/^model \|^\/\/ Shared/,$p' prisma/$p/schema.prisma | tail -n +1) <(cat prisma/models.prisma) >/dev/null; then
    echo "prisma/$p/schema.prisma is out of date with prisma/models.prisma: run npm run db:generate" >&2
    exit 1
  fi
done
echo "schemas identical"
