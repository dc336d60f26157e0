#!/usr/bin/env bash
# The logic of the GitHub Action (action.yml), in three phases that action.yml runs as its steps:
#
#   prepare  the plugin version of this checkout's root pom.xml, whether the local Maven repository
#            holds it, and the cache key and path that keep it between runs
#   install  when it is not there (nor restored from the cache): build and install it from this
#            checkout with its Maven Wrapper, once per version
#   check    digest:fix (when asked) and digest:check in one Maven invocation, by the plugin's
#            coordinates, with the runner's Maven; the finding counts and the SARIF path as outputs
#
# Inputs come as INPUT_* variables, as action.yml passes them; outputs go to $GITHUB_OUTPUT.
# DIGEST_MAVEN_REPO_LOCAL names another local repository (default ~/.m2/repository), and
# DIGEST_MAVEN_ARGS adds arguments to every Maven call (the tests point both at their own).
set -euo pipefail

ACTION_PATH=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
REPO_LOCAL=${DIGEST_MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
read -r -a EXTRA_ARGS <<<"${DIGEST_MAVEN_ARGS:-}"
MAVEN_REPO_ARGS=()
if [ -n "${DIGEST_MAVEN_REPO_LOCAL:-}" ]; then
  MAVEN_REPO_ARGS=("-Dmaven.repo.local=$DIGEST_MAVEN_REPO_LOCAL")
fi

output() {
  echo "$1=$2"
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "$1=$2" >>"$GITHUB_OUTPUT"
  fi
}

fail() {
  echo "::error title=digest action::$1"
  exit 1
}

# The project version of the checkout's root pom.xml: the first <version> at the project's level.
version() {
  local v
  v=$(sed -n 's|^  <version>\([^<]*\)</version>.*|\1|p' "$ACTION_PATH/pom.xml" | head -n 1)
  [ -n "$v" ] || fail "no <version> in $ACTION_PATH/pom.xml"
  echo "$v"
}

# What the plugin is built from: a snapshot is rebuilt when any of it changes.
source_hash() {
  (cd "$ACTION_PATH" &&
    find pom.xml digest-model/pom.xml digest-model/src/main digest-maven-plugin/pom.xml \
      digest-maven-plugin/src/main -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum |
    sha256sum | cut -c1-16)
}

plugin_dir() {
  echo "$REPO_LOCAL/org/paperdigest/digest-maven-plugin/$1"
}

# Whether the local repository holds this version; a snapshot only as built from this source.
installed() {
  local v=$1 dir
  dir=$(plugin_dir "$v")
  [ -f "$dir/digest-maven-plugin-$v.jar" ] || return 1
  case $v in
  *-SNAPSHOT) [ "$(cat "$dir/digest-action.source" 2>/dev/null)" = "$(source_hash)" ] ;;
  *) return 0 ;;
  esac
}

cache_key() {
  local v=$1
  case $v in
  *-SNAPSHOT) echo "digest-maven-plugin-${RUNNER_OS:-$(uname -s)}-$v-$(source_hash)" ;;
  *) echo "digest-maven-plugin-${RUNNER_OS:-$(uname -s)}-$v" ;;
  esac
}

prepare() {
  local v
  v=$(version)
  output version "$v"
  if installed "$v"; then
    output installed true
  else
    output installed false
  fi
  output cache-key "$(cache_key "$v")"
  output cache-path "$REPO_LOCAL/org/paperdigest"
}

install() {
  local v
  v=$(version)
  if installed "$v"; then
    echo "digest-maven-plugin $v is in $REPO_LOCAL"
    output built false
    return
  fi
  echo "digest-maven-plugin $v is not in $REPO_LOCAL: building it from $ACTION_PATH (once per version)"
  (cd "$ACTION_PATH" && ./mvnw -B -ntp "${MAVEN_REPO_ARGS[@]}" "${EXTRA_ARGS[@]}" install \
    -pl digest-maven-plugin -am -Dmaven.test.skip=true -Dinvoker.skip -Dspotless.skip=true)
  case $v in
  *-SNAPSHOT) source_hash >"$(plugin_dir "$v")/digest-action.source" ;;
  esac
  output built true
}

# Appends -D$1=$2 to ARGS when $2 is not empty.
property() {
  if [ -n "$2" ]; then
    ARGS+=("-D$1=$2")
  fi
}

check() {
  local v coordinates log status counts
  v=$(version)
  coordinates="org.paperdigest:digest-maven-plugin:$v"
  ARGS=(-B -ntp "${MAVEN_REPO_ARGS[@]}" "${EXTRA_ARGS[@]}")
  case ${INPUT_FIX:-false} in
  true) ARGS+=("$coordinates:fix" -Ddigest.allowUncommitted=true) ;;
  false) ;;
  *) fail "fix: '${INPUT_FIX}' is neither true nor false" ;;
  esac
  ARGS+=("$coordinates:check")
  case ${INPUT_LINKS:-offline} in
  off | offline | online) property digest.links "${INPUT_LINKS:-offline}" ;;
  *) fail "links: '${INPUT_LINKS}' is none of off, offline, online" ;;
  esac
  case ${INPUT_FAIL_ON:-error} in
  error | warning | info) property digest.violationSeverity "${INPUT_FAIL_ON:-error}" ;;
  never) ARGS+=(-Ddigest.failOnViolation=false) ;;
  *) fail "fail-on: '${INPUT_FAIL_ON}' is none of error, warning, info, never" ;;
  esac
  property digest.directory "${INPUT_DIRECTORY:-}"
  property digest.includes "${INPUT_INCLUDES:-}"
  property digest.excludes "${INPUT_EXCLUDES:-}"
  property digest.rules "${INPUT_RULES:-}"
  property digest.ratchetFrom "${INPUT_RATCHET_FROM:-}"
  property digest.formats "${INPUT_FORMATS:-console,sarif,github}"
  property digest.sarifCategory "${INPUT_SARIF_CATEGORY:-digest}"
  if [ -n "${INPUT_MAVEN_ARGS:-}" ]; then
    read -r -a more <<<"$INPUT_MAVEN_ARGS"
    ARGS+=("${more[@]}")
  fi
  # A check is a short run: the JIT's first tier saves about 40% of its CPU.
  export MAVEN_OPTS=${MAVEN_OPTS:--XX:TieredStopAtLevel=1}
  # The log stays out of the repository, so that a bot's `git add .` never takes it.
  log=$(mktemp "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/digest-check.XXXXXX")
  set +e
  mvn "${ARGS[@]}" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  # The last summary is the check's (digest:fix prints one for what remains before it).
  counts=$(sed -n 's/^\[INFO\] Checked [0-9]* files\{0,1\} ([0-9]* entr[a-z]*): \([0-9]*\) errors\{0,1\}, \([0-9]*\) warnings\{0,1\}, \([0-9]*\) infos\{0,1\}.*/\1 \2 \3/p' "$log" | tail -n 1)
  rm -f "$log"
  if [ -n "$counts" ]; then
    read -r errors warnings infos <<<"$counts"
    output errors "$errors"
    output warnings "$warnings"
    output infos "$infos"
  fi
  if [ -f target/digest-reports/digest.sarif ]; then
    output sarif "$PWD/target/digest-reports/digest.sarif"
  fi
  return "$status"
}

case ${1:-} in
prepare) prepare ;;
install) install ;;
check) check ;;
*)
  echo "usage: digest-action.sh prepare|install|check" >&2
  exit 2
  ;;
esac
