"""Geoparsing on the English gold corpora gathered by Gritta et al.: GeoWebNews, LGL, TR-News, GeoVirus.

Two settings, as in the literature:
- toponyms given: each gold span is resolved (`geoparse.resolve_spans`); a span left unresolved counts as the largest
  possible error (20,039 km);
- end to end: `geoparse.geoparse` finds and resolves; recognition precision/recall against the gold spans (a found span
  counts when it overlaps a gold span), and resolution over the gold spans it found.
Resolution is scored as accuracy within 161 km (100 miles) and the AUC of the error curve (area under ln(1 + error km)
over the sorted errors, divided by ln(20039): 0 is perfect, lower is better), as in Gritta et al. 2018/2019.

"Right entry" (toponyms given, over the gold toponyms that carry a GeoNames id): within 161 km or the same GeoNames
entry. It separates choosing the wrong place from drawing the right one elsewhere: our countries and subdivisions are
centred on the extent of their places, GeoNames puts its own point, and the two can lie more than 161 km apart.

Which gold toponyms count: every one with coordinates (GeoWebNews: the annotations with coordinates, i.e. locational
toponyms, literal or not; its Non_Toponym/expression annotations without coordinates are left out).

    .venv/bin/python benchmarks/geoparse_gritta.py ../shared/eval/geoparsing_gritta
    .venv/bin/python benchmarks/geoparse_gritta.py ../shared/eval/geoparsing_gritta --corpus LGL --limit 100 --errors 20
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from eventledger.geo import Gazetteer
from eventledger.geo.geoparse import geoparse, resolve_spans
from eventledger.geo.distance import km as distance_km

MAX_ERROR_KM = 20039.0
CORPORA = {"GeoWebNews": "GeoWebNews_GWN.xml", "LGL": "LGL.xml", "TR-News": "TR-News.xml", "GeoVirus": "GeoVirus.xml"}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    lat: float
    lon: float
    geonames_id: int | None = None


@dataclass(frozen=True)
class Doc:
    text: str
    toponyms: list[Gold]


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def load(corpus: str, path: Path) -> list[Doc]:
    root = etree.parse(str(path), etree.XMLParser(huge_tree=True, recover=True)).getroot()
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym", "location"):
            gid = t.findtext("geonamesID") or (t.find("gaztag").get("geonameid") if t.find("gaztag") is not None else None)
            if corpus == "GeoWebNews":
                lat, lon = _float(t.findtext("latitude")), _float(t.findtext("longitude"))
            elif corpus == "GeoVirus":
                lat, lon = _float(t.findtext("lat")), _float(t.findtext("lon"))
            else:
                lat, lon = _float(t.findtext("gaztag/lat")), _float(t.findtext("gaztag/lon"))
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            name = t.findtext("extractedName") or t.findtext("phrase") or t.findtext("name") or ""
            start, end = _align(text, name.strip(), start, end)
            if lat is not None and lon is not None and 0 <= start < end <= len(text):
                gold.append(Gold(start, end, lat, lon, int(gid) if gid and gid.isdigit() else None))
        docs.append(Doc(text, gold))
    return docs


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """The gold span where its name is: GeoVirus offsets are one character late, a few others off by a little."""
    if not name or text[start:end] == name:
        return start, end
    for shift in sorted(range(-5, 6), key=abs):
        if text[start + shift:start + shift + len(name)] == name:
            return start + shift, start + shift + len(name)
    return -1, -1  # the name is not near its offsets: left out


def auc(errors: list[float]) -> float:
    """Area under the curve of sorted ln(1 + error), normalised to [0, 1]."""
    if not errors:
        return float("nan")
    ys = sorted(math.log(1 + e) / math.log(1 + MAX_ERROR_KM) for e in errors)
    if len(ys) == 1:
        return ys[0]
    return sum((a + b) / 2 for a, b in zip(ys, ys[1:])) / (len(ys) - 1)


def error_km(place, gold: Gold) -> float:  # noqa: ANN001 - a Place or None
    if place is None or place.lat is None or place.lon is None:
        return MAX_ERROR_KM
    return distance_km(place.lat, place.lon, gold.lat, gold.lon)


def run(corpus: str, docs: list[Doc], gaz: Gazetteer, show_errors: int) -> dict[str, float]:
    given_err: list[float] = []
    same_entry = with_id = 0
    e2e_err: list[float] = []
    found_n = hit_found = hit_gold = gold_n = unresolved = 0
    bad: list[tuple[float, str, str]] = []
    t0 = time.perf_counter()
    for doc in docs:
        mentions = resolve_spans(doc.text, [(g.start, g.end) for g in doc.toponyms], gazetteer=gaz)
        for g, m in zip(doc.toponyms, mentions):
            err = error_km(m.place, g)
            unresolved += m.place is None
            given_err.append(err)
            if g.geonames_id:
                with_id += 1
                same_entry += err <= 161 or (m.place is not None and m.place.geonames_id == g.geonames_id)
            if err > 161 and show_errors:
                ctx = doc.text[max(0, g.start - 40):g.end + 40].replace("\n", " ")
                where = f"{m.place.name}, {m.place.admin1}, {m.place.country}" if m.place else "-"
                bad.append((err, f"{m.text!r} -> {where} [{m.how}]", ctx))
        found = [m for m in geoparse(doc.text, gazetteer=gaz) if m.place is not None]
        found_n += len(found)
        gold_n += len(doc.toponyms)
        hit_found += sum(any(m.start < g.end and g.start < m.end for g in doc.toponyms) for m in found)
        for g in doc.toponyms:
            m = next((m for m in found if m.start < g.end and g.start < m.end), None)
            if m is not None:
                hit_gold += 1
                e2e_err.append(error_km(m.place, g))
    seconds = time.perf_counter() - t0
    p = hit_found / found_n if found_n else 0.0
    r = hit_gold / gold_n if gold_n else 0.0
    res = {
        "docs": len(docs), "toponyms": gold_n,
        "given_acc161": sum(e <= 161 for e in given_err) / len(given_err), "given_auc": auc(given_err),
        "given_unresolved": unresolved / len(given_err),
        "given_entry": same_entry / with_id if with_id else float("nan"),
        "rec_p": p, "rec_r": r, "rec_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "e2e_acc161": sum(e <= 161 for e in e2e_err) / len(e2e_err) if e2e_err else 0.0, "e2e_auc": auc(e2e_err),
        "seconds": seconds,
    }
    for err, what, ctx in sorted(bad, reverse=True)[:show_errors]:
        print(f"  {err:8.0f} km  {what}   …{ctx}…", file=sys.stderr)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="the geoparsing_gritta folder")
    ap.add_argument("--corpus", choices=list(CORPORA), action="append", help="only these corpora (repeatable)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles of each corpus")
    ap.add_argument("--errors", type=int, default=0, help="print the N largest resolution errors (toponyms given)")
    args = ap.parse_args()
    gaz = Gazetteer.load()
    print("| corpus | articles | toponyms | given: acc@161 | given: AUC | given: unresolved | given: right entry | recognition P | "
          "recognition R | F1 | end to end: acc@161 | end to end: AUC | seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for corpus in args.corpus or list(CORPORA):
        path = args.folder / CORPORA[corpus]
        if not path.exists():
            sys.exit(f"{path}: missing (expected the geoparsing_gritta folder of ../shared/eval)")
        docs = load(corpus, path)
        docs = docs[: args.limit] if args.limit else docs
        r = run(corpus, docs, gaz, args.errors)
        print(f"| {corpus} | {r['docs']} | {r['toponyms']} | {r['given_acc161']:.3f} | {r['given_auc']:.3f} | "
              f"{r['given_unresolved']:.3f} | {r['given_entry']:.3f} | {r['rec_p']:.3f} | {r['rec_r']:.3f} | {r['rec_f1']:.3f} | "
              f"{r['e2e_acc161']:.3f} | {r['e2e_auc']:.3f} | {r['seconds']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
