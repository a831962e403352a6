#!/usr/bin/env python3
"""Writes a deterministic synthetic CDP-style site for benchmarks.

    bench/generate_corpus.py OUT_DIR PAGES
    bench/generate_corpus.py --data-heavy OUT_DIR

N pages of about 4 KB of Markdown each (headings, lists, a GFM table, a footnote,
emphasis, links), TOML front matter (title, date, summary), spread over N/50 sections
(at most 20), each with an _index.md. The same N always gives the same bytes.

--data-heavy writes 150 partnerships, each with 40 metrics of 20 periods (with England
as a comparator and a target) and 5 documents that embed metric shortcodes and charts.
"""
import os
import random
import sys

WORDS = ("partnership treatment recovery naloxone prevention housing probation police "
         "outcomes framework priority community families harm reduction referral pathway "
         "evidence commissioning workforce lived experience employment alcohol opiates "
         "crack cocaine county lines disruption prison continuity care").split()


def sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def page_body(rng, index, section_pages):
    other = rng.choice(section_pages)
    parts = [f"## Summary of item {index}\n", " ".join(sentence(rng) for _ in range(6)) + "\n",
             "## What we know\n", "".join(f"- {sentence(rng, 8)}\n" for _ in range(6)),
             "\n| Measure | 2022/23 | 2023/24 |\n| --- | ---: | ---: |\n"]
    parts += [f"| {sentence(rng, 3)} | {rng.randint(100, 5000):,} | {rng.randint(100, 5000):,} |\n" for _ in range(5)]
    parts += ["\n## What we will do\n",
              " ".join(sentence(rng) for _ in range(5)) + " See *the* **related** [page](" + other + ").[^1]\n",
              "\n### Actions\n", "".join(f"{n}. {sentence(rng, 10)}\n" for n in range(1, 7)),
              "\n## How it contributes\n", " ".join(sentence(rng) for _ in range(8)) + "\n",
              f"\n[^1]: Source note for item {index}.\n"]
    return "".join(parts)


# The periods of every metric of the data-heavy corpus: 20 quarters.
QUARTERS = [f"Q{q} {y}/{(y + 1) % 100:02d}" for y in range(2019, 2024) for q in range(1, 5)]


def metric_block(rng, index):
    values = ", ".join(f'{{ period = "{period}", value = {rng.randint(100, 900)} }}' for period in QUARTERS)
    england = ", ".join(f'{{ period = "{period}", value = {rng.randint(100, 900)} }}' for period in QUARTERS[-4:])
    return (f'[[metric]]\nid = "local-metric-{index:02d}"\n'
            f'values = [ {values} ]\ntarget = {{ value = 1000, by = "March 2025" }}\n'
            f'[[metric.comparator]]\nname = "England"\nvalues = [ {england} ]\n\n')


def document(rng, partnership, number):
    lines = [f'+++\ntitle = "Report {number} of partnership {partnership}"\ndate = 2024-0{1 + number}-01\n'
             f'kind = "board report"\nseries = "board-{partnership}"\n+++\n']
    for index in range(0, 40, 4):
        lines.append(f"## Measure {index}\n\n{sentence(rng)} The latest figure is "
                     f'{{{{< metric "local-metric-{index:02d}" >}}}}.\n\n'
                     f'{{{{< chart "local-metric-{index:02d}" >}}}}\n\n'
                     f'{{{{< metric-card "local-metric-{index + 1:02d}" >}}}}\n\n')
    return "".join(lines)


def data_heavy(out):
    rng = random.Random(150)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "site.toml"), "w") as f:
        f.write('title = "Benchmark region"\n')
    with open(os.path.join(out, "_index.md"), "w") as f:
        f.write('+++\ntitle = "Benchmark region"\n+++\nA synthetic region.\n')
    # The 40 metrics are defined once, in the site's catalogue; partnerships give values.
    os.makedirs(os.path.join(out, "data"), exist_ok=True)
    with open(os.path.join(out, "data", "local-metrics.toml"), "w") as f:
        for i in range(40):
            f.write(f'[[metric]]\nid = "local-metric-{i:02d}"\nname = "Local measure {i}"\nunit = "count"\n'
                    f'better = "higher"\noutcome = "increase-engagement-in-treatment"\nheadline = {str(i < 4).lower()}\n'
                    f'source = "Local data"\n\n')
    for p in range(150):
        folder = os.path.join(out, f"partnership-{p:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "partnership.toml"), "w") as f:
            f.write(f'name = "Partnership {p}"\nfootprint = ["District {p}a", "District {p}b"]\n')
        with open(os.path.join(folder, "metrics.toml"), "w") as f:
            f.write("".join(metric_block(rng, i) for i in range(40)))
        with open(os.path.join(folder, "_index.md"), "w") as f:
            f.write(f'+++\ntitle = "Partnership {p}"\n+++\nThe partnership\'s page.\n')
        for number in range(1, 6):
            with open(os.path.join(folder, f"report-{number}.md"), "w") as f:
                f.write(document(rng, p, number))


def main():
    if sys.argv[1] == "--data-heavy":
        data_heavy(sys.argv[2])
        return
    out, pages = sys.argv[1], int(sys.argv[2])
    rng = random.Random(pages)
    sections = max(1, min(20, pages // 50))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "site.toml"), "w") as f:
        f.write('title = "Benchmark partnership"\n')
    with open(os.path.join(out, "_index.md"), "w") as f:
        f.write('+++\ntitle = "Benchmark"\n+++\nA synthetic site.\n')
    names = {s: [f"page-{i:06d}.md" for i in range(pages) if i % sections == s] for s in range(sections)}
    for s in range(sections):
        folder = os.path.join(out, f"section-{s:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "_index.md"), "w") as f:
            f.write(f'+++\ntitle = "Section {s}"\nsummary = "Pages of section {s}"\n+++\n')
    for i in range(pages):
        s = i % sections
        day = 1 + i % 28
        month = 1 + i % 12
        with open(os.path.join(out, f"section-{s:02d}", f"page-{i:06d}.md"), "w") as f:
            f.write(f'+++\ntitle = "Item {i}: {sentence(rng, 4)[:-1]}"\ndate = 2024-{month:02d}-{day:02d}\n'
                    f'summary = "{sentence(rng, 10)}"\n+++\n')
            f.write(page_body(rng, i, names[s]))


if __name__ == "__main__":
    main()
