#!/usr/bin/env python3
"""Synthesise Limber's four cue sounds into sounds/*.wav.

Every sound is made here from sine partials with exponential decay
envelopes (additive synthesis): no samples, no downloads, no third-party
packages. The output is deterministic, so running the script again gives
the same bytes and the committed WAVs can be checked against it:

    python3 scripts/make_sounds.py            # (re)write sounds/*.wav
    python3 scripts/make_sounds.py --check    # exit 1 if a committed file differs
    python3 scripts/make_sounds.py --out DIR  # write somewhere else

Format: 16-bit PCM, mono, 44.1 kHz, peak-normalised to -3 dBFS, with short
raised-cosine fades at both ends so nothing clicks when a sound starts or
is cut off.
"""

import argparse
import math
import struct
import sys
import wave
from pathlib import Path

SAMPLE_RATE = 44_100
PEAK_DBFS = -3.0
FULL_SCALE = 32_767


class Partial:
    """One sine component: frequency in Hz, relative amplitude, decay time
    constant in seconds (amplitude falls to 1/e after `tau` seconds)."""

    def __init__(self, freq, amp, tau):
        self.freq = freq
        self.amp = amp
        self.tau = tau


def render_partials(partials, onset_s, length_samples, out):
    """Add the partials, starting at `onset_s`, into the float buffer `out`."""
    start = int(round(onset_s * SAMPLE_RATE))
    for p in partials:
        # The envelope is stepped by a constant factor per sample instead of
        # calling exp() each time: faster, and identical on every run.
        step = 2.0 * math.pi * p.freq / SAMPLE_RATE
        decay = math.exp(-1.0 / (p.tau * SAMPLE_RATE))
        env = p.amp
        for n in range(start, length_samples):
            out[n] += env * math.sin(step * (n - start))
            env *= decay


def raised_cosine_fades(buf, fade_in_s, fade_out_s):
    """Shape the first and last samples with half-cosine ramps (no clicks)."""
    n_in = max(1, int(fade_in_s * SAMPLE_RATE))
    n_out = max(1, int(fade_out_s * SAMPLE_RATE))
    length = len(buf)
    for i in range(min(n_in, length)):
        buf[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_in)
    for i in range(min(n_out, length)):
        # i = 0 is the very last sample, which ends exactly at zero.
        buf[length - 1 - i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_out)


def render_notes(notes, length_samples, attack_s):
    """Render (onset, partials) notes each with its own attack ramp, summed."""
    total = [0.0] * length_samples
    n_attack = max(1, int(attack_s * SAMPLE_RATE))
    for onset_s, partials in notes:
        note = [0.0] * length_samples
        render_partials(partials, onset_s, length_samples, note)
        start = int(round(onset_s * SAMPLE_RATE))
        for i in range(min(n_attack, length_samples - start)):
            note[start + i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_attack)
        for i in range(length_samples):
            total[i] += note[i]
    return total


def normalise_to_pcm(buf):
    """Scale so the largest |sample| sits at PEAK_DBFS; return int16 frames."""
    peak = max(abs(x) for x in buf)
    if peak == 0.0:
        raise ValueError("refusing to write a silent sound")
    gain = (10.0 ** (PEAK_DBFS / 20.0)) * FULL_SCALE / peak
    # round-half-away-from-zero is explicit so the bytes never depend on
    # Python's banker's rounding of exact halves.
    ints = []
    for x in buf:
        v = x * gain
        q = int(math.floor(abs(v) + 0.5))
        ints.append(q if v >= 0 else -q)
    return struct.pack("<%dh" % len(ints), *ints)


def wav_bytes(frames):
    """A complete mono 16-bit WAV file as bytes (44-byte RIFF header)."""
    import io

    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(frames)
    return out.getvalue()


# --- the four cues ---------------------------------------------------------


def hold_complete():
    """Bell-like chime, 1.5 s. E5 fundamental with a slightly detuned twin
    (a slow 2.6 Hz shimmer) plus inharmonic upper partials (ratios 2.005,
    2.76, 4.07, 5.40) that die away much faster than the fundamental, so the
    strike is bright but the tail is soft and round, never harsh."""
    f0 = 659.25
    partials = [
        Partial(f0 * 1.000, 1.00, 0.55),
        Partial(f0 * 1.004, 0.35, 0.50),
        Partial(f0 * 2.005, 0.40, 0.32),
        Partial(f0 * 2.760, 0.22, 0.18),
        Partial(f0 * 4.070, 0.10, 0.09),
        Partial(f0 * 5.400, 0.05, 0.05),
    ]
    length = int(1.5 * SAMPLE_RATE)
    buf = [0.0] * length
    render_partials(partials, 0.0, length, buf)
    raised_cosine_fades(buf, 0.004, 0.25)
    return buf


def switch():
    """Two soft rising notes (C5 then G5), 0.5 s: a gentle 'next' cue that is
    clearly not the bell. Mostly fundamental with a little 2nd and 3rd
    harmonic so small speakers still carry it."""

    def soft_note(freq):
        return [
            Partial(freq, 1.00, 0.13),
            Partial(freq * 2, 0.18, 0.07),
            Partial(freq * 3, 0.05, 0.04),
        ]

    length = int(0.5 * SAMPLE_RATE)
    buf = render_notes([(0.0, soft_note(523.25)), (0.18, soft_note(783.99))], length, 0.008)
    raised_cosine_fades(buf, 0.004, 0.06)
    return buf


def tick():
    """A short woodblock-like tick, 60 ms: three inharmonic modes around
    900 Hz with decays of a few milliseconds. Rounded, not a sharp click."""
    f0 = 900.0
    partials = [
        Partial(f0 * 1.00, 1.00, 0.012),
        Partial(f0 * 1.58, 0.45, 0.008),
        Partial(f0 * 2.61, 0.20, 0.005),
    ]
    length = int(0.060 * SAMPLE_RATE)
    buf = [0.0] * length
    render_partials(partials, 0.0, length, buf)
    raised_cosine_fades(buf, 0.0015, 0.015)
    return buf


def finish():
    """A warm rising C-major arpeggio (C5, E5, G5), 2 s. Each note has a few
    harmonics whose upper ones fade first, like a soft mallet; the notes
    overlap and ring together as a chord."""

    def warm_note(freq, tau):
        return [
            Partial(freq, 1.00, tau),
            Partial(freq * 2, 0.30, tau * 0.5),
            Partial(freq * 3, 0.10, tau * 0.3),
            Partial(freq * 4, 0.04, tau * 0.2),
        ]

    length = int(2.0 * SAMPLE_RATE)
    notes = [
        (0.00, warm_note(523.25, 0.55)),
        (0.20, warm_note(659.25, 0.55)),
        (0.40, warm_note(783.99, 0.65)),
    ]
    buf = render_notes(notes, length, 0.006)
    raised_cosine_fades(buf, 0.004, 0.30)
    return buf


SOUNDS = {
    "hold-complete.wav": hold_complete,
    "switch.wav": switch,
    "tick.wav": tick,
    "finish.wav": finish,
}


def main(argv):
    default_out = Path(__file__).resolve().parent.parent / "sounds"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out, help="output folder")
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if a file in the output folder differs",
    )
    args = parser.parse_args(argv)

    mismatches = []
    for name, make in SOUNDS.items():
        data = wav_bytes(normalise_to_pcm(make()))
        path = args.out / name
        if args.check:
            try:
                same = path.read_bytes() == data
            except OSError as err:
                print(f"{path}: cannot read: {err}", file=sys.stderr)
                same = False
            if not same:
                mismatches.append(path)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path} ({len(data)} bytes)")

    if mismatches:
        for path in mismatches:
            print(f"{path}: differs from what scripts/make_sounds.py makes", file=sys.stderr)
        return 1
    if args.check:
        print(f"all {len(SOUNDS)} sounds match")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
