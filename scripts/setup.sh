#!/usr/bin/env bash
# Installs what building and running Limber needs on Debian/Ubuntu, only
# where it is missing: a C toolchain, pkg-config and the ALSA headers (for
# sound), and the X11/Wayland client libraries winit loads at run time.
set -euo pipefail

packages=(build-essential pkg-config libasound2-dev libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon0 libxkbcommon-x11-0 libwayland-client0 libvulkan1)
if [[ "${1:-}" == "--screenshots" ]]; then
  # scripts/screenshots.sh and scripts/measure_cpu.sh run the real binary
  # under a virtual X server. (The tests need none of this: screen tests
  # render headless.)
  packages+=(xvfb xauth xdotool imagemagick)
fi
if [[ "${1:-}" == "--reminders" ]]; then
  # scripts/remind_check.sh: a private D-Bus session bus, a notification
  # server and a virtual X server for it. (The tests need none of this:
  # they use a recording notifier.)
  packages+=(dbus dbus-x11 dunst xvfb xauth imagemagick xdotool)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is not installed: install it from https://rustup.rs and run this again." >&2
  exit 1
fi
