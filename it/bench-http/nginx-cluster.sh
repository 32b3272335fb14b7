#!/usr/bin/env bash
# Serves MCP on 127.0.0.1:PORT through nginx to INSTANCES example servers (round robin over upstream keep-alive
# connections; the instances share MCP_SESSION_KEY, so any of them answers any session). A --server command of the
# HTTP benchmark: it runs until it is sent SIGTERM, then stops nginx and every instance.
#   it/bench-http/nginx-cluster.sh INSTANCES PORT [java]
set -euo pipefail
instances=$1
port=$2
java=${3:-java}
cd "$(dirname "$0")/../.."
jar=${EXAMPLE_JAR:-it/example-server/target/example-server.jar}
dir=$(mktemp -d)
pids=()
stop() {
  [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 0' TERM INT

servers=""
for i in $(seq 1 "$instances"); do
  MCP_SESSION_KEY=bench-http-session-key-shared-by-every-instance "$java" -jar "$jar" --transport http --host 127.0.0.1 \
      --port 0 2> "$dir/instance-$i.log" &
  pids+=($!)
done
for i in $(seq 1 "$instances"); do
  for _ in $(seq 1 300); do
    p=$(sed -n 's|.*serving MCP over Streamable HTTP at http://127.0.0.1:\([0-9]*\)/mcp.*|\1|p' "$dir/instance-$i.log")
    [ -n "$p" ] && break
    sleep 0.1
  done
  [ -n "$p" ] || { echo "instance $i did not start: $(cat "$dir/instance-$i.log")" >&2; exit 1; }
  servers="$servers    server 127.0.0.1:$p;"$'\n'
done
user=""
[ "$(id -u)" -eq 0 ] && user="user root;"
cat > "$dir/nginx.conf" <<CONF
$user
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/client_body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  upstream mcp {
$servers    keepalive 128;
    keepalive_timeout 20s;
  }
  server {
    listen 127.0.0.1:$port;
    keepalive_requests 1000000;
    location /mcp {
      proxy_pass http://mcp;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
CONF
nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
pids+=($!)
wait
