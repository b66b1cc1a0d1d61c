"""A city that is a first-level region of its own (Sevastopol, Kyiv, Moscow) and the region around it told as a whole
(Crimea, Kyiv Oblast, Moscow Oblast) are two regions to the gazetteer, so `place_relation` vetoed every pair of them:
a missile attack told as "on Crimea" by one post and "on Sevastopol" by the next stayed two events however its toll was
told again (dup25: the ledger's 23 Jun strike, judged a duplicate by many judges). Now no veto, but only a toll told
again of the one strike joins them: a later post's toll grown or revised (`_follow_up`) or a mass toll grown that day
(`_mass_toll`). Town and day, wording or one weapon alone do not; a town of the region and the city stay two towns.
The posts are our own, written in the style of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from eventledger.model import Claim, Event, Place, Report
from eventledger.resolve import Item, _city_in_region, compare, day_range, place_relation
from eventledger.store import Ledger

UTC = timezone.utc
NOON = datetime(2025, 6, 8, 10, 0, tzinfo=UTC)

CRIMEA = Place("Республика Крым", "UA", "Crimea", 45.0, 34.0, "admin1", name_en="Crimea")
SEVASTOPOL = Place("Севастополь", "UA", "Sevastopol", 44.6, 33.52, "admin1", name_en="Sevastopol")
YALTA = Place("Ялта", "UA", "Crimea", 44.5, 34.17, "city", name_en="Yalta")
KYIV = Place("Київ", "UA", "Kyiv", 50.45, 30.52, "admin1", name_en="Kyiv")
KYIV_OBLAST = Place("Київська область", "UA", "Kyiv Oblast", 50.3, 30.5, "admin1", name_en="Kyiv Oblast")
ODESA_OBLAST = Place("Одеська область", "UA", "Odessa Oblast", 46.5, 30.3, "admin1", name_en="Odessa Oblast")


def item(id: str, text: str, place: Place, figures: dict[str, tuple[int, int]] | None = None, *, minutes: float = 0,
         weapon: str | None = "missile", kind: str = "strike") -> Item:
    published = NOON + timedelta(minutes=minutes)
    lo, hi = day_range(published.date().isoformat(), "day", published)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


def test_a_city_region_lies_inside_the_region_around_it() -> None:
    assert _city_in_region(SEVASTOPOL, CRIMEA) and _city_in_region(CRIMEA, SEVASTOPOL)
    assert _city_in_region(KYIV, KYIV_OBLAST)
    assert not _city_in_region(SEVASTOPOL, YALTA)  # a town of the region: two towns
    assert not _city_in_region(KYIV, ODESA_OBLAST)
    assert place_relation(SEVASTOPOL, CRIMEA)[0] == "different"  # the gazetteer's relation is unchanged


def test_a_toll_grown_at_the_city_after_the_peninsulas_first_count_is_one_strike() -> None:
    first = item("a", "Трое погибших и около ста раненых после ракетной атаки на Крым, сообщили власти.", CRIMEA,
                 {"killed": (3, 3), "injured": (100, 100)}, weapon="ballistic_missile")
    later = item("b", "Число пострадавших при ракетной атаке на Севастополь возросло до 150 человек.", SEVASTOPOL,
                 {"killed": (4, 4), "injured": (150, 150)}, minutes=20 * 60)
    verdict = compare(first, later)
    assert verdict.join and verdict.follow_up, verdict.reasons


def test_a_citys_toll_grown_at_the_oblast_is_one_strike_in_ukrainian() -> None:
    first = item("a", "Унаслідок ракетного удару по Києву загинули двоє людей, 30 поранено.", KYIV,
                 {"killed": (2, 2), "injured": (30, 30)})
    later = item("b", "Кількість поранених внаслідок ракетного удару по Київщині зросла до 41.", KYIV_OBLAST,
                 {"killed": (2, 2), "injured": (41, 41)}, minutes=150)
    verdict = compare(first, later)
    assert verdict.join, verdict.reasons


def test_a_toll_that_rose_in_english_joins_the_city_and_the_peninsula() -> None:
    first = item("a", "At least 25 people were wounded in a missile attack on Crimea, officials said.", CRIMEA,
                 {"injured": (25, 25)})
    later = item("b", "The death toll from the missile attack on Sevastopol has risen to three, 60 wounded.",
                 SEVASTOPOL, {"killed": (3, 3), "injured": (60, 60)}, minutes=120)
    verdict = compare(first, later)
    assert verdict.join, verdict.reasons


def test_the_city_and_the_region_on_one_day_without_a_toll_stay_apart() -> None:
    city = item("a", "В Севастополе работает ПВО, ракета сбита над морем, а обломки упали у берега.", SEVASTOPOL)
    region = item("b", "Ракетная атака на Крым: работает ПВО, обломки упали у берега.", CRIMEA, minutes=30)
    assert not compare(city, region).join, compare(city, region).reasons


def test_two_strikes_on_the_city_and_the_region_with_small_tolls_stay_apart() -> None:
    city = item("a", "Дрон атаковал автомобиль в Севастополе, ранен водитель.", SEVASTOPOL, {"injured": (1, 1)},
                weapon="drone")
    region = item("b", "В Крыму при атаке дрона ранены два человека.", CRIMEA, {"injured": (2, 2)}, minutes=180,
                  weapon="drone")
    assert not compare(city, region).join, compare(city, region).reasons


def test_a_town_of_the_region_and_the_city_stay_two_towns() -> None:
    city = item("a", "Ракетный удар по Севастополю: ранены 40 человек.", SEVASTOPOL, {"injured": (40, 40)})
    town = item("b", "Число раненых при ракетном ударе по Ялте возросло до 55.", YALTA, {"injured": (55, 55)},
                minutes=120)
    assert compare(city, town).veto, compare(city, town).reasons


def test_the_region_struck_again_is_not_the_citys_toll() -> None:
    first = item("a", "Ракетный удар по Севастополю: ранены 40 человек.", SEVASTOPOL, {"injured": (40, 40)})
    later = item("b", "Крым снова атакован ракетами, число раненых возросло до 70.", CRIMEA, {"injured": (70, 70)},
                 minutes=300)
    assert not compare(first, later).join, compare(first, later).reasons


def _report(text: str, place: Place, minutes: float, figures: dict[str, tuple[str, int]]) -> tuple[Report, list[Event]]:
    report = Report(text=text, published=NOON + timedelta(minutes=minutes), language="ru", source=f"outlet {minutes}")
    claims = []
    for figure, (quote, value) in figures.items():
        start = text.index(quote)
        claims.append(Claim(report_id=report.id, start=start, end=start + len(quote), quote=quote, value=value,
                            figure=figure))
    return report, [Event(kind="strike", date=NOON.date().isoformat(), date_precision="day", place=place,
                          weapon="missile", claims=claims)]


def test_the_ledger_joins_them_and_places_the_event_at_the_city(tmp_path: Path) -> None:
    """The event is where the strike was: at first-level precision the city before the region around it, though the
    region's post came first."""
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.ingest(*_report("Около ста человек ранены при ракетной атаке на Крым.", CRIMEA, 0,
                               {"injured": ("ста", 100)}))
        ledger.ingest(*_report("Число пострадавших при ракетной атаке на Севастополь возросло до 150 человек.",
                               SEVASTOPOL, 240, {"injured": ("150", 150)}))
        events = ledger.events()
        assert len(events) == 1 and len(events[0].reports) == 2
        assert events[0].place is not None and events[0].place.name == "Севастополь"
