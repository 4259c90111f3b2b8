#!/usr/bin/env bash
# Run a command while every other process on the machine (and its session's autogroup) runs at
# nice 19 (restored afterwards),
# so that a benchmark on this shared 2-core machine is not measured against other agents' builds.
# The benchmark's own Elasticsearch node is recognised by the folder it logs.
# Usage: benchmarks/quiet.sh LOGFILE command...   (as root, to change other users' priorities)
# e.g. benchmarks/quiet.sh target/bulk.txt benchmarks/bulk.sh compare 3
log="$1"; shift
start=$(date +%s)
"$@" > "$log" 2>&1 &
bench=$!
own_group=$(cut -d' ' -f1 "/proc/$bench/autogroup")
reniced=/tmp/quiet-bench.$$.pids
: > "$reniced"
descendants() { local p=$1; echo "$p"; for c in $(pgrep -P "$p"); do descendants "$c"; done; }
# whether the benchmark started this process (it may have started after the keep list was made)
from_bench() { local p=$1; while [ -n "$p" ] && [ "$p" -gt 1 ]; do [ "$p" = "$bench" ] && return 0; p=$(ps -o ppid= -p "$p" | tr -d ' '); done; return 1; }
while kill -0 "$bench" 2>/dev/null; do
  folder=$(grep -o 'folder /var/tmp/[^)]*' "$log" 2>/dev/null | head -1 | cut -d' ' -f2)
  keep=" $(descendants $bench | tr '\n' ' ') $$ "
  if [ -n "$folder" ]; then keep+=" $(pgrep -f "$folder" | tr '\n' ' ') "; fi
  for pid in $keep; do renice -n 0 -p "$pid" >/dev/null 2>&1; done
  echo 0 > "/proc/$bench/autogroup" 2>/dev/null
  running=$(( $(date +%s) - start ))
  ps -eo pid=,ni=,etimes=,user=,comm= | while read -r pid ni age user comm; do
    [ "$ni" -lt 19 ] || continue
    case "$comm" in java|node|mvn|curl|bash|sh|python3|timeout) ;; *) continue;; esac
    case "$keep" in *" $pid "*) continue;; esac
    from_bench "$pid" && continue
    # until the benchmark names its node, spare nodes started since the benchmark began
    if [ -z "$folder" ] && [ "$user" != root ] && [ "$age" -le "$running" ]; then continue; fi
    # with autogroups, nice only ranks processes within one session: lower the session too
    renice -n 19 -p "$pid" >/dev/null 2>&1 && echo "$pid" >> "$reniced"
    [ "$(cut -d' ' -f1 "/proc/$pid/autogroup" 2>/dev/null)" = "$own_group" ] || echo 19 > "/proc/$pid/autogroup" 2>/dev/null
  done
  sleep 1
done
wait "$bench"; rc=$?
for pid in $(sort -u "$reniced"); do renice -n 0 -p "$pid" >/dev/null 2>&1; echo 0 > "/proc/$pid/autogroup" 2>/dev/null; done
rm -f "$reniced"
exit $rc
