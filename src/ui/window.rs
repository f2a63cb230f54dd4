//! The window: its settings, its icon, and running the app in it (with a
//! plain message, not a panic, when no window can open at all).

use super::{App, Options};

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

/// Why the app could not run (said in the language in use).
#[derive(Debug)]
pub enum RunError {
    Store(std::io::Error),
    Window(iced::Error),
    /// The windowing system refused before the app started (iced's event
    /// loop panics on that, e.g. with no display at all).
    NoWindow(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            RunError::Store(error) => {
                limber_core::t!("notices-store-not-started", reason = error.to_string())
            }
            RunError::Window(error) => {
                limber_core::t!("notices-no-window", reason = error.to_string())
            }
            RunError::NoWindow(reason) => {
                limber_core::t!("notices-no-window", reason = reason.as_str())
            }
        })
    }
}

impl std::error::Error for RunError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RunError::Store(error) => Some(error),
            RunError::Window(error) => Some(error),
            RunError::NoWindow(_) => None,
        }
    }
}

/// Opens the window and runs the app until it is closed.
pub fn run(options: Options) -> Result<(), RunError> {
    if let Some(reason) = no_display() {
        return Err(RunError::NoWindow(reason));
    }
    let app = App::new(options).map_err(RunError::Store)?;
    let booted = std::cell::RefCell::new(Some(app));
    let started = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // iced's event loop panics when the windowing system refuses (no
    // display, a broken X server). Until the app has booted, such a panic
    // is turned into a message; after that, panics are bugs and go to the
    // usual hook.
    let refusal = std::sync::Arc::new(std::sync::Mutex::new(None::<String>));
    let usual_hook = std::sync::Arc::new(std::panic::take_hook());
    {
        let started = std::sync::Arc::clone(&started);
        let refusal = std::sync::Arc::clone(&refusal);
        let usual_hook = std::sync::Arc::clone(&usual_hook);
        std::panic::set_hook(Box::new(move |info| {
            if started.load(std::sync::atomic::Ordering::SeqCst) {
                usual_hook(info);
            } else if let Ok(mut slot) = refusal.lock() {
                let payload = info
                    .payload()
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| {
                        info.payload()
                            .downcast_ref::<&str>()
                            .map(|s| (*s).to_owned())
                    })
                    .unwrap_or_else(|| limber_core::t!("notices-window-refused"));
                *slot = Some(payload);
            }
        }));
    }
    let boot_started = std::sync::Arc::clone(&started);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        iced::application(
            move || {
                boot_started.store(true, std::sync::atomic::Ordering::SeqCst);
                booted
                    .borrow_mut()
                    .take()
                    .unwrap_or_else(|| unreachable!("iced boots the application exactly once"))
            },
            App::update,
            App::view,
        )
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .default_font(iced::Font::with_name("Fira Sans"))
        .window(window_settings())
        .run()
    }));
    match outcome {
        Ok(result) => result.map_err(RunError::Window),
        Err(panic) if !started.load(std::sync::atomic::Ordering::SeqCst) => {
            let reason = refusal
                .lock()
                .ok()
                .and_then(|mut slot| slot.take())
                .unwrap_or_else(|| limber_core::t!("notices-window-refused"));
            drop(panic);
            Err(RunError::NoWindow(reason))
        }
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// The window: it opens within a 1366×768 laptop screen that has a task
/// bar and a title bar (768 − 48 − 37 = 683 px high), and can shrink to a
/// 1024×600 screen's room; every screen scrolls where it needs to.
pub fn window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: iced::Size::new(1280.0, 680.0),
        min_size: Some(iced::Size::new(800.0, 500.0)),
        icon: window_icon(),
        // The app's id (the Wayland app id, the X11 WM_CLASS), so a dock
        // or task bar shows the window under the menu entry's name and icon
        // instead of an unknown program.
        #[cfg(all(unix, not(target_os = "macos")))]
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: crate::APP_ID.to_owned(),
            ..Default::default()
        },
        ..iced::window::Settings::default()
    }
}

/// Why no window can open at all, before trying: on Linux and the BSDs a
/// window needs an X11 or Wayland display.
fn no_display() -> Option<String> {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return None;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    (!set("DISPLAY") && !set("WAYLAND_DISPLAY") && !set("WAYLAND_SOCKET"))
        .then(|| limber_core::t!("notices-no-display"))
}
