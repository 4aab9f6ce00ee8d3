#!/usr/bin/env bash
# A local RabbitMQ node for the AppHost, from Debian's rabbitmq-server, with its state in BASEDIR and its log on
# standard output. Ports come from the AppHost: RABBITMQ_NODE_PORT (AMQP) and RABBITMQ_DIST_PORT (Erlang distribution).
set -euo pipefail
base="$1"
server=/usr/lib/rabbitmq/bin/rabbitmq-server
if [ ! -x "$server" ]; then
  echo "RabbitMQ is not installed: no $server (install it: apt-get install rabbitmq-server)" >&2
  exit 127
fi

mkdir -p "$base/mnesia" "$base/log"
touch "$base/rabbitmq.conf"
[ -f "$base/enabled_plugins" ] || echo '[].' > "$base/enabled_plugins"
export HOME="$base" RABBITMQ_MNESIA_BASE="$base/mnesia" RABBITMQ_LOG_BASE="$base/log" RABBITMQ_LOGS=- \
  RABBITMQ_CONFIG_FILE="$base/rabbitmq.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$base/enabled_plugins" \
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
exec "$server"
