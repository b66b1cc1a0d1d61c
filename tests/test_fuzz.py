"""Property-based fuzzing (hypothesis) of every parser and of extraction: whatever the input, the answer is a result
or an error naming the input, never a traceback. Budgets are fixed (`derandomize`: the same inputs every run, so
CI is repeatable); the counts tried are printed with `-s` and recorded in docs/RELIABILITY.md.

Crashes these found are kept as regression tests in tests/test_limits.py.
"""

from __future__ import annotations

import json
import string
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventledger.extract.attribution import SourceBook, classify, hedged
from eventledger.extract.dates import find_dates
from eventledger.extract.numbers import find_quantities
from eventledger.extract.segment import clauses, sentences
from eventledger.ingest import extract_within
from eventledger.model import Report
from eventledger.sources.corpus import read_corpus
from eventledger.sources.dates import parse_timestamp
from eventledger.sources.errors import InputError
from eventledger.sources.feeds import entry_report
from eventledger.sources.telegram_export import TelegramPost, read_telegram_export
from eventledger.sources.web import read_html

TRIED: Counter[str] = Counter()
FUZZ = settings(derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))

WORDS = [
    "drone", "missile", "struck", "shot down", "intercepted", "killed", "injured", "at least", "more than", "dozens",
    "Belgorod", "Kharkiv", "Kyiv", "the governor said", "according to", "reportedly", "on 31 June", "2025-02-30",
    "беспилотник", "сбиты", "погибли", "не менее", "двадцати четырёх", "тысячи", "Белгороде", "по словам", "вчера",
    "дрон", "збито", "загинули", "понад", "Київ", "Харкові", "повідомив", "5-7", "1,500", "1 500", "24", "0",
    "9" * 400, "1" * 30, "\u200b", "\ufeff", "\u0301", "İ", "ß", "ʼ", "’", "«", "»", "—", "\n\n", "Source: ", "%",
    "km", "No. 5", "Su-34", "24-hour", "1.5", "½", "٣", "²",
]
LANGS = st.sampled_from(["en", "ru", "uk"])
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=40).map(" ".join)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**40), max_value=10**40), st.floats(allow_nan=True),
    st.text(max_size=30), st.sampled_from(["1719828000", "9" * 30, "2025-02-30", "Fri, 22 Nov 2024 15:54:57 GMT", "²" * 10]),
)
JSONISH = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


@pytest.fixture(scope="module", autouse=True)
def _report_counts():
    yield
    print(f"\nfuzz inputs tried: {sum(TRIED.values()):,} ({', '.join(f'{k} {v:,}' for k, v in sorted(TRIED.items()))})")


@settings(FUZZ, max_examples=1000)
@given(TEXT, LANGS)
def test_numbers_never_crash_and_stay_in_the_text(text, lang):
    TRIED["numbers"] += 1
    for q in find_quantities(text, lang):
        assert 0 <= q.start < q.end <= len(text) and q.value >= 0


@settings(FUZZ, max_examples=600)
@given(TEXT, LANGS, st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_dates_never_crash(text, lang, published):
    TRIED["dates"] += 1
    for d in find_dates(text, lang, published):
        assert 0 <= d.start <= d.end <= len(text)


@settings(FUZZ, max_examples=1500)
@given(JSONISH)
def test_timestamps_are_a_utc_time_or_none(value):
    TRIED["timestamps"] += 1
    when = parse_timestamp(value)
    assert when is None or (isinstance(when, datetime) and when.utcoffset().total_seconds() == 0)


@settings(FUZZ, max_examples=400)
@given(TEXT, LANGS)
def test_segmentation_and_attribution_never_crash(text, lang):
    TRIED["segmentation+attribution"] += 1
    book = SourceBook(text, lang)
    for sentence in sentences(text, lang):
        assert 0 <= sentence.start <= sentence.end <= len(text)
        for clause in clauses(sentence, lang):
            book.speaker(clause, sentence)
    classify(text, lang)
    hedged(text, lang)


def _only_reports_or_named_errors(items, name: str, kind=Report) -> None:
    for item in items:
        assert isinstance(item, kind | InputError)
        if isinstance(item, InputError):
            assert str(item).startswith(name) and "\n" not in str(item)


MESSAGE = st.fixed_dictionaries(
    {"id": st.one_of(st.integers(min_value=-(2**70), max_value=2**70), st.text(max_size=4)), "type": st.sampled_from(["message", "service", 5])},
    optional={"text": JSONISH | TEXT, "text_entities": st.lists(st.one_of(JSONISH, st.fixed_dictionaries({"type": st.just("plain"), "text": JSONISH | TEXT})), max_size=5),
              "date": SCALARS, "date_unixtime": SCALARS, "edited_unixtime": SCALARS, "from": SCALARS, "forwarded_from": SCALARS},
)


@settings(FUZZ, max_examples=300)
@given(st.one_of(
    st.fixed_dictionaries({"name": SCALARS, "type": SCALARS, "id": SCALARS, "messages": st.lists(MESSAGE | JSONISH, max_size=5)}),
    st.fixed_dictionaries({"chats": st.fixed_dictionaries({"list": st.lists(st.fixed_dictionaries({"messages": st.lists(MESSAGE, max_size=3)}), max_size=2)})}),
    JSONISH,
), st.sampled_from(["whole", "cut", "escaped"]))
def test_telegram_exports_give_posts_or_named_errors(tmp_path_factory, export, damage):
    TRIED["telegram"] += 1
    path = tmp_path_factory.mktemp("tg") / "result.json"
    data = json.dumps(export, ensure_ascii=damage == "escaped").encode("utf-8", "surrogatepass")
    path.write_bytes(data[: len(data) // 2] if damage == "cut" else data)
    try:
        _only_reports_or_named_errors(read_telegram_export(path, language="en"), str(path), TelegramPost)
    except InputError as exc:
        assert str(exc).startswith(str(path))


@settings(FUZZ, max_examples=300)
@given(st.lists(st.one_of(JSONISH.map(lambda v: json.dumps(v, ensure_ascii=False)), st.fixed_dictionaries({"text": JSONISH | TEXT, "date": SCALARS}).map(json.dumps),
                          st.binary(max_size=40).map(lambda b: b.decode("latin-1"))), min_size=1, max_size=6))
def test_corpus_lines_give_reports_or_errors_naming_the_line(tmp_path_factory, lines):
    TRIED["corpus"] += 1
    path = tmp_path_factory.mktemp("corpus") / "c.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    _only_reports_or_named_errors(read_corpus(path, language="en"), str(path))


HTML = st.lists(st.one_of(st.sampled_from([
    "<html>", "<body>", "<p>", "</p>", "<svg xmlns='http://www.w3.org/2000/svg'>", "<script>", "</script>", "</svg>",
    "<meta property='article:published_time' content='", "2025-02-30", "'>", "<time datetime='99999999999'>",
    "<title>", "</title>", "<![CDATA[", "<!--", "-->", "&#0;", "&#xD800;", "<table><tr><td>", "<div>" * 50,
]), TEXT), max_size=30).map("".join)


@settings(FUZZ, max_examples=200)
@given(st.one_of(HTML, st.binary(max_size=200)))
def test_html_pages_give_a_report_or_a_named_error(page):
    TRIED["html"] += 1
    try:
        report = read_html(page, origin="page.html", language="en")
    except InputError as exc:
        assert str(exc).startswith("page.html")
    else:
        assert report.text.strip()


@settings(FUZZ, max_examples=300)
@given(st.one_of(st.binary(max_size=300), st.lists(st.sampled_from([
    "<?xml version='1.0'?>", "<rss version='2.0'>", "<channel>", "<item>", "<title>", "</title>", "<description>",
    "</description>", "<pubDate>", "Sun, 31 Feb 2025 99:99:99 GMT", "</pubDate>", "</item>", "<link>", "file:///etc/passwd",
    "</link>", "</channel>", "</rss>", "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "</entry>", "&lt;p&gt;",
    "<content type='html'>", "</content>", "&#xD800;", "<![CDATA[<script>x</script>]]>",
]), max_size=30).map("".join).map(str.encode)))
def test_feed_entries_give_reports_or_named_errors(body):
    import feedparser

    TRIED["feed"] += 1
    try:
        parsed = feedparser.parse(body)
    except Exception:  # noqa: BLE001 - feedparser raises on '&#xD800;': poll_feed turns that into a failed poll
        return
    for entry in parsed.entries:
        try:
            entry_report(entry, feed_url="http://feed.example/rss", feed_title=None, language="en", fetch_links="never")
        except InputError as exc:
            assert "\n" not in str(exc)


@settings(FUZZ, max_examples=200)
@given(TEXT, LANGS, st.one_of(st.none(), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))))
def test_extract_gives_events_or_a_named_error(gazetteer, text, lang, published):
    TRIED["extract"] += 1
    if not text.strip():
        return
    try:
        events = extract_within(Report(text=text, published=published, language=lang, origin="fuzz"), gazetteer)
    except InputError as exc:
        pytest.fail(f"extract failed on {text!r}: {exc}")
    for event in events:
        for claim in event.claims:
            assert 0 <= claim.start <= claim.end <= len(text)


def test_coverage_guided_fuzzing_of_extract_finds_no_crash(tmp_path):
    """atheris (libFuzzer) mutates the demo reports for FUZZ_SECONDS (20 by default) with coverage feedback."""
    import os
    import re
    import shutil
    import subprocess
    import sys

    seconds = int(os.environ.get("FUZZ_SECONDS", "20"))
    seeds = tmp_path / "corpus"
    seeds.mkdir()
    for report in (Path(__file__).parents[1] / "src" / "eventledger" / "demo").glob("*.txt"):
        shutil.copy(report, seeds / report.name)
    command = [sys.executable, str(Path(__file__).parent / "fuzz_extract.py"), str(seeds), f"-max_total_time={seconds}",
               "-max_len=4096", "-rss_limit_mb=4096", f"-artifact_prefix={tmp_path}/", "-print_final_stats=1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 600)
    crashes = list(tmp_path.glob("crash-*")) + list(tmp_path.glob("timeout-*"))
    assert done.returncode == 0 and not crashes, done.stderr[-4000:]
    runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", done.stderr)
    TRIED["extract (atheris)"] += int(runs.group(1)) if runs else 0
    print(f"atheris: {runs.group(1) if runs else '?'} inputs in {seconds} s")
