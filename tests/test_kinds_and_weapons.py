"""Kinds, weapons and dates of incidents as real reports tell them (issue 10: missed events of the wrong kind, and
weapons among matched events), each shown with a report written for this test, in English, Russian and Ukrainian."""

import pytest


def _kind(events, kind):
    return next(e for e in events if e.kind == kind)


# --- "shelled" says how, not with what: the weapon is named by a gun, a shell or a launcher ----------------------

@pytest.mark.parametrize("text, lang", [
    ("Ukrainian forces shelled the village of Zhuravlevka, injuring two people, the governor said.", "en"),
    ("ВСУ обстреляли село Журавлевка, ранены двое мирных жителей, сообщил губернатор.", "ru"),
    ("Росіяни обстріляли Нікополь, поранено двох людей, повідомив голова ОВА.", "uk"),
])
def test_a_shelling_told_by_its_verb_alone_names_no_weapon(read, text, lang):
    assert _kind(read(text, lang), "shelling").weapon is None


@pytest.mark.parametrize("text, lang", [
    ("Ukrainian forces shelled the village of Zhuravlevka, injuring two people, the governor said. Multiple rocket "
     "launchers were used.", "en"),
    ("ВСУ обстреляли село Журавлевка, ранены двое мирных жителей. Осколки снарядов повредили два дома.", "ru"),
    ("Росіяни обстріляли Нікополь, поранено двох людей. Ворог бив з артилерії по околицях міста.", "uk"),
])
def test_a_gun_or_a_shell_named_anywhere_in_the_report_is_the_shellings_weapon(read, text, lang):
    assert _kind(read(text, lang), "shelling").weapon == "artillery"


# --- air defence at work over a place is an interception there, not explosions of unknown cause -------------------

@pytest.mark.parametrize("text, lang", [
    ("Loud blasts were heard in Poltava overnight as air defense was operating over Poltava, the mayor said.", "en"),
    ("В Белгороде прогремели взрывы, в городе работала система противовоздушной обороны.", "ru"),
    ("У Полтаві пролунали вибухи, у місті працювала система протиповітряної оборони.", "uk"),
])
def test_explosions_while_air_defence_works_over_a_city_are_an_interception(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["interception"]
