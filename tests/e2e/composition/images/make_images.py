#!/usr/bin/python3
"""Makes the tour's two small pictures, so they can be remade on purpose.

chart.png: a 1000 × 600 bar chart, RGB, written with zlib only (PNG spec §11).
photo.jpg: a 640 × 360 landscape of gradients and shapes, via Pillow, quality 70;
across the type area it is 95 ppi, so paiban warns about it (on purpose: the
warning is part of the tour). Both stay under 20 KB.
"""
import math
import pathlib
import struct
import zlib

HERE = pathlib.Path(__file__).resolve().parent


def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_chart(path):
    # 1000 px over a column of 81.5 mm is 312 ppi: print-ready.
    w, h, k = 1000, 600, 1000 / 600
    white, axis, grid = (255, 255, 255), (60, 60, 60), (215, 215, 215)
    blue, orange = (30, 90, 170), (230, 140, 40)
    px = [[white] * w for _ in range(h)]
    left, bottom, top = int(50 * k), int(320 * k), int(30 * k)
    for gy in range(bottom, top - 1, -int(58 * k)):  # grid lines
        for x in range(left, w - int(20 * k)):
            px[gy][x] = grid
    values = [(0.45, 0.60), (0.55, 0.70), (0.62, 0.66), (0.70, 0.82), (0.78, 0.90), (0.86, 0.95)]
    for i, (a, b) in enumerate(values):
        x0 = left + int((20 + i * 88) * k)
        for bar, (v, colour) in enumerate(((a, blue), (b, orange))):
            height = int(v * (bottom - top))
            x1 = x0 + int(bar * 32 * k)
            for y in range(bottom - height, bottom):
                for x in range(x1, x1 + int(28 * k)):
                    px[y][x] = colour
    for y in range(top, bottom + 3):  # axes
        for x in range(left, left + 3):
            px[y][x] = axis
    for x in range(left, w - int(20 * k)):
        for y in range(bottom, bottom + 3):
            px[y][x] = axis
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in px)
    data = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))
    path.write_bytes(data)


def write_photo(path):
    from PIL import Image, ImageDraw
    w, h = 640, 360
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):  # sky to field
        t = y / h
        if t < 0.6:
            c = (int(120 + 100 * t), int(170 + 60 * t), 235)
        else:
            c = (int(70 + 40 * t), int(140 - 30 * t), 60)
        d.line([(0, y), (w, y)], fill=c)
    d.ellipse([470, 40, 550, 120], fill=(250, 220, 120))  # sun
    for i in range(7):  # hills
        x = i * 110 - 40
        d.polygon([(x, 216), (x + 90, 150 + 10 * math.sin(i)), (x + 180, 216)], fill=(60, 110, 70))
    for i in range(5):  # factory blocks
        x = 60 + i * 70
        d.rectangle([x, 180 - i * 8, x + 50, 260], fill=(180, 180, 190))
        d.rectangle([x + 20, 120 - i * 8, x + 30, 180 - i * 8], fill=(150, 150, 160))
    img.save(path, "JPEG", quality=70, optimize=True)


if __name__ == "__main__":
    write_chart(HERE / "chart.png")
    write_photo(HERE / "photo.jpg")
    for name in ("chart.png", "photo.jpg"):
        print(name, (HERE / name).stat().st_size, "bytes")
