"""A later post, hours on, that tells the toll of a strike already told at that place grown or revised ("число
раненых ... возросло до девяти", "the death toll rose to four", "кількість загиблих зросла до"): the strike's follow-up,
one incident, within FOLLOW_UP_HOURS, in the town or the town and the district or region holding it (ledger18). And the
limits: two nights told by their texts, two towns of one region, a new strike told as "again", "another" or "a second",
a day apart after a strike of a few hurt, past the window, and a follow-up that two strikes could be the origin of. The
posts are our own, written in the style of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, best_event, compare, day_range, resolve

UTC = timezone.utc
KHERSON = Place("Херсон", "UA", "Kherson Oblast", 46.64, 32.61, "city")
KHERSON_OBLAST = Place("Херсонская область", "UA", "Kherson Oblast", None, None, "admin1", name_en="Kherson Oblast")
BERYSLAV = Place("Берислав", "UA", "Kherson Oblast", 46.84, 33.43, "city")
EVENING = datetime(2025, 4, 6, 17, 30, tzinfo=UTC)  # 20:30 in Kherson


def item(id: str, text: str, *, day: str = "2025-04-06", published: datetime = EVENING, place: Place = KHERSON,
         figures: dict[str, tuple[int, int]] | None = None, weapon: str | None = "missile", kind: str = "strike") -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


STRIKE = item("a", "Вечером ракета попала в жилой дом в Херсоне: погибли три человека, ранены четверо, сообщил глава ОВА.",
              figures={"killed": (3, 3), "injured": (4, 4)})
# the next morning, by another outlet, in few words of the first post's: dated by its own day of publication
UPDATE = item("b", "Глава ОВА уточнил: после вчерашней ракеты по жилому дому в Херсоне число погибших "
              "возросло до шести.", day="2025-04-07", published=EVENING + timedelta(hours=15), figures={"killed": (6, 6)})


def test_a_toll_told_grown_the_next_morning_is_the_strike_s_follow_up() -> None:
    verdict = compare(STRIKE, UPDATE)
    assert verdict.join and verdict.follow_up, verdict.reasons
    assert any("a toll told grown or revised" in r for r in verdict.reasons)
    assert len(resolve([UPDATE, STRIKE])) == 1


def test_a_toll_revised_down_or_read_short_still_follows() -> None:
    # officials revise a toll down as well as up; the update joins whatever figure it now gives
    revised = replace(UPDATE, id="c", report_id="r-c", figures={"killed": (2, 2), "injured": (40, 40)},
                      text="Число пострадавших при ракетном ударе по Херсону возросло до 40, погибших двое — уточнили в ОВА.")
    assert compare(STRIKE, revised).join


def test_the_region_s_update_of_its_town_s_strike_follows_it() -> None:
    region = item("d", "Число раненых в результате вечернего ракетного удара по Херсонской области выросло до девяти.",
                  day="2025-04-06", published=EVENING + timedelta(hours=5), place=KHERSON_OBLAST,
                  figures={"injured": (9, 9)})
    assert compare(STRIKE, region).join


def test_two_nights_told_by_their_texts_stay_apart() -> None:
    # the morning post dates its strike to last night by its own words; the other told yesterday's by its date
    yesterday = item("e", "Вчера, 6 апреля, ракета попала в жилой дом в Херсоне, погибли три человека.",
                     published=EVENING + timedelta(hours=10), figures={"killed": (3, 3)})
    tonight = item("f", "Этой ночью ракета попала в дом в Херсоне; число погибших возросло до двух.", day="2025-04-07",
                   published=EVENING + timedelta(hours=14), figures={"killed": (2, 2)})
    assert not compare(yesterday, tonight).join


def test_a_day_apart_after_a_strike_of_a_few_hurt_stays_apart() -> None:
    few = item("g", "Вечером ракета попала в дом в Херсоне, ранены двое.", figures={"injured": (2, 2)})
    next_day = item("h", "Число раненых в Херсоне выросло до трёх.", day="2025-04-07",
                    published=EVENING + timedelta(hours=15), figures={"injured": (3, 3)})
    assert not compare(few, next_day).join  # a toll this small is not told for days: the town's next strike is as likely


def test_two_towns_of_one_region_hit_the_same_day_stay_apart() -> None:
    other_town = item("i", "Число погибших в Бериславе в результате ракетного удара возросло до шести.",
                      published=EVENING + timedelta(hours=3), place=BERYSLAV, figures={"killed": (6, 6)})
    assert not compare(STRIKE, other_town).join


def test_a_new_strike_told_again_another_or_a_second_stays_apart() -> None:
    for n, text in enumerate((
            "Херсон снова атакован ракетами: число погибших возросло до шести.",
            "Ещё один ракетный удар по Херсону: число погибших возросло до шести.",
            "Повторный удар по Херсону, число погибших возросло до шести.")):
        later = item(f"j{n}", text, published=EVENING + timedelta(hours=4), figures={"killed": (6, 6)})
        assert not compare(STRIKE, later).join, text


def test_past_the_window_it_stays_apart() -> None:
    late = replace(UPDATE, id="k", report_id="r-k", day_lo=STRIKE.day_lo + 2, day_hi=STRIKE.day_hi + 2,
                   published=EVENING + timedelta(hours=40))
    assert not compare(STRIKE, late).join


def test_an_update_two_strikes_could_be_the_origin_of_joins_neither() -> None:
    # the town hit in the morning and in the evening, each with its toll told apart: which one's toll grew, nothing says
    morning = item("l", "Утром беспилотник атаковал рынок в Херсоне, ранены пятеро.", weapon="drone",
                   published=EVENING - timedelta(hours=10), figures={"injured": (5, 5)})
    update = item("m", "Число пострадавших в Херсоне возросло до девяти.", weapon=None, day="2025-04-07",
                  published=EVENING + timedelta(hours=15), figures={"injured": (9, 9)})
    assert compare(morning, update).join and compare(STRIKE, update).join
    event, verdict = best_event(update, {"l": [morning], "a": [STRIKE]})
    assert event is None, verdict.reasons
    assert len(resolve([morning, STRIKE, update])) == 3


def test_ukrainian_and_english_updates() -> None:
    uk = item("n", "Кількість загиблих у Херсоні внаслідок ракетного удару зросла до шести.", day="2025-04-07",
              published=EVENING + timedelta(hours=15), figures={"killed": (6, 6)})
    assert compare(STRIKE, uk).join
    en = item("o", "The death toll from the Russian missile strike on Kherson has risen to six, officials said.",
              day="2025-04-07", published=EVENING + timedelta(hours=15), figures={"killed": (6, 6)})
    assert compare(STRIKE, en).join
    en_again = item("p", "Kherson was hit again overnight; the death toll has risen to six.", day="2025-04-07",
                    published=EVENING + timedelta(hours=15), figures={"killed": (6, 6)})
    assert not compare(STRIKE, en_again).join


# A town's one drone said downed, and minutes on a post that counts nothing downed of its own and tells the debris of
# the downed drone: the downing's aftermath, one interception (ledger18)
PODOLSK = Place("Подольск", "RU", "Moscow Oblast", 55.43, 37.54, "city")
KOLOMNA = Place("Коломна", "RU", "Moscow Oblast", 55.08, 38.78, "city")
DUSK = datetime(2025, 5, 20, 18, 20, tzinfo=UTC)  # 21:20 in Moscow


def downed(id: str, text: str, *, published: datetime, place: Place = PODOLSK,
           figures: dict[str, tuple[int, int]] | None = None, weapon: str | None = "drone") -> Item:
    return item(id, text, day="2025-05-20", published=published, place=place, figures=figures, weapon=weapon,
                kind="interception")


DOWNED = downed("q", "В Подольске сбит беспилотник, сообщил губернатор.", published=DUSK, figures={"intercepted": (1, 1)})
DEBRIS = downed("r", "Два человека пострадали при падении обломков сбитого БПЛА на частный дом в Подольске.",
                published=DUSK + timedelta(minutes=25))


def test_the_debris_of_a_town_s_one_downed_drone_follows_its_downing() -> None:
    verdict = compare(DOWNED, DEBRIS)
    assert verdict.join and verdict.nearness and verdict.follow_up, verdict.reasons
    assert len(resolve([DEBRIS, DOWNED])) == 1
    uk = downed("s", "Уламки збитого дрона пошкодили дах будинку в Подольске.", published=DUSK + timedelta(minutes=40))
    assert compare(DOWNED, uk).join
    en = downed("t", "Debris from the downed drone damaged a house in Podolsk, the governor said.",
                published=DUSK + timedelta(minutes=40))
    assert compare(DOWNED, en).join


def test_the_debris_post_stays_apart_when_it_counts_its_own_or_comes_hours_later_or_elsewhere() -> None:
    own = downed("u", "Ещё один БПЛА сбит над Подольском, обломки упали на дорогу.", published=DUSK + timedelta(minutes=25),
                 figures={"intercepted": (1, 1)})
    assert not compare(DOWNED, own).join  # a drone of its own, told as "one more"
    late = replace(DEBRIS, id="v", report_id="r-v", published=DUSK + timedelta(hours=5))
    assert not compare(DOWNED, late).join
    elsewhere = downed("w", "Обломки сбитого БПЛА упали на частный дом в Коломне.", place=KOLOMNA,
                       published=DUSK + timedelta(minutes=25))
    assert not compare(DOWNED, elsewhere).join  # two towns of one region


def test_debris_two_downings_could_be_the_origin_of_joins_neither() -> None:
    second = downed("x", "Над Подольском ПВО сбила беспилотник.", published=DUSK + timedelta(minutes=70),
                    figures={"intercepted": (1, 1)})
    debris = replace(DEBRIS, id="y", report_id="r-y", published=DUSK + timedelta(minutes=80))
    # two events each holding a downing over the town that evening (as a ledger may keep them): whose debris, nothing says
    assert compare(DOWNED, debris).join and compare(second, debris).join
    event, verdict = best_event(debris, {"q": [DOWNED], "x": [second]})
    assert event is None, verdict.reasons
