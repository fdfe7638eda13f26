#!/bin/bash
# Private RabbitMQ and PostgreSQL servers on loopback for the load harness, started the way the integration
# fixtures (tests/Ingestion.IntegrationTests/Servers) start theirs: own data folders, own ports, no system service.
#   benchmarks/Ingestion.LoadHarness/servers.sh start   # prints the environment to export for the harness
#   benchmarks/Ingestion.LoadHarness/servers.sh stop
# PERF_DIR (default /tmp/perf-servers), RABBIT_PORT (5682), PG_PORT (5442) move them.
set -eu
DIR=${PERF_DIR:-/tmp/perf-servers}
RABBIT_PORT=${RABBIT_PORT:-5682}
PG_PORT=${PG_PORT:-5442}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
NODE="perf-$RABBIT_PORT@localhost"

rabbit_env() {
  export HOME="$DIR/rabbit/home" RABBITMQ_NODENAME="$NODE" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT="$RABBIT_PORT" RABBITMQ_DIST_PORT=$((RABBIT_PORT + 20000)) \
    RABBITMQ_MNESIA_BASE="$DIR/rabbit/mnesia" RABBITMQ_LOG_BASE="$DIR/rabbit/log" \
    RABBITMQ_PID_FILE="$DIR/rabbit/rabbitmq.pid" RABBITMQ_CONFIG_FILE="$DIR/rabbit/rabbitmq.config" \
    RABBITMQ_ADVANCED_CONFIG_FILE="$DIR/rabbit/advanced.config" RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/rabbit/enabled_plugins" \
    RABBITMQ_CONF_ENV_FILE="$DIR/rabbit/rabbitmq-env.conf" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

as_postgres() { su postgres -s /bin/sh -c "$*"; }

case "${1:-}" in
start)
  mkdir -p "$DIR/rabbit/home" "$DIR/rabbit/log"
  cat > "$DIR/rabbit/rabbitmq.config" <<'CONF'
[{rabbit, [{default_user, <<"guest">>}, {default_pass, <<"guest">>}, {loopback_users, []},
  {disk_free_limit, {absolute, 10000000}}, {log, [{console, [{enabled, false}]}, {file, [{level, info}]}]}]}].
CONF
  echo "[]." > "$DIR/rabbit/enabled_plugins"; : > "$DIR/rabbit/rabbitmq-env.conf"
  [ -f "$DIR/rabbit/home/.erlang.cookie" ] || { head -c 20 /dev/urandom | od -An -tx1 | tr -dc a-f0-9 | tr a-f A-F > "$DIR/rabbit/home/.erlang.cookie"; chmod 400 "$DIR/rabbit/home/.erlang.cookie"; }
  ( rabbit_env; nohup /usr/lib/rabbitmq/bin/rabbitmq-server >>"$DIR/rabbit/log/server.out" 2>&1 </dev/null & )
  if [ ! -d "$DIR/pg" ]; then
    mkdir -p "$DIR/pg"; chown postgres: "$DIR/pg"
    as_postgres "$PG_BIN/initdb -D $DIR/pg/data -U postgres --auth=trust -E UTF8 --locale=C --no-sync --no-instructions" >/dev/null
    # The same durability settings as the integration fixtures (disposable data).
    printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n' >> "$DIR/pg/data/postgresql.conf"
  fi
  as_postgres "$PG_BIN/pg_ctl -D $DIR/pg/data -l $DIR/pg/log -o '-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1' -w start" >/dev/null
  until (exec 3<>/dev/tcp/127.0.0.1/$RABBIT_PORT) 2>/dev/null; do sleep 1; done
  sleep 2
  echo "export Transport__Kind=RabbitMq Transport__Host=127.0.0.1 Transport__Port=$RABBIT_PORT"
  echo "export Storage__Provider=Postgres Storage__ConnectionString='Host=127.0.0.1;Port=$PG_PORT;Database=load;Username=postgres'"
  ;;
stop)
  ( rabbit_env; /usr/lib/rabbitmq/bin/rabbitmqctl -n "$NODE" stop >/dev/null 2>&1 || true )
  as_postgres "$PG_BIN/pg_ctl -D $DIR/pg/data -m fast -w stop" >/dev/null 2>&1 || true
  ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
