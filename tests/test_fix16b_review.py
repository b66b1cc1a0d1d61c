"""Review 16b of ledger16: four rules that misfired on ordinary posts (fix16b). The posts are our own.

(1) One death told of a region and its town is one strike only when the same kind of person is the one who died (a
noun beside the word of death), not any person the posts name (rescuers, a husband, a mother of two children).
(2) A strike takes explosions heard out of the night's interception only when it is of that night.
(3) A hospital struck is a target even when a relative clause or an ordinary verb phrase tells of treating or taking
("a hospital that treated wounded soldiers", "took place at the hospital", "лечебный корпус").
(4) Air defence at work told "again" or as another wave, or by day hours apart, is not the earlier post retold.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
MORNING = datetime(2025, 7, 1, 4, 0, tzinfo=UTC)  # 07:00 in Kherson and Belgorod

KHERSON = Place("Херсон", "UA", "Kherson Oblast", 46.635, 32.617, "city", name_en="Kherson")
KHERSON_OBLAST = Place("Херсонська область", "UA", "Kherson Oblast", 46.8, 33.3, "admin1", geonames_id=706442,
                       name_en="Kherson Oblast")
BELGOROD = Place("Белгород", "RU", "Belgorod Oblast", 50.6, 36.6, "city", name_en="Belgorod")
NOVOROSSIYSK = Place("Новороссийск", "RU", "Krasnodar Krai", 44.72, 37.77, "city", name_en="Novorossiysk")
KYIV = Place("Київ", "UA", "Kyiv", 50.45, 30.52, "city", name_en="Kyiv")


def post(id: str, text: str, kind: str, place: Place, *, at: datetime, weapon: str | None = "drone",
         figures: dict[str, tuple[int, int]] | None = None) -> Item:
    lo, hi = day_range(at.date().isoformat(), "day", at)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=at)


def one_death(a: Item, b: Item) -> bool:
    return any(why.startswith("one death") for why in compare(a, b).reasons)


# -- (1) the dead person, not any person named -------------------------------------------------------------------------

def test_uk_a_womans_death_and_a_mans_death_are_not_one_death() -> None:
    woman = post("a", "У Херсоні російський дрон атакував зупинку, загинула жінка, яка їхала до чоловіка.", "strike",
                 KHERSON, at=MORNING, figures={"killed": (1, 1)})
    man = post("b", "На Херсонщині внаслідок удару безпілотника по автомобілю загинув чоловік.", "strike",
               KHERSON_OBLAST, at=MORNING + timedelta(hours=7), figures={"killed": (1, 1)})
    assert not one_death(woman, man)


def test_uk_rescuers_at_both_deaths_are_not_the_dead() -> None:
    woman = post("a", "У Херсоні внаслідок атаки російського дрона загинула жінка. На місці працювали рятувальники ДСНС.",
                 "strike", KHERSON, at=MORNING, figures={"killed": (1, 1)})
    man = post("b", "На Херсонщині внаслідок атаки дрона загинув чоловік. Рятувальники загасили пожежу в будинку.",
               "strike", KHERSON_OBLAST, at=MORNING + timedelta(hours=7), figures={"killed": (1, 1)})
    assert not one_death(woman, man)


def test_ru_and_en_the_dead_are_read_beside_the_word_of_death() -> None:
    woman = post("a", "В Херсоне погибла женщина, мать двоих детей, на месте работали спасатели.", "strike", KHERSON,
                 at=MORNING, figures={"killed": (1, 1)})
    child = post("b", "В Херсонской области погиб ребёнок, спасатели потушили пожар.", "strike", KHERSON_OBLAST,
                 at=MORNING + timedelta(hours=7), figures={"killed": (1, 1)})
    assert not one_death(woman, child)
    en_woman = post("c", "A woman was killed by a drone in Kherson; her husband and rescuers were at the scene.",
                    "strike", KHERSON, at=MORNING, figures={"killed": (1, 1)})
    en_man = post("d", "In Kherson Oblast a drone killed a man, rescuers said.", "strike", KHERSON_OBLAST,
                  at=MORNING + timedelta(hours=7), figures={"killed": (1, 1)})
    assert not one_death(en_woman, en_man)
    # the same person still is one death
    en_child = post("e", "A child was killed when a drone hit a house in Kherson.", "strike", KHERSON, at=MORNING,
                    figures={"killed": (1, 1)})
    en_child2 = post("f", "In Kherson Oblast a child died after a drone strike, the governor said.", "strike",
                     KHERSON_OBLAST, at=MORNING + timedelta(hours=7), figures={"killed": (1, 1)})
    assert one_death(en_child, en_child2)


# -- (2) an evening's strike does not take the night's explosions ------------------------------------------------------

def test_ru_an_evening_strike_leaves_the_night_explosions_with_the_interception() -> None:
    night = datetime(2025, 7, 1, 1, 0, tzinfo=timezone(timedelta(hours=3)))  # 01:00 in Belgorod, the same date as 20:00
    booms = post("a", "В Белгороде слышны взрывы.", "explosion", BELGOROD, at=night, weapon=None)
    downed = post("b", "Над Белгородом средствами ПВО сбита ракета Точка-У.", "interception", BELGOROD,
                  at=night + timedelta(minutes=20), weapon=None, figures={"intercepted": (1, 1)})
    evening = post("c", "Вечером в Белгороде дрон ВСУ атаковал легковой автомобиль, ранен мужчина.", "strike",
                   BELGOROD, at=night + timedelta(hours=19), figures={"injured": (1, 1)})
    groups = {frozenset(m.id for m in c.members) for c in resolve([booms, downed, evening])}
    assert groups == {frozenset({"a", "b"}), frozenset({"c"})}, groups


# -- (3) a hospital struck stays the target ----------------------------------------------------------------------------

def _targets(events) -> list[str | None]:
    return [e.target.name if e.target else None for e in events if e.kind in ("strike", "shelling")]


def test_en_a_hospital_struck_stays_the_target(read) -> None:
    for text in ("A Russian drone struck a hospital that treated wounded soldiers in Kherson on Tuesday night. Two "
                 "nurses were injured.",
                 "Russian missiles hit a hospital which received dozens of wounded in Dnipro. Three people were injured.",
                 "The missile strike took place at the city hospital in Sumy. Two people were killed.",
                 "Russian forces carried out a strike at a hospital in Kherson. Two people were injured."):
        events = read(text, lang="en")
        assert any(name and "hospital" in name for name in _targets(events)), (text, [(e.kind, e.target) for e in events])
    taken = read("A drone struck a car in Kherson; the driver was brought to a hospital with burns.", lang="en")
    assert taken and not any(_targets(taken)), [(e.kind, e.target) for e in taken]


def test_ru_and_uk_a_hospital_struck_stays_the_target(read) -> None:
    ward = read("Беспилотник ВСУ атаковал лечебный корпус в городской больнице Горловки, ранены два человека.", lang="ru")
    assert any(name and "больниц" in name for name in _targets(ward)), [(e.kind, e.target) for e in ward]
    relative = read("Снаряд попал в больницу в которой лечатся раненые военные в Донецке, пострадали два человека.",
                    lang="ru")
    assert any(name and "больниц" in name for name in _targets(relative)), [(e.kind, e.target) for e in relative]
    uk = read("Російський дрон влучив у лікарню в якій лікуються поранені в Херсоні, постраждали дві медсестри.",
              lang="uk")
    assert any(name and "лікарн" in name for name in _targets(uk)), [(e.kind, e.target) for e in uk]
    taken = read("Внаслідок удару дрона по Херсону поранено чоловіка, його доставили до лікарні.", lang="uk")
    assert taken and not any(_targets(taken)), [(e.kind, e.target) for e in taken]


# -- (4) air defence at work again, or by day hours apart --------------------------------------------------------------

def at_work(a: Item, b: Item) -> bool:
    return any(why.startswith("air defence at work") for why in compare(a, b).reasons)


def test_ru_and_uk_air_defence_at_work_again_is_another_wave() -> None:
    night = datetime(2025, 7, 1, 19, 40, tzinfo=UTC)  # 22:40 in Novorossiysk
    first = post("a", "В Новороссийске работает ПВО.", "interception", NOVOROSSIYSK, at=night, weapon=None)
    again = post("b", "Над Новороссийском снова работает ПВО, жители слышат выстрелы.", "interception", NOVOROSSIYSK,
                 at=night + timedelta(hours=7), weapon=None)
    assert not at_work(first, again)
    kyiv = post("c", "У Києві працює ППО.", "interception", KYIV, at=night, weapon=None)
    wave = post("d", "Друга хвиля атаки: у Києві працює ППО.", "interception", KYIV, at=night + timedelta(hours=5),
                weapon=None)
    assert not at_work(kyiv, wave)
    assert not compare(kyiv, wave).join
    # told so by both (two channels of the second wave), it is one
    wave2 = post("e", "Друга хвиля: кияни чують роботу ППО.", "interception", KYIV,
                 at=night + timedelta(hours=5, minutes=10), weapon=None)
    assert at_work(wave, wave2)


def test_ru_air_defence_by_day_hours_apart_stays_two() -> None:
    day = datetime(2025, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 in Belgorod
    morning = post("a", "Над Белгородом работает ПВО.", "interception", BELGOROD, at=day, weapon=None)
    later = post("b", "В Белгороде работает ПВО, жители слышат выстрелы.", "interception", BELGOROD,
                 at=day + timedelta(hours=2, minutes=45), weapon=None)
    assert not at_work(morning, later)
    relayed = post("c", "ПВО работает над Белгородом, сообщают жители.", "interception", BELGOROD,
                   at=day + timedelta(minutes=20), weapon=None)
    assert at_work(morning, relayed)
