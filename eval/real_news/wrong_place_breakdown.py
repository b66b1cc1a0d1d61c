"""Why gold events the scorer calls missed for a 'wrong place' were missed: a diagnostic, not part of the product.

    /work/main/.venv/bin/python eval/real_news/assemble.py /tmp/rn_pool --split pool
    PYTHONPATH=src .venv/bin/python eval/real_news/wrong_place_breakdown.py /tmp/rn_pool

`evaluate.classify_miss` calls a miss 'wrong place' when some prediction of a pairing kind and date lies elsewhere,
whether or not that prediction is itself matched to another gold event. The two are different problems:

- a swap: the nearest prediction is unmatched, so moving it to the gold place would turn a spurious and a missed event
  into one found; it is split by where the gold place stands among what the extractor read (a place some clause names
  where something happened, a mention dropped by the clause filters, another reading of a mention, a mention dropped
  by the geographic filters, a name in the text the gazetteer did not find, not named);
- an incident the extractor never kept at its own place (the nearest prediction is another gold event's): split by the
  stage where it went (never proposed there, its figures told there without a trigger, a bare list item, joined by
  `same_incident`, present at the place but matched to another gold event there); and again, stricter, by the first
  stage where the gold place at its own level (a town within 50 km, a region as a region) is no longer there, since
  the scorer accepts a region's prediction for a town inside it and the first split counts those as 'present'.

Only reads the extractor (it wraps a few of its functions to see their results); for the pool only (never test8+ or
held-out splits, whose per-report errors may not be read).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventledger import evaluate as ev
from eventledger.extract import events as evmod
from eventledger.extract import pipeline
from eventledger.geo import Gazetteer


def main(pool: Path) -> None:
    gaz = Gazetteer.load()
    seen: dict[str, list] = defaultdict(list)

    def wrap(module, name, key, pick):
        real = getattr(module, name)

        def wrapped(*a, **k):
            result = real(*a, **k)
            seen[key].extend(pick(result, a))
            return result

        setattr(module, name, wrapped)

    wrap(Gazetteer, "find", "raw", lambda r, a: r)
    real_build = pipeline.build_events

    def build(text, lang, rid, published, places, *a, **k):
        seen["places"].extend(places)
        return real_build(text, lang, rid, published, places, *a, **k)

    pipeline.build_events = build
    wrap(evmod, "_places_in", "told", lambda r, a: r)
    wrap(evmod, "_read_clause", "proposed", lambda r, a: [(d.kind, d.place, d.listed) for d in r[0]])
    wrap(evmod, "_read_clause", "orphan", lambda r, a: [(None, p, False) for p in (r[1][0] if r[1] else [])])
    joined: list[list] = []
    real_join = evmod.one_per_incident

    def join(proposals):
        result = real_join(proposals)
        joined.append([(d.kind, d.place) for d in result])
        return result

    evmod.one_per_incident = join
    swaps, lost, stages = Counter(), Counter(), Counter()
    for path in ev.find_gold_files([pool]):
        gold = ev.load_gold(path)
        seen.clear()
        joined.clear()
        pred = pipeline.extract(gold.report, gaz)
        pairs = ev.match_events(gold.events, pred)
        matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        for i, e in enumerate(gold.events):
            if i in matched_gold or e.background or ev.classify_miss(e, pred) != "wrong place":
                continue

            def fits(c, e=e):
                return e.place is not None and ev.places_compatible(e.place, evmod._place(c))

            partners = [j for j, p in enumerate(pred) if ev.kinds_pair(e.kind, p.kind) and ev.dates_compatible(e, p)
                        and not ev.places_compatible(e.place, p.place)]
            if any(j not in matched_pred for j in partners):
                if e.place is None:
                    why = "gold has no place"
                elif any(fits(c) for c in seen["told"]):
                    why = "a place a clause names where something happened"
                elif any(fits(m.candidates[0]) for m in seen["places"] if m.candidates):
                    why = "mentioned, dropped by the clause filters"
                elif any(fits(c) for m in seen["places"] for c in m.candidates):
                    why = "another reading of a mention"
                elif any(fits(c) for m in seen["raw"] for c in m.candidates):
                    why = "found by the gazetteer, dropped by the geographic filters"
                elif ev.normalise(e.place.name)[:5] in ev.normalise(gold.report.text):
                    why = "named, not in the gazetteer"
                else:
                    why = "not named"
                if any(pred[j].place is None for j in partners if j not in matched_pred):
                    why += " (the prediction has no place)"
                swaps[why] += 1
                continue

            def at(stage, e=e):
                return [x for x in seen[stage] if x[1] is not None and (x[0] is None or ev.kinds_pair(e.kind, x[0]))
                        and fits(x[1])]

            here = [j for j, p in enumerate(pred) if ev.kinds_pair(e.kind, p.kind) and ev.places_compatible(e.place, p.place)]
            if not at("proposed"):
                why = "figures told there without a trigger" if at("orphan") else "never proposed at its place"
            elif all(x[2] for x in at("proposed")):
                why = "proposed only as a bare list item"
            elif joined and not any(x[1] is not None and ev.kinds_pair(e.kind, x[0]) and fits(x[1]) for x in joined[-1]):
                why = "joined by same_incident (or its kind changed)"
            elif here and all(j in matched_pred for j in here):
                why = "present at its place, matched to another gold event there"
            else:
                why = "lost after build_events"
            lost[why] += 1

            def exact(c, e=e):
                # the gold place itself at its own level, not a coarser area the scorer would accept beside it
                p = evmod._place(c)
                if e.place.precision in ev.COARSE_PRECISIONS:
                    return p.precision == e.place.precision and ev.places_compatible(e.place, p)
                km = ev.distance_km(e.place, p)
                return p.precision not in ev.COARSE_PRECISIONS and km is not None and km <= ev.MATCH_KM

            kept = joined[-1] if joined else []
            stages[
                "not found by the gazetteer" if not any(exact(c) for m in seen["raw"] for c in m.candidates)
                else "dropped by the geographic filters" if not any(exact(c) for m in seen["places"] for c in m.candidates)
                else "another reading of the mention kept" if not any(exact(m.candidates[0]) for m in seen["places"]
                                                                      if m.candidates)
                else "no clause names it where something happened" if not any(exact(c) for c in seen["told"])
                else "named where something happened, in a clause with no trigger" if not any(
                    x[1] is not None and exact(x[1]) for x in seen["proposed"])
                else "proposed only as a bare list item" if all(x[2] for x in seen["proposed"]
                                                                 if x[1] is not None and exact(x[1]))
                else "proposed, joined by one_per_incident" if not any(x[1] is not None and exact(x[1]) for x in kept)
                else "kept by one_per_incident, lost after (to_finest, merges, breakdowns, pair decision)"
            ] += 1
    print(json.dumps({"swaps (the nearest prediction unmatched): the gold place is": swaps,
                      "not kept at its own place (the nearest prediction matched to another gold event)": lost,
                      "... the same, by the first stage that lost the gold place at its own level": stages},
                     indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
