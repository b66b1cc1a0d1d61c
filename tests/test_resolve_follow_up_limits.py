"""Where a toll update stops being a follow-up (fix18a, after the review of ledger18). An update joins one origin at
most and never makes two strikes one, whatever other evidence sits beside it; a post that tells a strike by a verb of
its own ("a drone attacked a house", "влучив у гараж") is its own strike, whatever toll words it adds; every strike of
the window and place counts as a possible origin, not only those the update could join; and the toll's own words
("ещё один раненый скончался", "знову зросла") are not "one more" or "again" strike. Every report is our own, written
for these tests in the manner of Russian, Ukrainian and English channels; the reports go through extraction (`read`),
and only their publication times and days are set here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Report
from eventledger.resolve import Item, best_event, compare, day_range, item_of, resolve

UTC = timezone.utc
EVENING = datetime(2025, 4, 6, 17, 30, tzinfo=UTC)  # 20:30 in Kherson


def told(read, id: str, text: str, lang: str, hours: float, day: str) -> Item:  # type: ignore[no-untyped-def]
    """The report's one strike or shelling as resolution sees it, published `hours` after EVENING and dated `day`."""
    (event,) = [e for e in read(text, lang) if e.kind in ("strike", "shelling")]
    published = EVENING + timedelta(hours=hours)
    item = item_of(id, f"r-{id}", Report(text=text, published=published, language=lang), event, text)
    lo, hi = day_range(day, "day", None)
    return replace(item, day_lo=lo, day_hi=hi, precision="day", published=published)


def groups(clusters) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return sorted(sorted(m.id for m in c.members) for c in clusters)


def test_an_update_does_not_bridge_the_town_s_next_strike_into_its_origin(read) -> None:  # type: ignore[no-untyped-def]
    bus = told(read, "a", "Вечером российский дрон атаковал пригородный автобус в Херсоне: погибли двое пассажиров, ранены "
                          "пятеро.", "ru", 0, "2025-04-06")
    truck = told(read, "b", "Херсон: с дрона сбросили взрывчатку на эвакуатор, пострадал мужчина 45 лет.", "ru", 13,
                 "2025-04-07")
    update = told(read, "c", "Число погибших в результате удара дрона по пригородному автобусу в Херсоне возросло до трёх, сообщил "
                             "глава ОВА.", "ru", 18, "2025-04-07")
    # the update joins the bus it names; the tow truck, a strike of its own the next morning, stays its own event
    assert groups(resolve([bus, truck, update])) == [["a", "c"], ["b"]]


def test_an_update_beside_a_night_s_nearness_obeys_both_guards(read) -> None:  # type: ignore[no-untyped-def]
    bus = told(read, "a", "Вечером российский дрон атаковал пригородный автобус в Херсоне: погибли двое пассажиров, ранены "
                          "пятеро.", "ru", 0, "2025-04-06")
    night = told(read, "d", "Ночью Херсон атаковали ударные дроны: двое горожан ранены, посечены окна и машины.", "ru", 12,
                 "2025-04-07")
    update = told(read, "c", "Число погибших в результате удара дрона по пригородному автобусу в Херсоне возросло до трёх, сообщил "
                             "глава ОВА.", "ru", 15, "2025-04-07")
    verdict = compare(night, update)
    assert not verdict.join or (verdict.follow_up and verdict.nearness), verdict.reasons
    assert groups(resolve([bus, night, update])) == [["a", "c"], ["d"]]


def test_a_post_telling_its_own_strike_is_no_follow_up_whatever_its_toll_words(read) -> None:  # type: ignore[no-untyped-def]
    bus = {lang: told(read, "a", text, lang, 0, "2025-04-06") for lang, text in {
        "ru": "Вечером российский дрон атаковал пригородный автобус в Херсоне: погибли двое пассажиров, ранены пятеро.",
        "uk": "Увечері російський дрон атакував приміський автобус в Херсоні: загинули двоє пасажирів, поранені п'ятеро.",
        "en": "A Russian drone hit a suburban bus in Kherson in the evening, killing two passengers and injuring five.",
    }.items()}
    for lang, text in (
            ("ru", "Беспилотник атаковал частный дом в Херсоне, раненая хозяйка скончалась в больнице."),
            ("uk", "Російський дрон влучив у гараж у Херсоні, поранений чоловік помер у лікарні."),
            ("en", "A Russian drone struck a garage in Kherson. The injured owner died in hospital, the governor said.")):
        own = told(read, "e", text, lang, 15, "2025-04-07")
        assert not compare(bus[lang], own).join, (lang, compare(bus[lang], own).reasons)


def test_a_region_s_update_after_strikes_on_two_of_its_towns_joins_neither(read) -> None:  # type: ignore[no-untyped-def]
    city = told(read, "f", "Вечером ракета попала в жилой дом в Херсоне: погибли три человека, ранены четверо.", "ru", 0,
                "2025-04-06")
    town = told(read, "g", "В Бериславе снаряд попал в магазин, погиб один человек, ранены двое.", "ru", 0.5, "2025-04-06")
    for lang, text in (("ru", "Число погибших в результате обстрелов Херсонской области возросло до пяти."),
                       ("en", "The death toll from the shelling of Kherson Oblast has risen to five, the regional "
                              "governor said.")):
        region = told(read, "h", text, lang, 14, "2025-04-07")
        # the town's strike is too small to be joined a day on, but it may as well be the one whose toll grew
        assert not compare(town, region).join
        event, verdict = best_event(region, {"f": [city], "g": [town]})
        assert event is None, (lang, verdict.reasons)
        assert groups(resolve([city, town, region])) == [["f"], ["g"], ["h"]], lang


# The toll's own words: items made by hand (these one-line updates tell no event extraction keeps on its own)
def item(id: str, text: str, hours: float, day: str, figures: dict[str, tuple[int, int]], weapon: str | None = "drone",
         place=None) -> Item:  # type: ignore[no-untyped-def]
    from eventledger.model import Place
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="strike", day_lo=lo, day_hi=hi, precision="day",
                place=place or Place("Херсон", "UA", "Kherson Oblast", 46.64, 32.61, "city"), weapon=weapon, text=text,
                figures=figures, published=EVENING + timedelta(hours=hours))


BUS = item("i", "Вечером российский дрон атаковал пригородный автобус в Херсоне: погибли двое пассажиров, ранены пятеро.", 0,
           "2025-04-06", {"killed": (2, 2), "injured": (5, 5)})


def test_the_toll_s_own_subject_or_again_is_no_second_strike() -> None:
    for n, text in enumerate((
            "В больнице скончался ещё один раненый при ударе по пригородному автобусу в Херсоне, число погибших возросло до трёх.",
            "Кількість загиблих внаслідок удару по приміському автобусу в Херсоні знову зросла — до трьох.",
            "Another passenger hurt in the suburban bus strike in Kherson died in hospital; the death toll has risen to three.")):
        later = item(f"j{n}", text, 14, "2025-04-07", {"killed": (3, 3)})
        assert compare(BUS, later).join, (text, compare(BUS, later).reasons)


def test_one_more_strike_or_again_still_keeps_a_new_strike_apart() -> None:
    for n, text in enumerate((
            "Ещё один удар дрона по Херсону: число погибших возросло до трёх.",
            "Херсон знову атакували дрони, кількість загиблих зросла до трьох.",
            "Another drone strike on Kherson: the death toll has risen to three.",
            "Kherson was hit again; a woman died in hospital.")):
        later = item(f"k{n}", text, 14, "2025-04-07", {"killed": (3, 3)})
        assert not compare(BUS, later).join, text
