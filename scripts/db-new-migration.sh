#!/usr/bin/env bash
# Writes a migration per provider taking the database from the committed migrations to the
# current prisma/models.prisma: scripts/db-new-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/db-new-migration.sh NAME}
bash scripts/db-generate.sh
stamp=$(date -u +%Y%m%d%H%M%S)
for p in sqlite postgresql; do
  if [ $p = sqlite ]; then url=file:./.migration-scratch.db; else url=${MIGRATION_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}; fi
  dir=prisma/$p/migrations/${stamp}_$name
  out=$(mktemp)
  # The CLI prints a config banner on stdout: keep only the SQL, which starts at its first comment.
  DB_PROVIDER=$p DATABASE_URL=$url npx prisma migrate diff \
    --from-migrations prisma/$p/migrations --to-schema-datamodel prisma/$p/schema.prisma --script \
    | sed -n '/^--/,$p' > "$out"
  # Written only once complete: the diff replays the migrations folder, a half-made one included.
  if ! grep -q '[A-Za-z]' <(grep -v '^--' "$out"); then echo "$p: no changes"; else mkdir -p "$dir" && mv "$out" "$dir/migration.sql" && echo "$p: wrote $dir"; fi
  rm -f "$out"
done
rm -f .migration-scratch.db
