#!/usr/bin/env bash
# Times `cdpsite import` on a 100-page Word report (about 50,000 words, 40 tables, 20
# pictures) made by pandoc from generated Markdown; the target is under 1 s and under
# 100 MiB on the 2-core build machine.
# Usage: bench/import-docx.sh [path/to/cdpsite]   (needs pandoc and python3)
set -euo pipefail
cdpsite=$(realpath "${1:-build/cdpsite}")
picture=$(realpath "$(dirname "$0")/../tests/import/sources/chart.png")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 - "$picture" <<'PY'
import random, sys
random.seed(1)
words = ("the partnership treatment recovery housing support people drug alcohol services board "
         "council police health outcome target progress waiting places funding").split()
out = ["---\ntitle: A long annual report\n---\n"]
for section in range(40):
    out.append(f"# Section {section + 1}\n")
    for _ in range(12):
        out.append(" ".join(random.choice(words) for _ in range(100)) + ".\n")
    out.append("| Area | 2023/24 | 2024/25 |\n|---|---:|---:|\n" +
               "".join(f"| Area {r} | {r * 10} | {r * 11} |\n" for r in range(10)))
    out.append("- one\n- two\n  - nested\n")
    if section % 2 == 0:
        out.append(f"![Chart {section}]({sys.argv[1]})\n")
open("long.md", "w").write("\n".join(out))
PY
pandoc -o long.docx long.md
mkdir -p site/content && echo 'title = "Bench"' > site/content/site.toml
/usr/bin/time -f "import: %e s elapsed, %M KiB peak" "$cdpsite" import long.docx -s site/content >/dev/null
