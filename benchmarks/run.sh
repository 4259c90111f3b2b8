#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md on a real local node, each against its baseline in the
# same run, and writes the raw output to benchmarks/target/results/. Takes about 50 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks,sample-app -am package -DskipTests
mvn -B -ntp -q -f sample-app/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
sample="sample-app/target/classes:$(cat sample-app/target/classpath.txt)"
results=benchmarks/target/results
mkdir -p "$results"
run() { java -Xmx1g -cp "$1" "${@:2}"; }
# 1. Per-request overhead (JMH): starter-built vs hand-built client, get by id and a small search.
run "$classpath" org.openjdk.jmh.Main RequestOverheadBenchmark -rf json -rff "$results/overhead.json" \
  | tee "$results/overhead.txt"
# 1b. The same, balanced: both clients in one JVM, requests interleaved hand-built, starter, starter,
# hand-built; median of 40 rounds' starter/hand-built ratios. Then the same method on two identical
# hand-built clients (A/A), which shows the method's own spread and bias.
run "$classpath" io.github.elasticstarter.benchmarks.OverheadComparison 40 1000 | tee "$results/overhead-balanced.txt"
run "$classpath" io.github.elasticstarter.benchmarks.OverheadComparison 40 1000 hand-built \
  | tee "$results/overhead-control.txt"
# 2. Start-up, launch to ready: starter vs Spring Boot's own auto-configuration, alternately.
run "$classpath" io.github.elasticstarter.benchmarks.StartupComparison 10 | tee "$results/startup.txt"
# 3. Compression: bulk ingest of the sample data, request bytes at a proxy and docs/s.
run "$classpath" io.github.elasticstarter.benchmarks.CompressionComparison \
  sample-app/src/main/resources/data/cities.tsv.gz 3 | tee "$results/compression.txt"
# 4. Load: 64 threads, small searches, starter defaults vs Rest5Client/Spring Boot defaults.
run "$classpath" io.github.elasticstarter.benchmarks.LoadComparison 64 300 3 | tee "$results/load.txt"
# 5. Warm invocations of the sample function.
run "$classpath:$sample" io.github.elasticstarter.benchmarks.WarmInvocations 1000 | tee "$results/warm.txt"
# 6. Bulk loading: Node.js helpers.bulk, BulkIngester, ElasticBulk, curl (installs the Node.js client from npm).
SKIP_BUILD=1 benchmarks/bulk.sh compare 3
# 7. Cold start of the sample's function on each platform's entry point, the start-up steps, and Node.js.
benchmarks/coldstart.sh 10
grep -h '^RESULT\|^Benchmark\|^RequestOverhead' "$results"/*.txt
