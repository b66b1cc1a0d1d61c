"""A toll told only by a word ("есть погибшие", "є загиблі", "one of the dead") is no count to compare (ledger18b), but
it must not let the weak "alike in one region, same day, same weapon" join pass over signs of a separate attack told
in the posts (review18d, finding 1): two parts of the day, "снова/знову/again" told by the later post only, "ещё
один удар/ще один удар/another strike". Before ledger18b the word's toll of one kept such posts apart; now the rule
itself heeds those signs when one side tells a casualty by a word. Negatives: the same word-only post relayed within
the hour with no such sign still joins the town's strike, and the rule is unchanged for posts that count no
casualty by a word. Posts written here, in the style of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Report
from eventledger.resolve import Item, compare, item_of, resolve

UTC = timezone.utc
NIGHT = datetime(2025, 7, 9, 22, 10, tzinfo=UTC)  # 01:10 the next day in Moscow and Kyiv (summer time)


def item_at(read, id: str, text: str, published: datetime, lang: str = "ru") -> Item:
    """The post's one event as the ledger compares it, published at `published`."""
    events = [e for e in read(text, lang=lang) if not e.background]
    assert len(events) == 1, (text, events)
    report = Report(text=text, published=published, language=lang)
    return item_of(id, f"r-{id}", report, events[0], text)


def apart(a: Item, b: Item) -> bool:
    return not compare(a, b).join and len(resolve([a, b])) == 2


RU_TOWN = "Ночью беспилотник ударил по частному дому в Новошахтинске, погибли два человека, ранены трое."


def test_ru_a_word_toll_of_another_part_of_the_day_stays_apart(read) -> None:
    town = item_at(read, "a", RU_TOWN, NIGHT)
    later = item_at(read, "b", "Днём беспилотник ударил по частному дому в Ростовской области, есть погибшие и "
                               "раненые.", NIGHT + timedelta(hours=15))
    assert apart(town, later)


def test_ru_a_word_toll_told_again_or_as_another_strike_stays_apart(read) -> None:
    town = item_at(read, "a", "Беспилотник ударил по частному дому в Новошахтинске, погибли два человека, ранены "
                              "трое.", NIGHT + timedelta(hours=8))
    again = item_at(read, "b", "Беспилотник снова ударил по частному дому в Ростовской области, есть погибшие.",
                    NIGHT + timedelta(hours=14))
    another = item_at(read, "c", "Ещё один удар: беспилотник ударил по частному дому в Ростовской области, есть "
                                 "погибшие.", NIGHT + timedelta(hours=14))
    assert apart(town, again)
    assert apart(town, another)


def test_uk_a_word_toll_of_the_evening_stays_apart(read) -> None:
    town = item_at(read, "a", "Вранці російський дрон влучив у житловий будинок у Харкові, загинули троє людей, "
                              "семеро поранені.", NIGHT + timedelta(hours=7), "uk")
    evening = item_at(read, "b", "Увечері російський дрон влучив у житловий будинок на Харківщині, є загиблі.",
                      NIGHT + timedelta(hours=20), "uk")
    assert apart(town, evening)


def test_en_a_word_toll_of_the_evening_stays_apart(read) -> None:
    town = item_at(read, "a", "A Russian drone hit a residential building in Kharkiv this morning, killing three "
                              "people and injuring seven.", NIGHT + timedelta(hours=7), "en")
    evening = item_at(read, "b", "In the evening a Russian drone hit a residential building in the Kharkiv region; "
                                 "one of the dead was a schoolboy.", NIGHT + timedelta(hours=20), "en")
    assert apart(town, evening)


# -- negatives: what the rule still joins --------------------------------------------------------------------------

def test_ru_the_word_toll_relayed_with_no_sign_of_another_attack_joins(read) -> None:
    town = item_at(read, "a", RU_TOWN, NIGHT)
    relay = item_at(read, "b", "Ночью беспилотник ударил по частному дому в Ростовской области, есть погибшие и "
                               "раненые.", NIGHT + timedelta(minutes=30))
    assert compare(town, relay).join
    assert len(resolve([town, relay])) == 1
