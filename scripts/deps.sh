#!/usr/bin/env bash
# Installs every Debian 12 package Streamdesk needs to build, test, package and run.
# Idempotent: when everything is already installed it returns at once without apt.
#
# redis-server: Debian's package starts a system service on port 6379 right after it is
# installed. Streamdesk never uses it (the sandbox, the tests and the benchmarks start
# private servers on free loopback ports), so when this script is the one installing
# redis-server it blocks that start with a temporary /usr/sbin/policy-rc.d (honoured by
# invoke-rc.d and deb-systemd-invoke), removed again afterwards, and under systemd also
# disables the unit so it does not come up at the next boot. A redis-server that was
# installed before is left exactly as its owner configured it.
#
# Environment: STREAMDESK_SKIP_DEPS=1 skips everything (for machines managed otherwise).
set -euo pipefail

if [[ "${STREAMDESK_SKIP_DEPS:-0}" == 1 ]]; then
    exit 0
fi

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config file
    # Qt 6.4: Core/Network/Sql/Widgets/Test, Charts (its CMake config needs Qt6OpenGL, which
    # qt6-charts-dev does not pull in), lupdate/lrelease, plugins loaded at run time
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
    libgl-dev libxkbcommon-dev fonts-dejavu-core
    # Redis client (hiredis parses RESP), secret storage, SQLite's C API (the ticket store's
    # hot statements run on QtSql's own connection handle)
    libhiredis-dev qtkeychain-qt6-dev libsqlite3-dev
    # the executables' allocator (see CMakeLists.txt)
    libjemalloc-dev
    # servers and tools the sandbox, tests and benchmarks start: redis-server, redis-benchmark, openssl
    redis-server redis-tools openssl
    # headless GUI runs
    xvfb xauth
    # desktop file and AppStream checks of the package
    desktop-file-utils appstream
)

# Node.js for the SSE peer tests. NodeSource's nodejs ships npm itself and conflicts with
# Debian's npm package, so ask apt only for what is missing from PATH.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
declare -A installed=()
while IFS=$'\t' read -r name status; do
    [[ "$status" == installed ]] && installed[$name]=1
done < <(dpkg-query -W -f='${Package}\t${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)
for p in "${packages[@]}"; do
    [[ -n "${installed[$p]:-}" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "deps: missing packages: ${missing[*]}" >&2
        echo "deps: run this script as root, or install sudo, to install them." >&2
        exit 1
    fi
    sudo=(sudo)
fi

echo "deps: installing ${missing[*]}"

policy=/usr/sbin/policy-rc.d
own_policy=0
redis_new=0
if [[ " ${missing[*]} " == *" redis-server "* ]]; then
    redis_new=1
    if [[ ! -e "$policy" ]]; then
        # Deny only redis-server's start; every other package behaves as usual.
        printf '#!/bin/sh\n# temporary, written by streamdesk scripts/deps.sh\n[ "$1" = redis-server ] && exit 101\nexit 0\n' \
            | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod 755 "$policy"
        own_policy=1
    fi
fi
cleanup() {
    if ((own_policy)); then
        "${sudo[@]}" rm -f "$policy"
    fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"

if ((redis_new)) && [[ -d /run/systemd/system ]]; then
    # Keep the freshly installed system service from starting at the next boot.
    "${sudo[@]}" systemctl disable --now redis-server.service >/dev/null 2>&1 || true
fi
echo "deps: done"
