#!/usr/bin/env python3
"""The functions whose code a run first touched, from perf's page faults.

Usage: startup_faults.py PERF_DATA BINARY ORDER_FILE

PERF_DATA is `perf record -e exceptions:page_fault_user -c 1` of BINARY.
Prints, in the order first touched, each function of BINARY that an
instruction fetch faulted in and ORDER_FILE does not list yet. With the
ordered block mapped, each such fault is code start-up ran outside it.
"""

import bisect
import re
import subprocess
import sys

INSTRUCTION_FETCH = 0x10


def run(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main():
    record, binary, order_file = sys.argv[1:4]
    with open(order_file, encoding="utf-8") as listed:
        known = set(listed.read().split())

    # The binary's executable mappings (start, size, file offset) and the
    # addresses of instruction fetches that faulted, in time order.
    mapping = re.compile(
        r"\[(0x[0-9a-f]+)\((0x[0-9a-f]+)\) @ (0x[0-9a-f]+) [^\]]*\]: r-xp " + re.escape(binary) + "$"
    )
    fault = re.compile(r"address=(0x[0-9a-f]+) ip=\S+ error_code=(0x[0-9a-f]+)")
    maps, fetches = [], []
    for line in run("perf", "script", "-i", record, "--show-mmap-events", "-F", "comm,trace").splitlines():
        if m := mapping.search(line):
            maps.append(tuple(int(x, 16) for x in m.groups()))
        elif (m := fault.search(line)) and int(m.group(2), 16) & INSTRUCTION_FETCH:
            fetches.append(int(m.group(1), 16))

    # File offset to the address the symbols use, per loaded segment.
    segments = []
    for line in run("readelf", "-lW", binary).splitlines():
        fields = line.split()
        if fields and fields[0] == "LOAD":
            segments.append((int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)))
    functions = []
    for line in run("nm", "-n", "-S", "--defined-only", binary).splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[2] in "tTwW":
            functions.append((int(fields[0], 16), int(fields[1], 16), fields[3]))
    starts = [f[0] for f in functions]

    added = []
    for address in fetches:
        for start, size, offset in maps:
            if not start <= address < start + size:
                continue
            at = address - start + offset
            vaddr = next((at - fo + va for fo, va, sz in segments if fo <= at < fo + sz), None)
            i = bisect.bisect_right(starts, vaddr) - 1 if vaddr is not None else -1
            if i >= 0 and vaddr < functions[i][0] + max(functions[i][1], 1):
                name = functions[i][2]
                if name not in known:
                    known.add(name)
                    added.append(name)
    print("\n".join(added))


if __name__ == "__main__":
    main()
