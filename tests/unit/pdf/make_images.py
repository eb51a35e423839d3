#!/usr/bin/python3
"""Writes the image fixtures pdf_test places, into the folder given."""
import sys

from PIL import Image

out = sys.argv[1]
Image.new("RGB", (960, 720), (200, 40, 40)).save(out + "/rgb.jpg", quality=80)
Image.new("L", (600, 600), 90).save(out + "/gray.jpg", quality=80)
# PIL writes CMYK JPEGs the Adobe way: inverted, with an APP14 marker.
Image.new("CMYK", (600, 600), (0, 255, 0, 0)).save(out + "/cmyk.jpg", quality=90)
rgba = Image.new("RGBA", (400, 400), (20, 120, 200, 255))
for x in range(200):
    for y in range(400):
        rgba.putpixel((x, y), (20, 120, 200, 0))
rgba.save(out + "/alpha.png")
Image.new("L", (100, 100), 128).save(out + "/lowres.png")
# A phone photo stored on its side: 80 × 60 px, its first stored row red,
# its first stored column blue, the rest white. Written with EXIF
# Orientation 6 (the pdf stage takes the orientation from the page model).
side = Image.new("RGB", (80, 60), (255, 255, 255))
for x in range(80):
    for y in range(6):
        side.putpixel((x, y), (255, 0, 0))
for y in range(6, 60):
    for x in range(6):
        side.putpixel((x, y), (0, 0, 255))
exif = Image.Exif()
exif[0x0112] = 6
side.save(out + "/side.jpg", quality=95, exif=exif.tobytes())
