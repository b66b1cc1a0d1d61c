"""A target read as a generic word alone whose own sentence names the event's exact target (dup24): a post on the
strike at the Yuzhmash plant whose target was read as "завод" joins the strike on Yuzhmash even when the event also
holds an "enterprise" told by another post (`_generic_ambiguous` kept it out before: two generic words told apart). The limits: a generic target
that names nothing, and a sentence that names only the town the exact target is named after. The posts are our own,
written in the style of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, best_event, day_range

UTC = timezone.utc
MORNING = datetime(2025, 5, 8, 4, 0, tzinfo=UTC)
CITY = Place("Днепр", "UA", "Dnipropetrovsk Oblast", 48.45, 35.05, "city", name_en="Dnipro")
CITY_UK = Place("Дніпро", "UA", "Dnipropetrovsk Oblast", 48.45, 35.05, "city", name_en="Dnipro")
CITY_EN = Place("Dnipro", "UA", "Dnipropetrovsk Oblast", 48.45, 35.05, "city", name_en="Dnipro")
RYAZAN = Place("Рязань", "RU", "Ryazan Oblast", 54.63, 39.74, "city", name_en="Ryazan")


def item(id: str, text: str, place: Place, target: Target | None, *, hours: float = 0,
         weapon: str | None = "ballistic_missile") -> Item:
    published = MORNING + timedelta(hours=hours)
    lo, hi = day_range("2025-05-08", "day", published)
    return Item(id=id, report_id=f"r-{id}", kind="strike", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, published=published, target=target)


def yuzhmash_event() -> dict[str, list[Item]]:
    """The morning's strike on a plant in the city: the plant named by one post, "an enterprise" of no known kind by
    another (a generic word beside the plant's: no veto, and not the same target either)."""
    named = item("a", "Баллистическая ракета ударила по заводу «Южмаш» в Днепре, сообщают местные каналы.", CITY,
                 Target("завод Южмаш", "military_industry"))
    enterprise = item("b", "В Днепре ракетой поражено предприятие, пострадавших нет, сообщил глава области.", CITY,
                      Target("предприятие", "unknown"), hours=1)
    return {"a": [named, enterprise]}


def test_a_plant_whose_sentence_names_yuzhmash_joins_the_strike_on_it() -> None:
    footage = item("c", "Баллистическая ракета поразила оборонный завод «Южмаш» в Днепре, сообщают очевидцы.", CITY,
                   Target("завод", "military_industry"), hours=2)
    event, verdict = best_event(footage, yuzhmash_event())
    assert event == "a", verdict.reasons


def test_ukrainian_a_plant_named_in_another_case_joins_the_strike() -> None:
    footage = item("c", "Балістична ракета влучила в оборонний завод Южмаша у Дніпрі, повідомляють місцеві канали.",
                   CITY_UK, Target("завод", "military_industry"), hours=2)
    event, verdict = best_event(footage, yuzhmash_event())
    assert event == "a", verdict.reasons


def test_english_the_plant_named_yuzhmash_joins_the_strike() -> None:
    footage = item("c", "Footage shows the missile hitting the Yuzhmash plant in Dnipro, a defence factory.", CITY_EN,
                   Target("the plant", "military_industry"), hours=12)
    events = yuzhmash_event()
    events["a"][0] = item("a", "A ballistic missile struck the Yuzhmash plant in Dnipro, local channels said.", CITY_EN,
                          Target("Yuzhmash plant", "military_industry"))
    event, verdict = best_event(footage, events)
    assert event == "a", verdict.reasons


def test_a_plant_that_names_nothing_stays_ambiguous_beside_an_enterprise() -> None:
    plant = item("c", "В Днепре после удара горит завод, на месте работают спасатели.", CITY,
                 Target("завод", "military_industry"), hours=12)
    event, _ = best_event(plant, yuzhmash_event())
    assert event is None


def test_a_sentence_naming_only_the_town_does_not_name_the_towns_refinery() -> None:
    refinery = item("a", "Беспилотники атаковали Рязанский НПЗ, начался пожар.", RYAZAN,
                    Target("Рязанский НПЗ", "oil_refinery"), weapon="drone")
    enterprise = item("b", "В Рязани повреждено предприятие, ранен рабочий.", RYAZAN,
                      Target("предприятие", "unknown"), hours=1, weapon="drone")
    plant = item("c", "В Рязани после атаки дронов загорелся завод, сообщил губернатор.", RYAZAN,
                 Target("завод", "military_industry"), hours=2, weapon="drone")
    event, _ = best_event(plant, {"a": [refinery, enterprise]})
    assert event is None


CHEREPOVETS = Place("Череповец", "RU", "Vologda Oblast", 59.13, 37.90, "city", name_en="Cherepovets")


def steelworks_event() -> dict[str, list[Item]]:
    """A strike on a steelworks named "Северный" and an enterprise of the town told by another post."""
    named = item("a", "Дроны атаковали Северный металлургический комбинат в Череповце.", CHEREPOVETS,
                 Target("Северный комбинат", "industry"), weapon="drone")
    enterprise = item("b", "В Череповце поражено предприятие, сообщил губернатор.", CHEREPOVETS,
                      Target("предприятие", "unknown"), hours=1, weapon="drone")
    return {"a": [named, enterprise]}


def test_a_direction_written_in_lower_case_names_no_plant_called_northern() -> None:
    """"На севере города" shares a stem with "Северный", but a name is written capitalised: still ambiguous."""
    plant = item("c", "На севере Череповца беспилотник атаковал завод, начался пожар.", CHEREPOVETS,
                 Target("завод", "industry"), hours=2, weapon="drone")
    event, _ = best_event(plant, steelworks_event())
    assert event is None


def test_the_plant_named_with_a_capital_still_joins() -> None:
    plant = item("c", "Беспилотник атаковал завод «Северный» в Череповце, начался пожар.", CHEREPOVETS,
                 Target("завод", "industry"), hours=2, weapon="drone")
    event, verdict = best_event(plant, steelworks_event())
    assert event == "a", verdict.reasons
