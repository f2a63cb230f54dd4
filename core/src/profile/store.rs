//! The profile store: the API the UI and the CLI call. See the module docs
//! of `profile` for the file layout and the lock-and-merge rules.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::dose::ExerciseChoice;
use crate::ids::ProfileId;
use crate::profile::StoreError;
use crate::profile::history::SessionRecord;
use crate::profile::model::{
    Profile, Settings, clamp_choice, id_from_name, is_valid_id, name_from_id, validate_name,
};
use crate::profile::notice::{FileKind, Notice};
use crate::profile::stamp::FolderStamp;
use crate::profile::storage::{
    DirLock, History, Loaded, ProfileList, Versioned, keep_aside, keep_copy_aside, load,
    lock_data_dir, read_newer_profile, remove_stale_temp_files, save,
};

/// The name of the profile created on first run, in the language in use
/// ("Me", "Yo"); a profile keeps the name it was made with.
pub fn default_profile_name() -> String {
    crate::t!("profile-default-name")
}

/// The environment variable that overrides the data dir.
const DATA_DIR_ENV: &str = "LIMBER_DATA_DIR";

/// Picks the data dir: `--data-dir` (`cli`), else `LIMBER_DATA_DIR`, else the
/// platform data dir.
pub fn resolve_data_dir(cli: Option<PathBuf>) -> Result<PathBuf, StoreError> {
    resolve_data_dir_from(cli, std::env::var_os(DATA_DIR_ENV))
}

/// [`resolve_data_dir`] with the environment value passed in (testable
/// without touching the process environment). An empty value counts as
/// unset.
pub fn resolve_data_dir_from(
    cli: Option<PathBuf>,
    env_value: Option<OsString>,
) -> Result<PathBuf, StoreError> {
    if let Some(dir) = cli {
        return Ok(dir);
    }
    if let Some(value) = env_value.filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(value));
    }
    // untranslated: the application's folder name
    directories::ProjectDirs::from("", "", "Limber")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(StoreError::NoDataDir)
}

/// A profile as listed in the switcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileSummary {
    pub id: ProfileId,
    pub name: String,
}

/// The folders of files kept beside each profile (`<folder>/<id>.ron`) by
/// the layers above: the weekly plan and the reminder state
/// (`schedule::file`). Deleting a profile deletes them first.
pub(crate) const PLANS_FOLDER: &str = "plans";
pub(crate) const REMINDERS_FOLDER: &str = "reminders";
const BESIDE: [&str; 2] = [PLANS_FOLDER, REMINDERS_FOLDER];

/// Profiles, settings and history in one data dir. All methods that change
/// something save at once, under the data-dir lock (see the module docs).
#[derive(Debug)]
pub struct Store {
    data_dir: PathBuf,
    current: Profile,
    /// All readable profiles, sorted by name, as of the last operation.
    summaries: Vec<ProfileSummary>,
    /// Notices not yet taken by the UI.
    notices: Vec<Notice>,
    /// Files written by a newer Limber, with the version found. This store
    /// never writes them, whatever happens on disk later.
    read_only: BTreeMap<PathBuf, u32>,
    /// Set when the data folder cannot be written (a read-only disk or
    /// folder): everything is read, nothing is written.
    read_only_folder: Option<String>,
    /// The last used profile was written by a newer Limber: it is the
    /// current profile, read as far as this version can, and never written.
    newer_current: Option<u32>,
    /// Profiles written by a newer Limber, as far as this version can read
    /// them (with the format found): not listed, never written, but their
    /// names stay taken and `--profile NAME` opens them read-only.
    newer_profiles: Vec<(Profile, u32)>,
}

/// How the re-read of a profile file turned out, after handling corrupt
/// files (kept aside and replaced by a default).
enum ProfileRead {
    Found(Profile),
    Missing,
}

impl Store {
    /// Opens (creating if needed) the data dir and returns the store and the
    /// notices the UI should show (files kept aside, newer files, clamped
    /// values). On first run a profile named "Me" is created.
    pub fn open(data_dir: &Path) -> Result<(Store, Vec<Notice>), StoreError> {
        Self::open_with(data_dir, None)
    }

    /// Opens the data dir without ever writing to it: everything is read as
    /// [`Store::open`] would, but nothing is created, moved or saved (what
    /// the store does by itself when the folder is read-only).
    pub fn open_read_only(data_dir: &Path) -> Result<(Store, Vec<Notice>), StoreError> {
        Self::open_with(data_dir, Some(crate::t!("profile-opened-read-only")))
    }

    fn open_with(
        data_dir: &Path,
        read_only_folder: Option<String>,
    ) -> Result<(Store, Vec<Notice>), StoreError> {
        let mut read_only_folder = read_only_folder;
        for folder in [
            data_dir.to_path_buf(),
            data_dir.join("profiles"),
            data_dir.join("history"),
        ] {
            if read_only_folder.is_some() {
                break;
            }
            if let Err(source) = fs::create_dir_all(&folder) {
                // A folder that exists can still be read.
                if folder.is_dir() || !is_read_only_error(&source) {
                    return Err(StoreError::io("creating folder", &folder, source));
                }
                read_only_folder.get_or_insert_with(|| source.to_string());
            }
        }
        if read_only_folder.is_none() {
            read_only_folder = probe_writable(data_dir);
        }
        let mut store = Store {
            data_dir: data_dir.to_path_buf(),
            current: Profile::new("", ""),
            summaries: Vec::new(),
            notices: Vec::new(),
            read_only: BTreeMap::new(),
            read_only_folder: read_only_folder.clone(),
            newer_current: None,
            newer_profiles: Vec::new(),
        };
        if let Some(reason) = read_only_folder {
            store.notices.push(Notice::ReadOnlyFolder {
                folder: data_dir.to_path_buf(),
                reason,
            });
        }
        let lock = lock_data_dir(data_dir, store.read_only_folder.is_some())?;
        if store.read_only_folder.is_none() {
            for folder in [
                data_dir.to_path_buf(),
                data_dir.join("profiles"),
                data_dir.join("history"),
            ] {
                remove_stale_temp_files(&folder);
            }
        }
        store.settle_current(&lock, None)?;
        drop(lock);
        let notices = store.take_notices();
        Ok((store, notices))
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Why nothing can be saved for the current profile: the data folder
    /// is read-only, or the profile was written by a newer Limber. `None`
    /// when changes are saved.
    pub fn read_only_reason(&self) -> Option<String> {
        if let Some(reason) = &self.read_only_folder {
            return Some(crate::t!(
                "profile-folder-read-only",
                folder = self.data_dir.display().to_string(),
                reason = reason
            ));
        }
        self.newer_current.map(|found| {
            crate::t!(
                "profile-newer-format",
                profile = self.current.name.as_str(),
                format = found
            )
        })
    }

    /// The format version, when the current profile was written by a newer
    /// Limber and is open read-only.
    pub fn current_is_newer(&self) -> Option<u32> {
        self.newer_current
    }

    /// Notices produced since the last call (corrupt files kept aside,
    /// clamped values, a profile deleted elsewhere). The UI shows them.
    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    /// Re-reads all profiles and the current one from disk, picking up
    /// changes made by another running copy.
    pub fn refresh(&mut self) -> Result<(), StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        let previous = (self.current.id.clone(), self.current.name.clone());
        self.settle_current(&lock, Some(previous))
    }

    /// All readable profiles, sorted by name, as of the last operation.
    pub fn profiles(&self) -> Vec<ProfileSummary> {
        self.summaries.clone()
    }

    /// The profile in use.
    pub fn current(&self) -> &Profile {
        &self.current
    }

    /// The profile whose name matches `name` (trimmed, case-insensitive), as
    /// of the last operation. Never creates one.
    pub fn find_by_name(&self, name: &str) -> Option<ProfileSummary> {
        let wanted = name.trim().to_lowercase();
        self.summaries
            .iter()
            .find(|summary| summary.name.to_lowercase() == wanted)
            .cloned()
    }

    /// The profile a command is about: the one named `name` (trimmed,
    /// case-insensitive; never created), or the one in use when `None`.
    /// An unknown name fails with the list of names.
    pub fn named_or_current(&self, name: Option<&str>) -> Result<ProfileSummary, StoreError> {
        match name {
            Some(name) => self
                .find_by_name(name)
                .ok_or_else(|| self.no_such_name(name)),
            None => Ok(ProfileSummary {
                id: self.current.id.clone(),
                name: self.current.name.clone(),
            }),
        }
    }

    fn no_such_name(&self, name: &str) -> StoreError {
        StoreError::NoSuchName {
            name: name.trim().to_owned(),
            known: self
                .summaries
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// Creates a profile (Gentle everywhere, default settings) without
    /// switching to it.
    pub fn create(&mut self, name: &str) -> Result<ProfileSummary, StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        let existing = self.scan(&lock)?;
        let profile = self.create_locked(&lock, name, &existing)?;
        self.scan(&lock)?;
        Ok(ProfileSummary {
            id: profile.id,
            name: profile.name,
        })
    }

    /// Renames a profile; its id (and so its files) stay the same.
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), StoreError> {
        let name = checked_name(name)?;
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        let existing = self.scan(&lock)?;
        ensure_name_free(&name, Some(id), &existing)?;
        self.update_locked(&lock, id, |profile| profile.name = name)?;
        self.scan(&lock)?;
        Ok(())
    }

    /// Deletes a profile and its history (the UI confirms first). Deleting
    /// the profile in use switches to the last used or first remaining one;
    /// deleting the last profile starts a fresh "Me".
    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        self.writable()?;
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        let profile_path = self.profile_path(id);
        let history_path = self.history_path(id);
        if let ProfileRead::Missing = self.read_profile(&lock, id)? {
            return Err(StoreError::UnknownProfile { id: id.to_owned() });
        }
        // Never delete a history this version cannot read.
        if let Loaded::Newer { found } = load::<History>(&history_path)? {
            return Err(self.refuse_newer(
                FileKind::History,
                &history_path,
                found,
                History::CURRENT,
            ));
        }
        // The plan and reminder state go first of all, so a crash
        // part-way never leaves them for a new profile that reuses this id.
        // Unlike the history they are not refused when a newer Limber wrote
        // them: they are small, and the person asked for the profile to go.
        for folder in BESIDE {
            remove_if_present(&self.beside_path(folder, id))?;
        }
        // History first: if we are killed in between, what is left is a
        // profile with no history, not a history a new profile could inherit.
        remove_if_present(&history_path)?;
        remove_if_present(&profile_path)?;
        let previous = if self.current.id == id {
            None
        } else {
            Some((self.current.id.clone(), self.current.name.clone()))
        };
        self.settle_current(&lock, previous)
    }

    /// Makes `id` the profile in use and remembers it as last used.
    pub fn switch(&mut self, id: &str) -> Result<(), StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        match self.read_profile(&lock, id)? {
            ProfileRead::Found(profile) => {
                self.current = profile;
                self.newer_current = None;
                self.remember_last_used(&lock, id)?;
                self.scan(&lock)?;
                Ok(())
            }
            ProfileRead::Missing => Err(StoreError::UnknownProfile { id: id.to_owned() }),
        }
    }

    /// Switches to the profile named `name` (case-insensitive). When there is
    /// none: creates it if `create_if_missing` (the app's `--profile NAME`),
    /// else fails with the list of names.
    pub fn switch_to_name(
        &mut self,
        name: &str,
        create_if_missing: bool,
    ) -> Result<ProfileSummary, StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        let existing = self.scan(&lock)?;
        let wanted = name.trim().to_lowercase();
        let found = existing
            .iter()
            .find(|profile| profile.name.to_lowercase() == wanted)
            .cloned();
        // A profile of that name written by a newer Limber opens read-only,
        // rather than a second profile of the same name being made.
        if found.is_none()
            && let Some((newer, format)) = self
                .newer_profiles
                .iter()
                .find(|(profile, _)| profile.name.to_lowercase() == wanted)
                .cloned()
        {
            let summary = ProfileSummary {
                id: newer.id.clone(),
                name: newer.name.clone(),
            };
            self.current = newer;
            self.newer_current = Some(format);
            return Ok(summary);
        }
        let profile = match found {
            Some(profile) => profile,
            None if create_if_missing => self.create_locked(&lock, name, &existing)?,
            None => return Err(self.no_such_name(name)),
        };
        let summary = ProfileSummary {
            id: profile.id.clone(),
            name: profile.name.clone(),
        };
        self.remember_last_used(&lock, &profile.id)?;
        self.current = profile;
        self.newer_current = None;
        self.scan(&lock)?;
        Ok(summary)
    }

    /// Lock and merge: under the data-dir lock, re-reads profile `id` from
    /// disk, applies `change`, clamps, and writes it atomically. The closure
    /// runs once, on the freshest state, so changes made by another copy to
    /// other fields are kept. Returns the profile as written.
    pub fn update_profile(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut Profile),
    ) -> Result<Profile, StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        self.update_locked(&lock, id, change)
    }

    /// Sets the current profile's choice for one exercise. Only the fields
    /// that differ from this copy's view are applied (see module docs).
    /// Overrides outside bounds are clamped with a notice.
    pub fn set_choice(
        &mut self,
        exercise_id: &str,
        choice: ExerciseChoice,
    ) -> Result<(), StoreError> {
        let mut wanted = choice;
        let adjusted = clamp_choice(&mut wanted, exercise_id);
        self.notices.extend(adjusted);
        let seen = self.current.choice(exercise_id);
        let id = self.current.id.clone();
        self.update_profile(&id, |profile| {
            let mut on_disk = profile.choice(exercise_id);
            let ExerciseChoice {
                intensity,
                hold_seconds,
                repetitions,
                variation,
            } = wanted;
            if intensity != seen.intensity {
                on_disk.intensity = intensity;
            }
            if hold_seconds != seen.hold_seconds {
                on_disk.hold_seconds = hold_seconds;
            }
            if repetitions != seen.repetitions {
                on_disk.repetitions = repetitions;
            }
            if variation != seen.variation {
                on_disk.variation = variation;
            }
            profile.exercises.insert(exercise_id.to_owned(), on_disk);
        })?;
        Ok(())
    }

    /// Sets the current profile's settings. Only the fields that differ from
    /// this copy's view are applied (see module docs). Out-of-range values
    /// are clamped with a notice.
    pub fn set_settings(&mut self, settings: Settings) -> Result<(), StoreError> {
        let mut wanted = settings;
        let adjusted = wanted.clamp();
        self.notices.extend(adjusted);
        let seen = self.current.settings.clone();
        let id = self.current.id.clone();
        self.update_profile(&id, |profile| {
            merge_changed_settings(&seen, wanted, &mut profile.settings);
        })?;
        Ok(())
    }

    /// Records that the current profile has seen the safety screen.
    pub fn set_safety_seen(&mut self) -> Result<(), StoreError> {
        let id = self.current.id.clone();
        self.update_profile(&id, |profile| profile.safety_seen = true)?;
        Ok(())
    }

    /// Appends a session to the current profile's history (lock, re-read,
    /// append, write), so sessions saved by two copies are both kept. Pain
    /// ratings outside 0–10 are clamped with a notice.
    pub fn append_history(&mut self, record: SessionRecord) -> Result<(), StoreError> {
        let mut record = record;
        let adjusted = record.clamp();
        self.notices.extend(adjusted);
        let id = self.current.id.clone();
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        let mut history = self.read_history(&lock, &id)?;
        history.sessions.push(record);
        self.save_checked(&self.history_path(&id), &history)
    }

    /// Replaces the current profile's session that started at `started_at`
    /// (the newest one, if several) with `record`, e.g. to add the pain
    /// rating given after the session was saved. Same lock-and-merge as
    /// [`Store::append_history`]; if that session is no longer there (its
    /// history was kept aside as unreadable meanwhile), `record` is appended
    /// so it is not lost.
    pub fn replace_history(
        &mut self,
        started_at: u64,
        record: SessionRecord,
    ) -> Result<(), StoreError> {
        let mut record = record;
        let adjusted = record.clamp();
        self.notices.extend(adjusted);
        let id = self.current.id.clone();
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        let mut history = self.read_history(&lock, &id)?;
        match history
            .sessions
            .iter_mut()
            .rev()
            .find(|session| session.started_at == started_at)
        {
            Some(session) => *session = record,
            None => history.sessions.push(record),
        }
        self.save_checked(&self.history_path(&id), &history)
    }

    /// A profile's sessions, oldest first, read from disk.
    pub fn history(&mut self, id: &str) -> Result<Vec<SessionRecord>, StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        Ok(self.read_history(&lock, id)?.sessions)
    }

    // ------------------------------------------------------------------
    // Internals. Every `&DirLock` parameter is proof the lock is held.
    // ------------------------------------------------------------------

    fn list_path(&self) -> PathBuf {
        self.data_dir.join("profiles.ron")
    }

    fn profile_path(&self, id: &str) -> PathBuf {
        self.data_dir.join("profiles").join(format!("{id}.ron"))
    }

    fn history_path(&self, id: &str) -> PathBuf {
        self.data_dir.join("history").join(format!("{id}.ron"))
    }

    /// Records a newer-version file as read-only (telling the person once)
    /// and returns the error for the operation that met it.
    fn refuse_newer(
        &mut self,
        kind: FileKind,
        path: &Path,
        found: u32,
        supported: u32,
    ) -> StoreError {
        if self.read_only.insert(path.to_path_buf(), found).is_none() {
            self.notices.push(Notice::NewerVersion {
                kind,
                file: path.to_path_buf(),
                found,
                supported,
            });
        }
        StoreError::NewerVersion {
            path: path.to_path_buf(),
            found,
            supported,
        }
    }

    /// Saves unless the path was ever seen written by a newer version, or
    /// the folder cannot be written.
    fn save_checked<T: Versioned>(&self, path: &Path, value: &T) -> Result<(), StoreError> {
        if let Some(&found) = self.read_only.get(path) {
            return Err(StoreError::NewerVersion {
                path: path.to_path_buf(),
                found,
                supported: T::CURRENT,
            });
        }
        self.writable()?;
        save(path, value)
    }

    /// Fails when the data folder cannot be written.
    fn writable(&self) -> Result<(), StoreError> {
        match &self.read_only_folder {
            Some(reason) => Err(StoreError::ReadOnlyFolder {
                folder: self.data_dir.clone(),
                reason: reason.clone(),
            }),
            None => Ok(()),
        }
    }

    /// Moves an unreadable file aside and tells the person.
    fn keep_corrupt_aside(
        &mut self,
        kind: FileKind,
        path: &Path,
        reason: String,
    ) -> Result<(), StoreError> {
        if let Some(folder_reason) = &self.read_only_folder {
            // Nothing can be moved: read around it and say so.
            self.notices.push(Notice::FileKeptAside {
                kind,
                file: path.to_path_buf(),
                kept_as: path.to_path_buf(),
                reason: crate::t!(
                    "profile-left-in-place",
                    reason = reason.to_string(),
                    folder_reason = folder_reason.as_str()
                ),
            });
            return Ok(());
        }
        let kept_as = keep_aside(path)?;
        self.notices.push(Notice::FileKeptAside {
            kind,
            file: path.to_path_buf(),
            kept_as,
            reason,
        });
        Ok(())
    }

    /// Reads `profiles.ron`; `None` when a newer version wrote it (then the
    /// last used profile is simply not remembered).
    fn read_list(&mut self, _lock: &DirLock) -> Result<Option<ProfileList>, StoreError> {
        let path = self.list_path();
        match load::<ProfileList>(&path)? {
            Loaded::Ok(list) => Ok(Some(list.value)),
            Loaded::Missing => Ok(Some(ProfileList::default())),
            Loaded::Corrupt { reason } => {
                self.keep_corrupt_aside(FileKind::ProfileList, &path, reason)?;
                Ok(Some(ProfileList::default()))
            }
            Loaded::Newer { found } => {
                self.refuse_newer(FileKind::ProfileList, &path, found, ProfileList::CURRENT);
                Ok(None)
            }
        }
    }

    fn remember_last_used(&mut self, lock: &DirLock, id: &str) -> Result<(), StoreError> {
        if self.read_only_folder.is_some() {
            return Ok(());
        }
        let Some(mut list) = self.read_list(lock)? else {
            return Ok(());
        };
        if list.last_used.as_deref() == Some(id) {
            return Ok(());
        }
        list.last_used = Some(id.to_owned());
        self.save_checked(&self.list_path(), &list)
    }

    /// Re-reads one profile. A corrupt file is kept aside and replaced by a
    /// default profile with the same id (so its history stays attached);
    /// out-of-range values are clamped and written back with a notice. A
    /// newer-version file is an error.
    fn read_profile(&mut self, _lock: &DirLock, id: &str) -> Result<ProfileRead, StoreError> {
        let path = self.profile_path(id);
        if let Some(&found) = self.read_only.get(&path) {
            return Err(StoreError::NewerVersion {
                path,
                found,
                supported: Profile::CURRENT,
            });
        }
        match load::<Profile>(&path)? {
            Loaded::Missing => Ok(ProfileRead::Missing),
            Loaded::Newer { found } => {
                Err(self.refuse_newer(FileKind::Profile, &path, found, Profile::CURRENT))
            }
            Loaded::Corrupt { reason } => {
                self.keep_corrupt_aside(FileKind::Profile, &path, reason)?;
                let fresh = Profile::new(id, name_from_id(id));
                if self.read_only_folder.is_none() {
                    save(&path, &fresh)?;
                }
                Ok(ProfileRead::Found(fresh))
            }
            Loaded::Ok(decoded) => {
                let mut profile = decoded.value;
                // The file name is the id; a hand edit of the field changes nothing.
                let renamed_inside = profile.id != id;
                profile.id = id.to_owned().into();
                if profile.name.trim().is_empty() {
                    profile.name = name_from_id(id);
                }
                // Values that could not be read as written were replaced:
                // the file as it was is kept before it is written again.
                let read_value_by_value = !decoded.repaired.is_empty();
                let mut adjusted = decoded.repaired;
                adjusted.extend(profile.clamp());
                if renamed_inside || !adjusted.is_empty() {
                    self.notices.extend(adjusted);
                    // Written back so the notice is not repeated.
                    if self.read_only_folder.is_none() {
                        if read_value_by_value {
                            let kept_as = keep_copy_aside(&path)?;
                            self.notices.push(Notice::CopyKept {
                                kind: FileKind::Profile,
                                file: path.clone(),
                                kept_as,
                            });
                        }
                        save(&path, &profile)?;
                    }
                }
                Ok(ProfileRead::Found(profile))
            }
        }
    }

    fn read_history(&mut self, _lock: &DirLock, id: &str) -> Result<History, StoreError> {
        let path = self.history_path(id);
        if let Some(&found) = self.read_only.get(&path) {
            return Err(StoreError::NewerVersion {
                path,
                found,
                supported: History::CURRENT,
            });
        }
        match load::<History>(&path)? {
            Loaded::Ok(decoded) if decoded.lost.is_empty() => {
                // An older history is written once in today's format, which
                // reads line by line on every core from then on.
                if decoded.outdated && self.read_only_folder.is_none() {
                    save(&path, &decoded.value)?;
                }
                Ok(decoded.value)
            }
            Loaded::Ok(decoded) => {
                // Keep every session that could be read; set aside only
                // what could not, with the file as it was kept beside it.
                let kept_as = if self.read_only_folder.is_none() {
                    let copy = keep_copy_aside(&path)?;
                    save(&path, &decoded.value)?;
                    Some(copy)
                } else {
                    None
                };
                self.notices.push(Notice::RecordsSetAside {
                    kind: FileKind::History,
                    file: path.clone(),
                    lost: decoded.lost.len(),
                    kept: decoded.value.sessions.len(),
                    first_problem: decoded.lost.first().cloned().unwrap_or_default(),
                    kept_as,
                });
                Ok(decoded.value)
            }
            Loaded::Missing => Ok(History::default()),
            Loaded::Corrupt { reason } => {
                self.keep_corrupt_aside(FileKind::History, &path, reason)?;
                Ok(History::default())
            }
            Loaded::Newer { found } => {
                Err(self.refuse_newer(FileKind::History, &path, found, History::CURRENT))
            }
        }
    }

    fn update_locked(
        &mut self,
        lock: &DirLock,
        id: &str,
        change: impl FnOnce(&mut Profile),
    ) -> Result<Profile, StoreError> {
        let mut profile = match self.read_profile(lock, id)? {
            ProfileRead::Found(profile) => profile,
            ProfileRead::Missing => {
                return Err(StoreError::UnknownProfile { id: id.to_owned() });
            }
        };
        change(&mut profile);
        profile.id = id.to_owned().into();
        let adjusted = profile.clamp();
        self.notices.extend(adjusted);
        self.save_checked(&self.profile_path(id), &profile)?;
        if self.current.id == id {
            self.current = profile.clone();
        }
        if let Some(summary) = self.summaries.iter_mut().find(|s| s.id == id) {
            summary.name.clone_from(&profile.name);
        }
        Ok(profile)
    }

    /// Reads every readable profile, refreshes the cached summaries and
    /// returns the profiles sorted by name.
    fn scan(&mut self, lock: &DirLock) -> Result<Vec<Profile>, StoreError> {
        let folder = self.data_dir.join("profiles");
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => Some(entries),
            // A read-only data folder that was never used has none.
            Err(source) if source.kind() == io::ErrorKind::NotFound => None,
            Err(source) => return Err(StoreError::io("listing", &folder, source)),
        };
        let mut ids = Vec::new();
        for entry in entries.into_iter().flatten() {
            let entry = entry.map_err(|source| StoreError::io("listing", &folder, source))?;
            let file_name = entry.file_name();
            let Some(id) = file_name.to_str().and_then(|n| n.strip_suffix(".ron")) else {
                continue;
            };
            if is_valid_id(id) {
                ids.push(id.to_owned());
            }
        }
        let mut profiles = Vec::new();
        self.newer_profiles.clear();
        for id in ids {
            match self.read_profile(lock, &id) {
                Ok(ProfileRead::Found(profile)) => profiles.push(profile),
                // Deleted between listing and reading cannot happen under
                // the lock, but is harmless.
                Ok(ProfileRead::Missing) => {}
                // Already recorded as read-only with a notice: not listed,
                // but its name stays taken.
                Err(StoreError::NewerVersion { found, .. }) => {
                    let newer = read_newer_profile(&self.profile_path(&id), &id);
                    self.newer_profiles.push((newer, found));
                }
                Err(other) => return Err(other),
            }
        }
        profiles
            .sort_by(|a, b| (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id)));
        self.summaries = profiles
            .iter()
            .map(|p| ProfileSummary {
                id: p.id.clone(),
                name: p.name.clone(),
            })
            .collect();
        Ok(profiles)
    }

    fn create_locked(
        &mut self,
        _lock: &DirLock,
        name: &str,
        existing: &[Profile],
    ) -> Result<Profile, StoreError> {
        self.writable()?;
        let name = checked_name(name)?;
        ensure_name_free(&name, None, existing)?;
        let taken_by_newer = self
            .newer_profiles
            .iter()
            .any(|(profile, _)| profile.name.to_lowercase() == name.to_lowercase());
        if taken_by_newer {
            return Err(StoreError::NameTaken { name });
        }
        let base = id_from_name(&name);
        let mut id = base.clone();
        let mut suffix = 2u32;
        // Any file with this id (even one we cannot read, or an orphaned
        // history) keeps the id taken.
        while self.profile_path(&id).exists() || self.history_path(&id).exists() {
            id = format!("{base}-{suffix}");
            suffix += 1;
        }
        let profile = Profile::new(id, name);
        save(&self.profile_path(&profile.id), &profile)?;
        Ok(profile)
    }

    /// Re-reads everything and decides the current profile: still
    /// `previous` if it exists, else the last used, else the first by name,
    /// else a new "Me". `previous` is `None` at open and after deleting the
    /// current profile (no "deleted elsewhere" notice then).
    fn settle_current(
        &mut self,
        lock: &DirLock,
        previous: Option<(ProfileId, String)>,
    ) -> Result<(), StoreError> {
        let profiles = self.scan(lock)?;
        let last_used = self.read_list(lock)?.and_then(|list| list.last_used);
        let find = |id: &str| profiles.iter().find(|p| p.id == id).cloned();
        if let Some((previous_id, _)) = &previous
            && let Some(still_there) = find(previous_id)
        {
            self.current = still_there;
            return Ok(());
        }
        // The last used profile was written by a newer Limber: open it
        // read-only, as far as this version can read it, rather than make a
        // second "Me" or forget which profile was in use. The person chooses
        // what to do (the app asks).
        if previous.is_none()
            && let Some(id) = last_used.as_deref()
            && let Some((newer, found)) = self
                .newer_profiles
                .iter()
                .find(|(profile, _)| profile.id == id)
                .cloned()
        {
            self.current = newer;
            self.newer_current = Some(found);
            return Ok(());
        }
        // Only newer profiles here: open one read-only rather than make a
        // second "Me" beside it.
        if profiles.is_empty()
            && let Some((newer, found)) = self.newer_profiles.first().cloned()
        {
            self.current = newer;
            self.newer_current = Some(found);
            return Ok(());
        }
        let chosen = last_used
            .as_deref()
            .and_then(find)
            .or_else(|| profiles.first().cloned());
        let chosen = match chosen {
            Some(profile) => profile,
            // Nothing can be created in a read-only folder: a "Me" in
            // memory, never saved.
            None if self.read_only_folder.is_some() => {
                let name = default_profile_name();
                Profile::new(crate::profile::id_from_name(&name), &name)
            }
            None => {
                let created = self.create_locked(lock, &default_profile_name(), &profiles)?;
                self.scan(lock)?;
                created
            }
        };
        if let Some((_, previous_name)) = previous {
            self.notices.push(Notice::ProfileGone {
                name: previous_name,
                switched_to: chosen.name.clone(),
            });
        }
        if last_used.as_deref() != Some(chosen.id.as_str()) {
            self.remember_last_used(lock, &chosen.id)?;
        }
        self.current = chosen;
        Ok(())
    }

    /// A profile as on disk now (any profile, not only the current one).
    pub fn profile(&mut self, id: &str) -> Result<Profile, StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        match self.read_profile(&lock, id)? {
            ProfileRead::Found(profile) => Ok(profile),
            ProfileRead::Missing => Err(StoreError::UnknownProfile { id: id.to_owned() }),
        }
    }

    // ------------------------------------------------------------------
    // Files kept beside a profile by the layers above (the weekly plan
    // and the reminder state: `schedule::file`), with the same machinery
    // and lock: `<folder>/<id>.ron`.
    // ------------------------------------------------------------------

    /// Reads profile `id`'s file in `folder`: missing is the default,
    /// unreadable is kept aside (with a notice) and read as the default,
    /// newer is an error and read-only from then on.
    pub(crate) fn read_beside<T: Versioned + Default>(
        &mut self,
        folder: &str,
        kind: FileKind,
        id: &str,
    ) -> Result<T, StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        let path = self.beside_path(folder, id);
        self.read_schedule_file(&lock, kind, &path)
    }

    /// Lock and merge, as [`Store::update_profile`]: re-reads profile
    /// `id`'s file in `folder` under the lock, applies `change` (whose
    /// result is returned), writes it atomically only if it changed. Fails
    /// for a profile that does not exist (so no file is left without its
    /// profile).
    pub(crate) fn update_beside<T: Versioned + Default + Clone + PartialEq, R>(
        &mut self,
        folder: &str,
        kind: FileKind,
        id: &str,
        change: impl FnOnce(&mut T) -> R,
    ) -> Result<R, StoreError> {
        let lock = lock_data_dir(&self.data_dir, self.read_only_folder.is_some())?;
        if let ProfileRead::Missing = self.read_profile(&lock, id)? {
            return Err(StoreError::UnknownProfile { id: id.to_owned() });
        }
        let path = self.beside_path(folder, id);
        let mut value: T = self.read_schedule_file(&lock, kind, &path)?;
        let before = value.clone();
        let result = change(&mut value);
        if value != before {
            self.save_schedule_file(&lock, &path, &value)?;
        }
        Ok(result)
    }

    fn beside_path(&self, folder: &str, id: &str) -> PathBuf {
        self.data_dir.join(folder).join(format!("{id}.ron"))
    }

    /// A cheap fingerprint of the profile files and those in `folders`
    /// beside them (no parsing, no lock): when it is unchanged, so is what
    /// they hold.
    pub(crate) fn stamp_of(&self, folders: &[&str]) -> FolderStamp {
        let mut paths = vec![self.data_dir.join("profiles")];
        paths.extend(folders.iter().map(|folder| self.data_dir.join(folder)));
        let paths: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
        FolderStamp::of(&paths)
    }

    fn read_schedule_file<T: Versioned + Default>(
        &mut self,
        _lock: &DirLock,
        kind: FileKind,
        path: &Path,
    ) -> Result<T, StoreError> {
        if let Some(&found) = self.read_only.get(path) {
            return Err(StoreError::NewerVersion {
                path: path.to_path_buf(),
                found,
                supported: T::CURRENT,
            });
        }
        match load::<T>(path)? {
            Loaded::Ok(decoded) => Ok(decoded.value),
            Loaded::Missing => Ok(T::default()),
            Loaded::Corrupt { reason } => {
                self.keep_corrupt_aside(kind, path, reason)?;
                Ok(T::default())
            }
            Loaded::Newer { found } => Err(self.refuse_newer(kind, path, found, T::CURRENT)),
        }
    }

    /// Writes a plan or reminder file, creating its folder on first use
    /// and clearing temp files a killed writer left there (the lock is
    /// held, so none is live; `open` only cleans the older folders).
    fn save_schedule_file<T: Versioned>(
        &self,
        _lock: &DirLock,
        path: &Path,
        value: &T,
    ) -> Result<(), StoreError> {
        self.writable()?;
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)
                .map_err(|source| StoreError::io("creating folder", folder, source))?;
            remove_stale_temp_files(folder);
        }
        self.save_checked(path, value)
    }
}

/// Applies to `on_disk` only the fields where `wanted` differs from `seen`
/// (this copy's last view). Destructuring makes the compiler point here when
/// a field is added.
fn merge_changed_settings(seen: &Settings, wanted: Settings, on_disk: &mut Settings) {
    let Settings {
        sound,
        volume,
        get_ready_seconds,
        rest_seconds,
        setup_read_seconds,
        theme,
        text_size,
        speech,
        voice,
        speech_rate,
        speech_volume,
        countdown,
        language,
        full_screen,
    } = wanted;
    if sound != seen.sound {
        on_disk.sound = sound;
    }
    if volume != seen.volume {
        on_disk.volume = volume;
    }
    if get_ready_seconds != seen.get_ready_seconds {
        on_disk.get_ready_seconds = get_ready_seconds;
    }
    if rest_seconds != seen.rest_seconds {
        on_disk.rest_seconds = rest_seconds;
    }
    if setup_read_seconds != seen.setup_read_seconds {
        on_disk.setup_read_seconds = setup_read_seconds;
    }
    if theme != seen.theme {
        on_disk.theme = theme;
    }
    if text_size != seen.text_size {
        on_disk.text_size = text_size;
    }
    if speech != seen.speech {
        on_disk.speech = speech;
    }
    if voice != seen.voice {
        on_disk.voice = voice;
    }
    if speech_rate != seen.speech_rate {
        on_disk.speech_rate = speech_rate;
    }
    if speech_volume != seen.speech_volume {
        on_disk.speech_volume = speech_volume;
    }
    if countdown != seen.countdown {
        on_disk.countdown = countdown;
    }
    if language != seen.language {
        on_disk.language = language;
    }
    if full_screen != seen.full_screen {
        on_disk.full_screen = full_screen;
    }
}

fn checked_name(name: &str) -> Result<String, StoreError> {
    validate_name(name).map_err(|reason| StoreError::InvalidName {
        name: name.to_owned(),
        reason,
    })
}

/// Names are unique case-insensitively so `--profile NAME` is unambiguous.
/// `own_id` is the profile being renamed (it may change its own case).
fn ensure_name_free(
    name: &str,
    own_id: Option<&str>,
    existing: &[Profile],
) -> Result<(), StoreError> {
    let lowered = name.to_lowercase();
    let clash = existing
        .iter()
        .any(|p| Some(p.id.as_str()) != own_id && p.name.to_lowercase() == lowered);
    if clash {
        Err(StoreError::NameTaken {
            name: name.to_owned(),
        })
    } else {
        Ok(())
    }
}

/// Whether creating or writing failed because the place is read-only.
fn is_read_only_error(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// `None` when a file can be created in `data_dir`, else why not.
fn probe_writable(data_dir: &Path) -> Option<String> {
    let probe = data_dir.join(format!(".write-probe-{}", std::process::id()));
    match fs::File::create(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            None
        }
        Err(error) if is_read_only_error(&error) => Some(error.to_string()),
        // Anything else will show on the first real write.
        Err(_) => None,
    }
}

fn remove_if_present(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(StoreError::io("deleting", path, source)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_order_is_cli_then_env_then_platform() {
        let cli = Some(PathBuf::from("/cli"));
        let env = Some(OsString::from("/env"));
        assert_eq!(
            resolve_data_dir_from(cli, env.clone()).unwrap(),
            PathBuf::from("/cli")
        );
        assert_eq!(
            resolve_data_dir_from(None, env).unwrap(),
            PathBuf::from("/env")
        );
        // Empty env counts as unset; the platform dir (if any) ends in Limber.
        if let Ok(platform) = resolve_data_dir_from(None, Some(OsString::new())) {
            assert!(
                platform.to_string_lossy().to_lowercase().contains("limber"),
                "{}",
                platform.display()
            );
        }
    }

    #[test]
    fn settings_merge_touches_only_changed_fields() {
        let seen = Settings::default();
        let mut wanted = seen.clone();
        wanted.volume = 20;
        let mut on_disk = Settings {
            sound: false, // changed by another copy
            ..Settings::default()
        };
        merge_changed_settings(&seen, wanted, &mut on_disk);
        assert_eq!(on_disk.volume, 20);
        assert!(!on_disk.sound);

        // The spoken coach's settings too: this copy chose a voice and a
        // speed while another turned the coach off.
        let seen = Settings::default();
        let mut wanted = seen.clone();
        wanted.voice = Some("en-gb".into());
        wanted.speech_rate = 120;
        wanted.countdown = crate::profile::Countdown::Both;
        let mut on_disk = Settings {
            speech: false,
            speech_volume: 30,
            ..Settings::default()
        };
        merge_changed_settings(&seen, wanted, &mut on_disk);
        assert_eq!(on_disk.voice.as_deref(), Some("en-gb"));
        assert_eq!(on_disk.speech_rate, 120);
        assert_eq!(on_disk.countdown, crate::profile::Countdown::Both);
        assert!(!on_disk.speech, "the other copy's change is kept");
        assert_eq!(on_disk.speech_volume, 30);
    }
}
