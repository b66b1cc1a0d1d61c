"""Ukrainian reports, written for these tests, and the same strike told in English, Russian and Ukrainian."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report

PUBLISHED = datetime(2024, 10, 5, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str = "uk", published: datetime = PUBLISHED) -> list[Event]:
        return extract(Report(text=text, published=published, language=lang), gazetteer)
    return read


def one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.place and e.place.key) for e in events]
    return found[0]


def figures(e: Event) -> dict[str, tuple[int, int, int | None]]:
    return {name: (f.low, f.best, f.high) for name, f in e.figures.items()}


def test_a_night_drone_strike_with_collective_numerals_and_the_head_of_an_ova(read):
    e = one(read("У ніч на 5 жовтня ворог атакував Одесу ударними безпілотниками, повідомив начальник Одеської ОВА Олег Кіпер. "
                 "Загинули двоє людей, ще шестеро поранені."), "strike")
    assert (e.weapon, e.date, e.place.key, e.attacker) == ("drone", "2024-10-05", "Odesa", "Russia")
    assert figures(e) == {"killed": (2, 2, 2), "injured": (6, 6, 6)}
    assert {(c.source, c.source_kind) for c in e.claims if c.figure} == {("Олег Кіпер", "official")}


def test_shaheds_shot_down_according_to_the_air_force(read):
    e = one(read("За даними Повітряних сил, над Києвом збито 12 шахедів."), "interception")
    assert (e.place.key, e.weapon, figures(e)) == ("Kyiv", "drone", {"intercepted": (12, 12, 12)})
    assert e.claims[-1].source_kind == "military"


def test_explosions_reported_by_the_mayor(read):
    e = one(read("У Харкові пролунали вибухи, повідомив міський голова Ігор Терехов."), "explosion")
    assert (e.place.key, e.claims[0].source) == ("Kharkiv", "Ігор Терехов")


def test_an_airport_restriction_in_russia_told_in_ukrainian(read):
    e = one(read("Росавіація: в аеропорту Калуги запроваджено обмеження на прийом і випуск повітряних суден."), "airspace_restriction")
    assert e.place.icao == "UUBC"


def test_artillery_shelling_and_one_woman_injured(read):
    e = one(read("Російські війська обстріляли Нікополь з артилерії, постраждала жінка."), "shelling")
    assert (e.place.key, e.weapon, e.attacker, figures(e)) == ("Nikopol", "artillery", "Russia", {"injured": (1, 1, 1)})


def test_nibyto_hedges_an_interception_claim(read):
    e = one(read("Над Бєлгородом нібито збито три ракети."), "interception")
    assert (e.place.key, e.weapon, figures(e)) == ("Belgorod", "missile", {"intercepted": (3, 3, 3)})
    assert all(c.hedged for c in e.claims)


def test_glide_bombs_yesterday_evening_without_casualties(read):
    e = one(read("Вчора ввечері ворог скинув дві КАБ на Запоріжжя. Загиблих та постраждалих немає."), "strike")
    assert (e.weapon, e.date, e.place.key) == ("glide_bomb", "2024-10-04", "Zaporizhzhia")
    # the two glide bombs dropped are launched (as the real-news gold counts "13 guided bombs" dropped)
    assert figures(e) == {"killed": (0, 0, 0), "injured": (0, 0, 0), "launched": (2, 2, 2)}


SAME_STRIKE = {
    "en": "Overnight on 1 July, Russian drones hit an apartment building in Kharkiv, killing three people and injuring 12, "
          "Kharkiv mayor Ihor Terekhov said.",
    "ru": "В ночь на 1 июля российские беспилотники атаковали жилой дом в Харькове: погибли три человека, 12 ранены, "
          "сообщил мэр города Игорь Терехов.",
    "uk": "У ніч на 1 липня російські безпілотники атакували житловий будинок у Харкові: загинули троє людей, 12 поранені, "
          "повідомив міський голова Ігор Терехов.",
}


def test_the_same_strike_in_three_languages_yields_the_same_place_date_and_figures(read):
    found = {lang: one(read(text, lang, datetime(2024, 7, 1, 9, tzinfo=timezone.utc)), "strike")
             for lang, text in SAME_STRIKE.items()}
    assert {(e.place.geonames_id, e.date, e.weapon, e.attacker, e.target.category) for e in found.values()} == {
        (found["en"].place.geonames_id, "2024-07-01", "drone", "Russia", "residential")
    }
    assert {lang: figures(e) for lang, e in found.items()} == {
        lang: {"killed": (3, 3, 3), "injured": (12, 12, 12)} for lang in SAME_STRIKE
    }
    assert found["en"].place.key == "Kharkiv"
