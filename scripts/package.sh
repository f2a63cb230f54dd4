#!/usr/bin/env bash
# Builds Limber's Linux packages into target/dist/:
#
#   limber_<version>_<arch>.deb          for Debian and Ubuntu (cargo-deb,
#                                        configured in Cargo.toml's
#                                        [package.metadata.deb])
#   limber-<version>-<machine>-linux.tar.gz
#                                        for other distributions: the same
#                                        files under bin/ and share/, and an
#                                        install.sh that installs them into
#                                        ~/.local for one person
#
# Both hold the release binary, the menu entry and AppStream metadata
# (packaging/linux/), the icons in every size (icons/), man pages and bash,
# zsh and fish completions made from the command-line definitions
# (examples/package_assets.rs), the README and the licence.
#
# Usage: bash scripts/package.sh
# Then:  bash scripts/check_package.sh   (installs it here and tries it)
#
# Installs what it needs when missing: cargo-deb (cargo install --locked)
# and dpkg-dev (dpkg-shlibdeps works out the libraries the package needs).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
dist="$repo/target/dist"
# Where cargo builds the binary: $CARGO_TARGET_DIR as cargo reads it.
case "${CARGO_TARGET_DIR:-}" in
    "") build="$repo/target" ;;
    /*) build="$CARGO_TARGET_DIR" ;;
    *) build="$repo/$CARGO_TARGET_DIR" ;;
esac
mkdir -p "$dist"

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
[[ -n "$version" ]] || { echo "error: no version in Cargo.toml" >&2; exit 1; }
arch="$(dpkg --print-architecture)"
machine="$(uname -m)"

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

if ! dpkg-query -W -f='${Status}' dpkg-dev 2>/dev/null | grep -q "install ok installed"; then
    echo "Installing dpkg-dev (for dpkg-shlibdeps)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq dpkg-dev
fi
if ! cargo deb --version >/dev/null 2>&1; then
    echo "Installing cargo-deb"
    cargo install cargo-deb --locked
fi

echo "== Building the release binary"
cargo build --release --locked
# The start-up code order (build.rs) matches the binary only as far as
# its symbol names have not drifted: say how far, so a packager sees when
# scripts/startup_order.sh should write it again.
"$repo/scripts/startup_order.sh" --check "$build/release/limber" || true

echo "== Man pages and completions"
rm -rf "$dist/assets"
cargo run --quiet --locked --example package_assets -- "$dist/assets"
gzip -9n <packaging/linux/changelog >"$dist/assets/changelog.gz"

echo "== Debian package"
deb="$dist/limber_${version}_${arch}.deb"
rm -f "$deb"
# --deb-revision "": the version is Cargo.toml's, as the file name says
# (no Debian revision: this is the upstream's own package).
cargo deb --no-build --locked --deb-revision "" --output "$deb"

echo "== Archive for other distributions"
name="limber-${version}-${machine}-linux"
stage="$dist/$name"
rm -rf "$stage" "$dist/$name.tar.gz"
install -Dm755 "$build/release/limber" "$stage/bin/limber"
strip "$stage/bin/limber"
install -Dm644 packaging/linux/io.github.limber.Limber.desktop \
    "$stage/share/applications/io.github.limber.Limber.desktop"
install -Dm644 packaging/linux/io.github.limber.Limber.metainfo.xml \
    "$stage/share/metainfo/io.github.limber.Limber.metainfo.xml"
for size in 16 32 48 64 128 256 512; do
    install -Dm644 "icons/limber-$size.png" "$stage/share/icons/hicolor/${size}x${size}/apps/limber.png"
done
install -Dm644 icons/limber.svg "$stage/share/icons/hicolor/scalable/apps/limber.svg"
for page in "$dist"/assets/man/*.1; do
    install -Dm644 "$page" "$stage/share/man/man1/$(basename "$page")"
    gzip -9n "$stage/share/man/man1/$(basename "$page")"
done
install -Dm644 "$dist/assets/completions/limber.bash" "$stage/share/bash-completion/completions/limber"
install -Dm644 "$dist/assets/completions/_limber" "$stage/share/zsh/site-functions/_limber"
install -Dm644 "$dist/assets/completions/limber.fish" "$stage/share/fish/vendor_completions.d/limber.fish"
install -Dm755 packaging/linux/install.sh "$stage/install.sh"
install -Dm644 README.md "$stage/README.md"
install -Dm644 LICENSE "$stage/LICENSE"
# Same bytes for the same tree: sorted names, fixed owner, the last
# commit's time, and gzip without a name or time stamp.
stamp="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp" \
    -C "$dist" -cf - "$name" | gzip -9n >"$dist/$name.tar.gz"
echo
echo "Built:"
du -h "$deb" "$dist/$name.tar.gz" | sed 's/^/  /'
