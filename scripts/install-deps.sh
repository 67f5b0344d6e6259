#!/usr/bin/env bash
# Installs what the harness needs and is missing: OpenBLAS (libopenblas-dev, found through
# pkg-config), gnuplot with the cairo terminals, and the English text corpus (fortunes).
# On Debian as root it uses apt-get; elsewhere it says what to install and fails.
set -euo pipefail

need=()
pkg-config --exists openblas 2>/dev/null || need+=(libopenblas-dev pkg-config)
command -v gnuplot >/dev/null 2>&1 || need+=(gnuplot-nox)
[ -d /usr/share/games/fortunes ] || need+=(fortunes)

if ! command -v swift >/dev/null 2>&1; then
  echo "error: no Swift toolchain on PATH (need Swift 5.9 or newer; see https://swift.org/install)" >&2
  exit 1
fi

[ ${#need[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  echo "installing: ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "error: missing ${need[*]}." >&2
  echo "On Debian/Ubuntu run as root: apt-get install ${need[*]}" >&2
  echo "Elsewhere install OpenBLAS (with its pkg-config file 'openblas'), gnuplot with pngcairo, and a plain-text corpus." >&2
  exit 1
fi
