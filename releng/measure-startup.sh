#!/usr/bin/env bash
# Benchmark: product start to first window. Starts ./fullsms (no files) on an X display N times and reports
# the seconds until a window titled "Full SMS" is mapped (xwininfo, from x11-utils). Needs DISPLAY or xvfb-run.
#   releng/measure-startup.sh [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
: "${DISPLAY:?set DISPLAY (e.g. run under xvfb-run -a)}"
"$ROOT/fullsms" --version > /dev/null   # builds the product first when needed
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$ROOT/fullsms" /dev/null/none.h5 > /dev/null 2>&1 &
  pid=$!
  # GTK first creates small hidden shells named after the app; wait for the mapped main window.
  until xwininfo -root -tree 2>/dev/null | grep -qE '"Full SMS ?": \("Full SMS" "Full SMS"\) +[0-9]{3,}x[0-9]{3,}'; do sleep 0.02; done
  end=$(date +%s.%N)
  echo "run $i: $(echo "$end - $start" | bc) s to first window"
  pkill -P $pid 2>/dev/null || true; kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
  sleep 1
done
