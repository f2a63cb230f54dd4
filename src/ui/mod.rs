//! The iced shell: one module per screen, each with its own `Message`,
//! `update` and `view`, returning an `Action` that this module carries out
//! (saving to the profile, playing sounds, changing screen).

pub mod images;
pub mod screen;
pub mod style;
pub mod widget;

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::widget::{button, column, container, row, text};
use iced::{Element, Length, Subscription, Task, Theme};

use crate::audio::{Cue, CuePlayer};
use crate::content::Library;
use crate::content::schema::Routine;
use crate::guidance::advice::{self, Suggestion};
use crate::prescription::{self, Prescribed};
use crate::profile::{ExerciseChoice, Profile, SessionRecord, Store};
use crate::session::dose::ResolvedDose;
use crate::session::engine::Clock;
use screen::{exercises, finish, history, home, player, routine, safety, settings};

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
}

pub struct App {
    library: Library,
    store: Store,
    notices: Vec<String>,
    audio: Box<dyn CuePlayer>,
    clock: Arc<dyn Clock>,
    screen: Screen,
    /// Pain rated before the session now running, for the Finish screen.
    pain_before: Option<u8>,
    /// The history record of the session on the Finish screen, saved when
    /// the session ended and updated with the pain check-in.
    finished_record: Option<SessionRecord>,
    /// The current profile's sessions, oldest first; re-read after every
    /// change of profile or history.
    history: Vec<SessionRecord>,
    images: images::ImageCache,
}

pub enum Screen {
    Home(home::Home),
    Routine(routine::Routine),
    Player(Box<player::Player>),
    Finish(finish::Finish),
    Settings(settings::Settings),
    Safety(safety::Safety),
    History(history::History),
    Exercises(exercises::Exercises),
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
    DismissNotice(usize),
}

/// A profile in the switcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChoice {
    pub id: String,
    pub name: String,
}

impl std::fmt::Display for ProfileChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

/// What every screen's `view` and `update` may read.
pub struct Context<'a> {
    pub library: &'a Library,
    pub store: &'a Store,
    pub profile: &'a Profile,
    /// The profile's sessions, oldest first.
    pub history: &'a [SessionRecord],
    pub images: &'a images::ImageCache,
    pub typography: style::Type,
}

impl<'a> Context<'a> {
    /// Built from the app's fields one by one, so a screen can be borrowed
    /// mutably next to it.
    fn new(
        library: &'a Library,
        store: &'a Store,
        history: &'a [SessionRecord],
        images: &'a images::ImageCache,
    ) -> Self {
        let profile = store.current();
        Context {
            library,
            store,
            profile,
            history,
            images,
            typography: style::Type::new(profile.settings.text_size.scale()),
        }
    }

    pub fn choice(&self, exercise_id: &str) -> ExerciseChoice {
        self.profile.choice(exercise_id)
    }

    /// The dose this profile does for an exercise of a routine.
    pub fn resolved(&self, routine_id: &str, exercise_id: &str) -> Option<ResolvedDose> {
        let routine = self.library.routine(routine_id)?;
        self.prescribe(routine)
            .into_iter()
            .find(|p| p.exercise.id == exercise_id)
            .map(|p| p.dose)
    }

    /// The routine's exercises with this profile's doses.
    pub fn prescribe(&self, routine: &Routine) -> Vec<Prescribed<'a>> {
        prescription::prescribe(self.library, routine, self.profile)
    }

    /// The routine's planned length for this profile: the same number the
    /// player runs to.
    pub fn estimate(&self, routine: &Routine) -> Duration {
        self.planned_length(&self.prescribe(routine))
    }

    /// The planned length of exercises already prescribed.
    pub fn planned_length(&self, prescribed: &[Prescribed<'_>]) -> Duration {
        prescription::plan(prescribed, &self.profile.settings).total()
    }

    pub fn profile_choices(&self) -> Vec<ProfileChoice> {
        self.store
            .profiles()
            .into_iter()
            .map(|p| ProfileChoice {
                id: p.id,
                name: p.name,
            })
            .collect()
    }

    /// "Last: Lower back, yesterday, 6 min".
    pub fn last_session(&self) -> Option<String> {
        let last = self.history.iter().max_by_key(|r| r.started_at)?;
        let when =
            crate::progress::calendar::describe_when(last.started_at, crate::profile::unix_now());
        Some(format!(
            "Last: {}, {when}, {}",
            last.routine_title,
            crate::words::minutes(Duration::from_secs(u64::from(last.duration_seconds)))
        ))
    }

    pub fn sessions_this_week(&self) -> usize {
        crate::progress::calendar::sessions_in_last_week(self.history, crate::profile::unix_now())
    }
}

impl App {
    pub fn new(options: Options) -> Self {
        let mut app = App {
            library: options.library,
            store: options.store,
            notices: options.notices,
            audio: options.audio,
            clock: options.clock,
            screen: Screen::Home(home::Home),
            pain_before: None,
            finished_record: None,
            history: Vec::new(),
            images: images::ImageCache::default(),
        };
        app.reload_history();
        app.apply_sound_settings();
        if let Some(id) = options.routine {
            if app.library.routine(&id).is_some() {
                app.screen = Screen::Routine(routine::Routine::new(id));
            } else {
                app.notices.push(format!(
                    "There is no routine \"{id}\". Known routines: {}.",
                    app.library
                        .routines()
                        .iter()
                        .map(|r| r.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        if !app.store.current().safety_seen {
            app.screen = Screen::Safety(safety::Safety::first_run(app.screen_after_safety()));
        }
        app
    }

    /// Where the first-run Safety screen leads.
    fn screen_after_safety(&self) -> Option<String> {
        match &self.screen {
            Screen::Routine(r) => Some(r.routine_id.clone()),
            _ => None,
        }
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The current profile's sessions as the app last read them.
    pub fn store_history(&self) -> &[SessionRecord] {
        &self.history
    }

    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    fn context(&self) -> Context<'_> {
        Context::new(&self.library, &self.store, &self.history, &self.images)
    }

    pub fn title(&self) -> String {
        let screen = match &self.screen {
            Screen::Home(_) => return "Limber".to_owned(),
            Screen::Routine(r) => self
                .library
                .routine(&r.routine_id)
                .map(|r| r.title.clone())
                .unwrap_or_default(),
            Screen::Player(p) => p.routine_title().to_owned(),
            Screen::Finish(_) => "Finished".to_owned(),
            Screen::Settings(_) => "Settings".to_owned(),
            Screen::Safety(_) => "Safety".to_owned(),
            Screen::History(_) => "History".to_owned(),
            Screen::Exercises(_) => "Exercises".to_owned(),
        };
        format!("Limber — {screen}")
    }

    pub fn theme(&self) -> Option<Theme> {
        match self.store.current().settings.theme {
            crate::profile::Theme::System => None,
            crate::profile::Theme::Light => Some(Theme::Light),
            crate::profile::Theme::Dark => Some(Theme::Dark),
        }
    }

    /// Ticks only while a phase counts down; every other screen is idle
    /// with no subscription at all.
    pub fn subscription(&self) -> Subscription<Message> {
        match &self.screen {
            Screen::Player(player) if player.is_running() => {
                iced::time::every(player.tick_interval())
                    .map(|_| Message::Player(player::Message::Tick))
            }
            _ => Subscription::none(),
        }
    }

    /// Shows a failed store operation and anything the store has to say
    /// (values clamped, files kept aside); returns the value on success.
    fn report<T>(&mut self, result: Result<T, crate::profile::StoreError>) -> Option<T> {
        let value = match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.notices.push(error.to_string());
                None
            }
        };
        let notices = self.store.take_notices();
        self.notices
            .extend(notices.into_iter().map(|n| n.to_string()));
        value
    }

    fn reload_history(&mut self) {
        let id = self.store.current().id.clone();
        let result = self.store.history(&id);
        self.history = self.report(result).unwrap_or_default();
    }

    fn apply_sound_settings(&self) {
        let settings = &self.store.current().settings;
        self.audio.set_muted(!settings.sound);
        self.audio
            .set_volume(crate::audio::volume_from_percent(settings.volume));
    }

    fn play(&self, cues: Vec<Cue>) {
        for cue in cues {
            self.audio.play(cue);
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let now = self.clock.now();
        match message {
            Message::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Message::Home(message) => {
                let Screen::Home(home) = &mut self.screen else {
                    return Task::none();
                };
                match home.update(message) {
                    home::Action::OpenRoutine(id) => {
                        self.pain_before = None;
                        self.screen = Screen::Routine(routine::Routine::new(id));
                    }
                    home::Action::SwitchProfile(id) => self.switch_profile(&id),
                    home::Action::OpenSettings => {
                        self.screen = Screen::Settings(settings::Settings::default())
                    }
                    home::Action::OpenHistory => self.screen = Screen::History(history::History),
                    home::Action::OpenSafety => {
                        self.screen = Screen::Safety(safety::Safety::from_home())
                    }
                    home::Action::OpenExercises => {
                        self.screen = Screen::Exercises(exercises::Exercises::default())
                    }
                }
            }
            Message::Routine(message) => {
                let action = {
                    let ctx = Context::new(&self.library, &self.store, &self.history, &self.images);
                    let Screen::Routine(screen) = &mut self.screen else {
                        return Task::none();
                    };
                    screen.update(message, &ctx)
                };
                match action {
                    routine::Action::None => {}
                    routine::Action::Back => self.go_home(),
                    routine::Action::PainBefore(value) => self.pain_before = value,
                    routine::Action::SetChoice(exercise_id, choice) => {
                        let result = self.store.set_choice(&exercise_id, choice);
                        self.report(result);
                    }
                    routine::Action::Start => {
                        if let Screen::Routine(screen) = &self.screen {
                            let id = screen.routine_id.clone();
                            self.start(&id, now);
                        }
                    }
                }
            }
            Message::Player(message) => {
                let Screen::Player(player) = &mut self.screen else {
                    return Task::none();
                };
                match player.update(message, now) {
                    player::Action::None => {}
                    player::Action::Play(cues) => self.play(cues),
                    player::Action::Finished(summary, cues) => {
                        self.play(cues);
                        self.finish(summary);
                    }
                }
            }
            Message::Finish(message) => {
                let Screen::Finish(finish) = &mut self.screen else {
                    return Task::none();
                };
                match finish.update(message) {
                    finish::Action::None => {}
                    finish::Action::Done => self.go_home(),
                    finish::Action::PainAfter(value) => self.pain_after(value),
                    finish::Action::Apply(suggestion) => self.apply(&suggestion),
                }
            }
            Message::Settings(message) => {
                let action = {
                    let ctx = Context::new(&self.library, &self.store, &self.history, &self.images);
                    let Screen::Settings(screen) = &mut self.screen else {
                        return Task::none();
                    };
                    screen.update(message, &ctx)
                };
                match action {
                    settings::Action::None => {}
                    settings::Action::Back => self.go_home(),
                    settings::Action::Save(values) => {
                        let result = self.store.set_settings(values);
                        self.report(result);
                        self.apply_sound_settings();
                    }
                    settings::Action::CreateProfile(name) => {
                        let result = self.store.create(&name);
                        if let Some(created) = self.report(result) {
                            self.switch_profile(&created.id);
                        }
                    }
                    settings::Action::RenameProfile(id, name) => {
                        let result = self.store.rename(&id, &name);
                        self.report(result);
                    }
                    settings::Action::DeleteProfile(id) => {
                        let result = self.store.delete(&id);
                        self.report(result);
                        self.reload_history();
                        self.apply_sound_settings();
                    }
                    settings::Action::SwitchProfile(id) => self.switch_profile(&id),
                }
            }
            Message::Safety(message) => {
                let Screen::Safety(screen) = &mut self.screen else {
                    return Task::none();
                };
                match screen.update(message) {
                    safety::Action::None => {}
                    safety::Action::Understood(next) => {
                        let result = self.store.set_safety_seen();
                        self.report(result);
                        match next {
                            Some(id) => self.screen = Screen::Routine(routine::Routine::new(id)),
                            None => self.go_home(),
                        }
                    }
                    safety::Action::Back => self.go_home(),
                }
            }
            Message::History(message) => {
                let Screen::History(screen) = &mut self.screen else {
                    return Task::none();
                };
                match screen.update(message) {
                    history::Action::None => {}
                    history::Action::Back => self.go_home(),
                }
            }
            Message::Exercises(message) => {
                let Screen::Exercises(screen) = &mut self.screen else {
                    return Task::none();
                };
                match screen.update(message) {
                    exercises::Action::None => {}
                    exercises::Action::Back => self.go_home(),
                }
            }
        }
        Task::none()
    }

    fn go_home(&mut self) {
        self.finished_record = None;
        // Pick up what another running copy changed meanwhile.
        let result = self.store.refresh();
        self.report(result);
        self.reload_history();
        self.apply_sound_settings();
        self.screen = Screen::Home(home::Home);
    }

    fn switch_profile(&mut self, id: &str) {
        let result = self.store.switch(id);
        self.report(result);
        self.reload_history();
        self.apply_sound_settings();
        if !self.store.current().safety_seen {
            self.screen = Screen::Safety(safety::Safety::first_run(None));
        }
    }

    fn start(&mut self, routine_id: &str, now: Instant) {
        let Some(routine) = self.library.routine(routine_id) else {
            return;
        };
        // Open the sound device now so the first chime is on time.
        self.audio.prepare();
        let profile = self.store.current();
        let prescribed = prescription::prescribe(&self.library, routine, profile);
        let plan = prescription::plan(&prescribed, &profile.settings);
        let exercises = prescribed.iter().map(player::ExerciseSummary::of).collect();
        self.screen = Screen::Player(Box::new(player::Player::new(
            routine.id.clone(),
            routine.title.clone(),
            plan,
            exercises,
            profile.settings.ticks,
            now,
        )));
    }

    /// The session ended: save it to the history at once (so closing the
    /// app on the Finish screen loses nothing) and show the summary.
    fn finish(&mut self, summary: player::Summary) {
        // The earlier sessions of this routine, most recent first, as they
        // were before this one is saved.
        let mut earlier: Vec<&SessionRecord> = self
            .history
            .iter()
            .filter(|r| r.routine_id == summary.routine_id)
            .collect();
        earlier.sort_by_key(|r| std::cmp::Reverse(r.started_at));
        let earlier: Vec<advice::PastSession> = earlier
            .into_iter()
            .map(|r| advice::PastSession {
                pain_before: r.pain_before,
                pain_after: r.pain_after,
                levels: r
                    .exercises
                    .iter()
                    .map(|e| (e.id.clone(), e.intensity))
                    .collect(),
            })
            .collect();
        let record = prescription::record(&summary, self.pain_before, None);
        let result = self.store.append_history(record.clone());
        if self.report(result).is_some() {
            self.finished_record = Some(record);
        }
        self.reload_history();
        self.screen = Screen::Finish(finish::Finish::new(summary, self.pain_before, earlier));
    }

    fn pain_after(&mut self, value: u8) {
        if let Some(record) = &mut self.finished_record {
            let started_at = record.started_at;
            record.pain_after = Some(value);
            let updated = record.clone();
            let result = self.store.replace_history(started_at, updated);
            self.report(result);
            self.reload_history();
        }
        let Screen::Finish(finish) = &mut self.screen else {
            return;
        };
        let done: Vec<advice::Done> = finish
            .summary
            .exercises
            .iter()
            .map(|e| advice::Done {
                exercise_id: e.id.clone(),
                exercise_title: e.title.clone(),
                intensity: self.store.current().choice(&e.id).intensity,
            })
            .collect();
        finish.suggestion =
            advice::suggest(finish.pain_before, Some(value), &done, &finish.earlier);
        finish.outcome = None;
    }

    fn apply(&mut self, suggestion: &Suggestion) {
        for change in &suggestion.changes {
            // A new level drops exact overrides: the level's own numbers apply.
            let choice = ExerciseChoice {
                intensity: change.to,
                hold_seconds: None,
                repetitions: None,
            };
            let result = self.store.set_choice(&change.exercise_id, choice);
            self.report(result);
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.context();
        let screen = match &self.screen {
            Screen::Home(s) => s.view(&ctx).map(Message::Home),
            Screen::Routine(s) => s.view(&ctx).map(Message::Routine),
            Screen::Player(s) => s.view(&ctx).map(Message::Player),
            Screen::Finish(s) => s.view(&ctx).map(Message::Finish),
            Screen::Settings(s) => s.view(&ctx).map(Message::Settings),
            Screen::Safety(s) => s.view(&ctx).map(Message::Safety),
            Screen::History(s) => s.view(&ctx).map(Message::History),
            Screen::Exercises(s) => s.view(&ctx).map(Message::Exercises),
        };
        if self.notices.is_empty() {
            return screen;
        }
        let t = ctx.typography;
        let mut banner = column![].spacing(6);
        for (index, notice) in self.notices.iter().enumerate().take(4) {
            banner = banner.push(
                container(
                    row![
                        text(notice.clone()).size(t.small()).width(Length::Fill),
                        button(text("Dismiss").size(t.small()))
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
            banner =
                banner.push(text(format!("… and {} more", self.notices.len() - 4)).size(t.small()));
        }
        column![container(banner).padding([8, 16]), screen].into()
    }
}

/// The window icon, drawn from the figure (see `icons/`), embedded so an
/// installed binary has it wherever it runs.
const ICON_PNG: &[u8] = include_bytes!("../../icons/limber-64.png");

fn window_icon() -> Option<iced::window::Icon> {
    let image = image::load_from_memory_with_format(ICON_PNG, image::ImageFormat::Png)
        .map_err(|e| tracing::warn!("window icon: {e}"))
        .ok()?
        .into_rgba8();
    let (width, height) = image.dimensions();
    iced::window::icon::from_rgba(image.into_raw(), width, height)
        .map_err(|e| tracing::warn!("window icon: {e}"))
        .ok()
}

/// Opens the window and runs the app until it is closed.
pub fn run(options: Options) -> iced::Result {
    let options = std::cell::RefCell::new(Some(options));
    iced::application(
        move || {
            let options = options
                .borrow_mut()
                .take()
                .expect("iced boots the application exactly once");
            App::new(options)
        },
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .subscription(App::subscription)
    .default_font(iced::Font::with_name("Fira Sans"))
    .window(iced::window::Settings {
        size: iced::Size::new(1280.0, 760.0),
        min_size: Some(iced::Size::new(900.0, 600.0)),
        icon: window_icon(),
        ..iced::window::Settings::default()
    })
    .run()
}
