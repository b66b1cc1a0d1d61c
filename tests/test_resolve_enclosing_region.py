"""A city that is a first-level region of its own (Moscow, Kyiv, Sevastopol) lies inside another region, and what is
told of its airports and suburbs falls on either side of the boundary: the gazetteer files "Домодедово" (the town) in
Moscow Oblast and Domodedovo International Airport in Moscow, Boryspil in Kyiv Oblast and Kyiv's districts in Kyiv.
Blocking compares events of one first-level region only, so two posts of one airport's closure or one suburb's strike
were never compared (res13 of 6 Dec: the closure of Domodedovo of 10 Nov held by two events, one per cell). Blocking now
compares the city's cell with the region around it; `place_relation` still decides, so the city and the region
named as such stay apart, and a town in one and a point in the other join only within a town's distance, on
evidence, and only when they are the same target or the same named place (fix13b: the town and the airport named after
it, not a suburb beside an airport 9 km off). The posts are our own, written in the style of Russian and Ukrainian news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from eventledger.model import Event, Place, Report
from eventledger.resolve import Blocks, Item, blocking_cells, compare, day_range, resolve
from eventledger.store import Ledger

UTC = timezone.utc
MORNING = datetime(2025, 4, 6, 3, 30, tzinfo=UTC)
DOMODEDOVO_TOWN = Place("Домодедово", "RU", "Moscow Oblast", 55.44, 37.75, "city", name_en="Domodedovo")
DOMODEDOVO_AIRPORT = Place("Domodedovo International Airport", "RU", "Moscow", 55.41, 37.90, "point")
MOSCOW = Place("Москва", "RU", "Moscow", 55.75, 37.62, "city")
MOSCOW_OBLAST = Place("Московская область", "RU", "Moscow Oblast", 55.5, 37.5, "admin1")
BORYSPIL = Place("Бориспіль", "UA", "Kyiv Oblast", 50.35, 30.95, "city", name_en="Boryspil")
BORYSPIL_AIRPORT = Place("Boryspil International Airport", "UA", "Kyiv", 50.345, 30.894, "point")
KURSK = Place("Курск", "RU", "Kursk Oblast", 51.73, 36.19, "city")


def item(id: str, text: str, place: Place, *, kind: str = "airspace_restriction", weapon: str | None = None,
         minutes: int = 0) -> Item:
    lo, hi = day_range("2025-04-06", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, published=MORNING + timedelta(minutes=minutes))


TOWN_POST = item("a", "В Домодедове из-за угрозы беспилотников не сажают самолёты: несколько рейсов кружат над "
                 "городом.", DOMODEDOVO_TOWN)
AIRPORT_POST = item("b", "В аэропорту «Домодедово» введены временные ограничения на приём и выпуск самолётов.",
                    DOMODEDOVO_AIRPORT, minutes=20)


def test_a_city_region_and_the_region_around_it_are_one_neighbourhood_for_blocking() -> None:
    assert blocking_cells("RU/moscow") == ["RU/moscow", "RU/moscow oblast"]
    assert blocking_cells("RU/moscow oblast") == ["RU/moscow oblast", "RU/moscow"]
    assert blocking_cells("UA/kyiv oblast") == ["UA/kyiv oblast", "UA/kyiv"]
    assert blocking_cells("UA/crimea") == ["UA/crimea", "UA/sevastopol"]
    assert blocking_cells("RU/kursk oblast") == ["RU/kursk oblast"]


def test_blocking_finds_the_airport_in_the_city_for_the_town_in_the_region() -> None:
    blocks = Blocks()
    blocks.add(0, AIRPORT_POST)
    assert blocks.near(TOWN_POST) == [0]
    far = item("c", "В Курске введён план «Ковёр».", KURSK)
    assert blocks.near(far) == []


def test_one_airports_closure_told_of_the_town_and_of_the_airport_is_one_event() -> None:
    assert compare(TOWN_POST, AIRPORT_POST).join
    clusters = resolve([TOWN_POST, AIRPORT_POST])
    assert len(clusters) == 1


def test_a_ukrainian_airport_and_its_town_across_the_kyiv_boundary_are_compared_too() -> None:
    town = item("u1", "Вибухи пролунали в Борисполі, на місці влучання дрона пожежа.", BORYSPIL, kind="strike",
                weapon="drone")
    airport = item("u2", "Дрон влучив у територію аеропорту «Бориспіль», спалахнула пожежа.", BORYSPIL_AIRPORT,
                   kind="strike", weapon="drone", minutes=25)
    blocks = Blocks()
    blocks.add(0, airport)
    assert blocks.near(town) == [0]


def test_the_city_and_the_region_named_as_such_still_stay_apart() -> None:
    city = item("m1", "Собянин: сбит беспилотник, летевший на Москву.", MOSCOW, kind="interception", weapon="drone")
    region = item("m2", "Над Московской областью сбит беспилотник.", MOSCOW_OBLAST, kind="interception", weapon="drone",
                  minutes=10)
    verdict = compare(city, region)
    assert not verdict.join and verdict.veto and verdict.veto.startswith("place")
    assert len(resolve([city, region])) == 2


def _report(it: Item) -> tuple[Report, list[Event]]:
    report = Report(text=it.text, published=it.published, language="ru", source=f"outlet {it.id}")
    return report, [Event(kind=it.kind, date="2025-04-06", date_precision="day", place=it.place, weapon=it.weapon)]


def test_the_ledger_compares_them_as_it_ingests(tmp_path: Path) -> None:
    with Ledger(tmp_path / "ledger.db") as ledger:
        for it in (AIRPORT_POST, TOWN_POST):
            ledger.ingest(*_report(it))
        events = ledger.events()
        assert len(events) == 1 and len(events[0].reports) == 2
        assert ledger.resolve_all()["rewritten"] == 0
