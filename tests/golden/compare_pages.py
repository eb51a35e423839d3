#!/usr/bin/python3
"""Compares a PDF's pages rendered at 36 dpi grey with the reference PNGs.

    compare_pages.py REF_DIR OUT_DIR NAME   compare REF_DIR/NAME-N.png with OUT_DIR/NAME-*.png
    compare_pages.py --normalise IN OUT     store IN as a reference (8-bit grey, optimised)

A page passes when at most 0.05 % of its pixels (about 65 of an A4 page)
differ by more than 64 of 255 grey levels: anti-aliasing noise passes; a
line, block or picture that moved does not (one 五号 line moved by 4 pt changes about 0.1 % of the page).
"""
import glob
import os
import re
import sys

from PIL import Image, ImageChops

THRESHOLD = 64
MAX_SHARE = 0.0005


def pages(folder, name):
    found = {}
    for path in glob.glob(os.path.join(folder, name + "-*.png")):
        m = re.fullmatch(re.escape(name) + r"-0*(\d+)\.png", os.path.basename(path))
        if m:
            found[int(m.group(1))] = path
    return found


def compare(ref_dir, out_dir, name):
    want, have = pages(ref_dir, name), pages(out_dir, name)
    failed = False
    if sorted(want) != sorted(have):
        print(f"{name}: {len(have)} pages rendered, {len(want)} reference pages in {ref_dir}")
        return False
    for n in sorted(want):
        a = Image.open(want[n]).convert("L")
        b = Image.open(have[n]).convert("L")
        if a.size != b.size:
            print(f"{name} page {n}: size {b.size}, reference {a.size}")
            failed = True
            continue
        diff = ImageChops.difference(a, b).point(lambda v: 255 if v > THRESHOLD else 0)
        count = diff.histogram()[255]
        share = count / (a.size[0] * a.size[1])
        if share > MAX_SHARE:
            box = diff.getbbox()
            print(f"{name} page {n}: {count} pixels ({share:.2%}) differ from {want[n]} "
                  f"inside {box} (at 36 dpi); look at {have[n]}")
            failed = True
    return not failed


def main(argv):
    if len(argv) == 4 and argv[1] == "--normalise":
        Image.open(argv[2]).convert("L").save(argv[3], optimize=True)
        return 0
    if len(argv) == 4:
        return 0 if compare(argv[1], argv[2], argv[3]) else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
