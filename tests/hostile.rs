//! Hostile files (issue 10): each is refused, or drawn as a placeholder
//! naming the file, without a panic, a hang or an unbounded allocation.
//!
//! FIFOs and links to `/dev/zero` are made here at run time.

use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// Runs `work` on its own thread and fails (instead of hanging the test
/// run) if it takes longer than `seconds`.
fn within<T: Send + 'static>(
    seconds: u64,
    what: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name(what.to_owned())
        .spawn(move || {
            let _ = sender.send(work());
        })
        .expect("spawn");
    receiver
        .recv_timeout(Duration::from_secs(seconds))
        .unwrap_or_else(|_| panic!("{what} did not finish within {seconds} s (a hang)"))
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_content_file_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    fs::create_dir_all(content.join("exercises")).expect("mkdir");
    mkfifo(&content.join("exercises/x.ron"));
    let folder = content.clone();
    let out = within(30, "limber check", move || {
        let mut out = Vec::new();
        let outcome = limber::content::check(Some(&folder), &mut out).expect("check runs");
        (outcome, String::from_utf8(out).expect("UTF-8"))
    });
    let (outcome, out) = out;
    assert!(!outcome.is_ok(), "{out}");
    let fifo = content.join("exercises/x.ron").display().to_string();
    assert!(
        out.lines()
            .any(|l| l.starts_with(&fifo) && l.contains("named pipe")),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_an_image_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("x.png");
    mkfifo(&fifo);
    let path = fifo.clone();
    let result = within(30, "loading x.png", move || {
        limber::figure::load_file(&path).map(|_| ())
    });
    let message = result.expect_err("a FIFO is not an image").to_string();
    assert!(message.contains("x.png"), "{message}");
}

#[cfg(unix)]
#[test]
fn a_link_to_dev_zero_named_like_a_content_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    fs::create_dir_all(content.join("routines")).expect("mkdir");
    fs::create_dir_all(content.join("images")).expect("mkdir");
    std::os::unix::fs::symlink("/dev/zero", content.join("routines/zero.ron")).expect("link");
    std::os::unix::fs::symlink("/dev/zero", content.join("images/zero.png")).expect("link");
    let folder = content.clone();
    let (outcome, out) = within(30, "limber check", move || {
        let mut out = Vec::new();
        let outcome = limber::content::check(Some(&folder), &mut out).expect("check runs");
        (outcome, String::from_utf8(out).expect("UTF-8"))
    });
    assert!(!outcome.is_ok(), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains("zero.ron") && l.contains("a device")),
        "{out}"
    );
    let image = content.join("images/zero.png");
    let message = within(30, "loading zero.png", move || {
        limber::figure::load_file(&image).map(|_| ())
    })
    .expect_err("a device is not an image")
    .to_string();
    assert!(message.contains("zero.png"), "{message}");
}
