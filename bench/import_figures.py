#!/usr/bin/env python3
"""Times `cdpsite import figures` on a whole Fingertips profile export.

Writes a site with one partnership (area_codes = ["E10000032"], 20 metrics each with a
fingertips_id) and a Fingertips CSV of ROWS rows (default 200,000, about 60 MB): 100
indicators for England, 9 regions and 150 upper-tier areas over the years needed, each
row with every column Fingertips writes. Then imports it RUNS times (the first writes
the owned file, the later ones find nothing changed) under /usr/bin/time -v, and prints
wall time and peak memory. The same ROWS always writes the same bytes.

    python3 bench/import_figures.py [--binary build/cdpsite] [--rows 200000] [--runs 3]
"""
import argparse
import os
import re
import shutil
import subprocess

HEADER = ("Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
          "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
          "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
          "Compared to England value or percentiles,Compared to Region value or percentiles,"
          "Time period Sortable,New data,Compared to goal,Time period range\r\n")
FRAMEWORK_METRICS = ["drug-misuse-deaths", "continuity-of-care",
]


def areas():
    yield "E92000001", "England", "England", "", ""
    for r in range(1, 10):
        yield f"E120000{r:02d}", f"Region {r}", "Region", "E92000001", "England"
    for a in range(150):
        region = 1 + a % 9
        code = "E10000032" if a == 0 else f"E06{a:06d}"
        yield code, f"Area {a}", "Counties & UAs (from Apr 2023)", f"E120000{region:02d}", f"Region {region}"


def write_csv(path, rows):
    area_list = list(areas())
    per_period = 100 * len(area_list)
    years = max(1, -(-rows // per_period))
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        for indicator in range(100):
            for year in range(2000, 2000 + years):
                for code, name, kind, parent, parent_name in area_list:
                    if written == rows:
                        return
                    value = ((indicator * 7919 + year * 104729 + hash_code(code)) % 100000) / 1000
                    out.write(f"{90000 + indicator},Indicator number {indicator} of the profile - with a name as long as Fingertips gives,{parent},"
                              f"{parent_name},{code},{name},{kind},Persons,All ages,,,{year}/{(year + 1) % 100:02d},"
                              f"{value},{value * 0.9:.6f},{value * 1.1:.6f},{value * 0.85:.6f},{value * 1.15:.6f},"
                              f"{int(value * 10)},{int(value * 1000)},,No significant change,Similar,Similar,"
                              f"{year}0000,,,1y\r\n")
                    written += 1


def hash_code(code):
    return sum(ord(c) * (i + 1) for i, c in enumerate(code))


def write_site(folder):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(f"{folder}/content/ws")
    with open(f"{folder}/content/site.toml", "w") as f:
        f.write('title = "Bench"\n')
    with open(f"{folder}/content/ws/partnership.toml", "w") as f:
        f.write('name = "Bench CDP"\narea_codes = ["E10000032"]\n')
    with open(f"{folder}/content/ws/metrics.toml", "w") as f:
        for i, metric in enumerate(FRAMEWORK_METRICS):
            f.write(f'[[metric]]\nid = "{metric}"\nfingertips_id = {90000 + i}\n\n')
        for i in range(len(FRAMEWORK_METRICS), 20):
            f.write(f'[[metric]]\nid = "local-{i}"\nname = "Local {i}"\nunit = "rate_per_100k"\n'
                    f'better = "lower"\nfingertips_id = {90000 + i}\n\n')


def timed(binary, folder):
    result = subprocess.run(["/usr/bin/time", "-v", binary, "import", "figures", "profile.csv"], cwd=folder,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stdout + result.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)", result.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", result.stderr).group(1))
              for kind in ("User", "System"))
    seconds = float(wall.group(2)) + 60 * float(wall.group(1) or 0)
    return seconds, cpu, int(peak.group(1)) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.abspath("build/cdpsite"))
    parser.add_argument("--rows", type=int, default=200000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", default="/dev/shm/cdpsite-bench-import")
    args = parser.parse_args()
    write_site(args.folder)
    write_csv(f"{args.folder}/profile.csv", args.rows)
    size = os.path.getsize(f"{args.folder}/profile.csv") / 1e6
    print(f"{args.rows} rows, {size:.1f} MB")
    for run in range(args.runs):
        seconds, cpu, mib = timed(args.binary, args.folder)
        print(f"run {run + 1}: {seconds:.2f} s wall, {cpu:.2f} s CPU, peak {mib:.0f} MiB")


if __name__ == "__main__":
    main()
