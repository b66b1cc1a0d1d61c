"""review15c #1 and #3 on res15's resolution across posts (fix15e). The posts are our own.

#1: explosions heard in a town at night join the night's interception only when it is that town's (or the sea off
it), never a first-level region's own count (ANNOTATION.md: the governor's count is its own event at its region); a
strike at the town that night takes them as before, and an event of explosions and an interception keeps the
interception's place.
#3: two generic targets ("предприятие", "завод") rule each other out again; a generic target joins an exact one only
when nothing else of that night and place stands apart, and the event keeps the exact target.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
NIGHT = datetime(2025, 6, 30, 23, 40, tzinfo=UTC)  # 02:40 in Kharkiv and Ryazan

KHARKIV = Place("Харків", "UA", "Kharkiv Oblast", 49.99, 36.23, "city", name_en="Kharkiv")
KHARKIV_OBLAST = Place("Харківська область", "UA", "Kharkiv Oblast", 49.5, 36.5, "admin1", geonames_id=706482,
                       name_en="Kharkiv Oblast")
BELGOROD = Place("Белгород", "RU", "Belgorod Oblast", 50.6, 36.59, "city", name_en="Belgorod")
BELGOROD_OBLAST = Place("Белгородская область", "RU", "Belgorod Oblast", 50.7, 37.4, "admin1", geonames_id=578071,
                        name_en="Belgorod Oblast")
BELGOROD_EN = Place("Belgorod", "RU", "Belgorod Oblast", 50.6, 36.59, "city", name_en="Belgorod")
BELGOROD_OBLAST_EN = Place("Belgorod Oblast", "RU", "Belgorod Oblast", 50.7, 37.4, "admin1", geonames_id=578071,
                           name_en="Belgorod Oblast")
RYAZAN = Place("Рязань", "RU", "Ryazan Oblast", 54.63, 39.74, "city", name_en="Ryazan")
RYAZAN_EN = Place("Ryazan", "RU", "Ryazan Oblast", 54.63, 39.74, "city", name_en="Ryazan")
SUMY = Place("Суми", "UA", "Sumy Oblast", 50.91, 34.8, "city", name_en="Sumy")


def post(id: str, text: str, kind: str, place: Place, *, hours: float = 0, weapon: str | None = "drone",
         target: Target | None = None, figures: dict[str, tuple[int, int]] | None = None) -> Item:
    published = NIGHT + timedelta(hours=hours)
    lo, hi = day_range("2025-07-01", "day", published)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                target=target, weapon=weapon, text=text, figures=figures or {}, published=published)


def groups(items: list[Item]) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.members) for c in resolve(items)}


# -- #1: explosions heard, a region's count, the town's strike ------------------------------------------------------

def test_uk_explosions_heard_join_the_towns_strike_not_the_governors_region_count() -> None:
    booms = post("a", "У Харкові пролунали вибухи, повідомив мер.", "explosion", KHARKIV, weapon=None)
    region = post("b", "Вночі сили ППО збили 8 безпілотників над Харківською областю, повідомив голова ОВА.",
                  "interception", KHARKIV_OBLAST, hours=4.5, figures={"intercepted": (8, 8)})
    house = post("c", "Близько 02:40 російський дрон влучив у приватний будинок у Харкові, поранено жінку.", "strike",
                 KHARKIV, hours=5.5, target=Target("приватний будинок", "residential"), figures={"injured": (1, 1)})
    assert not compare(booms, region).join
    assert groups([booms, region, house]) == {frozenset({"a", "c"}), frozenset({"b"})}


def test_ru_and_en_a_regions_own_count_does_not_take_the_towns_explosions() -> None:
    booms = post("a", "В Белгороде прогремели взрывы, сообщают очевидцы.", "explosion", BELGOROD, weapon=None)
    region = post("b", "Ночью над Белгородской областью сбиты 12 беспилотников, сообщил губернатор.", "interception",
                  BELGOROD_OBLAST, hours=4, figures={"intercepted": (12, 12)})
    assert not compare(booms, region).join
    booms_en = post("c", "Explosions were heard in Belgorod overnight, residents said.", "explosion", BELGOROD_EN,
                    weapon=None)
    region_en = post("d", "Air defence downed 12 drones over Belgorod Oblast overnight, the governor said.",
                     "interception", BELGOROD_OBLAST_EN, hours=4, figures={"intercepted": (12, 12)})
    assert not compare(booms_en, region_en).join


def test_explosions_heard_and_the_citys_own_interception_still_join() -> None:
    booms = post("a", "Explosions were heard in Belgorod overnight, residents said.", "explosion", BELGOROD_EN,
                 weapon=None)
    city = post("b", "Air defence shot down three drones over Belgorod overnight, the governor said.", "interception",
                BELGOROD_EN, hours=3, figures={"intercepted": (3, 3)})
    assert compare(booms, city).join


def test_the_ledger_keeps_the_interceptions_place_beside_the_explosions_heard(tmp_path) -> None:
    from eventledger.model import Event, Report
    from eventledger.store import Ledger

    sochi = Place("Сочи", "RU", "Krasnodar Krai", 43.6, 39.73, "city", name_en="Sochi")
    sea = Place("Черное море, Сочи", "RU", None, 43.6, 39.73, "region")
    booms = Report(text="Ночью в Сочи прогремели несколько взрывов, сообщают жители.", published=NIGHT,
                   language="ru", source="Канал А", source_kind="media", url=None)
    mayor = Report(text="Этой ночью ПВО перехватили беспилотники над морем у Сочи, сообщил мэр.",
                   published=NIGHT + timedelta(hours=4), language="ru", source="Канал Б", source_kind="media", url=None)
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.ingest(booms, [Event(kind="explosion", date="2025-07-01", date_precision="day", place=sochi, anchor=0)])
        ledger.ingest(mayor, [Event(kind="interception", weapon="drone", date="2025-07-01", date_precision="day",
                                    place=sea, anchor=0)])
        events = ledger.events()
        assert len(events) == 1 and events[0].kind == "interception", [(e.kind, e.reports) for e in events]
        assert events[0].place is not None and events[0].place.precision == "region", events[0].place


# -- #3: generic targets --------------------------------------------------------------------------------------------

REFINERY = Target("Рязанский нефтеперерабатывающий завод", "oil_refinery")


def test_ru_two_generic_targets_of_one_night_do_not_both_join_the_refinery() -> None:
    refinery = post("a", "Ночью беспилотники атаковали Рязанский нефтеперерабатывающий завод, начался пожар.", "strike",
                    RYAZAN, hours=1.5, target=REFINERY)
    works = post("b", "Ночью беспилотники атаковали промышленное предприятие в Рязани, ранен рабочий.", "strike",
                 RYAZAN, hours=5, target=Target("предприятие", "military_industry"), figures={"injured": (1, 1)})
    plant = post("c", "Ночью беспилотник атаковал завод в Рязани, пострадавших нет.", "strike", RYAZAN, hours=6,
                 target=Target("завод", "military_industry"), figures={"injured": (0, 0)})
    assert compare(works, plant).veto
    assert not any({"b", "c"} <= g for g in groups([refinery, works, plant]))


def test_en_and_uk_two_generic_targets_rule_each_other_out() -> None:
    works = post("a", "An industrial facility in Ryazan was hit overnight, a worker was hurt.", "strike", RYAZAN_EN,
                 target=Target("industrial facility", "military_industry"), figures={"injured": (1, 1)})
    plant = post("b", "A drone hit a plant in Ryazan overnight, nobody was hurt.", "strike", RYAZAN_EN, hours=1,
                 target=Target("plant", "military_industry"), figures={"injured": (0, 0)})
    assert compare(works, plant).veto
    works_uk = post("c", "Вночі дрон влучив у підприємство в Сумах.", "strike", SUMY,
                    target=Target("підприємство", "military_industry"))
    plant_uk = post("d", "Вночі дрон атакував завод у Сумах.", "strike", SUMY, hours=1,
                    target=Target("завод", "military_industry"))
    assert compare(works_uk, plant_uk).veto


def test_ru_an_enterprise_beside_two_exact_targets_told_apart_joins_neither() -> None:
    refinery = post("a", "Ночью беспилотники атаковали Рязанский нефтеперерабатывающий завод.", "strike", RYAZAN,
                    hours=1.5, target=REFINERY)
    depot = post("b", "Ночью беспилотники атаковали нефтебазу в Рязани.", "strike", RYAZAN, hours=2,
                 target=Target("нефтебаза", "energy"))
    works = post("c", "Ночью беспилотники атаковали промышленное предприятие в Рязани.", "strike", RYAZAN, hours=5,
                 target=Target("предприятие", "military_industry"))
    assert groups([refinery, depot, works]) == {frozenset({"a"}), frozenset({"b"}), frozenset({"c"})}


def test_the_ledger_keeps_the_exact_target_not_the_generic_one(tmp_path) -> None:
    from eventledger.model import Event, Report
    from eventledger.store import Ledger

    depot_text = "Ночью беспилотники атаковали нефтебазу в Калуге, начался пожар, сообщил губернатор."
    works_text = "Ночью беспилотник атаковал промышленное предприятие в Калуге, сообщил губернатор."
    kaluga = Place("Калуга", "RU", "Kaluga Oblast", 54.51, 36.26, "city", name_en="Kaluga")
    depot = Report(text=depot_text, published=NIGHT, language="ru", source="Канал А", source_kind="media", url=None)
    works = [Report(text=text, published=NIGHT + timedelta(hours=h), language="ru", source=f"Канал {s}",
                    source_kind="media", url=None)
             for h, s, text in ((1, "Б", works_text), (2, "В", works_text.replace("сообщил губернатор", "пишут СМИ")))]
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.ingest(depot, [Event(kind="strike", weapon="drone", date="2025-07-01", date_precision="day",
                                    place=kaluga, target=Target("нефтебаза", "energy"), anchor=0)])
        for report in works:
            ledger.ingest(report, [Event(kind="strike", weapon="drone", date="2025-07-01", date_precision="day",
                                         place=kaluga, target=Target("предприятие", "military_industry"), anchor=0)])
        events = ledger.events()
        joined = [e for e in events if depot.id in e.reports]
        assert joined and len(joined[0].reports) == 3, [(e.target, e.reports) for e in events]
        assert joined[0].target is not None and joined[0].target.name == "нефтебаза", \
            [(e.target, e.reports) for e in events]
