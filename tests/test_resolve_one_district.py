"""Two outlets that place an incident in the same district ("в Раменском городском округе", "у Стародубському
районі") speak of one place, as two that name the same town do: what they tell of it still has to agree (a toll that
grew, the same target, wording alike). And the limits: a district and a town in it, two districts of one region, and a
district's shelling told twice that day stay apart without other evidence. The posts are our own, written in the style
of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range, place_relation

UTC = timezone.utc
RAMENSKY = Place("Раменский городской округ", "RU", "Moscow Oblast", 55.50, 38.20, "admin2", name_en="Ramenskiy Gorodskoy Okrug")
RAMENSKY_EN = Place("Ramensky district", "RU", "Moscow Oblast", 55.52, 38.21, "admin2", name_en="Ramenskiy Gorodskoy Okrug")
ODINTSOVO = Place("Одинцовский городской округ", "RU", "Moscow Oblast", 55.68, 37.28, "admin2", name_en="Odintsovskiy Gorodskoy Okrug")
RAMENSKOYE = Place("Раменское", "RU", "Moscow Oblast", 55.57, 38.23, "city")
STARODUB = Place("Стародубський район", "RU", "Bryansk Oblast", 52.58, 32.76, "admin2", name_en="Starodubskiy Rayon")
STARODUB_RU = Place("Стародубский район", "RU", "Bryansk Oblast", 52.58, 32.76, "admin2", name_en="Starodubskiy Rayon")
MORNING = datetime(2025, 4, 6, 4, 10, tzinfo=UTC)


def item(id: str, text: str, place: Place, *, kind: str = "strike", weapon: str | None = "drone",
         figures: dict[str, tuple[int, int]] | None = None, hours: float = 0) -> Item:
    lo, hi = day_range("2025-04-06", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=MORNING + timedelta(hours=hours))


def test_one_district_named_by_two_outlets_is_one_place() -> None:
    assert place_relation(RAMENSKY, RAMENSKY_EN)[0] == "same"
    assert place_relation(STARODUB, STARODUB_RU)[0] == "same"


def test_a_toll_that_grew_in_one_district_is_one_incident() -> None:
    first = item("a", "Два человека пострадали при атаке беспилотников в Раменском городском округе.", RAMENSKY,
                 figures={"injured": (2, 2)})
    later = item("b", "Five people were injured in the drone attack on the Ramensky district, the governor said.",
                 RAMENSKY_EN, figures={"injured": (5, 5)}, hours=7)
    verdict = compare(first, later)
    assert verdict.join, verdict.reasons
    assert any("grew" in r for r in verdict.reasons)


def test_one_district_told_alike_in_two_languages_is_one_incident() -> None:
    ukrainian = item("a", "Дрон влучив у житловий будинок у Стародубському районі Брянської області, загинула дитина.",
                     STARODUB, figures={"killed": (1, 1)})
    russian = item("b", "Беспилотник попал в жилой дом в Стародубском районе Брянской области, погиб ребёнок.",
                   STARODUB_RU, figures={"killed": (1, 1)}, hours=2)
    verdict = compare(ukrainian, russian)
    assert verdict.join, verdict.reasons


def test_a_district_and_a_town_in_it_or_two_districts_stay_apart_without_evidence() -> None:
    assert place_relation(RAMENSKY, RAMENSKOYE)[0] == "inside"
    assert place_relation(RAMENSKY, ODINTSOVO)[0] == "inside"
    town = item("a", "В Раменском загорелся склад после падения обломков беспилотника.", RAMENSKOYE)
    district = item("b", "В Раменском городском округе пострадал мужчина при атаке дрона.", RAMENSKY,
                    figures={"injured": (1, 1)}, hours=11)
    assert not compare(town, district).join  # more than a night apart: another attack on the district may be


def test_a_districts_shelling_told_twice_that_day_needs_other_evidence() -> None:
    # a border district is shelled many times a day, each report of another village
    morning = item("a", "ВСУ обстреляли Стародубский район, повреждена линия электропередачи.", STARODUB_RU,
                   kind="shelling", weapon="artillery")
    evening = item("b", "Стародубский район снова под обстрелом: повреждены два дома в селе.", STARODUB_RU,
                   kind="shelling", weapon="artillery", hours=9)
    assert not compare(morning, evening).join
