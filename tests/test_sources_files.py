"""Reading text files and directories into Reports; each bad file gives an InputError that names it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from eventledger.model import Report
from eventledger.sources import InputError, iter_inputs, read_text_file

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SEED = Path(__file__).parents[2] / "shared" / "examples" / "seed-kupol" / "article.txt"


def test_a_date_line_gives_the_publication_date_and_stays_in_the_text():
    report = read_text_file(FIXTURES / "article_en.txt")
    assert report.published == datetime(2025, 3, 14, tzinfo=UTC)
    assert report.text.startswith(" date 2025-03-14 Drones struck")  # offsets stay valid: nothing stripped
    assert report.text == (FIXTURES / "article_en.txt").read_text(encoding="utf-8")
    assert report.language == "en"
    assert report.origin == str(FIXTURES / "article_en.txt")


def test_a_date_header_is_read_in_utc_and_language_is_detected():
    ru = read_text_file(FIXTURES / "article_ru.txt")
    assert ru.published == datetime(2025, 3, 14, 4, 45, tzinfo=UTC)
    assert ru.language == "ru"
    uk = read_text_file(FIXTURES / "article_uk.txt")
    assert uk.published is None and uk.language == "uk"


def test_the_files_own_date_wins_over_published_given_by_the_caller():
    dated = read_text_file(FIXTURES / "article_en.txt", datetime(2025, 3, 15, 9, 0, tzinfo=UTC))
    assert dated.published == read_text_file(FIXTURES / "article_en.txt").published != datetime(2025, 3, 15, 9, 0, tzinfo=UTC)
    undated = read_text_file(FIXTURES / "article_uk.txt", datetime(2025, 3, 15, 9, 0, tzinfo=UTC))
    assert undated.published == datetime(2025, 3, 15, 9, 0, tzinfo=UTC)


def test_the_same_text_in_two_files_is_the_same_report(tmp_path):
    copy = tmp_path / "repost.txt"
    shutil.copy(FIXTURES / "article_uk.txt", copy)
    assert read_text_file(copy).id == read_text_file(FIXTURES / "article_uk.txt").id


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/examples")
def test_the_seed_article_reads_with_its_date():
    report = read_text_file(SEED)
    assert report.published == datetime(2025, 7, 1, tzinfo=UTC)
    assert report.language == "en"
    assert report.text == SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Взрыв в Примерске".encode()[:-1], "truncated"),
        (b"caf\xe9 au lait, une \xe9tude", "not UTF-8: invalid byte 0xe9 at offset 3"),
        (b"12345 ... 678 ---- %%%% 90", "no letters"),
        (bytes(range(1, 32)) * 10 + b"abc", "mostly non-text"),
    ],
)
def test_bad_files_get_a_clear_error_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    assert problem in str(caught.value)
    assert caught.value.input == str(path)
    assert str(caught.value).startswith(str(path))


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 50 MB, sparse: quick to make
        handle.truncate(50_000_000)
    with pytest.raises(InputError, match=r"too large: 50,000,000 bytes, the limit is 10,000,000"):
        read_text_file(path)
    with pytest.raises(InputError, match="too large"):
        read_text_file(FIXTURES / "article_en.txt", max_bytes=100)


def test_windows_1251_is_accepted_only_for_cyrillic_text(tmp_path):
    legacy = tmp_path / "old.txt"
    legacy.write_bytes("Ночью над Примерском сбили три беспилотника.".encode("cp1251"))
    report = read_text_file(legacy)
    assert report.text == "Ночью над Примерском сбили три беспилотника." and report.language == "ru"
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Les drones ont frappé le dépôt près de Éxampleville.".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_text_file(latin1)


def test_a_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf date 2025-01-02 Explosions were heard.")
    report = read_text_file(path)
    assert report.text == " date 2025-01-02 Explosions were heard."
    assert report.published == datetime(2025, 1, 2, tzinfo=UTC)


def test_a_directory_with_one_bad_file_yields_every_good_report_and_one_error(tmp_path):
    (tmp_path / "b").mkdir()
    shutil.copy(FIXTURES / "article_en.txt", tmp_path / "a.txt")
    shutil.copy(FIXTURES / "article_ru.txt", tmp_path / "b" / "c.txt")
    shutil.copy(FIXTURES / "page.html", tmp_path / "b" / "d.html")
    shutil.copy(FIXTURES / "telegram_new.json", tmp_path / "b" / "e.json")
    (tmp_path / "b" / "bad.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / ".hidden.txt").write_text("skipped")
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8\xff")

    results = list(iter_inputs([tmp_path]))
    reports = [r for r in results if isinstance(r, Report)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [r.origin for r in reports[:2]] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c.txt")]
    assert len(reports) == 2 + 1 + 3  # two texts, one page, three Telegram posts with text
    assert sorted(e.input for e in errors) == [str(tmp_path / "b" / "bad.txt"), str(tmp_path / "image.jpg")]
    assert "unsupported file type '.jpg'" in str(errors[-1])
    assert [str(r) for r in iter_inputs([tmp_path])] == [str(r) for r in results]  # deterministic


def test_iter_inputs_names_missing_paths_and_non_export_json(tmp_path):
    other = tmp_path / "config.json"
    other.write_text('{"a": 1}')
    results = list(iter_inputs([tmp_path / "nope.txt", other]))
    assert all(isinstance(r, InputError) for r in results)
    assert "no such file" in str(results[0])
    assert "not a Telegram Desktop export" in str(results[1])


def test_an_oversized_telegram_export_is_refused_before_parsing(tmp_path):
    export = tmp_path / "result.json"
    export.write_text('{"name": "C", "type": "public_channel", "id": 1, "messages": [' + " " * 2000 + "]}", encoding="utf-8")
    (error,) = list(iter_inputs([export], max_bytes=1000))
    assert isinstance(error, InputError) and "too large" in str(error) and str(export) in str(error)
