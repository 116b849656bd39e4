#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL for the tests of
# store/postgres, then prints the URL to put in ANNALS_TEST_POSTGRES:
#
#   export ANNALS_TEST_POSTGRES=$(./scripts/pg.sh)
#   go test -race ./store/postgres/
#
# Idempotent: running it again on a machine where the server is up only
# prints the URL. It listens on 127.0.0.1 only. Needs root and apt-get to
# install; Debian's postgresql package and its default cluster are used.
set -euo pipefail

PGPORT=${PGPORT:-5432}
ROLE=annals
PASS=annals
DB=annals_test
URL="postgres://$ROLE:$PASS@127.0.0.1:$PGPORT/$DB?sslmode=disable"

log() { echo "pg.sh: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "postgresql is not installed and cannot be (needs root and apt-get)"
    exit 1
  fi
  log "installing postgresql"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed major version and its first cluster (Debian creates
# "main" on install); create one when there is none.
VER=$(ls /usr/lib/postgresql | sort -n | tail -1)
CLUSTER=$(pg_lsclusters -h 2>/dev/null | awk -v v="$VER" '$1 == v { print $2; exit }')
if [ -z "$CLUSTER" ]; then
  CLUSTER=main
  log "creating cluster $VER/$CLUSTER"
  pg_createcluster "$VER" "$CLUSTER" -p "$PGPORT" >/dev/null
fi

status=$(pg_lsclusters -h | awk -v v="$VER" -v c="$CLUSTER" '$1 == v && $2 == c { print $4 }')
if [ "$status" != online ]; then
  log "starting cluster $VER/$CLUSTER on 127.0.0.1:$PGPORT"
  pg_ctlcluster "$VER" "$CLUSTER" start -- -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT" >&2 ||
    pg_ctlcluster "$VER" "$CLUSTER" start >&2
fi

# Wait until it accepts connections.
for _ in $(seq 1 50); do
  if su postgres -c "psql -p $PGPORT -qAtc 'SELECT 1'" >/dev/null 2>&1; then
    break
  fi
  sleep 0.2
done

psql_admin() { su postgres -c "psql -p $PGPORT -v ON_ERROR_STOP=1 -qAt $*"; }

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" != 1 ]; then
  log "creating role $ROLE"
  psql_admin "-c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASS'\""
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"")" != 1 ]; then
  log "creating database $DB"
  psql_admin "-c \"CREATE DATABASE $DB OWNER $ROLE\""
fi

echo "$URL"
