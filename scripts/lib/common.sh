# Shared by scripts/test and scripts/demo: the Debian packages the build needs,
# installed when missing, and the configure/build steps.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Build and test dependencies, by Debian 12 package name.
ARI_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    libsimdjson-dev
    zlib1g-dev  # gzipped session captures
    openssl ca-certificates curl
    qtkeychain-qt6-dev
    # console_ui: listening to recordings (QAudioSink)
    qt6-multimedia-dev
    # tst_profilestore: a real Secret Service keychain under a private D-Bus session
    gnome-keyring dbus dbus-x11 libsecret-1-0
    # resources/: translations (LinguistTools), PNG icons from the SVG; the SVG icon engine at run time
    qt6-tools-dev qt6-l10n-tools librsvg2-bin libqt6svg6
    # tests/packaging: the desktop file, the metainfo and the man pages are checked
    desktop-file-utils appstream man-db bsdextrautils
)

# scripts/package-test: cpack's dependency search (dpkg-shlibdeps) and a fresh Debian root.
ARI_PACKAGE_TEST_PACKAGES=(dpkg-dev debootstrap)

# scripts/test --sanitize: clang builds the sanitizer build, so that the
# libFuzzer targets (tests/fuzz) come out of the same build.
ARI_SANITIZE_PACKAGES=(clang libclang-rt-14-dev llvm)

ensure_packages() {
    local missing=()
    for p in "${ARI_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "  sudo sh -c '$cmd'" >&2
        exit 1
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR [cmake args...]
configure_and_build() {
    local dir=$1
    shift
    local launcher=()
    # ccache, when the machine has it, makes rebuilds in several build folders cheap.
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DARI_WERROR=ON "${launcher[@]}" "$@"
    cmake --build "$dir" -j2
}
