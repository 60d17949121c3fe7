#!/usr/bin/env bash
# check-install.sh BUILD_DIR APP_ID VERSION
# Installs the build into a scratch DESTDIR with prefix /usr (as the .deb does)
# and checks what the desktop needs: the binaries, the desktop file and the
# metainfo (appstreamcli validate-tree checks them together, with the icons),
# hicolor icons in SVG and PNG, and man pages that document every option.
set -euo pipefail
build=$1 id=$2 version=$3
dest=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$dest" "$log"' EXIT
fail=0
problem() { echo "FAIL: $*"; fail=1; }

DESTDIR="$dest" cmake --install "$build" --prefix /usr >"$log" 2>&1 || { cat "$log"; exit 1; }
usr="$dest/usr"

for f in bin/ari-console bin/ari-sim \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg \
         share/man/man1/ari-console.1.gz share/man/man1/ari-sim.1.gz; do
    [ -e "$usr/$f" ] || problem "not installed: /usr/$f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    if [ ! -e "$png" ]; then
        problem "not installed: ${png#"$dest"}"
    else
        # The PNG's IHDR holds its width and height.
        dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}')
        [ "$dims" = "${size}x${size}" ] || problem "${png#"$dest"} is $dims, not ${size}x${size}"
    fi
done

# The desktop file starts the installed binary and names the installed icon.
desktop="$usr/share/applications/$id.desktop"
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" | head -1)
[ -x "$usr/bin/$exec_bin" ] || problem "the desktop file's Exec=$exec_bin is not an installed binary"
grep -qx "Icon=$id" "$desktop" || problem "the desktop file's Icon is not $id"
desktop-file-validate "$desktop" || problem "desktop-file-validate failed on the installed file"
# The metainfo, the desktop file and the icons together, as software centres read them.
appstreamcli validate-tree --no-net "$dest" || problem "appstreamcli validate-tree failed"
grep -q "<release version=\"$version\"" "$usr/share/metainfo/$id.metainfo.xml" \
    || problem "the metainfo has no <release> for version $version (add one to resources/$id.metainfo.xml)"

# Each man page renders without warnings and names every option its binary's --help lists.
for bin in ari-console ari-sim; do
    page="$usr/share/man/man1/$bin.1.gz"
    [ -e "$page" ] || continue
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || problem "$bin.1: $warnings"
    text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$page" 2>/dev/null | col -bx)
    grep -q "ari-console $version" <<<"$text" || problem "$bin.1 does not carry the version $version"
    help=$(QT_QPA_PLATFORM=offscreen "$usr/bin/$bin" --help)
    for opt in $(grep -oE -- '(^|[ ,])--[a-z][a-z0-9-]+' <<<"$help" | grep -oE -- '--[a-z0-9-]+' | sort -u); do
        grep -qE -- "(^|[^a-z-])$opt([^a-z-]|$)" <<<"$text" \
            || problem "$bin --help lists $opt, but resources/man/$bin.1 does not describe it"
    done
    [ "$("$usr/bin/$bin" --version)" = "$bin $version" ] || problem "$bin --version does not say '$bin $version'"
done

[ "$fail" = 0 ] && echo "install tree OK: $(find "$dest" -type f | wc -l) files"
exit "$fail"
