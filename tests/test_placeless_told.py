"""An incident left with no place beside the placed incident it retells (twenty-second session, split22):
`placeless_told.placeless_joined` joins it there. The events are built by hand over short reports written for these
tests, as the rules leave them (a sentence whose village went unread, a headline whose town went unread), in the three
languages; the negatives keep an unplaced incident that counts another figure, one recalled, one told on another day,
one beside no placed incident of its kind, a front-line clash ("other") whose toll equals a town's shelling, and an
unplaced incident whose figures are all zero or none (fix22s: equal figures alone tell no retelling). The reviewer's
reports of split22 (its own writing) are read end to end in each language."""

from dataclasses import replace

import pytest

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
    text = "Troops shelled a hamlet near Town, one man was wounded. The roof of a shop was damaged, a man was hurt."
    shelling = _event(text, "shelling", "Troops shelled a hamlet near Town", _TOWN,
                      ("one man was wounded", "injured", 1))
    damage = _event(text, "strike", "The roof of a shop was damaged", None, ("a man was hurt", "injured", 1))
    assert _placed(placeless_joined([shelling, damage], text, "en")) == [("shelling", "Town", 4)]


def test_ru_a_strike_told_again_by_its_weapon_with_no_figure_is_that_strike():
    text = "Дрон атаковал склад в Городе. Дрон повредил крышу склада."
    strike = _event(text, "strike", "Дрон атаковал склад в Городе", _TOWN)
    again = _event(text, "strike", "Дрон повредил крышу склада", None)
    strike, again = (replace(e, weapon="drone") for e in (strike, again))
    assert _placed(placeless_joined([strike, again], text, "ru")) == [("strike", "Town", 2)]


def test_uk_an_unplaced_headline_of_no_kind_is_the_body_strike():
    text = "Атака на порт: є загиблий\nДрон атакував порт Міста, загинула одна людина."
    headline = _event(text, "other", "Атака на порт", None, ("є загиблий", "killed", 1))
    strike = _event(text, "strike", "Дрон атакував порт Міста", _TOWN, ("загинула одна людина", "killed", 1))
    assert _placed(placeless_joined([headline, strike], text, "uk")) == [("strike", "Town", 4)]


def test_uk_a_headline_whose_town_went_unread_is_the_body_strike():
    text = "Удар по порту: є загиблий\nДрон атакував порт Міста, загинула одна людина."
    headline = _event(text, "strike", "Удар по порту", None, ("є загиблий", "killed", 1))
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


def test_en_an_unplaced_clash_counting_the_shellings_figure_stays():
    text = "Troops shelled Town, two men were wounded. Fighting went on at the front, two soldiers were wounded."
    shelling = _event(text, "shelling", "Troops shelled Town", _TOWN, ("two men were wounded", "injured", 2))
    clash = _event(text, "other", "Fighting went on at the front", None,
                   ("two soldiers were wounded", "injured", 2))
    assert len(placeless_joined([shelling, clash], text, "en")) == 2


def test_ru_an_unplaced_strike_that_hurt_no_one_beside_a_shelling_stays():
    text = "ВСУ обстреляли Город, никто не пострадал. Где-то в области повреждена крыша, никто не пострадал."
    shelling = _event(text, "shelling", "ВСУ обстреляли Город", _TOWN, ("никто не пострадал", "injured", 0))
    damage = _event(text, "strike", "повреждена крыша", None, ("никто не пострадал", "injured", 0))
    assert len(placeless_joined([shelling, damage], text, "ru")) == 2


def test_uk_an_unplaced_incident_with_no_figures_of_another_kind_stays():
    text = "Росіяни обстріляли Місто. В іншій області пролунав вибух."
    shelling = _event(text, "shelling", "Росіяни обстріляли Місто", _TOWN)
    blast = _event(text, "explosion", "В іншій області пролунав вибух", None)
    assert len(placeless_joined([shelling, blast], text, "uk")) == 2


@pytest.mark.parametrize("text, lang", [
    ("Russian artillery shelled Kupiansk on Sunday, wounding two civilians, officials said. Fighting continued along "
     "the front line, where two soldiers were wounded.", "en"),
    ("ВСУ обстреляли Горловку, ранены два мирных жителя, сообщил глава города. На передовой продолжаются бои, ранены "
     "два военнослужащих.", "ru"),
    ("Росіяни обстріляли Куп'янськ, поранено двох цивільних, повідомили в ОВА. На лінії фронту тривають бої, поранено "
     "двох військових.", "uk"),
])
def test_a_front_line_clash_is_not_the_towns_shelling_told_again(read, text, lang):
    events = read(text, lang)
    shelling = [e for e in events if e.kind == "shelling"]
    assert len(shelling) == 1 and len(events) == 2
