#!/bin/sh
# Runs a test under a private D-Bus session with an unlocked gnome-keyring
# answering the Secret Service API, so that QtKeychain finds a real keychain.
# Without dbus-run-session or gnome-keyring-daemon the test runs as it is
# (it then skips its keychain part, saying why).
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "with-keyring.sh: dbus-run-session or gnome-keyring-daemon missing: no keychain for this run" >&2
    exec "$@"
fi
# A private HOME keeps the test's keyring out of the user's own.
KEYRING_HOME=$(mktemp -d "${TMPDIR:-/tmp}/ari-keyring.XXXXXX")
trap 'rm -rf "$KEYRING_HOME"' EXIT
export HOME="$KEYRING_HOME" XDG_DATA_HOME="$KEYRING_HOME/.local/share" XDG_RUNTIME_DIR="$KEYRING_HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' sh "$@"
