#!/usr/bin/env bash
# Installs the packages scripts/package.sh built and tries them the way a
# person would, on this machine:
#
#  1. the .deb: its contents, lintian, desktop-file-validate and
#     appstreamcli on the files inside it;
#  2. `dpkg -i`, then the program started exactly as the application menu
#     starts it (the installed .desktop file's Exec line, and its "Lower
#     back routine" action) under a private Xvfb, as a new person with an
#     empty home folder: the Safety screen, Home, a routine opened with the
#     keyboard, a screenshot, the window's WM_CLASS against the entry's
#     StartupWMClass (what docks match windows to menu entries by);
#  3. `dpkg -r`: every file of the package gone, the person's data folder
#     (~/.local/share/limber) untouched, byte for byte;
#  4. the .tar.gz: install.sh into an empty home's ~/.local, the installed
#     menu entry validated and its Exec line run, then --uninstall, again
#     leaving the data folder alone.
#
# Usage: bash scripts/check_package.sh [OUT_DIR]
#   OUT_DIR  where the screenshots go (default: target/dist/check)
#
# Needs root (or sudo) for dpkg; installs the checking tools when missing
# (scripts/setup.sh --package). Builds the packages first if they are not
# there. Leaves Limber uninstalled, as it found it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
# shellcheck source=scripts/xvfb_app.sh
source "$here/xvfb_app.sh"

OUT_DIR="${1:-$repo/target/dist/check}"
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

bash "$here/setup.sh" --package >/dev/null

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$repo/Cargo.toml" | head -n 1)"
deb="$repo/target/dist/limber_${version}_$(dpkg --print-architecture).deb"
tarball="$repo/target/dist/limber-${version}-$(uname -m)-linux.tar.gz"
if [[ ! -f "$deb" || ! -f "$tarball" ]]; then
    bash "$here/package.sh"
fi
desktop_id=io.github.limber.Limber

failures=0
ok() { echo "  ok: $*"; }
fail() {
    echo "  FAILED: $*" >&2
    failures=$((failures + 1))
}
check() {
    local what="$1"
    shift
    if "$@"; then ok "$what"; else fail "$what"; fi
}

# A fingerprint of a folder: every file's path and SHA-256, sorted.
fingerprint() {
    (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
}

# The value of KEY in the [GROUP] group of a .desktop file.
desktop_value() {
    local file="$1" group="$2" key="$3"
    awk -v group="[$group]" -v key="$key" '
        /^\[/ { in_group = ($0 == group); next }
        in_group && index($0, key "=") == 1 { print substr($0, length(key) + 2); exit }
    ' "$file"
}

# start_exec NAME HOME EXEC: runs a .desktop Exec line the way a launcher
# does (split into words, field codes such as %U dropped, no shell) for a
# person whose home is HOME, with only the environment a desktop session
# gives (PATH, HOME, DISPLAY), waits for the window and focuses it. The
# CPU renderer and a silent speech engine, as in every script here.
start_exec() {
    local name="$1" home="$2" exec_line="$3" word argv=()
    for word in $exec_line; do
        [[ "$word" =~ ^%[fFuUdDnNickvm]$ ]] && continue
        argv+=("${word//\"/}")
    done
    APP_LOG="$WORK_DIR/$name.log"
    env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$home" DISPLAY="$DISPLAY" \
        ICED_BACKEND=tiny-skia LIMBER_SPEECH=null RUST_BACKTRACE=1 \
        "${argv[@]}" >"$APP_LOG" 2>&1 &
    APP_PID=$!
    await_window
}

shot() {
    shot_window "$OUT_DIR/$1.png"
    echo "  screenshot: $OUT_DIR/$1.png"
}

echo "== 1. The package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p' | sed 's/^ /  /'
echo "  contents:"
dpkg -c "$deb" | awk '{print "    " $6}' | grep -v '/$'
unpacked="$WORK_DIR/unpacked"
dpkg-deb -x "$deb" "$unpacked"
echo "  lintian:"
# --fail-on error,warning: information and pedantic tags are printed, not fatal.
if lintian --fail-on error,warning --display-info "$deb" 2>&1 | grep -v '^N:' | grep -v 'root privileges' | sed 's/^/    /'; then :; fi
check "lintian finds no errors or warnings" bash -c "lintian --fail-on error,warning \"\$1\" >/dev/null 2>&1" _ "$deb"
check "desktop-file-validate $desktop_id.desktop" \
    desktop-file-validate "$unpacked/usr/share/applications/$desktop_id.desktop"
check "appstreamcli validate $desktop_id.metainfo.xml" \
    appstreamcli validate --no-net "$unpacked/usr/share/metainfo/$desktop_id.metainfo.xml"
for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512; do
    [[ "$(identify -format '%wx%h' "$unpacked/usr/share/icons/hicolor/$size/apps/limber.png")" == "$size" ]] ||
        fail "icon $size is not $size"
done
ok "icons in every hicolor size"

echo "== 2. Installed with dpkg -i"
if dpkg-query -W -f='${Status}' limber 2>/dev/null | grep -q "install ok installed"; then
    die "Limber is already installed from a package; remove it first (dpkg -r limber)"
fi
# From here on, a failing check still leaves the machine as it was.
installed_here=1
trap 'if [[ -n "${installed_here:-}" ]]; then as_root dpkg -r limber >/dev/null 2>&1 || true; fi; cleanup' EXIT
as_root dpkg -i "$deb" || {
    # A dependency this machine lacks: let apt bring it, as a person's
    # software centre would.
    as_root apt-get install -f -y -qq
}
check "dpkg says installed" bash -c "dpkg-query -W -f='\${Status}' limber | grep -q 'install ok installed'"
check "limber on the PATH is /usr/bin/limber" test "$(command -v limber)" = /usr/bin/limber
echo "  $(limber --version)"
check "man limber finds the page" bash -c "man -w limber >/dev/null"
check "the man page lists the data folder" bash -c "MANWIDTH=100 man limber 2>/dev/null | grep -q 'Linux.*\.local/share/limber\|\.local/share/limber'"
check "bash completes the subcommands" bash -c \
    "source /usr/share/bash-completion/completions/limber; COMP_WORDS=(limber pl); COMP_CWORD=1; _limber limber pl limber; [[ \" \${COMPREPLY[*]} \" == *' plan '* ]]"

entry="/usr/share/applications/$desktop_id.desktop"
exec_line="$(desktop_value "$entry" "Desktop Entry" Exec)"
action_line="$(desktop_value "$entry" "Desktop Action LowerBack" Exec)"
echo "  the menu entry runs: $exec_line"
home="$WORK_DIR/home"
mkdir -p "$home"
start_xvfb
start_exec menu "$home" "$exec_line"
wait_title "Limber — Safety"
ok "first run opens on the Safety screen"
shot installed-safety
press Return
wait_title "Limber"
press 1
wait_title "Limber — Lower back"
ok "key 1 on Home opens the Lower back routine"
shot installed-routine
wm_class="$(xprop -id "$APP_WID" WM_CLASS 2>/dev/null | sed 's/.*= //')"
echo "  WM_CLASS: $wm_class"
startup_wm_class="$(desktop_value "$entry" "Desktop Entry" StartupWMClass)"
check "WM_CLASS matches StartupWMClass ($startup_wm_class)" \
    bash -c "[[ '$wm_class' == *'\"$startup_wm_class\"'* ]]"
stop_app

echo "  the \"Lower back routine\" action runs: $action_line"
start_exec action "$home" "$action_line"
wait_title "Limber — Lower back"
ok "the action opens straight into the routine"
stop_app

data="$home/.local/share/limber"
check "the person's data folder was made in ~/.local/share/limber" test -f "$data/profiles.ron"
before="$(fingerprint "$data")"

echo "== 3. Removed with dpkg -r"
as_root dpkg -r limber >/dev/null
installed_here=""
check "dpkg no longer lists it" bash -c "! dpkg-query -W -f='\${Status}' limber 2>/dev/null | grep -q 'ok installed'"
left=0
while IFS= read -r path; do
    [[ -e "/$path" && ! -d "/$path" ]] && { echo "    left behind: /$path" >&2; left=$((left + 1)); }
done < <(dpkg -c "$deb" | awk '{print $6}' | sed 's|^\./||' | grep -v '/$')
check "no file of the package is left" test "$left" -eq 0
check "the data folder is untouched" test "$(fingerprint "$data")" = "$before"

echo "== 4. The archive for other distributions: $tarball"
tar -tzf "$tarball" | sed 's/^/    /'
unpack="$WORK_DIR/tar"
mkdir -p "$unpack"
tar -xzf "$tarball" -C "$unpack"
folder="$(find "$unpack" -mindepth 1 -maxdepth 1 -type d)"
home2="$WORK_DIR/home2"
mkdir -p "$home2"
env -i PATH=/usr/bin:/bin HOME="$home2" sh "$folder/install.sh" | sed 's/^/    /'
local_entry="$home2/.local/share/applications/$desktop_id.desktop"
check "install.sh put the program in ~/.local/bin" test -x "$home2/.local/bin/limber"
check "desktop-file-validate the installed entry" desktop-file-validate "$local_entry"
local_exec="$(desktop_value "$local_entry" "Desktop Entry" Exec)"
echo "  its Exec line: $local_exec"
check "the entry starts the program by its full path" \
    test "$local_exec" = "\"$home2/.local/bin/limber\""
start_exec tarball "$home2" "$local_exec"
wait_title "Limber — Safety"
ok "the installed entry opens the app"
stop_app
before2="$(fingerprint "$home2/.local/share/limber")"
check "the man page is installed" test -f "$home2/.local/share/man/man1/limber.1.gz"
env -i PATH=/usr/bin:/bin HOME="$home2" sh "$folder/install.sh" --uninstall | sed 's/^/    /'
check "--uninstall removed the program" test ! -e "$home2/.local/bin/limber"
check "--uninstall removed the menu entry" test ! -e "$local_entry"
check "the data folder is untouched" test "$(fingerprint "$home2/.local/share/limber")" = "$before2"

echo
if ((failures)); then
    echo "check_package: $failures check(s) FAILED" >&2
    exit 1
fi
echo "check_package: all checks passed; screenshots in $OUT_DIR"
