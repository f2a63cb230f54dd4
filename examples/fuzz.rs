//! Fuzzing every parser of files a person (or an attacker) can put in
//! Limber's folders: content RON (areas, exercises, routines, poses), the
//! profile file, the profile list, the history file, the weekly plan and
//! the reminder state, a pack's manifest, SVG illustrations and PNG/JPEG
//! illustrations; and the writers of text that leaves
//! Limber: the iCalendar export and the terminal escaping, each
//! given fuzzed titles and names and checked to let no control character
//! or injected line through.
//!
//! Each case is a seed file (the shipped content, a file the store wrote, a
//! hand-made SVG, a small PNG or JPEG, the hostile corpus) with one to four
//! edits chosen by proptest strategies (bit flips, deletions, duplications,
//! inserted bytes, tokens of the format, large numbers), handed to the same
//! public entry point the app uses. A panic is caught, counted and its input
//! saved; the time of every case is measured.
//!
//! Run: `cargo run --example fuzz` (100,000 cases per parser), or
//! `cargo run --example fuzz -- --cases 1000 --only svg --seed 7`; replay a
//! saved case with `-- --only svg --replay target/fuzz-panics/svg-123-s5.bin`.
//! Prints, per parser: cases, time, the slowest case, how many cases were
//! accepted whole, and panics: those that escaped the entry point (a crash
//! in the app; the run exits non-zero) and those caught inside it (the SVG
//! loader refuses a file on which usvg or resvg panicked). Inputs that
//! panicked, and each parser's slowest input, are written to
//! `target/fuzz-panics/`.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use limber_core::content::Library;
use limber_core::profile::{ExerciseRecord, SessionRecord, Store};
use limber_core::session::dose::Intensity;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// One edit of a seed file; positions are fractions of its length.
#[derive(Debug, Clone)]
enum Edit {
    FlipBit { at: f64, bit: u8 },
    SetByte { at: f64, byte: u8 },
    Delete { at: f64, len: usize },
    Duplicate { at: f64, len: usize },
    Insert { at: f64, bytes: Vec<u8> },
    Token { at: f64, token: usize },
    Number { at: f64, digits: u64 },
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0.0..1.0f64;
    prop_oneof![
        1 => (at.clone(), 0..8u8).prop_map(|(at, bit)| Edit::FlipBit { at, bit }),
        1 => (at.clone(), any::<u8>()).prop_map(|(at, byte)| Edit::SetByte { at, byte }),
        1 => (at.clone(), 1..64usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        1 => (at.clone(), 1..256usize).prop_map(|(at, len)| Edit::Duplicate { at, len }),
        1 => (at.clone(), proptest::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(at, bytes)| Edit::Insert { at, bytes }),
        1 => (at.clone(), any::<usize>()).prop_map(|(at, token)| Edit::Token { at, token }),
        3 => (at, prop_oneof![Just(0u64), Just(255), Just(256), Just(65_535), Just(4_294_967_296), Just(u64::MAX), any::<u64>()])
            .prop_map(|(at, digits)| Edit::Number { at, digits }),
    ]
}

fn position(at: f64, len: usize) -> usize {
    ((at * len as f64) as usize).min(len)
}

fn apply(seed: &[u8], edits: &[Edit], tokens: &[&[u8]]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for edit in edits {
        let len = bytes.len();
        match edit {
            Edit::FlipBit { at, bit } => {
                if len > 0 {
                    let i = position(*at, len - 1);
                    bytes[i] ^= 1 << bit;
                }
            }
            Edit::SetByte { at, byte } => {
                if len > 0 {
                    let i = position(*at, len - 1);
                    bytes[i] = *byte;
                }
            }
            Edit::Delete { at, len: n } => {
                let i = position(*at, len);
                let end = (i + n).min(len);
                bytes.drain(i..end);
            }
            Edit::Duplicate { at, len: n } => {
                let i = position(*at, len);
                let end = (i + n).min(len);
                let copy = bytes[i..end].to_vec();
                bytes.splice(end..end, copy);
            }
            Edit::Insert { at, bytes: new } => {
                let i = position(*at, len);
                bytes.splice(i..i, new.iter().copied());
            }
            Edit::Token { at, token } => {
                if !tokens.is_empty() {
                    let i = position(*at, len);
                    let token = tokens[token % tokens.len()];
                    bytes.splice(i..i, token.iter().copied());
                }
            }
            Edit::Number { at, digits } => {
                // Replace the number (or the byte) at the place by another.
                let i = position(*at, len);
                let end = bytes[i..]
                    .iter()
                    .position(|b| !b.is_ascii_digit())
                    .map_or(len, |p| i + p);
                let end = end.max((i + 1).min(len));
                bytes.splice(i..end, digits.to_string().into_bytes());
            }
        }
    }
    bytes
}

const RON_TOKENS: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b",",
    b":",
    b"//",
    b"/*",
    b"*/",
    b"r#\"",
    b"\"#",
    b"Some(",
    b"None",
    b"true",
    b"false",
    b"-1",
    b"1e308",
    b"NaN",
    b"inf",
    b"'\\u{0}'",
    b"\xef\xbb\xbf",
    b"\xc3\xa9",
    b"\xf0\x9f\x98\x80",
    b"\xff",
    b"role: Hold",
    b"role: Setup",
    b"Image(\"images/x.png\")",
    b"Image(\"../x.svg\")",
    b"Image(\"/etc/passwd\")",
    b"Pose(\"standing\")",
    b"hold_seconds: (0, 0)",
    b"repetitions: (9, 1)",
    b"version: 2",
    b"version: 4294967296",
    b"pain_after: Some(256)",
    b"volume: 300",
    b"started_at: 18446744073709551615",
    b"#![enable(implicit_some)]",
];

const SVG_TOKENS: &[&[u8]] = &[
    b"<",
    b">",
    b"/>",
    b"</g>",
    b"<g>",
    b"<g opacity='0.5'>",
    b"\"",
    b"'",
    b"=",
    b"&",
    b"&lt;",
    b"&#x10FFFF;",
    b"&#0;",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"]]>",
    b"<?xml version='1.0'?>",
    b"<!DOCTYPE svg>",
    b"<!ENTITY a 'b'>",
    b"<use href='#a'/>",
    b"id='a'",
    b"href='#a'",
    b"href='/etc/passwd'",
    b"href='data:image/png;base64,AAAA'",
    b"url(#a)",
    b"url(x.svg#a)",
    b"transform='scale(1e30)'",
    b"transform='matrix(0 0 0 0 0 0)'",
    b"width='1e9'",
    b"width='-1'",
    b"viewBox='0 0 0 0'",
    b"viewBox='0 0 1e-30 1e30'",
    b"stroke-width='1e20'",
    b"d='M0 0 L1e38 1e38'",
    b"NaN",
    b"inf",
    b"-0",
    b"1e-45",
    b"marker-mid='url(#m)'",
    b"filter='url(#f)'",
    b"<feGaussianBlur stdDeviation='1e9'/>",
    b"<text>x</text>",
    b"font-size='1e9'",
    b"<pattern id='p' width='1e6' height='1e6'/>",
    b"fill='url(#p)'",
    b"clip-path='url(#c)'",
    b"mask='url(#m)'",
    b"<style>*{fill:url(#a)}</style>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
];

const RASTER_TOKENS: &[&[u8]] = &[
    b"IHDR",
    b"IDAT",
    b"IEND",
    b"PLTE",
    b"tRNS",
    b"iCCP",
    b"acTL",
    b"fcTL",
    b"\xff\xff\xff\xff",
    b"\x00\x00\x9c\x40",
    b"\x00\x00\x00\x00",
    b"\xff\xd8",
    b"\xff\xd9",
    b"\xff\xc0",
    b"\xff\xc2",
    b"\xff\xc4",
    b"\xff\xda",
    b"\xff\xdb",
    b"\xff\xdd",
    b"\x9c\x40\x9c\x40",
    b"\x78\x9c",
];

/// Calls one parser with a case (the index of its seed, and the bytes);
/// returns whether the input was accepted whole (loaded, drawn, no problem
/// or notice): a fuzzer whose inputs are all refused at the first byte
/// tests little, so the rate is printed.
type Run = Box<dyn Fn(usize, &[u8]) -> bool>;

/// What one parser is given and how it is called.
struct Target {
    name: &'static str,
    seeds: Vec<Vec<u8>>,
    tokens: &'static [&'static [u8]],
    run: Run,
    /// Repairs checksums after the edits (PNG chunks), so the cases reach
    /// the decoder instead of stopping at a CRC mismatch.
    fix: fn(&mut [u8]),
}

fn no_fix(_: &mut [u8]) {}

/// CRC-32 as PNG chunks use it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Rewrites the CRC of every chunk whose length still fits the file.
fn fix_png_crcs(bytes: &mut [u8]) {
    let mut at = 8;
    while at + 12 <= bytes.len() {
        let len =
            u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
        let Some(end) = (at + 8).checked_add(len) else {
            break;
        };
        if end + 4 > bytes.len() {
            break;
        }
        let crc = crc32(&bytes[at + 4..end]).to_be_bytes();
        bytes[end..end + 4].copy_from_slice(&crc);
        at = end + 4;
    }
}

fn corpus(folder: &str, max_bytes: usize) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile")
        .join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter_map(|path| std::fs::read(path).ok())
        .filter(|bytes| bytes.len() <= max_bytes)
        .collect()
}

/// Every shipped content file: (path in the folder, text).
fn shipped_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files = Vec::new();
    for folder in ["areas", "exercises", "routines", "poses"] {
        let mut names: Vec<String> = std::fs::read_dir(root.join(folder))
            .expect("shipped folder")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            let text =
                std::fs::read_to_string(root.join(folder).join(&name)).expect("shipped file");
            files.push((format!("{folder}/{name}"), text));
        }
    }
    files
}

/// A content file of one kind, fuzzed among the other shipped files (so
/// its references can resolve and the cross checks run both ways).
fn content_target(name: &'static str, folder: &'static str, scratch: &Path) -> Target {
    let root = scratch.join("content");
    let all = shipped_files();
    let own: Vec<usize> = (0..all.len())
        .filter(|&i| all[i].0.starts_with(&format!("{folder}/")))
        .collect();
    let seeds = own.iter().map(|&i| all[i].1.clone().into_bytes()).collect();
    Target {
        name,
        seeds,
        tokens: RON_TOKENS,
        run: Box::new(move |seed, bytes| {
            let text = String::from_utf8_lossy(bytes);
            let fuzzed = own[seed];
            let mut files: Vec<(&str, &str)> = all
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != fuzzed)
                .map(|(_, (path, text))| (path.as_str(), text.as_str()))
                .collect();
            files.push((all[fuzzed].0.as_str(), &text));
            let (_library, problems) = Library::load_texts(&root, &files);
            problems.is_empty()
        }),
        fix: no_fix,
    }
}

/// A fresh data folder for one case (cheap on tmpfs).
fn fresh(dir: &Path) -> PathBuf {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("profiles")).expect("data folder");
    std::fs::create_dir_all(dir.join("history")).expect("data folder");
    dir.to_path_buf()
}

fn store_seeds(scratch: &Path) -> (Vec<u8>, Vec<u8>) {
    let dir = fresh(&scratch.join("seed"));
    let (mut store, _) = Store::open(&dir).expect("store opens");
    store.set_safety_seen().expect("save");
    let id = store.current().id.clone();
    for (n, pain) in [(0u64, Some(3u8)), (1, None)] {
        store
            .append_history(SessionRecord {
                started_at: 1_700_000_000 + n * 86_400,
                routine_id: "lower-back".into(),
                routine_title: "Lower back".into(),
                duration_seconds: 540,
                exercises: vec![ExerciseRecord {
                    id: "knee-to-chest".into(),
                    title: "Knee to chest".into(),
                    intensity: Intensity::Standard,
                    hold_seconds: 20,
                    repetitions: 3,
                    completed: true,
                    sides: Some(limber_core::profile::SideRecord { left: 3, right: 2 }),
                    holds_done: None,
                    variation: None,
                }],
                pain_before: Some(4),
                pain_after: pain,
                ending: Some(limber_core::profile::Ending::StoppedForPain {
                    exercise_id: "knee-to-chest".into(),
                }),
            })
            .expect("save history");
    }
    let profile =
        std::fs::read(dir.join("profiles").join(format!("{id}.ron"))).expect("profile file");
    let history =
        std::fs::read(dir.join("history").join(format!("{id}.ron"))).expect("history file");
    (profile, history)
}

fn svg_seeds() -> Vec<Vec<u8>> {
    let png = {
        let image = image::RgbaImage::from_fn(4, 3, |x, y| {
            image::Rgba([x as u8 * 60, y as u8 * 80, 200, 255])
        });
        let mut bytes = Vec::new();
        image
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Png,
            )
            .expect("encode");
        bytes
    };
    let png_url = format!("data:image/png;base64,{}", base64(&png));
    let nested = format!(
        "data:image/svg+xml;base64,{}",
        base64(b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><circle cx='5' cy='5' r='4' fill='teal'/></svg>")
    );
    let ns = "xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'";
    let mut seeds: Vec<Vec<u8>> = [
        format!("<svg {ns} width='120' height='80' viewBox='0 0 120 80'><rect x='10' y='10' width='50' height='30' rx='5' fill='#3a7' stroke='black' stroke-width='2'/><circle cx='90' cy='40' r='20' fill='none' stroke='#c33'/><line x1='0' y1='0' x2='120' y2='80' stroke='gray' stroke-dasharray='4 2'/></svg>"),
        format!("<svg {ns} width='100' height='100'><defs><marker id='m' markerWidth='6' markerHeight='6' refX='3' refY='3' orient='auto'><path d='M0,0 L6,3 L0,6 z'/></marker></defs><path d='M10 90 C 30 10, 70 10, 90 90' fill='none' stroke='black' marker-end='url(#m)' marker-mid='url(#m)'/><polyline points='10,10 20,30 30,10 40,30' fill='none' stroke='blue' marker-start='url(#m)'/></svg>"),
        format!("<svg {ns} width='100' height='60'><defs><linearGradient id='g' x1='0' x2='1'><stop offset='0' stop-color='#fff'/><stop offset='1' stop-color='#06c'/></linearGradient><radialGradient id='r' xlink:href='#g'/><pattern id='p' width='10' height='10' patternUnits='userSpaceOnUse'><circle cx='5' cy='5' r='3' fill='url(#g)'/></pattern></defs><rect width='100' height='30' fill='url(#g)'/><rect y='30' width='100' height='30' fill='url(#p)' stroke='url(#r)'/></svg>"),
        format!("<svg {ns} viewBox='0 0 50 50'><defs><g id='a'><rect width='5' height='5'/></g><clipPath id='c'><circle cx='25' cy='25' r='20'/></clipPath><mask id='k'><rect width='50' height='50' fill='white' opacity='0.5'/></mask><filter id='f'><feGaussianBlur stdDeviation='2'/><feOffset dx='2' dy='2'/></filter></defs><g clip-path='url(#c)' mask='url(#k)'><use href='#a' x='10'/><use xlink:href='#a' x='20' transform='rotate(30)'/></g><g filter='url(#f)' opacity='0.7'><use href='#a' y='30'/></g></svg>"),
        format!("<svg {ns} width='80' height='40'><style>.t{{fill:#333;font-size:12px}} rect{{fill:url(#g)}}</style><linearGradient id='g'><stop offset='0' stop-color='red'/></linearGradient><rect width='80' height='10'/><text x='5' y='30' class='t'>Knee <tspan font-weight='bold'>up</tspan></text></svg>"),
        format!("<svg {ns} width='40' height='30'><image width='40' height='30' href='{png_url}'/><image x='10' width='10' height='10' xlink:href='{nested}'/></svg>"),
        format!("<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'>\n<!-- drawn by hand -->\n<svg {ns} width='10mm' height='5mm'><g transform='translate(1 1) scale(2)'><ellipse cx='2' cy='1' rx='2' ry='1'/><polygon points='0,0 3,0 1,2'/></g><switch><g systemLanguage='en'><rect width='1' height='1'/></g></switch><a href='#x'><rect id='x' width='2' height='2'/></a></svg>"),
    ]
    .into_iter()
    .map(String::into_bytes)
    .collect();
    seeds.extend(corpus("svg", 4096));
    seeds
}

fn raster_seeds() -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
    let image = image::RgbaImage::from_fn(16, 12, |x, y| {
        image::Rgba([x as u8 * 16, y as u8 * 20, 128, 200])
    });
    let encode = |format| {
        let mut bytes = Vec::new();
        image::DynamicImage::ImageRgba8(image.clone())
            .to_rgb8()
            .write_to(&mut std::io::Cursor::new(&mut bytes), format)
            .expect("encode");
        bytes
    };
    let mut rgba_png = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut rgba_png),
            image::ImageFormat::Png,
        )
        .expect("encode");
    let mut png = vec![rgba_png, encode(image::ImageFormat::Png)];
    let mut jpeg = vec![encode(image::ImageFormat::Jpeg)];
    for seed in corpus("raster", 4096) {
        if seed.starts_with(b"\xff\xd8") {
            jpeg.push(seed);
        } else {
            png.push(seed);
        }
    }
    (png, jpeg)
}

/// Standard base64, for the data URLs of the SVG seeds.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// A plan file and a reminder state the store wrote.
fn schedule_seeds(scratch: &Path) -> (Vec<u8>, Vec<u8>) {
    let dir = fresh(&scratch.join("schedule-seed"));
    let (mut store, _) = Store::open(&dir).expect("store opens");
    let id = store.current().id.clone();
    let plan = store
        .update_plan(&id, |plan| {
            plan.set(limber_core::schedule::PlannedRoutine {
                routine: "lower-back".into(),
                days: "mon-fri".parse().expect("days"),
                at: "08:00".parse().expect("time"),
                since: None,
            });
        })
        .expect("plan saved");
    let now = chrono::DateTime::from_timestamp(1_715_600_000, 0)
        .expect("a time")
        .with_timezone(&chrono::Utc);
    store
        .update_reminder_state(&id, |state| {
            limber_core::schedule::reminder::take_due(
                &plan,
                state,
                &limber_core::schedule::reminder::DoneDays::default(),
                &now,
            );
        })
        .expect("reminders saved");
    let read = |folder: &str| {
        std::fs::read(dir.join(folder).join(format!("{id}.ron"))).unwrap_or_default()
    };
    (read("plans"), read("reminders"))
}

/// Text for the writers: a title or a name, the fuzzed bytes as text.
fn fuzzed_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Seeds for the writers: titles and names with the characters that
/// matter to a calendar and a terminal.
fn text_seeds() -> Vec<Vec<u8>> {
    [
        "Lower back",
        "Hips, gentle; morning\\evening",
        "Evil\r\nSUMMARY:pwned\nATTACH:http://example.invalid/x",
        "\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}31m\0",
        "Анна 李 ّعربي",
        "x\u{2028}y\u{85}z\u{7f}",
    ]
    .into_iter()
    .map(|text| text.as_bytes().to_vec())
    .collect()
}

const TEXT_TOKENS: &[&[u8]] = &[
    b"\r",
    b"\n",
    b"\r\n",
    b"\x1b[",
    b"\x1b]",
    b"\x07",
    b"\x00",
    b"\xc2\x9b",
    b"\xc2\x85",
    b";",
    b",",
    b"\\",
    b":",
    b"\"",
    b"BEGIN:VEVENT",
    b"SUMMARY:",
    b"\xe2\x80\xa8",
    b"\xef\xbb\xbf",
];

fn targets(scratch: &Path) -> Vec<Target> {
    let (profile_seed, history_seed) = store_seeds(scratch);
    let (plan_seed, reminder_seed) = schedule_seeds(scratch);
    let mut profile_seeds = vec![profile_seed];
    profile_seeds.extend(corpus("profile", 65_536));
    let mut history_seeds = vec![history_seed];
    history_seeds.extend(corpus("history", 65_536));
    let (png_seeds, jpeg_seeds) = raster_seeds();
    let profile_dir = scratch.join("profile");
    let history_dir = scratch.join("history");
    let list_dir = scratch.join("profile-list");
    let plan_dir = scratch.join("plan");
    let reminder_dir = scratch.join("reminders");
    let manifest_dir = scratch.join("manifest");
    vec![
        content_target("content-area", "areas", scratch),
        content_target("content-exercise", "exercises", scratch),
        content_target("content-routine", "routines", scratch),
        content_target("content-pose", "poses", scratch),
        Target {
            name: "profile",
            seeds: profile_seeds,
            tokens: RON_TOKENS,
            run: Box::new(move |_, bytes| {
                let dir = fresh(&profile_dir);
                std::fs::write(dir.join("profiles/me.ron"), bytes).expect("write case");
                match Store::open(&dir) {
                    Ok((store, notices)) => {
                        store.current().settings.volume <= 100 && notices.is_empty()
                    }
                    Err(_) => false,
                }
            }),
            fix: no_fix,
        },
        Target {
            name: "history",
            seeds: history_seeds,
            tokens: RON_TOKENS,
            run: Box::new(move |_, bytes| {
                // The store first (it makes the profile), then its history.
                let dir = fresh(&history_dir);
                let Ok((mut store, _)) = Store::open(&dir) else {
                    return false;
                };
                let id = store.current().id.clone();
                std::fs::write(dir.join("history").join(format!("{id}.ron")), bytes)
                    .expect("write case");
                let read = store
                    .history(&id)
                    .is_ok_and(|sessions| !sessions.is_empty());
                read && store.take_notices().is_empty()
            }),
            fix: no_fix,
        },
        Target {
            name: "profile-list",
            seeds: vec![b"(version: 1, last_used: Some(\"me\"))\n".to_vec()],
            tokens: RON_TOKENS,
            run: Box::new(move |_, bytes| {
                let dir = fresh(&list_dir);
                std::fs::write(dir.join("profiles.ron"), bytes).expect("write case");
                Store::open(&dir).is_ok_and(|(_, notices)| notices.is_empty())
            }),
            fix: no_fix,
        },
        Target {
            name: "plan",
            seeds: vec![plan_seed],
            tokens: RON_TOKENS,
            run: Box::new(move |_, bytes| {
                let dir = fresh(&plan_dir);
                let Ok((mut store, _)) = Store::open(&dir) else {
                    return false;
                };
                let id = store.current().id.clone();
                std::fs::create_dir_all(dir.join("plans")).expect("folder");
                std::fs::write(dir.join("plans").join(format!("{id}.ron")), bytes)
                    .expect("write case");
                let read = store.plan(&id).is_ok_and(|plan| !plan.is_empty());
                read && store.take_notices().is_empty()
            }),
            fix: no_fix,
        },
        Target {
            name: "reminders",
            seeds: vec![reminder_seed],
            tokens: RON_TOKENS,
            run: Box::new(move |_, bytes| {
                let dir = fresh(&reminder_dir);
                let Ok((mut store, _)) = Store::open(&dir) else {
                    return false;
                };
                let id = store.current().id.clone();
                std::fs::create_dir_all(dir.join("reminders")).expect("folder");
                std::fs::write(dir.join("reminders").join(format!("{id}.ron")), bytes)
                    .expect("write case");
                store.reminder_state(&id).is_ok() && store.take_notices().is_empty()
            }),
            fix: no_fix,
        },
        Target {
            name: "pack-manifest",
            seeds: vec![
                b"(\n    author: \"Sam Lee, physiotherapist\",\n    version: \"2\",\n    reviewed: \"2025-06-02\",\n)\n".to_vec(),
                b"()".to_vec(),
            ],
            tokens: RON_TOKENS,
            run: Box::new(move |_, bytes| {
                let _ = std::fs::remove_dir_all(&manifest_dir);
                std::fs::create_dir_all(&manifest_dir).expect("folder");
                std::fs::write(
                    manifest_dir.join(limber_core::content::pack::MANIFEST_FILE),
                    bytes,
                )
                .expect("write case");
                match limber_core::content::pack::read_manifest(&manifest_dir) {
                    Ok(Some(manifest)) => manifest.problems().is_empty(),
                    _ => false,
                }
            }),
            fix: no_fix,
        },
        Target {
            name: "ics-writer",
            seeds: text_seeds(),
            tokens: TEXT_TOKENS,
            run: Box::new(|_, bytes| {
                let title = fuzzed_text(bytes);
                let mut plan = limber_core::schedule::WeeklyPlan::default();
                plan.set(limber_core::schedule::PlannedRoutine {
                    routine: title.clone().into(),
                    days: "mon-sun".parse().expect("days"),
                    at: "08:00".parse().expect("time"),
                    since: None,
                });
                let now = chrono::DateTime::from_timestamp(1_715_600_000, 0)
                    .expect("a time")
                    .with_timezone(&chrono::Utc);
                let describe = |_: &str| limber_core::schedule::ics::CalendarRoutine {
                    title: title.clone(),
                    length: Some(Duration::from_secs(300)),
                };
                let text = limber_core::schedule::ics::plan_calendar("me", &title, &plan, describe, &now)
                    .expect("a calendar");
                check_calendar(&text);
                !title.chars().any(char::is_control)
            }),
            fix: no_fix,
        },
        Target {
            name: "terminal",
            seeds: text_seeds(),
            tokens: TEXT_TOKENS,
            run: Box::new(|_, bytes| {
                use std::io::Write;
                let text = fuzzed_text(bytes);
                let value = limber_core::terminal::escape(&text);
                assert!(
                    !value.chars().any(char::is_control),
                    "a control character left in a value: {value:?}"
                );
                let lines = limber_core::terminal::escape_lines(&text);
                assert!(
                    !lines.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
                    "{lines:?}"
                );
                let plain = limber_core::terminal::without_controls(&text);
                assert!(!plain.chars().any(char::is_control), "{plain:?}");
                // The raw bytes, split anywhere, through the writer.
                let mut writer = limber_core::terminal::Escaping::new(Vec::new());
                let split = bytes.len() / 2;
                writer.write_all(&bytes[..split]).expect("write");
                writer.write_all(&bytes[split..]).expect("write");
                let written = writer.into_inner().expect("flush");
                let shown = String::from_utf8_lossy(&written);
                assert!(
                    !shown.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
                    "{shown:?}"
                );
                value == text
            }),
            fix: no_fix,
        },
        Target {
            name: "svg",
            seeds: svg_seeds(),
            tokens: SVG_TOKENS,
            run: Box::new(|_, bytes| {
                limber_core::figure::load_bytes(bytes, Path::new("fuzzed.svg")).is_ok()
            }),
            fix: no_fix,
        },
        Target {
            name: "png",
            seeds: png_seeds,
            tokens: RASTER_TOKENS,
            run: Box::new(|_, bytes| {
                limber_core::figure::load_bytes(bytes, Path::new("fuzzed.png")).is_ok()
            }),
            fix: fix_png_crcs,
        },
        Target {
            name: "jpeg",
            seeds: jpeg_seeds,
            tokens: RASTER_TOKENS,
            run: Box::new(|_, bytes| {
                limber_core::figure::load_bytes(bytes, Path::new("fuzzed.jpg")).is_ok()
            }),
            fix: no_fix,
        },
    ]
}

/// A calendar as RFC 5545 has it: CRLF lines of at most 75 octets, no
/// other control character, every unfolded line a known property (no line
/// a title could have added).
fn check_calendar(text: &str) {
    assert!(text.ends_with("\r\n"), "{text:?}");
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "a line over 75 octets: {line:?}");
        assert!(
            !line.chars().any(|c| c.is_control() && c != '\t'),
            "a control character: {line:?}"
        );
    }
    const KNOWN: &[&str] = &[
        "BEGIN",
        "END",
        "PRODID",
        "VERSION",
        "CALSCALE",
        "NAME",
        "X-WR-CALNAME",
        "UID",
        "DTSTAMP",
        "SUMMARY",
        "DESCRIPTION",
        "DTSTART",
        "DURATION",
        "RRULE",
        "TRANSP",
        "ACTION",
        "TRIGGER",
    ];
    let unfolded = text.replace("\r\n ", "");
    for line in unfolded.split_terminator("\r\n") {
        let name = line.split([':', ';']).next().unwrap_or_default();
        assert!(KNOWN.contains(&name), "an unexpected line: {line:?}");
    }
    assert_eq!(
        unfolded.matches("\r\nBEGIN:VEVENT\r\n").count(),
        1,
        "one event: {unfolded:?}"
    );
}

struct Options {
    cases: u64,
    only: Option<String>,
    seed: u64,
    /// Runs this one file (a saved case) through `--only`'s parser.
    replay: Option<PathBuf>,
}

fn options() -> Options {
    let mut options = Options {
        cases: 100_000,
        only: None,
        seed: 10,
        replay: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--cases" => options.cases = value().parse().expect("--cases N"),
            "--only" => options.only = Some(value()),
            "--seed" => options.seed = value().parse().expect("--seed N"),
            "--replay" => options.replay = Some(PathBuf::from(value())),
            other => panic!(
                "unknown argument {other}; use --cases N, --only NAME, --seed N, --replay FILE"
            ),
        }
    }
    options
}

fn main() {
    let options = options();
    // tmpfs makes the store's fsyncs free; any folder works.
    let scratch_parent = ["/dev/shm"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    let scratch = tempfile::tempdir_in(scratch_parent).expect("scratch folder");
    let panics_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-panics");

    // Panics are counted, not printed one by one. The hook sees every
    // panic, also those the SVG loader catches inside usvg/resvg and turns
    // into a refusal: those are counted apart ("caught inside").
    let last_panic: Arc<Mutex<Option<String>>> = Arc::new(Mutex::new(None));
    let hook_calls = Arc::new(AtomicU64::new(0));
    let (hook_panic, hook_count) = (last_panic.clone(), hook_calls.clone());
    panic::set_hook(Box::new(move |info| {
        hook_count.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut slot) = hook_panic.lock() {
            *slot = Some(info.to_string());
        }
    }));

    if let Some(file) = &options.replay {
        let name = options.only.as_deref().expect("--replay needs --only NAME");
        let bytes = std::fs::read(file).expect("the file to replay");
        let target = targets(scratch.path())
            .into_iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("no parser named {name}"));
        // Saved cases end in `-s<seed index>.bin` (which seed they were
        // made from: content cases replace that shipped file).
        let seed_index = file
            .file_stem()
            .and_then(|stem| stem.to_str())
            .and_then(|stem| stem.rsplit_once("-s"))
            .and_then(|(_, index)| index.parse::<usize>().ok())
            .filter(|&index| index < target.seeds.len())
            .unwrap_or(0);
        for run in 1..=3 {
            let start = Instant::now();
            let outcome =
                panic::catch_unwind(AssertUnwindSafe(|| (target.run)(seed_index, &bytes)));
            println!(
                "{name} run {run}: {} in {:.1} ms",
                match outcome {
                    Ok(true) => "accepted whole",
                    Ok(false) => "refused or partly read",
                    Err(_) => "PANICKED",
                },
                start.elapsed().as_secs_f64() * 1000.0
            );
        }
        return;
    }

    let mut total_panics = 0u64;
    let started = Instant::now();
    for target in targets(scratch.path()) {
        if options
            .only
            .as_deref()
            .is_some_and(|only| only != target.name)
        {
            continue;
        }
        let config = Config {
            failure_persistence: None,
            ..Config::default()
        };
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&options.seed.to_le_bytes());
        seed[8..8 + target.name.len().min(24)]
            .copy_from_slice(&target.name.as_bytes()[..target.name.len().min(24)]);
        let mut runner =
            TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
        let strategy = (
            0..target.seeds.len(),
            proptest::collection::vec(edit(), 1..=4),
        );
        // The seeds themselves, unedited: the good ones must be accepted, or
        // the harness is not testing what it claims.
        let mut panics = 0u64;
        let mut seeds_accepted = 0;
        for (index, seed) in target.seeds.iter().enumerate() {
            match panic::catch_unwind(AssertUnwindSafe(|| (target.run)(index, seed))) {
                Ok(true) => seeds_accepted += 1,
                Ok(false) => {}
                Err(_) => {
                    panics += 1;
                    let message = last_panic
                        .lock()
                        .ok()
                        .and_then(|mut m| m.take())
                        .unwrap_or_default();
                    eprintln!("{}: seed {index} panicked: {message}", target.name);
                }
            }
        }
        let mut caught_inside = 0u64;
        let mut accepted = 0u64;
        let mut slowest = (Duration::ZERO, 0u64);
        let mut slowest_file: Option<PathBuf> = None;
        let start = Instant::now();
        for case in 0..options.cases {
            let (seed_index, edits) = strategy
                .new_tree(&mut runner)
                .expect("generate a case")
                .current();
            let mut input = apply(&target.seeds[seed_index], &edits, target.tokens);
            (target.fix)(&mut input);
            let hooks_before = hook_calls.load(Ordering::Relaxed);
            let case_start = Instant::now();
            let outcome =
                panic::catch_unwind(AssertUnwindSafe(|| (target.run)(seed_index, &input)));
            let took = case_start.elapsed();
            if took > slowest.0 {
                slowest = (took, case);
                // Kept for a look at what takes long.
                let _ = std::fs::create_dir_all(&panics_dir);
                if let Some(previous) = slowest_file.take() {
                    let _ = std::fs::remove_file(previous);
                }
                let file = panics_dir.join(format!("{}-slowest-s{seed_index}.bin", target.name));
                let _ = std::fs::write(&file, &input);
                slowest_file = Some(file);
            }
            if outcome.as_ref().is_ok_and(|&whole| whole) {
                accepted += 1;
            }
            let hooked = hook_calls.load(Ordering::Relaxed) - hooks_before;
            if outcome.is_ok() && hooked > 0 {
                caught_inside += 1;
                let message = last_panic.lock().ok().and_then(|mut m| m.take());
                if caught_inside <= 3 {
                    eprintln!(
                        "{}: case {case}: a panic was caught inside the loader and refused: {}",
                        target.name,
                        message.unwrap_or_default()
                    );
                }
            }
            if outcome.is_err() {
                panics += 1;
                let message = last_panic
                    .lock()
                    .ok()
                    .and_then(|mut m| m.take())
                    .unwrap_or_default();
                let _ = std::fs::create_dir_all(&panics_dir);
                let file = panics_dir.join(format!("{}-{case}-s{seed_index}.bin", target.name));
                let _ = std::fs::write(&file, &input);
                if panics <= 5 {
                    eprintln!(
                        "{}: case {case} panicked ({}): {message}",
                        target.name,
                        file.display()
                    );
                }
            }
        }
        let elapsed = start.elapsed();
        println!(
            "{:<17} {:>7} cases in {:>7.1} s ({:>6.3} ms/case, slowest {:>7.1} ms: case {}), {:>5.1}% accepted whole (seeds {}/{}), {} panics ({} caught inside)",
            target.name,
            options.cases,
            elapsed.as_secs_f64(),
            elapsed.as_secs_f64() * 1000.0 / options.cases.max(1) as f64,
            slowest.0.as_secs_f64() * 1000.0,
            slowest.1,
            accepted as f64 * 100.0 / options.cases.max(1) as f64,
            seeds_accepted,
            target.seeds.len(),
            panics,
            caught_inside
        );
        total_panics += panics;
    }
    println!(
        "all parsers: {:.1} s, {total_panics} panics",
        started.elapsed().as_secs_f64()
    );
    if total_panics > 0 {
        std::process::exit(1);
    }
}
