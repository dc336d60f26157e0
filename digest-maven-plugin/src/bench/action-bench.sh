#!/usr/bin/env bash
# The bot recipe's step, timed as a whole process: action/digest-action.sh check with fix and a
# ratchet from HEAD (digest:fix and digest:check in one Maven run) on a repository of <files>
# committed digests plus one new day, beside the check alone (ratchet from HEAD, no fix) and a
# check of every digest. Each run starts without target/, as a bot's fresh checkout does. The
# action first builds the plugin from this checkout into its own local repository (timed once),
# reading Maven's artifacts from ~/.m2 as a file repository: nothing is downloaded, and ~/.m2 is
# not written. Needs GNU time.
# Usage: digest-maven-plugin/src/bench/action-bench.sh [files=400] [runs=5]
set -euo pipefail
FILES=${1:-400}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=$ROOT/digest-maven-plugin/target/action-bench
# The runner's Maven: here the wrapper's (3.9), which a GitHub runner has too.
MAVEN_HOME=$("$ROOT/mvnw" -v | sed -n 's/^Maven home: //p' | sed 's/\x1b\[[0-9;]*m//g')
[ -x "$MAVEN_HOME/bin/mvn" ] || { echo "no Maven home from ./mvnw -v" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK"
cd "$ROOT"
./mvnw -q -B -ntp -pl digest-model test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
CP="$ROOT/digest-model/target/test-classes:$ROOT/digest-model/target/classes:$(cat "$WORK/classpath.txt")"
java -Xmx256m -cp "$CP" org.paperdigest.digest.bench.CorpusBench "$WORK/repo" "$FILES" --generate-only >/dev/null

# The repository: the generated digests committed, and the next day written by "the bot".
REPO=$WORK/repo
last=$(cd "$REPO" && find paper_logs -name '*.md' | sort | tail -n 1)
next=$(date -u -d "$(echo "$last" | sed 's|paper_logs/\(....\)/\(..\)/\(..\)\.md|\1-\2-\3|') + 1 day" +%F)
git -C "$REPO" init -q && git -C "$REPO" add . &&
  git -C "$REPO" -c user.name=bench -c user.email=bench@example.invalid commit -q -m digests
NEW=paper_logs/${next:0:4}/${next:5:2}/${next:8:2}.md
mkdir -p "$REPO/$(dirname "$NEW")"
sed "s/^## Daily Papers (.*)/## Daily Papers ($next)/" "$REPO/$last" >"$WORK/new-day.md"

cat >"$WORK/settings.xml" <<XML
<settings><profiles><profile><id>m2</id>
<repositories><repository><id>central</id><url>file://$HOME/.m2/repository</url><releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></repository></repositories>
<pluginRepositories><pluginRepository><id>central</id><url>file://$HOME/.m2/repository</url><releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
</profile></profiles><activeProfiles><activeProfile>m2</activeProfile></activeProfiles></settings>
XML
export PATH=$MAVEN_HOME/bin:$PATH GITHUB_ACTION_PATH=$ROOT DIGEST_MAVEN_REPO_LOCAL=$WORK/m2
export DIGEST_MAVEN_ARGS="-s $WORK/settings.xml" GITHUB_ACTIONS=false
cd "$REPO"
timed() { # timed <label> <command...>: wall and user+sys seconds, appended to times.txt
  local label=$1
  shift
  /usr/bin/time -f "$label %e %U %S" -a -o "$WORK/times.txt" "$@" >"$WORK/last.log" 2>&1 || true
}
timed "first-run-build" "$ROOT/action/digest-action.sh" install
for i in $(seq "$RUNS"); do
  rm -rf target && cp "$WORK/new-day.md" "$NEW"
  INPUT_FIX=true INPUT_RATCHET_FROM=HEAD timed bot-step "$ROOT/action/digest-action.sh" check
  rm -rf target && cp "$WORK/new-day.md" "$NEW"
  INPUT_RATCHET_FROM=HEAD timed check-new-day "$ROOT/action/digest-action.sh" check
  rm -rf target
  timed check-all "$ROOT/action/digest-action.sh" check
done
grep -q "Checked $((FILES + 1)) files" "$WORK/last.log" || { cat "$WORK/last.log"; exit 1; }
echo "$FILES digests and one new day ($NEW), $RUNS runs, medians in seconds (wall, user+sys):"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for label in first-run-build bot-step check-new-day check-all; do
  wall=$(grep "^$label " "$WORK/times.txt" | awk '{ print $2 }' | median)
  cpu=$(grep "^$label " "$WORK/times.txt" | awk '{ print $3 + $4 }' | median)
  printf "%-16s %6.2f %6.2f\n" "$label" "$wall" "$cpu"
done
