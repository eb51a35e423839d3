#!/usr/bin/env python3
"""`paiban watch`: renders on start, re-renders when the manuscript is saved
(in place and by rename, as vim does), when a style sheet of the extends
chain changes; an error keeps the last good PDF and the watch running; the
time from a save to the new PDF in place is measured and printed.

Usage: watch_test.py PAIBAN SOURCE_DIR"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

paiban, src = sys.argv[1], os.path.abspath(sys.argv[2])
work = tempfile.mkdtemp()
failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    if not ok:
        failures.append(name)


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout


def wait_for(pred, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.002)
    return pred()


def stamp(path):
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_ino, st.st_size)
    except FileNotFoundError:
        return None


def save_by_rename(path, text):
    tmp = path + ".swp~"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(tmp, path)


def save_in_place(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


manuscript = os.path.join(work, "issue.md")
style = os.path.join(work, "house.toml")
out = os.path.join(work, "out.pdf")
shutil.copy(os.path.join(src, "samples/2025-01/issue.md"), manuscript)
with open(style, "w", encoding="utf-8") as f:
    f.write('extends = "%s"\n' % os.path.join(src, "styles/xuchang.toml"))
original = open(manuscript, encoding="utf-8").read()

log = open(os.path.join(work, "watch.log"), "w+")
proc = subprocess.Popen([paiban, "watch", manuscript, "--style", style, "-o", out],
                        stdout=log, stderr=subprocess.STDOUT)
try:
    check("first render writes the PDF", wait_for(lambda: stamp(out) is not None, 60))
    time.sleep(0.3)

    # One paragraph changed, saved by rename: the new text is in the new PDF.
    timings = []
    for i, save in enumerate([save_by_rename, save_in_place] * 3):
        before = stamp(out)
        marker = "观测标记%d号" % i
        text = original.replace("。", "。" + marker, 1)
        t0 = time.monotonic()
        save(manuscript, text)
        changed = wait_for(lambda: stamp(out) != before, 10)
        timings.append((time.monotonic() - t0) * 1000)
        check("%s save %d re-renders" % (save.__name__, i), changed)
        check("%s save %d: new text in the PDF" % (save.__name__, i),
              marker in pdf_text(out).replace("\n", "").replace(" ", ""))
    print("save -> new PDF in place (ms): " + ", ".join("%.0f" % t for t in timings))
    print("median %.0f ms" % sorted(timings)[len(timings) // 2])

    # A broken style sheet: an error, the last good PDF stays, the watch runs on.
    good = stamp(out)
    good_bytes = open(out, "rb").read()
    save_by_rename(style, open(style).read() + "\n[typography]\nkinsokuu = 1\n")
    wait_for(lambda: "kinsokuu" in open(log.name).read(), 10)
    check("a style error is reported", "kinsokuu" in open(log.name).read())
    check("the last good PDF stays", stamp(out) == good and open(out, "rb").read() == good_bytes)
    check("the watch is still running", proc.poll() is None)

    # Fix the sheet: the watch renders again (the sheet stays watched).
    save_by_rename(style, 'extends = "%s"\n' % os.path.join(src, "styles/xuchang.toml"))
    check("fixing the sheet renders again", wait_for(lambda: stamp(out) != good, 20))

    # The extended sheet is watched too: change a copy the sheet extends.
    base = os.path.join(work, "base.toml")
    shutil.copy(os.path.join(src, "styles/xuchang.toml"), base)
    before = stamp(out)
    save_by_rename(style, 'extends = "base.toml"\n')
    check("switching the chain renders", wait_for(lambda: stamp(out) != before, 20))
    before = stamp(out)
    t = open(base, encoding="utf-8").read().replace('title = "', 'title = "', 1)
    save_in_place(base, t + "\n# touched\n")
    check("a change to the extended sheet renders", wait_for(lambda: stamp(out) != before, 20))
finally:
    proc.terminate()
    proc.wait(10)
    log.seek(0)
    print(log.read()[-3000:])
    shutil.rmtree(work, ignore_errors=True)

print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
