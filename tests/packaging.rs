//! What the packages carry beside the binary (packaging/, icons/, the man
//! pages and completions) agrees with the code and passes the desktop's own
//! validators. scripts/check_package.sh installs the built packages; these
//! checks run with every `cargo test`, so a renamed file or a version bump
//! without its release note fails here first.

use std::path::{Path, PathBuf};

use limber::APP_ID;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: impl AsRef<Path>) -> String {
    let path = repo().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text of Cargo.toml's `[name]` table, up to the next table.
fn manifest_section(name: &str) -> String {
    let manifest = read("Cargo.toml");
    let header = format!("[{name}]\n");
    let start = manifest
        .find(&header)
        .unwrap_or_else(|| panic!("Cargo.toml has no [{name}]"))
        + header.len();
    let rest = &manifest[start..];
    rest[..rest.find("\n[").unwrap_or(rest.len())].to_owned()
}

fn desktop_entry() -> String {
    read(format!("packaging/linux/{APP_ID}.desktop"))
}

fn metainfo() -> String {
    read(format!("packaging/linux/{APP_ID}.metainfo.xml"))
}

/// The value of `key=` in the `[Desktop Entry]` group.
fn entry_value(entry: &str, key: &str) -> Option<String> {
    let mut in_main = false;
    for line in entry.lines() {
        if line.starts_with('[') {
            in_main = line == "[Desktop Entry]";
        } else if in_main && let Some(value) = line.strip_prefix(&format!("{key}=")) {
            return Some(value.to_owned());
        }
    }
    None
}

/// The text of the first `<tag …>` element's `attribute="…"`.
fn attribute<'a>(xml: &'a str, tag: &str, attribute: &str) -> Option<&'a str> {
    let start = xml.find(&format!("<{tag} "))?;
    let element = &xml[start..start + xml[start..].find('>')?];
    let value = element.split(&format!("{attribute}=\"")).nth(1)?;
    value.split('"').next()
}

/// The text of the first `<tag>…</tag>`; `tag` may carry attributes
/// (`launchable type="desktop-id"`).
fn element<'a>(xml: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let name = tag.split(' ').next()?;
    let start = xml.find(&open)? + open.len();
    Some(&xml[start..start + xml[start..].find(&format!("</{name}>"))?])
}

#[test]
fn one_id_names_the_window_the_menu_entry_and_the_appstream_file() {
    let entry = desktop_entry();
    let meta = metainfo();
    assert_eq!(
        entry_value(&entry, "StartupWMClass").as_deref(),
        Some(APP_ID)
    );
    assert_eq!(element(&meta, "id"), Some(APP_ID));
    assert_eq!(
        element(&meta, "launchable type=\"desktop-id\""),
        Some(format!("{APP_ID}.desktop").as_str())
    );
    // The Windows installers' shortcut id and the macOS bundle id.
    let packager = manifest_section("package.metadata.packager");
    assert!(
        packager.contains(&format!("identifier = \"{APP_ID}\"")),
        "cargo-packager's identifier is not {APP_ID}"
    );
    // The menu entry's icon is the one the packages install.
    let icon = entry_value(&entry, "Icon").expect("Icon=");
    assert_eq!(element(&meta, "icon type=\"stock\""), Some(icon.as_str()));
    assert!(repo().join(format!("icons/{icon}.svg")).is_file());
    // Its Exec lines start the binary the packages install.
    for line in entry.lines().filter(|l| l.starts_with("Exec=")) {
        assert!(
            line == "Exec=limber" || line.starts_with("Exec=limber "),
            "{line}"
        );
    }
}

#[test]
fn the_release_notes_name_the_version_being_built() {
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        attribute(&metainfo(), "release", "version"),
        Some(version),
        "the newest <release> in the metainfo file must be Cargo.toml's version"
    );
    let changelog = read("packaging/linux/changelog");
    let first = changelog.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("limber ({version}) ")),
        "packaging/linux/changelog must start with this version's entry, not: {first}"
    );
}

/// Runs a validator and fails with its output when it finds a problem.
#[cfg(target_os = "linux")]
fn validates(program: &str, args: &[&str], file: &Path) {
    let output = std::process::Command::new(program)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e} (install it with `bash scripts/setup.sh`)"));
    assert!(
        output.status.success(),
        "{program} rejects {}:\n{}{}",
        file.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[cfg(target_os = "linux")]
#[test]
fn the_menu_entry_and_the_appstream_file_pass_their_validators() {
    let dir = repo().join("packaging/linux");
    validates(
        "desktop-file-validate",
        &[],
        &dir.join(format!("{APP_ID}.desktop")),
    );
    // --no-net: no checking of web addresses (CI may be offline).
    validates(
        "appstreamcli",
        &["validate", "--no-net"],
        &dir.join(format!("{APP_ID}.metainfo.xml")),
    );
}

#[cfg(target_os = "linux")]
#[test]
fn the_validators_catch_a_broken_entry() {
    // The check above can fail: an entry without a Name is refused.
    let temp = tempfile::tempdir().expect("temp dir");
    let broken = temp.path().join(format!("{APP_ID}.desktop"));
    let without_name: String = desktop_entry()
        .lines()
        .filter(|l| !l.starts_with("Name="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&broken, without_name).expect("write");
    let status = std::process::Command::new("desktop-file-validate")
        .arg(&broken)
        .output()
        .expect("desktop-file-validate runs");
    assert!(!status.status.success(), "a nameless entry passed");
}

#[test]
fn the_man_pages_cover_every_subcommand_a_person_uses() {
    let temp = tempfile::tempdir().expect("temp dir");
    limber::cli::write_man_pages(temp.path()).expect("man pages");
    let command = limber::cli::command();
    let mut expected = vec!["limber.1".to_owned()];
    for sub in command.get_subcommands() {
        let page = format!("limber-{}.1", sub.get_name());
        let exists = temp.path().join(&page).is_file();
        if sub.is_hide_set() {
            assert!(!exists, "hidden {page} got a page");
        } else {
            assert!(exists, "{page} is missing");
            expected.push(page);
        }
        for nested in sub.get_subcommands() {
            let page = format!("limber-{}-{}.1", sub.get_name(), nested.get_name());
            assert!(temp.path().join(&page).is_file(), "{page} is missing");
            expected.push(page);
        }
    }
    let mut written: Vec<String> = std::fs::read_dir(temp.path())
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    expected.sort();
    assert_eq!(written, expected);

    let top = std::fs::read_to_string(temp.path().join("limber.1")).expect("limber.1");
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH FILES",
        ".SH ENVIRONMENT",
    ] {
        assert!(top.contains(section), "limber.1 has no {section}");
    }
    assert!(top.contains("LIMBER_DATA_DIR"));
    assert!(top.contains("limber\\-check(1)"), "no cross-reference");
}

#[test]
fn completions_offer_the_subcommands_but_not_the_hidden_ones() {
    use clap_complete::Shell;
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut script = Vec::new();
        limber::cli::write_completions(shell, &mut script).expect("completions");
        let script = String::from_utf8(script).expect("UTF-8");
        for sub in [
            "check",
            "show",
            "print",
            "report",
            "plan",
            "remind",
            "completions",
        ] {
            assert!(script.contains(sub), "{shell}: no `{sub}`");
        }
        assert!(script.contains("data-dir"), "{shell}: no --data-dir");
        assert!(!script.contains("__rehearse"), "{shell} offers __rehearse");
    }
}

#[test]
fn the_committed_icons_are_what_the_code_draws() {
    // icons/ is made by `limber figures --icons icons`; the packages and
    // the window use these files, so they must not fall behind the figure.
    let temp = tempfile::tempdir().expect("temp dir");
    let written = limber_core::figure::icon::write_icons(temp.path()).expect("icons");
    assert!(written.len() >= 9, "{written:?}");
    for path in written {
        let name = path.file_name().expect("name");
        let committed = std::fs::read(repo().join("icons").join(name))
            .unwrap_or_else(|e| panic!("icons/{}: {e}", name.to_string_lossy()));
        let drawn = std::fs::read(&path).expect("read");
        assert!(
            committed == drawn,
            "icons/{} differs from what the code draws: run `limber figures --icons icons`",
            name.to_string_lossy()
        );
    }
}

#[test]
fn every_file_the_debian_package_lists_is_in_the_repository() {
    // Cargo.toml's [package.metadata.deb] assets; target/ files are made by
    // scripts/package.sh, the rest must exist as named.
    let section = manifest_section("package.metadata.deb");
    let sources: Vec<&str> = section
        .lines()
        .filter_map(|line| line.trim().strip_prefix("[\""))
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(sources.len() >= 10, "{sources:?}");
    for source in sources {
        if source.starts_with("target/") {
            continue;
        }
        assert!(repo().join(source).is_file(), "{source} is missing");
    }
}
