"""A manned aircraft said downed, told by two posts within the hour, is one incident wherever each placed it (dup24b):
a transport plane downed abroad told by an embassy's word, a channel's account and an unplaced caption; a helicopter
downed over a region and a town of it; a fighter jet in English. And the limits: a plane beside a helicopter, two
hours apart, drones downed (whatever plane downed them), "one more" told by the later post only, counts that differ,
and "fighters" who are people. The posts are our own, written in the style of Russian, Ukrainian and English news
channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, Verdict, _aircraft_downed, compare, compare_to_event, day_range

UTC = timezone.utc
EVENING = datetime(2025, 5, 6, 15, 40, tzinfo=UTC)

MALI = Place("Мали", "ML", None, 17.0, -4.0, "country", name_en="Mali")
MALI_NORTH = Place("Кидаль", "ML", "Kidal", 18.44, 1.41, "admin1", name_en="Kidal")
DONETSK_OBLAST = Place("Донецька область", "UA", "Donetsk Oblast", 48.0, 37.8, "admin1", name_en="Donetsk Oblast")
POKROVSK = Place("Покровськ", "UA", "Donetsk Oblast", 48.28, 37.18, "city", name_en="Pokrovsk")
BLACK_SEA_TOWN = Place("Новороссийск", "RU", "Krasnodar Krai", 44.72, 37.77, "city", name_en="Novorossiysk")


def by_the_aircraft(verdict: Verdict) -> bool:
    """The join rests on the aircraft downed (other evidence, such as near-verbatim wording, joins on its own)."""
    return verdict.join and any(r.startswith("one ") and " downed, told by both" in r for r in verdict.reasons)


def item(id: str, text: str, place: Place | None, *, minutes: float = 0, weapon: str | None = None,
         figures: dict[str, tuple[int, int]] | None = None) -> Item:
    published = EVENING + timedelta(minutes=minutes)
    lo, hi = day_range(published.date().isoformat(), "day", published)
    return Item(id=id, report_id=f"r-{id}", kind="interception", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


def test_a_transport_plane_downed_abroad_told_by_three_posts_is_one_incident() -> None:
    embassy = item("a", "Повстанцы заявили, что сбили транспортный самолёт с тремя гражданами России на борту, "
                        "сообщили в посольстве.", MALI)
    account = item("b", "На севере Мали боевики сбили грузовой самолет, члены экипажа - россияне.", MALI_NORTH,
                   minutes=8)
    caption = item("c", "Кадры падения Ан-26: борт, по словам очевидцев, подбили с земли вскоре после взлёта.", None,
                   minutes=31, weapon="aircraft")
    assert by_the_aircraft(compare(embassy, account)), compare(embassy, account).reasons
    assert by_the_aircraft(compare(account, caption)), compare(account, caption).reasons
    verdict = compare_to_event(caption, [embassy, account])
    assert verdict.join and verdict.nearness, verdict.reasons


def test_a_helicopter_downed_over_a_region_and_a_town_of_it_is_one_incident_in_ukrainian() -> None:
    first = item("a", "У Донецькій області збито російський гелікоптер Мі-8, повідомили в угрупованні військ.",
                 DONETSK_OBLAST)
    later = item("b", "Біля Покровська наші зенітники приземлили ворожий вертоліт, екіпаж загинув.", POKROVSK,
                 minutes=40)
    assert by_the_aircraft(compare(first, later)), compare(first, later).reasons


def test_a_fighter_jet_downed_told_twice_in_english_is_one_incident() -> None:
    first = item("a", "Rebels say they shot down a government fighter jet near the border town.", MALI_NORTH)
    later = item("b", "Footage appears to show a Su-24 warplane brought down over northern Mali this afternoon.", MALI,
                 minutes=55)
    assert by_the_aircraft(compare(first, later)), compare(first, later).reasons


def test_a_plane_beside_a_helicopter_is_not_one_aircraft() -> None:
    plane = item("a", "Боевики сбили транспортный самолёт на севере страны.", MALI)
    helicopter = item("b", "Там же сбит армейский вертолёт, пилоты катапультировались.", MALI, minutes=20)
    assert not by_the_aircraft(compare(plane, helicopter))


def test_two_hours_apart_is_not_one_telling() -> None:
    first = item("a", "Боевики сбили транспортный самолёт на севере страны.", MALI)
    later = item("b", "Повстанцы сообщили, что сбили военный самолёт правительственных сил.", MALI, minutes=150)
    assert not by_the_aircraft(compare(first, later))


def test_drones_downed_by_a_plane_are_no_aircraft_downed() -> None:
    first = item("a", "Самолёты морской авиации сбили два беспилотника над морем у Новороссийска.", BLACK_SEA_TOWN,
                 weapon="drone", figures={"intercepted": (2, 2)})
    later = item("b", "Над Новороссийском истребитель перехватил беспилотный катер и дрон.", BLACK_SEA_TOWN,
                 minutes=15, weapon="drone", figures={"intercepted": (2, 2)})
    assert not by_the_aircraft(compare(first, later))


def test_one_more_plane_told_by_the_later_post_is_another() -> None:
    first = item("a", "ВСУ сбили российский самолёт Су-25 над Донецкой областью.", DONETSK_OBLAST)
    later = item("b", "Сбит ещё один самолёт, на этот раз Су-34, заявили в штабе.", DONETSK_OBLAST, minutes=30)
    assert not by_the_aircraft(compare(first, later))


def test_counts_that_differ_are_not_one_downing() -> None:
    first = item("a", "Над Донецькою областю збито літак Су-25.", DONETSK_OBLAST, figures={"intercepted": (1, 1)})
    later = item("b", "Збито два літаки ворога на донецькому напрямку.", DONETSK_OBLAST, minutes=25,
                 figures={"intercepted": (2, 2)})
    assert not by_the_aircraft(compare(first, later))


def test_fighters_who_are_people_name_no_aircraft() -> None:
    assert not _aircraft_downed("Militia fighters shot down a drone over the village.")
    assert _aircraft_downed("A fighter jet was shot down.") == {"plane"}
    assert _aircraft_downed("Збито гелікоптер Мі-24.") == {"helicopter"}


def test_anti_aircraft_fire_names_no_aircraft() -> None:
    assert not _aircraft_downed("Anti-aircraft fire was heard over the city overnight.")


ZAPORIZHZHIA_OBLAST = Place("Запорожская область", "UA", "Zaporizhzhia Oblast", 47.5, 35.5, "admin1",
                            name_en="Zaporizhzhia Oblast")
ODESA = Place("Одеса", "UA", "Odessa Oblast", 46.48, 30.72, "city", name_en="Odesa")
ODESA_OBLAST = Place("Одеська область", "UA", "Odessa Oblast", 46.5, 30.3, "admin1", name_en="Odessa Oblast")


def test_two_sides_claiming_each_others_jet_that_hour_are_two_incidents() -> None:
    """Each side's claim names the other side's aircraft and another model (fix24b)."""
    ours = item("a", "Минобороны: над Запорожским направлением сбит украинский МиГ-29.", ZAPORIZHZHIA_OBLAST)
    theirs = item("b", "Воздушные силы сообщают: на южном фронте сбит российский Су-34.", ZAPORIZHZHIA_OBLAST,
                  minutes=45)
    assert not by_the_aircraft(compare(ours, theirs)), compare(ours, theirs).reasons


def test_two_models_downed_that_hour_are_two_incidents_in_ukrainian() -> None:
    """No side told by the one, a place by the other: the models still differ (fix24b)."""
    first = item("a", "Повітряні сили: знищено ще один Су-25 окупантів.", None)
    later = item("b", "Окупанти заявляють, що збили Су-24 над Херсонщиною.", ODESA_OBLAST, minutes=25)
    assert not by_the_aircraft(compare(first, later)), compare(first, later).reasons


def test_fighters_at_work_with_nothing_downed_tell_no_aircraft_downed() -> None:
    """Our own jets on patrol are no aircraft downed: a word of downing must stand near the aircraft's (fix24b)."""
    first = item("a", "Над Одесою працюють винищувачі, тримайтеся в укриттях.", ODESA)
    later = item("b", "В Одеській області чути роботу винищувачів, будьте обережні.", ODESA_OBLAST, minutes=60)
    assert not _aircraft_downed(first.text) and not _aircraft_downed(later.text)
    assert not by_the_aircraft(compare(first, later)), compare(first, later).reasons


def test_a_plane_type_drone_is_no_plane() -> None:
    """"самолётного типа" describes a drone's shape, not a manned plane (fix24b)."""
    assert not _aircraft_downed("Над районом сбит беспилотник самолётного типа.")
    assert _aircraft_downed("Над районом сбит самолёт Су-25.") == {"plane"}
