#!/usr/bin/env bash
# Installs what the real Linux keychain test needs: secret-tool (libsecret-tools), gnome-keyring-daemon
# (gnome-keyring) and dbus-run-session (dbus; the dbus-daemon package on newer Debian/Ubuntu, which dbus pulls in).
# Idempotent: does nothing when all three commands are present. Needs root (or sudo) to install.
exec "$(dirname "$0")/../tools/install-commands.sh" secret-tool=libsecret-tools gnome-keyring-daemon=gnome-keyring dbus-run-session=dbus
