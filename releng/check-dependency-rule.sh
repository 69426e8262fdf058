#!/bin/bash
# Fails the build when a headless bundle's MANIFEST.MF imports or requires a UI or chart library
# (STYLE.md: only org.fullsms.ui* and org.fullsms.app may).
root=${1:-.}
status=0
for mf in "$root"/bundles/*/META-INF/MANIFEST.MF; do
  bundle=$(basename "$(dirname "$(dirname "$mf")")")
  case $bundle in org.fullsms.ui*|org.fullsms.app) continue ;; esac
  # Join continuation lines, then look only at the dependency headers.
  headers=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\r\?\n //g' "$mf" | grep -E '^(Import-Package|Require-Bundle|DynamicImport-Package):')
  bad=$(echo "$headers" | tr ',' '\n' | grep -oE '(org\.eclipse\.swt|org\.eclipse\.jface|org\.eclipse\.e4\.ui|org\.eclipse\.ui|org\.eclipse\.swtchart|org\.jfree)[A-Za-z0-9_.]*' | sort -u)
  if [ -n "$bad" ]; then
    echo "[dependency rule] $bundle must stay headless but depends on: $(echo $bad)" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "[dependency rule] headless bundles are free of UI and chart dependencies"
exit $status
