"""Every bound on outside input (eventledger/limits.py), each tried with an input just over it, and the crash classes
issue 14 found, kept as regression tests: each gives one error naming the input, never a traceback."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
from datetime import UTC, datetime

import pytest

from eventledger import limits
from eventledger.extract.numbers import find_quantities
from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.ingest import extract_within, ingest
from eventledger.model import Report
from eventledger.sources.corpus import read_corpus
from eventledger.sources.dates import parse_timestamp
from eventledger.sources.errors import InputError
from eventledger.sources.files import iter_inputs, read_text_file
from eventledger.sources.telegram_export import read_telegram_export
from eventledger.sources.web import read_html
from eventledger.store import Ledger

GOOD = "A drone struck a fuel depot in Belgorod on 30 June 2025, the governor said. Two people were injured."


def errors(items) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


def reports(items) -> list[Report]:
    return [i for i in items if isinstance(i, Report)]


# --- crash classes of issue 14 -------------------------------------------------------------------------------


def test_a_400_digit_number_in_the_text_is_no_count(gazetteer):
    text = f"The attack injured {'9' * 400} people and {'1' * 30} more, officials said."
    assert all(q.value < 10**15 for q in find_quantities(text, "en"))
    extract_within(Report(text=text, published=None, language="en", origin="big.txt"), gazetteer)


@pytest.mark.parametrize("value", [10**30, -(10**30), 10**400, "9" * 30, "²" * 10, float("inf"), float("nan")])
def test_a_huge_number_as_a_date_is_no_date(value):
    assert parse_timestamp(value) is None


def test_json_lines_that_break_the_json_module_are_named(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": GOOD, "date": "2025-06-30"}),
        '{"text": "x", "date": ' + "[" * 1000 + "]" * 1000 + "}",
        '{"text": "x", "date": ' + "1" * 4301 + "}",
        '{"text": "A drone \\ud800 hit Kyiv.", "date": "2025-06-30"}',
        json.dumps({"text": "A drone hit Kyiv.", "date": 10**30}),
    ]))
    found = list(read_corpus(path))
    assert len(reports(found)) == 1
    assert errors(found) == [
        f"{path}:2: not readable JSON: nested too deep",
        f"{path}:3: not readable JSON: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits",
        f"{path}:4: not valid Unicode text: a lone surrogate U+D800 at character 8",
        f"{path}:5: unreadable date 1000000000000000000000000000000 in field 'date'",
    ]


def test_telegram_posts_with_odd_values_are_read_or_named(tmp_path):
    path = tmp_path / "result.json"
    messages = [
        {"id": 1, "type": "message", "date": "2025-06-30T10:00:00", "date_unixtime": "9" * 30, "text": GOOD},
        {"id": 2, "type": "message", "date": "2025-06-30T10:00:00", "text_entities": [{"type": "plain", "text": 5}, {"type": "plain", "text": "Drone attack on Kursk."}]},
        {"id": 3, "type": "message", "date": "2025-06-30T10:00:00", "text": "Drone attack on Orel.", "edited_unixtime": "1" * 25},
        {"id": 4, "type": "message", "date": "2025-06-30T10:00:00", "text": [{"type": "bold", "text": ["nested"]}, "Drone attack on Tula."]},
    ]
    path.write_text(json.dumps({"name": "Chan", "type": "public_channel", "id": 7, "messages": messages}))
    posts = list(read_telegram_export(path))
    assert [p.text for p in posts] == [GOOD, "Drone attack on Kursk.", "Drone attack on Orel.", "Drone attack on Tula."]
    assert posts[0].published == datetime(2025, 6, 30, 10, tzinfo=UTC)  # the bad unixtime gives way to `date`


def test_a_tiny_svg_page_with_a_script_is_named(tmp_path):
    page = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    with pytest.raises(InputError, match="page.svg.html"):
        read_html(page, origin="page.svg.html")


def test_one_crashing_report_does_not_end_the_batch(tmp_path, gazetteer, monkeypatch):
    """Whatever goes wrong inside extraction is that report's named failure; the next report is still stored."""
    import eventledger.ingest as module

    real = module.extract

    def fragile(report, gaz):  # type: ignore[no-untyped-def]
        if "boom" in report.text:
            raise AssertionError("a bug deep inside a parser")
        return real(report, gaz)

    monkeypatch.setattr(module, "extract", fragile)
    items = [Report(text="boom " + GOOD, published=None, language="en", origin="first.txt"), Report(text=GOOD, published=None, language="en", origin="second.txt")]
    with Ledger(tmp_path / "l.db") as ledger:
        summary = ingest(ledger, items, gazetteer)
    assert summary.failed == ["first.txt: extraction failed: AssertionError: a bug deep inside a parser"]
    assert summary.new == 1


# --- each limit, just over it ---------------------------------------------------------------------------------


def test_a_file_just_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(InputError, match="too large: 1,001 bytes, the limit is 1,000"):
        read_text_file(path, max_bytes=1000)


def test_a_corpus_record_just_over_the_line_limit_is_named_and_the_next_read(tmp_path):
    path = tmp_path / "c.jsonl"
    over = json.dumps({"text": "x" * limits.MAX_RECORD_BYTES, "date": "2025-06-30"})
    at = json.dumps({"text": "y" * (limits.MAX_RECORD_BYTES - 40), "date": "2025-06-30"})
    path.write_text("\n".join([json.dumps({"text": GOOD, "date": "2025-06-30"}), over, at]) + "\n")
    found = list(read_corpus(path, language="en"))
    assert errors(found) == [f"{path}:2: record too long: over 1,000,000 bytes (the limit of one record)"]
    assert len(reports(found)) == 2


def test_a_csv_field_just_over_the_record_limit_is_named(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(f"text,date\n\"{'x' * (limits.MAX_RECORD_BYTES + 1)}\",2025-06-30\n\"{GOOD}\",2025-06-30\n")
    found = list(read_corpus(path, language="en"))
    assert [e.split(": ", 1)[0] for e in errors(found)] == [f"{path}:2"]
    assert "record too long" in errors(found)[0] and len(reports(found)) == 1


def test_a_telegram_export_just_over_the_nesting_limit_is_named_after_the_posts_before_it(tmp_path):
    path = tmp_path / "result.json"
    depth_ok = {"id": 1, "type": "message", "date": "2025-06-30T10:00:00", "text": GOOD, "x": json.loads("[" * 60 + "]" * 60)}
    too_deep = '{"id": 2, "type": "message", "text": "x", "x": ' + "[" * 63 + "]" * 63 + "}"
    path.write_text('{"name": "C", "messages": [' + json.dumps(depth_ok) + ", " + too_deep + "]}")
    found = []
    with pytest.raises(InputError, match="nested deeper than 64 levels"):
        for post in read_telegram_export(path, language="en"):
            found.append(post)
    assert [p.text for p in found] == [GOOD]


def test_a_post_just_over_the_entity_limit_is_named_and_the_next_read(tmp_path):
    path = tmp_path / "result.json"
    entities = [{"type": "plain", "text": "a"}] * (limits.MAX_ENTITIES + 1)
    messages = [{"id": 1, "type": "message", "text": "x", "text_entities": entities},
                {"id": 2, "type": "message", "date": "2025-06-30T10:00:00", "text": GOOD}]
    path.write_text(json.dumps({"name": "C", "messages": messages}))
    found = list(read_telegram_export(path, language="en"))
    assert errors(found) == [f"{path}#1: too many text entities: 10,001, the limit is 10,000"]
    assert [p.text for p in reports(found)] == [GOOD]


def test_a_gzip_corpus_just_over_the_decompression_ratio_is_refused(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    lines = json.dumps({"text": GOOD, "date": "2025-06-30"}).encode() + b"\n" + b" " * 3_000_000 + b"\n"
    path.write_bytes(gzip.compress(lines))
    assert len(lines) / path.stat().st_size > limits.MAX_DECOMPRESSION_RATIO
    found = list(read_corpus(path, language="en"))
    assert errors(found) == [f"{path}: refused: decompresses more than 100 times its size (a zip bomb?)"]


def test_a_report_just_over_its_time_budget_is_stopped_and_the_batch_goes_on(tmp_path, gazetteer):
    slow = Report(text=(GOOD + " ") * 400, published=None, language="en", origin="slow.txt")
    quick = Report(text=GOOD, language="en", origin="quick.txt", published=datetime(2025, 6, 30, tzinfo=UTC))
    extract(quick, gazetteer)  # the extractor's one-time loading (lexicons, morphology) is no report's time
    with Ledger(tmp_path / "l.db") as ledger:
        summary = ingest(ledger, [slow, quick], gazetteer, report_seconds=0.05)
    assert summary.new == 1 and len(summary.failed) == 1
    assert summary.failed[0].startswith("slow.txt: extraction stopped after 0.05 s, the per-report time budget")


def test_the_time_budget_leaves_no_timer_behind(gazetteer):
    with limits.time_budget(0.5):
        pass
    import signal

    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_http_limits_are_the_documented_ones():
    from eventledger.sources.fetch import fetch

    defaults = fetch.__kwdefaults__
    assert defaults["max_bytes"] == limits.MAX_HTTP_BYTES and defaults["max_redirects"] == limits.MAX_REDIRECTS


# --- hangs and silent wrong results ----------------------------------------------------------------------------


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list = []
    reader = threading.Thread(target=lambda: result.extend(iter_inputs([fifo, tmp_path])), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert errors(result) == [f"{fifo}: not a regular file (a FIFO, socket or device): refused, reading it could wait forever"] * 2


@pytest.mark.parametrize("encoding", ["koi8_r", "cp1251"])
def test_legacy_cyrillic_encodings_are_read_as_russian(tmp_path, encoding):
    text = "Вчера вечером беспилотник атаковал нефтебазу в Брянской области, сообщил губернатор. Пострадавших нет."
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    report = read_text_file(path)
    assert report.text == text and report.language == "ru"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventledger.cli", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "COLUMNS": "250"})


@pytest.fixture(scope="module")
def ledger_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "ledger.db"
    Ledger(path).close()
    return path


@pytest.mark.parametrize(("args", "message"), [
    (["events", "--limit", str(10**30)], "--limit must be between 1 and 1,000,000,000"),
    (["events", "--since", "2024-02-31"], "since='2024-02-31' is not a date: no such day or month"),
    (["events", "--until", "2024-13"], "until='2024-13' is not a date: no such day or month"),
    (["ingest", "x.txt", "--lang", "xx"], "--lang 'xx' is not a language eventledger reads"),
    (["ingest", "x.txt", "--max-mb", "nan"], "--max-mb must be a positive number of megabytes, not nan"),
    (["ingest", "x.txt", "--max-seconds", "nan"], "--max-seconds must be a positive number of seconds"),
])
def test_bad_options_are_usage_errors_not_tracebacks(ledger_file, args, message):
    done = _cli(*args, "--db", str(ledger_file))
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
