#!/usr/bin/env python3
"""Looks a place name up in the bundled gazetteer, for annotators who need coordinates for a gold `place`.

Prints the candidates (name, country, admin1, precision, lat/lon, GeoNames id, population), best ranked first. The
annotator chooses: the gazetteer's ranking is not the answer, only a list to choose from.

    .venv/bin/python eval/place_lookup.py Izhevsk
    .venv/bin/python eval/place_lookup.py "Белгород" --lang ru --country RU
    .venv/bin/python eval/place_lookup.py --airport UUEE
"""

from __future__ import annotations

import argparse

from eventledger.geo.gazetteer import Gazetteer


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--lang", default="en", choices=["en", "ru", "uk"])
    ap.add_argument("--country", help="ISO 3166 alpha-2 code, e.g. UA")
    ap.add_argument("--airport", help="an ICAO or IATA code instead of a name")
    ap.add_argument("-n", type=int, default=8, help="how many candidates (default 8)")
    a = ap.parse_args()
    gaz = Gazetteer.load()
    cands = [gaz.airport(a.airport)] if a.airport else gaz.lookup(a.name, country=a.country, lang=a.lang)[:a.n]
    for c in cands:
        if c is None:
            continue
        p = c.place
        codes = f" icao={p.icao} iata={p.iata}" if p.icao or p.iata else ""
        print(f"{p.name} | {p.country} | {p.admin1} | {p.precision} | {p.lat}, {p.lon} | geonames {p.geonames_id} "
              f"| pop {c.population} | {c.feature}{codes}")
    if not cands:
        print("nothing found (try another spelling, the nominative, or --lang)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
