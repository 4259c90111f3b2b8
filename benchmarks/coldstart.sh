#!/usr/bin/env bash
# Cold start (BENCHMARKS.md section 7): process launch to the first answered search, for the
# sample's function under Google's invoker, AWS's runtime interface client and an Azure
# stand-in, for the same Google function on a hand-built client and on the starter's, for each
# start-up step (Java 25, lazy initialization, Spring AOT, class data sharing, the AOT cache),
# and for the official Node.js client from a fresh node process.
# Usage: benchmarks/coldstart.sh [rounds] [regular expression: only the contenders it matches, and Node.js];
# run it under benchmarks/quiet.sh on a shared machine.
# Needs node (installs the Node.js client 9.x from npm into benchmarks/target/nodejs) and a JDK 25
# (JAVA25_HOME, else the first /usr/lib/jvm/*25* found).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
only="${2:-.*}"
. benchmarks/nodejs-client.sh
java25="${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}"
[ -x "$java25/bin/java" ] || { echo "No JDK 25: set JAVA25_HOME" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -ntp -q -pl benchmarks,sample-app -am -Paws-lambda package -DskipTests -Dinvoker.skip=true
fi
# The Lambda package, unpacked as Lambda does into its task root.
work=benchmarks/target/coldstart
rm -rf "$work" && mkdir -p "$work/task"
unzip -q sample-app/target/elastic-sample-app-aws-lambda.zip -d "$work/task"
results=benchmarks/target/results
mkdir -p "$results"
# The benchmark's classes as a jar: the AOT cache takes no directory on the class path.
java -Xmx1g -cp "$(ls benchmarks/target/elastic-benchmarks-*.jar):$(cat benchmarks/target/classpath.txt):sample-app/target/classes:$(cat sample-app/target/function-runtimes/function.classpath)" \
  io.github.elasticstarter.benchmarks.ColdStartComparison "$rounds" sample-app/target "$PWD/$work/task" \
  "$PWD/$nodejs/node_modules" "$java25" "$PWD/$work" "$only" | tee "$results/coldstart.txt"
