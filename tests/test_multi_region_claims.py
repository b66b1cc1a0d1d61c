"""A count claimed over several regions or the whole country (a defence ministry's night claim) is one claim: one
interception event with its areas, never one region's event, and never the figure of one place told beside it
(ANNOTATION.md, "What is an event"; issue 10: the ledger judges' pinned and split ministry claims).

All reports here are written for these tests (invented numbers, real place names)."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report

PUBLISHED = datetime(2024, 11, 22, 7, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str) -> list[Event]:
        return [e for e in extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
                if e.kind == "interception"]
    return read


def keys(e: Event) -> list[str]:
    return [a.place.key for a in e.areas]


def counts(e: Event) -> dict[str, int]:
    return {a.place.key: a.figures["intercepted"] for a in e.areas}


@pytest.mark.parametrize("text, lang", [
    ("Минобороны России: за ночь средства ПВО уничтожили 19 беспилотников над территориями Тульской, Калужской и "
     "Орловской областей.", "ru"),
    ("Міноборони РФ заявило, що вночі над Тульською, Калузькою та Орловською областями збито 19 безпілотників.", "uk"),
    ("Russia's Defence Ministry said 19 drones were shot down overnight over the Tula, Kaluga and Oryol regions.", "en"),
])
def test_a_count_over_a_list_of_regions_named_by_adjectives_is_one_claim_over_all_of_them(read, text, lang):
    # Russian and Ukrainian name the listed regions by adjectives that share one region word: the adjectives alone
    # are regions of the claim too, not only the one the word follows
    [e] = read(text, lang)
    assert keys(e) == ["Tula Oblast", "Kaluga Oblast", "Oryol Oblast"]
    assert (e.place.precision, e.place.country, e.figures["intercepted"].best) == ("region", "RU", 19)


def test_two_regions_told_by_adjectives_are_both_areas_of_the_count(read):
    [e] = read("Три беспилотника сбиты над Смоленской и Псковской областями, сообщили в ведомстве.", "ru")
    assert keys(e) == ["Smolensk Oblast", "Pskov Oblast"]
    assert e.figures["intercepted"].best == 3


def test_a_list_of_regions_in_a_strike_clause_adds_no_events(read):
    # the list's adjectives are areas of an interception's claim only: a strike told over a list stays as it was read
    assert read("В Брянской и Курской областях дроны атаковали несколько сёл, пострадавших нет.", "ru") == []


@pytest.mark.parametrize("text, lang", [
    ("Ночью дежурные средства ПВО сбили 9 беспилотников над Воронежской областью, заявили в Минобороны.\n\n"
     "По словам военных, четыре дрона уничтожены над Липецкой областью, два — над Крымом, один — над Белгородской "
     "областью.", "ru"),
    ("Міноборони РФ заявило, що вночі над Воронезькою областю збито 9 дронів. За його словами, чотири знищено над "
     "Липецькою областю, два — над Кримом, один — над Бєлгородською областю.", "uk"),
    ("Russia's Defence Ministry said nine drones were downed over Voronezh Oblast overnight. According to the military, "
     "four were destroyed over Lipetsk Oblast, two over Crimea and one over Belgorod Oblast.", "en"),
])
def test_a_breakdown_with_its_teller_between_two_counts_is_one_claim_with_every_area(read, text, lang):
    # the first region's count, who told it, then the other regions' counts: one claim of the ministry, its total the
    # sum of the areas; Crimea (Ukraine in the gazetteer) among the ministry's Russian regions stays in it, and no
    # second event carries one region's count for the other three
    [e] = read(text, lang)
    assert counts(e) == {"Voronezh Oblast": 9, "Lipetsk Oblast": 4, "Crimea": 2, "Belgorod Oblast": 1}
    assert (e.figures["intercepted"].best, e.place.precision, e.place.country) == (16, "region", "RU")


def test_two_regions_of_two_countries_each_counted_stay_two_claims(read):
    # one area of each country is no ministry's list with one area of the other side in it: Kyiv's count and
    # Belgorod's are two claims, as before
    events = read("Над Київською областю збито 5 дронів. Над Бєлгородською областю збито 3 дрони.", "uk")
    assert sorted(e.place.key for e in events) == ["Belgorod Oblast", "Kyiv Oblast"]


@pytest.mark.parametrize("text, lang, town", [
    ("В Туапсе ночью работала ПВО, жители слышали хлопки. Позже в Минобороны заявили, что всего над территорией "
     "России за ночь уничтожены 17 беспилотников.", "ru", "Tuapse"),
    ("Air defence was active over Tuapse overnight, residents said. The Defence Ministry later said 17 drones had been "
     "destroyed over Russian territory.", "en", "Tuapse"),
    ("У Туапсе вночі працювала ППО, повідомили місцеві жителі. Пізніше Міноборони РФ заявило, що загалом над "
     "територією Росії знищено 17 безпілотників.", "uk", "Tuapse"),
])
def test_the_whole_countrys_count_is_no_count_of_a_town_told_with_none_of_its_own(read, text, lang, town):
    # the town's air defence is its own event; the ministry's count over all of Russia is the country's claim
    events = read(text, lang)
    at = {e.place.key: e for e in events}
    assert set(at) == {town, "Russia"}, lang
    assert "intercepted" not in at[town].figures
    assert at["Russia"].figures["intercepted"].best == 17


def test_a_town_with_a_count_of_its_own_beside_the_countrys_count_keeps_its_own(read):
    events = read("Над Туапсе сбиты 2 беспилотника, сообщил глава района. Всего над территорией России за ночь "
                  "уничтожены 17 беспилотников, заявили в Минобороны.", "ru")
    figures = sorted(e.figures["intercepted"].best for e in events if "intercepted" in e.figures)
    assert figures == [2, 17]


def test_the_country_named_by_its_abbreviation_is_the_place_of_its_count(read):
    # "над территорией РФ": Russia, named as "над территорией России" would name it; the town told before keeps none
    events = read("В Туапсе работала ПВО, сообщил глава района.\n\nUPD: над территорией РФ за ночь сбиты 17 дронов.",
                  "ru")
    at = {e.place.key: e for e in events}
    assert set(at) == {"Tuapse", "Russia"}
    assert at["Russia"].place.precision == "country" and at["Russia"].figures["intercepted"].best == 17
    assert "intercepted" not in at["Tuapse"].figures


def test_the_ministrys_abbreviation_names_no_place(read):
    # "Минобороны РФ" is who told it, not where: a region's count stays the region's
    [e] = read("Над Белгородской областью уничтожены 5 беспилотников, сообщили в Минобороны РФ.", "ru")
    assert (e.place.key, e.place.precision, e.figures["intercepted"].best) == ("Belgorod Oblast", "admin1", 5)


@pytest.mark.parametrize("text, lang", [
    ("Минобороны: вечером над пятью регионами сбиты 30 беспилотников, из них 20 — над Курской областью.", "ru"),
    ("Міноборони РФ: увечері над п'ятьма регіонами збито 30 безпілотників, з них 20 - над Курською областю.", "uk"),
    ("Russia's Defence Ministry said 30 drones were destroyed over five regions in the evening, 20 of them over Kursk "
     "Oblast.", "en"),
])
def test_a_count_over_several_regions_is_not_the_count_of_the_one_region_named_as_its_part(read, text, lang):
    # the whole count is over the country the part lies in (as "over Russian territory, including the Moscow region")
    [e] = read(text, lang)
    assert (e.place.precision, e.place.country, e.figures["intercepted"].best) == ("region", "RU", 30)
    assert keys(e) == ["Russia", "Kursk Oblast"]


@pytest.mark.parametrize("text, lang, town", [
    ("У Херсоні лунають вибухи, повідомив начальник ОВА.\n\nНагадаємо, вночі ворог атакував Україну 15 дронами. "
     "Сили ППО збили 15 дронів над Миколаївською, Одеською та Херсонською областями.", "uk", "Kherson"),
    ("В Белгороде прогремел взрыв, сообщили жители.\n\nНапомним, ночью над Курской, Белгородской и Брянской областями "
     "были сбиты 12 беспилотников.", "ru", "Belgorod"),
])
def test_explosions_heard_in_a_town_are_not_met_by_a_claim_over_several_regions(gazetteer, text, lang, town):
    # the regions of the list are the claim's areas; explosions heard in a town of one of them stay news of their own
    # (as they do beside any claim over several areas)
    events = extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
    assert any(e.kind in ("strike", "explosion") and e.place is not None and e.place.key == town for e in events), lang
    [claim] = [e for e in events if e.kind == "interception"]
    assert len(claim.areas) >= 3
