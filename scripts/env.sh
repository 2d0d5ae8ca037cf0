# Sourced by the other scripts: creates .env from .env.example on first run (with a random
# NEXTAUTH_SECRET) and exports it.
if [ ! -f .env ]; then
  secret=$(node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))')
  sed "s|^NEXTAUTH_SECRET=.*|NEXTAUTH_SECRET=$secret|" .env.example > .env
  echo "created .env (SQLite, random NEXTAUTH_SECRET)"
fi
set -a
# shellcheck disable=SC1091
. ./.env
set +a
export NEXT_TELEMETRY_DISABLED=1
