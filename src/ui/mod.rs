//! The iced shell: one module per screen, each with its own `Message`,
//! `update` and `view`, returning an `Action` that this module carries out
//! (saving to the profile, sending cues to the sound player and the
//! speaker, changing screen).

mod authoring;
mod context;
pub mod dialog;
pub mod images;
pub mod paper;
pub mod planned;
pub mod platform;
pub mod reload;
pub mod screen;
pub mod store;
pub mod style;
pub mod widget;
mod window;

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::keyboard::{Key, key};
use iced::widget::{button, column, container, row, text};
use iced::{Element, Length, Subscription, Task, Theme};

use limber_core::content::Library;
use limber_core::prescription::{self, Summary};
use limber_core::profile::{
    ExerciseChoice, Profile, ProfileSummary, SessionRecord, Settings, Store,
};
use limber_core::sound::CuePlayer;
use limber_core::speech::Speaker;
use limber_core::t;
use limber_core::time::Clock;
use screen::{
    builder, exercises, finish, history, home, newer, plan, player, routine, safety, settings,
};
use store::{StoreHandle, Stored};

pub use context::{Context, ProfileChoice};
pub use window::{RunError, run, window_settings};

/// Everything the app is started with; built by `main` (or a test).
pub struct Options {
    pub library: Library,
    pub store: Store,
    /// Messages to show once: content problems, profile files kept aside…
    pub notices: Vec<String>,
    pub audio: Box<dyn CuePlayer>,
    pub clock: Arc<dyn Clock>,
    /// Open this routine's screen first (`--routine ID`).
    pub routine: Option<String>,
    /// How reminders run and the save dialog (stand-ins in tests).
    pub platform: platform::Platform,
    /// The spoken coach's voice, made at start-up so the speech service
    /// has connected by the time a routine starts.
    pub speaker: Box<dyn Speaker>,
}

pub struct App {
    library: Library,
    /// The profile store, on its own thread: every write is a `Task`.
    store: StoreHandle,
    /// The current profile as the app shows it: the store's last answer,
    /// with the changes still on their way to the disk already applied.
    profile: Profile,
    /// Every profile, for the switcher.
    profiles: Vec<ProfileSummary>,
    /// Why changes are not saved (a read-only data folder, a profile from a
    /// newer Limber): they apply for this run only, and no write is tried.
    read_only: Option<String>,
    /// Writes asked for and not yet answered. The store's view of the
    /// profile is taken only when none is left, so a quick second change is
    /// never undone on screen by the answer to the first.
    writes_pending: store::PendingWrites,
    /// The current profile's sessions, oldest first; `None` until loaded.
    history: Option<Arc<Vec<SessionRecord>>>,
    notices: Vec<String>,
    audio: Box<dyn CuePlayer>,
    clock: Arc<dyn Clock>,
    screen: Screen,
    images: images::ImageCache,
    /// The system is in dark mode (what "System" follows).
    system_dark: bool,
    /// Content saved while a routine was playing: used once it ends.
    reload_after_routine: Option<Arc<reload::Reloaded>>,
    /// The notice about the last reload, if one is shown.
    reload_notice: Option<String>,
    /// The profile's weekly plan, its progress and reminders.
    planned: planned::Planned,
    /// Asks where to save a routine sheet or a visit report.
    save_dialog: Arc<dyn dialog::SaveDialog>,
    /// A sheet or report is being saved (its dialog may be open): a second
    /// press waits for it.
    saving_paper: bool,
    /// The "Keys" sheet (`?`) is over the screen.
    keys_shown: bool,
    /// The spoken coach's voice.
    speaker: Box<dyn Speaker>,
    /// The window fills the screen (F11 anywhere, F in the player, and at
    /// a routine's start when the profile asks for it).
    full_screen: bool,
    /// Whether the window was full screen when the routine under way
    /// started: it goes back to that at the end.
    full_screen_before_routine: Option<bool>,
    /// The language (by [`limber_core::i18n::generation`]) whose letters
    /// were last looked for among the computer's fonts.
    fonts_checked_for: Option<u64>,
}

pub enum Screen {
    Home(home::Home),
    Routine(routine::Routine),
    Player(Box<player::Player>),
    Finish(Box<finish::Finish>),
    Settings(settings::Settings),
    Safety(safety::Safety),
    History(Box<history::History>),
    Exercises(exercises::Exercises),
    Newer(newer::Newer),
    Plan(Box<plan::Plan>),
    /// New routine / Edit routine.
    Builder(Box<builder::Builder>),
}

#[derive(Debug, Clone)]
pub enum Message {
    Home(home::Message),
    Routine(routine::Message),
    Player(player::Message),
    Finish(finish::Message),
    Settings(settings::Message),
    Safety(safety::Message),
    History(history::Message),
    Exercises(exercises::Message),
    Newer(newer::Message),
    DismissNotice(usize),
    /// Show (or hide) the "Keys" sheet over the screen.
    ShowKeys(bool),
    /// The scripts of the language in use that no font here can draw.
    FontsChecked(Vec<String>),
    /// F11: the window full screen, or back.
    ToggleFullScreen,
    /// The system's light or dark mode (at start and when it changes).
    SystemTheme(iced::theme::Mode),
    /// The profile store answered.
    Stored(Arc<Reply>),
    /// A content folder changed on disk and was loaded again.
    ContentReloaded(Arc<reload::Reloaded>),
    /// The content folders cannot be watched for changes.
    ContentWatchFailed(String),
    Plan(plan::Message),
    /// The plan part's work answered.
    Planned(planned::Message),
    /// A routine sheet or visit report was saved (or not).
    PaperSaved(paper::Outcome),
    /// Time to ask the speaker again whether it has a voice (the Settings
    /// screen shows "Looking for a voice…" meanwhile).
    SpeechChecked,
    Builder(builder::Message),
    /// Image illustrations were read and decoded.
    ImagesLoaded(Vec<images::Loaded>),
    /// The builder's save or delete ran (or not), the content loaded again.
    BuilderDone(Arc<builder::Done>),
}

/// An answer from the profile store's thread.
#[derive(Debug)]
pub enum Reply {
    /// A change to the current profile or its history was written (or not).
    Saved(Stored<()>),
    /// The profile in use changed (switched, created, deleted).
    ProfileChanged(Stored<()>),
    /// A profile's history was read.
    History {
        profile_id: String,
        stored: Stored<Arc<Vec<SessionRecord>>>,
    },
}

/// The [`Context`] of `app`'s fields, borrowed one by one (a macro, not a
/// method, so the screen can be borrowed mutably beside it).
macro_rules! screen_context {
    ($app:expr) => {
        Context::new(
            &$app.library,
            &$app.profile,
            &$app.profiles,
            $app.history.as_ref(),
            &$app.images,
            $app.clock.unix_now(),
        )
    };
}

/// Hands `message` to the current screen if it is `$screen` (with the
/// context), and gives back its action; `None` when another screen is on
/// (a late message for a screen already left).
macro_rules! update_screen {
    ($app:expr, $screen:ident, $message:expr) => {{
        let ctx = screen_context!($app);
        match &mut $app.screen {
            Screen::$screen(screen) => Some(screen.update($message, &ctx)),
            _ => None,
        }
    }};
}

/// The [`planned::Inputs`] of `app`'s fields, borrowed one by one (so the
/// plan part can be borrowed mutably beside them).
macro_rules! plan_inputs {
    ($app:expr) => {
        planned::Inputs {
            store: &$app.store,
            library: &$app.library,
            profile: &$app.profile,
            history: $app.history.as_ref(),
            clock: $app.clock.as_ref(),
            read_only: $app.read_only.is_some(),
        }
    };
}

impl App {
    /// The app and the task that loads the profile's history. Fails only
    /// when the store's thread cannot be started.
    pub fn new(options: Options) -> std::io::Result<(Self, Task<Message>)> {
        let (store, snapshot) = StoreHandle::spawn(options.store)?;
        let mut app = App {
            library: options.library,
            store,
            profile: snapshot.profile,
            profiles: snapshot.profiles,
            read_only: snapshot.read_only,
            writes_pending: store::PendingWrites::default(),
            history: None,
            notices: options.notices,
            audio: options.audio,
            clock: options.clock,
            screen: Screen::Home(home::Home),
            images: images::ImageCache::default(),
            system_dark: false,
            reload_after_routine: None,
            reload_notice: None,
            planned: planned::Planned::new(options.platform.clone()),
            save_dialog: options.platform.save_dialog.clone(),
            saving_paper: false,
            keys_shown: false,
            speaker: options.speaker,
            full_screen: false,
            full_screen_before_routine: None,
            fonts_checked_for: None,
        };
        app.apply_settings();
        let mut then_open = None;
        if let Some(id) = options.routine {
            if app.library.routine(&id).is_some() {
                then_open = Some(id);
            } else {
                let known = app
                    .library
                    .routines()
                    .iter()
                    .map(|r| r.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                app.notices
                    .push(t!("notices-no-such-routine", routine = id, known = known));
            }
        }
        app.screen = if let Some(found) = snapshot.newer {
            Screen::Newer(newer::Newer::new(found, then_open))
        } else if !app.profile.safety_seen {
            Screen::Safety(safety::Safety::first_run(then_open))
        } else if let Some(id) = then_open {
            Screen::Routine(routine::Routine::new(id))
        } else {
            Screen::Home(home::Home)
        };
        let task = Task::batch([
            app.load_history(),
            app.planned.load(&plan_inputs!(app)).map(Message::Planned),
            iced::system::theme().map(Message::SystemTheme),
            app.check_fonts(),
        ]);
        Ok((app, task))
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The current profile as the app shows it.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Every profile, as the switcher lists them.
    pub fn profiles(&self) -> &[ProfileSummary] {
        &self.profiles
    }

    /// The current profile's sessions, once loaded.
    pub fn history(&self) -> Option<&[SessionRecord]> {
        self.history.as_deref().map(Vec::as_slice)
    }

    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// The content in use.
    pub fn library(&self) -> &Library {
        &self.library
    }

    fn context(&self) -> Context<'_> {
        Context {
            planned: Some(&self.planned),
            ..screen_context!(self)
        }
    }

    pub fn title(&self) -> String {
        let screen = match &self.screen {
            Screen::Home(_) => return t!("window-title-home"),
            Screen::Routine(r) => self
                .library
                .routine(r.routine_id())
                .map(|r| r.title.clone())
                .unwrap_or_default(),
            Screen::Player(p) => p.routine_title().to_owned(),
            Screen::Finish(_) => t!("window-title-finish"),
            Screen::Settings(_) => t!("screen-settings"),
            Screen::Safety(_) => t!("screen-safety"),
            Screen::History(_) => t!("screen-history"),
            Screen::Exercises(_) => t!("screen-exercises"),
            Screen::Newer(_) => t!("window-title-newer"),
            Screen::Plan(_) => t!("screen-plan"),
            Screen::Builder(b) => b.title(),
        };
        // A control character in a window title (a NUL panics winit's X11
        // backend) never reaches the window manager, whatever the content.
        limber_core::terminal::without_controls(&t!("window-title", screen = screen)).into_owned()
    }

    /// Limber's own light or dark theme (the design system in `style`):
    /// as the profile says, or as the system is for "System".
    pub fn theme(&self) -> Option<Theme> {
        let dark = match self.profile.settings.theme {
            limber_core::profile::Theme::System => self.system_dark,
            limber_core::profile::Theme::Light => false,
            limber_core::profile::Theme::Dark => true,
        };
        Some(style::theme(dark))
    }

    /// Ticks only while a phase counts down; every other screen is idle
    /// with no subscription at all.
    pub fn subscription(&self) -> Subscription<Message> {
        let ticks = match &self.screen {
            Screen::Player(player) => player.subscription().map(Message::Player),
            // Only in the first moments after start-up, while the speech
            // service connects.
            Screen::Settings(screen) if screen.awaits_voice() => {
                iced::time::every(Duration::from_millis(250)).map(|_| Message::SpeechChecked)
            }
            _ => Subscription::none(),
        };
        // The system's light or dark mode, for the "System" theme (an
        // event, not a timer, so idle screens stay idle), and live reload:
        // the content folders, watched while the app runs.
        Subscription::batch([
            ticks,
            iced::system::theme_changes().map(Message::SystemTheme),
            reload::subscription(self.library.sources()),
        ])
    }

    // ------------------------------------------------------------------
    // Live reload: content saved on disk while the app runs.
    // ------------------------------------------------------------------

    fn content_reloaded(&mut self, reloaded: Arc<reload::Reloaded>) -> Task<Message> {
        let playing = matches!(self.screen, Screen::Player(_));
        match reload::Reload::decide(&reloaded, self.library.problems(), playing) {
            reload::Reload::Keep => {
                let errors = reload::new_errors(&reloaded.problems, self.library.problems());
                self.show_reload_notice(Some(reload::kept_notice(&errors)));
            }
            reload::Reload::AfterRoutine => {
                self.reload_after_routine = Some(reloaded);
                self.show_reload_notice(Some(t!("notices-content-changed-during-routine")));
            }
            reload::Reload::Apply => {
                self.reload_after_routine = None;
                self.use_library(reloaded.library.clone());
                self.show_reload_notice(None);
            }
        }
        Task::none()
    }

    fn use_library(&mut self, library: Library) {
        tracing::info!("content reloaded");
        self.library = library;
        // Pictures may have changed on disk too.
        self.images = images::ImageCache::default();
    }

    /// Replaces the last reload notice (shown first) with `notice`.
    fn show_reload_notice(&mut self, notice: Option<String>) {
        if let Some(old) = self.reload_notice.take()
            && let Some(index) = self.notices.iter().position(|n| *n == old)
        {
            self.notices.remove(index);
        }
        if let Some(notice) = notice {
            self.notices.insert(0, notice.clone());
            self.reload_notice = Some(notice);
        }
    }

    /// Content saved during a routine is used once the player is left.
    /// Once for each language the window shows, off the window's thread:
    /// whether this computer has a font with the language's letters (Fira
    /// Sans has Latin, Greek and Cyrillic; Chinese needs a system font).
    /// Without one the words show as boxes, and a notice says how to add
    /// one.
    fn check_fonts(&mut self) -> Task<Message> {
        let generation = limber_core::i18n::generation();
        if self.fonts_checked_for == Some(generation) {
            return Task::none();
        }
        self.fonts_checked_for = Some(generation);
        let sample = t!("language-name");
        Task::perform(
            platform::off_thread(move || match crate::paper_fonts() {
                Ok(fonts) => fonts.missing_scripts([sample.as_str()]),
                Err(_) => Vec::new(),
            }),
            |missing| Message::FontsChecked(missing.unwrap_or_default()),
        )
    }

    fn after_update(&mut self) {
        if !matches!(self.screen, Screen::Player(_))
            && let Some(reloaded) = self.reload_after_routine.take()
        {
            self.use_library(reloaded.library.clone());
            self.show_reload_notice(None);
        }
    }

    // ------------------------------------------------------------------
    // The store: every disk operation is a task on the store's thread.
    // ------------------------------------------------------------------

    /// Writes a change of the current profile or its history (already shown
    /// on screen). Nothing is tried when the profile cannot be saved: the
    /// notice at start said so once.
    fn write(
        &mut self,
        operation: impl FnOnce(&mut Store) -> Result<(), limber_core::profile::StoreError>
        + Send
        + 'static,
    ) -> Task<Message> {
        if self.read_only.is_some() {
            return Task::none();
        }
        self.writes_pending.begin();
        Task::perform(self.store.run(operation), |stored| {
            Message::Stored(Arc::new(Reply::Saved(stored)))
        })
    }

    /// Runs an operation that may change which profile is in use.
    fn change_profile(
        &mut self,
        operation: impl FnOnce(&mut Store) -> Result<(), limber_core::profile::StoreError>
        + Send
        + 'static,
    ) -> Task<Message> {
        self.writes_pending.begin();
        Task::perform(self.store.run(operation), |stored| {
            Message::Stored(Arc::new(Reply::ProfileChanged(stored)))
        })
    }

    fn load_history(&self) -> Task<Message> {
        let id = self.profile.id.clone();
        let profile_id = id.clone();
        Task::perform(
            self.store
                .run(move |store| store.history(&id).map(Arc::new)),
            move |stored| {
                Message::Stored(Arc::new(Reply::History {
                    profile_id: profile_id.clone().into(),
                    stored,
                }))
            },
        )
    }

    fn stored(&mut self, reply: &Reply) -> Task<Message> {
        match reply {
            Reply::Saved(stored) => {
                let last = self.writes_pending.answered();
                self.take_answer(stored);
                if last && let Some(snapshot) = &stored.snapshot {
                    self.profile = snapshot.profile.clone();
                    self.profiles = snapshot.profiles.clone();
                    self.read_only = snapshot.read_only.clone();
                    self.apply_settings();
                }
                Task::none()
            }
            Reply::ProfileChanged(stored) => {
                self.writes_pending.answered();
                self.take_answer(stored);
                let Some(snapshot) = &stored.snapshot else {
                    return Task::none();
                };
                let switched = snapshot.profile.id != self.profile.id;
                self.profile = snapshot.profile.clone();
                self.profiles = snapshot.profiles.clone();
                self.read_only = snapshot.read_only.clone();
                // The profile's own language too, when it is another's.
                self.apply_settings();
                if !switched {
                    return Task::none();
                }
                self.history = None;
                if !self.profile.safety_seen {
                    self.screen = Screen::Safety(safety::Safety::first_run(None));
                }
                let plan = self.planned.reload(&plan_inputs!(self));
                Task::batch([self.load_history(), plan.map(Message::Planned)])
            }
            Reply::History { profile_id, stored } => {
                self.take_answer(stored);
                if *profile_id == self.profile.id {
                    // An unreadable history still gives an (empty) list:
                    // the notice says what happened to the file.
                    let mut records = stored.result.clone().unwrap_or_default();
                    // Oldest first, whatever order two copies appended in.
                    if !records.is_sorted_by_key(|r| r.started_at) {
                        Arc::make_mut(&mut records).sort_by_key(|r| r.started_at);
                    }
                    self.history = Some(records);
                    return self.plan_inputs_changed();
                }
                Task::none()
            }
        }
    }

    /// Shows the store's notices and a failed operation.
    fn take_answer<T>(&mut self, stored: &Stored<T>) {
        self.notices.extend(stored.notices.iter().cloned());
        if let Err(error) = &stored.result {
            self.notices.push(error.clone());
        }
    }

    /// Makes the sound player, and the language in use, follow the
    /// profile's settings (the language at once: every screen is drawn
    /// from the catalogues on the next view, and the speech worker sees
    /// the change through `i18n::generation`).
    fn apply_settings(&self) {
        let settings = &self.profile.settings;
        limber_core::i18n::set_profile_language(settings.language.as_deref());
        self.audio.set_muted(!settings.sound);
        self.audio
            .set_volume(limber_core::sound::volume_from_percent(settings.volume));
    }

    /// Hands the coach's orders to the sound player and the speaker.
    fn send_cues(&self, orders: &limber_core::coach::Orders) {
        orders.send(self.audio.as_ref(), self.speaker.as_ref());
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        self.after_update();
        Task::batch([task, self.load_images(), self.check_fonts()])
    }

    /// The image illustrations the screen shows that are not loaded or
    /// loading yet, read and decoded off the window's thread.
    fn load_images(&mut self) -> Task<Message> {
        let exercises: Vec<&limber_core::content::schema::Exercise> = match &self.screen {
            Screen::Routine(screen) => self
                .library
                .routine(screen.routine_id())
                .map(|routine| {
                    routine
                        .exercises
                        .iter()
                        .filter_map(|entry| self.library.exercise(&entry.exercise))
                        .collect()
                })
                .unwrap_or_default(),
            Screen::Player(player) => player
                .exercise_ids()
                .iter()
                .filter_map(|id| self.library.exercise(id))
                .collect(),
            Screen::Exercises(_) | Screen::Builder(_) => self.library.exercises().iter().collect(),
            _ => Vec::new(),
        };
        let both_sides = matches!(self.screen, Screen::Player(_));
        let wanted = images::of_exercises(exercises, both_sides);
        let new = self.images.ask(wanted);
        images::load_task(new).map(Message::ImagesLoaded)
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        let now = self.clock.now();
        match message {
            Message::ContentReloaded(reloaded) => self.content_reloaded(reloaded),
            Message::ContentWatchFailed(error) => {
                self.notices
                    .push(t!("notices-content-not-watched", error = error));
                Task::none()
            }
            Message::ImagesLoaded(loaded) => {
                self.images.loaded(loaded);
                Task::none()
            }
            Message::ShowKeys(shown) => {
                self.keys_shown = shown;
                Task::none()
            }
            Message::ToggleFullScreen => self.set_full_screen(!self.full_screen),
            Message::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
                Task::none()
            }
            Message::Stored(reply) => self.stored(&reply),
            Message::FontsChecked(missing) => {
                let language = t!("language-name");
                for script in missing {
                    self.notices.push(t!(
                        "notices-no-font",
                        script = script,
                        language = language.clone()
                    ));
                }
                Task::none()
            }
            Message::SystemTheme(mode) => {
                self.system_dark = mode == iced::theme::Mode::Dark;
                Task::none()
            }
            Message::Plan(message) => {
                // The Plan screen reads the plan part too.
                let ctx = Context {
                    planned: Some(&self.planned),
                    ..screen_context!(self)
                };
                let Screen::Plan(screen) = &mut self.screen else {
                    return Task::none();
                };
                let action = screen.update(message, &ctx);
                let update = self.planned.perform(action, &plan_inputs!(self));
                self.plan_update(update)
            }
            Message::Planned(planned::Message::Screen(message)) => {
                self.update(Message::Plan(message))
            }
            Message::Planned(planned::Message::Stored(reply)) => {
                let update = self.planned.stored(&reply, &plan_inputs!(self));
                self.plan_update(update)
            }
            Message::PaperSaved(outcome) => {
                self.saving_paper = false;
                self.notices.extend(outcome.notices());
                Task::none()
            }
            Message::SpeechChecked => {
                let status = self.speaker.status();
                self.update(Message::Settings(settings::Message::SpeechStatus(
                    Box::new(status),
                )))
            }
            Message::Home(message) => {
                let Screen::Home(home) = &mut self.screen else {
                    return Task::none();
                };
                match home.update(message) {
                    home::Action::OpenRoutine(id) => {
                        self.open_routine(id);
                        Task::none()
                    }
                    home::Action::SwitchProfile(id) => self.switch_profile(id),
                    home::Action::OpenSettings => {
                        self.open_settings();
                        Task::none()
                    }
                    home::Action::OpenHistory => {
                        let screen = history::History::new(
                            self.history().unwrap_or(&[]),
                            self.clock.unix_now(),
                        )
                        .with_planned_days(
                            self.planned
                                .progress()
                                .map(|progress| progress.weeks.clone())
                                .unwrap_or_default(),
                        );
                        self.screen = Screen::History(Box::new(screen));
                        Task::none()
                    }
                    home::Action::OpenSafety => {
                        self.screen = Screen::Safety(safety::Safety::from_home());
                        Task::none()
                    }
                    home::Action::OpenExercises => {
                        self.screen = Screen::Exercises(exercises::Exercises::default());
                        Task::none()
                    }
                    home::Action::OpenPlan => self.open_plan(),
                    home::Action::Answer(routine, answer) => {
                        let update = self.planned.answer(routine, answer, &plan_inputs!(self));
                        self.plan_update(update)
                    }
                    home::Action::ShowKeys => {
                        self.keys_shown = true;
                        Task::none()
                    }
                    home::Action::NewRoutine => {
                        self.screen = Screen::Builder(Box::default());
                        widget_focus(Some(builder::NAME_FIELD))
                    }
                }
            }
            Message::Builder(message) => self.builder_message(message),
            Message::BuilderDone(done) => self.builder_done(&done),
            Message::Routine(message) => {
                let Some(action) = update_screen!(self, Routine, message) else {
                    return Task::none();
                };
                match action {
                    routine::Action::None => Task::none(),
                    routine::Action::Back => self.go_home(),
                    routine::Action::SetChoice(exercise_id, choice) => {
                        self.set_choice(exercise_id, choice)
                    }
                    routine::Action::BringBack(exercise_id) => {
                        self.set_left_out(exercise_id, false)
                    }
                    routine::Action::Start {
                        routine_id,
                        pain_before,
                    } => self.start(&routine_id, pain_before, now),
                    routine::Action::PrintSheet(routine_id) => self.print_sheet(routine_id),
                    routine::Action::Edit(routine_id) => self.edit_routine(&routine_id),
                    routine::Action::Run(task) => task.map(Message::Routine),
                }
            }
            Message::Player(message) => {
                let Screen::Player(player) = &mut self.screen else {
                    return Task::none();
                };
                match player.update(message, now) {
                    player::Action::None => Task::none(),
                    player::Action::Cues(orders) => {
                        self.send_cues(&orders);
                        Task::none()
                    }
                    player::Action::Finished(summary, orders) => {
                        self.send_cues(&orders);
                        self.finish(*summary)
                    }
                    player::Action::ToggleFullScreen => self.set_full_screen(!self.full_screen),
                }
            }
            Message::Finish(message) => {
                let Screen::Finish(finish) = &mut self.screen else {
                    return Task::none();
                };
                let action = finish.update(message);
                match action {
                    finish::Action::None => Task::none(),
                    finish::Action::Done => self.go_home(),
                    finish::Action::LeaveOut(exercise_id) => self.set_left_out(exercise_id, true),
                    finish::Action::SavePain { started_at, record } => {
                        self.replace_history(started_at, *record)
                    }
                    finish::Action::Apply(suggestion) => {
                        let choices: Vec<(String, ExerciseChoice)> = suggestion
                            .changes
                            .into_iter()
                            .map(|change| {
                                // A new level drops exact values: the
                                // level's own numbers apply.
                                let mut choice = self.profile.choice(&change.exercise_id);
                                choice.intensity = change.to;
                                choice.hold_seconds = None;
                                choice.repetitions = None;
                                (change.exercise_id, choice)
                            })
                            .collect();
                        let tasks: Vec<Task<Message>> = choices
                            .into_iter()
                            .map(|(exercise_id, choice)| self.set_choice(exercise_id, choice))
                            .collect();
                        Task::batch(tasks)
                    }
                }
            }
            Message::Settings(message) => {
                let Some(action) = update_screen!(self, Settings, message) else {
                    return Task::none();
                };
                match action {
                    settings::Action::None => Task::none(),
                    settings::Action::Back => self.go_home(),
                    settings::Action::Preview(values) => {
                        self.profile.settings = values;
                        self.apply_settings();
                        Task::none()
                    }
                    settings::Action::Save(values) => self.set_settings(values),
                    settings::Action::CreateProfile(name) => self.change_profile(move |store| {
                        let created = store.create(&name)?;
                        store.switch(&created.id)
                    }),
                    settings::Action::RenameProfile(id, name) => {
                        self.write(move |store| store.rename(&id, &name))
                    }
                    settings::Action::DeleteProfile(id) => {
                        self.change_profile(move |store| store.delete(&id))
                    }
                    settings::Action::SwitchProfile(id) => self.switch_profile(id),
                    settings::Action::TryVoice => {
                        // The choices on screen, at once; the speaker's
                        // worker says it while the window goes on.
                        limber_core::coach::tune(self.speaker.as_ref(), &self.profile.settings);
                        self.speaker.say(&limber_core::coach::phrases::try_voice());
                        Task::none()
                    }
                    settings::Action::Run(task) => task.map(Message::Settings),
                }
            }
            Message::Safety(message) => {
                let Screen::Safety(screen) = &mut self.screen else {
                    return Task::none();
                };
                match screen.update(message) {
                    safety::Action::None => Task::none(),
                    safety::Action::Understood(next) => {
                        self.profile.safety_seen = true;
                        let task = self.write(Store::set_safety_seen);
                        self.open_routine_or_home(next);
                        task
                    }
                    safety::Action::Back => self.go_home(),
                }
            }
            Message::History(message) => {
                let Screen::History(screen) = &mut self.screen else {
                    return Task::none();
                };
                match screen.update(message) {
                    history::Action::None => Task::none(),
                    history::Action::Back => self.go_home(),
                    history::Action::VisitReport(choice) => self.visit_report(choice),
                    history::Action::Run(task) => task.map(Message::History),
                }
            }
            Message::Exercises(message) => {
                let Screen::Exercises(screen) = &mut self.screen else {
                    return Task::none();
                };
                match screen.update(message, &self.library) {
                    exercises::Action::None => Task::none(),
                    exercises::Action::Back => self.go_home(),
                }
            }
            Message::Newer(message) => {
                let Screen::Newer(screen) = &mut self.screen else {
                    return Task::none();
                };
                match screen.update(message) {
                    newer::Action::OpenReadOnly(then_open) => {
                        self.open_routine_or_home(then_open);
                        Task::none()
                    }
                    newer::Action::UseAnother => {
                        self.open_settings();
                        Task::none()
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------
    // The routine builder: its saves and deletes run as tasks.
    // ------------------------------------------------------------------

    /// Opens one of the profile's own routines in the builder.
    fn edit_routine(&mut self, routine_id: &str) -> Task<Message> {
        let edit = builder::Builder::edit(routine_id, &self.context());
        match edit {
            Some(screen) => {
                self.screen = Screen::Builder(Box::new(screen));
                Task::none()
            }
            None => {
                self.notices
                    .push(t!("notices-routine-not-editable", routine = routine_id));
                Task::none()
            }
        }
    }

    fn builder_message(&mut self, message: builder::Message) -> Task<Message> {
        let Some(action) = update_screen!(self, Builder, message) else {
            return Task::none();
        };
        match action {
            builder::Action::None => Task::none(),
            builder::Action::Back => match &self.screen {
                Screen::Builder(screen) => match screen.editing().map(str::to_owned) {
                    // Back from Edit is the routine it came from.
                    Some(id) if self.library.routine(&id).is_some() => {
                        self.open_routine(id);
                        Task::none()
                    }
                    _ => self.go_home(),
                },
                _ => self.go_home(),
            },
            builder::Action::Focus(field) => widget_focus(field),
            builder::Action::Reveal(list, y) => iced::widget::operation::snap_to(
                list,
                iced::widget::operation::RelativeOffset { x: 0.0, y },
            ),
            builder::Action::Save(request) => {
                let Some(content_dir) = limber_core::builder::own_folder(&self.library) else {
                    return self.builder_failed(no_content_folder());
                };
                let content_dir = content_dir.to_path_buf();
                let now = self.clock.unix_now();
                let header = limber_core::builder::file::Header {
                    maker: self.profile.name.clone(),
                    date: limber_core::paper::format_date(
                        limber_core::paper::local_time(now).date(),
                    ),
                };
                let sources = self.library.sources().clone();
                authoring::save_task(*request, content_dir, header, now, sources)
            }
            builder::Action::Delete { id, title, path } => {
                let Some(content_dir) = limber_core::builder::own_folder(&self.library) else {
                    return self.builder_failed(no_content_folder());
                };
                let content_dir = content_dir.to_path_buf();
                let now = self.clock.unix_now();
                let sources = self.library.sources().clone();
                authoring::delete_task(title, id, path, content_dir, now, sources)
            }
        }
    }

    /// Tells the builder (if still open) that its save or delete did not
    /// happen; a reason that is not about the file goes to the notices.
    fn builder_failed(&mut self, failure: builder::Failure) -> Task<Message> {
        if let builder::Failure::Other(reason) = &failure {
            self.notices.push(reason.clone());
        }
        if matches!(self.screen, Screen::Builder(_)) {
            return self.builder_message(builder::Message::Failed(failure));
        }
        Task::none()
    }

    fn builder_done(&mut self, done: &builder::Done) -> Task<Message> {
        match done {
            builder::Done::Failed(failure) => self.builder_failed(failure.clone()),
            builder::Done::Saved {
                id,
                new,
                versions,
                kept,
                reloaded,
            } => {
                self.use_saved_content(reloaded);
                if let Some(kept) = kept {
                    self.notices.push(t!(
                        "notices-routine-on-disk-kept",
                        path = kept.display().to_string()
                    ));
                }
                let tasks: Vec<Task<Message>> = versions
                    .iter()
                    .map(|(exercise_id, variation)| {
                        let mut choice = self.profile.choice(exercise_id);
                        choice.variation = variation.clone();
                        self.set_choice(exercise_id.clone(), choice)
                    })
                    .collect();
                // A new routine: Home, where its tile now is. A changed
                // one: its own screen, as it was opened from there.
                if *new || self.library.routine(id).is_none() {
                    self.screen = Screen::Home(home::Home);
                    self.planned.day_check(&plan_inputs!(self));
                } else {
                    self.open_routine(id.clone());
                }
                Task::batch(tasks)
            }
            builder::Done::Deleted {
                id,
                title,
                kept,
                reloaded,
            } => {
                self.use_saved_content(reloaded);
                if let Some(kept) = kept {
                    self.notices.push(t!(
                        "notices-routine-deleted-kept",
                        routine = title,
                        path = kept.display().to_string()
                    ));
                }
                let unplan = self
                    .planned
                    .unplan_gone_routine(id, &plan_inputs!(self))
                    .map(Message::Planned);
                Task::batch([unplan, self.go_home()])
            }
        }
    }

    /// Content loaded again after the builder's own save: used at once,
    /// so the routine shows; a problem elsewhere in the folders is said.
    fn use_saved_content(&mut self, reloaded: &reload::Reloaded) {
        let errors: Vec<String> = reload::new_errors(&reloaded.problems, self.library.problems())
            .iter()
            .map(|problem| problem.to_string())
            .collect();
        self.reload_after_routine = None;
        self.use_library(reloaded.library.clone());
        if let Some(first) = errors.first() {
            self.show_reload_notice(Some(t!("notices-content-problem", problem = first)));
        }
    }

    // ------------------------------------------------------------------
    // Opening a screen: one place each.
    // ------------------------------------------------------------------

    fn open_routine(&mut self, id: String) {
        self.screen = Screen::Routine(routine::Routine::new(id));
    }

    /// The routine asked for at start or after a first-run screen, else Home.
    fn open_routine_or_home(&mut self, routine: Option<String>) {
        match routine {
            Some(id) => self.open_routine(id),
            None => self.screen = Screen::Home(home::Home),
        }
    }

    fn open_settings(&mut self) {
        self.screen = Screen::Settings(settings::Settings::new(self.speaker.status()));
    }

    /// The plan, the reminder state or the history changed.
    fn plan_inputs_changed(&mut self) -> Task<Message> {
        self.planned
            .inputs_changed(&plan_inputs!(self))
            .map(Message::Planned)
    }

    /// Carries out what the plan part asked for.
    fn plan_update(&mut self, update: planned::Update) -> Task<Message> {
        for event in update.events {
            match event {
                planned::Event::Notices(notices) => self.notices.extend(notices),
                planned::Event::OpenRoutine(id) => self.open_routine(id),
                planned::Event::Home => self.screen = Screen::Home(home::Home),
            }
        }
        update.task.map(Message::Planned)
    }

    /// Opens the Plan screen and asks how reminders run.
    fn open_plan(&mut self) -> Task<Message> {
        self.screen = Screen::Plan(Box::default());
        self.planned.reminder_status().map(Message::Planned)
    }

    /// The current profile's plan, its progress and reminders, as shown.
    pub fn planned(&self) -> &planned::Planned {
        &self.planned
    }

    fn go_home(&mut self) -> Task<Message> {
        self.screen = Screen::Home(home::Home);
        self.planned.day_check(&plan_inputs!(self));
        Task::none()
    }

    fn switch_profile(&mut self, id: String) -> Task<Message> {
        if id == self.profile.id {
            return Task::none();
        }
        self.change_profile(move |store| store.switch(&id))
    }

    /// Leaves an exercise out of this profile's routines, or brings it
    /// back (`left_out` false).
    fn set_left_out(&mut self, exercise_id: String, left_out: bool) -> Task<Message> {
        let change = move |profile: &mut Profile| {
            if left_out {
                profile.left_out.insert(exercise_id.clone());
            } else {
                profile.left_out.remove(&exercise_id);
            }
        };
        change(&mut self.profile);
        self.write(move |store| {
            let id = store.current().id.clone();
            store.update_profile(&id, change).map(|_| ())
        })
    }

    fn set_choice(&mut self, exercise_id: String, choice: ExerciseChoice) -> Task<Message> {
        self.profile
            .exercises
            .insert(exercise_id.clone(), choice.clone());
        self.write(move |store| store.set_choice(&exercise_id, choice))
    }

    fn set_settings(&mut self, values: Settings) -> Task<Message> {
        self.profile.settings = values.clone();
        self.apply_settings();
        self.write(move |store| store.set_settings(values))
    }

    /// Whether the window is full screen (as the app last asked for it).
    pub fn is_full_screen(&self) -> bool {
        self.full_screen
    }

    /// The window full screen, or back to its size.
    fn set_full_screen(&mut self, on: bool) -> Task<Message> {
        if self.full_screen == on {
            return Task::none();
        }
        self.full_screen = on;
        let mode = if on {
            iced::window::Mode::Fullscreen
        } else {
            iced::window::Mode::Windowed
        };
        iced::window::latest().and_then(move |id| iced::window::set_mode(id, mode))
    }

    fn start(&mut self, routine_id: &str, pain_before: Option<u8>, now: Instant) -> Task<Message> {
        let Some(routine) = self.library.routine(routine_id) else {
            return Task::none();
        };
        // Open the sound device now so the first chime is on time.
        self.audio.prepare();
        let settings = &self.profile.settings;
        let prescribed = prescription::prescribe(&self.library, routine, &self.profile);
        // Every exercise left out: nothing to play (the Routine screen
        // offers no Start then).
        if prescribed.is_empty() {
            return Task::none();
        }
        // Without a voice the coach stays quiet and the ticks count; a
        // speaker still connecting is given the benefit of the doubt.
        let can_speak = !matches!(
            self.speaker.availability(),
            limber_core::speech::Availability::Unavailable(_)
        );
        let options = limber_core::coach::options(settings).with_voice(can_speak);
        if options.speech {
            limber_core::coach::tune(self.speaker.as_ref(), settings);
        }
        let timeline = limber_core::coach::timeline(&prescribed, settings, options);
        let exercises = prescribed
            .iter()
            .map(prescription::ExerciseSummary::of)
            .collect();
        let (player, orders) = player::Player::new(
            player::Start {
                routine_id: routine.id.clone().into(),
                routine_title: routine.title.clone(),
                timeline,
                exercises,
                pain_before,
                started_at: self.clock.unix_now(),
            },
            now,
        );
        self.screen = Screen::Player(Box::new(player));
        self.send_cues(&orders);
        // Read from the floor: the player fills the screen.
        self.full_screen_before_routine = Some(self.full_screen);
        if self.profile.settings.full_screen {
            self.set_full_screen(true)
        } else {
            Task::none()
        }
    }

    /// The session ended: save it to the history at once (so closing the
    /// app on the Finish screen loses nothing) and show the summary.
    fn finish(&mut self, summary: Summary) -> Task<Message> {
        // The window as it was before the routine.
        let window = match self.full_screen_before_routine.take() {
            Some(before) => self.set_full_screen(before),
            None => Task::none(),
        };
        let record = prescription::record(&summary, None);
        let finish = finish::Finish::new(summary, self.history().unwrap_or(&[]));
        self.screen = Screen::Finish(Box::new(finish));
        let history = self.history.get_or_insert_with(Default::default);
        Arc::make_mut(history).push(record.clone());
        let progress = self.plan_inputs_changed();
        Task::batch([
            self.write(move |store| store.append_history(record)),
            progress,
            window,
        ])
    }

    /// The pain rating after a session: update the saved session.
    fn replace_history(&mut self, started_at: u64, record: SessionRecord) -> Task<Message> {
        if let Some(history) = &mut self.history
            && let Some(saved) = Arc::make_mut(history)
                .iter_mut()
                .rev()
                .find(|r| r.started_at == started_at)
        {
            *saved = record.clone();
        }
        self.write(move |store| store.replace_history(started_at, record))
    }

    /// "Print sheet": the save dialog, then the sheet with this profile's
    /// doses, in a task.
    fn print_sheet(&mut self, routine_id: String) -> Task<Message> {
        if std::mem::replace(&mut self.saving_paper, true) {
            return Task::none();
        }
        paper::print_sheet(
            self.save_dialog.as_ref(),
            paper::SheetInput {
                library: self.library.clone(),
                profile: self.profile.clone(),
                routine_id,
                today: limber_core::paper::local_time(self.clock.unix_now()).date(),
            },
        )
    }

    /// "Visit report": the save dialog, then the report over the history
    /// and the weekly plan (read on the store's thread), in a task.
    fn visit_report(&mut self, choice: paper::ReportChoice) -> Task<Message> {
        if std::mem::replace(&mut self.saving_paper, true) {
            return Task::none();
        }
        let id = self.profile.id.clone();
        let schedule = self.store.run(move |store| {
            let plan = store.plan(&id).map_err(|e| e.to_string());
            let reminders = store.reminder_state(&id).unwrap_or_default();
            Ok((plan, reminders))
        });
        let schedule = async move {
            let stored = schedule.await;
            match stored.result {
                Ok((plan, reminders)) => (plan, reminders, stored.notices),
                Err(error) => (Err(error), Default::default(), stored.notices),
            }
        };
        paper::visit_report(
            self.save_dialog.as_ref(),
            paper::ReportJob {
                library: self.library.clone(),
                profile_name: self.profile.name.clone(),
                sessions: self.history.clone().unwrap_or_default(),
                choice,
                today: limber_core::paper::local_time(self.clock.unix_now()).date(),
                left_out: self.profile.left_out.clone(),
            },
            schedule,
        )
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.context();
        let t = ctx.typography;
        let screen = match &self.screen {
            Screen::Home(s) => s.view(&ctx).map(Message::Home),
            Screen::Routine(s) => s.view(&ctx).map(Message::Routine),
            Screen::Player(s) => s.view(&ctx).map(Message::Player),
            Screen::Finish(s) => s.view(&ctx).map(Message::Finish),
            Screen::Settings(s) => s.view(&ctx).map(Message::Settings),
            Screen::Safety(s) => s.view(&ctx).map(Message::Safety),
            Screen::History(s) => s.view(&ctx).map(Message::History),
            Screen::Exercises(s) => s.view(&ctx).map(Message::Exercises),
            Screen::Newer(s) => s.view(&ctx).map(Message::Newer),
            Screen::Plan(s) => s.view(&ctx).map(Message::Plan),
            Screen::Builder(s) => s.view(&ctx).map(Message::Builder),
        };
        let screen = if self.notices.is_empty() {
            screen
        } else {
            let mut banner = column![].spacing(6);
            for (index, notice) in self.notices.iter().enumerate().take(4) {
                banner = banner.push(
                    container(
                        row![
                            text(notice.clone()).size(t.small()).width(Length::Fill),
                            button(text(t!("notices-dismiss")).size(t.small()))
                                .style(button::text)
                                .on_press(Message::DismissNotice(index)),
                        ]
                        .spacing(10)
                        .align_y(iced::Alignment::Center),
                    )
                    .padding([6, 12])
                    .style(style::notice),
                );
            }
            if self.notices.len() > 4 {
                banner = banner
                    .push(text(t!("notices-more", count = self.notices.len() - 4)).size(t.small()));
            }
            column![container(banner).padding([8, 16]), screen].into()
        };
        let shown = self.keys_shown;
        let screen = if shown {
            let (title, shortcuts) = self.shortcuts();
            // Under the sheet, anything the screen would do (a key, a
            // click) closes the sheet instead.
            iced::widget::stack![
                screen.map(|_| Message::ShowKeys(false)),
                widget::keys::sheet(t, title, shortcuts, Message::ShowKeys(false)),
            ]
            .into()
        } else {
            screen
        };
        widget::keys::key_listener(screen, move |key, modifiers| {
            if modifiers.control() || modifiers.alt() || modifiers.logo() {
                return None;
            }
            match key.as_ref() {
                Key::Named(key::Named::F11) => Some(Message::ToggleFullScreen),
                Key::Character("?") => Some(Message::ShowKeys(!shown)),
                Key::Named(key::Named::Escape) if shown => Some(Message::ShowKeys(false)),
                _ => None,
            }
        })
        .into()
    }

    /// The current screen's name and keys, for the "Keys" sheet.
    pub fn shortcuts(&self) -> (String, &'static [widget::keys::Shortcut]) {
        use widget::keys::{Shortcut, shortcut};
        const BACK: &[Shortcut] = &[shortcut("Esc", "keys-back")];
        match &self.screen {
            Screen::Home(_) => (t!("screen-home"), home::SHORTCUTS),
            Screen::Routine(_) => (t!("screen-routine"), routine::SHORTCUTS),
            Screen::Player(_) => (t!("screen-player"), player::SHORTCUTS),
            Screen::Finish(_) => (t!("screen-finish"), finish::SHORTCUTS),
            Screen::Settings(_) => (t!("screen-settings"), settings::SHORTCUTS),
            Screen::Safety(_) => (t!("screen-safety"), BACK),
            Screen::History(_) => (t!("screen-history"), history::SHORTCUTS),
            Screen::Exercises(_) => (t!("screen-exercises"), exercises::SHORTCUTS),
            Screen::Newer(_) => (t!("screen-newer"), &[]),
            Screen::Plan(_) => (t!("screen-plan"), BACK),
            Screen::Builder(b) => (b.title(), builder::SHORTCUTS),
        }
    }
}

/// Puts the keyboard in this text field (by its id), or in none.
fn widget_focus(field: Option<&'static str>) -> Task<Message> {
    // Focusing an id nothing has takes the keyboard out of every field,
    // so the screen's own keys reach it.
    iced::widget::operation::focus(field.unwrap_or("limber-no-field"))
}

fn no_content_folder() -> builder::Failure {
    builder::Failure::Other(t!("notices-no-content-folder"))
}
