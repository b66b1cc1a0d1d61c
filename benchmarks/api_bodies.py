"""Every distinct path of `bench_api.py`'s list mix, and a few more shapes, through the ASGI app in one process:
each path's status and the sha256 of its body, written as JSON, so that two trees' answers can be compared:

    cp LEDGER /tmp/a.db && PYTHONPATH=/tmp/main/src .venv/bin/python benchmarks/api_bodies.py /tmp/a.db MIX /tmp/a.json
    cp LEDGER /tmp/b.db && PYTHONPATH=src .venv/bin/python benchmarks/api_bodies.py /tmp/b.db MIX /tmp/b.json [warm]
    python3 -c "import json; a, b = (json.load(open(f)) for f in ('/tmp/a.json', '/tmp/b.json')); print([k for k in a if a[k] != b.get(k)])"

A fourth argument starts the app with the warm-up (`serve`'s default). No streamed endpoint (CSV) is asked: this
caller's `receive` never says the client left.
"""
import asyncio, hashlib, json, sys
from pathlib import Path
from eventledger.api.app import create_app

async def main(db, mix, out, warm):
    paths = list(dict.fromkeys(json.loads(Path(mix).read_text())["list"]))
    extra = ["/api/v1/events?min_killed=3&sort=date", "/api/v1/events?min_killed=0", "/api/v1/events?min_killed=2&min_injured=1",
             "/api/v1/events?kind=strike&weapon=drone&country=UA&min_killed=1", "/api/v1/events?until=2024-05&country=RU&limit=7",
             "/api/v1/events?fields=full&min_killed=4&limit=5", "/api/v1/events.geojson?min_killed=5&limit=50",
             "/api/v1/events?q=drone&min_killed=2", "/api/v1/events?cursor=bad",
             "/api/v1/events?min_killed=1&limit=1000&sort=date"]
    app = create_app(db, warm=True) if warm else create_app(db)
    got = {}
    async with app.router.lifespan_context(app):
        import time
        for path in extra + paths:
            t0 = time.process_time()
            route, _, query = path.partition("?")
            scope = {"type": "http", "method": "GET", "path": route, "raw_path": route.encode(), "query_string": query.encode(),
                     "headers": [(b"host", b"127.0.0.1")], "http_version": "1.1", "scheme": "http", "root_path": "",
                     "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1), "app": app}
            parts, status = [], []
            async def receive(): return {"type": "http.request", "body": b"", "more_body": False}
            async def send(m):
                if m["type"] == "http.response.start": status.append(m["status"])
                else: parts.append(m.get("body", b""))
            await app(scope, receive, send)
            got[path] = [status[0], hashlib.sha256(b"".join(parts)).hexdigest()]
            if time.process_time() - t0 > 0.3: print(f'{time.process_time() - t0:.1f}s {path}', flush=True)
    Path(out).write_text(json.dumps(got))
    print(len(got), "paths", sum(1 for s, _ in got.values() if s != 200), "not 200")

asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], len(sys.argv) > 4))
