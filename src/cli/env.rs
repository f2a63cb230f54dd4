//! What every command shares: the data folder, the store and the content,
//! each opened once; the notices printed on stderr; and the exit code that
//! says when some of the person's data had to be set aside.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use limber_core::content::{Library, Problem, Sources};
use limber_core::profile::{self, Notice, ProfileSummary, Store, StoreError};
use limber_core::terminal;

use super::args::Common;

/// What a command ends with: its exit code, or a message for stderr (exit 1).
pub type Outcome = Result<ExitCode, String>;

/// The exit code of a command that did its work but had to set some of the
/// person's data aside (a file or records it could not read; the messages
/// on stderr say which and where the file was kept).
pub const SET_ASIDE: u8 = 2;

/// A command's surroundings: `--data-dir`, `--content` and `--profile` as
/// given, and what was opened from them.
pub struct Env {
    common: Common,
    data_dir: Option<Result<PathBuf, String>>,
    library: Option<Library>,
    set_aside: bool,
}

impl Env {
    pub fn new(common: Common) -> Env {
        Env {
            common,
            data_dir: None,
            library: None,
            set_aside: false,
        }
    }

    pub fn common(&self) -> &Common {
        &self.common
    }

    /// `--profile NAME`, as given.
    pub fn profile_name(&self) -> Option<&str> {
        self.common.profile.as_deref()
    }

    /// The data folder: `--data-dir`, `LIMBER_DATA_DIR`, or the platform's.
    pub fn data_dir(&mut self) -> Result<PathBuf, String> {
        self.data_dir
            .get_or_insert_with(|| {
                profile::resolve_data_dir(self.common.data_dir.clone()).map_err(|e| e.to_string())
            })
            .clone()
    }

    /// The store, its notices printed. `--profile` is not switched to: a
    /// command looks the name up with [`Env::profile`] and never creates it.
    pub fn store(&mut self) -> Result<Store, String> {
        let dir = self.data_dir()?;
        let (store, notices) = Store::open(&dir).map_err(|e| e.to_string())?;
        self.notices(&notices);
        Ok(store)
    }

    /// The store with `--profile NAME` in use, made when there is none of
    /// that name, and the notices for the window to show. A name that
    /// cannot be one (a line break in it) is refused with a notice and the
    /// window opens anyway: from a desktop shortcut there is no terminal to
    /// say it on.
    pub fn store_for_app(&mut self) -> Result<(Store, Vec<String>), String> {
        let dir = self.data_dir()?;
        let (mut store, notices) = Store::open(&dir).map_err(|e| e.to_string())?;
        let mut notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
        if let Some(name) = &self.common.profile {
            match store.switch_to_name(name, true) {
                Ok(_) => {}
                Err(error @ (StoreError::InvalidName { .. } | StoreError::NameTaken { .. })) => {
                    notices.push(limber_core::t!(
                        "cli-profile-not-opened",
                        error = error.to_string(),
                        using = terminal::escape(&store.current().name)
                    ));
                }
                Err(error) => return Err(error.to_string()),
            }
            notices.extend(store.take_notices().iter().map(ToString::to_string));
        }
        // What an import replaced, told once (the command said it too).
        notices.extend(limber_core::pack::take_replacement_notices(
            store.data_dir(),
        ));
        Ok((store, notices))
    }

    /// The profile a command is about: `--profile NAME` (never created), or
    /// the one in use.
    pub fn profile(&self, store: &Store) -> Result<ProfileSummary, String> {
        store
            .named_or_current(self.profile_name())
            .map_err(|e| e.to_string())
    }

    /// That profile whole, with its settings and choices.
    pub fn profile_whole(&mut self) -> Result<profile::Profile, String> {
        let mut store = self.store()?;
        if let Some(name) = &self.common.profile {
            let switched = store.switch_to_name(name, false);
            self.notices(&store.take_notices());
            switched.map_err(|e| e.to_string())?;
        }
        Ok(store.current().clone())
    }

    /// The content: shipped, the data folder's `content/`, then
    /// `--content DIR`. Loaded once; its problems are printed on stderr.
    pub fn library(&mut self) -> &Library {
        if self.library.is_none() {
            let user_dir = self.data_dir().ok().map(|dir| dir.join("content"));
            let (library, problems) = load_library(&self.common, user_dir);
            for problem in &problems {
                eprintln!("{problem}");
            }
            self.library = Some(library);
        }
        self.library.get_or_insert_with(Library::default)
    }

    /// [`Env::library`], owned.
    pub fn take_library(&mut self) -> Library {
        self.library();
        self.library.take().unwrap_or_default()
    }

    /// The content as the app loads it: the same folders, the problems
    /// handed back for the window to show.
    pub fn library_for_app(&mut self) -> (Library, Vec<Problem>) {
        let user_dir = self.data_dir().ok().map(|dir| dir.join("content"));
        load_library(&self.common, user_dir)
    }

    /// The shipped content and `--content DIR` only (the author's folder,
    /// for `limber figures`).
    pub fn library_without_data(&self) -> (Library, Vec<Problem>) {
        load_library(&self.common, None)
    }

    /// Prints the store's notices on stderr, and remembers for the exit
    /// code when any set data aside.
    pub fn notices(&mut self, notices: &[Notice]) {
        for notice in notices {
            eprintln!("limber: {}", terminal::escape_lines(&notice.to_string()));
        }
        self.set_aside |= notices.iter().any(Notice::sets_data_aside);
    }

    /// The exit code for a command that did its work: [`SET_ASIDE`] when
    /// some data had to be set aside on the way.
    pub fn exit(&self, code: ExitCode) -> ExitCode {
        if self.set_aside && code == ExitCode::SUCCESS {
            ExitCode::from(SET_ASIDE)
        } else {
            code
        }
    }

    /// [`Env::exit`] of success.
    pub fn done(&self) -> Outcome {
        Ok(self.exit(ExitCode::SUCCESS))
    }
}

/// The content folders a command reads, merged by id.
fn load_library(common: &Common, user_dir: Option<PathBuf>) -> (Library, Vec<Problem>) {
    Library::load(&Sources {
        user_dir,
        extra_dir: common.content.clone(),
    })
}

/// Whether writing failed because the reader went away (`limber history |
/// head`): not worth a message.
pub fn reader_gone(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::BrokenPipe
}

/// A routine of the content, or the list of those there are.
pub fn find_routine<'a>(
    library: &'a Library,
    routine_id: &str,
) -> Result<&'a limber_core::content::schema::Routine, String> {
    library.routine(routine_id).ok_or_else(|| {
        let known: Vec<&str> = library.routines().iter().map(|r| r.id.as_str()).collect();
        limber_core::t!(
            "cli-unknown-routine",
            routine = routine_id,
            known = known.join(", ")
        )
    })
}

/// The papers' fonts ([`crate::paper_fonts`]).
pub fn paper_fonts() -> Result<limber_core::paper::FontSet, String> {
    crate::paper_fonts()
}

/// One line on stderr per script a paper could not draw (no font on this
/// computer has it): never dropped without a word.
pub fn say_missing_scripts(saved: &limber_core::paper::Saved) {
    for script in &saved.missing_scripts {
        eprintln!(
            "limber: {}",
            limber_core::paper::font::missing_script_words(script)
        );
    }
}

/// Today in the system's time zone.
pub fn today() -> chrono::NaiveDate {
    limber_core::time::local_now().date_naive()
}

/// "3 exercises, 1 area, 6 poses, 0 pictures".
pub fn counted(counts: &[(usize, &str)]) -> String {
    counts
        .iter()
        .map(|(n, what)| count(*n, what))
        .collect::<Vec<_>>()
        .join(&limber_core::t!("plan-days-separator"))
}

/// "1 exercise", "5 poses": `what` is the kind `cli-count` names (area,
/// exercise, routine, pose, picture, problem, error, warning).
pub fn count(n: usize, what: &str) -> String {
    limber_core::t!("cli-count", count = n, what = what)
}
