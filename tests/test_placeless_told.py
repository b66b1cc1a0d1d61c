"""An incident left with no place beside the placed incident it retells (twenty-second session, split22):
`placeless_told.placeless_joined` joins it there. The events are built by hand over short reports written for these
tests, as the rules leave them (a sentence whose village went unread, a headline whose town went unread), in the three
languages; the negatives keep an unplaced incident that counts another figure, one recalled, one told on another day,
and one beside no placed incident of its kind."""

from eventledger.extract.placeless_told import placeless_joined
from eventledger.model import Claim, Event, Place

_TOWN = Place(name="Town", country="UA", admin1="Region", lat=50.0, lon=36.0, precision="city")


def _claim(text: str, quote: str, figure: str | None = None, value: int | str = "") -> Claim:
    start = text.index(quote)
    return Claim(report_id="r", start=start, end=start + len(quote), quote=quote, value=value, figure=figure,
                 assertion=None if figure else "kind")


def _event(text: str, kind: str, told: str, place: Place | None, *figures: tuple[str, str, int],
           date: str | None = "2025-03-09", background: bool = False) -> Event:
    claims = (_claim(text, told), *(_claim(text, q, f, v) for q, f, v in figures))
    return Event(kind=kind, date=date, date_precision="day" if date else None, place=place, claims=claims,
                 anchor=claims[0].start, reports=("r",), background=background, id=told)


def _placed(events: list[Event]) -> list[tuple[str, str | None, int]]:
    return [(e.kind, e.place.name if e.place else None, len(e.claims)) for e in events]


# -- joined ------------------------------------------------------------------------------------------------------------

def test_en_damage_told_after_the_shelling_of_an_unread_village_is_that_shelling():
    text = "Troops shelled a hamlet near Town. The roof of a shop was damaged. No one was hurt."
    shelling = _event(text, "shelling", "Troops shelled a hamlet near Town", _TOWN, ("No one was hurt", "injured", 0))
    damage = _event(text, "strike", "The roof of a shop was damaged", None, ("No one was hurt", "injured", 0))
    assert _placed(placeless_joined([shelling, damage], text, "en")) == [("shelling", "Town", 3)]


def test_ru_damage_told_after_the_shelling_of_an_unread_village_is_that_shelling():
    text = "ВСУ обстреляли хутор у Города. Повреждена крыша магазина. Никто не пострадал."
    shelling = _event(text, "shelling", "ВСУ обстреляли хутор у Города", _TOWN, ("Никто не пострадал", "injured", 0))
    damage = _event(text, "strike", "Повреждена крыша магазина", None, ("Никто не пострадал", "injured", 0))
    assert _placed(placeless_joined([shelling, damage], text, "ru")) == [("shelling", "Town", 3)]


def test_uk_a_headline_whose_town_went_unread_is_the_body_strike():
    text = "Атака на порт: є загиблий\nДрон атакував порт Міста, загинула одна людина."
    headline = _event(text, "other", "Атака на порт", None, ("є загиблий", "killed", 1))
    strike = _event(text, "strike", "Дрон атакував порт Міста", _TOWN, ("загинула одна людина", "killed", 1))
    assert _placed(placeless_joined([headline, strike], text, "uk")) == [("strike", "Town", 4)]


# -- left alone --------------------------------------------------------------------------------------------------------

def test_en_an_unplaced_incident_with_another_toll_stays():
    text = "Troops shelled Town, one man was wounded. Elsewhere two people were killed."
    shelling = _event(text, "shelling", "Troops shelled Town", _TOWN, ("one man was wounded", "injured", 1))
    other = _event(text, "strike", "Elsewhere two people were killed", None, ("two people were killed", "killed", 2))
    assert len(placeless_joined([shelling, other], text, "en")) == 2


def test_ru_an_unplaced_incident_on_another_day_stays():
    text = "ВСУ обстреляли Город, ранен мужчина. Накануне погиб мужчина."
    shelling = _event(text, "shelling", "ВСУ обстреляли Город", _TOWN, ("ранен мужчина", "injured", 1))
    other = _event(text, "strike", "Накануне погиб мужчина", None, ("погиб мужчина", "killed", 1), date="2025-03-08")
    assert len(placeless_joined([shelling, other], text, "ru")) == 2


def test_uk_a_recalled_unplaced_incident_stays():
    text = "Росіяни обстріляли Місто. Раніше там загинула жінка."
    shelling = _event(text, "shelling", "Росіяни обстріляли Місто", _TOWN)
    recalled = _event(text, "strike", "Раніше там загинула жінка", None, ("загинула жінка", "killed", 1), background=True)
    assert len(placeless_joined([shelling, recalled], text, "uk")) == 2


def test_en_an_unplaced_strike_beside_an_interception_only_stays():
    text = "Air defence downed two drones over Town. A house was damaged, one man was wounded."
    downed = _event(text, "interception", "Air defence downed two drones over Town", _TOWN)
    strike = _event(text, "strike", "A house was damaged", None, ("one man was wounded", "injured", 1))
    assert len(placeless_joined([downed, strike], text, "en")) == 2
