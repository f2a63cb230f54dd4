//! "Start at login" (opt-in): the platform's autostart entry for
//! `limber remind`, so reminders come without opening Limber first.
//!
//! - Linux and the BSDs: an XDG autostart entry,
//!   `$XDG_CONFIG_HOME/autostart/limber-reminders.desktop` (`~/.config`
//!   when unset), written here. The `auto-launch` crate is not used on
//!   these systems: it ignores `XDG_CONFIG_HOME`, does not quote the
//!   `Exec` line (a data folder with a space in its path would break the
//!   entry) and does not write atomically.
//! - Windows: the current user's registry `Run` key; macOS: a LaunchAgent
//!   (`~/Library/LaunchAgents`). Both through `auto-launch`.

use std::path::{Path, PathBuf};

/// What the entry runs: this Limber, with the arguments that select the
/// same data (e.g. `--data-dir DIR`), then `remind`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutostartCommand {
    pub exe: PathBuf,
    pub args: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    #[error("{}", limber_core::t!("plan-login-no-folder"))]
    NoConfigDir,
    #[error("{}", io_words(action, path, source))]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", limber_core::t!("plan-login-not-changed", reason = .0.as_str()))]
    Platform(String),
}

/// A file operation that failed, in words (`io-failed`).
fn io_words(action: &str, path: &std::path::Path, error: &std::io::Error) -> String {
    limber_core::files::io_failed(action, &path.display().to_string(), error)
}

/// The entry's name (the file name on Linux, the value or agent name
/// elsewhere).
pub const ENTRY_NAME: &str = "limber-reminders";

/// Turns "start at login" on; returns where the entry was written, in
/// words.
pub fn enable(command: &AutostartCommand) -> Result<String, AutostartError> {
    platform::enable(command)
}

/// Turns "start at login" off (nothing to do when it was off); returns
/// what was removed, in words.
pub fn disable() -> Result<String, AutostartError> {
    platform::disable()
}

pub fn is_enabled() -> Result<bool, AutostartError> {
    platform::is_enabled()
}

// ----------------------------------------------------------------------------
// XDG autostart (Linux, BSDs)
// ----------------------------------------------------------------------------

/// The `.desktop` file's path inside the user's config folder.
pub fn xdg_entry_path(config_dir: &Path) -> PathBuf {
    config_dir
        .join("autostart")
        .join(format!("{ENTRY_NAME}.desktop"))
}

/// The XDG autostart entry for `command`.
pub fn xdg_entry(command: &AutostartCommand) -> String {
    let exec: Vec<String> = std::iter::once(command.exe.to_string_lossy().into_owned())
        .chain(command.args.iter().cloned())
        .map(|arg| exec_argument(&arg))
        .collect();
    format!(
        // untranslated: the login entry file's fixed fields
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Limber reminders\n\
         Comment=Reminds you of your exercise plan\n\
         Exec={}\n\
         Icon=limber\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n",
        desktop_string(&exec.join(" "))
    )
}

/// One argument of an `Exec` line, quoted as the Desktop Entry
/// Specification asks: inside double quotes when it holds a reserved
/// character, with `"`, `` ` ``, `$` and `\` escaped by a backslash; `%`
/// doubled (it starts field codes).
fn exec_argument(arg: &str) -> String {
    const RESERVED: &[char] = &[
        ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(',
        ')', '`',
    ];
    let arg = arg.replace('%', "%%");
    if !arg.is_empty() && !arg.contains(RESERVED) {
        return arg;
    }
    let mut quoted = String::from("\"");
    for c in arg.chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted
}

/// A desktop-file string value: backslashes doubled and control
/// characters escaped (the spec's second level of escaping).
fn desktop_string(value: &str) -> String {
    let mut escaped = String::new();
    for c in value.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push_str("\\t"),
            '\r' => escaped.push_str("\\r"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(not(any(windows, target_os = "macos")))]
mod platform {
    use super::*;

    fn config_dir() -> Result<PathBuf, AutostartError> {
        // `directories` follows XDG_CONFIG_HOME (when absolute), else ~/.config.
        directories::BaseDirs::new()
            .map(|dirs| dirs.config_dir().to_path_buf())
            .ok_or(AutostartError::NoConfigDir)
    }

    pub fn enable(command: &AutostartCommand) -> Result<String, AutostartError> {
        let path = xdg_entry_path(&config_dir()?);
        write_entry(&path, command)?;
        Ok(path.display().to_string())
    }

    pub fn disable() -> Result<String, AutostartError> {
        let path = xdg_entry_path(&config_dir()?);
        remove_entry(&path)?;
        Ok(path.display().to_string())
    }

    pub fn is_enabled() -> Result<bool, AutostartError> {
        Ok(xdg_entry_path(&config_dir()?).exists())
    }
}

/// Writes the XDG entry atomically, creating the folder.
pub fn write_entry(path: &Path, command: &AutostartCommand) -> Result<(), AutostartError> {
    let io = |action, path: &Path| {
        let path = path.to_path_buf();
        move |source| AutostartError::Io {
            action,
            path,
            source,
        }
    };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(io("creating folder", folder))?;
    }
    limber_core::profile::write_atomically(path, xdg_entry(command).as_bytes())
        .map_err(io("writing", path))
}

/// Removes the XDG entry; absent is fine.
pub fn remove_entry(path: &Path) -> Result<(), AutostartError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(AutostartError::Io {
            action: "removing",
            path: path.to_path_buf(),
            source,
        }),
    }
}

// ----------------------------------------------------------------------------
// Windows (registry Run key) and macOS (LaunchAgent), through auto-launch
// ----------------------------------------------------------------------------

#[cfg(any(windows, target_os = "macos"))]
mod platform {
    use super::*;

    fn login_item(command: &AutostartCommand) -> Result<auto_launch::AutoLaunch, AutostartError> {
        let mut builder = auto_launch::AutoLaunchBuilder::new();
        builder.set_app_name(ENTRY_NAME);
        #[cfg(windows)]
        {
            // The Run value is one command line, which auto-launch joins
            // with spaces: each argument quoted as Windows splits it.
            let args: Vec<String> = command.args.iter().map(|a| windows_argument(a)).collect();
            builder
                .set_app_path(&windows_argument(&command.exe.to_string_lossy()))
                .set_args(&args)
                .set_windows_enable_mode(auto_launch::WindowsEnableMode::CurrentUser);
        }
        #[cfg(target_os = "macos")]
        {
            // A LaunchAgent lists each argument apart, but auto-launch puts
            // them into the plist's XML as they are: escape them (a data
            // folder named "A & B" would otherwise make a plist launchd
            // cannot read). A program path that needed escaping is then
            // not found, and enabling fails with that error instead.
            let args: Vec<String> = command.args.iter().map(|a| xml_text(a)).collect();
            builder
                .set_app_path(&xml_text(&command.exe.to_string_lossy()))
                .set_args(&args)
                .set_macos_launch_mode(auto_launch::MacOSLaunchMode::LaunchAgent);
        }
        builder
            .build()
            .map_err(|error| AutostartError::Platform(error.to_string()))
    }

    /// Removing and asking need only the name; the command is not used.
    fn by_name() -> Result<auto_launch::AutoLaunch, AutostartError> {
        login_item(&AutostartCommand {
            exe: std::env::current_exe().unwrap_or_else(|_| PathBuf::from("limber")),
            args: Vec::new(),
        })
    }

    pub fn enable(command: &AutostartCommand) -> Result<String, AutostartError> {
        login_item(command)?
            .enable()
            .map_err(|error| AutostartError::Platform(error.to_string()))?;
        Ok(if cfg!(windows) {
            limber_core::t!("plan-login-where-windows", entry = ENTRY_NAME)
        } else {
            format!("~/Library/LaunchAgents/{ENTRY_NAME}.plist") // untranslated: a path
        })
    }

    pub fn disable() -> Result<String, AutostartError> {
        let item = by_name()?;
        if item
            .is_enabled()
            .map_err(|error| AutostartError::Platform(error.to_string()))?
        {
            item.disable()
                .map_err(|error| AutostartError::Platform(error.to_string()))?;
        }
        Ok(limber_core::t!(
            "plan-login-where-macos",
            entry = ENTRY_NAME
        ))
    }

    pub fn is_enabled() -> Result<bool, AutostartError> {
        by_name()?
            .is_enabled()
            .map_err(|error| AutostartError::Platform(error.to_string()))
    }
}

/// One argument of a Windows command line, quoted so that Windows (the C
/// runtime's and `CommandLineToArgvW`'s rules) splits it back as it was:
/// inside double quotes when it holds white space or a quote, a quote
/// escaped by a backslash, and backslashes doubled where they come before
/// a quote (`"C:\My Data\\"` for `C:\My Data\`).
#[cfg(any(windows, test))]
fn windows_argument(arg: &str) -> String {
    if !arg.is_empty() && !arg.contains([' ', '\t', '\n', '\u{b}', '"']) {
        return arg.to_owned();
    }
    let mut quoted = String::from("\"");
    let mut backslashes = 0;
    for c in arg.chars() {
        match c {
            '\\' => backslashes += 1,
            '"' => {
                quoted.push_str(&"\\".repeat(backslashes * 2 + 1));
                quoted.push('"');
                backslashes = 0;
            }
            c => {
                quoted.push_str(&"\\".repeat(backslashes));
                quoted.push(c);
                backslashes = 0;
            }
        }
    }
    quoted.push_str(&"\\".repeat(backslashes * 2));
    quoted.push('"');
    quoted
}

/// Text for an XML element (the LaunchAgent plist).
#[cfg(any(target_os = "macos", test))]
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_arguments_split_back_as_they_were() {
        assert_eq!(windows_argument("remind"), "remind");
        assert_eq!(windows_argument(r"C:\data"), r"C:\data");
        assert_eq!(windows_argument(""), r#""""#);
        assert_eq!(
            windows_argument(r"C:\Program Files\Limber\limber.exe"),
            r#""C:\Program Files\Limber\limber.exe""#
        );
        // A trailing backslash would otherwise escape the closing quote.
        assert_eq!(windows_argument(r"D:\My Data\"), r#""D:\My Data\\""#);
        assert_eq!(windows_argument(r#"say "hi"\"#), r#""say \"hi\"\\""#);
        assert_eq!(windows_argument(r#"a\"b"#), r#""a\\\"b""#);
    }

    #[test]
    fn plist_text_is_escaped() {
        assert_eq!(
            xml_text("/Users/a/Tom & Jerry <2>"),
            "/Users/a/Tom &amp; Jerry &lt;2&gt;"
        );
        assert_eq!(xml_text("/Users/a/data"), "/Users/a/data");
    }

    fn command(exe: &str, args: &[&str]) -> AutostartCommand {
        AutostartCommand {
            exe: PathBuf::from(exe),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
        }
    }

    fn exec_line(entry: &str) -> &str {
        entry
            .lines()
            .find_map(|line| line.strip_prefix("Exec="))
            .unwrap()
    }

    #[test]
    fn a_plain_command_is_written_as_is() {
        let entry = xdg_entry(&command("/usr/bin/limber", &["remind"]));
        assert!(entry.starts_with("[Desktop Entry]\nType=Application\n"));
        assert_eq!(exec_line(&entry), "/usr/bin/limber remind");
        assert!(entry.contains("\nNoDisplay=true\n"));
    }

    #[test]
    fn arguments_with_spaces_quotes_and_percents_are_quoted_by_the_spec() {
        let entry = xdg_entry(&command(
            "/opt/My Apps/limber",
            &["--data-dir", "/home/a b/100% \"mine\"", "remind"],
        ));
        // Level 1 (Exec quoting): "…\"mine\"…", % doubled. Level 2 (string
        // escaping): every backslash doubled.
        assert_eq!(
            exec_line(&entry),
            r#""/opt/My Apps/limber" --data-dir "/home/a b/100%% \\"mine\\"" remind"#
        );
        let entry = xdg_entry(&command("/x/limber", &["--data-dir", r"C:\data$"]));
        assert_eq!(exec_line(&entry), r#"/x/limber --data-dir "C:\\\\data\\$""#);
    }

    #[test]
    fn the_entry_is_written_and_removed_under_the_config_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = xdg_entry_path(dir.path());
        assert!(path.ends_with("autostart/limber-reminders.desktop"));
        write_entry(&path, &command("/usr/bin/limber", &["remind"])).unwrap();
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains("Exec=/usr/bin/limber remind")
        );
        remove_entry(&path).unwrap();
        assert!(!path.exists());
        // Removing again is fine.
        remove_entry(&path).unwrap();
    }
}
