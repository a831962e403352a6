#!/usr/bin/env bash
# Makes the .docx corpus of the Word import's tests (tests/import/docx/), which is
# committed: the tests and CI use the files, and only this script needs the tools.
#   - sources/*.md through Debian's pandoc (`pandoc -o x.docx`), as Word documents
#     written from Markdown;
#   - handmade/NAME/: minimal WordprocessingML written by hand for the corner cases
#     pandoc never writes (numbering restarts, merged cells, bookmarks and fields,
#     tracked changes and comments, text boxes), zipped over handmade/common/.
# The files are reproducible: fixed timestamps inside the zips and in pandoc's output.
# Usage: tests/import/make_corpus.sh   (needs pandoc and python3)
set -euo pipefail
cd "$(dirname "$0")"
export SOURCE_DATE_EPOCH=1735689600  # 2025-01-01: pandoc's core properties and zip times
mkdir -p docx

for source in sources/*.md; do
  name=$(basename "$source" .md)
  (cd sources && pandoc --from markdown --to docx -o "../docx/pandoc-$name.docx" "$name.md")
done

for folder in handmade/*/; do
  name=$(basename "$folder")
  [ "$name" = common ] && continue
  python3 - "$folder" "docx/handmade-$name.docx" <<'PY'
import os, sys, zipfile
folder, out = sys.argv[1], sys.argv[2]
parts = {}
for root in ("handmade/common", folder):
    for directory, _, files in os.walk(root):
        for file in files:
            path = os.path.join(directory, file)
            parts[os.path.relpath(path, root).replace(os.sep, "/")] = path
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
    for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
        info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(parts[name], "rb") as part:
            archive.writestr(info, part.read())
PY
done
ls -l docx
