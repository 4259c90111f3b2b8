# Sourced by the benchmark scripts: installs the official Node.js client (latest 9.x from npm)
# into benchmarks/target/nodejs once, and names that folder $nodejs.
nodejs=benchmarks/target/nodejs
if [ ! -d "$nodejs/node_modules/@elastic/elasticsearch" ]; then
  mkdir -p "$nodejs"
  npm install --no-audit --no-fund --prefix "$nodejs" '@elastic/elasticsearch@9' >/dev/null
fi
