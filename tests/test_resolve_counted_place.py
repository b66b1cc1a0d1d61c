"""A town's count inside its region's count, told by two posts of one night and joined as one interception, is placed
at the region that counted the larger number, not at the town that counted part of it (issue 10: a region's count
carried by its city's smaller one). The posts are our own, written in the style of Russian news channels."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Report
from eventledger.store import Ledger

UTC = timezone.utc


@pytest.fixture
def ledger(ledger_url: str):
    with Ledger(ledger_url) as ledger:
        yield ledger


def post(text: str, hour: int, minute: int, source: str) -> Report:
    return Report(text=text, published=datetime(2025, 3, 10, hour, minute, tzinfo=UTC), language="ru", source=source,
                  source_kind="telegram", url=f"https://t.me/{source}/{hour}{minute}")


def test_the_regions_count_is_placed_at_the_region_not_at_the_town_that_counted_part_of_it(ledger, gazetteer):
    town = post("На окраине Тулы силами ПВО сбиты два беспилотника, сообщил губернатор Дмитрий Миляев. "
                "Пострадавших нет.", 1, 5, "first")
    region = post("Губернатор Дмитрий Миляев: за ночь над Тульской областью уничтожены шесть беспилотников. "
                  "Пострадавших нет.", 4, 40, "second")
    for rep in (town, region):
        ledger.ingest(rep, extract(rep, gazetteer))
    interceptions = [e for e in ledger.events() if e.kind == "interception"]
    if len(interceptions) == 1:  # joined as one night's tally: the place is the region's, whose count it carries
        [e] = interceptions
        assert (e.place.key, e.figures["intercepted"].best) == ("Tula Oblast", 6)
    else:  # kept apart: each keeps its own place and count
        assert sorted((e.place.key, e.figures["intercepted"].best) for e in interceptions) == [
            ("Tula", 2), ("Tula Oblast", 6)]
