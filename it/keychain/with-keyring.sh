#!/usr/bin/env bash
# Runs a command against a real, throw-away Secret Service: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon unlocked by a random password. Keyring files live in a
# temporary directory that is removed afterwards, so the user's own keyring is never touched.
# Without the unlock, secret-tool store waits forever for a password prompt.
#   usage: it/keychain/with-keyring.sh COMMAND [ARG...]
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi
for cmd in secret-tool gnome-keyring-daemon dbus-run-session; do
  if ! command -v "$cmd" >/dev/null 2>&1; then
    echo "missing $cmd: run $(dirname "$0")/install.sh (packages libsecret-tools gnome-keyring dbus)" >&2
    exit 3
  fi
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
password="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"

# The inner shell starts the keyring on the private bus, unlocks it, then runs the command.
dbus-run-session -- bash -c '
  printf %s "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  shift
  exec "$@"
' with-keyring "$password" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
