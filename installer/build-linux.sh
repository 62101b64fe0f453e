#!/usr/bin/env bash
# Builds the Linux app image and .deb: a jlinked runtime with only the JDK modules CareDesk needs,
# the executable jar (which carries JavaFX), the icon, a desktop entry, and the list of classes
# start-up loads, from which the .deb's postinst makes the AppCDS archive at the installed paths.
# Needs JDK 17 (jlink, jpackage), Maven, dpkg-deb and fakeroot; Xvfb for the class-list run.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q --no-install-recommends "$2"; }; }
need xvfb-run xvfb
need xauth xauth
need fakeroot fakeroot
need dpkg-deb dpkg

VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input"

mvn -B -q package -DskipTests
cp target/caredesk.jar LICENSE THIRD-PARTY-NOTICES.md "$OUT/input/"

# The JDK modules the jar needs (jdeps --print-module-deps --ignore-missing-deps --multi-release 17, which
# with the chain's engine inside adds java.net.http, java.instrument, java.rmi, java.prefs...), HTTPS's
# elliptic curves, locale data for English and Chinese, and jdk.management (the window hands back
# heap it does not use: app.HeapTrim sets the JVM's free-heap shares while it runs).
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,jdk.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.sql.rowset,jdk.crypto.ec,jdk.jfr,jdk.unsupported,jdk.localedata
jlink --add-modules "$MODULES" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
      --compress=2 --output "$OUT/runtime"

# The classes a start-up loads, from a real start of the main window (under Xvfb).
TRAINING=$(mktemp -d)
xvfb-run -a -s "-screen 0 1366x768x24" "$OUT/runtime/bin/java" -XX:DumpLoadedClassList="$OUT/input/caredesk.classlist" \
    -jar "$OUT/input/caredesk.jar" --data-dir "$TRAINING" --smoke-test
rm -rf "$TRAINING"

COMMON=(--name CareDesk --app-version "$VERSION" --vendor Alluressories
        --description "CareDesk: the Alluressories counter assistant"
        --icon assets/icons/caredesk-256.png)
jpackage --type app-image "${COMMON[@]}" --input "$OUT/input" --main-jar caredesk.jar \
         --main-class com.alluressories.caredesk.CareDesk --runtime-image "$OUT/runtime" \
         --java-options '-Xshare:auto -XX:SharedArchiveFile=$APPDIR/caredesk.jsa -Xlog:cds=off -Xlog:cds+dynamic=off' \
         --dest "$OUT"
jpackage --type deb --app-image "$OUT/CareDesk" "${COMMON[@]}" --linux-package-name caredesk --license-file LICENSE \
         --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office --linux-app-category misc \
         --resource-dir installer/linux --dest "$OUT"
ls -l "$OUT"/*.deb
