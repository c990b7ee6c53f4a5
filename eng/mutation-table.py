"""Replaces one area's row of the mutation table in docs/quality.md, from Stryker's mutation-report.json.

Usage: mutation-table.py QUALITY_MD AREA PROJECT SUBFOLDER REPORT_JSON STRYKER_VERSION MINUTES DATE AREAS_IN_RUN
Called by eng/mutation.sh. The area's mutants are those of the report's files under PROJECT/SUBFOLDER
(SUBFOLDER empty for a whole package); MINUTES is the whole Stryker run's, shared by AREAS_IN_RUN areas. The table lies between the two marker comments below; rows of other areas
are kept as they are and the rows stay sorted by area. Prints the row it wrote.
"""
import json
import sys
from collections import Counter

START = "<!-- mutation-table:start -->"
END = "<!-- mutation-table:end -->"
HEADER = [
    "| Area | Score | Mutants tested | Killed | Timeout | Survived | No coverage | Ignored | Run minutes (areas) | Measured | Stryker |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
]


def in_area(path, project, subfolder):
    """Whether a report's file key (absolute, or relative to the project) lies in the area."""
    path = path.replace("\\", "/")
    if path.startswith("/"):
        return ("/" + project.strip("/") + "/" + subfolder) in path
    return path.startswith(subfolder)


def row(area, project, subfolder, report, version, minutes, date, areas_in_run):
    # Mutants outside the area are in the report too, ignored with the reason "Removed by mutate filter".
    files = [f for path, f in report["files"].items() if in_area(path, project, subfolder)]
    if not files:
        sys.exit(f"mutation-table.py: the report has no file of {area} ({project}/{subfolder})")
    counts = Counter(m["status"] for f in files for m in f["mutants"]
                     if "mutate filter" not in (m.get("statusReason") or ""))
    detected = counts["Killed"] + counts["Timeout"]
    undetected = counts["Survived"] + counts["NoCoverage"]
    valid = detected + undetected  # Stryker's "mutants tested": compile errors and ignored ones left out
    score = "n/a" if valid == 0 else f"{100.0 * detected / valid:.1f} %"
    cells = [area, score, valid, counts["Killed"], counts["Timeout"], counts["Survived"],
             counts["NoCoverage"], counts["Ignored"], f"{minutes} ({areas_in_run})", date, version]
    return "| " + " | ".join(str(c) for c in cells) + " |"


def main():
    if len(sys.argv) != 10:
        sys.exit(__doc__)
    path, area, project, subfolder, report_path, version, minutes, date, areas_in_run = sys.argv[1:10]
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    new = row(area, project, subfolder, report, version, minutes, date, areas_in_run)
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
