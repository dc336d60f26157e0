#!/usr/bin/env bash
# The authors bench (docs/performance.md): digest:check with links online over the bench corpus
# (real-shaped digests, thousands of entries), as a whole Maven process, against a stand-in for the
# arXiv API on 127.0.0.1 that knows every paper (ArxivStandIn: arXiv's record of each paper made up
# from its first entry, with a known difference planted in most). Only arXiv links are checked
# (linkIncludes), so the run measures the arXiv API and the authors check. Prints, per run, the
# check's wall and CPU time (user+sys) with DG121/DG122 on and off (alternating, medians), the API
# request count, and whether the findings are exactly the planted differences; then a re-run from
# the link cache (no request), and digest:fix -Ddigest.links=online followed by a check that finds
# none left. Usage, from the repository root:
#   digest-maven-plugin/src/bench/authors-bench.sh [files=400] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
FILES=${1:-400}
RUNS=${2:-3}
WORK=$ROOT/digest-maven-plugin/target/bench-authors
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
PLUGIN=org.paperdigest:digest-maven-plugin:$VERSION
mkdir -p "$WORK"

echo "Building the plugin and the bench classes..."
./mvnw -q -B -ntp -pl digest-maven-plugin -am install -DskipTests -Dinvoker.skip
./mvnw -q -B -ntp -pl digest-model,digest-maven-plugin test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
MODEL_CP="$ROOT/digest-model/target/test-classes:$ROOT/digest-model/target/classes"
CP="$ROOT/digest-maven-plugin/target/test-classes:$ROOT/digest-maven-plugin/target/classes:$MODEL_CP:$(tr ':' '\n' <"$WORK/classpath.txt" | grep -v digest-model | paste -sd:)"

CORPUS=$WORK/corpus-$FILES
java -Xmx256m -cp "$CP" org.paperdigest.digest.bench.CorpusBench "$CORPUS" "$FILES" --generate-only >/dev/null
mkdir -p "$CORPUS/.mvn" # a repository of its own: none of this repository's jvm.config

rm -f "$WORK/port"
java -Xmx512m -cp "$CP" org.paperdigest.maven.links.ArxivStandIn serve "$CORPUS" "$WORK/port" >"$WORK/stand-in.log" 2>&1 &
STAND_IN=$!
trap 'kill $STAND_IN 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  [ -s "$WORK/port" ] && break
  sleep 0.2
done
PORT=$(cat "$WORK/port")
echo "arXiv stand-in: $(cat "$WORK/stand-in.log")"

COMMON=(-B -ntp -Ddigest.includes='paper_logs/**/*.md'
  -Ddigest.links=online -Ddigest.linkIncludes='^https?://arxiv\.org/'
  -Ddigest.arxivApiUrl="http://127.0.0.1:$PORT/api/query" -Ddigest.arxivInterval=100ms
  -Ddigest.failOnViolation=false -Ddigest.incrementalCache=none)
[ -f "$CORPUS/pom.xml" ] || cat >"$CORPUS/pom.xml" <<EOF
<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>authors</artifactId><version>1</version><packaging>pom</packaging></project>
EOF

timed() { # timed <log> <command...> -> "wall cpu" (seconds; CPU: user + sys, children included)
  local log=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@" >"$log" 2>&1 || {
    tail -30 "$log" >&2
    exit 1
  }
  tail -1 "$WORK/time.txt" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
requests() { sed -n 's/.* \([0-9]*\) arXiv API request(s).*/\1/p' "$1" | tail -1; }

: >"$WORK/on.txt"
: >"$WORK/off.txt"
for run in $(seq 1 "$RUNS"); do
  on=$(timed "$WORK/on.log" ./mvnw "${COMMON[@]}" -f "$CORPUS/pom.xml" "$PLUGIN:check" -Ddigest.linkCacheFile=none \
    -Ddigest.formats=console,json -Ddigest.outputDirectory="$WORK/reports")
  off=$(timed "$WORK/off.log" ./mvnw "${COMMON[@]}" -f "$CORPUS/pom.xml" "$PLUGIN:check" -Ddigest.linkCacheFile=none \
    -Ddigest.rules=DG121=off,DG122=off -Ddigest.outputDirectory="$WORK/reports-off")
  echo "$on" >>"$WORK/on.txt"
  echo "$off" >>"$WORK/off.txt"
  echo "run $run: authors checked $on (wall cpu), not checked $off; $(requests "$WORK/on.log") arXiv API request(s)"
done
grep -h "Authors checked against arXiv" "$WORK/on.log" | sed 's/^\[INFO\] /  /'
java -cp "$CP" org.paperdigest.maven.links.ArxivStandIn verify "$CORPUS" "$WORK/reports/digest.json"
printf 'medians: with DG121/DG122 %s s wall, %s s CPU; without %s s wall, %s s CPU\n' \
  "$(cut -d' ' -f1 "$WORK/on.txt" | median)" "$(cut -d' ' -f2 "$WORK/on.txt" | median)" \
  "$(cut -d' ' -f1 "$WORK/off.txt" | median)" "$(cut -d' ' -f2 "$WORK/off.txt" | median)"

CACHE=$WORK/link-cache.json
rm -f "$CACHE"
timed "$WORK/cold.log" ./mvnw "${COMMON[@]}" -f "$CORPUS/pom.xml" "$PLUGIN:check" \
  -Ddigest.linkCacheFile="$CACHE" >/dev/null
warm=$(timed "$WORK/warm.log" ./mvnw "${COMMON[@]}" -f "$CORPUS/pom.xml" "$PLUGIN:check" \
  -Ddigest.linkCacheFile="$CACHE")
echo "re-run within arxivCacheMaxAge: $warm (wall cpu), $(requests "$WORK/warm.log") arXiv API request(s)"

FIXED=$WORK/fixed
rm -rf "$FIXED"
cp -r "$CORPUS" "$FIXED"
fix=$(timed "$WORK/fix.log" ./mvnw "${COMMON[@]}" -f "$FIXED/pom.xml" "$PLUGIN:fix" -Ddigest.allowUncommitted=true -Ddigest.linkCacheFile="$CACHE")
echo "digest:fix online: $fix (wall cpu); $(grep -h '^\[INFO\] Fixed' "$WORK/fix.log" | sed 's/^\[INFO\] //')"
grep -c 'fixed DG12[12]' "$WORK/fix.log" | sed 's/^/  author lines rewritten: /'
./mvnw "${COMMON[@]}" -f "$FIXED/pom.xml" "$PLUGIN:check" \
  -Ddigest.linkCacheFile="$CACHE" >"$WORK/after.log" 2>&1
grep -h "Authors checked against arXiv" "$WORK/after.log" | sed 's/^\[INFO\] /  after the fix: /'
