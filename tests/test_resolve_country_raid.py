"""One raid on a whole country (res11, issue 10: the night's missile and drone raid on Ukraine held two or three times
at country level): two strike or explosion reports that place the incident at one country as a whole, of one day or
night and within NIGHT_HOURS, at least one telling it as a raid on the country ("массированный удар", "комбинированный
удар", "по всей стране": `massed_raid` in each language's events.yaml), nothing told differently, wording somewhat
alike, are one incident; there the targets each names (energy, military sites) are no contradiction. Two strikes
told at a country with no raid named (an army's strike on a site, then on vehicles, that day), two nights, another
weapon family, other casualty counts, a town beside its country, or interceptions stay apart. And a running tally never
takes a count over a whole country (no areas) for the next step of one region's own count.

After review 11 (fix-res11): BOTH posts must tell the raid (its raid words, "сразу нескольких регионов", or its
national total, "90 ракет и 100 БПЛА"); a post that tells one strike of its own (a missile on a minibus, a drone on a
car, with its own toll and no raid) is no telling of the raid, even at the country alone, and a target of its own
(a vehicle) keeps the target veto beside the raid's; "новый удар" / "нового удару" / "a new strike" told by the later
post is another raid. The posts are our own (the reviewer's among them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, compare, compare_to_event, day_range, resolve

UTC = timezone.utc
UKRAINE = Place("Украина", "UA", None, None, None, "country")
LEBANON = Place("Ливан", "LB", None, None, None, "country")
KYIV = Place("Киев", "UA", "Kyiv", 50.45, 30.52, "city")
MORNING = datetime(2025, 3, 14, 4, 30, tzinfo=UTC)


def item(id: str, text: str, *, kind: str = "strike", place: Place = UKRAINE, weapon: str | None = None,
         figures: dict[str, int] | None = None, hours: float = 0, day: str = "2025-03-14",
         target: Target | None = None, cells: frozenset[str] = frozenset()) -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures={k: (v, v) for k, v in (figures or {}).items()},
                published=MORNING + timedelta(hours=hours), target=target, area_regions=cells)


AIR_FORCE = item("a", "Ночью Россия нанесла массированный удар ракетами и дронами по энергетике Украины, сообщили "
                      "Воздушные силы.", target=Target("энергетика", "energy"))
MINISTRY = item("b", "Минобороны: нанесён массированный удар высокоточным оружием большой дальности по объектам "
                     "энергетики и военным объектам Украины.", hours=4, target=Target("военные объекты", "military"))
OUTAGES = item("c", "Энергетики вводят графики отключений света по всей стране после ночной ракетной атаки.",
               kind="explosion", hours=9)


def test_a_raid_on_a_whole_country_told_by_several_posts_is_one_incident() -> None:
    verdict = compare(AIR_FORCE, MINISTRY)
    assert verdict.join and verdict.nearness and verdict.veto is None, verdict.reasons
    assert verdict.reasons[0].startswith("one raid on Украина")
    assert compare(MINISTRY, OUTAGES).join
    (event,) = resolve([OUTAGES, MINISTRY, AIR_FORCE])
    assert event.id == "a"


def test_without_a_raid_told_the_targets_of_two_country_wide_strikes_still_differ() -> None:
    plain = replace(AIR_FORCE, text="Ночью ракеты ударили по энергетике Украины, сообщили Воздушные силы.")
    assert compare(plain, MINISTRY).veto  # energy vs military sites, and the raid told by one post only
    assert compare(MINISTRY, plain).veto


def test_a_raid_told_by_its_national_total_or_by_several_regions() -> None:
    total = item("t", "Путин: этой ночью Россия атаковала Украину 90 ракетами и 100 беспилотниками, поражены военные "
                      "объекты.", hours=6, target=Target("военные объекты", "military"))
    assert compare(AIR_FORCE, total).join
    hundred = replace(total, id="u", report_id="r-u", text="РФ поразила военные объекты Украины с использованием ста "
                                                           "ракет.")
    assert compare(AIR_FORCE, hundred).join
    regions = item("v", "Ранним утром начался ракетный обстрел сразу нескольких регионов Украины, сообщили Воздушные "
                        "силы.", hours=-1)
    assert compare(regions, MINISTRY).join
    en = item("w", "Russia attacked Ukraine's energy infrastructure overnight with 120 missiles and 90 drones, the Air "
                   "Force said.", hours=2, target=Target("energy infrastructure", "energy"))
    assert compare(AIR_FORCE, en).join


MINIBUS = item("m", "Российская ракета попала в маршрутку в Украине, погибли три человека, сообщила полиция.", hours=8,
               weapon="missile", figures={"killed": 3}, target=Target("маршрутка", "transport"))


def test_a_strike_of_its_own_is_no_telling_of_the_raid() -> None:
    """Review 11, F1: a separate strike told at the same country (a minibus, a car), with a toll of its own and no
    raid told, stays apart from the night's raid, with or without its target read."""
    raid = replace(AIR_FORCE, weapon="missile")
    for minibus in (MINIBUS, replace(MINIBUS, target=None)):
        verdict = compare(raid, minibus)
        assert not verdict.join and not any(r.startswith("one raid") for r in verdict.reasons), verdict.reasons
        assert len(resolve([raid, minibus])) == 2
    en_raid = item("n", "Russia launched a massive drone and missile attack on Ukraine's energy infrastructure "
                        "overnight, the Ukrainian Air Force said.", weapon="missile",
                   target=Target("Ukraine's energy infrastructure", "energy"))
    en_bus = item("o", "A Russian missile hit a minibus in Ukraine, killing three civilians, police said.", hours=8,
                  weapon="missile", figures={"killed": 3})
    assert not compare(en_raid, en_bus).join
    lb_raid = item("p", "Ночью армия Израиля нанесла массированный удар по военным объектам Хезболлы в Ливане, "
                        "сообщил ЦАХАЛ.", place=LEBANON, target=Target("военные объекты Хезболлы", "military"))
    car = item("q", "Израильский беспилотник нанес удар по автомобилю в Ливане, погибли два человека, сообщил минздрав "
                    "Ливана.", place=LEBANON, weapon="drone", figures={"killed": 2}, hours=8)
    assert not compare(lb_raid, car).join
    assert len(resolve([lb_raid, car])) == 2


def test_a_target_of_its_own_keeps_the_veto_even_told_within_the_raid() -> None:
    hit = replace(MINIBUS, text="Во время массированной атаки российская ракета попала в маршрутку в Украине, "
                                "погибли три человека.", figures={})
    verdict = compare(replace(AIR_FORCE, weapon="missile"), hit)
    assert verdict.veto and verdict.veto.startswith("target"), verdict


def test_a_new_strike_told_by_the_later_post_is_another_raid() -> None:
    """Review 11, F2: "новый удар" / "нового удару" / "a new strike", with no part of the day named, is a second raid;
    the targets each names (energy, military sites) stay a contradiction between them."""
    second = item("x", "Россия нанесла новый удар баллистическими ракетами по военным объектам Украины, сообщили "
                       "Воздушные силы.", hours=9.5, weapon="ballistic_missile",
                  target=Target("военные объекты Украины", "military"))
    raid = replace(AIR_FORCE, weapon="missile")
    assert compare(raid, second).veto
    massive = replace(second, text="Россия нанесла новый массированный удар баллистическими ракетами по военным "
                                   "объектам Украины, сообщили Воздушные силы.")
    assert compare(raid, massive).veto
    uk_raid = item("y", "Росія завдала масованого ракетного удару по енергетиці України, повідомили Повітряні сили.",
                   weapon="missile", target=Target("енергетика", "energy"))
    uk_second = item("z", "Росія завдала нового удару балістичними ракетами по військових об'єктах України, "
                          "повідомили Повітряні сили.", hours=9, weapon="ballistic_missile",
                     target=Target("військові об'єкти", "military"))
    assert compare(uk_raid, uk_second).veto
    en_raid = item("n", "Russia launched a massive drone and missile attack on Ukraine's energy infrastructure "
                        "overnight, the Ukrainian Air Force said.", weapon="missile",
                   target=Target("Ukraine's energy infrastructure", "energy"))
    en_second = item("o2", "Russia launched a new strike with ballistic missiles on Ukraine's military sites, the "
                           "Ukrainian Air Force said.", hours=9, weapon="ballistic_missile",
                     target=Target("military sites", "military"))
    assert compare(en_raid, en_second).veto
    # without targets to differ, "new" still keeps the raid rule from joining them
    assert not any(r.startswith("one raid") for r in compare(replace(en_raid, target=None),
                                                              replace(en_second, target=None)).reasons)
    # told alike, naming the same system (energy), the later post's "new" is still another raid: at a country wording
    # and a system's name do not bridge it (only a telling toll alike would)
    uk_again = item("z2", "Росія завдала нового масованого удару балістичними ракетами по енергетиці України, повідомили "
                          "Повітряні сили.", hours=9, weapon="missile", target=Target("енергетика", "energy"))
    assert not compare(uk_raid, uk_again).join
    en_again = item("o3", "Russia launched a new massive missile strike on Ukraine's energy infrastructure, the "
                          "Ukrainian Air Force said.", hours=9, weapon="missile",
                    target=Target("Ukraine's energy infrastructure", "energy"))
    assert not compare(en_raid, en_again).join
    # the earlier post telling "new" (this raid after last week's) and the later not: one raid retold
    assert compare(replace(AIR_FORCE, text="Ночью Россия нанесла новый массированный удар ракетами и дронами по "
                                           "энергетике Украины, сообщили Воздушные силы."), MINISTRY).join


def test_strikes_told_at_a_country_with_no_raid_named_stay_two() -> None:
    site = item("d", "Армия Израиля нанесла удар по объекту Хезболлы на юге Ливана.", place=LEBANON)
    vehicles = item("e", "Израильская авиация атаковала несколько автомобилей на востоке Ливана, нарушавших режим "
                         "прекращения огня.", place=LEBANON, hours=8)
    assert not compare(site, vehicles).join


def test_two_nights_another_weapon_other_tolls_or_more_than_a_nights_hours_keep_them_apart() -> None:
    next_night = replace(MINISTRY, id="f", report_id="r-f", day_lo=AIR_FORCE.day_lo + 2, day_hi=AIR_FORCE.day_hi + 2,
                         published=MORNING + timedelta(days=2))
    assert not compare(AIR_FORCE, next_night).join
    assert not compare(replace(AIR_FORCE, weapon="drone"), replace(MINISTRY, weapon="cruise_missile")).join
    two, seven = replace(AIR_FORCE, figures={"killed": (2, 2)}), replace(MINISTRY, figures={"killed": (7, 7)})
    assert not compare(two, seven).join
    assert not compare(AIR_FORCE, replace(MINISTRY, published=MORNING + timedelta(hours=11))).join


def test_a_member_that_tells_it_otherwise_keeps_a_report_out() -> None:
    told = replace(AIR_FORCE, figures={"injured": (3, 3)})
    alike = replace(OUTAGES, figures={"injured": (3, 3)})
    assert compare_to_event(told, [alike]).join
    assert not compare_to_event(told, [alike, replace(MINISTRY, figures={"injured": (9, 9)})]).join


def test_a_town_beside_its_country_and_interceptions_are_left_to_other_rules() -> None:
    town = replace(MINISTRY, place=KYIV)
    assert not any(r.startswith("one raid") for r in compare(AIR_FORCE, town).reasons)
    downed = replace(AIR_FORCE, kind="interception", target=None)
    assert not compare(downed, replace(MINISTRY, kind="interception", target=None)).join


REGION = Place("Брянская область", "RU", "Bryansk Oblast", 52.9, 33.4, "admin1")
RUSSIA = Place("Россия", "RU", None, None, None, "country")
GROUP = Place("Брянская область, Калужская область", "RU", None, None, None, "region")


def test_a_count_over_a_whole_country_is_no_step_of_one_regions_tally() -> None:
    governor = item("g", "Над Брянской областью уничтожены 18 беспилотников, сообщил губернатор.", kind="interception",
                    place=REGION, weapon="drone", figures={"intercepted": 18}, hours=-3)
    national = item("h", "Силы ПВО за ночь уничтожили 29 беспилотников над регионами России, сообщили в Минобороны.",
                    kind="interception", place=RUSSIA, weapon="drone", figures={"intercepted": 29})
    assert not compare(governor, national).join
    # the ministry's claim placed at its regions (areas) and retold at the country: one claim, its tally kept
    claim = replace(national, id="i", report_id="r-i", place=GROUP, published=MORNING - timedelta(minutes=50),
                    area_regions=frozenset({"RU/bryansk oblast", "RU/kaluga oblast"}),
                    figures={"intercepted": (20, 20)})
    assert compare(claim, national).join


def test_two_parts_of_the_day_are_two_raids_however_alike() -> None:
    """The reviewer's R2 and R3en3: a night's and a day's massive raid on the energy of one country, told in one
    template ("same target" and cosine >= 0.8 joined them before), are two raids."""
    night = item("r1", "Ночью Россия нанесла массированный удар дронами и ракетами по объектам энергетики Украины, "
                       "сообщили Воздушные силы.", target=Target("объекты энергетики Украины", "energy"))
    day = item("r2", "Днём Россия нанесла массированный удар ракетами и дронами по объектам энергетики Украины, "
                     "сообщили Воздушные силы.", hours=9, target=Target("объекты энергетики Украины", "energy"))
    assert not compare(night, day).join
    assert len(resolve([night, day])) == 2
    en_night = item("r3", "Russia launched a massive drone and missile attack on Ukraine's energy infrastructure "
                          "overnight, the Ukrainian Air Force said.", target=Target("Ukraine's energy infrastructure",
                                                                                  "energy"))
    en_day = item("r4", "Russia launched a new massive missile attack on Ukraine's energy infrastructure in the "
                        "afternoon, the Ukrainian Air Force said.", hours=6,
                  target=Target("Ukraine's energy infrastructure", "energy"))
    assert not compare(en_night, en_day).join
    # one raid told twice, neither naming a part of the day the other does not: still one
    morning = replace(day, text="Россия нанесла массированный удар ракетами и дронами по объектам энергетики Украины, "
                                "сообщили Воздушные силы.")
    assert compare(night, morning).join
