"""The two structured formats read whole: defence-ministry breakdowns by region and air-force nightly summaries.

All reports here are written for these tests (invented numbers, real place names)."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report

PUBLISHED = datetime(2024, 9, 28, 7, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str) -> list[Event]:
        return extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
    return read


def interceptions(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "interception"]


def areas(e: Event) -> dict[str, int]:
    return {a.place.key: a.figures["intercepted"] for a in e.areas}


def test_a_ministry_breakdown_is_one_event_with_each_region_and_its_count(read):
    [e] = interceptions(read(
        "Минобороны России: за ночь уничтожены 60 беспилотников: 24 — над территорией Брянской области, "
        "по 5 — над Курской и Белгородской областями, 26 — над акваторией Черного моря.", "ru"))
    assert areas(e) == {"Bryansk Oblast": 24, "Kursk Oblast": 5, "Belgorod Oblast": 5, "Black Sea": 26}
    assert (e.figures["intercepted"].best, e.weapon, e.place.precision) == (60, "drone", "region")
    assert e.details is None  # 24 + 5 + 5 + 26 = 60: the total agrees



@pytest.mark.parametrize(("text", "lang"), [
    ("Минобороны РФ: за ночь сбиты 15 дронов — 9 над Курской областью, 4 над Брянской областью, 2 над Орловской "
     "областью.", "ru"),
    ("Міноборони РФ: вночі збито 15 дронів — 9 над Курською областю, 4 над Брянською областю, 2 над Орловською "
     "областю.", "uk"),
    ("Russia's defence ministry said it destroyed 15 drones overnight - 9 over the Kursk region, 4 over the Bryansk "
     "region and 2 over the Oryol region.", "en"),
])
def test_a_total_then_a_dash_then_the_list_is_no_areas_count(read, text, lang):
    """The count before the dash is the total the list breaks down, not the first area's count."""
    [e] = interceptions(read(text, lang))
    assert areas(e) == {"Kursk Oblast": 9, "Bryansk Oblast": 4, "Oryol Oblast": 2}
    assert e.figures["intercepted"].best == 15 and e.details is None


def test_a_total_that_disagrees_with_the_sum_is_kept_and_noted(read):
    [e] = interceptions(read(
        "Средства ПВО ночью уничтожили 30 украинских беспилотников, сообщило Минобороны.\n\n"
        "Над территорией Брянской области сбиты 20 БПЛА, над Калужской областью - 7 и по одному над Смоленской и Курской "
        "областями.", "ru"))
    assert areas(e) == {"Bryansk Oblast": 20, "Kaluga Oblast": 7, "Smolensk Oblast": 1, "Kursk Oblast": 1}
    assert e.figures["intercepted"].best == 30
    assert e.details == "the per-area counts sum to 29, the stated total is 30"
    assert next(c for c in e.claims if c.figure == "intercepted").source == "Минобороны"


def test_a_count_carried_over_a_list_and_a_headline_about_one_of_the_regions(read):
    [e] = interceptions(read(
        "В Подмосковье сбиты два дрона, всего над регионами — 12.\n\n"
        "Министерство обороны сообщило, что средства ПВО сбили 12 украинских беспилотников. Указывается, что 7 дронов были "
        "сбиты над территорией Брянской области, два — Московской и по одному в Курской, Орловской и Ростовской областях.", "ru"))
    assert areas(e) == {"Bryansk Oblast": 7, "Moscow Oblast": 2, "Kursk Oblast": 1, "Oryol Oblast": 1, "Rostov Oblast": 1}
    assert (e.figures["intercepted"].low, e.figures["intercepted"].best) == (12, 12)


def test_without_a_stated_total_the_sum_of_the_areas_is_the_figure(read):
    [e] = interceptions(read("Сбиты беспилотники:\n🔺3 БПЛА над Курской областью\n🔺2 БПЛА над Белгородской областью", "ru"))
    assert areas(e) == {"Kursk Oblast": 3, "Belgorod Oblast": 2}
    assert e.figures["intercepted"].best == 5
    assert e.details == "total is the sum of the per-area counts"


def test_the_same_breakdown_told_in_ukrainian(read):
    [e] = interceptions(read(
        "Міноборони РФ заявило, що вночі знищено 60 безпілотників: 24 — над Брянською областю, по 5 — над Курською та "
        "Бєлгородською, 26 — над акваторією Чорного моря.", "uk"))
    assert areas(e) == {"Bryansk Oblast": 24, "Kursk Oblast": 5, "Belgorod Oblast": 5, "Black Sea": 26}
    assert e.figures["intercepted"].best == 60


AIR_FORCE = (
    "У ніч на 28 вересня противник атакував 2 балістичними ракетами Іскандер-М з Курської області та 73 ударними БпЛА "
    "типу Shahed.\n\nСтаном на 09:00 збито 1 ракету та 45 ударних БпЛА на півночі, сході та в центрі країни; 20 ворожих "
    "БпЛА локаційно втрачено (подавлено засобами РЕБ). Зафіксовано влучання 4 ударних БпЛА на 3 локаціях, "
    "повідомили Повітряні сили."
)


def test_an_air_force_night_report_gives_one_event_per_weapon_type(read):
    found = {e.weapon: e for e in interceptions(read(AIR_FORCE, "uk"))}
    assert set(found) == {"ballistic_missile", "drone"}
    drones, missiles = found["drone"], found["ballistic_missile"]
    assert {n: f.best for n, f in drones.figures.items()} == {"launched": 73, "intercepted": 65, "hit": 4}
    assert {n: f.best for n, f in missiles.figures.items()} == {"launched": 2, "intercepted": 1}
    assert (drones.date, drones.place.key, drones.attacker) == ("2024-09-28", "Ukraine", "Russia")
    assert drones.details == ("reporting window: the night ending 2024-09-28; "
                              "shot down 45, suppressed by electronic warfare 20")


def test_shot_down_and_suppressed_stay_separate_claims(read):
    drones = next(e for e in interceptions(read(AIR_FORCE, "uk")) if e.weapon == "drone")
    by_name = {(c.figure or c.assertion): c for c in drones.claims if c.figure or c.assertion != "kind"}
    assert (by_name["shot_down"].value, by_name["suppressed"].value) == (45, 20)
    assert by_name["suppressed"].quote == "20 ворожих БпЛА локаційно втрачено"
    assert {c.source for c in drones.claims} == {"Повітряні сили"}


def test_a_combined_shot_down_or_suppressed_count_is_one_intercepted_claim(read):
    [e] = interceptions(read("У ніч на 1 жовтня противник атакував 40 ударними БпЛА типу Shahed. "
                             "Збито/подавлено 38 ворожих БпЛА.", "uk"))
    assert {n: f.best for n, f in e.figures.items()} == {"launched": 40, "intercepted": 38}
    assert e.date == "2024-10-01"


def test_a_count_of_them_and_an_infinitive_are_read_as_shot_down(read):
    # "збила 40 із них": a count with no noun of its own counts the weapons named before it; "вдалося знищити 37
    # дронів": an infinitive after "вдалося" tells the count as well as "знищено"
    for text, shot in (
        ("Повітряні сили: у ніч на 3 жовтня ворог запустив по Україні 47 безпілотників. Протиповітряна оборона збила "
         "40 із них.", 40),
        ("Повітряні сили повідомили: у ніч на 3 жовтня противник атакував 47 ударними БпЛА. Захисникам неба вдалося "
         "знищити 37 ворожих дронів.", 37),
    ):
        [e] = interceptions(read(text, "uk"))
        assert {n: f.best for n, f in e.figures.items()} == {"launched": 47, "intercepted": shot}


def test_the_same_shot_down_count_told_again_is_not_added_up(read):
    # a headline, the body and a closing line each tell the 21 drones downed: 21, not 63
    text = ("Air defence downs 21 drones overnight\n\n"
            "Russia attacked Ukraine with 24 Shahed drones overnight, Ukraine's Air Force said, with air defence "
            "downing 21 of them over five oblasts.\n\nUkrainian forces shot down 21 drones, the Air Force added.")
    drones = [e for e in interceptions(read(text, "en")) if e.weapon == "drone"]
    assert [{n: f.best for n, f in e.figures.items()} for e in drones] == [{"launched": 24, "intercepted": 21}]


def test_a_part_out_of_a_whole_is_shot_down_out_of_launched(read):
    # "downed 31 out of 35 drones": the part has the whole's weapon, and the whole is what was launched
    text = ("Ukraine's Air Force said on Tuesday that air defence downed 31 out of 35 Shahed drones launched overnight "
            "at the southern regions.")
    [e] = [e for e in interceptions(read(text, "en")) if e.weapon == "drone"]
    assert {n: f.best for n, f in e.figures.items()} == {"launched": 35, "intercepted": 31}


def test_an_english_ministry_breakdown_is_one_event_with_its_areas(gazetteer):
    text = ("Russia says it shot down 30 drones overnight.\n\n"
            "The Defence Ministry said air defence units had destroyed 30 Ukrainian drones between 11 p.m. and 6 a.m. "
            "Moscow time.\n\nAccording to the ministry, 17 drones were downed over Kursk Oblast, 9 over Bryansk Oblast "
            "and 4 over Lipetsk Oblast.")
    report = Report(text=text, published=datetime(2025, 9, 3, tzinfo=timezone.utc), language="en")
    (event,) = [e for e in extract(report, gazetteer) if e.kind == "interception"]
    assert [(a.place.key, a.figures["intercepted"]) for a in event.areas] == [
        ("Kursk Oblast", 17), ("Bryansk Oblast", 9), ("Lipetsk Oblast", 4)
    ]
    assert event.figures["intercepted"].best == 30 and event.details is None


def test_a_breakdown_told_over_two_sentences_keeps_every_region_and_its_count(read):
    # "14 над ... и шесть над ...": a count before each area; Crimea (Ukraine in the gazetteer) among Russian regions,
    # kept in the one claim because the stated 25 is what the four counts sum to
    for text, lang in (
        ("Минобороны России: этой ночью перехвачены и уничтожены 25 беспилотников: 14 над Краснодарским краем и шесть "
         "над Брянской областью. Ещё три беспилотника уничтожены над Крымом, два — над Ростовской областью.", "ru"),
        ("Міноборони РФ заявило, що вночі збито 25 безпілотників: 14 над Краснодарським краєм і шість над Брянською "
         "областю. Ще три збито над Кримом, два — над Ростовською областю.", "uk"),
        ("Russia's Defence Ministry said air defences destroyed 25 drones overnight: 14 over Krasnodar Krai and six "
         "over Bryansk Oblast. Three more were downed over Crimea, two over Rostov Oblast.", "en"),
    ):
        [e] = interceptions(read(text, lang))
        assert areas(e) == {"Krasnodar Krai": 14, "Bryansk Oblast": 6, "Crimea": 3, "Rostov Oblast": 2}, lang
        assert (e.figures["intercepted"].best, e.details) == (25, None)



def test_an_attack_counted_by_what_attacked_is_no_air_force_summary(read):
    # the summaries' words ("ворог атакував") in a strike's report that tells nothing downed: no interception
    events = read("Вранці ворог атакував Суми трьома дронами-камікадзе. Внаслідок удару загинули двоє людей, ще п'ятеро "
                  "поранені, повідомили в ОВА.", "uk")
    assert interceptions(events) == []
    assert [e.kind for e in events] == ["strike"]


def test_a_summary_whose_downed_count_is_all_of_them_is_still_read(read):
    # ("all of which were shot down": no number downed, but the report tells the interception)
    events = read("Russia fired eight ballistic missiles at Kyiv early on Saturday, all of which were shot down, "
                  "Ukraine's Air Force said.", "en")
    assert [e.weapon for e in interceptions(events)] == ["ballistic_missile"]


def test_a_launch_count_told_apart_from_the_strike_is_still_the_summary(read):
    # the count of what attacked, in its own sentence, is the air force's, though nothing downed is counted
    events = read("Russia launched 50 drones at Ukraine overnight, Ukraine's Air Force said. A drone hit a house in "
                  "Odesa, injuring two people.", "en")
    assert [e.weapon for e in interceptions(events)] == ["drone"]


def test_two_weapon_counts_joined_by_and_are_two_counts(read):
    # "120 drones and 5 missiles": the words before a weapon noun never take in a count or the list's joiner
    found = {e.weapon: e for e in interceptions(read(
        "Ukraine's air force said Russia attacked with 120 drones and 5 missiles overnight.", "en"))}
    assert {w: e.figures["launched"].best for w, e in found.items()} == {"drone": 120, "missile": 5}


def test_two_weapon_counts_joined_by_ta_are_two_counts_in_ukrainian(read):
    found = {e.weapon: e for e in interceptions(read(
        "Повітряні сили повідомили, що вночі ворог атакував 120 дронами та 5 ракетами; збито 95 дронів.", "uk"))}
    assert {w: e.figures["launched"].best for w, e in found.items()} == {"drone": 120, "missile": 5}
    assert found["drone"].figures["intercepted"].best == 95


# --- what the summary reader leaves to the general path (acc-af13) ---------------------------------------------------


def test_a_strike_told_beyond_the_summary_keeps_its_place_and_its_weapons(read):
    events = read(
        "Ukraine's Air Force said it shot down 21 of 25 drones Russia launched overnight.\n\n"
        "The air force also said Russia struck the Rivne region later in the evening with Tu-22 bombers, which fired "
        "three Kh-22 missiles.\n\n"
        "The regional governor said a warehouse in the Rivne region burned for several hours after the attack.", "en")
    strikes = [e for e in events if e.kind == "strike"]
    assert [e.place.key for e in strikes] == ["Rivne Oblast"]
    assert {c.value for c in strikes[0].claims if c.figure == "launched"} == {3}
    # the drones are the summary's; the three missiles struck, nothing says any was downed: no second interception
    [drones] = interceptions(events)
    assert (drones.weapon, {n: f.best for n, f in drones.figures.items()}) == ("drone", {"launched": 25, "intercepted": 21})


def test_a_summary_reads_one_night_not_the_night_it_recalls(read):
    events = read(
        "У ніч на 27 вересня противник атакував 58 ударними БпЛА типу Shahed. Сили ППО збили 50 з них.\n\n"
        "Нагадаємо, у ніч на 25 вересня ворог випустив по Україні 90 дронів, збито 81.", "uk")
    first = next(e for e in interceptions(events) if 58 in {c.value for c in e.claims})
    # the recalled night's 90 and 81 are not more of this night's drones
    assert {n: f.best for n, f in first.figures.items()} == {"launched": 58, "intercepted": 50}
    assert not {90, 81} & {c.value for c in first.claims}


def test_a_commander_quoted_in_the_summary_is_the_source_of_his_count(read):
    [e] = interceptions(read(
        "Ukraine's Air Force said Russia launched 40 drones at Ukraine overnight.\n\n"
        "\u201cOur air defence destroyed 35 drones,\u201d Air Force spokesman Ivan Petrenko said on Telegram.", "en"))
    by_figure = {c.figure: c for c in e.claims if c.figure}
    assert by_figure["intercepted"].value == 35
    assert "Petrenko" in (by_figure["intercepted"].source or "")


def test_a_passive_count_and_more_downed_besides_the_summary(read):
    # "12 drones were shot down": the count told before its passive verb; "also shot down two reconnaissance
    # drones" after the summary's own count: other drones, an event of their own, not more of the 12
    events = read(
        "Ukraine's Air Force said Russia launched 15 Shahed drones at Ukraine overnight. 12 drones were shot down over "
        "the central regions.\n\nOver the past day, air defence also shot down two reconnaissance drones.", "en")
    summary = next(e for e in interceptions(events) if "launched" in e.figures)
    assert {n: f.best for n, f in summary.figures.items()} == {"launched": 15, "intercepted": 12}
    assert 2 not in {c.value for c in summary.claims}
    assert any(e.figures.get("intercepted") and e.figures["intercepted"].best == 2 for e in interceptions(events))


def test_the_air_force_named_only_in_a_recall_makes_no_summary(read):
    # a strike's report whose weapons are counted, the Air Force named only where the outlet recalls earlier news
    events = read(
        "Вранці ворог вдарив по Павлограду. За попередньою інформацією, ворог застосував одну керовану авіабомбу та одну "
        "балістичну ракету. Пошкоджено склад.\n\nРаніше речник Повітряних сил розповів, що ворог почав застосовувати "
        "нові авіабомби.", "uk")
    assert not [e for e in interceptions(events) if e.place and e.place.precision == "country"]
