#!/usr/bin/env python3
"""Helpers for scripts/voice_to_wav.sh (standard library only).

record FIFO OUT.wav RATE
    Reads 16-bit mono PCM from FIFO at the real rate, like a sound card:
    every few milliseconds it takes what is due since it started, and
    silence where nothing came. The WAV's timeline is therefore real time
    (a line's audio sits where it was played). Stops on SIGTERM or SIGINT
    and writes OUT.wav. Prints its start as Unix seconds on the first line.

analyse OUT.wav START LOG
    Finds the spoken segments in OUT.wav, and for each line the coach
    handed to Speech Dispatcher (the limber::cues log lines in LOG) the
    delay from its due instant to the first sound after it.
"""

import fcntl
import math
import os
import re
import signal
import struct
import sys
import time
import wave
from datetime import datetime

F_SETPIPE_SZ = 1031
PERIOD = 0.005
SILENT_AFTER = 0.05


def record(fifo, out, rate):
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    # A small pipe keeps the writer at most ~100 ms ahead of real time.
    try:
        fcntl.fcntl(fd, F_SETPIPE_SZ, 4096)
    except OSError:
        pass
    # Hold a writing end too, so a writer closing the device is no EOF.
    keep = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    bytes_per_second = rate * 2
    samples = bytearray()
    start = time.monotonic()
    print(f"{time.time():.6f}", flush=True)
    last_data = start
    while not stop:
        now = time.monotonic()
        due = int((now - start) * bytes_per_second) & ~1
        want = due - len(samples)
        if want > 0:
            try:
                data = os.read(fd, want)
            except BlockingIOError:
                data = b""
            if data:
                samples += data
                last_data = now
            # Silence where nothing is played; but a writer that is only
            # a few milliseconds behind while it plays is not a gap.
            if len(samples) < due and now - last_data > SILENT_AFTER:
                samples += bytes(due - len(samples))
        time.sleep(PERIOD)
    os.close(keep)
    os.close(fd)
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(bytes(samples))


def segments(path, frame_ms=10, threshold=500, gap_ms=250):
    """(start s, end s) of the runs of frames louder than threshold (RMS),
    joining runs closer than gap_ms."""
    with wave.open(path, "rb") as wav:
        rate = wav.getframerate()
        data = wav.readframes(wav.getnframes())
    count = len(data) // 2
    values = struct.unpack(f"<{count}h", data[: count * 2])
    step = rate * frame_ms // 1000
    loud = []
    for i in range(0, count, step):
        frame = values[i : i + step]
        rms = math.sqrt(sum(v * v for v in frame) / max(len(frame), 1))
        loud.append(rms > threshold)
    runs = []
    for index, is_loud in enumerate(loud):
        t = index * frame_ms / 1000
        if not is_loud:
            continue
        if runs and t - runs[-1][1] <= gap_ms / 1000:
            runs[-1][1] = t + frame_ms / 1000
        else:
            runs.append([t, t + frame_ms / 1000])
    return [(a, b) for a, b in runs], count / rate


LINE = re.compile(
    r'^(\S+)\s+DEBUG limber::cues: words handed to the speech engine say="(.*)" late_us=(\d+)'
)


def analyse(path, start, log):
    start = float(start)
    runs, length = segments(path)
    speech = sum(b - a for a, b in runs)
    print(f"{path}: {length:.2f} s of audio, {speech:.2f} s of it speech, "
          f"{len(runs)} spoken segments")
    handed = []
    with open(log, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            match = LINE.match(line.strip())
            if not match:
                continue
            stamp = datetime.fromisoformat(match.group(1)).timestamp()
            due = stamp - int(match.group(3)) / 1e6 - start
            handed.append((due, match.group(2)))
    delays = []
    for index, (due, text) in enumerate(handed):
        onset = next((a for a, _ in runs if a >= due - 0.02), None)
        if onset is None or onset - due > 1.0:
            print(f"  due {due:7.3f} s  no sound within 1 s        \"{text}\"")
            continue
        # The line lasts until its last segment before the next line.
        following = handed[index + 1][0] if index + 1 < len(handed) else math.inf
        end = max(b for a, b in runs if onset <= a < following)
        delays.append(onset - due)
        print(f"  due {due:7.3f} s  sound at {onset:7.3f} s (+{(onset - due) * 1000:4.0f} ms),"
              f" {end - onset:4.2f} s long  \"{text}\"")
    if delays:
        delays.sort()
        print(f"due to audible: median {delays[len(delays) // 2] * 1000:.0f} ms, "
              f"max {delays[-1] * 1000:.0f} ms over {len(delays)} lines")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "record":
        record(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) == 5 and sys.argv[1] == "analyse":
        analyse(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
