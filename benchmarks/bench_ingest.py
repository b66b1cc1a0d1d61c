"""Ingest throughput into SQLite as the ledger grows, on a corpus where the same places are hit every day.

A monitoring desk's normal day: the same towns shelled every night, the same refineries struck again, the same
airports closed, defence-ministry interception reports from one template. The corpus is generated here (a fixed seed,
our own templated English reports of about 3 KB), published day after day in order. The figure is reports a second
per core (CPU time of this process: extraction, embedding and the store), for the first and the last `--window`
reports of `--n`; flat cost means the last window within 1.2x of the first.

    .venv/bin/python benchmarks/bench_ingest.py --n 100000 --window 10000
    .venv/bin/python benchmarks/bench_ingest.py --n 2000 --per-day 50 --window 500 --max-minutes 25
    .venv/bin/python benchmarks/bench_ingest.py --corpus ../shared/eval/telegram_ru_news_2024/war_related_posts.jsonl

`--corpus FILE` ingests a JSON Lines corpus instead (`text`, `date` fields), as `eventledger ingest` would.
`--max-minutes` stops generating after that much wall time and reports on the reports ingested so far.
`--write FILE --n N` only writes the generated corpus as JSON Lines, for timing whole `eventledger ingest` processes:

    .venv/bin/python benchmarks/bench_ingest.py --write /tmp/en3k.jsonl --n 1000
    /usr/bin/time -v .venv/bin/eventledger ingest /tmp/en3k.jsonl --db /tmp/en3k.db --source-field source --url-field url
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from eventledger.geo import Gazetteer
from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.similarity import embed
from eventledger.store import Ledger

START = date(2025, 3, 1)
TOWNS = ["Belgorod", "Shebekino", "Kursk", "Sumy", "Kharkiv", "Kherson", "Nikopol", "Zaporizhzhia", "Odesa",
         "Bryansk", "Valuyki", "Sudzha", "Kramatorsk", "Sloviansk", "Pokrovsk", "Donetsk", "Horlivka", "Lysychansk"]
TARGETS = [("Saratov", "Saratov oil refinery"), ("Ryazan", "Ryazan oil refinery"), ("Engels", "Engels airfield"),
           ("Volgograd", "Volgograd oil refinery"), ("Tuapse", "Tuapse oil refinery")]
AIRPORTS = ["Kazan", "Kaluga", "Sochi", "Volgograd", "Saratov", "Nizhnekamsk"]
REGIONS = ["Belgorod", "Bryansk", "Kursk", "Oryol", "Voronezh", "Rostov", "Tula", "Kaluga", "Ryazan", "Lipetsk"]
SHELLING = [
    "Ukrainian forces shelled {town} overnight on {day}, injuring {n} people, the regional governor said on Telegram.",
    "Shelling of {town} on {day} killed {k} people and injured {n}, local officials said.",
    "{town} came under artillery fire on {day}; {n} civilians were wounded, according to the regional administration.",
]
STRIKE = [
    "Drones struck the {target} on {day}, starting a fire, the governor of the region said.",
    "A drone attack hit the {target} overnight on {day}; emergency services said the fire was put out by morning.",
]
INTERCEPTIONS = "Air defences destroyed {total} drones overnight on {day}: {parts}, the Russian defence ministry said."
AIRPORT = "Temporary restrictions were introduced at {airport} airport on {day}, Rosaviatsia said; flights were delayed."
FILLER = [
    "Residents were asked to stay away from windows and to go to shelters when the sirens sound.",
    "Emergency crews worked through the morning to clear debris and restore power to the affected districts.",
    "Officials said schools in the area would switch to remote lessons for the rest of the week.",
    "The regional administration opened a hotline for people whose homes were damaged.",
    "Local volunteers brought water and food to the families who had to leave their apartments.",
    "Repair teams began replacing broken windows in several residential buildings.",
    "The city council said it would compensate owners of damaged cars and homes.",
    "Public transport was partly suspended while engineers checked the tram lines.",
]


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def corpus(n: int, per_day: int = 200, seed: int = 7) -> Iterator[Report]:
    """`n` reports of about 3 KB, `per_day` a day, in publication order; the same places recur every day."""
    rng = random.Random(seed)
    for i in range(n):
        day = START + timedelta(days=i // per_day)
        published = datetime(day.year, day.month, day.day, tzinfo=timezone.utc) + timedelta(
            seconds=(i % per_day) * 86400 // per_day)
        roll = rng.random()
        if roll < 0.55:
            town = rng.choice(TOWNS)
            lead = rng.choice(SHELLING).format(town=town, day=_day(day), n=rng.randint(1, 6), k=rng.randint(1, 3))
        elif roll < 0.75:
            lead = rng.choice(STRIKE).format(target=rng.choice(TARGETS)[1], day=_day(day))
        elif roll < 0.9:
            regions = rng.sample(REGIONS, 3)
            counts = [rng.randint(1, 12) for _ in regions]
            parts = ", ".join(f"{c} over {r} Oblast" for c, r in zip(counts, regions))
            lead = INTERCEPTIONS.format(total=sum(counts), parts=parts, day=_day(day))
        else:
            lead = AIRPORT.format(airport=rng.choice(AIRPORTS), day=_day(day))
        body = [lead]
        while sum(len(s) + 1 for s in body) < 3000:
            body.append(" ".join(rng.sample(FILLER, 3)))
        yield Report(text="\n\n".join(body) + f"\n\nReport {i}.", published=published, language="en",
                     source=f"desk-{i % 7}", url=f"https://example.org/{i}")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _memory_line(done: int, db: Path) -> str:
    """Where the resident memory is: the process's heap (RssAnon) or pages of mapped files (RssFile: the ledger's
    memory map and the gazetteer's), which `/usr/bin/time -v` and ru_maxrss count alike."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    mb = {k: int(status[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM", "RssAnon", "RssFile") if k in status}
    size = sum(f.stat().st_size for f in db.parent.glob(db.name + "*")) / 2**20
    mapped, kb = None, 0  # the ledger's own pages resident through its memory map
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if line[:1] in "0123456789abcdef" and "-" in line.split(" ", 1)[0]:
            mapped = line.split()[-1] if len(line.split()) > 5 else None
        elif line.startswith("Rss:") and mapped == str(db.resolve()):
            kb += int(line.split()[1])
    return (f"{done} reports: RSS {mb.get('VmRSS', 0):.0f} MB (peak {mb.get('VmHWM', 0):.0f}; heap "
            f"{mb.get('RssAnon', 0):.0f}, mapped files {mb.get('RssFile', 0):.0f} of which the ledger {kb / 1024:.0f}), "
            f"ledger files {size:.0f} MB, CPU {time.process_time():.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--window", type=int, default=10_000)
    parser.add_argument("--max-minutes", type=float, default=None)
    parser.add_argument("--per-day", type=int, default=200, help="reports a day (the same places every day)")
    parser.add_argument("--corpus", type=Path, default=None, help="a JSON Lines corpus to ingest instead")
    parser.add_argument("--db", type=Path, default=None, help="ledger file (default: a temporary one)")
    parser.add_argument("--write", type=Path, default=None, help="write the generated corpus here and stop")
    parser.add_argument("--times", type=Path, default=None,
                        help="append each report's CPU seconds to this file as it goes (a run cut short keeps them)")
    parser.add_argument("--memory-every", type=int, default=None, metavar="N",
                        help="print resident memory (heap and mapped files) and the ledger's size every N reports")
    args = parser.parse_args()
    if args.write:
        with args.write.open("w", encoding="utf-8") as out:
            for r in corpus(args.n, args.per_day):
                record = {"text": r.text, "date": r.published.isoformat() if r.published else None,
                          "language": r.language, "source": r.source, "url": r.url}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{args.n} reports written to {args.write}")
        return
    gazetteer = Gazetteer.load()
    embed(["warm up the encoder"])
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        with Ledger(db) as ledger:
            if args.corpus:
                from eventledger.sources.inputs import iter_any

                items = list(iter_any([str(args.corpus)]))
                cpu, wall = time.process_time(), time.perf_counter()
                summary = ingest(ledger, items, gazetteer)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                print(f"{args.corpus.name}: {len(items)} reports, {summary.line()}")
                print(f"{len(items) / cpu:.1f} reports/s per core (CPU {cpu:.1f} s, wall {wall:.1f} s), "
                      f"peak RSS {_peak_mb():.0f} MB, {ledger.counts()}")
                return
            started = time.perf_counter()
            times: list[float] = []  # CPU seconds per report
            log = args.times.open("a", encoding="utf-8") if args.times else None
            for report in corpus(args.n, args.per_day):
                if args.max_minutes and time.perf_counter() - started > args.max_minutes * 60:
                    print(f"stopped after {len(times)} reports ({args.max_minutes} min)", file=sys.stderr)
                    break
                cpu = time.process_time()
                ingest(ledger, [report], gazetteer)
                times.append(time.process_time() - cpu)
                if log:
                    log.write(f"{times[-1]:.6f}\n")
                    log.flush()
                if args.memory_every and len(times) % args.memory_every == 0:
                    print(_memory_line(len(times), db), flush=True)
            w = min(args.window, len(times) // 2)
            first, last = sum(times[:w]), sum(times[-w:])
            print(f"{len(times)} reports of ~3 KB ({len(times) // args.per_day} days, the same places daily); window {w}")
            print(f"first {w}: {w / first:.1f} reports/s per core; last {w}: {w / last:.1f} reports/s per core; "
                  f"last/first cost {last / first:.2f}x; all: {len(times) / sum(times):.1f} reports/s per core")
            tenth = max(1, len(times) // 10)
            blocks = [tenth / sum(times[k : k + tenth]) for k in range(0, tenth * 10, tenth)]
            print("reports/s per core by tenths of the run: " + " ".join(f"{b:.1f}" for b in blocks))
            print(f"peak RSS {_peak_mb():.0f} MB; {ledger.counts()}")


if __name__ == "__main__":
    main()
