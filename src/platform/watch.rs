//! Live reload for authors: the content folders on disk are watched, and a
//! save (an editor's burst of events: a temporary file, a rename, a
//! change of times) becomes one call, [`DEBOUNCE`] after the last event.
//!
//! The watching runs on `notify`'s own thread; the bursts are gathered on
//! a thread of the watcher's, where the callback runs, so it may load the
//! content there (the app does: nothing of it touches the UI thread). That
//! thread sleeps until an event comes: an idle app is not woken (the
//! debouncer crates tick on a timer, 16 times a second, changes or not).
//! What counts as a change is [`is_content_change`]: a RON file, an image
//! or a folder inside a content folder, not a hidden file (editor swap
//! files, `.packs/`).

use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use limber_core::content::IMAGE_EXTENSIONS;
use limber_core::content::Sources;

/// Quiet time after the last event of a save before the content reloads:
/// long enough to take an editor's save as one change, short enough that
/// the screen shows it well within a second.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

#[derive(Debug, thiserror::Error)]
#[error("{}", limber_core::t!(
    "notices-cannot-watch",
    path = path.display().to_string(),
    error = source.to_string()
))]
pub struct WatchError {
    pub path: PathBuf,
    #[source]
    pub source: notify::Error,
}

type Shared = Arc<Mutex<RecommendedWatcher>>;

/// Watches the folders of a [`Sources`] until dropped.
pub struct ContentWatcher {
    _watcher: Shared,
    roots: Vec<PathBuf>,
}

impl std::fmt::Debug for ContentWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContentWatcher")
            .field("roots", &self.roots)
            .finish()
    }
}

impl ContentWatcher {
    /// Starts watching every folder of `sources` (and, for a folder that
    /// does not exist yet, such as a user folder before the first `limber
    /// import`, its parent, so it is watched from the moment it appears).
    /// `on_change` gets the changed paths of each burst, on the debouncer's
    /// thread.
    ///
    /// Fails only when the `--content` folder cannot be watched; a user
    /// folder that cannot be watched is logged and skipped.
    pub fn start(
        sources: &Sources,
        debounce: Duration,
        mut on_change: impl FnMut(Vec<PathBuf>) + Send + 'static,
    ) -> Result<ContentWatcher, WatchError> {
        let roots: Vec<PathBuf> = sources
            .folders()
            .map(|dir| std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf()))
            .collect();
        let watched = with_real_paths(&roots);
        let (events, arrivals) = mpsc::channel::<notify::Result<notify::Event>>();
        let watcher = notify::recommended_watcher(move |event| {
            // The gathering thread has ended only when the watcher is being
            // dropped: nothing to tell.
            let _ = events.send(event);
        })
        .map_err(|source| WatchError {
            path: roots.first().cloned().unwrap_or_default(),
            source,
        })?;
        let shared: Shared = Arc::new(Mutex::new(watcher));
        {
            let mut watcher = shared
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            for (root, required) in roots.iter().zip(required_flags(sources)) {
                if let Some(parent) = root.parent().filter(|parent| parent.is_dir()) {
                    // Only to see the folder itself come and go (non-recursive).
                    if let Err(error) = watcher.watch(parent, RecursiveMode::NonRecursive) {
                        tracing::debug!("cannot watch {}: {error}", parent.display());
                    }
                }
                if !root.is_dir() && !required {
                    continue;
                }
                match watcher.watch(root, RecursiveMode::Recursive) {
                    Ok(()) => {}
                    Err(source) if required => {
                        return Err(WatchError {
                            path: root.clone(),
                            source,
                        });
                    }
                    Err(error) => tracing::warn!("cannot watch {}: {error}", root.display()),
                }
            }
        }
        // The gathering thread holds the watcher weakly, so dropping the
        // ContentWatcher drops the watcher, which closes the channel and
        // ends the thread.
        let handle: Weak<Mutex<RecommendedWatcher>> = Arc::downgrade(&shared);
        std::thread::Builder::new()
            .name("limber-watch".to_owned())
            .spawn(move || {
                while let Some(changed) = next_burst(&arrivals, debounce, &watched) {
                    // A folder that (re)appeared is watched inside from now on.
                    for root in watched.iter().filter(|root| changed.contains(root)) {
                        if root.is_dir()
                            && let Some(shared) = handle.upgrade()
                            && let Ok(mut watcher) = shared.lock()
                            && let Err(error) = watcher.watch(root, RecursiveMode::Recursive)
                        {
                            tracing::warn!("cannot watch {}: {error}", root.display());
                        }
                    }
                    if !changed.is_empty() {
                        on_change(changed);
                    }
                }
            })
            .map_err(|error| WatchError {
                path: roots.first().cloned().unwrap_or_default(),
                source: notify::Error::io(error),
            })?;
        Ok(ContentWatcher {
            _watcher: shared,
            roots,
        })
    }

    /// The folders watched (absolute).
    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
    }
}

/// Waits (asleep) for the next event, then gathers events until none has
/// come for `debounce`: the content paths changed in that burst, each
/// once. `None` once the watcher is gone.
fn next_burst(
    arrivals: &mpsc::Receiver<notify::Result<notify::Event>>,
    debounce: Duration,
    watched: &[PathBuf],
) -> Option<Vec<PathBuf>> {
    let mut changed: Vec<PathBuf> = Vec::new();
    let note = |event: notify::Result<notify::Event>, changed: &mut Vec<PathBuf>| match event {
        // Opening or reading a file (Limber's own loading among them)
        // changes nothing.
        Ok(event) if matches!(event.kind, EventKind::Access(_)) => {}
        Ok(event) => {
            for path in event.paths {
                if is_content_change(&path, watched) && !changed.contains(&path) {
                    changed.push(path);
                }
            }
        }
        Err(error) => tracing::warn!("watching the content folders: {error}"),
    };
    note(arrivals.recv().ok()?, &mut changed);
    let mut quiet_until = Instant::now() + debounce;
    loop {
        let wait = quiet_until.saturating_duration_since(Instant::now());
        match arrivals.recv_timeout(wait) {
            Ok(event) => {
                note(event, &mut changed);
                quiet_until = Instant::now() + debounce;
            }
            Err(RecvTimeoutError::Timeout) => return Some(changed),
            Err(RecvTimeoutError::Disconnected) => {
                return (!changed.is_empty()).then_some(changed);
            }
        }
    }
}

/// The roots as events may name them: as given and with links resolved.
/// FSEvents (macOS) reports real paths, e.g. `/private/var/…` for a folder
/// under `/var` (a link), so a root reached through a link would otherwise
/// never see a change. inotify and Windows name paths as watched.
fn with_real_paths(roots: &[PathBuf]) -> Vec<PathBuf> {
    let mut all = roots.to_vec();
    for root in roots {
        let real = std::fs::canonicalize(root).ok().or_else(|| {
            // A folder not made yet: its parent's real path and its name.
            let parent = std::fs::canonicalize(root.parent()?).ok()?;
            Some(parent.join(root.file_name()?))
        });
        if let Some(real) = real
            && !all.contains(&real)
        {
            all.push(real);
        }
    }
    all
}

/// For each folder of [`Sources::folders`]: must it be watched? The user
/// folder may be missing; a `--content` folder must not.
fn required_flags(sources: &Sources) -> impl Iterator<Item = bool> {
    sources
        .user_dir
        .iter()
        .map(|_| false)
        .chain(sources.extra_dir.iter().map(|_| true))
}

/// Whether a changed path can change the content: a content folder itself
/// (it appeared or went), or anything inside one that is a RON file, an
/// image or a folder (no extension), and not hidden.
pub fn is_content_change(path: &Path, roots: &[PathBuf]) -> bool {
    roots.iter().any(|root| {
        let Ok(inside) = path.strip_prefix(root) else {
            return false;
        };
        let hidden = inside.components().any(|part| {
            matches!(part, Component::Normal(name) if name.to_string_lossy().starts_with('.'))
        });
        if hidden {
            return false;
        }
        match path.extension().and_then(|e| e.to_str()) {
            None => true,
            Some(extension) => {
                extension.eq_ignore_ascii_case("ron")
                    || IMAGE_EXTENSIONS
                        .iter()
                        .any(|image| extension.eq_ignore_ascii_case(image))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn only_content_files_count() {
        let roots = [PathBuf::from("/data/content"), PathBuf::from("/work/neck")];
        let yes = [
            "/data/content",
            "/data/content/exercises/neck.ron",
            "/work/neck/poses/turn.RON",
            "/work/neck/images/turn.png",
            "/work/neck/exercises",
        ];
        let no = [
            "/data/profiles.ron",
            "/data/content/exercises/.neck.ron.swp",
            "/data/content/.packs/pack.ron",
            "/work/neck/exercises/neck.ron~",
            "/work/neck/README.md",
            "/work/necklace/a.ron",
        ];
        for path in yes {
            assert!(is_content_change(Path::new(path), &roots), "{path}");
        }
        for path in no {
            assert!(!is_content_change(Path::new(path), &roots), "{path}");
        }
    }

    /// The watcher on a real folder: one save is one call naming the file;
    /// a folder that appears later is watched too.
    #[test]
    fn a_save_is_one_call_and_a_new_folder_is_watched() {
        let dir = tempfile::tempdir().expect("tempdir");
        // The real path: on macOS the temp folder is under a link, and
        // FSEvents names changes by the real path, which the assertions
        // below compare with.
        let base = dir.path().canonicalize().expect("real path");
        let extra = base.join("extra");
        let user = base.join("user");
        std::fs::create_dir_all(extra.join("exercises")).expect("mkdir");
        let sources = Sources {
            user_dir: Some(user.clone()),
            extra_dir: Some(extra.clone()),
        };
        let (sender, changes) = mpsc::channel();
        let watcher = ContentWatcher::start(&sources, Duration::from_millis(100), move |paths| {
            let _ = sender.send(paths);
        })
        .expect("watches");
        assert_eq!(watcher.roots().len(), 2);
        let wait = Duration::from_secs(10);

        let file = extra.join("exercises/neck.ron");
        std::fs::write(&file, "(first)").expect("write");
        std::fs::write(&file, "(second)").expect("write again");
        let paths = changes.recv_timeout(wait).expect("a change");
        assert!(
            paths.iter().any(|p| p.ends_with("exercises/neck.ron")),
            "{paths:?}"
        );
        // Both writes came in one burst.
        let more = changes.recv_timeout(Duration::from_millis(400));
        assert!(more.is_err(), "first {paths:?}, then {more:?}");

        // Noise is not a change, nor is reading (as loading does).
        std::fs::read(&file).expect("read");
        std::fs::write(extra.join("exercises/.neck.ron.swp"), "x").expect("write");
        std::fs::write(dir.path().join("profiles.ron"), "x").expect("write");
        assert!(changes.recv_timeout(Duration::from_millis(400)).is_err());

        // The user folder appears, then a file in it.
        std::fs::create_dir_all(user.join("areas")).expect("mkdir");
        let paths = changes.recv_timeout(wait).expect("the folder appeared");
        assert!(paths.iter().any(|p| p.starts_with(&user)), "{paths:?}");
        std::thread::sleep(Duration::from_millis(200));
        std::fs::write(user.join("areas/neck.ron"), "(x)").expect("write");
        let paths = loop {
            let paths = changes
                .recv_timeout(wait)
                .expect("a change in the new folder");
            if paths.iter().any(|p| p.ends_with("areas/neck.ron")) {
                break paths;
            }
        };
        assert!(paths.iter().all(|p| p.starts_with(&user)), "{paths:?}");
        drop(watcher);
    }

    /// A root reached through a link also matches the real path, which
    /// is how FSEvents names changes; so does one that does not exist yet.
    #[cfg(unix)]
    #[test]
    fn changes_named_by_the_real_path_count_for_a_linked_root() {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real");
        std::fs::create_dir_all(real.join("exercises")).expect("mkdir");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        let roots = with_real_paths(&[link.clone(), link.join("later")]);
        let real = real.canonicalize().expect("real path");
        for path in [
            link.join("exercises/neck.ron"),
            real.join("exercises/neck.ron"),
            real.join("later/areas/hips.ron"),
        ] {
            assert!(is_content_change(&path, &roots), "{path:?} in {roots:?}");
        }
        assert!(!is_content_change(&dir.path().join("real.ron"), &roots));
    }

    #[test]
    fn a_missing_content_folder_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sources = Sources {
            user_dir: None,
            extra_dir: Some(dir.path().join("missing")),
        };
        let error = ContentWatcher::start(&sources, DEBOUNCE, |_| {}).expect_err("missing");
        assert!(error.to_string().contains("missing"), "{error}");
    }
}
