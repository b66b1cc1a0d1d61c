"""What a ledger must satisfy after any crash or race, and a fingerprint to compare two ledgers by content.

Used by the crash-consistency and concurrency tests. Read with the sqlite3 module directly (not through `Ledger`),
so that a check never repairs or migrates what it checks.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PLACES = ["Belgorod", "Kursk", "Bryansk", "Kharkiv", "Odesa", "Sumy", "Voronezh", "Zaporizhzhia", "Dnipro", "Kherson"]
TARGETS = ["an oil depot", "a power substation", "a railway station", "an apartment block", "a warehouse"]


def write_corpus(path: Path, n: int, start: int = 0) -> Path:
    """`n` short reports written for these tests (JSON Lines), each a different incident: place, day and figures vary."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + n):
            place, target = PLACES[i % len(PLACES)], TARGETS[(i // len(PLACES)) % len(TARGETS)]
            day = 1 + i % 28
            text = (
                f"A drone struck {target} in {place} on {day} June 2025, the regional governor said. "
                f"{i % 7 + 2} people were injured and {i % 3 + 1} were killed, according to local officials."
            )
            out.write(json.dumps({"text": text, "date": f"2025-06-{day:02d}T12:00:00Z", "id": f"r{i}"}) + "\n")
    return path


def run_ingest(db: Path, *inputs: Path | str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "eventledger.cli", "ingest", *map(str, inputs), "--db", str(db)]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=_env())


def start_ingest(db: Path, *inputs: Path | str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "eventledger.cli", "ingest", *map(str, inputs), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())


def warm_up() -> None:
    """Load in this process what every `eventledger` run loads (modules, gazetteer, sentence encoder), so that the
    runs `fork_cli` starts begin at their work: a kill test needs many runs and a cold start costs seconds each."""
    import eventledger.cli  # noqa: F401
    import eventledger.ingest  # noqa: F401
    import eventledger.sources.inputs  # noqa: F401
    import eventledger.store  # noqa: F401
    from eventledger.geo import Gazetteer
    from eventledger.similarity import embed

    import tempfile

    from eventledger.ingest import ingest
    from eventledger.sources.corpus import read_corpus
    from eventledger.store import Ledger

    Gazetteer.load()
    embed(["a warm-up sentence"])
    with tempfile.TemporaryDirectory() as folder:  # one ingest loads the lazy parts: detector, dates, morphology
        with Ledger(Path(folder) / "warm.db") as ledger:
            ingest(ledger, read_corpus(write_corpus(Path(folder) / "warm.jsonl", 2, start=100)))


def fork_cli(args: list[str], log: Path) -> int:
    """Run `eventledger ARGS` in a forked child (a real process, killable with SIGKILL) and return its pid.

    The child is this process's copy after `warm_up`: the command's own code runs from its start (options, opening
    the ledger, reading, storing), only the imports and model loading are already done. Its output goes to `log`."""
    pid = os.fork()
    if pid:
        return pid
    code = 70
    try:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        from eventledger.cli import app

        app(args=args, prog_name="eventledger")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    except BaseException:  # noqa: BLE001 - reported through the exit code
        import traceback

        traceback.print_exc()
    finally:
        os._exit(code)


def wait(pid: int, timeout: float = 300) -> int:
    """The exit code of a `fork_cli` child (-signal when it was killed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    raise TimeoutError(f"eventledger run {pid} still running after {timeout} s")


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "COLUMNS": "250"}


def count(db: Path, table: str) -> int:
    """Rows of `table`, 0 while the ledger has no schema yet (a writer killed before creating it)."""
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        try:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # table names are ours, not input
        except sqlite3.OperationalError:
            return 0


def problems(db: Path, resolved: bool = True) -> list[str]:
    """Everything wrong with the ledger's consistency; empty when it is sound. `resolved=False` for a `batch` cut
    short: it stores parts first and resolves events once at the end, so report events may wait for their event."""
    found: list[str] = []
    with sqlite3.connect(str(db), timeout=30) as conn:
        if (ok := conn.execute("PRAGMA integrity_check").fetchone()[0]) != "ok":
            found.append(f"integrity_check: {ok}")
        found += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "reports" not in tables:
            return found  # killed before the schema was made: an empty file is consistent
        checks = {
            "a report without a publication": "SELECT id FROM reports WHERE id NOT IN (SELECT report_id FROM publications)",
            "a text altered after it was stored (content hash)": "SELECT id, text, content_hash FROM reports",
            "a claim without its report event": "SELECT id FROM claims WHERE report_event_id NOT IN (SELECT id FROM report_events)",
            "a claim without its report": "SELECT id FROM claims WHERE report_id NOT IN (SELECT id FROM reports)",
            "a report event in no event": "SELECT id FROM report_events WHERE id NOT IN (SELECT report_event_id FROM event_members)",
            "a report event in two events": "SELECT report_event_id FROM event_members GROUP BY report_event_id HAVING count(*) > 1",
            "an event without members": "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM event_members)",
            "a duplicate publication": "SELECT report_id FROM publications GROUP BY report_id, source, url HAVING count(*) > 1",
            "a duplicate claim": "SELECT id FROM claims GROUP BY id, report_event_id HAVING count(*) > 1",
        }
        if not resolved:
            del checks["a report event in no event"]
        for what, query in checks.items():
            rows = conn.execute(query).fetchall()
            if what.startswith("a text altered"):
                rows = [r for r in rows if hashlib.sha256(r[1].encode("utf-8")).hexdigest() != r[2]]
            if rows:
                found.append(f"{what}: {len(rows)} (e.g. {rows[0][0]})")
    return found


def fingerprint(db: Path) -> dict[str, str]:
    """A hash per kind of content (reports, publications, claims, report events, events with figures, members,
    links), leaving out only the clock times of the run. Two ledgers with equal fingerprints hold the same ledger."""
    queries = {
        "reports": "SELECT id, text, language, title, first_published, content_hash FROM reports ORDER BY id",
        "publications": "SELECT report_id, source, source_kind, url, published, origin, version FROM publications "
        "ORDER BY report_id, source, url",
        "claims": 'SELECT id, report_event_id, report_id, start, "end", quote, figure, assertion, value, lower_bound, '
        "source, hedged FROM claims ORDER BY id, report_event_id",
        "report_events": "SELECT id, report_id, kind, weapon, date, place, target, anchor FROM report_events ORDER BY id",
        "events": "SELECT id, kind, weapon, date, place, target, figures, country, lat, lon FROM events ORDER BY id",
        "members": "SELECT event_id, report_event_id FROM event_members ORDER BY 1, 2",
        "links": "SELECT event_id, related_id, why FROM event_links ORDER BY 1, 2, 3",
    }
    with sqlite3.connect(str(db), timeout=30) as conn:
        return {
            name: hashlib.sha256(json.dumps(conn.execute(query).fetchall(), default=str).encode()).hexdigest()[:16]
            for name, query in queries.items()
        }


def partial_reports(db: Path, clean: Path) -> list[str]:
    """Reports of `db` stored with fewer (or more) report events or claims than the clean ledger holds for them."""
    query = ("SELECT r.id, (SELECT count(*) FROM report_events e WHERE e.report_id = r.id), "
             "(SELECT count(*) FROM claims c WHERE c.report_id = r.id) FROM reports r")
    if count(db, "reports") == 0:
        return []
    with sqlite3.connect(str(db), timeout=30) as conn, sqlite3.connect(str(clean)) as reference:
        want = {row[0]: row[1:] for row in reference.execute(query)}
        return [f"report {row[0]}: {row[1:]} instead of {want.get(row[0])}" for row in conn.execute(query)
                if want.get(row[0]) != row[1:]]
