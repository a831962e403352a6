#!/usr/bin/env python3
"""Writes a deterministic synthetic CDP-style site for benchmarks.

    bench/generate_corpus.py OUT_DIR PAGES

N pages of about 4 KB of Markdown each (headings, lists, a GFM table, a footnote,
emphasis, links), TOML front matter (title, date, summary), spread over N/50 sections
(at most 20), each with an _index.md. The same N always gives the same bytes.
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


def main():
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
