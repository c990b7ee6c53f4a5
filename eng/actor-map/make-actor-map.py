#!/usr/bin/env python3
"""Checks eng/actor-map/reference-actor-map.tsv and writes the map the package ships,
src/Coordination.Domain.Interop/Actors/reference-actor-map.tsv (name, data_set, actor).

Checks: every row has the five columns, a known data set and source, a yes/no `inferred`, an actor id of the
reference catalog (src/Coordination.Domain/Reference/reference-catalog.json), no blank, padded or tab-holding name,
and no name mapped twice in one data set (names compare ignoring case, as ActorMap does).
Run: python3 eng/actor-map/make-actor-map.py [--check]   (--check fails when the shipped map is out of date)
"""
import csv, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = HERE / "reference-actor-map.tsv"
CATALOG = ROOT / "src/Coordination.Domain/Reference/reference-catalog.json"
OUT = ROOT / "src/Coordination.Domain.Interop/Actors/reference-actor-map.tsv"
DATA_SETS = {"acled", "ucdp", "both"}


def fail(message):
    sys.exit(f"make-actor-map: {message}")


def main():
    text = SOURCE.read_text(encoding="utf-8")
    sources = set(re.findall(r"^#   ([a-z0-9-]+)\s", text, re.M))
    actors = {a["id"] for a in json.loads(CATALOG.read_text(encoding="utf-8"))["actors"]}
    rows = list(csv.DictReader((l for l in text.splitlines() if not l.startswith("#")), delimiter="\t"))
    seen = {}
    out = ["# Made by eng/actor-map/make-actor-map.py from eng/actor-map/reference-actor-map.tsv (sources and choices there); do not edit.",
           "name\tdata_set\tactor"]
    for i, r in enumerate(rows, start=1):
        if None in r or any(v is None for v in r.values()):
            fail(f"row {i} does not have the five columns: {r}")
        name, data_set, actor = r["name"], r["data_set"], r["actor"]
        if not name or name != name.strip() or "\t" in name:
            fail(f"row {i}: blank or padded name {name!r}")
        if data_set not in DATA_SETS:
            fail(f"row {i}: data set {data_set!r} is not one of {sorted(DATA_SETS)}")
        if actor not in actors:
            fail(f"row {i}: actor {actor!r} is not in the reference catalog")
        if r["source"] not in sources:
            fail(f"row {i}: source {r['source']!r} is not named in the file's header")
        if r["inferred"] not in ("yes", "no"):
            fail(f"row {i}: inferred must be yes or no")
        for ds in (["acled", "ucdp"] if data_set == "both" else [data_set]):
            key = (name.upper(), ds)
            if key in seen:
                fail(f"row {i}: {name!r} is mapped twice in {ds} (also row {seen[key]})")
            seen[key] = i
        out.append(f"{name}\t{data_set}\t{actor}")
    result = "\n".join(out) + "\n"
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != result:
            fail(f"{OUT.relative_to(ROOT)} is out of date; run eng/actor-map/make-actor-map.py")
        return
    OUT.write_text(result, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} names")


main()
