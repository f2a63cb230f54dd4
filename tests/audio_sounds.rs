//! The embedded cue sounds decode with rodio and are what they claim to be:
//! the right length, format and level, no clipping, no clicks at the ends,
//! and their energy at the pitches the synthesis script put there.

use std::io::Cursor;
use std::time::Duration;

use limber::platform::audio::{DecodedCue, decode};
use limber_core::sound::Cue;
use rodio::{Decoder, Source};

const EXPECTED_RATE: u32 = 44_100;

fn expected_length(cue: Cue) -> Duration {
    match cue {
        Cue::HoldComplete => Duration::from_millis(1500),
        Cue::Switch => Duration::from_millis(500),
        Cue::Tick => Duration::from_millis(60),
        Cue::Finish => Duration::from_millis(2000),
    }
}

fn decoded(cue: Cue) -> DecodedCue {
    match decode(cue) {
        Ok(sound) => sound,
        Err(err) => panic!("{cue:?}: {err}"),
    }
}

fn peak(samples: &[f32]) -> f32 {
    samples.iter().fold(0.0f32, |max, s| max.max(s.abs()))
}

/// Amplitude of the `freq` component in `samples` (a sine of amplitude A
/// gives about A), by the Goertzel algorithm over the whole slice.
fn amplitude_at(samples: &[f32], freq: f64, rate: u32) -> f64 {
    let coeff = 2.0 * (2.0 * std::f64::consts::PI * freq / f64::from(rate)).cos();
    let (mut s1, mut s2) = (0.0f64, 0.0f64);
    for &x in samples {
        let s0 = f64::from(x) + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    let power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    2.0 * power.max(0.0).sqrt() / samples.len() as f64
}

fn window(sound: &DecodedCue, from_s: f64, to_s: f64) -> &[f32] {
    let rate = f64::from(sound.sample_rate);
    let start = ((from_s * rate) as usize).min(sound.samples.len());
    let end = ((to_s * rate) as usize).clamp(start, sound.samples.len());
    &sound.samples[start..end]
}

#[test]
fn every_cue_decodes_with_rodio_as_mono_44k() {
    for cue in Cue::ALL {
        // Straight through rodio's own decoder, as the player does.
        let decoder = match Decoder::new_wav(Cursor::new(cue.wav_bytes())) {
            Ok(decoder) => decoder,
            Err(err) => panic!("{}: {err}", cue.file_name()),
        };
        assert_eq!(decoder.sample_rate().get(), EXPECTED_RATE, "{cue:?}");
        assert_eq!(decoder.channels().get(), 1, "{cue:?}");
        let count = decoder.count();
        assert!(count > 1000, "{cue:?}: only {count} samples");
    }
}

#[test]
fn every_cue_has_its_length_within_ten_percent() {
    for cue in Cue::ALL {
        let actual = decoded(cue).duration().as_secs_f64();
        let expected = expected_length(cue).as_secs_f64();
        assert!(
            (actual - expected).abs() <= expected * 0.10,
            "{cue:?}: {actual:.3} s, expected {expected:.3} s"
        );
    }
}

#[test]
fn every_cue_peaks_near_minus_3_dbfs_without_clipping() {
    // -3 dBFS is 0.708 of full scale.
    for cue in Cue::ALL {
        let sound = decoded(cue);
        let peak = peak(&sound.samples);
        assert!(
            (0.6..=0.75).contains(&peak),
            "{cue:?}: peak {peak:.3} is not about -3 dBFS"
        );
        let clipped = sound.samples.iter().filter(|s| s.abs() >= 0.999).count();
        assert_eq!(clipped, 0, "{cue:?}: {clipped} clipped samples");
        let rms = (sound
            .samples
            .iter()
            .map(|s| f64::from(*s).powi(2))
            .sum::<f64>()
            / sound.samples.len() as f64)
            .sqrt();
        assert!(rms > 0.05, "{cue:?}: RMS {rms:.3} is nearly silent");
    }
}

#[test]
fn every_cue_starts_and_ends_at_silence() {
    // A sound that starts or stops on a large sample clicks audibly: the
    // very first and last samples must be (nearly) zero; the fades ramp
    // smoothly from there.
    for cue in Cue::ALL {
        let sound = decoded(cue);
        let edge = 2.min(sound.samples.len());
        let head = peak(&sound.samples[..edge]);
        let tail = peak(&sound.samples[sound.samples.len() - edge..]);
        assert!(head < 0.02, "{cue:?}: starts at {head:.3}");
        assert!(tail < 0.02, "{cue:?}: ends at {tail:.3}");
    }
}

#[test]
fn bell_rings_at_its_fundamental() {
    let bell = decoded(Cue::HoldComplete);
    let fundamental = amplitude_at(&bell.samples, 659.25, bell.sample_rate);
    for off_band in [220.0, 440.0, 1000.0, 3000.0] {
        let other = amplitude_at(&bell.samples, off_band, bell.sample_rate);
        assert!(
            fundamental > 10.0 * other,
            "bell: {fundamental:.4} at 659 Hz vs {other:.4} at {off_band} Hz"
        );
    }
    // The upper partials die away first: late in the tail the fundamental
    // dominates even more than at the strike (soft, not harsh).
    let strike = window(&bell, 0.0, 0.1);
    let tail = window(&bell, 0.8, 1.1);
    let ratio_at = |part: &[f32]| {
        amplitude_at(part, 659.25 * 2.76, bell.sample_rate)
            / amplitude_at(part, 659.25, bell.sample_rate)
    };
    assert!(ratio_at(tail) < ratio_at(strike) / 4.0);
}

#[test]
fn switch_cue_rises_from_c5_to_g5() {
    let switch = decoded(Cue::Switch);
    let rate = switch.sample_rate;
    let first = window(&switch, 0.0, 0.15);
    let second = window(&switch, 0.22, 0.40);
    assert!(amplitude_at(first, 523.25, rate) > 5.0 * amplitude_at(first, 783.99, rate));
    assert!(amplitude_at(second, 783.99, rate) > 2.0 * amplitude_at(second, 523.25, rate));
}

#[test]
fn finish_cue_holds_all_three_notes_of_the_chord() {
    let finish = decoded(Cue::Finish);
    let rate = finish.sample_rate;
    let chord = window(&finish, 0.45, 1.2);
    let off_key = amplitude_at(chord, 587.33, rate); // D5, not in the chord
    for note in [523.25, 659.25, 783.99] {
        let level = amplitude_at(chord, note, rate);
        assert!(
            level > 5.0 * off_key,
            "{note} Hz: {level:.4} vs off-key {off_key:.4}"
        );
    }
}

#[test]
fn tick_is_short_and_mostly_over_after_30_ms() {
    let tick = decoded(Cue::Tick);
    let early = peak(window(&tick, 0.0, 0.015));
    let late = peak(window(&tick, 0.030, 0.060));
    assert!(
        late < early / 4.0,
        "tick rings on: {late:.3} late vs {early:.3} early"
    );
}

#[test]
fn committed_sounds_match_the_synthesis_script() {
    // The WAVs are generated; if someone edits the script they must re-run it.
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/make_sounds.py");
    let output = std::process::Command::new("python3")
        .arg(script)
        .arg("--check")
        .output()
        .expect("python3 runs the synthesis script (scripts/setup.sh installs it)");
    assert!(
        output.status.success(),
        "sounds/ is out of date with scripts/make_sounds.py:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
