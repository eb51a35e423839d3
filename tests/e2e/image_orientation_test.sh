#!/usr/bin/env bash
# A phone photo is placed upright: JPEGs stored 400 × 300 (landscape) with
# EXIF Orientation 1, 3, 6 and 8, each placed by a manuscript and rendered
# with the house style. The figure's box is landscape for 1 and 3 and
# portrait (3:4) for 6 and 8, and the stored first row (red) shows at the
# top, bottom, right and left of the picture as the tag says.
# Usage: image_orientation_test.sh PAIBAN SOURCE_DIR
set -u
source "$(dirname "$0")/check_lib.sh"
cd "$work" || exit 1
/usr/bin/python3 - <<'PY'
from PIL import Image
for o in (1, 3, 6, 8):
    im = Image.new("RGB", (400, 300), (255, 255, 255))
    for x in range(400):
        for y in range(30):
            im.putpixel((x, y), (255, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = o
    im.save("phone%d.jpg" % o, quality=90, exif=exif.tobytes())
PY
for o in 1 3 6 8; do
  printf '+++\ntitle = "x"\nissue = "1"\ndate = 2025-01-06\nnotice = "内部资料，免费交流"\n+++\n\n# 编者的话\n\n正文一段。\n\n![手机照片](phone%s.jpg)\n' "$o" > m$o.md
  out=$("$paiban" render m$o.md -o m$o.pdf 2>&1)
  rc=$?
  check "orientation $o renders ($out)" '[ $rc -eq 0 ] && [ -s m$o.pdf ]'
  facts=$(/usr/bin/python3 - "m$o.pdf" <<'PY'
import sys, fitz
doc = fitz.open(sys.argv[1])
for page in doc:
    for info in page.get_image_info():
        x0, y0, x1, y1 = info["bbox"]
        pix = page.get_pixmap(dpi=72, clip=info["bbox"])
        def red(fx, fy):
            p = pix.pixel(int(fx * (pix.width - 1)), int(fy * (pix.height - 1)))
            return p[0] > 200 and p[1] < 80
        sides = [n for n, xy in (("top", (0.5, 0.02)), ("bottom", (0.5, 0.98)),
                                 ("left", (0.02, 0.5)), ("right", (0.98, 0.5))) if red(*xy)]
        print("aspect=%.3f red=%s" % ((y1 - y0) / (x1 - x0), ",".join(sides)))
PY
)
  case $o in 1) want="aspect=0.750 red=top" ;; 3) want="aspect=0.750 red=bottom" ;;
             6) want="aspect=1.333 red=right" ;; 8) want="aspect=1.333 red=left" ;; esac
  check "orientation $o: $want (got $facts)" '[ "$facts" = "$want" ]'
done
echo "image orientation: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
