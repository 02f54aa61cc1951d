# Shared by scripts/run and scripts/test: install what is missing from Debian 12, then configure and build.
# shellcheck shell=bash

CANDOR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages Candor needs to build, run and test.
CANDOR_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6 qt6-svg-dev qt6-translations-l10n
    libgl-dev libxkbcommon-dev libsqlite3-dev
)

# Only the tests need these: clang and its sanitizer/libFuzzer runtimes build the fuzz targets (scripts/fuzz);
# pdftotext reads the text back out of generated PDFs, cmark checks that the Markdown
# reports parse as CommonMark, the sqlite3 shell runs tests/benchmarks/trends.sql in the benchmark's smoke run;
# tests/install validates the menu entry (desktop-file-utils) and AppStream metainfo (appstream) and builds the .deb
# (dpkg-dev, for dpkg-shlibdeps); the tests' _pg variants run against a throwaway cluster of postgresql-15 (it brings
# the client too) that scripts/pg-cluster starts on a port python3 finds free.
CANDOR_TEST_PACKAGES=(poppler-utils cmark sqlite3 clang libclang-rt-14-dev desktop-file-utils appstream dpkg-dev
    postgresql-15 python3)

# candor_install_packages [more packages...]: installs whatever of CANDOR_PACKAGES and the given ones is missing.
candor_install_packages() {
    local missing=()
    local package
    for package in "${CANDOR_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    if [ "$(id -u)" -ne 0 ]; then
        echo "Candor needs these Debian packages. Install them as root, then run this script again:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# candor_build BUILD_DIR BUILD_TYPE [extra cmake arguments...]
candor_build() {
    local dir="$1" type="$2"
    shift 2
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    cmake -S "$CANDOR_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DCANDOR_WERROR="$werror" "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}
