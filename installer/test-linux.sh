#!/usr/bin/env bash
# Builds the .deb, installs it on this machine, starts the installed app under Xvfb with
# --smoke-test, then removes it. Exits non-zero on any failure. Run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/build-linux.sh
DEB=$(ls target/installer/caredesk_*.deb | head -1)
apt-get install -y -q "./$DEB"
test -x /opt/caredesk/bin/CareDesk
test -f /opt/caredesk/lib/app/caredesk.jsa || { echo "no class-data archive was made" >&2; exit 1; }
ls /usr/share/applications/*caredesk*.desktop >/dev/null
DATA=$(mktemp -d)
OUTPUT=$(xvfb-run -a -s "-screen 0 1366x768x24" /opt/caredesk/bin/CareDesk --data-dir "$DATA" --smoke-test)
echo "$OUTPUT"
echo "$OUTPUT" | grep -q "main window shown"
dpkg -r caredesk
test ! -e /opt/caredesk/lib/app/caredesk.jsa
rm -rf "$DATA"
echo "installer test passed"
