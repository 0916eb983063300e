#!/usr/bin/env bash
# Fetch real ZooKeeper builds of other release lines for the test oracle: Debian's
# `libzookeeper-java` 3.4.13 (bullseye), 3.9.x (trixie) and the newest 3.9 (sid).
# 3.8.0 is the installed `zookeeper` package (/usr/share/java/zookeeper.jar), not fetched here.
#
# Never touches the system's apt setup: apt-get runs with its own source list, list directory,
# cache and status file under the cache folder. Each package is unpacked with `dpkg-deb -x` into
#   ${ZKLINT_ZK_CACHE:-~/.cache/zklint-zk}/<upstream version>/usr/share/java/zookeeper.jar
# and recorded as one line of versions.tsv: <upstream> <suite> <debian version> <upstream>.
# A suite is cached when its row (column 2 = suite) names a version (column 1) whose jar is
# present; it is then not fetched again (no network). Rows are replaced per suite only: two
# suites may carry the same upstream version (trixie and sid often do), each keeps its row.
#
# Usage: scripts/fetch-zookeeper.sh [suite ...]    (default: bullseye trixie sid)
set -euo pipefail

cache="${ZKLINT_ZK_CACHE:-$HOME/.cache/zklint-zk}"
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(bullseye trixie sid)
mkdir -p "$cache"
tsv="$cache/versions.tsv"
touch "$tsv"

# The version cached for a suite: column 1 of the last row whose column 2 is the suite.
cached_version() { awk -F'\t' -v s="$1" '$2 == s && $1 != "" { v = $1 } END { print v }' "$tsv"; }
missing=()
for s in "${suites[@]}"; do
  v=$(cached_version "$s")
  if [ -n "$v" ] && [ -f "$cache/$v/usr/share/java/zookeeper.jar" ]; then
    echo "zookeeper $v ($s): cached in $cache/$v"
    continue
  fi
  missing+=("$s")
done
[ ${#missing[@]} -gt 0 ] || exit 0

apt_dir="$cache/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial" "$apt_dir/debs"
: >"$apt_dir/status"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$keyring" ] || { echo "fetch-zookeeper: $keyring is missing (apt-get install debian-archive-keyring)" >&2; exit 1; }
mirror="${ZKLINT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
: >"$apt_dir/sources.list"
for s in "${missing[@]}"; do
  echo "deb [signed-by=$keyring] $mirror $s main" >>"$apt_dir/sources.list"
done
apt_opts=(
  -o "Dir::Etc::SourceList=$apt_dir/sources.list"
  -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$apt_dir/lists"
  -o "Dir::State::Status=$apt_dir/status"
  -o "Dir::Cache=$apt_dir"
  -o "Dir::Cache::Archives=$apt_dir/archives"
  -o APT::Get::List-Cleanup=false
  -o Acquire::Languages=none
  -o APT::Sandbox::User=root
)
apt-get "${apt_opts[@]}" -qq update

for s in "${missing[@]}"; do
  rm -f "$apt_dir/debs/"*.deb
  (cd "$apt_dir/debs" && apt-get "${apt_opts[@]}" -qq download "libzookeeper-java/$s")
  deb=$(ls "$apt_dir/debs/"libzookeeper-java_*.deb | head -1)
  debver=$(dpkg-deb -f "$deb" Version)
  upstream="${debver%%-*}"
  upstream="${upstream#*:}"
  rm -rf "$cache/$upstream.tmp"
  dpkg-deb -x "$deb" "$cache/$upstream.tmp"
  [ -f "$cache/$upstream.tmp/usr/share/java/zookeeper.jar" ] || { echo "fetch-zookeeper: no zookeeper.jar in $deb" >&2; exit 1; }
  rm -rf "${cache:?}/$upstream"
  mv "$cache/$upstream.tmp" "$cache/$upstream"
  awk -F'\t' -v s="$s" '$2 != s' "$tsv" >"$tsv.tmp" || true
  printf '%s\t%s\t%s\t%s\n' "$upstream" "$s" "$debver" "$upstream" >>"$tsv.tmp"
  mv "$tsv.tmp" "$tsv"
  rm -f "$deb"
  echo "zookeeper $upstream ($s, $debver): $cache/$upstream"
done
