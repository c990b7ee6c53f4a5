#!/usr/bin/env python3
"""Writes src/Coordination.Domain.Interop/Places/countries.tsv, the country table the package ships.

Sources (named in docs/interop.md, "Places: the gazetteer and country codes"):
- ISO 3166-1 alpha-3, numeric and English names: Debian's iso-codes package
  (/usr/share/iso-codes/json/iso_3166-1.json; https://salsa.debian.org/iso-codes-team/iso-codes, LGPL-2.1-or-later;
  the codes are those of the ISO 3166 Maintenance Agency). The version read is written into the output.
- Gleditsch–Ward numbers: eng/countries/gleditsch-ward.tsv (cited there).
- The data sets' other spellings: eng/countries/aliases.tsv.

Checks: every code is well formed and unique, every Gleditsch–Ward row and alias names a country of the ISO table.
Run: python3 eng/countries/make-countries.py [--check]   (--check fails when the committed table is out of date)
"""
import csv, json, pathlib, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ISO = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = ROOT / "src/Coordination.Domain.Interop/Places/countries.tsv"


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def fail(message):
    sys.exit(f"make-countries: {message}")


def main():
    iso = json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]
    try:
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        version = "unknown"
    by_iso3 = {}
    numerics = set()
    for c in iso:
        a3, num = c["alpha_3"], c["numeric"]
        if len(a3) != 3 or not a3.isalpha() or not a3.isupper() or not num.isdigit() or len(num) != 3:
            fail(f"malformed ISO row {c}")
        if a3 in by_iso3 or num in numerics:
            fail(f"duplicate ISO code {a3} {num}")
        numerics.add(num)
        names = [c["name"]] + [c[k] for k in ("common_name", "official_name") if k in c]
        by_iso3[a3] = {"numeric": int(num), "name": c.get("common_name", c["name"]), "aliases": names, "gw": ""}
    seen_gw = set()
    for r in rows(HERE / "gleditsch-ward.tsv"):
        a3, gw = r["iso3"], r["gw"]
        if a3 not in by_iso3:
            fail(f"gleditsch-ward.tsv: {a3} is not an ISO 3166-1 country")
        if not gw.isdigit() or gw in seen_gw:
            fail(f"gleditsch-ward.tsv: bad or duplicate number {gw} for {a3}")
        seen_gw.add(gw)
        by_iso3[a3]["gw"] = gw
    for r in rows(HERE / "aliases.tsv"):
        if r["iso3"] not in by_iso3:
            fail(f"aliases.tsv: {r['iso3']} is not an ISO 3166-1 country")
        by_iso3[r["iso3"]]["aliases"].append(r["alias"])
    lines = [f"# Made by eng/countries/make-countries.py from iso-codes {version} (ISO 3166-1, LGPL-2.1-or-later) and eng/countries/*.tsv; do not edit.",
             "iso3\tnumeric\tgw\tname\taliases"]
    for a3 in sorted(by_iso3):
        c = by_iso3[a3]
        aliases = [a for i, a in enumerate(c["aliases"]) if a != c["name"] and a not in c["aliases"][:i]]
        for text in [c["name"], *aliases]:
            if "\t" in text or "|" in text or "\n" in text:
                fail(f"a name holds a tab, bar or newline: {text!r}")
        lines.append(f"{a3}\t{c['numeric']}\t{c['gw']}\t{c['name']}\t{'|'.join(aliases)}")
    text = "\n".join(lines) + "\n"
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            fail(f"{OUT.relative_to(ROOT)} is out of date; run eng/countries/make-countries.py")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(by_iso3)} countries, {len(seen_gw)} with a Gleditsch–Ward number")


main()
