#!/usr/bin/env bash
# Installs the commands tests run, from Debian/Ubuntu packages: each argument is COMMAND=PACKAGE.
# Idempotent: does nothing when every command is present. Needs root (or password-less sudo) to install;
# only Linux needs anything.
set -euo pipefail

missing=()
packages=()
for pair in "$@"; do
  cmd=${pair%%=*}
  command -v "$cmd" >/dev/null 2>&1 || { missing+=("$cmd"); packages+=("${pair#*=}"); }
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "test tools present: ${*%%=*}"
  exit 0
fi
if [ "$(uname -s)" != "Linux" ]; then
  echo "test tools are only installed on Linux; nothing to do on $(uname -s)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing: ${missing[*]}; install the packages providing them (Debian/Ubuntu: ${packages[*]})" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "missing: ${missing[*]}; run as root: apt-get update && apt-get install -y ${packages[*]}" >&2
  exit 1
fi
echo "installing ${packages[*]} (missing: ${missing[*]})"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
for cmd in "${missing[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || { echo "still missing after install: $cmd" >&2; exit 1; }
done
echo "test tools installed: ${missing[*]}"
