"""Two channels telling one strike on one town that day: a toll told again as it grows ("two killed in Mykolaiv", then
"five killed" hours later), explosions heard in the town a drone hit. And the limits: the same town struck on two days,
two towns of one region in one night, a smaller later toll, or another weapon stay apart. The posts are our own,
written in the style of Russian news channels."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range

UTC = timezone.utc
MYKOLAIV = Place("Николаев", "UA", "Mykolaiv Oblast", 46.97, 32.0, "city")
OCHAKIV = Place("Очаков", "UA", "Mykolaiv Oblast", 46.61, 31.54, "city")
NIGHT = datetime(2025, 3, 10, 3, 0, tzinfo=UTC)

FIRST = "Ночью беспилотники атаковали Николаев: погибли два человека, ещё один ранен, сообщил мэр."
LATER = "Число жертв удара по Николаеву выросло до пяти."  # alike enough (0.39), not alike as "the same town" needs


def post(id: str, text: str, figures: dict[str, tuple[int, int]], *, day: str = "2025-03-10", place: Place = MYKOLAIV,
         weapon: str | None = "drone", published: datetime = NIGHT, kind: str = "strike") -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures, published=published)


def test_a_toll_that_grows_hours_later_in_one_town_is_the_same_strike() -> None:
    first = post("a", FIRST, {"killed": (2, 2), "injured": (1, 1)})
    later = post("b", LATER, {"killed": (5, 5)}, published=NIGHT + timedelta(hours=2))
    verdict = compare(first, later)
    assert verdict.join, verdict.reasons
    assert any("a toll that grew in one town that day (killed 2 -> 5)" in r for r in verdict.reasons)


def test_the_same_town_struck_the_next_night_stays_apart() -> None:
    first = post("a", FIRST, {"killed": (2, 2), "injured": (1, 1)})
    next_night = post("b", LATER, {"killed": (5, 5)}, day="2025-03-11", published=NIGHT + timedelta(days=1))
    assert not compare(first, next_night).join


def test_two_towns_of_one_region_in_one_night_stay_apart() -> None:
    town = post("a", FIRST, {"killed": (2, 2), "injured": (1, 1)})
    other = post("b", LATER.replace("Николаев", "Очаков"), {"killed": (5, 5)}, place=OCHAKIV,
                 published=NIGHT + timedelta(hours=2))
    assert not compare(town, other).join


def test_a_smaller_later_toll_or_another_weapon_is_no_update() -> None:
    first = post("a", FIRST, {"killed": (5, 5)})
    fewer = post("b", LATER.replace("выросло до пяти", "составило два"), {"killed": (2, 2)},
                 published=NIGHT + timedelta(hours=2))
    missile = post("c", LATER.replace("удара", "ракетного удара").replace("пяти", "семи"), {"killed": (7, 7)},
                   weapon="missile", published=NIGHT + timedelta(hours=2))
    assert not compare(first, fewer).join
    assert not compare(first, missile).join


HEARD = "Жители Николаева сообщают о нескольких взрывах ночью."


def test_explosions_heard_in_the_town_a_drone_hit_that_night_are_that_strike() -> None:
    strike = post("a", FIRST, {"killed": (2, 2), "injured": (1, 1)})
    heard = post("b", HEARD, {}, kind="explosion", weapon=None, published=NIGHT - timedelta(hours=1))
    verdict = compare(strike, heard)
    assert verdict.join, verdict.reasons
    assert "explosions heard in the town a strike hit that day" in verdict.reasons


def test_explosions_heard_the_next_night_or_in_another_town_stay_apart() -> None:
    strike = post("a", FIRST, {"killed": (2, 2), "injured": (1, 1)})
    next_night = post("b", HEARD, {}, kind="explosion", weapon=None, day="2025-03-11", published=NIGHT + timedelta(days=1))
    elsewhere = post("c", HEARD.replace("Николаева", "Очакова"), {}, kind="explosion", weapon=None, place=OCHAKIV)
    assert not compare(strike, next_night).join
    assert not compare(strike, elsewhere).join
