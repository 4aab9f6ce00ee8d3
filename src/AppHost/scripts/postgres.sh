#!/usr/bin/env bash
# A local PostgreSQL cluster for the AppHost: creates it in DATADIR once (initdb), then runs the server in the
# foreground on 127.0.0.1:$PGPORT, so that the AppHost sees its log and stops it. Debian's server programs refuse
# to run as root: as root they run as the 'postgres' user, which must own DATADIR.
set -euo pipefail
data="$1"
# PG_BIN (the AppHost's PureConnect:PostgresBin) names the server programs' folder; else the newest Debian one, else the PATH's.
bin="${PG_BIN:-}"
if [ -z "$bin" ]; then bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true); fi
if [ -z "$bin" ] && command -v initdb >/dev/null 2>&1; then bin=$(dirname "$(command -v initdb)"); fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/postgres" ]; then
  echo "PostgreSQL is not installed: no initdb/postgres in ${PG_BIN:-/usr/lib/postgresql/*/bin or on PATH} (install it: apt-get install postgresql)" >&2
  exit 127
fi

as_owner=()
mkdir -p "$data"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$data"
  as_owner=(setpriv --reuid=postgres --regid=postgres --init-groups --reset-env --)
fi

if [ ! -f "$data/PG_VERSION" ]; then
  echo "Creating the PostgreSQL cluster in $data"
  "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-instructions >/dev/null
fi

exec "${as_owner[@]}" "$bin/postgres" -D "$data" -p "$PGPORT" -k "$data" -c listen_addresses=127.0.0.1 -c max_connections=300
