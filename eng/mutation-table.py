"""Replaces one area's row of the mutation table in docs/quality.md, from Stryker's mutation-report.json.

Usage: mutation-table.py QUALITY_MD AREA PROJECT SUBFOLDER REPORT_JSON STRYKER_VERSION MINUTES DATE AREAS_IN_RUN
Called by eng/mutation.sh. The area's mutants are those of the report's files under PROJECT/SUBFOLDER
(SUBFOLDER empty for a whole package, '.' for the files directly in PROJECT); MINUTES is the whole
Stryker run's, shared by AREAS_IN_RUN areas. The table lies between the two marker comments below;
rows of other areas are kept as they are and the rows stay sorted by area. Prints the row it wrote.
"""
import json
import sys
from collections import Counter

START = "<!-- mutation-table:start -->"
END = "<!-- mutation-table:end -->"
HEADER = [
    "| Area | Score | Score, static out | Mutants tested | Killed | Timeout | Survived | No coverage | Static | Ignored | Run minutes (areas) | Measured | Stryker |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
]
TESTED = ("Killed", "Timeout", "Survived", "NoCoverage")


def in_area(path, project, subfolder):
    """Whether a report's file key (absolute, or relative to the project) lies in the area.

    SUBFOLDER is a folder of the project ending in '/', '' for the whole project, or '.' for the
    files directly in the project's folder.
    """
    path = path.replace("\\", "/")
    if path.startswith("/"):
        marker = "/" + project.strip("/") + "/"
        if marker not in path:
            return False
        path = path.split(marker, 1)[1]
    if subfolder == ".":
        return "/" not in path
    return path.startswith(subfolder)


def score(mutants):
    """Stryker's score, (killed + timeout) / (killed + timeout + survived + no coverage), or n/a."""
    valid = [m for m in mutants if m["status"] in TESTED]
    detected = sum(1 for m in valid if m["status"] in ("Killed", "Timeout"))
    return "n/a" if not valid else f"{100.0 * detected / len(valid):.1f} %"


def row(area, project, subfolder, report, version, minutes, date, areas_in_run):
    files = [f for path, f in report["files"].items() if in_area(path, project, subfolder)]
    if not files:
        sys.exit(f"mutation-table.py: the report has no file of {area} ({project}/{subfolder})")
    # Mutants outside the area are in the report too, ignored with the reason "Removed by mutate filter".
    mutants = [m for f in files for m in f["mutants"] if "mutate filter" not in (m.get("statusReason") or "")]
    counts = Counter(m["status"] for m in mutants)
    tested = [m for m in mutants if m["status"] in TESTED]
    # A static mutant (in a static initializer or constructor) takes effect only in a fresh test host;
    # the MTP runner reuses its hosts (stryker-net#3742), so their results change from run to run.
    static = [m for m in tested if m.get("static")]
    cells = [area, score(mutants), score([m for m in mutants if not m.get("static")]), len(tested),
             counts["Killed"], counts["Timeout"], counts["Survived"], counts["NoCoverage"], len(static),
             counts["Ignored"], f"{minutes} ({areas_in_run})", date, version]
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
