#!/usr/bin/env bash
# Run inside it/keychain/with-keyring.sh: stores a secret with the server's own --setup, serves a
# session whose tool needs it, checks --validate-config, then clears the keychain entry.
#   usage: server-keychain-session.sh JAVA CLASSPATH MAIN_CLASS
set -euo pipefail
java="$1"; cp="$2"; main="$3"
server() { "$java" -cp "$cp" "$main" "$@"; }

server --setup --non-interactive "SERVICE_API_KEY=$SESSION_SECRET"
echo "--- session"
printf '%s\n' \
  '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"kc","version":"1"}}}' \
  '{"jsonrpc":"2.0","method":"notifications/initialized"}' \
  '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"call_service","arguments":{"question":"from keychain?"}}}' \
  | server
echo "--- validate"
server --validate-config
echo "--- clear"
secret-tool clear service configured account SERVICE_API_KEY
server --validate-config || echo "validate after clear exit $?"
