#!/usr/bin/env python3
"""Builds the same synthetic corpus with cdpsite, with Hugo, and with cmark-gfm alone
(the floor), as whole processes, several runs each, and prints a Markdown table:
wall time median/min/max, peak RSS, pages per second, and ratios to Hugo and to the
floor. Then the data-heavy corpus with cdpsite alone (Hugo has nothing like it).

    python3 bench/compare.py [--sizes 1000,10000,50000] [--runs 3]
                             [--cdpsite build/cdpsite] [--floor build/cmark_floor]

Needs: hugo (Debian's package), GNU time (/usr/bin/time), and the floor built with
    cmake -S . -B build -DCDPSITE_BENCH=ON && cmake --build build --target cmark_floor
Everything is written to /dev/shm: on disk, writeback makes the same run vary
several-fold.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHM = "/dev/shm/cdpsite-bench"


def timed(command, env=None):
    """Runs `command` under /usr/bin/time -v; returns (seconds, peak RSS in MiB)."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    hours, minutes, seconds = wall.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds), int(rss.group(1)) / 1024


def generate(arguments, folder):
    if not os.path.exists(folder):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py")] + arguments + [folder], check=True)


def page_corpus(pages):
    folder = f"{SHM}/corpus-{pages}"
    if not os.path.exists(folder):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), folder, str(pages)], check=True)
        # The same corpus, laid out by cdpsite's minimal benchmark theme (bench/themes).
        with open(os.path.join(folder, "site.toml"), "w") as f:
            f.write('title = "Benchmark partnership"\ntheme = "minimal"\n')
    return folder


def default_theme_corpus(corpus):
    """The same pages laid out by cdpsite's default theme, as a site would be."""
    folder = corpus + "-default-theme"
    if not os.path.exists(folder):
        shutil.copytree(corpus, folder)
        with open(os.path.join(folder, "site.toml"), "w") as f:
            f.write('title = "Benchmark partnership"\n')
    return folder


def runs_of(command, output, runs, env=None):
    """The (seconds, MiB) of each run; the last run's output is left in `output`."""
    samples = []
    for _ in range(runs):
        shutil.rmtree(output, ignore_errors=True)
        samples.append(timed(command(output), env))
    return samples


def html_pages(folder):
    return sum(1 for _, _, files in os.walk(folder) for name in files if name.endswith(".html"))


def row(name, pages, samples, hugo_median=None, floor_median=None):
    walls = [wall for wall, _ in samples]
    median = statistics.median(walls)
    rss = max(peak for _, peak in samples)
    cells = [name, f"{pages:,}", f"{median:.2f} s", f"{min(walls):.2f} s", f"{max(walls):.2f} s", f"{rss:,.0f} MiB",
             f"{pages / median:,.0f}",
             f"{hugo_median / median:.2f}x faster" if hugo_median else "",
             f"{median / floor_median:.2f}x" if floor_median else ""]
    print("| " + " | ".join(cells) + " |", flush=True)
    return median


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cdpsite", default="build/cdpsite")
    parser.add_argument("--floor", default="build/cmark_floor")
    parser.add_argument("--no-data-heavy", action="store_true")
    args = parser.parse_args()
    cdpsite, floor = os.path.abspath(args.cdpsite), os.path.abspath(args.floor)
    for tool in (cdpsite, floor, shutil.which("hugo"), "/usr/bin/time"):
        if not tool or not os.path.exists(tool):
            sys.exit(f"missing: {tool or 'hugo'} (see the top of bench/compare.py)")
    env = dict(os.environ, CDPSITE_THEMES=os.path.join(HERE, "themes"))
    os.makedirs(SHM, exist_ok=True)
    print(f"{os.cpu_count()} cores; {args.runs} runs each; hugo: "
          + subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1])
    print()
    print("| generator | pages | median | min | max | peak RSS | pages/s | vs Hugo | vs floor |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    medians = {}  # cdpsite's median time by corpus, for the ratios at the end
    for pages in [int(size) for size in args.sizes.split(",")]:
        corpus = page_corpus(pages)
        out = f"{SHM}/out"
        floor_median = row("cmark-gfm floor", pages, runs_of(lambda o: [floor, corpus, o], out, args.runs))
        hugo_median = row("Hugo", pages, runs_of(
            lambda o: ["hugo", "--quiet", "--source", os.path.join(HERE, "hugo"), "--contentDir", corpus,
                       "--destination", o, "--cacheDir", f"{SHM}/hugo-cache"], out, args.runs), None, floor_median)
        medians[pages] = row("cdpsite", pages, runs_of(lambda o: [cdpsite, "build", "-q", "-s", corpus, "-o", o], out,
                                                        args.runs, env), hugo_median, floor_median)
        if pages == 10000:
            themed = default_theme_corpus(corpus)
            row("cdpsite, default theme", pages,
                runs_of(lambda o: [cdpsite, "build", "-q", "-s", themed, "-o", o], out, args.runs), hugo_median,
                floor_median)
    if not args.no_data_heavy:
        heavy = f"{SHM}/data-heavy"
        generate(["--data-heavy"], heavy)
        print()
        print("Data-heavy: 150 partnerships x 40 metrics x 20 periods, 750 documents with shortcodes and charts, "
              "the default theme:")
        print()
        print("| generator | pages | median | min | max | peak RSS | pages/s | | |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
        samples = runs_of(lambda o: [cdpsite, "build", "-q", "-s", heavy, "-o", o], f"{SHM}/out", args.runs)
        medians["data-heavy"] = row("cdpsite", html_pages(f"{SHM}/out"), samples)
    if 10000 in medians:
        print()
        for other, label in ((50000, "50,000 pages"), ("data-heavy", "the data-heavy corpus")):
            if other in medians:
                print(f"- {label}: {medians[other] / medians[10000]:.2f}x the time of 10,000 pages")
    shutil.rmtree(f"{SHM}/out", ignore_errors=True)


if __name__ == "__main__":
    main()
