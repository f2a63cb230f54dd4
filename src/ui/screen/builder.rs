//! New routine / Edit routine: name it, add exercises from the library
//! (search by name or area), put them in order, set each dose within the
//! exercise's range, choose each one's version, save. The rules are the
//! core's (`limber_core::builder`); this screen shows a draft and turns clicks
//! and keys into its operations.
//!
//! Mouse and keyboard both work everywhere. The keyboard moves between
//! four places (the name, the exercises to add, the routine's rows, Save —
//! and Delete when editing) with Tab; the place it is in has the accent
//! around it, and the line at the bottom says what the keys do there.

use std::path::PathBuf;

use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, column, container, row, scrollable, space, text, text_input};
use iced::{Alignment, Element, Length};

use crate::ui::Context;
use crate::ui::reload::Reloaded;
use crate::ui::style;
use crate::ui::widget::controls::{self, stepper, title_bar};
use crate::ui::widget::figure::FigureView;
use crate::ui::widget::keys::{Shortcut, key_listener, shortcut};
use limber_core::builder::file::Target;
use limber_core::builder::search::{self, Found};
use limber_core::builder::{self as core, Adjusted, Draft, Entry, Limits};
use limber_core::content::schema::{Exercise, Role, Routine};
use limber_core::t;

/// Below this width (at the normal text size) the two lists drop their
/// pictures: a window near its smallest, or large text.
const NARROW_BELOW: f32 = 1050.0;

/// The name field.
pub const NAME_FIELD: &str = "builder-name";
/// The search field.
pub const SEARCH_FIELD: &str = "builder-search";
/// The routine's rows.
pub const ROWS_LIST: &str = "builder-rows";
/// The exercises to add.
pub const RESULTS_LIST: &str = "builder-results";

/// The builder's keys, for the "Keys" sheet (the line at the bottom
/// says which apply where the keyboard is).
pub const SHORTCUTS: &[Shortcut] = &[
    shortcut("Tab", "builder-key-tab"),
    shortcut("Shift+Tab", "builder-key-back-tab"),
    shortcut("↑ ↓", "builder-key-choose"),
    shortcut("Enter", "builder-key-enter"),
    shortcut("Alt+↑ ↓", "builder-key-move"),
    shortcut("← →  or  − +", "routine-key-hold"),
    shortcut("Shift+← →  or  [ ]", "routine-key-repetitions"),
    shortcut("V", "routine-key-version"),
    shortcut("Delete", "builder-key-remove"),
    shortcut("Ctrl+S", "builder-key-save"),
    shortcut("Esc", "builder-key-back"),
];

/// Where the keyboard is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Name,
    /// The exercises to add (and their search field).
    Library,
    /// The routine's rows.
    Routine,
    Save,
    /// Only when editing.
    Delete,
}

/// What a key does, whatever key it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    Up,
    Down,
    /// Move the chosen row up (Alt+↑).
    MoveUp,
    MoveDown,
    /// Hold − (←).
    Less,
    More,
    /// Repetitions − (Shift+←).
    Fewer,
    Plus,
    /// The next version (V).
    Version,
    /// Remove the chosen row (Delete).
    Remove,
    Enter,
    /// Ctrl+S.
    Save,
    Escape,
}

#[derive(Debug, Clone)]
pub enum Message {
    Name(String),
    NameSubmitted,
    Search(String),
    /// Enter in the search field: add the chosen exercise.
    SearchSubmitted,
    /// A click on an exercise to add.
    Add(String),
    /// A click on a row.
    SelectRow(usize),
    MoveUp(usize),
    MoveDown(usize),
    Remove(usize),
    /// Hold one step up (`true`) or down.
    Hold(usize, bool),
    Repetitions(usize, bool),
    Variation(usize, Option<String>),
    Key(Command),
    Save,
    /// The file changed meanwhile: save this version over it anyway.
    ReplaceChanged,
    /// The file changed meanwhile: open the version now loaded.
    Reopen,
    AskDelete,
    ConfirmDelete,
    /// Close the question (keep the routine, keep editing).
    Cancel,
    Back,
    /// Leave without saving.
    Leave,
    /// The app: the save or the delete did not happen.
    Failed(Failure),
}

/// Why a save or a delete did not happen (from `builder::file::FileError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The file changed outside the builder since it was opened.
    Changed,
    /// The file was deleted outside the builder.
    Gone,
    Other(String),
}

/// A save for the app to carry out: it adds the folder, the header and
/// the time, runs [`limber_core::builder::file::save`] off the window's thread
/// and loads the content again.
#[derive(Debug, Clone)]
pub struct SaveRequest {
    pub routine: Routine,
    pub target: Target,
    pub replace_changed: bool,
    /// Versions chosen that differ from the profile's, for the profile.
    pub versions: Vec<(String, Option<String>)>,
}

pub enum Action {
    None,
    Back,
    /// Put the keyboard in this text field, or in none.
    Focus(Option<&'static str>),
    /// Scroll this list to this fraction (0 top, 1 bottom).
    Reveal(&'static str, f32),
    Save(Box<SaveRequest>),
    Delete {
        id: String,
        title: String,
        path: PathBuf,
    },
}

/// A routine being changed.
#[derive(Debug, Clone)]
struct Editing {
    id: String,
    path: PathBuf,
    /// As loaded when opened: the file must still hold it to be written.
    opened: Routine,
}

/// A question that waits for an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Question {
    Delete,
    Leave,
}

#[derive(Debug)]
pub struct Builder {
    editing: Option<Editing>,
    draft: Draft,
    /// As opened, so leaving knows whether anything would be lost.
    opened: Draft,
    /// Values of a routine moved into range when it was opened.
    adjusted: Vec<Adjusted>,
    query: String,
    focus: Focus,
    /// The chosen exercise to add (an index into the search results).
    result: usize,
    /// The chosen row of the routine.
    row: usize,
    /// A pasted name was cut to the longest allowed.
    name_cut: bool,
    /// A save was tried: say what stops it.
    tried: bool,
    /// About the last exercise not added ("It is in the routine already.").
    note: Option<String>,
    saving: bool,
    failure: Option<Failure>,
    question: Option<Question>,
}

impl Builder {
    /// A new routine: an empty name, no exercises, the keyboard in the name.
    pub fn new() -> Self {
        Builder {
            editing: None,
            draft: Draft::default(),
            opened: Draft::default(),
            adjusted: Vec::new(),
            query: String::new(),
            focus: Focus::Name,
            result: 0,
            row: 0,
            name_cut: false,
            tried: false,
            note: None,
            saving: false,
            failure: None,
            question: None,
        }
    }

    /// One of the profile's own routines, to change or delete; `None` when
    /// it is not one (shipped, imported, someone else's, or gone).
    pub fn edit(routine_id: &str, ctx: &Context<'_>) -> Option<Self> {
        let own_folder = core::own_folder(ctx.library)?;
        let routine = core::own_routines(ctx.library, &ctx.profile.id, own_folder)
            .into_iter()
            .find(|r| r.id == routine_id)?;
        let path = ctx.library.routine_file(routine_id)?.to_path_buf();
        let (draft, adjusted) = Draft::of_routine(routine, ctx.library, |id| ctx.choice(id));
        Some(Builder {
            editing: Some(Editing {
                id: routine.id.clone().into(),
                path,
                opened: routine.clone(),
            }),
            opened: draft.clone(),
            draft,
            adjusted,
            focus: Focus::Routine,
            ..Builder::new()
        })
    }

    /// The routine as it stands (tests).
    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    /// Where the keyboard is (tests).
    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The id of the routine being changed; `None` for a new one.
    pub fn editing(&self) -> Option<&str> {
        self.editing.as_ref().map(|e| e.id.as_str())
    }

    /// The window's title.
    pub fn title(&self) -> String {
        if self.editing.is_some() {
            t!("builder-title-edit")
        } else {
            t!("builder-title-new")
        }
    }

    fn changed(&self) -> bool {
        self.draft != self.opened
    }

    fn stops(&self) -> &'static [Focus] {
        if self.editing.is_some() {
            &[
                Focus::Name,
                Focus::Library,
                Focus::Routine,
                Focus::Save,
                Focus::Delete,
            ]
        } else {
            &[Focus::Name, Focus::Library, Focus::Routine, Focus::Save]
        }
    }

    /// Moves the keyboard to `focus`; the field to put it in.
    fn go_to(&mut self, focus: Focus) -> Action {
        self.focus = focus;
        Action::Focus(match focus {
            Focus::Name => Some(NAME_FIELD),
            Focus::Library => Some(SEARCH_FIELD),
            _ => None,
        })
    }

    fn found<'l>(&self, ctx: &Context<'l>) -> Found<'l> {
        search::search(ctx.library, &self.query)
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action {
        let library = ctx.library;
        // A question waits for its answer; the rest waits.
        if let Some(question) = self.question {
            return match message {
                Message::Cancel => {
                    self.question = None;
                    Action::None
                }
                Message::Key(Command::Escape) => {
                    self.question = None;
                    match question {
                        Question::Leave => Action::Back,
                        Question::Delete => Action::None,
                    }
                }
                Message::Key(Command::Enter) => {
                    self.question = None;
                    match question {
                        Question::Leave => Action::None,
                        Question::Delete => self.delete(),
                    }
                }
                Message::ConfirmDelete if question == Question::Delete => {
                    self.question = None;
                    self.delete()
                }
                Message::Leave if question == Question::Leave => Action::Back,
                Message::Failed(failure) => {
                    self.failed(failure);
                    Action::None
                }
                _ => Action::None,
            };
        }
        match message {
            Message::Name(typed) => {
                let (kept, cut) = core::typed_name(&typed);
                self.draft.name = kept;
                self.name_cut = cut;
                self.focus = Focus::Name;
                Action::None
            }
            Message::NameSubmitted => self.go_to(Focus::Library),
            Message::Search(typed) => {
                self.query = typed.chars().take(search::MAX_QUERY_CHARS).collect();
                self.result = 0;
                self.note = None;
                self.focus = Focus::Library;
                Action::Reveal(RESULTS_LIST, 0.0)
            }
            Message::SearchSubmitted => self.add_chosen(ctx),
            Message::Add(id) => {
                self.focus = Focus::Library;
                if let Some(index) = self.found(ctx).exercises.iter().position(|e| e.id == id) {
                    self.result = index;
                }
                self.add(&id, ctx)
            }
            Message::SelectRow(index) => {
                if index < self.draft.entries.len() {
                    self.row = index;
                }
                self.focus = Focus::Routine;
                Action::Focus(None)
            }
            Message::MoveUp(index) => self.move_row(index, true),
            Message::MoveDown(index) => self.move_row(index, false),
            Message::Remove(index) => self.remove(index),
            Message::Hold(index, up) => {
                self.select(index);
                self.draft.step_hold(index, up, library);
                Action::None
            }
            Message::Repetitions(index, up) => {
                self.select(index);
                self.draft.step_repetitions(index, up, library);
                Action::None
            }
            Message::Variation(index, title) => {
                self.select(index);
                self.draft.set_variation(index, title, library);
                Action::None
            }
            Message::Key(command) => self.key(command, ctx),
            Message::Save => self.save(ctx, false),
            Message::ReplaceChanged => self.save(ctx, true),
            Message::Reopen => {
                let reopened = self
                    .editing
                    .as_ref()
                    .and_then(|e| library.routine(&e.id).map(|r| (e.id.clone(), r)));
                if let (Some((id, routine)), Some(editing)) = (reopened, &mut self.editing) {
                    let (draft, adjusted) = Draft::of_routine(routine, library, |x| ctx.choice(x));
                    editing.opened = routine.clone();
                    editing.path = library
                        .routine_file(&id)
                        .map_or_else(|| editing.path.clone(), std::path::Path::to_path_buf);
                    self.opened = draft.clone();
                    self.draft = draft;
                    self.adjusted = adjusted;
                    self.row = 0;
                }
                self.failure = None;
                Action::None
            }
            Message::AskDelete => {
                if self.editing.is_some() && !self.saving {
                    self.question = Some(Question::Delete);
                }
                Action::None
            }
            Message::ConfirmDelete | Message::Cancel | Message::Leave => Action::None,
            Message::Back => self.back(),
            Message::Failed(failure) => {
                self.failed(failure);
                Action::None
            }
        }
    }

    /// A save or delete did not happen: the file's own trouble (changed or
    /// gone meanwhile) is asked about here; anything else is in the app's
    /// notice, and the routine stays on screen to try again.
    fn failed(&mut self, failure: Failure) {
        self.saving = false;
        self.failure = match failure {
            Failure::Other(_) => None,
            asked => Some(asked),
        };
    }

    fn select(&mut self, index: usize) {
        if index < self.draft.entries.len() {
            self.row = index;
            self.focus = Focus::Routine;
        }
    }

    fn back(&mut self) -> Action {
        if self.changed() && !self.saving {
            self.question = Some(Question::Leave);
            Action::None
        } else {
            Action::Back
        }
    }

    fn key(&mut self, command: Command, ctx: &Context<'_>) -> Action {
        let library = ctx.library;
        match command {
            Command::Next | Command::Previous => {
                let stops = self.stops();
                let here = stops.iter().position(|f| *f == self.focus).unwrap_or(0);
                let next = if command == Command::Next {
                    (here + 1) % stops.len()
                } else {
                    (here + stops.len() - 1) % stops.len()
                };
                self.go_to(stops[next])
            }
            Command::Save => self.save(ctx, false),
            Command::Escape => self.back(),
            _ => match self.focus {
                Focus::Name => match command {
                    Command::Enter | Command::Down => self.go_to(Focus::Library),
                    _ => Action::None,
                },
                Focus::Library => {
                    let count = self.found(ctx).exercises.len();
                    match command {
                        Command::Up | Command::Down => {
                            self.result = step(self.result, command == Command::Down, count);
                            reveal(RESULTS_LIST, self.result, count)
                        }
                        Command::Enter => self.add_chosen(ctx),
                        _ => Action::None,
                    }
                }
                Focus::Routine => {
                    let count = self.draft.entries.len();
                    let row = self.row;
                    match command {
                        Command::Up | Command::Down => {
                            self.row = step(row, command == Command::Down, count);
                            reveal(ROWS_LIST, self.row, count)
                        }
                        Command::MoveUp => self.move_row(row, true),
                        Command::MoveDown => self.move_row(row, false),
                        Command::Less | Command::More => {
                            self.draft.step_hold(row, command == Command::More, library);
                            Action::None
                        }
                        Command::Fewer | Command::Plus => {
                            self.draft
                                .step_repetitions(row, command == Command::Plus, library);
                            Action::None
                        }
                        Command::Version => {
                            self.draft.next_variation(row, library);
                            Action::None
                        }
                        Command::Remove => self.remove(row),
                        Command::Enter => self.go_to(Focus::Save),
                        _ => Action::None,
                    }
                }
                Focus::Save => match command {
                    Command::Enter => self.save(ctx, false),
                    Command::Up => self.go_to(Focus::Routine),
                    _ => Action::None,
                },
                Focus::Delete => match command {
                    Command::Enter => {
                        self.question = Some(Question::Delete);
                        Action::None
                    }
                    _ => Action::None,
                },
            },
        }
    }

    fn add_chosen(&mut self, ctx: &Context<'_>) -> Action {
        self.focus = Focus::Library;
        let found = self.found(ctx);
        let Some(exercise) = found.exercises.get(self.result) else {
            return Action::None;
        };
        let id = exercise.id.clone();
        self.add(&id, ctx)
    }

    fn add(&mut self, id: &str, ctx: &Context<'_>) -> Action {
        let Some(exercise) = ctx.library.exercise(id) else {
            return Action::None;
        };
        match self.draft.add(exercise, &ctx.choice(id)) {
            Ok(index) => {
                self.row = index;
                self.note = None;
                Action::Reveal(ROWS_LIST, 1.0)
            }
            Err(refused) => {
                self.note = Some(t!(
                    "builder-refused",
                    exercise = exercise.title.as_str(),
                    reason = refused.to_string()
                ));
                Action::None
            }
        }
    }

    fn move_row(&mut self, index: usize, up: bool) -> Action {
        self.focus = Focus::Routine;
        match self.draft.move_entry(index, up) {
            Some(to) => {
                self.row = to;
                reveal(ROWS_LIST, to, self.draft.entries.len())
            }
            None => {
                self.select(index);
                Action::None
            }
        }
    }

    fn remove(&mut self, index: usize) -> Action {
        self.draft.remove(index);
        self.row = self.row.min(self.draft.entries.len().saturating_sub(1));
        if self.draft.entries.is_empty() {
            self.focus = Focus::Library;
        }
        Action::None
    }

    fn save(&mut self, ctx: &Context<'_>, replace_changed: bool) -> Action {
        if self.saving {
            return Action::None;
        }
        self.tried = true;
        let editing_id = self.editing.as_ref().map(|e| e.id.as_str());
        let problems = self.draft.problems(ctx.library, editing_id);
        if let Some(first) = problems.first() {
            return match first {
                core::DraftProblem::Name(_) => self.go_to(Focus::Name),
                core::DraftProblem::NoExercises => self.go_to(Focus::Library),
                core::DraftProblem::Missing(id) => {
                    if let Some(index) = self.draft.entries.iter().position(|e| &e.exercise == id) {
                        self.row = index;
                    }
                    self.go_to(Focus::Routine)
                }
            };
        }
        let routine =
            self.draft
                .to_routine(editing_id.unwrap_or_default(), &ctx.profile.id, ctx.library);
        let target = match &self.editing {
            Some(editing) => Target::Existing {
                path: editing.path.clone(),
                opened: editing.opened.clone(),
            },
            None => Target::New {
                known_ids: ctx
                    .library
                    .routines()
                    .iter()
                    .map(|r| r.id.to_string())
                    .collect(),
            },
        };
        let versions = self
            .draft
            .entries
            .iter()
            .filter(|e| ctx.choice(&e.exercise).variation != e.variation)
            .map(|e| (e.exercise.clone(), e.variation.clone()))
            .collect();
        self.saving = true;
        self.failure = None;
        Action::Save(Box::new(SaveRequest {
            routine,
            target,
            replace_changed,
            versions,
        }))
    }

    fn delete(&mut self) -> Action {
        match &self.editing {
            Some(editing) if !self.saving => {
                self.saving = true;
                self.failure = None;
                Action::Delete {
                    id: editing.id.clone(),
                    title: editing.opened.title.clone(),
                    path: editing.path.clone(),
                }
            }
            _ => Action::None,
        }
    }

    // ------------------------------------------------------------------
    // The view
    // ------------------------------------------------------------------

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let t = ctx.typography;
        let editing_id = self.editing.as_ref().map(|e| e.id.as_str());
        let problems = self.draft.problems(ctx.library, editing_id);

        let header = title_bar(t, self.title(), Some(Message::Back));

        // The name.
        let field = text_input(&t!("builder-name-placeholder"), &self.draft.name)
            .style(style::text_field)
            .id(NAME_FIELD)
            .size(t.control())
            .padding([10, 14])
            .on_input(Message::Name)
            .on_submit(Message::NameSubmitted);
        let mut name = column![
            row![text(t!("builder-name")).size(t.control()), field]
                .spacing(16)
                .align_y(Alignment::Center)
        ]
        .spacing(6);
        let name_problem = problems.iter().find_map(|p| match p {
            core::DraftProblem::Name(problem) => Some(problem),
            _ => None,
        });
        // "Taken" is worth saying as soon as it is typed; an empty name
        // only once saving was tried.
        let show_name_problem = match name_problem {
            Some(core::NameProblem::Taken(_) | core::NameProblem::NoLetters) => {
                !self.draft.name.trim().is_empty()
            }
            Some(_) => self.tried,
            None => false,
        };
        if let Some(problem) = name_problem.filter(|_| show_name_problem) {
            name = name.push(warning(t, problem.to_string()));
        } else if self.name_cut {
            name = name.push(muted(
                t,
                t!("builder-name-cut", count = core::MAX_NAME_CHARS),
            ));
        }
        let name = ring(name, self.focus == Focus::Name);

        // On a narrow window (or with large text) the pictures go and each
        // row's title stands above its tools, so the steppers keep room.
        let panes = {
            let ctx = *ctx;
            iced::widget::responsive(move |size| {
                let narrow = size.width < NARROW_BELOW * ctx.typography.scale();
                row![
                    container(self.routine_pane(&ctx, &problems, narrow))
                        .width(Length::FillPortion(3)),
                    container(self.library_pane(&ctx, narrow)).width(Length::FillPortion(2)),
                ]
                .spacing(20)
                .height(Length::Fill)
                .into()
            })
        };

        // At a larger text size the window is short for the question and
        // the lists both: while a question is open (it must be answered
        // first) the name and the Save and Delete buttons give it their
        // room; the keys line stays.
        let asking = self.question.is_some() && t.scale() > 1.0;
        let mut content = column![header]
            .push((!asking).then_some(name))
            .push(panes)
            .spacing(16)
            .padding(iced::Padding {
                top: 24.0,
                right: 32.0,
                bottom: 20.0,
                left: 32.0,
            });
        if let Some(boxed) = self.question_box(ctx) {
            content = content.push(boxed);
        } else if let Some(boxed) = self.failure_box(ctx) {
            content = content.push(boxed);
        }
        content = content.push(self.footer(ctx, !asking));

        key_listener(content, |key, modifiers| {
            command_for(key, modifiers).map(Message::Key)
        })
        .into()
    }

    /// The routine: one row per exercise, in order.
    fn routine_pane<'a>(
        &'a self,
        ctx: &Context<'a>,
        problems: &[core::DraftProblem],
        narrow: bool,
    ) -> Element<'a, Message> {
        let t = ctx.typography;
        let count = self.draft.entries.len();
        let title = text(t!("builder-your-routine")).size(t.heading());
        let facts = (count > 0).then(|| {
            let routine = self.draft.to_routine("draft", &ctx.profile.id, ctx.library);
            muted(
                t,
                t!(
                    "home-routine-facts",
                    count = count,
                    minutes = limber_core::words::minutes(ctx.estimate(&routine))
                ),
            )
        });
        // Narrow: the length under the title, so neither is squeezed.
        let heading: Element<'a, Message> = match facts {
            Some(facts) if narrow => column![title, facts].spacing(4).into(),
            Some(facts) => row![title, space::horizontal(), facts]
                .spacing(12)
                .align_y(Alignment::Center)
                .into(),
            None => title.into(),
        };
        let body: Element<'a, Message> = if count == 0 {
            let mut empty = column![text(t!("builder-empty")).size(t.body())].spacing(10);
            if self.tried && problems.contains(&core::DraftProblem::NoExercises) {
                empty = empty.push(warning(t, core::DraftProblem::NoExercises.to_string()));
            }
            container(empty).padding([8, 4]).into()
        } else {
            let mut rows = column![].spacing(10);
            for (index, entry) in self.draft.entries.iter().enumerate() {
                rows = rows.push(self.entry_row(ctx, index, entry, narrow));
            }
            scrollable(rows.padding(iced::Padding {
                right: 14.0,
                ..iced::Padding::ZERO
            }))
            .id(ROWS_LIST)
            .height(Length::Fill)
            .into()
        };
        let mut pane = column![heading, body].spacing(12);
        for adjusted in &self.adjusted {
            pane = pane.push(muted(
                t,
                t!(
                    "builder-adjusted",
                    exercise = adjusted.exercise.as_str(),
                    what = adjusted.what.as_str()
                ),
            ));
        }
        container(pane)
            .padding(16)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(if self.focus == Focus::Routine {
                style::card_selected
            } else {
                style::card
            })
            .into()
    }

    fn entry_row<'a>(
        &'a self,
        ctx: &Context<'a>,
        index: usize,
        entry: &'a Entry,
        narrow: bool,
    ) -> Element<'a, Message> {
        let t = ctx.typography;
        let chosen = index == self.row;
        let count = self.draft.entries.len();
        let small = |label: String, message: Option<Message>| {
            let mut b = button(text(label).size(t.body()).center())
                .padding([6, 12])
                .style(style::secondary);
            if let Some(message) = message {
                b = b.on_press(message);
            }
            b
        };
        let tools = row![
            small(
                t!("builder-up"),
                (index > 0).then_some(Message::MoveUp(index))
            ),
            small(
                t!("builder-down"),
                (index + 1 < count).then_some(Message::MoveDown(index))
            ),
            small(t!("builder-remove"), Some(Message::Remove(index))),
        ]
        .spacing(6);

        let Some(exercise) = ctx.library.exercise(&entry.exercise) else {
            let line = row![
                warning(
                    t,
                    t!(
                        "builder-exercise-gone",
                        number = index + 1,
                        exercise = entry.exercise.as_str()
                    )
                )
                .width(Length::Fill),
                tools
            ]
            .spacing(12)
            .align_y(Alignment::Center);
            return row_card(line, chosen && self.focus == Focus::Routine);
        };

        let title = button(
            text(t!(
                "routine-numbered-exercise",
                number = index + 1,
                exercise = exercise.title.as_str()
            ))
            .size(t.heading()),
        )
        .padding(0)
        // The title takes what the tools leave, wrapping on a narrow
        // window or with large text; the tools keep their size.
        .width(Length::Fill)
        .style(button::text)
        .on_press(Message::SelectRow(index));
        let limits = Limits::of(exercise);
        let per_side = limber_core::words::per_side(exercise.sides, exercise.limb);
        let hold = stepper(
            t,
            Some(t!("routine-hold")),
            t!("routine-seconds", seconds = entry.hold_seconds),
            64.0,
            Message::Hold(index, false),
            Message::Hold(index, true),
        );
        let reps = stepper(
            t,
            Some(t!("routine-repetitions")),
            t!(
                "routine-repetitions-value",
                count = entry.repetitions,
                per_side = per_side.as_str()
            ),
            120.0,
            Message::Repetitions(index, false),
            Message::Repetitions(index, true),
        );
        // "15" or "15–30": numbers, written alike in every language here.
        let range = |b: limber_core::session::dose::Bounds| {
            if b.min == b.max {
                b.min.to_string()
            } else {
                format!("{}–{}", b.min, b.max)
            }
        };
        let suggested = t!(
            "builder-suggested",
            hold = range(limits.hold_seconds),
            repetitions = range(limits.repetitions),
            per_side = per_side.as_str()
        );
        let heading: Element<'a, Message> = if narrow {
            column![title, tools].spacing(6).into()
        } else {
            row![title, tools]
                .spacing(12)
                .align_y(Alignment::Center)
                .into()
        };
        let mut details = column![
            heading,
            row![hold, reps]
                .spacing(28)
                .align_y(Alignment::Center)
                .wrap()
                .vertical_spacing(8),
            muted(t, suggested),
        ]
        .spacing(8)
        .width(Length::Fill);
        if !exercise.variations.is_empty() {
            details = details.push(versions(t, index, exercise, entry));
        }
        // The profile's own exact values win over the routine's (as on
        // every routine): say so rather than show a number that won't play.
        let choice = ctx.choice(&exercise.id);
        if let Some(own) = choice.hold_seconds.filter(|s| *s != entry.hold_seconds) {
            details = details.push(muted(t, t!("builder-own-hold", seconds = own)));
        }
        if let Some(own) = choice.repetitions.filter(|r| *r != entry.repetitions) {
            details = details.push(muted(t, t!("builder-own-repetitions", count = own)));
        }
        let hold_pose =
            exercise
                .steps
                .iter()
                .find(|s| s.role == Role::Hold)
                .map(|s| match exercise.variation(entry.variation.as_deref()) {
                    Some(variation) => variation.illustration_for(&s.illustration),
                    None => s.illustration.clone(),
                });
        let thumbnail = (!narrow).then(|| {
            container(
                FigureView::illustration(ctx, hold_pose.as_ref(), Some(exercise.highlight), false)
                    .view(),
            )
            .width(Length::Fixed(120.0))
            .height(Length::Fixed(90.0))
        });
        row_card(
            row![thumbnail, details]
                .spacing(14)
                .align_y(Alignment::Center),
            chosen && self.focus == Focus::Routine,
        )
    }

    /// The exercises to add, found by the search.
    fn library_pane<'a>(&'a self, ctx: &Context<'a>, narrow: bool) -> Element<'a, Message> {
        let t = ctx.typography;
        let found = self.found(ctx);
        let field = text_input(&t!("builder-search-placeholder"), &self.query)
            .style(style::text_field)
            .id(SEARCH_FIELD)
            .size(t.body())
            .padding([10, 14])
            .on_input(Message::Search)
            .on_submit(Message::SearchSubmitted);
        let mut list = column![].spacing(8);
        let keyboard_here = self.focus == Focus::Library;
        for (index, exercise) in found.exercises.iter().enumerate() {
            list = list.push(result_row(
                ctx,
                exercise,
                self.draft.contains(&exercise.id),
                keyboard_here && index == self.result,
                narrow,
            ));
        }
        if found.exercises.is_empty() {
            list =
                list.push(text(t!("builder-no-match", query = self.query.trim())).size(t.body()));
        }
        if found.more > 0 {
            list = list.push(muted(t, t!("builder-more-found", count = found.more)));
        }
        let mut pane =
            column![text(t!("builder-add-exercises")).size(t.heading()), field,].spacing(12);
        if let Some(note) = &self.note {
            pane = pane.push(muted(t, note.clone()));
        }
        pane = pane.push(
            scrollable(list.padding(iced::Padding {
                right: 14.0,
                ..iced::Padding::ZERO
            }))
            .id(RESULTS_LIST)
            .height(Length::Fill),
        );
        container(pane)
            .padding(16)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(if keyboard_here {
                style::card_selected
            } else {
                style::card
            })
            .into()
    }

    /// The keys of the place the keyboard is in, Delete (when editing) and
    /// Save.
    fn footer<'a>(&'a self, ctx: &Context<'a>, with_buttons: bool) -> Element<'a, Message> {
        let t = ctx.typography;
        let keys = match (self.question, self.focus) {
            (Some(Question::Delete), _) => t!("builder-keys-delete-question"),
            (Some(Question::Leave), _) => t!("builder-keys-leave-question"),
            (None, Focus::Name) => t!("builder-keys-name"),
            (None, Focus::Library) => t!("builder-keys-library"),
            (None, Focus::Routine) => t!("builder-keys-routine"),
            (None, Focus::Save) => t!("builder-keys-save"),
            (None, Focus::Delete) => t!("builder-keys-delete"),
        };
        let mut line = row![muted(t, keys).width(Length::Fill)]
            .spacing(12)
            .align_y(Alignment::Center);
        if !with_buttons {
            return line.into();
        }
        if self.editing.is_some() {
            let mut delete = button(text(t!("builder-ask-delete")).size(t.control()))
                .padding([12, 20])
                .style(style::secondary);
            if !self.saving {
                delete = delete.on_press(Message::AskDelete);
            }
            line = line.push(ring(delete, self.focus == Focus::Delete));
        }
        let label = if self.saving {
            t!("builder-saving")
        } else {
            t!("builder-save")
        };
        let mut save = button(text(label).size(t.heading()))
            .padding([12, 32])
            .style(style::primary);
        if !self.saving {
            save = save.on_press(Message::Save);
        }
        line.push(ring(save, self.focus == Focus::Save)).into()
    }

    fn question_box<'a>(&'a self, ctx: &Context<'a>) -> Option<Element<'a, Message>> {
        let t = ctx.typography;
        let question = self.question?;
        let (words, yes, no): (String, Element<'a, Message>, Element<'a, Message>) = match question
        {
            Question::Delete => (
                {
                    let editing = self.editing.as_ref();
                    // The weekly plan keeps its routines by id: deleting
                    // takes it out of every profile's plan too (no
                    // reminder for a routine that is gone); say so
                    // beforehand.
                    let planned = editing.is_some_and(|e| {
                        ctx.planned
                            .and_then(|planned| planned.plan())
                            .is_some_and(|plan| plan.get(&e.id).is_some())
                    });
                    t!(
                        "builder-delete-question",
                        routine = editing.map_or_else(String::new, |e| e.opened.title.clone()),
                        planned = if planned { "yes" } else { "no" }
                    )
                },
                button(text(t!("builder-delete")).size(t.control()))
                    .padding([10, 20])
                    .style(style::danger)
                    .on_press(Message::ConfirmDelete)
                    .into(),
                button(text(t!("builder-keep")).size(t.control()))
                    .padding([10, 20])
                    .style(style::secondary)
                    .on_press(Message::Cancel)
                    .into(),
            ),
            Question::Leave => (
                t!("builder-leave-question"),
                button(text(t!("builder-keep-editing")).size(t.control()))
                    .padding([10, 20])
                    .style(style::primary)
                    .on_press(Message::Cancel)
                    .into(),
                button(text(t!("builder-leave")).size(t.control()))
                    .padding([10, 20])
                    .style(style::secondary)
                    .on_press(Message::Leave)
                    .into(),
            ),
        };
        Some(
            container(beside_its_buttons(
                t,
                text(words).size(t.body()),
                row![yes, no].spacing(14),
            ))
            .padding([12, 16])
            .width(Length::Fill)
            .style(style::caution)
            .into(),
        )
    }

    fn failure_box<'a>(&'a self, ctx: &Context<'a>) -> Option<Element<'a, Message>> {
        let t = ctx.typography;
        let failure = self.failure.as_ref()?;
        let button_of = |label: String, message: Message, primary: bool| {
            button(text(label).size(t.control()))
                .padding([10, 20])
                .style(if primary {
                    style::primary
                } else {
                    style::secondary
                })
                .on_press(message)
        };
        let body: Element<'a, Message> = match failure {
            Failure::Changed => beside_its_buttons(
                t,
                text(t!("builder-changed-outside")).size(t.body()),
                row![
                    button_of(t!("builder-save-over"), Message::ReplaceChanged, true),
                    button_of(t!("builder-open-other"), Message::Reopen, false),
                ]
                .spacing(14),
            ),
            Failure::Gone => beside_its_buttons(
                t,
                text(t!("builder-deleted-outside")).size(t.body()),
                row![
                    button_of(t!("builder-save-again"), Message::ReplaceChanged, true),
                    button_of(t!("builder-leave-deleted"), Message::Leave, false),
                ]
                .spacing(14),
            ),
            Failure::Other(message) => text(t!("builder-not-saved", reason = message.as_str()))
                .size(t.body())
                .into(),
        };
        Some(
            container(body)
                .padding([12, 16])
                .width(Length::Fill)
                .style(style::caution)
                .into(),
        )
    }
}

// ----------------------------------------------------------------------
// The work the app runs for this screen, off the window's thread.
// ----------------------------------------------------------------------

/// What a save or a delete did, with the content loaded again (so the
/// routine's tile is on Home at once).
#[derive(Debug)]
pub enum Done {
    Saved {
        id: String,
        /// A new routine, not a change of one.
        new: bool,
        /// Versions chosen, for the profile.
        versions: Vec<(String, Option<String>)>,
        /// Where the version on disk it replaced was kept, if it had
        /// changed meanwhile.
        kept: Option<PathBuf>,
        reloaded: Reloaded,
    },
    Deleted {
        id: String,
        title: String,
        /// Where its file went.
        kept: Option<PathBuf>,
        reloaded: Reloaded,
    },
    Failed(Failure),
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

/// The key, as a command of the builder (the line at the bottom names
/// them).
fn command_for(key: &Key, modifiers: Modifiers) -> Option<Command> {
    let command = match key.as_ref() {
        Key::Named(Named::Tab) if modifiers.shift() => Command::Previous,
        Key::Named(Named::Tab) => Command::Next,
        Key::Named(Named::ArrowUp) if modifiers.alt() => Command::MoveUp,
        Key::Named(Named::ArrowDown) if modifiers.alt() => Command::MoveDown,
        Key::Named(Named::ArrowUp) => Command::Up,
        Key::Named(Named::ArrowDown) => Command::Down,
        Key::Named(Named::ArrowLeft) if modifiers.shift() => Command::Fewer,
        Key::Named(Named::ArrowRight) if modifiers.shift() => Command::Plus,
        Key::Named(Named::ArrowLeft) => Command::Less,
        Key::Named(Named::ArrowRight) => Command::More,
        Key::Named(Named::Delete | Named::Backspace) => Command::Remove,
        Key::Named(Named::Enter) => Command::Enter,
        Key::Named(Named::Escape) => Command::Escape,
        Key::Character(c) if modifiers.command() && c.eq_ignore_ascii_case("s") => Command::Save,
        Key::Character(c) if !modifiers.command() && !modifiers.alt() => {
            // The Routine screen's keys work here too.
            match c {
                "v" | "V" => Command::Version,
                "-" | "_" | "\u{2212}" => Command::Less,
                "+" | "=" => Command::More,
                "[" => Command::Fewer,
                "]" => Command::Plus,
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(command)
}

/// One step up or down a list of `count`, staying in it.
fn step(index: usize, down: bool, count: usize) -> usize {
    if count == 0 {
        return 0;
    }
    if down {
        (index + 1).min(count - 1)
    } else {
        index.saturating_sub(1).min(count - 1)
    }
}

/// Scrolls a list so the entry at `index` of `count` is about in view.
fn reveal(list: &'static str, index: usize, count: usize) -> Action {
    let fraction = if count <= 1 {
        0.0
    } else {
        index as f32 / (count - 1) as f32
    };
    Action::Reveal(list, fraction)
}

fn muted<'a>(t: style::Type, words: String) -> text::Text<'a> {
    text(words).size(t.small()).style(|theme| text::Style {
        color: Some(style::muted(theme)),
    })
}

fn warning<'a>(t: style::Type, words: String) -> text::Text<'a> {
    text(words)
        .size(t.body())
        .style(|theme: &iced::Theme| text::Style {
            color: Some(style::Tokens::of(theme).danger),
        })
}

/// The accent ring around what the keyboard is on (the same room without
/// it, so nothing moves when it comes and goes).
fn ring<'a>(content: impl Into<Element<'a, Message>>, on: bool) -> Element<'a, Message> {
    let boxed = container(content).padding(4);
    if on {
        boxed.style(style::focus_ring).into()
    } else {
        boxed.into()
    }
}

fn row_card<'a>(content: impl Into<Element<'a, Message>>, chosen: bool) -> Element<'a, Message> {
    container(content)
        .padding([10, 14])
        .width(Length::Fill)
        .style(if chosen {
            style::card_selected
        } else {
            style::card
        })
        .into()
}

/// A question or a problem and its buttons: beside them, or, at a larger
/// text size (where the buttons would leave the words a sliver), above
/// them.
fn beside_its_buttons<'a>(
    t: style::Type,
    words: iced::widget::Text<'a>,
    buttons: iced::widget::Row<'a, Message>,
) -> Element<'a, Message> {
    if t.scale() > 1.0 {
        column![words, buttons.wrap().vertical_spacing(10)]
            .spacing(10)
            .into()
    } else {
        row![words.width(Length::Fill), buttons]
            .spacing(14)
            .align_y(Alignment::Center)
            .into()
    }
}

/// "Version: [Usual] [Other leg flat]".
fn versions<'a>(
    t: style::Type,
    index: usize,
    exercise: &'a Exercise,
    entry: &Entry,
) -> Element<'a, Message> {
    let mut line = row![text(t!("routine-version")).size(t.body())]
        .spacing(8)
        .align_y(Alignment::Center);
    line = line.push(controls::choice(
        t,
        t!("routine-version-usual"),
        entry.variation.is_none(),
        Message::Variation(index, None),
    ));
    for variation in &exercise.variations {
        line = line.push(controls::choice(
            t,
            variation.title.as_str(),
            entry.variation.as_deref() == Some(variation.title.as_str()),
            Message::Variation(index, Some(variation.title.clone())),
        ));
    }
    line.into()
}

/// An exercise to add: a small figure, its title and areas; a click adds
/// it. One already in the routine says so and is not a target.
fn result_row<'a>(
    ctx: &Context<'a>,
    exercise: &'a Exercise,
    added: bool,
    chosen: bool,
    narrow: bool,
) -> Element<'a, Message> {
    let t = ctx.typography;
    let areas: Vec<&str> = exercise
        .areas
        .iter()
        .map(|id| {
            ctx.library
                .area(id)
                .map_or(id.as_str(), |a| a.title.as_str())
        })
        .collect();
    let hold_pose = exercise
        .steps
        .iter()
        .find(|s| s.role == Role::Hold)
        .map(|s| &s.illustration);
    let thumbnail = (!narrow).then(|| {
        container(FigureView::illustration(ctx, hold_pose, Some(exercise.highlight), false).view())
            .width(Length::Fixed(84.0))
            .height(Length::Fixed(56.0))
    });
    let status = if added {
        t!("builder-added")
    } else {
        t!("builder-add")
    };
    let body = row![
        thumbnail,
        column![
            text(exercise.title.clone()).size(t.control()),
            muted(t, areas.join(", ")),
        ]
        .spacing(2)
        .width(Length::Fill),
        text(status).size(t.body()),
    ]
    .spacing(12)
    .align_y(Alignment::Center);
    let mut entry = button(body)
        .padding([6, 12])
        .width(Length::Fill)
        .style(if chosen {
            style::list_item_selected
        } else {
            style::list_item
        });
    if !added {
        entry = entry.on_press(Message::Add(exercise.id.clone().into()));
    }
    entry.into()
}
