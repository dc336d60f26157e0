#!/usr/bin/env bash
# The check bench (README, "Performance"): digest:check with links offline as a whole Maven
# process, side by side in one run with
#   - the floor: a plain Java program that only reads and CommonMark-parses the same files,
#   - markdownlint-cli2 with its default rules over the same files (from npm),
# an unchanged re-run (incremental cache), Maven and the plugin starting with nothing to do
# (digest.skip=true), a cold check with every rule off, the cold check and the floor with C1 only
# (-XX:TieredStopAtLevel=1, as a content repository's .mvn/jvm.config can set), and 1x/2x/4x
# corpus sizes. Every JVM gets -Xmx256m, and BENCH_JVM_OPTS when set (the floor's JVM and
# Maven's alike), e.g. -XX:+UseParallelGC. Prints a table; takes about 13 minutes. Usage, from the repository root:
#   [BENCH_JVM_OPTS=...] digest-maven-plugin/src/bench/check-bench.sh [files=3500] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
FILES=${1:-3500}
RUNS=${2:-5}
JVM_OPTS="-Xmx256m ${BENCH_JVM_OPTS:-}"
WORK=$ROOT/digest-maven-plugin/target/bench-check
MARKDOWNLINT_VERSION=0.24.1
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
mkdir -p "$WORK"

echo "Building the plugin and the bench classes..."
./mvnw -q -B -ntp -pl digest-maven-plugin -am install -DskipTests
./mvnw -q -B -ntp -pl digest-model test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
CP="$ROOT/digest-model/target/test-classes:$ROOT/digest-model/target/classes:$(cat "$WORK/classpath.txt")"

if [ ! -x "$WORK/tools/node_modules/.bin/markdownlint-cli2" ]; then
  echo "Installing markdownlint-cli2 $MARKDOWNLINT_VERSION from npm..."
  npm install --silent --no-audit --no-fund --prefix "$WORK/tools" "markdownlint-cli2@$MARKDOWNLINT_VERSION" >/dev/null
fi

corpus() { # corpus <files> -> folder, generated once per version of the generator
  local dir="$WORK/corpus-$1"
  [ -f "$dir/.bench-corpus" ] || rm -rf "$dir" # written by the generator before it kept a stamp
  java -Xmx256m -cp "$CP" org.paperdigest.digest.bench.CorpusBench "$dir" "$1" --generate-only >/dev/null
  # A content repository of its own: Maven takes its .mvn (none of this repository's jvm.config),
  # so only BENCH_JVM_OPTS sets the JVM, for Maven and the floor alike.
  mkdir -p "$dir/.mvn"
  echo "$dir"
}

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

floor() { # floor <dir> [extra JVM options] -> seconds (whole process)
  local t; t=$(now)
  java $JVM_OPTS ${2:-} -cp "$CP" org.paperdigest.digest.bench.ParseFloor "$1" >/dev/null
  elapsed "$t"
}

check() { # check <dir> <cold|warm> [extra JVM options] [goal parameters] -> "wall plugin" seconds
  local dir=$1 t log="$WORK/check.log"
  [ "$2" = cold ] && rm -rf "$dir/target"
  t=$(now)
  (cd "$dir" && MAVEN_OPTS="$JVM_OPTS ${3:-}" "$ROOT/mvnw" -B -o \
    "org.paperdigest:digest-maven-plugin:$VERSION:check" \
    -Ddigest.includes='paper_logs/**/*.md' -Ddigest.links=offline \
    -Ddigest.failOnViolation=false ${4:-} >"$log" 2>&1) || { tail -20 "$log" >&2; exit 1; }
  local wall; wall=$(elapsed "$t")
  local plugin; plugin=$(sed -n 's/.*digest:check took \([0-9.]*\) s.*/\1/p' "$log")
  grep -q "Checked $(find "$dir/paper_logs" -name '*.md' | wc -l) files" "$log" || { echo "unexpected check output" >&2; exit 1; }
  echo "$wall $plugin"
}

skipped() { # skipped <dir> -> seconds: Maven and the plugin start, digest.skip=true, no file read
  local t; t=$(now)
  (cd "$1" && MAVEN_OPTS="$JVM_OPTS" "$ROOT/mvnw" -B -o -q \
    "org.paperdigest:digest-maven-plugin:$VERSION:check" -Ddigest.skip=true >/dev/null 2>&1)
  elapsed "$t"
}

# Every rule off (ids from the Rule enum): what a cold check costs before any rule runs.
RULES_OFF=$(grep -o '^  DG[0-9]\{3\}(' "$ROOT/digest-model/src/main/java/org/paperdigest/digest/Rule.java" \
  | tr -d ' (' | sed 's/$/=off/' | paste -sd, -)

markdownlint() { # markdownlint <dir> -> seconds
  local t; t=$(now)
  (cd "$1" && "$WORK/tools/node_modules/.bin/markdownlint-cli2" "paper_logs/**/*.md" >/dev/null 2>&1) || true
  elapsed "$t"
}

BASE=$(corpus "$FILES")
MB=$(du -sm --apparent-size "$BASE/paper_logs" | cut -f1)
echo "Corpus: $FILES files, ${MB} MB ($BASE); $RUNS runs each (markdownlint-cli2 3), median"

declare -a F C CP_ W WP M S R
for i in $(seq "$RUNS"); do
  F+=("$(floor "$BASE")")
  read -r cw cp < <(check "$BASE" cold); C+=("$cw"); CP_+=("$cp")
  read -r ww wp < <(check "$BASE" warm); W+=("$ww"); WP+=("$wp")
  S+=("$(skipped "$BASE")")
  read -r rw _ < <(check "$BASE" cold "" "-Ddigest.rules=$RULES_OFF"); R+=("$rw")
done
for i in 1 2 3; do M+=("$(markdownlint "$BASE")"); done # a minute each: 3 runs, not $RUNS
# The same cold check and floor with the JIT's first tier only, as a .mvn/jvm.config can ask.
C1=-XX:TieredStopAtLevel=1
declare -a F1 C1W
for i in $(seq "$RUNS"); do
  F1+=("$(floor "$BASE" "$C1")")
  read -r cw _ < <(check "$BASE" cold "$C1"); C1W+=("$cw")
done
floor_s=$(printf '%s\n' "${F[@]}" | median)
cold_s=$(printf '%s\n' "${C[@]}" | median)
cold_p=$(printf '%s\n' "${CP_[@]}" | median)
warm_s=$(printf '%s\n' "${W[@]}" | median)
warm_p=$(printf '%s\n' "${WP[@]}" | median)
mdl_s=$(printf '%s\n' "${M[@]}" | median)
floor1_s=$(printf '%s\n' "${F1[@]}" | median)
cold1_s=$(printf '%s\n' "${C1W[@]}" | median)
skip_s=$(printf '%s\n' "${S[@]}" | median)
off_s=$(printf '%s\n' "${R[@]}" | median)

printf '\n%-58s %9s %s\n' "run" "seconds" "ratio"
printf '%-58s %9.2f\n' "floor: java, read + CommonMark-parse only (whole process)" "$floor_s"
printf '%-58s %9.2f %6.2fx floor (target <= 2x)\n' "digest:check, links offline, cold (whole Maven process)" "$cold_s" "$(echo "$cold_s / $floor_s" | bc -l)"
printf '%-58s %9.2f %6.2fx faster (target >= 10x)\n' "markdownlint-cli2 $MARKDOWNLINT_VERSION, default rules" "$mdl_s" "$(echo "$mdl_s / $cold_s" | bc -l)"
printf '%-58s %9.2f\n' "digest:check cold, plugin's own time" "$cold_p"
printf '%-58s %9.2f %6.1f%% of cold (target <= 15%%)\n' "digest:check unchanged re-run, plugin's own time" "$warm_p" "$(echo "100 * $warm_p / $cold_p" | bc -l)"
printf '%-58s %9.2f\n' "digest:check unchanged re-run (whole Maven process)" "$warm_s"
printf '%-58s %9.2f\n' "digest:check, digest.skip=true (Maven, the plugin: no work)" "$skip_s"
printf '%-58s %9.2f %6.2fx floor\n' "digest:check cold, every rule off (model, cache, reports)" "$off_s" "$(echo "$off_s / $floor_s" | bc -l)"
printf '%-58s %9.2f\n' "floor, $C1" "$floor1_s"
printf '%-58s %9.2f %6.2fx floor with it, %.2fx faster than markdownlint-cli2\n' "digest:check cold, $C1" "$cold1_s" "$(echo "$cold1_s / $floor1_s" | bc -l)" "$(echo "$mdl_s / $cold1_s" | bc -l)"

printf '\n%-10s %8s %10s %10s\n' "corpus" "files" "plugin s" "files/s"
for k in 1 2 4; do
  n=$((FILES * k))
  dir=$(corpus "$n")
  read -r _ p < <(check "$dir" cold)
  printf '%-10s %8d %10.2f %10.0f\n' "${k}x" "$n" "$p" "$(echo "$n / $p" | bc -l)"
done
echo "(all JVMs $JVM_OPTS; $(nproc) cores; $(java -version 2>&1 | head -1))"
