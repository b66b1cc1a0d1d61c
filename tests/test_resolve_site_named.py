"""One site told by its proper name in two posts of one region that day is one strike (dup24b), whatever each calls
the weapon or the kind: a manor estate named by its princely family, told as a missile strike and the next morning as
a rocket-artillery shelling; a Ukrainian plant named in quotes; an English plant named before its noun. And the
limits: a town after a preposition is no site name, two sites named apart, two regions, a day apart, "again" told by
the later post, and a governor's name after a comma. The posts are our own, written in the style of Russian,
Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, Verdict, _site_names, compare, day_range

UTC = timezone.utc
AFTERNOON = datetime(2025, 4, 9, 13, 0, tzinfo=UTC)

KURSK_OBLAST = Place("Курская область", "RU", "Kursk Oblast", 51.7, 36.2, "admin1", name_en="Kursk Oblast")
BRYANSK_OBLAST = Place("Брянская область", "RU", "Bryansk Oblast", 53.0, 33.0, "admin1", name_en="Bryansk Oblast")
SUMY_OBLAST = Place("Сумська область", "UA", "Sumy Oblast", 50.9, 34.8, "admin1", name_en="Sumy Oblast")
TULA_OBLAST = Place("Тульская область", "RU", "Tula Oblast", 54.2, 37.6, "admin1", name_en="Tula Oblast")


def by_the_site(verdict: Verdict) -> bool:
    return verdict.join and any(r.startswith("one site named alike") for r in verdict.reasons)


def item(id: str, text: str, place: Place, *, minutes: float = 0, weapon: str | None = "missile",
         kind: str = "strike") -> Item:
    published = AFTERNOON + timedelta(minutes=minutes)
    lo, hi = day_range(published.date().isoformat(), "day", published)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, published=published)


def test_an_estate_named_by_its_family_told_as_a_strike_and_a_shelling_is_one_strike() -> None:
    first = item("a", "Ракета попала в старинную усадьбу графов Орловых на юге области, пострадавших нет.",
                 KURSK_OBLAST)
    later = item("b", "По данным военкоров, по усадьбе графов Орловых выпустили пакет РСЗО.", KURSK_OBLAST,
                 minutes=300, weapon="artillery", kind="shelling")
    assert by_the_site(compare(first, later)), compare(first, later).reasons


def test_a_plant_named_in_quotes_is_one_strike_in_ukrainian() -> None:
    first = item("a", "Дрони атакували завод «Хімпром» на Сумщині, спалахнула пожежа.", SUMY_OBLAST, weapon="drone")
    later = item("b", "Голова ОВА: на заводі «Хімпром» пошкоджено цех, пожежу гасять.", SUMY_OBLAST, minutes=95,
                 weapon=None)
    assert by_the_site(compare(first, later)), compare(first, later).reasons


def test_a_plant_named_before_its_noun_is_one_strike_in_english() -> None:
    first = item("a", "Drones struck the Novator plant in the region overnight, the governor said.", TULA_OBLAST,
                 weapon="drone")
    later = item("b", "Footage shows smoke over the Novator plant after the attack.", TULA_OBLAST, minutes=120,
                 weapon=None)
    assert by_the_site(compare(first, later)), compare(first, later).reasons


def test_a_town_after_a_preposition_is_no_site_name() -> None:
    assert not _site_names("Дроны атаковали завод в Брянске, сообщил губернатор.")
    assert not _site_names("Дрони атакували завод у Сумах.")
    assert not _site_names("Двое раненых доставлены в больницу, сообщил Гладков.")
    assert not _site_names("Russian drones hit a Ukrainian plant.")


def test_two_sites_named_apart_are_no_evidence() -> None:
    first = item("a", "Ракета попала в усадьбу графов Орловых.", KURSK_OBLAST)
    later = item("b", "Обстрелян музей Дейнеки в области.", KURSK_OBLAST, minutes=60)
    assert not by_the_site(compare(first, later))


def test_two_regions_are_not_one_site() -> None:
    first = item("a", "Дроны атаковали завод «Кремний».", BRYANSK_OBLAST, weapon="drone")
    later = item("b", "Дроны атаковали завод «Кремний», сообщают каналы.", KURSK_OBLAST, minutes=30, weapon="drone")
    assert not by_the_site(compare(first, later))


def test_a_day_apart_is_another_strike() -> None:
    first = item("a", "Ракета попала в усадьбу графов Орловых.", KURSK_OBLAST)
    later = item("b", "По усадьбе графов Орловых выпустили пакет РСЗО.", KURSK_OBLAST, minutes=26 * 60)
    assert not by_the_site(compare(first, later))


def test_a_site_struck_again_by_the_later_post_is_another_strike() -> None:
    first = item("a", "Дрони атакували завод «Хімпром» на Сумщині.", SUMY_OBLAST, weapon="drone")
    later = item("b", "Завод «Хімпром» знову атакували дрони, пожежа.", SUMY_OBLAST, minutes=240, weapon="drone")
    assert not by_the_site(compare(first, later))


def test_an_airports_restrictions_told_twice_a_day_are_not_joined_by_its_name() -> None:
    place = Place("Московская область", "RU", "Moscow Oblast", 55.5, 37.5, "admin1", name_en="Moscow Oblast")
    first = item("a", "В аэропорту Внуково введены временные ограничения.", place, weapon=None,
                 kind="airspace_restriction")
    later = item("b", "Аэропорт Внуково ограничил приём рейсов вечером.", place, minutes=400, weapon=None,
                 kind="airspace_restriction")
    assert not by_the_site(compare(first, later))


BELGOROD_OBLAST = Place("Белгородская область", "RU", "Belgorod Oblast", 50.6, 36.6, "admin1",
                        name_en="Belgorod Oblast")
KHERSON_OBLAST = Place("Херсонська область", "UA", "Kherson Oblast", 46.6, 33.0, "admin1", name_en="Kherson Oblast")
KHARKIV_OBLAST = Place("Харьковская область", "RU", "Kharkiv Oblast", 49.5, 36.5, "admin1", name_en="Kharkiv Oblast")


def test_people_taken_to_hospital_name_no_hospital() -> None:
    """A verb of hospitalising is no hospital noun, and the town after it no site's name (fix24b)."""
    assert not _site_names("Двое раненых госпитализированы, среди них жители Белгорода.")
    assert not _site_names("Потерпілого шпиталізовано до Херсонської лікарні.")
    assert not _site_names("Чоловіка госпіталізовано до лікарні Херсона.", ("херсо",))
    first = item("a", "Обстрел села: госпитализированы жители Белгорода, повреждены дома.", BELGOROD_OBLAST,
                 weapon="artillery", kind="shelling")
    later = item("b", "Дрон ударил по машине, госпитализированы жители Белгорода.", BELGOROD_OBLAST, minutes=480,
                 weapon="drone")
    assert not by_the_site(compare(first, later)), compare(first, later).reasons


def test_a_weapon_system_named_in_quotes_is_no_site() -> None:
    """"комплекс" is a weapon system as often as a site: it names none (fix24b)."""
    assert not _site_names("Удар нанесён ракетным комплексом «Искандер-М» по окраине города.")
    first = item("a", "Утром удар ракетным комплексом «Искандер-М» по городу.", KHARKIV_OBLAST)
    later = item("b", "Вечером по области снова ударили ракетным комплексом «Искандер-М».", KHARKIV_OBLAST,
                 minutes=600)
    assert not by_the_site(compare(first, later)), compare(first, later).reasons


def test_a_plural_of_cities_is_no_bridge() -> None:
    assert not _site_names("Енергетика міст Сумщини знову під ударом.")


def test_a_weekday_or_a_country_after_a_site_noun_is_no_name() -> None:
    assert not _site_names("The plant was hit on Tuesday, the operator said.")
    assert not _site_names("The refinery Monday night was struck again.")
    assert not _site_names("Ночью завод атаковали дроны Украины.")
    assert not _site_names("Завод Украины не остановлен.")
    assert _site_names("Дроны атаковали завод Кремний ночью.") == {("заво", "кремн")}


def test_a_name_three_words_after_its_noun_is_read_but_not_across_a_verb() -> None:
    assert _site_names("Снаряд попал в усадьбу XIX века графов Орловых.") == {("усад", "орлов")}
    assert not _site_names("Ночью завод атаковали дроны Шахед.")
    assert not _site_names("Вночі завод атакували дрони Шахед.")
    assert not _site_names("The plant was struck by Shahed drones.")
