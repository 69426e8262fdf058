#!/bin/bash
# The dependency rule (STYLE.md, issue 15): bundles depend downwards only, in the layers
#   model → spi → io.hdf5 → io.tttr | analysis → export → runtime (core: jobs, analysis state, exports) → session
#         → cli | ui.charts, spi.ui (the workbench API) → ui → app
# Every Import-Package / Require-Bundle of a Full SMS bundle must name a bundle of a lower layer; an optional
# import (resolution:=optional, a plug-in such as the Parquet writer) may name one of the same layer. Headless
# bundles (all but org.fullsms.ui* and org.fullsms.app) never depend on a UI or chart library. Every exported
# package has a version.
root=${1:-.}
declare -A layer=(
  [org.fullsms.model]=0 [org.fullsms.spi]=1 [org.fullsms.io.hdf5]=2 [org.fullsms.io.tttr]=3
  [org.fullsms.analysis]=3 [org.fullsms.export]=4 [org.fullsms.export.parquet]=4 [org.fullsms.runtime]=5
  [org.fullsms.session]=6 [org.fullsms.cli]=7 [org.fullsms.ui.charts]=7 [org.fullsms.spi.ui]=7 [org.fullsms.ui]=8 [org.fullsms.app]=9
)
status=0
# A manifest's header as one line per clause (continuation lines joined, clauses split at top-level commas).
clauses() {
  sed -e ':a' -e 'N' -e '$!ba' -e 's/\r\?\n //g' "$1" | grep -E "^$2:" | sed -e "s/^$2: *//" \
    | awk '{ depth = 0; out = ""; for (i = 1; i <= length($0); i++) { c = substr($0, i, 1);
             if (c == "\"") depth = 1 - depth; if (c == "," && depth == 0) { print out; out = "" } else out = out c }
             print out }'
}
declare -A exporter
for mf in "$root"/bundles/*/META-INF/MANIFEST.MF; do
  bundle=$(basename "$(dirname "$(dirname "$mf")")")
  if [ -z "${layer[$bundle]+x}" ]; then
    echo "[dependency rule] $bundle has no layer: add it to releng/check-dependency-rule.sh" >&2
    status=1
    continue
  fi
  while read -r clause; do
    [ -z "$clause" ] && continue
    exporter[${clause%%;*}]=$bundle
    # a package without a version cannot be imported with a version range (extensions need one)
    if [[ $clause != *version=* ]]; then
      echo "[dependency rule] $bundle exports ${clause%%;*} without a version" >&2
      status=1
    fi
  done < <(clauses "$mf" Export-Package)
done
for mf in "$root"/bundles/*/META-INF/MANIFEST.MF; do
  bundle=$(basename "$(dirname "$(dirname "$mf")")")
  [ -z "${layer[$bundle]+x}" ] && continue
  mine=${layer[$bundle]}
  while read -r clause; do
    pkg=${clause%%;*}
    case $pkg in org.fullsms.*) ;; *) continue ;; esac
    owner=${exporter[$pkg]}
    [ -z "$owner" ] || [ "$owner" = "$bundle" ] && continue
    theirs=${layer[$owner]}
    if [ "$theirs" -gt "$mine" ] || { [ "$theirs" -eq "$mine" ] && [[ $clause != *resolution:=optional* ]]; }; then
      echo "[dependency rule] $bundle (layer $mine) imports $pkg of $owner (layer $theirs): dependencies go downwards only" >&2
      status=1
    fi
  done < <(clauses "$mf" Import-Package)
  while read -r clause; do
    required=${clause%%;*}
    [ -z "${layer[$required]+x}" ] && continue
    if [ "${layer[$required]}" -ge "$mine" ]; then
      echo "[dependency rule] $bundle (layer $mine) requires $required (layer ${layer[$required]}): dependencies go downwards only" >&2
      status=1
    fi
  done < <(clauses "$mf" Require-Bundle)
  case $bundle in org.fullsms.ui*|org.fullsms.spi.ui|org.fullsms.app) continue ;; esac
  bad=$( { clauses "$mf" Import-Package; clauses "$mf" Require-Bundle; } \
    | grep -oE '^(org\.eclipse\.swt|org\.eclipse\.jface|org\.eclipse\.e4\.ui|org\.eclipse\.ui|org\.eclipse\.swtchart|org\.jfree)[A-Za-z0-9_.]*' | sort -u)
  if [ -n "$bad" ]; then
    echo "[dependency rule] $bundle must stay headless but depends on: $(echo $bad)" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "[dependency rule] every bundle depends on lower layers only; exported packages have versions; headless bundles are free of UI and chart dependencies"
exit $status
