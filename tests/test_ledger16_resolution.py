"""One incident told by several posts and left apart by resolution (ledger16). The posts are our own.

(1) Air defence at work over one town, told by two posts of one night that count nothing downed (the mayor's "ПВО
работает", residents' "сработала ПВО"): one interception claim, on nearness; a count on either side, two missile
types or another night keep them apart.
(2) A strike told after explosions heard in its town joined that night's interception of the town takes the
explosions out of the interception event (fix15e's left case): in a full run (`resolve`) and in the ledger's ingest,
which resolves the neighbourhood again.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
NIGHT = datetime(2025, 7, 1, 19, 40, tzinfo=UTC)  # 22:40 in Novorossiysk, 22:50 in Sochi by the sun

NOVOROSSIYSK = Place("Новороссийск", "RU", "Krasnodar Krai", 44.72, 37.77, "city", name_en="Novorossiysk")
SOCHI = Place("Сочи", "RU", "Krasnodar Krai", 43.6, 39.73, "city", name_en="Sochi")
KYIV = Place("Київ", "UA", "Kyiv", 50.45, 30.52, "city", name_en="Kyiv")
ODESA = Place("Odesa", "UA", "Odesa Oblast", 46.48, 30.73, "city", name_en="Odesa")


def post(id: str, text: str, kind: str, place: Place, *, hours: float = 0, weapon: str | None = "drone",
         target: Target | None = None, figures: dict[str, tuple[int, int]] | None = None) -> Item:
    published = NIGHT + timedelta(hours=hours)
    lo, hi = day_range(published.date().isoformat(), "day", published)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                target=target, weapon=weapon, text=text, figures=figures or {}, published=published)


def groups(items: list[Item]) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.members) for c in resolve(items)}


# -- (1) air defence at work, counted by neither ----------------------------------------------------------------------

def test_ru_air_defence_at_work_told_twice_in_one_night_is_one_claim() -> None:
    mayor = post("a", "ПВО работает в Новороссийске, сообщил глава города.", "interception", NOVOROSSIYSK,
                 weapon=None)
    residents = post("b", "Над городом сработала система ПВО, жители Новороссийска слышат хлопки.", "interception",
                     NOVOROSSIYSK, hours=0.3)
    verdict = compare(mayor, residents)
    assert verdict.join and any(why.startswith("air defence at work") for why in verdict.reasons), verdict
    assert groups([mayor, residents]) == {frozenset({"a", "b"})}


def test_ru_a_drone_counted_on_either_side_stays_its_own_claim() -> None:
    mayor = post("a", "ПВО работает в Новороссийске, сообщил глава города.", "interception", NOVOROSSIYSK,
                 weapon=None)
    downed = post("b", "Ещё один беспилотник сбит над Новороссийском.", "interception", NOVOROSSIYSK, hours=0.5,
                  figures={"intercepted": (1, 1)})
    assert not compare(mayor, downed).join


def test_ru_another_night_or_another_weapon_stays_apart() -> None:
    tonight = post("a", "ПВО отражает воздушную атаку на Новороссийск.", "interception", NOVOROSSIYSK)
    next_night = post("b", "ПВО снова работает в Новороссийске, сообщают жители.", "interception", NOVOROSSIYSK,
                      hours=24)
    assert not compare(tonight, next_night).join
    boats = post("c", "ПВО и флот отражают атаку безэкипажных катеров на Новороссийск.", "interception", NOVOROSSIYSK,
                 hours=0.5, weapon="naval_drone")
    assert not compare(tonight, boats).join


def test_uk_ballistic_and_cruise_missiles_over_one_city_stay_two_claims() -> None:
    ballistic = post("a", "У Києві працює ППО, загроза балістики.", "interception", KYIV, weapon="ballistic_missile")
    cruise = post("b", "Столиця під атакою крилатих ракет, працює ППО.", "interception", KYIV, hours=0.5,
                  weapon="cruise_missile")
    assert not compare(ballistic, cruise).join


def test_uk_and_en_air_defence_at_work_told_twice_joins() -> None:
    uk_a = post("a", "У Києві працює ППО, повідомляє міська військова адміністрація.", "interception", KYIV,
                weapon=None)
    uk_b = post("b", "Кияни чують роботу протиповітряної оборони.", "interception", KYIV, hours=0.4)
    assert compare(uk_a, uk_b).join
    en_a = post("c", "Air defence is at work over Odesa, the mayor said.", "interception", ODESA)
    en_b = post("d", "Residents of Odesa report air defence firing at drones.", "interception", ODESA, hours=0.5)
    assert compare(en_a, en_b).join


# -- (2) a later strike takes the explosions heard ---------------------------------------------------------------------

def _sochi_night() -> tuple[Item, Item, Item]:
    booms = post("a", "Ночью в Сочи прогремели несколько взрывов, в небе вспышки.", "explosion", SOCHI, weapon=None,
                 hours=1)
    downed = post("b", "Этой ночью ПВО перехватила беспилотники над Сочи, сообщил мэр.", "interception", SOCHI,
                  hours=3)
    depot = post("c", "Ночью беспилотник атаковал нефтебазу в Сочи, начался пожар.", "strike", SOCHI, hours=6,
                 target=Target("нефтебаза", "energy"))
    return booms, downed, depot


def test_ru_a_later_strike_takes_the_explosions_out_of_the_interception() -> None:
    booms, downed, depot = _sochi_night()
    assert compare(booms, downed).join  # alone, the night's explosions are the interception's (res15)
    assert groups([booms, downed]) == {frozenset({"a", "b"})}
    assert groups([booms, downed, depot]) == {frozenset({"a", "c"}), frozenset({"b"})}
    # as when the strike was told first
    early = post("c", depot.text, "strike", SOCHI, hours=0.5, target=depot.target)
    assert groups([booms, downed, early]) == {frozenset({"a", "c"}), frozenset({"b"})}


def test_en_a_strike_of_another_town_takes_nothing() -> None:
    booms, downed, _ = _sochi_night()
    elsewhere = post("c", "A drone hit an oil depot in Novorossiysk overnight.", "strike", NOVOROSSIYSK, hours=6,
                     target=Target("oil depot", "energy"))
    assert groups([booms, downed, elsewhere]) == {frozenset({"a", "b"}), frozenset({"c"})}


def test_the_ledger_moves_the_explosions_to_the_strike_told_later(tmp_path) -> None:
    from eventledger.model import Event, Report
    from eventledger.store import Ledger

    def report(text: str, hours: float, source: str) -> Report:
        return Report(text=text, published=NIGHT + timedelta(hours=hours), language="ru", source=source,
                      source_kind="media", url=None)

    day = (NIGHT + timedelta(hours=6)).date().isoformat()
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.ingest(report("Ночью в Сочи прогремели несколько взрывов, в небе вспышки.", 1, "Канал А"),
                      [Event(kind="explosion", date=day, date_precision="day", place=SOCHI, anchor=0)])
        ledger.ingest(report("Этой ночью ПВО перехватила беспилотники над Сочи, сообщил мэр.", 3, "Канал Б"),
                      [Event(kind="interception", weapon="drone", date=day, date_precision="day", place=SOCHI,
                             anchor=0)])
        assert len(ledger.events()) == 1
        ledger.ingest(report("Ночью беспилотник атаковал нефтебазу в Сочи, начался пожар.", 6, "Канал В"),
                      [Event(kind="strike", weapon="drone", date=day, date_precision="day", place=SOCHI,
                             target=Target("нефтебаза", "energy"), anchor=0)])
        events = ledger.events()
        shape = sorted((len(e.reports), e.kind if len(e.reports) == 1 else "") for e in events)
        assert shape == [(1, "interception"), (2, "")], [(e.kind, e.reports) for e in events]
        full = ledger.resolve_all()
        assert sorted((len(e.reports), e.kind if len(e.reports) == 1 else "") for e in ledger.events()) == shape, full


# -- (3) a hospital the wounded were taken to is no target ------------------------------------------------------------

def _targets(events) -> list[str | None]:
    return [e.target.name if e.target else None for e in events if e.kind in ("strike", "shelling")]


def test_ru_the_hospital_the_wounded_were_taken_to_is_no_target(read) -> None:
    driven = read("Из-за падения беспилотника на трассе в Белокалитвинском районе ночью произошел взрыв. В результате "
                  "ранение получил водитель грузовика, который остановился на обочине, сообщил губернатор. По его "
                  "словам, раненый доставлен в больницу, а ПВО продолжает отражать атаку.", lang="ru")
    assert driven and not any(_targets(driven)), [(e.kind, e.target) for e in driven]
    admitted = read("В Раменском после падения беспилотника пострадала пожилая женщина, ее госпитализировали в больницу "
                    "с ожогами рук.", lang="ru")
    assert admitted and not any(_targets(admitted)), [(e.kind, e.target) for e in admitted]
    they = read("При ударе дрона по Льгову ранения получили двое сотрудников газеты, они доставлены в больницу.",
                lang="ru")
    assert they and not any(_targets(they)), [(e.kind, e.target) for e in they]
    struck = read("Вечером ВСУ нанесли удар по больнице в Горловке, ранены три человека.", lang="ru")
    assert any(name and name.startswith("больниц") for name in _targets(struck)), [(e.kind, e.target) for e in struck]


def test_uk_and_en_the_hospital_the_wounded_were_taken_to_is_no_target(read) -> None:
    uk = read("Внаслідок удару дрона по Херсону поранено двох людей, їх доставили до лікарні.", lang="uk")
    assert uk and not any(_targets(uk)), [(e.kind, e.target) for e in uk]
    en = read("A drone struck a car in Kherson, wounding two men who were taken to a hospital.", lang="en")
    assert en and not any(_targets(en)), [(e.kind, e.target) for e in en]
    struck = read("A Russian missile hit a hospital in Kharkiv on Monday, wounding three people.", lang="en")
    assert "hospital" in _targets(struck), [(e.kind, e.target) for e in struck]


# -- (4) one death told of a region and of its town that day ----------------------------------------------------------

STARODUB = Place("Стародуб", "RU", "Bryansk Oblast", 52.58, 32.76, "city", name_en="Starodub")
BRYANSK_OBLAST = Place("Брянская область", "RU", "Bryansk Oblast", 53.0, 33.5, "admin1", geonames_id=571473,
                       name_en="Bryansk Oblast")
BELGOROD_OBLAST = Place("Белгородская область", "RU", "Belgorod Oblast", 50.7, 37.4, "admin1", geonames_id=578071,
                        name_en="Belgorod Oblast")


def test_ru_one_childs_death_told_at_night_and_in_the_afternoon_digest_is_one_strike() -> None:
    night = post("a", "Ночью беспилотник ВСУ попал в жилой дом в Стародубе Брянской области, погиб ребенок, сообщил "
                      "губернатор.", "strike", STARODUB, hours=6, figures={"killed": (1, 1)})
    digest = post("b", "▪️В Брянской области в результате удара беспилотника погиб ребенок, сообщил губернатор;",
                  "strike", BRYANSK_OBLAST, hours=20, figures={"killed": (1, 1)})
    verdict = compare(night, digest)
    assert verdict.join and any(why.startswith("one death") for why in verdict.reasons), verdict


def test_ru_two_deaths_of_other_people_or_by_other_weapons_stay_two() -> None:
    man = post("a", "Утром в Белгородской области при атаке беспилотника на автомобиль погиб мужчина, сообщил губернатор.",
               "strike", BELGOROD_OBLAST, hours=13, figures={"killed": (1, 1)})
    woman = post("b", "Дрон ВСУ атаковал частный дом в Белгородской области, погибла женщина.",
                 "strike", BELGOROD_OBLAST, hours=20, figures={"killed": (1, 1)})
    assert not compare(man, woman).join
    shelled = post("c", "Вечером при артиллерийском обстреле села в Белгородской области погиб мужчина.", "strike",
                   BELGOROD_OBLAST, hours=22, weapon="artillery", figures={"killed": (1, 1)})
    assert not compare(man, shelled).join


def test_en_one_childs_death_told_twice_is_one_strike() -> None:
    night = post("a", "A child was killed when a Ukrainian drone hit a house in Starodub overnight, the governor said.",
                 "strike", STARODUB, hours=6, figures={"killed": (1, 1)})
    digest = post("b", "In Bryansk region a child was killed in a Ukrainian drone strike, the governor said.", "strike",
                  BRYANSK_OBLAST, hours=20, figures={"killed": (1, 1)})
    assert compare(night, digest).join


def test_ru_two_posts_each_telling_a_drone_downed_over_one_city_stay_apart() -> None:
    downed = post("a", "В Балашихе сбит беспилотник, сообщил источник.", "interception", NOVOROSSIYSK)
    debris = post("b", "Обломки сбитого БПЛА упали на крышу частного дома.", "interception", NOVOROSSIYSK, hours=0.4)
    assert not any(why.startswith("air defence at work") for why in compare(downed, debris).reasons)
