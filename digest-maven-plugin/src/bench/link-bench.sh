#!/usr/bin/env bash
# The link bench as users pay it (docs/performance.md): digest:check with links online, as a whole
# Maven process, against a thread-per-connection server on 20 loopback addresses (each answer after
# 50 ms; the server competes for the cores as a busy CI runner does), side by side in one run with
# linkinator 6 (npm) over the same digests. Each run times a check with links offline and one
# online: the link time is their difference, and CPU per link the difference of their CPU time
# (user+sys, /usr/bin/time) over the links. The check runs twice per run: with the JVM's default
# JIT, and with the .mvn/jvm.config README recommends for content repositories
# (-XX:TieredStopAtLevel=1: C1 only, for a short run). Prints every run and the medians.
# Usage, from the repository root: digest-maven-plugin/src/bench/link-bench.sh [urls=8000] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
URLS=${1:-8000}
RUNS=${2:-5}
HOSTS=20
LATENCY=50
CAP=64
PER_HOST=8
PORT=${BENCH_PORT:-18711}
LINKINATOR_VERSION=6.3.0
WORK=$ROOT/digest-maven-plugin/target/bench-links-process
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
mkdir -p "$WORK"

echo "Building the plugin and the bench classes..."
./mvnw -q -B -ntp -pl digest-maven-plugin -am install -DskipTests -Dinvoker.skip
./mvnw -q -B -ntp -pl digest-maven-plugin test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
CP="$ROOT/digest-maven-plugin/target/test-classes:$ROOT/digest-maven-plugin/target/classes:$(cat "$WORK/classpath.txt")"

if [ ! -x "$WORK/tools/node_modules/.bin/linkinator" ]; then
  echo "Installing linkinator $LINKINATOR_VERSION from npm..."
  npm install --silent --no-audit --no-fund --prefix "$WORK/tools" "linkinator@$LINKINATOR_VERSION" >/dev/null
fi

CORPUS=$WORK/corpus
rm -rf "$CORPUS"
java -cp "$CP" org.paperdigest.maven.links.LinkCheckBench --generate "$CORPUS" "$URLS" "$HOSTS" "$PORT"
mkdir -p "$CORPUS/.mvn" # a repository of its own: none of this repository's jvm.config

java -Xmx256m -cp "$CP" org.paperdigest.maven.links.ThreadPerConnectionServer "$HOSTS" "$LATENCY" "$PORT" \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  grep -q listening "$WORK/server.log" && break
  sleep 0.2
done

timed() { # timed <log> <command...> -> "wall cpu"
  local log=$1
  shift
  /usr/bin/time -f "TIME %e %U %S" -o "$WORK/time.txt" "$@" >"$log" 2>&1 || {
    tail -20 "$log" >&2
    exit 1
  }
  awk '/^TIME/ {printf "%.2f %.2f\n", $2, $3 + $4}' "$WORK/time.txt"
}

check() { # check <offline|online> <jvm.config line> -> "wall cpu"
  echo "$2" >"$CORPUS/.mvn/jvm.config"
  (cd "$CORPUS" && MAVEN_OPTS="-Xmx256m" timed "$WORK/check-$1.log" "$ROOT/mvnw" -B -nsu \
    "org.paperdigest:digest-maven-plugin:$VERSION:check" -Ddigest.links="$1" \
    -Ddigest.includes='**/*.md' -Ddigest.failOnViolation=false -Ddigest.formats=console \
    -Ddigest.incrementalCache=none -Ddigest.linkCacheFile=none -Ddigest.allowedHosts=127.0.0.0/8 \
    -Ddigest.maxConcurrency=$CAP -Ddigest.maxConcurrencyPerHost=$PER_HOST -Ddigest.maxRetries=0)
}

linkinator() { # -> "wall cpu"
  (cd "$CORPUS" && timed "$WORK/linkinator.log" "$WORK/tools/node_modules/.bin/linkinator" \
    "**/*.md" --markdown --concurrency "$CAP" --timeout 20000)
}

C1=-XX:TieredStopAtLevel=1
echo "$URLS distinct URLs over $HOSTS loopback hosts, ${LATENCY} ms an answer, cap $CAP ($PER_HOST per host), $RUNS runs"
printf "%-4s %-24s %-24s %-24s %-24s %-24s\n" run "check offline" "check online" "check offline, C1" "check online, C1" "linkinator $LINKINATOR_VERSION"
: >"$WORK/runs.txt"
show() { echo "$1" | awk '{printf "%.2f s, %.2f s CPU", $1, $2}'; }
for run in $(seq 1 "$RUNS"); do
  off=$(check offline "")
  on=$(check online "")
  grep -q "Checked $URLS distinct link(s)" "$WORK/check-online.log" || { echo "the online check checked no links" >&2; exit 1; }
  off1=$(check offline "$C1")
  on1=$(check online "$C1")
  grep -q "Checked $URLS distinct link(s)" "$WORK/check-online.log" || { echo "the online check checked no links" >&2; exit 1; }
  lk=$(linkinator)
  echo "$off $on $off1 $on1 $lk" >>"$WORK/runs.txt"
  printf "%-4s %-24s %-24s %-24s %-24s %-24s\n" "$run" "$(show "$off")" "$(show "$on")" "$(show "$off1")" "$(show "$on1")" "$(show "$lk")"
done
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk "{print $1}" "$WORK/runs.txt" | median; }
floor=$(echo "($URLS + $CAP - 1) / $CAP * $LATENCY / 1000" | bc -l)
echo
printf "medians of %d runs (floor ceil(%d/%d) x %d ms = %.2f s):\n" "$RUNS" "$URLS" "$CAP" "$LATENCY" "$floor"
printf "  digest:check, default JIT: link time (online - offline) %.2f s, CPU per link %.3f ms; whole online run %.2f s, %.2f s CPU\n" \
  "$(col '$3 - $1')" "$(col "(\$4 - \$2) * 1000 / $URLS")" "$(col '$3')" "$(col '$4')"
printf "  digest:check, C1 only:     link time (online - offline) %.2f s, CPU per link %.3f ms; whole online run %.2f s, %.2f s CPU\n" \
  "$(col '$7 - $5')" "$(col "(\$8 - \$6) * 1000 / $URLS")" "$(col '$7')" "$(col '$8')"
printf "  linkinator, its whole run: %.2f s, CPU per link %.3f ms (%.2f s CPU)\n" \
  "$(col '$9')" "$(col "\$10 * 1000 / $URLS")" "$(col '$10')"
