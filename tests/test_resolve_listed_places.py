"""One statement naming the same two or more towns or districts, told again by another outlet that night (dup24): a
governor's drones intercepted over two districts of his region quoted by two channels, a mayor's downings over
three towns of the capital's region with its count and a later summary without one. And the limits: a
list of oblasts, a new batch told as "one more" by the later post, counts that differ, another part of the day, two
lists of other places, and a list beside a single town. The posts are our own, written in the style of Russian,
Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, Verdict, compare, day_range

UTC = timezone.utc
NIGHT = datetime(2025, 3, 14, 1, 10, tzinfo=UTC)

ABINSKY = Place("Abinskiy Rayon", "RU", "Krasnodar Krai", 44.87, 38.16, "admin2", name_en="Abinskiy Rayon")
SEVERSKY = Place("Severskiy Rayon", "RU", "Krasnodar Krai", 44.85, 38.68, "admin2", name_en="Severskiy Rayon")
DOMODEDOVO = Place("Gorodskoy Okrug Domodedovo", "RU", "Moscow Oblast", 55.44, 37.75, "admin2",
                   name_en="Gorodskoy Okrug Domodedovo")
DOMODEDOVO_AIRPORT = Place("Domodedovo International Airport", "RU", "Moscow", 55.41, 37.91, "point",
                           name_en="Domodedovo International Airport")
RAMENSKOYE = Place("Раменское", "RU", "Moscow Oblast", 55.56, 38.24, "city", name_en="Ramenskoye")
KOLOMNA = Place("Коломна", "RU", "Moscow Oblast", 55.07, 38.78, "city", name_en="Kolomna")
PODOLSK = Place("Подольск", "RU", "Moscow Oblast", 55.43, 37.54, "city", name_en="Podolsk")
BRYANSK_OBLAST = Place("Брянская область", "RU", "Bryansk Oblast", 53.0, 33.0, "admin1", name_en="Bryansk Oblast")
KURSK_OBLAST = Place("Курская область", "RU", "Kursk Oblast", 51.73, 36.19, "admin1", name_en="Kursk Oblast")
IZIUM = Place("Ізюм", "UA", "Kharkiv Oblast", 49.21, 37.26, "city", name_en="Izium")
BALAKLIIA = Place("Балаклія", "UA", "Kharkiv Oblast", 49.46, 36.86, "city", name_en="Balakliia")


def by_the_list(verdict: Verdict) -> bool:
    """The join rests on the list (other evidence, such as near-verbatim wording, joins on its own)."""
    return verdict.join and any(r.startswith("the same places listed") for r in verdict.reasons)


def listed(places: tuple[Place, ...]) -> Place:
    """The place a multi-area claim gets: its areas' names, no coordinates, precision `region`."""
    return Place(", ".join(p.name for p in places), "RU", None, None, None, "region",
                 name_en=", ".join(p.name_en or p.name for p in places))


def item(id: str, text: str, places: tuple[Place, ...], *, figures: dict[str, tuple[int, int]] | None = None,
         minutes: float = 0, weapon: str | None = "drone", kind: str = "interception") -> Item:
    published = NIGHT + timedelta(minutes=minutes)
    lo, hi = day_range(published.date().isoformat(), "day", published)
    place = places[0] if len(places) == 1 else listed(places)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published,
                area_regions=frozenset(f"{p.country}/{(p.admin1 or '').lower()}" for p in places) if len(places) > 1
                else frozenset(), area_places=places if len(places) > 1 else ())


def test_a_governors_quote_of_two_districts_told_by_two_channels_is_one_interception() -> None:
    first = item("a", "Ночная атака беспилотников на Абинский и Северский районы отражена, никто не пострадал, "
                      "написал губернатор.", (ABINSKY, SEVERSKY), figures={"killed": (0, 0), "injured": (0, 0)})
    later = item("b", "Глава края: над Северским и Абинским районами дежурные средства ПВО уничтожили больше двадцати "
                      "дронов.", (SEVERSKY, ABINSKY), minutes=45)
    verdict = compare(first, later)
    assert by_the_list(verdict), verdict.reasons
    assert verdict.nearness  # every member of the event must agree


def test_a_mayors_count_over_three_towns_and_a_later_summary_of_them_is_one_interception() -> None:
    count = item("a", "Мэр: над Коломной, Раменским и Домодедово расчёты ПВО поразили ещё семь дронов, шедших к "
                      "столице.", (DOMODEDOVO, RAMENSKOYE, KOLOMNA), figures={"intercepted": (7, 7)})
    summary = item("b", "Утренняя атака на столицу: беспилотники перехватывали у Домодедово, Раменского и Коломны, "
                        "передаёт городской портал.", (RAMENSKOYE, DOMODEDOVO_AIRPORT, KOLOMNA), minutes=35)
    assert by_the_list(compare(count, summary)), compare(count, summary).reasons


def test_ukrainian_two_towns_listed_by_two_channels_that_night_are_one_interception() -> None:
    first = item("a", "Вночі сили ППО збили ударні дрони над Ізюмом та Балаклією, постраждалих немає.",
                 (IZIUM, BALAKLIIA))
    later = item("b", "Над Ізюмом і Балаклією протиповітряна оборона вночі знищила кілька шахедів, повідомив голова "
                      "ОВА.", (BALAKLIIA, IZIUM), minutes=50)
    assert by_the_list(compare(first, later)), compare(first, later).reasons


def test_english_two_towns_listed_by_two_outlets_that_night_are_one_interception() -> None:
    first = item("a", "Air defences downed drones over Izium and Balakliia overnight, the regional governor said.",
                 (IZIUM, BALAKLIIA))
    later = item("b", "Drones were shot down over Balakliia and Izium during the night, no one was hurt, officials "
                      "reported.", (BALAKLIIA, IZIUM), minutes=40)
    assert by_the_list(compare(first, later)), compare(first, later).reasons


def test_a_new_batch_told_as_one_more_by_the_later_post_stays_its_own() -> None:
    first = item("a", "ПВО сбила беспилотники над Абинским и Северским районами, сообщил губернатор.",
                 (ABINSKY, SEVERSKY))
    later = item("b", "Ещё три дрона уничтожены на подлёте, над Северским и Абинским районами, без пострадавших.",
                 (SEVERSKY, ABINSKY), minutes=120)
    assert not by_the_list(compare(first, later))


def test_two_counts_over_the_same_towns_that_differ_stay_apart() -> None:
    first = item("a", "Сбиты восемь беспилотников в Домодедово, Раменском и Коломне.", (DOMODEDOVO, RAMENSKOYE, KOLOMNA),
                 figures={"intercepted": (8, 8)})
    later = item("b", "Сбиты семь беспилотников в Домодедово, Раменском и Коломне.", (DOMODEDOVO, RAMENSKOYE, KOLOMNA),
                 figures={"intercepted": (7, 7)}, minutes=60)
    assert not by_the_list(compare(first, later))


def test_the_night_and_the_day_over_the_same_towns_stay_apart() -> None:
    night = item("a", "Ночью над Ізюмом та Балаклією збили дрони.", (IZIUM, BALAKLIIA))
    day = item("b", "Вдень над Ізюмом та Балаклією знову збивали дрони.", (IZIUM, BALAKLIIA), minutes=400)
    assert not by_the_list(compare(night, day))


def test_lists_of_other_places_and_a_list_beside_one_town_stay_apart() -> None:
    first = item("a", "ПВО сбила беспилотники над Раменским и Коломной.", (RAMENSKOYE, KOLOMNA))
    other = item("b", "ПВО сбила беспилотники над Подольском и Коломной.", (PODOLSK, KOLOMNA), minutes=20)
    alone = item("c", "ПВО сбила беспилотник над Раменским.", (RAMENSKOYE,), minutes=25)
    assert not by_the_list(compare(first, other))
    assert not by_the_list(compare(first, alone))


def test_a_list_of_oblasts_told_twice_is_no_evidence() -> None:
    first = item("a", "Над Брянской и Курской областями ночью перехвачены беспилотники.", (BRYANSK_OBLAST, KURSK_OBLAST))
    later = item("b", "Беспилотники перехвачены над Курской и Брянской областями, пишут каналы.",
                 (KURSK_OBLAST, BRYANSK_OBLAST), minutes=40)
    assert not by_the_list(compare(first, later))
