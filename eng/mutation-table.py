"""Replaces one area's row of the mutation table in docs/quality.md, from Stryker's mutation-report.json.

Usage: mutation-table.py QUALITY_MD AREA REPORT_JSON STRYKER_VERSION MINUTES DATE
Called by eng/mutation.sh. The table lies between the two marker comments below; rows of other areas
are kept as they are and the rows stay sorted by area. Prints the row it wrote.
"""
import json
import sys
from collections import Counter

START = "<!-- mutation-table:start -->"
END = "<!-- mutation-table:end -->"
HEADER = [
    "| Area | Score | Mutants tested | Killed | Timeout | Survived | No coverage | Ignored | Minutes | Measured | Stryker |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
]


def row(area, report, version, minutes, date):
    # Mutants outside the area are in the report too, ignored with the reason "Removed by mutate filter".
    counts = Counter(m["status"] for f in report["files"].values() for m in f["mutants"]
                     if "mutate filter" not in (m.get("statusReason") or ""))
    detected = counts["Killed"] + counts["Timeout"]
    undetected = counts["Survived"] + counts["NoCoverage"]
    valid = detected + undetected  # Stryker's "mutants tested": compile errors and ignored ones left out
    score = "n/a" if valid == 0 else f"{100.0 * detected / valid:.1f} %"
    cells = [area, score, valid, counts["Killed"], counts["Timeout"], counts["Survived"],
             counts["NoCoverage"], counts["Ignored"], minutes, date, version]
    return "| " + " | ".join(str(c) for c in cells) + " |"


def main():
    path, area, report_path, version, minutes, date = sys.argv[1:7]
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    new = row(area, report, version, minutes, date)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if START not in text or END not in text:
        sys.exit(f"mutation-table.py: {path} lacks the markers {START} and {END}")
    before, rest = text.split(START, 1)
    table, after = rest.split(END, 1)
    rows = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0] not in ("Area", "") and not cells[0].startswith("-"):
            rows[cells[0]] = line.strip()
    rows[area] = new
    body = "\n".join(HEADER + [rows[k] for k in sorted(rows, key=str.lower)])
    with open(path, "w", encoding="utf-8") as f:
        f.write(before + START + "\n" + body + "\n" + END + after)
    print(new)


if __name__ == "__main__":
    main()
