#!/usr/bin/env bash
# Installs what the real Linux keychain test needs: secret-tool (libsecret-tools), gnome-keyring-daemon
# (gnome-keyring) and dbus-run-session (dbus; the dbus-daemon package on newer Debian/Ubuntu, which dbus pulls in).
# Idempotent: does nothing when all three commands are present. Needs root (or sudo) to install.
set -euo pipefail

missing=()
for cmd in secret-tool gnome-keyring-daemon dbus-run-session; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "keychain test tools present: secret-tool gnome-keyring-daemon dbus-run-session"
  exit 0
fi

packages="libsecret-tools gnome-keyring dbus"
if [ "$(uname -s)" != "Linux" ]; then
  echo "keychain test tools are only needed on Linux; nothing to do on $(uname -s)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing: ${missing[*]}; install the packages providing them (Debian/Ubuntu: $packages)" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "missing: ${missing[*]}; run as root: apt-get update && apt-get install -y $packages" >&2
  exit 1
fi
echo "installing $packages (missing: ${missing[*]})"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
for cmd in secret-tool gnome-keyring-daemon dbus-run-session; do
  command -v "$cmd" >/dev/null 2>&1 || { echo "still missing after install: $cmd" >&2; exit 1; }
done
echo "keychain test tools installed"
