#!/usr/bin/env bash
# Bulk loading (BENCHMARKS.md section 6): the Node.js client's helpers.bulk, the Java client's
# BulkIngester, the starter's ElasticBulk and curl with pre-built bodies, on the local HTTPS node
# through a Cloud ID. Usage: benchmarks/bulk.sh [compare|sweep|compression] [rounds] [document limit, 0 = all]
# Installs the Node.js client (9.x) into benchmarks/target/nodejs from npm; needs node and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-compare}"
rounds="${2:-3}"
limit="${3:-0}"
. benchmarks/nodejs-client.sh
if [ ! -f benchmarks/target/classpath.txt ] || [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -ntp -q -pl benchmarks -am package -DskipTests
fi
results=benchmarks/target/results
mkdir -p "$results"
java -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  io.github.elasticstarter.benchmarks.BulkComparison "$mode" sample-app/src/main/resources/data/cities.tsv.gz \
  "$rounds" "$nodejs/node_modules" "$limit" | tee "$results/bulk-$mode.txt"
