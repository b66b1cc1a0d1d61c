"""A governor's own count for his region and a ministry's national claim over several regions of the same night are
two interception events (ANNOTATION.md: the governor's count is its own event at his region, even when it is part of
the national total; the national claim is one event, its regions in `areas`), however alike the night, the weapon and
the counts. Each is still joined with its own retellings. The posts are our own, written in the style of Russian news
channels."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Place, Report
from eventledger.resolve import Item, compare, day_range
from eventledger.store import Ledger

GOVERNOR = ("Губернатор Ростовской области Василий Голубев: этой ночью над регионом силами ПВО уничтожены 30 "
            "беспилотников. Пострадавших нет.", "2025-03-10T22:40:00+00:00", "outlet A")
GOVERNOR_RETOLD = ("Голубев сообщил, что ночью над Ростовской областью ПВО уничтожила 30 беспилотников, пострадавших "
                   "нет.", "2025-03-10T23:05:00+00:00", "outlet B")
MINISTRY = ("Минобороны: за ночь дежурными средствами ПВО перехвачены и уничтожены 45 украинских беспилотников: 30 над "
            "территорией Ростовской области, 10 над территорией Брянской области и 5 над территорией Курской области.",
            "2025-03-11T04:30:00+00:00", "outlet C")
MINISTRY_RETOLD = ("За прошедшую ночь над регионами России уничтожены 45 беспилотников ВСУ: 30 — над Ростовской "
                   "областью, 10 — над Брянской, 5 — над Курской, сообщили в Минобороны.", "2025-03-11T04:50:00+00:00",
                   "outlet D")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _ingest(ledger: Ledger, gazetteer: Gazetteer, post: tuple[str, str, str]) -> None:
    text, published, source = post
    report = Report(text=text, published=datetime.fromisoformat(published), language="ru", source=source,
                    source_kind="telegram")
    ledger.ingest(report, [e for e in extract(report, gazetteer) if not e.background])


def _interceptions(ledger: Ledger) -> list[tuple[str, int]]:
    return sorted((e.place.precision if e.place else "-", len(e.reports)) for e in ledger.events()
                  if e.kind == "interception")


def test_a_governors_count_and_the_ministrys_national_claim_are_two_events(tmp_path: Path, gazetteer: Gazetteer) -> None:
    with Ledger(tmp_path / "ledger.db") as ledger:
        for post in (GOVERNOR, MINISTRY):
            _ingest(ledger, gazetteer, post)
        assert _interceptions(ledger) == [("admin1", 1), ("region", 1)]


@pytest.mark.parametrize("order", [(GOVERNOR, GOVERNOR_RETOLD, MINISTRY, MINISTRY_RETOLD),
                                   (MINISTRY, GOVERNOR, MINISTRY_RETOLD, GOVERNOR_RETOLD)])
def test_each_told_twice_is_still_two_events_each_with_its_retelling(
        tmp_path: Path, gazetteer: Gazetteer, order: tuple[tuple[str, str, str], ...]) -> None:
    with Ledger(tmp_path / "ledger.db") as ledger:
        for post in order:
            _ingest(ledger, gazetteer, post)
        assert _interceptions(ledger) == [("admin1", 2), ("region", 2)]
        assert ledger.resolve_all()["rewritten"] == 0  # a full re-run agrees


def _item(id: str, place: Place, cells: frozenset[str] = frozenset()) -> Item:
    lo, hi = day_range("2025-03-11", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="interception", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon="drone", figures={"intercepted": (30, 30)}, area_regions=cells,
                published=datetime(2025, 3, 11, 4, 30, tzinfo=timezone.utc))


ROSTOV_OBLAST = Place("Ростовская область", "RU", "Rostov Oblast", None, None, "admin1")
RAMENSKOYE = Place("Раменское", "RU", "Moscow Oblast", 55.57, 38.23, "city")
RUSSIA = Place("Россия", "RU", None, None, None, "country")
GROUP = Place("Ростовская область, Брянская область", "RU", None, None, None, "region")


def test_the_scope_is_told_by_the_regions_of_the_areas() -> None:
    # areas over two first-level regions: a claim over several regions; the country with no areas is no evidence of
    # one (a retelling whose place fell back to the country)
    assert compare(_item("a", ROSTOV_OBLAST), _item("b", GROUP, frozenset({"RU/rostov oblast", "RU/bryansk oblast"}))).veto
    assert not compare(_item("a", ROSTOV_OBLAST), _item("c", RUSSIA)).veto
    # a group of one region's districts is that region's count; Moscow counted with the Moscow Oblast named after it
    districts = _item("d", GROUP, frozenset({"RU/moscow oblast"}))
    capital = _item("e", GROUP, frozenset({"RU/moscow", "RU/moscow oblast"}))
    for other in (districts, capital):
        assert not compare(_item("f", RAMENSKOYE), other).veto
