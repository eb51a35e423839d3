#!/usr/bin/env python3
"""Every message a run prints is in Chinese under zh_CN.

Feeds paiban many bad inputs (manuscript, front matter, Markdown, style
sheet, colours, units, fonts, plugins and their options, images, profiles,
the command line, import, help and the commands' reports) with
LC_ALL=zh_CN.UTF-8, and checks each line printed:
  - a diagnostic keeps its place first (`file:line:col: 错误: …`);
  - no English is left: outside quoted names, paths, options and code, no
    run of three English words, and no message without a Chinese character;
  - the same run in English prints the same number of diagnostic lines at
    the same places, so the corpus really reaches the messages it lists.
po/check_catalog.py checks the catalog covers the code; this checks the
catalog's patterns match what the program really prints.

Usage: messages_test.py PAIBAN SOURCE_DIR"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

paiban, src = sys.argv[1], os.path.abspath(sys.argv[2])
work = tempfile.mkdtemp()
os.chdir(work)
failures = []
sample = open(os.path.join(src, "samples/2025-01/issue.md"), encoding="utf-8").read()
house = os.path.join(src, "styles/xuchang.toml")


def env_for(lang):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES", "LANG")}
    env["LC_ALL"] = lang
    return env


def write(name, text, mode="w"):
    os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
    with open(name, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        f.write(text)


def run(args, lang, stdin=None):
    p = subprocess.run([paiban] + args, capture_output=True, env=env_for(lang), input=stdin,
                       timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


DIAGNOSTIC = re.compile(r"^(.*?): (错误|警告|提示|error|warning|note): (.*)$")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|'[^']*'|`[^`]*`|「[^」]*」|‘[^’]*’|\[[^\]]*\]|<[^>]*>|\{[^}]*\}")
# Paths, options, keys and other names an editor types as they are.
NAMES = re.compile(r"\S*[/\\.=_]\S*|--?[A-Za-z][\w-]*|\b[A-Z][A-Z0-9_+-]+\b|\b\w+\(\S*")
ENGLISH_RUN = re.compile(r"\b[A-Za-z][a-z'-]+(?: [A-Za-z][a-z'-]+){2,}\b")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
# Words that stay as they are in the Chinese texts (names of things).
KEPT = re.compile(r"\b(Noto \w+(?: \w+)*|LXGW WenKai|Word|WPS|Markdown|LibreOffice|Excel|"
                  r"PowerPoint|FreeType|HarfBuzz|PoDoFo|Debian|SmartArt|OpenDocument)\b")


def leftover_english(text):
    """The English words left in a printed text, '' when none."""
    bare = QUOTED.sub(" ", text)
    bare = KEPT.sub(" ", bare)
    bare = NAMES.sub(" ", bare)
    found = ENGLISH_RUN.findall(bare)
    return "; ".join(found)


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    if not ok:
        failures.append(name)


checked_lines = 0


def check_case(name, args, stdin=None, report_lines=False, expect_diagnostics=True):
    """Runs `args` in both languages; checks the Chinese lines."""
    global checked_lines
    rc_zh, out_zh, err_zh = run(args, "zh_CN.UTF-8", stdin)
    rc_en, out_en, err_en = run(args, "C.UTF-8", stdin)
    check(name + ": the same exit status in both languages", rc_zh == rc_en, f"{rc_zh} {rc_en}")
    zh_lines = [l for l in err_zh.splitlines() if l.strip()]
    en_lines = [l for l in err_en.splitlines() if l.strip()]
    if report_lines:
        zh_lines += [l for l in out_zh.splitlines() if l.strip()]
        en_lines += [l for l in out_en.splitlines() if l.strip()]
    places = lambda lines: [m.group(1) for m in map(DIAGNOSTIC.match, lines) if m]
    check(name + ": the same places in the same order", places(zh_lines) == places(en_lines),
          f"{places(zh_lines)} vs {places(en_lines)}")
    if expect_diagnostics:
        check(name + ": the run reports something", len(places(en_lines)) > 0, err_en[:300])
    bad = []
    for line in zh_lines:
        m = DIAGNOSTIC.match(line)
        text = m.group(3) if m else line
        if m and m.group(2) in ("error", "warning", "note"):
            bad.append("English severity: " + line)
            continue
        left = leftover_english(text)
        if left or (m and not CJK.search(QUOTED.sub("", text)) and re.search(r"[a-z]{3}", text)):
            bad.append(line + "   <- " + (left or "no Chinese"))
        checked_lines += 1
    check(name + ": every line in Chinese", not bad, "\n      " + "\n      ".join(bad))


# The check itself finds English where it is left.
check("the check finds an English message",
      leftover_english("cannot read the manuscript: No such file or directory") != "")
check("the check passes names, paths and options in a Chinese message",
      leftover_english("无法读取“No Such Kai SC” images/a.png --plugin-path DIR [typography]") == "")

# The manuscript and its front matter.
write("nofm.md", "# 编者的话\n\n正文。\n")
write("yaml.md", "---\ntitle: x\n---\n\n# 编者的话\n")
write("open.md", "+++\ntitle = \"x\"\n")
write("badtoml.md", "+++\ntitle = \n+++\n")
write("nul.md", "+++\ntitle = \"x\"\n+++\n\0\n", "w")
write("latin1.md", b"+++\ntitle = \"\xe9\"\n+++\n", "wb")
fm = sample.split("+++")[1]
write("fm.md", sample.replace(fm, fm.replace('title = "', 'title = 3\nxtitle = "')
                              .replace("date = 2025-01-06", 'date = "2025-01-06"')
                              .replace("publisher", "publsher")))
write("nodate.md", sample.replace(fm, "\n".join(l for l in fm.split("\n")
                                                 if not l.startswith("date"))))
for name in ["nofm.md", "yaml.md", "open.md", "badtoml.md", "nul.md", "latin1.md", "fm.md",
             "nodate.md", "missing.md"]:
    check_case("check " + name, ["check", name])

# Markdown the engine does not set, and headings and sections.
markdown = sample + """
# 行业动太

正文里的图片![图](images/a.png)，脚注[^1]，链接 [https://example.com](https://example.com)，
<span>原始 HTML</span>，段中分页 <!-- pagebreak --> 不行。

[^1]: 脚注内容。

＃全角标题

#没有空格

    缩进的代码

> # 引文中的标题

<div>块级 HTML</div>

![]()

![缺失的图](images/missing.png)

~~删除线~~ 与 $x$

- [ ] 任务
"""
write("markdown.md", markdown)
check_case("check markdown.md", ["check", "markdown.md"])
check_case("render markdown.md", ["render", "markdown.md", "-o", "markdown.pdf"])

# A style sheet with a mistake of each kind.
write("bad.toml", f"""extends = "{house}"
sise = 1
[page]
margins.top = "12"
margins.bottom = "12PX"
width = "-3mm"
[typography]
kinsoku = "strikt"
hyphenate = "yes"
[colors]
red = {{ c = 150, m = 0, y = 0, k = 0 }}
blue = "rgb(0,0,255)"
green = "grean"
spot = {{ spot = "X" }}
[fonts.kai]
family = ["No Such Kai SC"]
[fonts.odd]
family = []
[styles.body]
size = "12px"
line_height = "0.5em"
font = "nofont"
color = "nocolour"
[styles.h1]
based_on = "h9"
[styles.a]
based_on = "b"
[styles.b]
based_on = "a"
[sizes]
"特大" = "40pt"
[print]
output_profile = "nowhere.icc"
[masters.right.header]
text = "{{titel}} {{"
[[section]]
match = "编者的话"
plugin = "editors_note"
options = {{ frme = "tint", padding = 3, tint = "nocolour", frame = "box" }}
[[section]]
match = "行业动态"
plugin = "industry_newz"
[[section]]
match = "不存在的栏目"
plugin = "article"
options = {{ columns = 9 }}
""")
check_case("check-style bad.toml", ["check-style", "bad.toml"])
check_case("check with bad.toml", ["check", "markdown.md", "--style", "bad.toml"])
write("cycle.toml", 'extends = "cycle2.toml"\n')
write("cycle2.toml", 'extends = "cycle.toml"\n')
check_case("check-style cycle.toml", ["check-style", "cycle.toml"])
write("syntax.toml", "[page\nsize = \n")
check_case("check-style syntax.toml", ["check-style", "syntax.toml"])
check_case("check-style - (standard input)", ["check-style", "-"],
           stdin=open("bad.toml", "rb").read())
write("grid.toml", f'extends = "{house}"\n[page]\nsize = "A4"\ncolumns = 9\ncolumn_gap = "90mm"\n'
      '[page.grid]\nchars = 80\nlines = 90\n')
check_case("check-style grid.toml", ["check-style", "grid.toml"])
write("noprofile.toml", f'extends = "{house}"\n[print]\noutput_profile = "profile.icc"\n')
write("profile.icc", "not an icc profile")
check_case("render with a bad profile", ["render", "issue.md", "--style", "noprofile.toml", "-o",
                                         "x.pdf"])
shutil.copy(os.path.join(src, "samples/2025-01/issue.md"), "issue.md")

# Images: not an image, too small to print well.
write("images/fake.png", "not a png")
write("img.md", sample + "\n# 图片\n\n![假图](images/fake.png)\n")
check_case("render a fake image", ["render", "img.md", "-o", "img.pdf"])

# The command line.
for name, args in [("no command", []), ("unknown command", ["rendr"]),
                   ("unknown option", ["render", "--outptu", "x.pdf", "issue.md"]),
                   ("missing value", ["render", "issue.md", "-o"]),
                   ("stdin without -o", ["render", "-"]),
                   ("-o with two manuscripts", ["render", "issue.md", "markdown.md", "-o", "a.pdf"]),
                   ("bad limit", ["render", "issue.md", "--limit", "speed=3"]),
                   ("bad limit value", ["render", "issue.md", "--limit", "image_mib=0"]),
                   ("bad port", ["watch", "issue.md", "--serve", "abc"]),
                   ("watch standard input", ["watch", "-"]),
                   ("help of an unknown command", ["help", "rendr"]),
                   ("output is the manuscript", ["render", "issue.md", "-o", "issue.md"]),
                   ("new into a file", ["new", "issue.md"]),
                   ("import without files", ["import"]),
                   ("import --section without files", ["import", "--section", "行业动态"]),
                   ("import a text file", ["import", "issue.md", "-o", "imported.md"]),
                   ("import --set", ["import", "--set", "nokey", "x.docx"]),
                   ("plugin path missing", ["render", "issue.md", "--plugin-path", "nowhere",
                                            "-o", "x.pdf", "--style", "bad.toml"])]:
    check_case(name, args)

# Reports and help: every line of them in Chinese.
check_case("plugins", ["plugins"], report_lines=True, expect_diagnostics=False)
check_case("help", ["help"], report_lines=True, expect_diagnostics=False)
for command in ["render", "check", "check-style", "import", "watch", "new", "fonts", "plugins",
                "help"]:
    check_case("help " + command, ["help", command], report_lines=True, expect_diagnostics=False)
check_case("check report", ["check", "issue.md"], report_lines=True, expect_diagnostics=False)
check_case("render --report", ["render", "issue.md", "-o", "r.pdf", "--report"],
           expect_diagnostics=False)

print(f"\n{checked_lines} Chinese lines checked, {len(failures)} failure(s)")
shutil.rmtree(work, ignore_errors=True)
sys.exit(1 if failures else 0)
