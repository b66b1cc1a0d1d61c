"""An attack told as a strike by one outlet and as repelled by another, minutes apart: "дроны атаковали два района
края" and "ПВО в двух районах края отразила атаку беспилотников" are one governor's statement. Only when neither
names anything hit, both name the same weapon and the two are published within RETOLD_MINUTES; then what joins them
is what joins two interception reports. A strike that hit something, another weapon or an hour later stay apart.
The posts are our own, written in the style of Russian news channels.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
NIGHT = datetime(2025, 4, 2, 1, 40, tzinfo=UTC)
KRAI = Place("Ставропольский край", "RU", "Stavropol Krai", None, None, "admin1", name_en="Stavropol Krai")


def item(id: str, text: str, kind: str, published: datetime, *, weapon: str = "drone",
         target: Target | None = None) -> Item:
    lo, hi = day_range("2025-04-02", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=KRAI,
                weapon=weapon, text=text, figures={}, published=published, target=target)


ATTACKED = item("a", "Беспилотники ВСУ массированно атаковали два района Ставропольского края, сообщил губернатор.",
                "strike", NIGHT)
REPELLED = item("b", "ПВО в двух районах Ставрополья отразила массированную атаку беспилотников, сообщил губернатор.",
                "interception", NIGHT + timedelta(minutes=9))


def test_an_attack_told_as_struck_and_as_repelled_within_minutes_is_one() -> None:
    verdict = compare(ATTACKED, REPELLED)
    assert verdict.join, verdict.reasons
    assert any("told again within" in r for r in verdict.reasons)
    assert len(resolve([REPELLED, ATTACKED])) == 1


def test_a_strike_that_hit_something_another_weapon_or_an_hour_later_stay_apart() -> None:
    hit = replace(ATTACKED, target=Target("нефтебаза", "energy"))
    assert compare(hit, REPELLED).veto  # a depot hit is not the interception told beside it
    assert compare(replace(ATTACKED, weapon="missile"), REPELLED).veto
    assert compare(replace(ATTACKED, published=NIGHT + timedelta(hours=1, minutes=10)), REPELLED).veto
