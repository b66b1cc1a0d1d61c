"""The learned pair decision (extract/pair_decision.py): its data file, its features and its joining.

Every report here is written for the test or by the tenth session's reviewer (review10); none is taken from an evaluation
text.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventledger.extract import pair_decision as pd
from eventledger.extract.pipeline import extract, proposed
from eventledger.model import Claim, Event, Place, Report
from report_reading import PUBLISHED, figures

REPORT = "test-report"
OBLAST = Place("Northland Oblast", "UA", "Northland Oblast", 50.0, 30.0, "admin1")
TOWN = Place("Rivertown", "UA", "Northland Oblast", 50.1, 30.2, "city")
FAR = Place("Hilltown", "UA", "Southland Oblast", 46.0, 34.0, "city")
TEXT = (
    "Drone attack on Northland Oblast injures two\n"
    "A drone hit a house in Rivertown overnight, the governor said. Two people were injured.\n"
    "Shelling of Hilltown killed three people in the afternoon.\n"
)


def _claim(quote: str, figure: str | None = None, value: int | str = "strike", source: str | None = None) -> Claim:
    start = TEXT.index(quote)
    return Claim(REPORT, start, start + len(quote), quote, value, figure=figure,
                 assertion=None if figure else "kind", source=source)


def _event(kind: str, place: Place, claims: tuple[Claim, ...], weapon: str | None = None) -> Event:
    return Event(kind=kind, date="2026-01-10", date_precision="day", place=place, weapon=weapon, claims=claims,
                 reports=(REPORT,), anchor=min(c.start for c in claims), id=f"{place.name}-{kind}")


HEADLINE = _event("strike", OBLAST, (_claim("Drone attack on Northland Oblast injures two"),
                                     _claim("injures two", "injured", 2)), weapon="drone")
BODY = _event("strike", TOWN, (_claim("A drone hit a house in Rivertown overnight, the governor said.", source="governor"),
                               _claim("Two people were injured", "injured", 2, source="governor")), weapon="drone")
ELSEWHERE = _event("shelling", FAR, (_claim("Shelling of Hilltown killed three people in the afternoon."),
                                     _claim("killed three people", "killed", 3)), weapon="artillery")


def test_weights_name_every_feature_and_say_how_they_were_made():
    data = json.loads(pd.WEIGHTS.read_text(encoding="utf-8"))
    assert data["features"] == list(pd.FEATURES)
    assert set(data["weights"]) == set(pd.FEATURES)
    assert data["trained_by"].startswith("PYTHONPATH=src python scripts/train_pair_decision.py")
    assert len(data["gold_commit"]) == 40


def test_features_are_symmetric():
    one = pd.pair_features(HEADLINE, BODY, TEXT, "en", [HEADLINE, BODY, ELSEWHERE])
    other = pd.pair_features(BODY, HEADLINE, TEXT, "en", [HEADLINE, BODY, ELSEWHERE])
    assert one == other
    assert one["one_holds_other"] == 1.0 and one["headline"] == 1.0 and one["same_weapon"] == 1.0


def test_headline_retold_in_the_body_is_one_incident():
    # (a report of these two alone; beside a third event, `log_events` leaves this pair at about 0.54 since the refit
    # with `vetoed` and the headline fix, still far above its pairs with the third)
    events = [HEADLINE, BODY]
    assert pd.probability(pd.pair_features(HEADLINE, BODY, TEXT, "en", events), pd._weights()) > pd.THRESHOLD
    joined = pd.retellings_joined(events, TEXT, "en")
    assert len(joined) == 1
    (one,) = joined
    assert one.place == TOWN  # the finer place
    assert one.anchor == HEADLINE.anchor


def test_two_towns_far_apart_stay_two_incidents():
    events = [HEADLINE, BODY, ELSEWHERE]
    for e in (HEADLINE, BODY):
        assert pd.probability(pd.pair_features(e, ELSEWHERE, TEXT, "en", events), pd._weights()) < pd.THRESHOLD


def test_joined_event_keeps_every_claim_with_its_source_and_span():
    one = pd.joined(HEADLINE, BODY)
    assert set(one.claims) == set(HEADLINE.claims) | set(BODY.claims)
    by_quote = {c.quote: c for c in one.claims}
    told = by_quote["Two people were injured"]
    assert told.source == "governor" and TEXT[told.start:told.end] == told.quote
    assert one.figures["injured"].best == 2


def test_an_interception_keeps_the_area_its_count_covers():
    text = "Air defence downed 12 drones over Northland Oblast. Four of them over Rivertown.\n"
    whole = Event(kind="interception", date="2026-01-10", date_precision="day", place=OBLAST, reports=(REPORT,),
                  claims=(Claim(REPORT, 0, 51, text[:51], "interception", assertion="kind"),), anchor=0, id="a")
    part = Event(kind="interception", date="2026-01-10", date_precision="day", place=TOWN, reports=(REPORT,),
                 claims=(Claim(REPORT, 52, 80, text[52:80], "interception", assertion="kind"),), anchor=52, id="b")
    assert pd.joined(part, whole).place == OBLAST


@given(st.text(alphabet="ab .!?…\n\t", max_size=40), st.data())
def test_a_reports_layout_counts_what_a_pass_over_the_text_between_two_events_would(text: str, data) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    layout = pd._layout(text)
    assert layout.ends_between(lo, hi) == len(pd._BOUNDARY.findall(text[lo:hi]))
    assert layout.line_break_between(lo, hi) == ("\n" in text[lo:hi].strip())


# Conventions of ANNOTATION.md the weights cannot override (`pd.vetoed`). The reports below were written by the
# reviewer of the tenth session (review10, F1.1-F1.3) and by this test, none taken from an evaluation text.


TWO_TOWNS = {
    "en7": ("en", "Russian troops shelled Nikopol and Marhanets during the day, governor Serhiy Lysak said. In Nikopol, a "
                  "60-year-old man was killed. In Marhanets, artillery damaged a gas pipeline, a woman was injured.\n"),
    "en6": ("en", "Drones hit Bucha and Irpin overnight\nA Russian drone hit a private house in Bucha overnight, injuring "
                  "two people. In Irpin, another drone damaged a school building.\n"),
    "ru4": ("ru", "ВСУ атаковали дронами Шебекино и Новую Таволжанку\nВ Шебекино беспилотник ударил по частному дому, "
                  "ранены два человека. В Новой Таволжанке дрон атаковал легковой автомобиль, водитель погиб, сообщил "
                  "губернатор Вячеслав Гладков.\n"),
    "uk4": ("uk", "Росіяни обстріляли Нікополь і Марганець\nУдень окупанти обстріляли з артилерії Нікополь, загинув "
                  "60-річний чоловік. У Марганці снаряд пошкодив газопровід, поранена жінка, повідомив голова ОВА Сергій "
                  "Лисак.\n"),
}
RECALLED = {  # today's incident, and one the report recalls from January
    "en10": ("en", "A Russian drone hit a house in Bucha overnight, injuring two people, the regional administration "
                   "said. In January, a drone attack on nearby Irpin killed three people.\n"),
    "ru6": ("ru", "Ночью беспилотник атаковал Шебекино, ранены два человека. Напомним, в январе при атаке дрона на "
                  "соседнюю Новую Таволжанку погибли три человека.\n"),
    "uk": ("uk", "Вночі дрон атакував Бучу, поранено двох людей. Нагадаємо, у січні під час атаки дрона на сусідній "
                 "Ірпінь загинули троє людей.\n"),
}
TWO_DAYS = {
    "en9": ("en", "On March 8, a Russian drone hit a private house in Bucha, injuring two people. On March 9, a drone "
                  "damaged a school in Irpin.\n"),
    "ru5": ("ru", "7 марта беспилотник атаковал Шебекино, ранены два человека. 9 марта дрон ударил по автомобилю в "
                  "Новой Таволжанке, водитель погиб.\n"),
    "uk": ("uk", "8 березня дрон влучив у приватний будинок у Бучі, поранено двох людей. 9 березня дрон пошкодив школу в "
                 "Ірпені.\n"),
}


def _report(lang: str, text: str) -> Report:
    return Report(text=text, published=PUBLISHED, language=lang)


def _vetoes(gazetteer, lang: str, text: str) -> set[str]:
    events, _, _ = proposed(_report(lang, text), gazetteer)
    return {why for i, a in enumerate(events) for b in events[i + 1:] if (why := pd.vetoed(a, b))}


@pytest.mark.parametrize("name", sorted(TWO_TOWNS))
def test_two_towns_each_with_its_own_toll_or_target_stay_two_events(gazetteer, name):
    lang, text = TWO_TOWNS[name]
    assert any("settlements" in why for why in _vetoes(gazetteer, lang, text))
    events = extract(_report(lang, text), gazetteer)
    assert len({e.place.key for e in events if e.kind in ("strike", "shelling")}) == 2
    for e in events:  # no town's toll is counted at the other
        assert not {"killed", "injured"} <= set(figures(e))


def test_a_town_and_its_own_quarter_or_its_region_are_no_two_settlements():
    quarter = Place("Old Quarter", "UA", "Northland Oblast", 50.11, 30.21, "city")  # ~1.3 km from Rivertown's centre
    assert pd.vetoed(BODY, _event("strike", quarter, BODY.claims)) is None
    assert pd.vetoed(HEADLINE, BODY) is None
    assert pd.vetoed(BODY, _event("strike", FAR, BODY.claims)) is not None


@pytest.mark.parametrize("name", sorted(RECALLED))
def test_a_recalled_incident_is_never_joined_into_todays(gazetteer, name):
    lang, text = RECALLED[name]
    events = extract(_report(lang, text), gazetteer)
    today = [e for e in events if not e.background]
    recalled = [e for e in events if e.background]
    assert today and recalled
    assert all("killed" not in figures(e) for e in today)  # January's three dead are not last night's
    assert any(figures(e).get("killed") == 3 for e in recalled)


@pytest.mark.parametrize("name", sorted(TWO_DAYS))
def test_two_incidents_told_on_two_days_stay_two(gazetteer, name):
    lang, text = TWO_DAYS[name]
    assert _vetoes(gazetteer, lang, text)
    events = extract(_report(lang, text), gazetteer)
    assert len({e.date for e in events}) == 2


def test_two_days_veto_without_places():
    other_day = replace(BODY, date="2026-01-09")
    assert pd.vetoed(BODY, other_day) == "told on two different days"
    assert pd.vetoed(BODY, replace(BODY, background=True)) is not None


def test_a_headline_only_when_text_follows_its_line_break(gazetteer):
    assert pd._layout("One paragraph, all of it body.\n").head == -1
    assert pd._layout("One paragraph, all of it body.\n  \n").head == -1
    assert pd._layout("A headline\nThe body.\n").head == len("A headline")
    lang, text = TWO_DAYS["en9"]
    for told in (text, text.rstrip("\n")):  # the trailing line break changes nothing
        events, t, language = proposed(_report(lang, told), gazetteer)
        assert all(pd.pair_features(a, b, t, language, events)["headline"] == 0.0
                   for i, a in enumerate(events) for b in events[i + 1:])


@pytest.mark.parametrize("lang, phrase", [("ru", "кроме\u00a0того"), ("uk", "крім\u00a0того"), ("en", "in\u00a0addition")])
def test_the_words_of_the_language_files_match_across_a_no_break_space(lang, phrase):
    assert pd._words(lang, "additive").search(f"{phrase}, a drone hit")
