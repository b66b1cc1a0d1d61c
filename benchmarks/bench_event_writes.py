"""CPU of the store's event writes on a large ledger: what wider indexes and `events.killed`'s triggers cost ingest.

3,000 event rows rewritten as `resolution.write_clusters` does (an UPDATE of every column, the killed figure
changed) and 3,000 new rows inserted (copies of existing ones under new ids), committed ten at a time, in SQL on
the driver, so that nothing but the writes is timed. Run it on a copy of `bench_api.py`'s ledger, opened once by the
tree to measure (which migrates it):

    cp /tmp/api10-bench.db /tmp/w.db && PYTHONPATH=src .venv/bin/python -c "from eventledger.store import Ledger; Ledger('/tmp/w.db').close()"
    .venv/bin/python benchmarks/bench_event_writes.py /tmp/w.db
"""
import json, random, sqlite3, sys, time
db = sys.argv[1]
c = sqlite3.connect(db, isolation_level=None)
c.execute("PRAGMA mmap_size = 1073741824"); c.execute("PRAGMA journal_mode = WAL"); c.execute("PRAGMA synchronous = NORMAL")
cols = [r[1] for r in c.execute("PRAGMA table_info(events)") if r[1] != "killed"]
rng = random.Random(5)
ids = [r[0] for r in c.execute("SELECT id FROM events ORDER BY id")]
pick = rng.sample(ids, 6000)
rows = {r[0]: r for r in c.execute(f"SELECT {', '.join(cols)} FROM events WHERE id IN ({','.join('?' * len(pick))})", pick)}
upd = f"UPDATE events SET {', '.join(f'{x} = ?' for x in cols[1:])} WHERE id = ?"
ins = f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
t = time.process_time()
for k, i in enumerate(pick[:3000]):
    if k % 10 == 0: c.execute("BEGIN IMMEDIATE")
    r = list(rows[i]); f = json.loads(r[cols.index("figures")]); f.setdefault("killed", {"best": 0})["best"] = (f["killed"].get("best") or 0) + 1
    r[cols.index("figures")] = json.dumps(f)
    c.execute(upd, [*r[1:], r[0]])
    if k % 10 == 9: c.execute("COMMIT")
u = time.process_time() - t
t = time.process_time()
for k, i in enumerate(pick[3000:]):
    if k % 10 == 0: c.execute("BEGIN IMMEDIATE")
    r = list(rows[i]); r[0] = r[0] + "n"
    c.execute(ins, r)
    if k % 10 == 9: c.execute("COMMIT")
n = time.process_time() - t
print(f"3,000 updates {1e3 * u / 3:.0f} us each; 3,000 inserts {1e3 * n / 3:.0f} us each")
