#!/bin/sh
# Installs Limber for you alone, without root, where the XDG base
# directories put a person's programs and desktop files:
#
#   the program        $XDG_BIN_HOME (default ~/.local/bin)/limber
#   the menu entry     $XDG_DATA_HOME (default ~/.local/share)/applications/
#   icons, AppStream   $XDG_DATA_HOME/icons/hicolor/…, $XDG_DATA_HOME/metainfo/
#   man pages          $XDG_DATA_HOME/man/man1/
#   completions        bash, zsh and fish, under $XDG_DATA_HOME
#
# Usage: sh install.sh              install (or update) from this folder
#        sh install.sh --uninstall  remove what this folder installs
#
# Your profiles and history live elsewhere ($XDG_DATA_HOME/limber) and are
# never touched, by installing or by removing.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin_dir=${XDG_BIN_HOME:-$HOME/.local/bin}
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
desktop_id=io.github.limber.Limber

usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
}

action=install
case "${1:-}" in
    "") ;;
    --uninstall) action=uninstall ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
esac

if [ ! -d "$here/share" ] || [ ! -x "$here/bin/limber" ]; then
    echo "install.sh: run me from the unpacked Limber folder (bin/ and share/ are missing)" >&2
    exit 1
fi

# The files under share/, relative to it, one per line.
shared_files() {
    (cd "$here/share" && find . -type f | sed 's|^\./||' | sort)
}

# Refreshes the desktop's caches where the tools exist (they are optional:
# desktops also notice new files on their own, only later).
refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$action" = uninstall ]; then
    rm -f "$bin_dir/limber"
    shared_files | while IFS= read -r file; do
        rm -f "$data_home/$file"
    done
    refresh_caches
    echo "Removed Limber from $bin_dir and $data_home."
    echo "Your profiles and history are still in $data_home/limber."
    exit 0
fi

# The menu starts the program by its full path: ~/.local/bin is not on
# every desktop session's PATH. The desktop entry format quotes such a
# path with "…", inside which " \` $ and \ would need escaping twice over
# (and | and & mean something to the sed below); a folder with those is
# refused rather than written wrong.
case "$bin_dir" in
    *[\"\`\$\\\|\&]*)
        echo "install.sh: cannot write a menu entry for the folder '$bin_dir': it contains one of \" \` \$ \\ | &" >&2
        exit 1
        ;;
esac

mkdir -p "$bin_dir"
# Copy, then rename: a running Limber keeps its old program file intact.
cp "$here/bin/limber" "$bin_dir/.limber.new"
chmod 755 "$bin_dir/.limber.new"
mv -f "$bin_dir/.limber.new" "$bin_dir/limber"

shared_files | while IFS= read -r file; do
    mkdir -p "$(dirname "$data_home/$file")"
    case "$file" in
        applications/*.desktop)
            sed "s|^Exec=limber\\b|Exec=\"$bin_dir/limber\"|" "$here/share/$file" >"$data_home/$file"
            chmod 644 "$data_home/$file"
            ;;
        *) cp "$here/share/$file" "$data_home/$file" ;;
    esac
done
refresh_caches

echo "Installed Limber $("$bin_dir/limber" --version | sed 's/^limber //')."
echo "  The program:    $bin_dir/limber"
echo "  The menu entry: $data_home/applications/$desktop_id.desktop"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "  To type 'limber' in a terminal, add $bin_dir to your PATH." ;;
esac
echo "Remove it with: sh $here/install.sh --uninstall"
