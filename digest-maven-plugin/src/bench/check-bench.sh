#!/usr/bin/env bash
# The check bench (docs/performance.md): digest:check with links offline as a whole Maven
# process, side by side in one run with
#   - the floor: a plain Java program that only reads and CommonMark-parses the same files,
#   - markdownlint-cli2 with its default rules over the same files (from npm),
# an unchanged re-run (incremental cache), Maven and the plugin starting with nothing to do
# (digest.skip=true), a cold check with every rule off, the cold check and the floor with C1 only
# (-XX:TieredStopAtLevel=1, as a content repository's .mvn/jvm.config can set), and 1x/2x/4x
# corpus sizes. Every JVM gets -Xmx256m, and BENCH_JVM_OPTS when set (the floor's JVM and
# Maven's alike), e.g. -XX:+UseParallelGC. Prints a table of wall and CPU (user+sys) time; takes about 13 minutes. Usage, from the repository root:
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

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

timed() { # timed <log> <command...> -> "wall cpu" (seconds; CPU: user + sys, children included)
  local log=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@" >"$log" 2>&1 || true
  # The last line: before it, time writes "Command exited with non-zero status N" when so.
  tail -1 "$WORK/time.txt" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}

floor() { # floor <dir> [extra JVM options] -> "wall cpu" (whole process)
  timed /dev/null java $JVM_OPTS ${2:-} -cp "$CP" org.paperdigest.digest.bench.ParseFloor "$1"
}

check() { # check <dir> <cold|warm> [extra JVM options] [goal parameters] -> "wall cpu plugin"
  local dir=$1 log="$WORK/check.log"
  [ "$2" = cold ] && rm -rf "$dir/target"
  local times; times=$(cd "$dir" && MAVEN_OPTS="$JVM_OPTS ${3:-}" timed "$log" "$ROOT/mvnw" -B -o \
    "org.paperdigest:digest-maven-plugin:$VERSION:check" \
    -Ddigest.includes='paper_logs/**/*.md' -Ddigest.links=offline \
    -Ddigest.failOnViolation=false ${4:-})
  local plugin; plugin=$(sed -n 's/.*digest:check took \([0-9.]*\) s.*/\1/p' "$log")
  grep -q "Checked $(find "$dir/paper_logs" -name '*.md' | wc -l) files" "$log" || { tail -20 "$log" >&2; echo "unexpected check output" >&2; exit 1; }
  echo "$times $plugin"
}

skipped() { # skipped <dir> -> "wall cpu": Maven and the plugin start, digest.skip=true, no file read
  (cd "$1" && MAVEN_OPTS="$JVM_OPTS" timed /dev/null "$ROOT/mvnw" -B -o -q \
    "org.paperdigest:digest-maven-plugin:$VERSION:check" -Ddigest.skip=true)
}

# Every rule off (ids from the Rule enum): what a cold check costs before any rule runs.
RULES_OFF=$(grep -o '^  DG[0-9]\{3\}(' "$ROOT/digest-model/src/main/java/org/paperdigest/digest/Rule.java" \
  | tr -d ' (' | sed 's/$/=off/' | paste -sd, -)

markdownlint() { # markdownlint <dir> -> "wall cpu" (its findings make it exit non-zero)
  (cd "$1" && timed /dev/null "$WORK/tools/node_modules/.bin/markdownlint-cli2" "paper_logs/**/*.md")
}

BASE=$(corpus "$FILES")
MB=$(du -sm --apparent-size "$BASE/paper_logs" | cut -f1)
echo "Corpus: $FILES files, ${MB} MB ($BASE); $RUNS runs each (markdownlint-cli2 3), median"

declare -a F C CP_ W WP M S R F1 C1W
for i in $(seq "$RUNS"); do
  F+=("$(floor "$BASE")")
  read -r cw cc cp < <(check "$BASE" cold); C+=("$cw $cc"); CP_+=("$cp")
  read -r ww wc wp < <(check "$BASE" warm); W+=("$ww $wc"); WP+=("$wp")
  S+=("$(skipped "$BASE")")
  read -r rw rc _ < <(check "$BASE" cold "" "-Ddigest.rules=$RULES_OFF"); R+=("$rw $rc")
done
for i in 1 2 3; do M+=("$(markdownlint "$BASE")"); done # a minute each: 3 runs, not $RUNS
# The same cold check and floor with the JIT's first tier only, as a .mvn/jvm.config can ask.
C1=-XX:TieredStopAtLevel=1
for i in $(seq "$RUNS"); do
  F1+=("$(floor "$BASE" "$C1")")
  read -r cw cc _ < <(check "$BASE" cold "$C1"); C1W+=("$cw $cc")
done
wall() { printf '%s\n' "$@" | awk '{print $1}' | median; } # wall <"wall cpu">... -> median wall
cpu() { printf '%s\n' "$@" | awk '{print $2}' | median; }   # cpu <"wall cpu">... -> median CPU
floor_s=$(wall "${F[@]}"); floor_c=$(cpu "${F[@]}")
cold_s=$(wall "${C[@]}"); cold_c=$(cpu "${C[@]}")
cold_p=$(printf '%s\n' "${CP_[@]}" | median)
warm_s=$(wall "${W[@]}"); warm_c=$(cpu "${W[@]}")
warm_p=$(printf '%s\n' "${WP[@]}" | median)
mdl_s=$(wall "${M[@]}"); mdl_c=$(cpu "${M[@]}")
floor1_s=$(wall "${F1[@]}"); floor1_c=$(cpu "${F1[@]}")
cold1_s=$(wall "${C1W[@]}"); cold1_c=$(cpu "${C1W[@]}")
skip_s=$(wall "${S[@]}"); skip_c=$(cpu "${S[@]}")
off_s=$(wall "${R[@]}"); off_c=$(cpu "${R[@]}")

row() { printf '%-58s %8s %8s  %s\n' "$@"; }
row "run" "wall s" "CPU s" "ratio (wall)"
row "floor: java, read + CommonMark-parse only (whole process)" "$floor_s" "$floor_c" ""
row "digest:check, links offline, cold (whole Maven process)" "$cold_s" "$cold_c" "$(printf '%.2fx floor (target <= 2x)' "$(echo "$cold_s / $floor_s" | bc -l)")"
row "markdownlint-cli2 $MARKDOWNLINT_VERSION, default rules" "$mdl_s" "$mdl_c" "$(printf '%.2fx slower than the check (target >= 10x)' "$(echo "$mdl_s / $cold_s" | bc -l)")"
row "digest:check cold, plugin's own time" "$cold_p" "" ""
row "digest:check unchanged re-run, plugin's own time" "$warm_p" "" "$(printf '%.1f%% of cold (target <= 15%%)' "$(echo "100 * $warm_p / $cold_p" | bc -l)")"
row "digest:check unchanged re-run (whole Maven process)" "$warm_s" "$warm_c" ""
row "digest:check, digest.skip=true (Maven, the plugin: no work)" "$skip_s" "$skip_c" ""
row "digest:check cold, every rule off (model, cache, reports)" "$off_s" "$off_c" "$(printf '%.2fx floor' "$(echo "$off_s / $floor_s" | bc -l)")"
row "floor, $C1" "$floor1_s" "$floor1_c" ""
row "digest:check cold, $C1" "$cold1_s" "$cold1_c" "$(printf '%.2fx floor with it; markdownlint-cli2 %.2fx slower' "$(echo "$cold1_s / $floor1_s" | bc -l)" "$(echo "$mdl_s / $cold1_s" | bc -l)")"

printf '\n%-10s %8s %10s %10s\n' "corpus" "files" "plugin s" "files/s"
for k in 1 2 4; do
  n=$((FILES * k))
  dir=$(corpus "$n")
  read -r _ _ p < <(check "$dir" cold)
  printf '%-10s %8d %10.2f %10.0f\n' "${k}x" "$n" "$p" "$(echo "$n / $p" | bc -l)"
done
echo "(all JVMs $JVM_OPTS; $(nproc) cores; $(java -version 2>&1 | head -1))"
