#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback for the scale-out tests. No Docker, no system service.
#
#   postgres.sh install        install Debian's postgresql if no server binaries are present (needs root)
#   postgres.sh start PORT     initdb a cluster in a new temporary directory, start it on 127.0.0.1:PORT,
#                              create the database and role command_center (trust auth, loopback only);
#                              prints the cluster directory on the last line
#   postgres.sh stop DIR       stop the cluster started in DIR and delete DIR
set -euo pipefail

bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [[ -z "$dir" ]]; then
        echo "no PostgreSQL server found under /usr/lib/postgresql; run: $0 install" >&2
        exit 1
    fi
    echo "$dir"
}

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
install)
    if ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
        echo "PostgreSQL already installed: $(bin_dir)"
    else
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q postgresql
        # The package starts a system cluster on port 5432; the tests use their own, so stop it.
        service postgresql stop >/dev/null 2>&1 || true
    fi
    ;;
start)
    port=${2:?usage: $0 start PORT}
    bin=$(bin_dir)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/cc-postgres.XXXXXX")
    chmod 755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U command_center -A trust -E UTF8 --no-sync >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -h 127.0.0.1 -p $port -F -c listen_addresses=127.0.0.1" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U command_center command_center
    echo "$dir"
    ;;
stop)
    dir=${2:?usage: $0 stop DIR}
    as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
*)
    sed -n '2,10p' "$0" >&2
    exit 2
    ;;
esac
