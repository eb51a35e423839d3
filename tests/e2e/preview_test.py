#!/usr/bin/env python3
"""`paiban watch --serve`: the preview in a real browser.

Debian's chromium, headless, is driven through the DevTools protocol: it
loads the preview page, the test saves a changed paragraph and the page must
show the new text (pdf.js text layer over the drawn page) within 2 s, in
place (the scroll position kept); a broken style sheet must show its error,
with file:line:col, over the last good pages; fixing it brings the pages
back. Then the server's boundaries over plain HTTP: loopback only, nothing
outside the issue's folder (../, encoded and symlinked forms), other hosts
refused.

Exits 77 (ctest: skipped) with the reason when no browser can start.
Usage: preview_test.py PAIBAN SOURCE_DIR"""
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket  # python3-websocket

SKIP = 77
paiban, src = sys.argv[1], os.path.abspath(sys.argv[2])
work = tempfile.mkdtemp(prefix="paiban-preview-")
failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)[:600]),
          flush=True)
    if not ok:
        failures.append(name)


def wait_for(pred, timeout, step=0.02):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = pred()
        if value:
            return value
        time.sleep(step)
    return pred()


def save_by_rename(path, text):
    tmp = path + ".swp~"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(tmp, path)


def find_browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def start_browser(profile):
    """Headless chromium with the DevTools protocol on a free port; returns
    (process, DevTools HTTP port) or exits 77 saying why it cannot start."""
    browser = find_browser()
    if not browser:
        print("SKIP: no chromium on this machine (scripts/install-deps installs it)")
        sys.exit(SKIP)
    args = [browser, "--headless=new", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-dev-shm-usage", "--mute-audio",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--user-data-dir=" + profile, "--window-size=1000,800", "about:blank"]
    if os.geteuid() == 0:
        args.insert(1, "--no-sandbox")  # chromium refuses to run as root with its sandbox
    log = open(os.path.join(work, "chromium.log"), "w+")
    proc = subprocess.Popen(args, stdout=log, stderr=log, start_new_session=True)
    port_file = os.path.join(profile, "DevToolsActivePort")
    if not wait_for(lambda: os.path.exists(port_file) and open(port_file).read().strip(), 60, 0.1):
        proc.kill()
        log.seek(0)
        print("SKIP: chromium did not start within 60 s:\n" + log.read()[-2000:])
        sys.exit(SKIP)
    return proc, int(open(port_file).read().split()[0])


class Page:
    """One browser tab over the DevTools protocol (Page/Runtime domains)."""

    def __init__(self, devtools_port):
        targets = json.load(urllib.request.urlopen(
            "http://127.0.0.1:%d/json/list" % devtools_port, timeout=10))
        url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(url, timeout=30, suppress_origin=True)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply["result"]

    def eval(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")


# What the page shows, read from its DOM.
SHOWN = """JSON.stringify({
  state: window.paibanPreview || null,
  text: Array.from(document.querySelectorAll('.page .textLayer')).map(l => l.textContent).join(''),
  canvases: document.querySelectorAll('.page canvas').length,
  overlay: !document.getElementById('problems').hidden,
  problems: document.getElementById('problems').innerText,
  places: Array.from(document.querySelectorAll('#problems .place')).map(b => b.textContent),
  scroll: window.scrollY,
})"""

# Share of non-white pixels of page `n`'s canvas: drawn pages are not blank.
INK = """(() => {
  const c = document.querySelectorAll('.page canvas')[%d];
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i+1] < 200 || d[i+2] < 200) ink++;
  return ink / (d.length / 4);
})()"""


def squeeze(text):
    return re.sub(r"\s+", "", text)


manuscript = os.path.join(work, "issue.md")
style = os.path.join(work, "house.toml")
shutil.copy(os.path.join(src, "samples/2025-01/issue.md"), manuscript)
good_style = 'extends = "%s"\n' % os.path.join(src, "styles/xuchang.toml")
with open(style, "w", encoding="utf-8") as f:
    f.write(good_style)
original = open(manuscript, encoding="utf-8").read()
os.symlink("/etc/passwd", os.path.join(work, "leak.txt"))  # a link out of the folder

watch_log = open(os.path.join(work, "watch.log"), "w+")
watch = subprocess.Popen([paiban, "watch", manuscript, "--style", style, "--serve", "0"],
                         stdout=watch_log, stderr=subprocess.STDOUT)
browser = None
try:
    url = wait_for(lambda: re.search(r"preview at (http://127\.0\.0\.1:(\d+)/)",
                                     open(watch_log.name).read()), 30)
    check("the watch prints the preview's address on 127.0.0.1", url is not None,
          open(watch_log.name).read())
    if not url:
        raise SystemExit
    base, port = url.group(1), int(url.group(2))

    browser, devtools_port = start_browser(os.path.join(work, "profile"))
    page = Page(devtools_port)
    page.call("Page.enable")
    page.call("Page.navigate", url=base)

    def shown():
        try:
            return json.loads(page.eval(SHOWN))
        except Exception:  # the page is still loading
            return None

    first = wait_for(lambda: (s := shown()) and s["state"] and s["state"]["shownPdf"] >= 1
                     and s["canvases"] == 5 and s, 60, 0.1)
    check("the page shows the 5 pages of the first render", bool(first), shown())
    if not first:
        raise SystemExit
    check("the first page is drawn (not blank)", page.eval(INK % 0) > 0.01, page.eval(INK % 0))
    first_paragraph = squeeze(original.split("\n\n")[3])[:12]

    # Scroll down, then save changed paragraphs: the new text within 2 s, in place.
    page.eval("window.scrollTo(0, 1400)")
    scrolled = shown()["scroll"]
    check("the page scrolls (it is longer than the window)", scrolled > 1000, scrolled)
    timings = []
    for i in range(3):
        marker = "预览标记%d号" % i
        before = shown()["state"]["reloads"]
        t0 = time.monotonic()
        save_by_rename(manuscript, original.replace("。", "。" + marker, 1))
        seen = wait_for(lambda: marker in squeeze(shown()["text"]), 10, 0.01)
        timings.append(time.monotonic() - t0)
        check("edit %d: the page shows the new text within 2 s (%.2f s)" % (i, timings[-1]),
              seen and timings[-1] <= 2.0)
        now = wait_for(lambda: (s := shown())["state"]["reloads"] > before and s, 10)
        check("edit %d: the pages were redrawn in place, scroll kept" % i,
              now["state"]["reloads"] > before and now["scroll"] == scrolled
              and now["canvases"] == 5, now)
    print("save -> new text on the page (s): " + ", ".join("%.2f" % t for t in timings))
    last_text = squeeze(shown()["text"])

    # A broken style sheet: its error with file:line:col over the last good pages.
    broken = good_style + "\n[typography]\nkinsokuu = 1\n"
    save_by_rename(style, broken)
    failed = wait_for(lambda: (s := shown())["overlay"] and "kinsokuu" in s["problems"] and s,
                      10, 0.02)
    check("a broken style sheet shows its error on the page", bool(failed), shown())
    if failed:
        line = broken.splitlines().index("kinsokuu = 1") + 1
        places = [p for p in failed["places"] if p.startswith(style + ":%d:" % line)]
        check("the error names file:line:col of the bad key", bool(places), failed["places"])
        check("the last good pages stay under it",
              failed["canvases"] == 5 and squeeze(failed["text"]) == last_text)
        # The clipboard needs a focused page and the permission a user gives.
        page.call("Browser.grantPermissions", origin=base.rstrip("/"),
                  permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        page.call("Emulation.setFocusEmulationEnabled", enabled=True)
        page.eval("document.querySelector('#problems .place').click()")
        check("a click on the place marks it copied",
              wait_for(lambda: page.eval(
                  "document.querySelector('#problems .place').classList.contains('copied')"),
                  5))
        copied = page.eval("navigator.clipboard.readText()")
        check("the clipboard holds file:line:col", copied == places[0] if places else False,
              copied)
        check("the page says the render failed", failed["state"]["ok"] is False)

    # Fixed: the overlay goes, the pages come back from a new render.
    save_by_rename(style, good_style)
    fixed = wait_for(lambda: (s := shown()) and not s["overlay"] and s["state"]["ok"] and s, 10)
    check("fixing the sheet hides the error", bool(fixed), shown())

    # The server's boundaries, over plain HTTP (paths sent exactly as written).
    def get(path, host=None):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.putrequest("GET", path, skip_host=True)
        conn.putheader("Host", host or "127.0.0.1:%d" % port)
        conn.endheaders()
        r = conn.getresponse()
        body = r.read()
        conn.close()
        return r.status, body

    status, body = get("/files/issue.md")
    check("a file of the issue's folder is served",
          status == 200 and body == open(manuscript, "rb").read(), (status, body[:80]))
    for path in ["/files/../../../../etc/passwd", "/files/..%2f..%2f..%2f..%2fetc%2fpasswd",
                 "/files/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/files/%2E%2E%2Fhouse.toml",
                 "/files/sub/../../x", "/files//etc/passwd", "/files/%2fetc%2fpasswd",
                 "/files/..%5c..%5cetc%5cpasswd", "/files/leak.txt", "/pdfjs/../../../../etc/passwd",
                 "/pdfjs/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/../../etc/passwd",
                 "/%2e%2e/%2e%2e/etc/passwd", "/files/%252e%252e/%252e%252e/etc/passwd"]:
        status, body = get(path)
        check("refused: %s (%d)" % (path, status),
              status in (403, 404) and b"root:" not in body, body[:80])
    status, _ = get("/files/../issue.md")
    check("../ is refused even when it lands back inside", status == 403, status)
    status, _ = get("/", host="evil.example:%d" % port)
    check("a request for another host name is refused (DNS rebinding)", status == 403, status)
    status, body = get("/pdfjs/pdf.js")
    check("pdf.js is served from Debian's libjs-pdf", status == 200 and b"pdfjsLib" in body)
    status, body = get("/pdf")
    check("the latest PDF is served", status == 200 and body.startswith(b"%PDF-"))
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/pdf", body=b"x")
    check("other methods are refused", conn.getresponse().status == 405)
    conn.close()
    # Many open pages (each holds an event stream) do not stall the server.
    streams = []
    for _ in range(12):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", "/events")
        c.getresponse()
        streams.append(c)
    t0 = time.monotonic()
    status, _ = get("/pdf")
    check("with 12 event streams open the PDF is still served at once",
          status == 200 and time.monotonic() - t0 < 3, time.monotonic() - t0)
    for c in streams:
        c.close()
    listening = [l.split() for l in open("/proc/net/tcp").read().splitlines()[1:]]
    mine = [l[1] for l in listening if l[3] == "0A" and int(l[1].split(":")[1], 16) == port]
    check("the server listens on 127.0.0.1 only", mine == ["0100007F:%04X" % port], mine)

    # In the editor's language (zh_CN) the page gets the same parts: the
    # place first, the severity known whatever word the terminal shows.
    zh_log = open(os.path.join(work, "zh.log"), "w+")
    zh_env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES", "LANG")}
    zh_env["LC_ALL"] = "zh_CN.UTF-8"
    zh_watch = subprocess.Popen([paiban, "watch", os.path.join(work, "missing.md"), "--serve", "0"],
                                stdout=zh_log, stderr=subprocess.STDOUT, env=zh_env)
    try:
        zh_url = wait_for(lambda: re.search(r"127\.0\.0\.1:(\d+)/", open(zh_log.name).read()), 30)
        conn = http.client.HTTPConnection("127.0.0.1", int(zh_url.group(1)), timeout=30)
        conn.request("GET", "/events")
        events = conn.getresponse()
        state = None
        while True:  # the first event after the first render
            line = events.fp.readline().decode()
            if line.startswith("data: "):
                state = json.loads(line[6:])
                if state["generation"] >= 1:
                    break
        conn.close()
        d = state["diagnostics"][0]
        check("zh_CN: the failed render's diagnostic keeps its place and severity",
              state["ok"] is False and d["place"] == os.path.join(work, "missing.md")
              and d["severity"] == "error" and d["severity_word"] == "错误"
              and "稿件" in d["message"], state)
    finally:
        zh_watch.terminate()
        zh_watch.wait(20)
finally:
    if browser:
        os.killpg(browser.pid, signal.SIGTERM)
        browser.wait(20)
    watch.terminate()
    watch.wait(20)
    watch_log.seek(0)
    print(watch_log.read()[-1500:])
    shutil.rmtree(work, ignore_errors=True)

print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
