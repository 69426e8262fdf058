#!/usr/bin/env bash
# The command line's two launches give the same results: ./fullsms runs commands on a plain class path
# (org.fullsms.cli.PlainLaunch, services from the bundles' DS component descriptions); the Equinox application
# org.fullsms.cli.application runs them in the OSGi framework. Runs commands of every kind both ways on the built
# product and compares exit codes, standard output and written files byte for byte. .ci/run calls it after the build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PRODUCT=$ROOT/releng/org.fullsms.repository/target/products/org.fullsms.product/linux/gtk/x86_64/fullsms
WORK=$ROOT/target/plain-launch-check
DATA=${FULLSMS_SHARED_DATA:-$ROOT/../shared/data}
[ -d "$PRODUCT/plugins" ] || { echo "check-plain-launch: build the product first (./fullsms test)" >&2; exit 1; }
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/*21*; do
  if [ -n "$jdk" ] && [ -x "$jdk/bin/javac" ]; then JAVA=$jdk/bin/java; break; fi
done
rm -rf "$WORK"
mkdir -p "$WORK/plain" "$WORK/osgi"
export XDG_CACHE_HOME=$WORK/cache # a cold cache: the first run also builds the class path and its index

plain() { "$ROOT/fullsms" "$@"; }
osgi() {
  "$JAVA" -Xmx2g -Djava.awt.headless=true -Djava.util.logging.config.file="$ROOT/releng/logging.properties" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=error -jar "$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar)" \
    -nosplash -data @none -application org.fullsms.cli.application "$@"
}

failures=0
# same NAME ARGS...: runs ARGS both ways in their own folder (outputs named relatively land there) and compares.
same() {
  local name=$1 how rc
  shift
  for how in plain osgi; do
    mkdir -p "$WORK/$how/$name"
    rc=0
    (cd "$WORK/$how/$name" && "$how" "$@" > stdout 2> stderr) || rc=$?
    echo "$rc" > "$WORK/$how/$name/exit"
    # messages and sessions name the folder; sessions say when they were saved
    sed -i "s|$WORK/$how/|<work>/|g" "$WORK/$how/$name/stdout" "$WORK/$how/$name/stderr"
    find "$WORK/$how/$name" -name '*.smsa' -exec sed -i -e "s|$WORK/$how/|<work>/|g" \
      -e 's/"savedAt":"[^"]*"/"savedAt":""/' {} +
  done
  if diff -r "$WORK/plain/$name" "$WORK/osgi/$name" > "$WORK/$name.diff"; then
    echo "check-plain-launch: $name: same (exit $(cat "$WORK/plain/$name/exit"))"
  else
    echo "check-plain-launch: $name: DIFFERS" >&2
    cut -c1-300 "$WORK/$name.diff" | head -20 >&2
    failures=$((failures + 1))
  fi
}

SIM=$WORK/sim.h5
plain simulate --out "$SIM" --particles 3 --duration 10 --seed 7 --two-channels > /dev/null
same version --version
same help help
same extensions extensions
same info-simulated info "$SIM"
same analyze analyze "$SIM" --group --fit 2 --correlate --json out.json --export out --session out.smsa
same export export "$WORK/plain/analyze/out.smsa" --out exported
same missing-file info "$WORK/no-such-file.h5"
same bad-option analyze "$SIM" --no-such-option
for f in "$DATA"/real/*.ptu "$DATA"/real/*.spc; do
  [ -f "$f" ] && same "info-$(basename "$f")" info "$f"
done
[ -d "$DATA/real" ] || echo "check-plain-launch: no shared data at $DATA: instrument files not checked"
[ "$failures" -eq 0 ] || { echo "check-plain-launch: $failures command(s) differ between the launches" >&2; exit 1; }
echo "check-plain-launch: every command gives the same result in both launches"
