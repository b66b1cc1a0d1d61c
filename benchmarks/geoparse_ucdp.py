"""Resolving UCDP GED's place descriptions for Ukraine: does geoparsing put each event where UCDP's coders did?

Each distinct `where_description` ("near Novokaterynivka village, Starobeshivskiy district, Donetsk region") with its
coordinates is geoparsed; the event's place is the most specific place found (an offset place when the text gives one:
"near X"), and its distance to UCDP's latitude/longitude is measured. Results by UCDP's `where_prec` (1 exact place,
2 within 25 km of a known place, 3 district, 4 province, 5 area or line, 6 country, 7 waters or airspace): the share
within 25 km and within 161 km, the share where nothing was found, and the share whose precision we claim is finer
than UCDP's (a city where UCDP only knew the province would be over-claiming).

    .venv/bin/python benchmarks/geoparse_ucdp.py ../shared/eval/ucdp_ged_ukraine
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from pathlib import Path

from eventledger.geo import Gazetteer
from eventledger.geo.geoparse import GeoMention, geoparse
from eventledger.geo.distance import km as distance_km
from eventledger.model import Place

SPECIFICITY = {"point": 0, "city": 0, "admin2": 1, "admin1": 2, "region": 3, "sea": 3, "country": 4}
UCDP_LEVEL = {"1": 0, "2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 3}
PREC = {"1": "exact", "2": "25 km", "3": "district", "4": "province", "5": "area/line", "6": "country", "7": "waters"}


def event_place(mentions: list[GeoMention]) -> Place | None:
    """The most specific place named; the first one among equals."""
    placed = [(m.offset or m.place) for m in mentions if m.place is not None]
    placed = [p for p in placed if p.lat is not None]
    return min(placed, key=lambda p: SPECIFICITY.get(p.precision, 9)) if placed else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="the ucdp_ged_ukraine folder")
    ap.add_argument("--errors", type=int, default=0, help="print the N largest errors")
    args = ap.parse_args()
    path = args.folder / "UCDP-Ukraine.csv"
    if not path.exists():
        sys.exit(f"{path}: missing (expected the ucdp_ged_ukraine folder of ../shared/eval)")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    distinct = {(r["where_description"], r["latitude"], r["longitude"], r["where_prec"]) for r in rows
                if r["where_description"].strip() and r["latitude"] and r["longitude"]}
    gaz = Gazetteer.load()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, <=25, <=161, none, finer
    bad = []
    started = time.perf_counter()
    for desc, lat, lon, prec in sorted(distinct):
        place = event_place(geoparse(desc, "en", gazetteer=gaz, context_countries=("UA",)))
        s = stats[prec]
        s[0] += 1
        if place is None:
            s[3] += 1
            continue
        km = distance_km(place.lat, place.lon, float(lat), float(lon))
        s[1] += km <= 25
        s[2] += km <= 161
        s[4] += SPECIFICITY.get(place.precision, 9) < UCDP_LEVEL.get(prec, 9)
        if km > 25:
            bad.append((km, desc, f"{place.name} ({place.precision})"))
    seconds = time.perf_counter() - started
    print("| where_prec | descriptions | within 25 km | within 161 km | nothing found | finer than UCDP |")
    print("|---|---|---|---|---|---|")
    total = [0, 0, 0, 0, 0]
    for prec in sorted(stats):
        n, a25, a161, none, finer = stats[prec]
        total = [t + x for t, x in zip(total, stats[prec])]
        print(f"| {prec} ({PREC.get(prec, '?')}) | {n} | {a25 / n:.3f} | {a161 / n:.3f} | {none / n:.3f} | {finer / n:.3f} |")
    n, a25, a161, none, finer = total
    print(f"| all | {n} | {a25 / n:.3f} | {a161 / n:.3f} | {none / n:.3f} | {finer / n:.3f} |")
    print(f"\n{n} distinct descriptions in {seconds:.1f} s")
    for km, desc, got in sorted(bad, reverse=True)[: args.errors]:
        print(f"  {km:7.0f} km  {desc!r} -> {got}", file=sys.stderr)


if __name__ == "__main__":
    main()
