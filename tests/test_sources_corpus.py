"""JSON Lines and CSV corpora, streamed, with the field names of each collection; bad lines named and skipped."""

from __future__ import annotations

import gzip
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from eventledger.model import Report
from eventledger.sources import InputError, read_corpus

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
AIR_ALERTS = Path(__file__).parents[2] / "shared" / "eval" / "telegram_ru_air_alerts" / "posts.jsonl"
POST_FIELDS = dict(text_field="text", date_field="published_date", source_field="channel", url_field="source_url",
                   id_field="post_id")


def split(results):
    results = list(results)
    return ([r for r in results if isinstance(r, Report)], [r for r in results if isinstance(r, InputError)])


def test_jsonl_with_bad_lines_yields_the_good_ones_and_names_the_bad():
    path = FIXTURES / "corpus.jsonl"
    reports, errors = split(read_corpus(path, source_kind="telegram", **POST_FIELDS))
    assert [r.url for r in reports] == ["https://t.me/example_alerts/101", "https://t.me/example_alerts/102",
                                        "https://t.me/another_radar/201"]
    assert reports[0].published == datetime(2025, 3, 14, 1, 10, tzinfo=UTC)
    assert reports[1].published == datetime(2025, 3, 14, 1, 20, tzinfo=UTC)  # RFC 822 dates too
    assert reports[0].source == "example_alerts" and reports[0].language == "ru"
    assert reports[0].source_kind == "telegram" and reports[0].origin == f"{path}:1#101"
    assert reports[0].id == reports[2].id  # the same text from two channels: one report, two publications
    assert [e.input for e in errors] == [f"{path}:3", f"{path}:7", f"{path}:8"]
    assert "not valid JSON" in str(errors[0]) and "unreadable date 'not a date'" in str(errors[1])
    assert "expected a JSON object" in str(errors[2])


def test_a_wrong_field_name_stops_with_the_fields_there_are():
    [error] = read_corpus(FIXTURES / "corpus.jsonl")
    assert "no field 'date' for the date (fields: channel, post_id, published_date, source_url, text)" in str(error)
    assert len(split(read_corpus(FIXTURES / "corpus.jsonl", date_field=None))[0]) == 4


def test_csv_with_multiline_fields_and_a_bad_row():
    path = FIXTURES / "corpus.csv"
    reports, errors = split(read_corpus(path, text_field="body", date_field="when", source_field="outlet",
                                        url_field="link", title_field="headline"))
    assert [r.source for r in reports] == ["Example Herald", "Пример Новости", "Example Herald"]
    assert reports[0].text.endswith("the governor said.\nTwo people were injured.")
    assert reports[0].published == datetime(2025, 3, 14, 5, 30, tzinfo=UTC) and reports[0].title == "Depot hit"
    assert reports[1].language == "ru" and reports[2].published is None  # an empty date is no date, not an error
    [error] = errors
    assert error.input == f"{path}:5" and "8 fields, the header has 6" in str(error)


def test_a_missing_csv_column_is_a_file_error():
    [error] = read_corpus(FIXTURES / "corpus.csv")
    assert "no column 'text' for the text" in str(error)


def test_gzip_and_a_forced_format(tmp_path):
    packed = tmp_path / "posts.data.gz"
    with open(FIXTURES / "corpus.jsonl", "rb") as src, gzip.open(packed, "wb") as dst:
        shutil.copyfileobj(src, dst)
    reports, errors = split(read_corpus(packed, fmt="jsonl", **POST_FIELDS))
    assert len(reports) == 3 and len(errors) == 3


def test_reading_is_lazy(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "Explosions were heard near the airport.", "date": "2025-01-01"}\n' * 1000)
    stream = read_corpus(path)
    first = next(stream)
    assert isinstance(first, Report) and first.published == datetime(2025, 1, 1, tzinfo=UTC)


@pytest.mark.skipif(not AIR_ALERTS.exists(), reason="needs ../shared/eval/telegram_ru_air_alerts")
def test_the_russian_air_alert_posts_read_whole():
    reports, errors = split(read_corpus(AIR_ALERTS, source_kind="telegram", **POST_FIELDS))
    assert errors == []
    assert len(reports) == 1710  # 1,742 lines, 32 of them without text
    assert len({r.id for r in reports}) == 1233  # reposts across channels collapse to one report (1,251 exact texts, 18 more differ only in whitespace)
    assert all(r.published and r.published.tzinfo == UTC for r in reports)
    assert sum(r.language == "ru" for r in reports) > 1600


def test_invalid_utf8_lines_are_named_and_skipped(tmp_path):
    jsonl = tmp_path / "posts.jsonl"
    jsonl.write_bytes(b'{"text": "\xff\xfe broken", "date": null}\n{"text": "Sirens in Examplegrad.", "date": null}\n')
    reports, errors = split(read_corpus(jsonl))
    assert [r.text for r in reports] == ["Sirens in Examplegrad."] and errors[0].input == f"{jsonl}:1"
    table = tmp_path / "posts.csv"
    table.write_bytes(b"text,date\n\xff\xfe broken,\nSirens in Examplegrad.,2025-01-01\n")
    reports, errors = split(read_corpus(table))
    assert [r.text for r in reports] == ["Sirens in Examplegrad."] and "not UTF-8" in str(errors[0])
    assert errors[0].input == f"{table}:2"


def test_an_unclosed_quote_in_a_csv_is_a_named_error_not_a_report(tmp_path):
    table = tmp_path / "posts.csv"
    table.write_text('text,date\nSirens in Examplegrad.,2025-01-01\n"unclosed quote,2025-01-02\n', encoding="utf-8")
    reports, errors = split(read_corpus(table))
    assert [r.text for r in reports] == ["Sirens in Examplegrad."]
    assert errors[0].input == f"{table}:3" and "malformed CSV" in str(errors[0])
