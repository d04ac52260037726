#!/usr/bin/env bash
# Installs what the project needs on a fresh clone, and nothing on a warm one: npm packages (when
# node_modules is missing or older than package-lock.json) and, when no NEO4J_URI is given and no
# Docker engine answers, Java 17 + Maven for the embedded Neo4j. Everything it prints goes to stderr,
# so `npm run --silent extract` keeps stdout for its JSON.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "[setup] $*" >&2; }

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  say "Node.js 20 or newer is needed (found $(node -v))"; exit 1
fi

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

needs_java=1
[ -n "${NEO4J_URI:-}" ] && needs_java=0
if [ "$needs_java" = 1 ] && { command -v java >/dev/null && command -v mvn >/dev/null; }; then needs_java=0; fi
if [ "$needs_java" = 1 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Java 17 and Maven for the local Neo4j (apt-get)..."
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >&2
  else
    say "the local Neo4j needs Java 17 and Maven (e.g. apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI"; exit 1
  fi
fi
