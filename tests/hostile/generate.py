#!/usr/bin/env python3
"""Writes the hostile corpus used by tests/hostile.rs (run from this folder).

Every file here is made by this script; none is downloaded. FIFOs, links to
/dev/zero and the 500 KB exercise with 8,000 invalid steps are created by the
tests at run time instead.
"""
import base64
import gzip
import os
import struct
import zlib

NS = "http://www.w3.org/2000/svg"


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_header(width, height):
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))


def svg(body):
    return (
        f"<svg xmlns='{NS}' xmlns:xlink='http://www.w3.org/1999/xlink' "
        f"width='400' height='300' viewBox='0 0 400 300'>\n{body}\n</svg>\n"
    )


def write(path, text):
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


def write_bytes(path, data):
    with open(path, "wb") as file:
        file.write(data)


huge = png_header(40000, 40000) + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")
write_bytes("raster/huge-header.png", huge)
write_bytes("raster/not-a-picture.png", b"hello, this is not a PNG at all\n")
# A JPEG cut right after a frame header declaring 40000x40000.
write_bytes(
    "raster/truncated.jpg",
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    b"\xff\xc0\x00\x11\x08\x9c\x40\x9c\x40\x03\x01\x22\x00",
)

write(
    "svg/huge-embedded-png.svg",
    svg(
        "<!-- A PNG whose header declares 40000x40000 pixels (6.4 GB to decode). -->\n"
        f"<image x='0' y='0' width='400' height='300' href='data:image/png;base64,{base64.b64encode(huge).decode()}'/>"
    ),
)
depth = 20000
write(
    "svg/deep-nesting.svg",
    svg("<!-- 20,000 nested groups: recursive parsers overflow the stack. -->\n"
        + "<g>" * depth + "<rect width='10' height='10'/>" + "</g>" * depth),
)
write("svg/absolute-href.svg",
      svg("<!-- Links a file anywhere on the disk. -->\n<image width='400' height='300' xlink:href='/etc/hostname'/>"))
write("svg/relative-href.svg",
      svg("<!-- Links a file relative to the working directory, outside the content folder. -->\n"
          "<image width='400' height='300' href='../../secret.png'/>"))
defs = "<rect id='l0' width='1' height='1'/>"
for level in range(1, 10):
    defs += f"<g id='l{level}'>" + f"<use href='#l{level - 1}'/>" * 10 + "</g>"
write("svg/use-bomb.svg",
      svg(f"<!-- Ten uses of the level below, nine levels: a billion rectangles. -->\n<defs>{defs}</defs>\n<use href='#l9'/>"))
entities = "<!ENTITY lol0 'lol'>" + "".join(
    f"<!ENTITY lol{i} '{('&lol%d;' % (i - 1)) * 10}'>" for i in range(1, 10)
)
write("svg/entity-bomb.svg",
      f"<?xml version='1.0'?>\n<!DOCTYPE svg [{entities}]>\n<!-- The billion laughs. -->\n"
      f"<svg xmlns='{NS}' width='10' height='10'><text>&lol9;</text></svg>\n")
marker = "<rect width='1' height='1'/>" * 200
path = "M0 0" + " l0.01 0" * 20000
write("svg/marker-bomb.svg",
      svg(f"<!-- A 200-shape marker at each of 20,000 vertices. -->\n<marker id='m'>{marker}</marker>\n"
          f"<path d='{path}' marker-mid='url(#m)'/>"))
write("svg/reference-loop.svg",
      svg("<!-- A group that uses itself. -->\n<g id='a'><rect width='5' height='5'/><use href='#a'/></g>"))
write("svg/huge-pattern-tile.svg",
      svg("<!-- A pattern tile of 100000x100000 user units: resvg would allocate it whole. -->\n"
          "<pattern id='p' width='100000' height='100000' patternUnits='userSpaceOnUse'><rect width='1' height='1'/></pattern>\n"
          "<rect width='400' height='300' fill='url(#p)'/>"))
write("svg/nested-layers.svg",
      svg("<!-- Forty nested half-transparent groups, each a layer held at once. -->\n"
          + "<g opacity='0.9'>" * 40 + "<rect x='-800' y='-600' width='2000' height='1500'/>" + "</g>" * 40))
write("svg/many-layers.svg",
      svg("<!-- Five thousand half-transparent groups the size of the picture: minutes of drawing. -->\n"
          + "<g opacity='0.5'><rect width='400' height='300'/></g>\n" * 5000))
write_bytes("svg/compressed.svg", gzip.compress(svg("<rect width='10' height='10'/>").encode(), mtime=0))
write("svg/not-xml.svg", "<svg xmlns='http://www.w3.org/2000/svg'><g></svg>\n")

# Profile and history files in the store's version-1 format.
write("profile/volume-300.ron", """(
    version: 1,
    profile: (
        id: "me",
        name: "Me",
        exercises: {},
        settings: (
            sound: true,
            volume: 300,
            ticks: true,
            get_ready_seconds: 5,
            rest_seconds: None,
            setup_read_seconds: 8,
            theme: System,
            text_size: Normal,
        ),
        safety_seen: true,
    ),
)
""")


def session(started_at, pain_after):
    return f"""        (
            started_at: {started_at},
            routine_id: "lower-back",
            routine_title: "Lower back",
            duration_seconds: 540,
            exercises: [
                (id: "knee-to-chest", title: "Knee to chest", intensity: Gentle, hold_seconds: 20, repetitions: 3, completed: true),
            ],
            pain_before: Some(4),
            pain_after: Some({pain_after}),
        ),
"""


def history(sessions):
    return "(\n    version: 1,\n    sessions: [\n" + "".join(sessions) + "    ],\n)\n"


write("history/pain-after-256.ron",
      history([session(1700000000, 3), session(1700086400, 256), session(1700172800, 2)]))
write_bytes("history/bom.ron",
            b"\xef\xbb\xbf" + history([session(1700000000, 3), session(1700086400, 2)]).encode())

# Issue 24: histories in shapes the store does not write, which it must
# read (or keep a copy of before writing again), never silently drop.


def session_v2(started_at, title="Lower back", pain_after=3):
    # `title` is written as it is, inside the quotes: RON escapes in it
    # (`\u{1b}`) are read as the characters they stand for.
    return (
        f'(started_at:{started_at},routine_id:"lower-back",routine_title:"{title}",'
        f'duration_seconds:540,exercises:[(id:"knee-to-chest",title:"Knee to chest",'
        f'intensity:Gentle,hold_seconds:20,repetitions:3,completed:true)],'
        f'pain_before:Some(4),pain_after:Some({pain_after}))'
    )


def history_v2(sessions):
    return "(version: 2, sessions: [\n" + "".join(s + ",\n" for s in sessions) + "])\n"


three = [session_v2(1700000000), session_v2(1700086400), session_v2(1700172800)]
write("history/one-line.ron", history_v2(three).replace("\n", ""))
write_bytes("history/cr-line-ends.ron", history_v2(three).replace("\n", "\r").encode())
whole = history_v2(three)
write("history/cut-short.ron", whole[: whole.rindex("pain_before")])
write("history/text-after-end.ron", whole + session_v2(1700259200) + ",\n")
# Titles with terminal codes, a line break and a NUL, as RON escapes: read
# whole, shown escaped.
write("history/hostile-titles.ron", history_v2([
    session_v2(1700000000, "Evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J"),
    session_v2(1700086400, "Two\\r\\nlines\\u{0}"),
]))

# A profile whose name holds control characters (written by hand or by
# another program; Limber refuses such a name when one is made).
write("profile/control-name.ron", """(
    version: 1,
    profile: (
        id: "me",
        name: "Ann\\r\\nX\\u{1b}]0;pwned\\u{7}",
        exercises: {},
        safety_seen: true,
    ),
)
""")

# Content: a title with a NUL (refused with its place), a file saved with a
# byte-order mark (read like any other).
os.makedirs("content/routines", exist_ok=True)
write("content/routines/nul-title.ron", """(
    id: "nul-title",
    title: "Evil\\u{0}\\u{7}",
    description: "A title with control characters.",
    exercises: [(exercise: "knee-to-chest")],
)
""")
write_bytes("content/routines/bom.ron", b"\xef\xbb\xbf" + b"""(
    id: "bom",
    title: "Saved with a byte-order mark",
    description: "As Windows Notepad saves UTF-8.",
    exercises: [(exercise: "knee-to-chest")],
)
""")
