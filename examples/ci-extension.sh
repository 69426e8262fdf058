#!/usr/bin/env bash
# The example extension end to end, the way its developer and its users go:
#   1. build the extension's p2 site (version 1.0.0) with its own Tycho build against the Full SMS update site;
#   2. install it into a copy of the built product with the product's own p2 director;
#   3. run fullsms through it: the importer (info, convert), the analysis and the exporter (analyze --analysis
#      --exporters, with a session), the exporter again from the session (export);
#   4. build 1.1.0 (tycho-versions set-version on a copy of the sources), update to it, check the new version runs
#      and reads the 1.0 session;
#   5. uninstall it and check that its file is then refused with a clear error, and that a session holding results
#      of its analysis still opens.
# Needs the product and site of a Full SMS build (./fullsms test, or ./mvnw verify); .ci/run calls it after that.
#   examples/ci-extension.sh [MAVEN OPTIONS, e.g. -o for an offline build]
# Everything it makes is under target/extension-ci; the product in the source tree is never modified.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EXAMPLES=$ROOT/examples
FULLSMS_SITE=$ROOT/releng/org.fullsms.repository/target/repository
FULLSMS_PRODUCT=$ROOT/releng/org.fullsms.repository/target/products/org.fullsms.product/linux/gtk/x86_64/fullsms
WORK=$ROOT/target/extension-ci
PRODUCT=$WORK/product
SAMPLE=$WORK/blinking.photons.csv
FEATURE=org.example.fullsms.feature.feature.group
IMPORTER=org.example.fullsms.photonlist
ANALYSIS=org.example.fullsms.blinking
EXPORTER=org.example.fullsms.blinking.csv
MAVEN_OPTIONS=("$@")

fail() {
  echo "ci-extension: FAILED: $*" >&2
  exit 1
}

STARTED=$SECONDS
STEP_STARTED=$SECONDS
step() {
  echo "ci-extension: [$((SECONDS - STARTED)) s] $*"
  STEP_STARTED=$SECONDS
}
done_step() {
  echo "ci-extension:   ok ($((SECONDS - STEP_STARTED)) s)"
}

# Tycho 5 and the product need Java 21+: JAVA_HOME when it is one (.ci/run sets it), else a JDK under /usr/lib/jvm.
java_ok() { [ -x "$1/bin/javac" ] && [ "$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)" -ge 21 ]; }
if [ -z "${JAVA_HOME:-}" ] || ! java_ok "$JAVA_HOME"; then
  JAVA_HOME=
  for jdk in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/*21*; do
    if java_ok "$jdk"; then JAVA_HOME=$jdk; break; fi
  done
  [ -n "$JAVA_HOME" ] || fail "needs a Java 21+ JDK: set JAVA_HOME"
fi
export JAVA_HOME
JAVA=$JAVA_HOME/bin/java

[ -f "$FULLSMS_SITE/content.jar" ] || fail "no Full SMS update site at ${FULLSMS_SITE#$ROOT/}: build Full SMS first (./fullsms test)"
[ -d "$FULLSMS_PRODUCT/plugins" ] || fail "no Full SMS product at ${FULLSMS_PRODUCT#$ROOT/}: build Full SMS first (./fullsms test)"
rm -rf "$WORK"
mkdir -p "$WORK"

# A Maven build of the extension (POM, then Maven arguments), logged to $WORK/NAME.log; the log's errors on failure.
maven() {
  local name=$1 pom=$2
  shift 2
  if ! "$ROOT/mvnw" -B -f "$pom" "$@" "${MAVEN_OPTIONS[@]}" > "$WORK/$name.log" 2>&1; then
    grep -E '^\[ERROR\]' "$WORK/$name.log" | head -20 >&2
    fail "$name: Maven failed; see ${WORK#$ROOT/}/$name.log"
  fi
}

# The version of the extension feature on a site, e.g. 1.0.0.202612041250.
feature_version() {
  local jar
  jar=$(ls "$1"/features/org.example.fullsms.feature_*.jar 2> /dev/null | head -1)
  [ -n "$jar" ] || fail "no org.example.fullsms.feature on the site $1"
  jar=${jar##*/org.example.fullsms.feature_}
  echo "${jar%.jar}"
}

# The product's own p2 director (the same the installed product offers its users), logged to $WORK/NAME.log.
director() {
  local name=$1
  shift
  if ! (cd "$PRODUCT" && "$JAVA" -jar plugins/org.eclipse.equinox.launcher_*.jar -nosplash \
      -application org.eclipse.equinox.p2.director "$@") > "$WORK/$name.log" 2>&1; then
    tail -20 "$WORK/$name.log" >&2
    fail "$name: the p2 director failed; see ${WORK#$ROOT/}/$name.log"
  fi
}

# fullsms in the scratch product, run by ./fullsms (its plain class-path launch, which must find the installed
# extension's components): stdout to $WORK/NAME.out, stderr to $WORK/NAME.err; the exit code is the command's.
cli() {
  local name=$1
  shift
  (cd "$PRODUCT" && FULLSMS_PRODUCT=$PRODUCT FULLSMS_HEAP=1g "$ROOT/fullsms" "$@") > "$WORK/$name.out" 2> "$WORK/$name.err"
}

# fullsms that must succeed.
cli_ok() {
  local name=$1
  if ! cli "$@"; then
    cat "$WORK/$name.err" >&2
    fail "fullsms ${*:2} exited with an error"
  fi
}

# A file must contain a line matching an extended regular expression.
expect() {
  grep -Eq -- "$2" "$1" || fail "${1#$ROOT/}: no line matches '$2'"
}

# The number of lines of a file that match an extended regular expression.
count() {
  grep -Ec -- "$2" "$1" || true
}

# The extension in the installed product is VERSION (e.g. 1.0): `fullsms extensions` lists its importer, analysis and
# exporter once each, from that bundle version, and the analysis reports that version.
check_installed() {
  local version=$1
  cli_ok "extensions-$version" extensions
  local out=$WORK/extensions-$version.out
  for id in "$IMPORTER" "$ANALYSIS" "$EXPORTER"; do
    [ "$(count "$out" "\"id\": \"$id\"")" -eq 1 ] || fail "fullsms extensions lists $id $(count "$out" "\"id\": \"$id\"") times, not once"
  done
  [ "$(count "$out" '"bundle": "org.example.fullsms"')" -eq 3 ] || fail "fullsms extensions: not 3 services of bundle org.example.fullsms"
  [ "$(grep -A1 '"bundle": "org.example.fullsms"' "$out" | count /dev/stdin "\"bundle_version\": \"${version//./\\.}\\.0\\.")" -eq 3 ] \
    || fail "fullsms extensions: the extension's services are not all from bundle version $version.0"
  grep -A1 "\"id\": \"$ANALYSIS\"" "$out" | grep -q "\"version\": \"${version//./\\.}\"" \
    || fail "fullsms extensions: analysis $ANALYSIS does not report version $version"
}

# Runs the importer, the analysis with a parameter, the exporter and a session save through VERSION (e.g. 1.0).
check_runs() {
  local version=$1
  cli_ok "info-$version" info "$SAMPLE"
  expect "$WORK/info-$version.out" "\"importer\": \"$IMPORTER\""
  expect "$WORK/info-$version.out" '"declared_particles": 2,'
  cli_ok "analyze-$version" analyze "$SAMPLE" --analysis "$ANALYSIS:onFraction=0.4" \
    --export "$WORK/export-$version" --format none --exporters "$EXPORTER" --session "$WORK/session-$version.smsa"
  local out=$WORK/analyze-$version.out
  # each particle's "extensions" block up to its result: the engine's id, version and parameters
  sed -n '/"extensions": {/,/"result": {/p' "$out" > "$WORK/analyze-$version.runs"
  local runs=$WORK/analyze-$version.runs
  [ "$(count "$runs" '"result": \{')" -eq 2 ] || fail "analyze: not one $ANALYSIS result per particle (2)"
  [ "$(count "$runs" "\"$ANALYSIS\": \\{")" -eq 2 ] || fail "analyze: the particles' results are not all from $ANALYSIS"
  [ "$(count "$runs" "\"version\": \"${version//./\\.}\"")" -eq 2 ] || fail "analyze: the results are not from analysis version $version"
  [ "$(count "$runs" '"onFraction": 0\.4,')" -eq 2 ] || fail "analyze: the parameter onFraction=0.4 was not used"
  [ "$(count "$out" '"switches": [1-9][0-9]*,')" -eq 2 ] || fail "analyze: a particle has no on/off switches"
  local summary=$WORK/export-$version/blinking.csv dwells="$WORK/export-$version/blinking dwells.csv"
  [ -f "$summary" ] && [ -f "$dwells" ] || fail "analyze --exporters $EXPORTER did not write blinking.csv and blinking dwells.csv"
  [ "$(count "$summary" '^Particle [12],')" -eq 2 ] || fail "${summary#$ROOT/}: not one row per particle"
  [ "$(count "$dwells" '^Particle [12],(on|off),')" -gt 10 ] || fail "${dwells#$ROOT/}: fewer dwells than the sample has"
}

# `fullsms export` of a session (saved by an earlier version: the codec reads it back) writes the same files again.
check_session_export() {
  local session=$1 expected=$2 name=$3
  cli_ok "$name" export "$session" --out "$WORK/$name" --format none --exporters "$EXPORTER"
  for f in blinking.csv "blinking dwells.csv"; do
    cmp -s "$expected/$f" "$WORK/$name/$f" || fail "fullsms export ${session#$ROOT/}: $f differs from ${expected#$ROOT/}/$f"
  done
}

step "building the extension 1.0.0 against ${FULLSMS_SITE#$ROOT/}"
maven build-1.0 "$EXAMPLES/pom.xml" clean verify -Dfullsms.site="file:$FULLSMS_SITE"
SITE_1=$WORK/site-1.0
cp -r "$EXAMPLES/releng/org.example.fullsms.site/target/repository" "$SITE_1"
V1=$(feature_version "$SITE_1")
[[ $V1 == 1.0.0.* ]] || fail "the 1.0 site holds feature version $V1"
done_step

step "building the extension 1.1.0 (tycho-versions set-version on a copy of the sources)"
SOURCES_2=$WORK/sources-1.1
mkdir -p "$SOURCES_2"
tar -C "$EXAMPLES" --exclude=target -cf - . | tar -C "$SOURCES_2" -xf -
tycho_version=$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' "$EXAMPLES/pom.xml")
maven set-version-1.1 "$SOURCES_2/pom.xml" "org.eclipse.tycho:tycho-versions-plugin:$tycho_version:set-version" \
  -DnewVersion=1.1.0-SNAPSHOT
maven build-1.1 "$SOURCES_2/pom.xml" verify -Dfullsms.site="file:$FULLSMS_SITE"
SITE_2=$SOURCES_2/releng/org.example.fullsms.site/target/repository
V2=$(feature_version "$SITE_2")
[[ $V2 == 1.1.0.* ]] || fail "the 1.1 site holds feature version $V2"
done_step

step "copying the product and making a sample photon list"
cp -a "$FULLSMS_PRODUCT" "$PRODUCT"
"$JAVA" "$EXAMPLES/sample/MakePhotonList.java" "$SAMPLE" 2 4 1
rc=0
cli before info "$SAMPLE" || rc=$?
[ "$rc" -eq 2 ] || fail "before the install, fullsms info on the sample exited $rc, not 2"
done_step

step "installing $FEATURE $V1 with the product's p2 director"
director install-1.0 -repository "file:$SITE_1" -installIU "$FEATURE/$V1"
grep -q "^org.example.fullsms,$V1," "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the install did not add org.example.fullsms $V1 to the product's bundles.info"
done_step

step "running fullsms through the extension 1.0: extensions, info, analyze --analysis --exporters --session, export, convert"
check_installed 1.0
check_runs 1.0
check_session_export "$WORK/session-1.0.smsa" "$WORK/export-1.0" session-export-1.0
# convert reads through the extension's importer too; the HDF5 copy's session outlives the extension (below)
cli_ok convert convert "$SAMPLE" --out "$WORK/blinking.h5"
cli_ok analyze-h5 analyze "$WORK/blinking.h5" --analysis "$ANALYSIS" --session "$WORK/session-h5.smsa"
done_step

step "updating to $V2 (uninstall $V1 and install $V2 in one director operation)"
director update-1.1 -repository "file:$SITE_2" -uninstallIU "$FEATURE/$V1" -installIU "$FEATURE/$V2"
director roots-1.1 -listInstalledRoots
grep -q "^$FEATURE/$V2\$" "$WORK/roots-1.1.log" || fail "after the update, $FEATURE/$V2 is not an installed root"
! grep -q "^$FEATURE/$V1\$" "$WORK/roots-1.1.log" || fail "after the update, $FEATURE/$V1 is still an installed root"
done_step

step "running fullsms through the extension 1.1; the 1.0 session still exports"
check_installed 1.1
check_runs 1.1
check_session_export "$WORK/session-1.0.smsa" "$WORK/export-1.0" session-export-1.0-by-1.1
done_step

step "uninstalling $FEATURE; its file is refused, a session with its results still opens"
director uninstall -uninstallIU "$FEATURE/$V2"
rc=0
cli after info "$SAMPLE" || rc=$?
[ "$rc" -eq 2 ] || fail "after the uninstall, fullsms info on the sample exited $rc, not 2"
expect "$WORK/after.err" "not a file Full SMS can read"
cli_ok extensions-after extensions
! grep -q org.example "$WORK/extensions-after.out" || fail "after the uninstall, fullsms extensions still lists the example"
# a session with results of the uninstalled analysis still opens: they are kept as saved, with a warning
cli_ok session-export-after export "$WORK/session-h5.smsa" --out "$WORK/session-export-after" --format csv
expect "$WORK/session-export-after.err" "analysis $ANALYSIS is not installed: its results on 2 particle"
[ -f "$WORK/session-export-after/Particle 1 levels.csv" ] || fail "fullsms export of the HDF5 session wrote no levels"
done_step

echo "ci-extension: the example extension built, installed, ran, updated ($V1 -> $V2) and uninstalled in $((SECONDS - STARTED)) s"
