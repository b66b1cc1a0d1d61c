"""CPU of the list's id queries alone (`query._plain_ids`) for each distinct page of `bench_api.py`'s mix that is not a
search, by shape of filter, with SQLite's plan of each shape: what the list's indexes cost a page.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_list_ids.py COPY_OF_LEDGER /tmp/eventledger-bench-api.db.mix.json [ROUNDS]

The last of ROUNDS (default 2) passes is printed.
"""
import json, sys, time, collections
from urllib.parse import parse_qsl
from eventledger.store import Ledger
from eventledger.store.query import EventFilter, _plain_ids, _plain_shape, _plain_sql

def filt(qs):
    d = dict(parse_qsl(qs))
    mins = {k[4:]: int(v) for k, v in d.items() if k.startswith("min_")}
    return EventFilter(since=d.get("since"), kind=d.get("kind"), weapon=d.get("weapon"), country=d.get("country"),
                       bbox=EventFilter.parse_bbox(d["bbox"]) if "bbox" in d else None, min_figures=mins, q=d.get("q")), d.get("cursor"), d.get("sort", "-date"), int(d.get("limit", 100))

db = sys.argv[1]
mix = json.load(open(sys.argv[2]))["list"]
paths = list(dict.fromkeys(mix))
ledger = Ledger(db)
by = collections.defaultdict(float); n = collections.Counter()
plans = {}
for rnd in range(int(sys.argv[3]) if len(sys.argv) > 3 else 2):
    by.clear(); n.clear()
    for p in paths:
        f, cur, sort, lim = filt(p.partition("?")[2])
        if f.q: continue
        with ledger._read() as conn:
            t0 = time.process_time()
            _plain_ids(conn, f, sort, lim, cur)
            dt = time.process_time() - t0
        k = "+".join(sorted({k for k, _ in parse_qsl(p.partition("?")[2])} - {"cursor"})) or "none"
        by[k] += dt; n[k] += 1
        if k not in plans:
            shape, values = _plain_shape(f)
            with ledger._read() as conn:
                sql = _plain_sql(shape, sort == "-date", "dated", cur is not None)
                plans[k] = [r[3] for r in conn.connection.driver_connection.execute("EXPLAIN QUERY PLAN " + sql, [*values, *([1, 2] if cur else []), 101]).fetchall()]
print(f"total {sum(by.values()):.3f} s over {sum(n.values())} pages")
for k, v in sorted(by.items(), key=lambda kv: -kv[1]):
    print(f"  {k:22s} {n[k]:4d} {1000*v/n[k]:6.2f} ms  {v:.3f} s   {plans[k]}")
