#!/usr/bin/env bash
# Checks the built .deb the way an office gets it, as root on a Debian-based machine with Xvfb (installer/README.md):
# install, the command on PATH, the shipped AOT cache used by the installed launcher, the menu entry's command
# opening the window (screenshot), start and work without a network (unshare -n, strace), reinstall and removal
# leaving the data directory. Usage: installer/linux/check-installed.sh [DEB] [DISPLAY]   (default :98)
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=${1:-$(ls target/installer/packages/incidentdesk_*.deb | head -1)}
display=${2:-:98}
out=target/installer/check
rm -rf "$out" && mkdir -p "$out"
home=$(mktemp -d /tmp/incidentdesk-check-home.XXXXXX)   # a user's home: the default data directory goes here
data="$home/.local/share/incidentdesk"
# Java takes user.home from the password file, not $HOME: XDG_DATA_HOME puts the default data directory here
user=(env HOME="$home" XDG_DATA_HOME="$home/.local/share")
step() { printf '\n== %s\n' "$*"; }

step "install: dpkg -i $deb"
dpkg -i "$deb"
dpkg-query -W -f='installed ${Package} ${Version}, Installed-Size ${Installed-Size} KiB\n' incidentdesk

step "the command on PATH"
command -v incidentdesk
ls -l "$(command -v incidentdesk)"
incidentdesk --version

step "the shipped AOT cache is used by the installed launcher (-XX:AOTMode=on fails without it)"
JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:class+load=info:file=$out/aot-classes.log" incidentdesk --version
echo "classes from the AOT cache: $(grep -c 'source: shared objects file' "$out/aot-classes.log")"
grep -m1 'org.incidentdesk.cli.RootCommand source: shared objects file' "$out/aot-classes.log"

step "menu entry"
desktop=$(grep -l '^Exec=/opt/incidentdesk/bin/IncidentDesk' /usr/share/applications/*.desktop | head -1)
echo "$desktop"; grep -E '^(Name|Exec|Icon|Categories|MimeType)=' "$desktop"
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | sed 's/ %[fFuU]//')
if command -v xdg-mime >/dev/null; then
  echo "application/x-incidentdesk-plan is opened by: $(xdg-mime query default application/x-incidentdesk-plan || true)"
fi

step "the menu entry's command opens the window (first start creates $data)"
"${user[@]}" DISPLAY=$display $exec_line > "$out/window.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  if DISPLAY=$display xdotool search --onlyvisible --name '^IncidentDesk' >/dev/null 2>&1 && \
     grep -q 'workstation ready' "$data/logs/incidentdesk.log" 2>/dev/null; then break; fi
  sleep 1
done
sleep 3
DISPLAY=$display import -window root "$out/menu-entry-window.png"
echo "screenshot: $out/menu-entry-window.png"
kill "$pid"; wait "$pid" || true
ls -l "$data"

step "without a network: unshare -n, traced (strace -f -e trace=network)"
"${user[@]}" DISPLAY=$display JAVA_TOOL_OPTIONS=-Dincidentdesk.trainingRun=true \
  unshare -n strace -f -e trace=network -o "$out/network-trace.txt" incidentdesk > "$out/offline-window.log" 2>&1
echo "the window opened, loaded its workspace and closed itself: $(grep -c 'workstation ready' "$data/logs/incidentdesk.log") ready lines in the log"
"${user[@]}" unshare -n incidentdesk incident new --title "断网演练：网传停水" --category inquiry
"${user[@]}" unshare -n incidentdesk incident list
echo "socket families opened: $(grep -o 'socket(AF_[A-Z0-9]*' "$out/network-trace.txt" | sort | uniq -c | tr '\n' ' ')"
echo "connect calls by family: $(grep -o 'connect([0-9]*, {sa_family=AF_[A-Z0-9]*' "$out/network-trace.txt" | sed 's/.*sa_family=//' | sort | uniq -c | tr '\n' ' ')"
if grep -E 'connect\(.*AF_INET' "$out/network-trace.txt"; then echo "FAIL: a network connection was attempted"; exit 1; fi
echo "no AF_INET/AF_INET6 connection attempted"

step "reinstall leaves the data directory"
before=$(sha256sum "$data/incidentdesk.mv.db")
dpkg -i "$deb"
[ "$before" = "$(sha256sum "$data/incidentdesk.mv.db")" ] && echo "database unchanged by the reinstall"

step "removal: dpkg -r leaves the data directory"
dpkg -r incidentdesk
[ ! -e /usr/bin/incidentdesk ] && echo "/usr/bin/incidentdesk removed"
[ ! -e /opt/incidentdesk ] && echo "/opt/incidentdesk removed"
ls -l "$data"
[ "$before" = "$(sha256sum "$data/incidentdesk.mv.db")" ] && echo "data directory kept, database unchanged"
