"""Telegram Desktop exports, old and new formats: text posts, edits, forwards; service and media-only posts skipped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from eventledger.model import Report
from eventledger.sources import InputError, TelegramPost, read_telegram_export

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SAMPLES = Path(__file__).parents[2] / "shared" / "eval" / "telegram_desktop_export_format"


def test_a_new_export_gives_one_post_per_text_message():
    posts = list(read_telegram_export(FIXTURES / "telegram_new.json"))
    assert [p.message_id for p in posts] == [2, 3, 5]  # 1 is a service message, 4 a photo without caption
    assert all(isinstance(p, Report) and p.source_kind == "telegram" for p in posts)
    edited, forwarded, linked = posts
    assert edited.text == "Примерск: работа ПВО, сбиты три беспилотника (уточнено)"
    assert edited.published == datetime(2025, 3, 13, 22, 10, tzinfo=UTC)  # from date_unixtime, not local `date`
    assert edited.edited == datetime(2025, 3, 13, 22, 25, tzinfo=UTC)
    assert edited.url == "https://t.me/c/1234567890/2" and edited.language == "ru"
    assert edited.source == "Example Alerts" and edited.forwarded_by is None
    assert linked.text == "#Examplegrad explosions reported, details at https://herald.example/news/depot"


def test_a_forward_keeps_its_original_channel_as_the_source():
    forwarded = list(read_telegram_export(FIXTURES / "telegram_new.json"))[1]
    assert forwarded.source == "Governor of Examplegrad Region"
    assert forwarded.forwarded_by == "Example Alerts"
    assert forwarded.url == "https://t.me/c/1234567890/3"  # where it was read
    assert forwarded.language == "uk" and forwarded.edited is None


def test_the_report_id_is_the_text_hash_whatever_the_post():
    post = list(read_telegram_export(FIXTURES / "telegram_new.json"))[1]
    assert post.id == Report(text=post.text, published=None).id


def test_a_public_username_gives_public_links():
    posts = read_telegram_export(FIXTURES / "telegram_new.json", channel_username="@example_alerts")
    assert next(posts).url == "https://t.me/example_alerts/2"


def test_an_old_export_joins_text_parts_and_reads_local_times_in_the_given_zone():
    posts = list(read_telegram_export(FIXTURES / "telegram_old.json"))
    assert [p.message_id for p in posts] == [10, 11]
    assert posts[0].published == datetime(2021, 5, 2, 7, 30, tzinfo=UTC)  # no zone in old exports: UTC unless told
    assert posts[1].text == "Update: no casualties, officials said. https://herald.example/x"
    assert posts[1].edited == datetime(2021, 5, 2, 8, 5, tzinfo=UTC)
    kyiv_summer = timezone(timedelta(hours=3))
    local = list(read_telegram_export(FIXTURES / "telegram_old.json", assume_tz=kyiv_summer))
    assert local[0].published == datetime(2021, 5, 2, 4, 30, tzinfo=UTC)


def test_a_whole_account_export_reads_every_chat(tmp_path):
    chat = (FIXTURES / "telegram_old.json").read_text(encoding="utf-8")
    (tmp_path / "result.json").write_text(f'{{"about": "x", "chats": {{"about": "y", "list": [{chat}]}}}}',
                                          encoding="utf-8")
    assert len(list(read_telegram_export(tmp_path / "result.json"))) == 2


@pytest.mark.parametrize(("content", "problem"), [("{not json", r"not valid JSON \(line 1"),
                                                  ('{"name": "x"}', "not a Telegram Desktop export"),
                                                  ("[1, 2]", "not a Telegram Desktop export")])
def test_bad_exports_are_named(tmp_path, content, problem):
    path = tmp_path / "result.json"
    path.write_text(content)
    with pytest.raises(InputError, match=problem) as caught:
        list(read_telegram_export(path))
    assert caught.value.input == str(path)


@pytest.mark.skipif(not SAMPLES.exists(), reason="needs ../shared/eval/telegram_desktop_export_format")
def test_real_exports_of_both_generations():
    old = list(read_telegram_export(SAMPLES / "roboteam_test_group_result.json"))
    assert len(old) == 5 and all(isinstance(p, TelegramPost) for p in old)
    assert old[0].text.startswith("Your user ID: ")  # strings and {type, text} entities joined
    assert old[0].url is None  # a private group has no public link
    new = list(read_telegram_export(SAMPLES / "all1app_channel_messages_sample.json"))
    assert len(new) == 150
    assert new[0].published == datetime(2022, 11, 30, 14, 21, 8, tzinfo=UTC)  # date_unixtime, not the local date
    assert new[0].url == "https://t.me/c/1858370886/2138"
