"""Two classes of one incident left as several events by resolution (res15, after the nineteenth judge):

- a target told only by what it generally is ("промышленное предприятие", "военные объекты", "the plant") is no
  contradiction to the target another post names exactly (an oil depot, an ammunition depot): no veto, no evidence;
- one night's count over several regions told as it grows (the ministry's early tally by region, then its morning total)
  is one interception claim, however else each is worded; its daytime count, a smaller count or "more" stay apart.

The posts are our own, written in the style of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, compare, compare_to_event, day_range, target_relation

UTC = timezone.utc
KALUGA = Place("Калуга", "RU", "Kaluga Oblast", 54.51, 36.26, "city", name_en="Kaluga")
KALUGA_OBLAST = Place("Калужская область", "RU", "Kaluga Oblast", 54.4, 35.4, "admin1", geonames_id=553899,
                      name_en="Kaluga Oblast")
BRYANSK_OBLAST = Place("Брянская область", "RU", "Bryansk Oblast", 53.0, 33.0, "admin1", geonames_id=571473,
                       name_en="Bryansk Oblast")
KHARKIV = Place("Харків", "UA", "Kharkiv Oblast", 49.99, 36.23, "city", name_en="Kharkiv")
KHARKIV_EN = Place("Kharkiv", "UA", "Kharkiv Oblast", 49.99, 36.23, "city", name_en="Kharkiv")
NIGHT = datetime(2025, 5, 11, 23, 5, tzinfo=UTC)


def strike(id: str, text: str, place: Place, target: Target | None, *, weapon: str | None = "drone", hours: float = 0,
           when: str = "2025-05-12", kind: str = "strike") -> Item:
    published = NIGHT + timedelta(hours=hours)
    lo, hi = day_range(when, "day", published)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                target=target, weapon=weapon, text=text, published=published)


# -- a generic target ----------------------------------------------------------------------------------------------

def test_ru_an_enterprise_told_coarsely_is_no_contradiction_to_the_oil_depot() -> None:
    fire = strike("a", "Обломки беспилотника упали на промышленное предприятие в Калуге, начался пожар.", KALUGA,
                  Target("предприятие", "military_industry"))
    depot = strike("b", "Украинские беспилотники ночью атаковали нефтебазу в Калужской области, пишут источники.",
                   KALUGA_OBLAST, Target("нефтебаза", "energy"), hours=9)
    relation, why = target_relation(fire, depot)
    assert relation == "unknown", why
    assert not compare(fire, depot).veto


def test_ru_military_sites_retold_join_the_strike_whose_posts_name_an_ammunition_depot() -> None:
    first = strike("a", "Минобороны: ракеты ATACMS ударили по военному объекту в Брянской области.", BRYANSK_OBLAST,
                   Target("военный объект", "military"), weapon="ballistic_missile", hours=12)
    depot = strike("b", "Источники: в Брянской области ракетами ATACMS поражён склад боеприпасов.", BRYANSK_OBLAST,
                   Target("склад боеприпасов", "military"), weapon="ballistic_missile", hours=13)
    retold = strike("c", "Президент напомнил, что ракеты ATACMS атаковали военные объекты в Брянской области.",
                    BRYANSK_OBLAST, Target("военные объекты", "military"), weapon="ballistic_missile", hours=50,
                    when="2025-05-12")
    assert target_relation(depot, retold)[0] == "unknown"
    verdict = compare_to_event(retold, [first, depot])
    assert verdict.join, verdict.reasons


def test_uk_and_en_a_plant_told_coarsely_is_no_contradiction() -> None:
    uk = strike("a", "Уламки дрона впали на території підприємства в Харкові.", KHARKIV, Target("підприємство", "military_industry"))
    depot = strike("b", "Дрони атакували нафтобазу в Харкові.", KHARKIV, Target("нафтобаза", "energy"), hours=1)
    assert target_relation(uk, depot)[0] == "unknown"
    en = strike("c", "Debris fell on an industrial facility in Kharkiv.", KHARKIV_EN,
                Target("industrial facility", "military_industry"))
    substation = strike("d", "A drone hit a substation in Kharkiv overnight.", KHARKIV_EN, Target("substation", "energy"),
                        hours=1)
    assert target_relation(en, substation)[0] == "unknown"


def test_two_targets_each_named_exactly_or_an_enterprise_beside_houses_stay_apart() -> None:
    depot = strike("a", "Дроны атаковали нефтебазу в Калуге.", KALUGA, Target("нефтебаза", "energy"), kind="shelling")
    ammunition = strike("b", "В Калуге поражён склад боеприпасов.", KALUGA, Target("склад боеприпасов", "military"),
                        kind="shelling", hours=1)
    assert target_relation(depot, ammunition)[0] == "different"
    plant = strike("c", "Обстрел предприятия в Калуге.", KALUGA, Target("предприятие", "military_industry"),
                   kind="shelling", weapon="artillery")
    houses = strike("d", "Снаряды попали в жилой дом в Калуге.", KALUGA, Target("жилой дом", "residential"),
                    kind="shelling", weapon="artillery", hours=1)
    assert target_relation(plant, houses)[0] == "different"
    sites = strike("g", "Ракеты ударили по военным объектам в Калуге.", KALUGA, Target("военные объекты", "military"))
    grid = strike("h", "Ракеты ударили по подстанции в Калуге.", KALUGA, Target("подстанция", "energy"), hours=1)
    assert target_relation(sites, grid)[0] == "different"  # military sites are not the energy grid
    named = strike("e", "Удар по заводу «Кремний» в Калуге.", KALUGA, Target("завод Кремний", "military_industry"))
    depot2 = strike("f", "Удар по нефтебазе в Калуге.", KALUGA, Target("нефтебаза", "energy"), hours=1)
    assert target_relation(named, depot2)[0] == "different"


# -- one night's count over several regions ---------------------------------------------------------------------

SEVERAL = Place("Курская область, Брянская область, Орловская область, Белгородская область", "RU", None, None, None,
                "region")
TWO = Place("Курская область, Брянская область", "RU", None, None, None, "region")
FOUR_REGIONS = frozenset({"RU/kursk oblast", "RU/bryansk oblast", "RU/oryol oblast", "RU/belgorod oblast"})
TWO_REGIONS = frozenset({"RU/kursk oblast", "RU/bryansk oblast"})
EVENING = datetime(2025, 5, 11, 23, 30, tzinfo=UTC)


def claim(id: str, text: str, figures: dict[str, tuple[int, int]], *, place: Place = SEVERAL,
          regions: frozenset[str] = FOUR_REGIONS, hours: float = 0, when: str = "2025-05-12") -> Item:
    published = EVENING + timedelta(hours=hours)
    lo, hi = day_range(when, "day", published)
    return Item(id=id, report_id=f"r-{id}", kind="interception", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon="drone", text=text, figures=figures, published=published, area_regions=regions)


EARLY = claim("a", "За несколько часов средства ПВО сбили более 50 дронов: 20 над Курской областью, 18 над Брянской, "
                   "семь над Орловской, пять над Белгородской.", {"intercepted": (50, 50)})
TOTAL = claim("b", "Минобороны: украинские беспилотники атаковали несколько регионов России, уничтожены 56 из 83.",
              {"intercepted": (56, 56), "launched": (83, 83)}, place=TWO, regions=TWO_REGIONS, hours=7.5)


def test_ru_the_early_tally_by_region_and_the_mornings_total_are_one_claim() -> None:
    verdict = compare(EARLY, TOTAL)
    assert verdict.join, verdict.reasons
    assert any("grown or restated" in r for r in verdict.reasons)


def test_a_daytime_count_a_smaller_count_more_or_another_night_stay_apart() -> None:
    daytime = claim("c", "Днём над Курской и Брянской областями сбиты 60 беспилотников, сообщили в Минобороны.",
                    {"intercepted": (60, 60)}, place=TWO, regions=TWO_REGIONS, hours=14)
    assert not compare(TOTAL, daytime).join
    smaller = claim("d", "Минобороны: над Курской и Брянской областями уничтожены 30 беспилотников.",
                    {"intercepted": (30, 30)}, place=TWO, regions=TWO_REGIONS, hours=7.5)
    assert not compare(EARLY, smaller).join
    more = claim("e", "Минобороны: над Курской и Брянской областями уничтожены ещё 56 беспилотников.",
                 {"intercepted": (56, 56)}, place=TWO, regions=TWO_REGIONS, hours=7.5)
    assert not compare(EARLY, more).join
    next_night = claim("f", "Минобороны: за ночь над Курской и Брянской областями уничтожены 70 беспилотников.",
                       {"intercepted": (70, 70)}, place=TWO, regions=TWO_REGIONS, hours=31.5, when="2025-05-13")
    assert not compare(EARLY, next_night).join


def test_a_part_of_the_night_beside_its_whole_or_a_count_over_a_sea_and_one_region_stay_apart() -> None:
    governors = claim("g", "Губернаторы Смоленской и Новгородской областей: над областями ночью сбиты пять дронов.",
                      {"intercepted": (5, 5)}, place=TWO, regions=frozenset({"RU/smolensk oblast", "RU/novgorod oblast"}),
                      hours=1.5)
    ministry = claim("m", "Минобороны: за ночь над девятью регионами уничтожены 44 беспилотника.",
                     {"intercepted": (44, 44)}, regions=FOUR_REGIONS | {"RU/smolensk oblast", "RU/novgorod oblast"},
                     hours=6)
    assert not compare(governors, ministry).join
    sea = Place("Севастополь, Черное море", "RU", None, None, None, "region")
    city = claim("s", "ПВО в Севастополе уничтожила два беспилотника над морем и один над городом.",
                 {"intercepted": (3, 3)}, place=sea, regions=frozenset({"UA/sevastopol", "-/-"}), hours=7)
    crimea = claim("c", "Минобороны: с 8.30 до 10.30 над акваторией Черного моря и Крымом уничтожены пять беспилотников.",
                   {"intercepted": (5, 5)}, place=Place("Черное море, Республика Крым", "RU", None, None, None, "region"),
                   regions=frozenset({"UA/crimea", "-/-"}), hours=8.5)
    assert not compare(city, crimea).join


# -- explosions heard beside the night's interception ---------------------------------------------------------------

SOCHI = Place("Сочи", "RU", "Krasnodar Krai", 43.6, 39.73, "city", name_en="Sochi")
SOCHI_SEA = Place("Черное море, Сочи", "RU", None, 43.6, 39.73, "region")
BELGOROD = Place("Белгород", "RU", "Belgorod Oblast", 50.6, 36.59, "city", name_en="Belgorod")
DAWN = datetime(2025, 5, 12, 1, 40, tzinfo=UTC)  # 04:40 at Sochi


def night_post(id: str, text: str, kind: str, place: Place, *, hours: float = 0, weapon: str | None = None,
               target: Target | None = None, figures: dict[str, tuple[int, int]] | None = None,
               regions: frozenset[str] = frozenset()) -> Item:
    published = DAWN + timedelta(hours=hours)
    lo, hi = day_range("2025-05-12", "day", published)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                target=target, weapon=weapon, text=text, figures=figures or {}, published=published,
                area_regions=regions)


BOOMS = night_post("a", "Несколько взрывов прогремело в Лазаревском районе Сочи, очевидцы видели вспышки в небе.",
                   "explosion", SOCHI)
MAYOR = night_post("b", "В ночь на 12 мая средства ПВО перехватили несколько беспилотников над акваторией Черного "
                        "моря, сообщил мэр Сочи.", "interception", SOCHI_SEA, hours=5, weapon="drone",
                   regions=frozenset({"-/-", "RU/krasnodar krai"}))


def test_ru_explosions_heard_before_dawn_and_the_mayors_interception_are_one_incident() -> None:
    verdict = compare(BOOMS, MAYOR)
    assert verdict.join and verdict.nearness, verdict.reasons


def test_en_explosions_heard_and_the_citys_interception_that_night_are_one() -> None:
    booms = night_post("c", "Explosions were heard in Belgorod overnight, residents said.", "explosion", BELGOROD)
    downed = night_post("d", "Air defence shot down three drones over Belgorod overnight, the governor said.",
                        "interception", BELGOROD, hours=3, weapon="drone", figures={"intercepted": (3, 3)})
    assert compare(booms, downed).join


def test_explosions_with_a_toll_by_day_or_beside_a_ministrys_total_stay_apart() -> None:
    hurt = night_post("e", "Взрывы в Сочи: пострадали два человека.", "explosion", SOCHI, figures={"injured": (2, 2)})
    assert not compare(hurt, MAYOR).join
    afternoon = night_post("f", "Днём в Сочи слышали взрывы.", "explosion", SOCHI, hours=10)
    assert not compare(afternoon, MAYOR).join
    ministry = night_post("g", "Минобороны: за ночь над Краснодарским краем, Крымом и Ростовской областью сбиты 40 "
                               "беспилотников.", "interception", Place("Краснодарский край, Республика Крым, Ростовская "
                                                                        "область", "RU", None, None, None, "region"),
                          hours=4, weapon="drone", figures={"intercepted": (40, 40)},
                          regions=frozenset({"RU/krasnodar krai", "UA/crimea", "RU/rostov oblast"}))
    assert not compare(BOOMS, ministry).join


def test_the_ledger_keeps_one_interception_event_holding_the_explosions_heard(tmp_path) -> None:
    from eventledger.model import Event, Report
    from eventledger.store import Ledger

    booms_text = "Несколько взрывов прогремело в Лазаревском районе Сочи, очевидцы видели вспышки в небе."
    mayor_text = "Этой ночью средства ПВО перехватили несколько беспилотников над морем у Сочи, сообщил мэр Сочи."
    booms = Report(text=booms_text, published=DAWN, language="ru", source="Канал А", source_kind="media", url=None)
    mayor = Report(text=mayor_text, published=DAWN + timedelta(hours=4), language="ru", source="Канал Б",
                   source_kind="media", url=None)
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.ingest(booms, [Event(kind="explosion", date="2025-05-12", date_precision="day", place=SOCHI, anchor=0)])
        outcome = ledger.ingest(mayor, [Event(kind="interception", weapon="drone", date="2025-05-12",
                                              date_precision="day", place=SOCHI, anchor=0)])
        events = ledger.events()
        assert len(events) == 1 and events[0].kind == "interception", [(e.kind, e.reports) for e in events]
        assert outcome.events and set(events[0].reports) == {booms.id, mayor.id}


# -- one town's drone told at night and in the account of the night -------------------------------------------------

RAMENSKOYE_DISTRICT = Place("Раменский городской округ", "RU", "Moscow Oblast", 55.57, 38.23, "admin2")
RAMENSKOYE = Place("Раменское", "RU", "Moscow Oblast", 55.57, 38.23, "city")
AFTER_MIDNIGHT = datetime(2025, 5, 11, 23, 50, tzinfo=UTC)  # 02:50 at Moscow


def downed(id: str, text: str, place: Place, *, hours: float = 0, count: int | None = None) -> Item:
    published = AFTER_MIDNIGHT + timedelta(hours=hours)
    lo, hi = day_range("2025-05-12", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="interception", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon="drone", text=text, figures={"intercepted": (count, count)} if count else {},
                published=published)


AS_IT_HAPPENED = downed("a", "Силами ПВО в Раменском городском округе отражена атака беспилотника, летевшего на Москву, "
                             "сообщил мэр.", RAMENSKOYE_DISTRICT)


def test_ru_a_towns_drone_told_after_midnight_and_in_the_mornings_account_is_one_interception() -> None:
    morning = downed("b", "Ночью в Раменском был сбит беспилотник, летевший на Москву, — мэр.", RAMENSKOYE, hours=3.7,
                     count=1)
    verdict = compare(AS_IT_HAPPENED, morning)
    assert verdict.join and verdict.nearness, verdict.reasons


def test_uk_the_same() -> None:
    lviv = Place("Львів", "UA", "Lviv Oblast", 49.84, 24.03, "city")
    first = downed("c", "Над Львовом сили ППО збили ворожий дрон, повідомив мер.", lviv, count=1)
    morning = downed("d", "Вночі над Львовом збили один ударний дрон, повідомив мер міста.", lviv, hours=4, count=1)
    assert compare(first, morning).join


def test_a_night_of_several_drones_another_drone_or_no_account_of_the_night_stay_apart() -> None:
    several = downed("e", "Ночью над Раменским сбиты три беспилотника, летевшие на Москву.", RAMENSKOYE, hours=3.7,
                     count=3)
    assert not compare(AS_IT_HAPPENED, several).join
    another = downed("f", "Ночью в Раменском сбит ещё один беспилотник, летевший на Москву.", RAMENSKOYE, hours=1,
                     count=1)
    assert not compare(AS_IT_HAPPENED, another).join
    plain = downed("g", "В Раменском сбит беспилотник, летевший на Москву.", RAMENSKOYE, hours=1, count=1)
    assert not compare(AS_IT_HAPPENED, plain).join
