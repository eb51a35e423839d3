#!/usr/bin/python3
"""Writes the seed corpora of the image and font fuzz targets
(tests/fuzz/corpus/image, tests/fuzz/corpus/font): small real files of
every kind the readers meet. Run again only to change the seeds:
    /usr/bin/python3 tests/fuzz/make_seeds.py
Needs python3-pil and python3-fonttools (Debian); the fonts are subsets of
the Debian fonts scripts/install-deps installs."""
import io
import os

from PIL import Image
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

here = os.path.dirname(os.path.abspath(__file__))
images = os.path.join(here, "corpus", "image")
fonts = os.path.join(here, "corpus", "font")


def picture(mode, size=(24, 16)):
    im = Image.new(mode, size)
    for x in range(size[0]):
        for y in range(size[1]):
            v = (x * 11 + y * 7) % 256
            im.putpixel((x, y), {"L": v, "LA": (v, 255 - v), "RGB": (v, 255 - v, 128),
                                 "RGBA": (v, 128, 255 - v, (x * 40) % 256),
                                 "CMYK": (v, 0, 255 - v, 30), "P": v % 4, "1": v % 2,
                                 "I;16": v * 200}[mode])
    return im


def exif(orientation):
    e = Image.Exif()
    e[0x0112] = orientation
    return e.tobytes()


os.makedirs(images, exist_ok=True)
picture("RGB").save(os.path.join(images, "rgb.png"))
picture("L").save(os.path.join(images, "grey.png"))
picture("LA").save(os.path.join(images, "grey-alpha.png"))
picture("RGBA").save(os.path.join(images, "rgba.png"))
p = picture("P")
p.putpalette([0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255])
p.save(os.path.join(images, "palette-trns.png"), transparency=0)
picture("1").save(os.path.join(images, "one-bit.png"))
picture("I;16").save(os.path.join(images, "sixteen-bit.png"))
picture("RGB").save(os.path.join(images, "interlaced.png"), interlace=1)
picture("RGB").save(os.path.join(images, "exif6.png"), exif=exif(6))
picture("RGB").save(os.path.join(images, "rgb.jpg"), quality=70)
picture("L").save(os.path.join(images, "grey.jpg"), quality=70)
picture("CMYK").save(os.path.join(images, "cmyk-adobe.jpg"), quality=70)
picture("RGB").save(os.path.join(images, "progressive.jpg"), quality=70, progressive=True)
picture("RGB", (33, 17)).save(os.path.join(images, "subsampled.jpg"), quality=60, subsampling=2)
for o in (3, 6, 8):
    picture("RGB").save(os.path.join(images, "exif%d.jpg" % o), quality=70, exif=exif(o))

os.makedirs(fonts, exist_ok=True)
text = "排版，“引号”office 2025年。fi"


def subset_of(path, index, out):
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(path, fontNumber=index, lazy=False)
    s = subset.Subsetter(options)
    s.populate(text=text)
    s.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    if out:
        with open(os.path.join(fonts, out), "wb") as f:
            f.write(buf.getvalue())
    return TTFont(io.BytesIO(buf.getvalue()))


serif = subset_of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2,
                  "noto-serif-cjk-cid.otf")
subset_of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "wenkai.ttf")
sans = subset_of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "dejavu-sans.ttf")
subset_of("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf", 0, "nimbus-cff.otf")
collection = TTCollection()
collection.fonts = [sans, subset_of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 0, None)]
collection.save(os.path.join(fonts, "two-faces.ttc"))
