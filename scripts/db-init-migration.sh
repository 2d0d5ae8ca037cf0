#!/usr/bin/env bash
# Writes a migration per provider taking the database from the committed migrations to the
# current prisma/models.prisma: scripts/db-init-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/db-init-migration.sh NAME}
bash scripts/db-generate.sh
stamp=$(date -u +%Y%m%d%H%M%S)
for p in sqlite postgresql; do
  if [ $p = sqlite ]; then url=file:./.migration-scratch.db; else url=${MIGRATION_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}; fi
  dir=prisma/$p/migrations/${stamp}_$name
  mkdir -p "$dir"
  DB_PROVIDER=$p DATABASE_URL=$url npx prisma migrate diff \
    --from-migrations prisma/$p/migrations --to-schema-datamodel prisma/$p/schema.prisma --script > "$dir/migration.sql"
  if ! grep -q '[A-Za-z]' <(grep -v '^--' "$dir/migration.sql"); then rm -r "$dir"; echo "$p: no changes"; else echo "$p: wrote $dir"; fi
done
rm -f .migration-scratch.db
