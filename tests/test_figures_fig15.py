"""Figures, fifteenth session (fig15): stated zeros and hospitalisations told in other words (`zero` and `all_of` in
lang/<code>/figures.yaml). Each report is written for this test (en / ru / uk)."""

import pytest

from report_reading import casualty_event, figures, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


@pytest.mark.parametrize("text, lang", [
    ("Two missiles were fired at a container ship in the Gulf of Aden on Tuesday, a naval mission said. All crew "
     "members were reported safe.", "en"),
    ("A missile struck a bulk carrier near Aden on Friday, a shipping firm said. The firm described its sailors as "
     "\u201csafe\u201d.", "en"),
    ("A drone hit a ferry near the port of Odesa on Friday, the navy said. Passengers on board remained unhurt.",
     "en"),
])
def test_a_crew_told_safe_is_no_one_killed_or_hurt(read, text, lang):
    told = figures(casualty_event(read(text, lang)))
    assert (told.get("killed"), told.get("injured")) == (0, 0)


def test_no_harm_to_the_crew_is_no_one_hurt(read):
    text = "A drone hit a tanker near the port of Odesa on Friday, the navy said. It caused no harm to the crew."
    assert figures(casualty_event(read(text, "en"))).get("injured") == 0


@pytest.mark.parametrize("text, lang", [
    ("Ночью беспилотник атаковал Новороссийск, сообщил мэр. Пострадавших в результате падения обломков на территории "
     "порта не зафиксировано.", "ru"),
    ("Беспилотник атаковал Белгород, сообщил губернатор. Жертв и пострадавших удалось избежать.", "ru"),
    ("Вночі росіяни атакували Миколаїв дронами, повідомив мер. На щастя, мешканцям вдалося уникнути жертв і "
     "постраждалих.", "uk"),
    ("Росіяни обстріляли Херсон, повідомив Олександр Прокудін. Постраждалих унаслідок влучання снаряда у двір "
     "приватного будинку не зафіксовано.", "uk"),
])
def test_casualties_avoided_or_not_recorded_far_off_are_none(read, text, lang):
    # (on main "уникнути постраждалих" was read as someone hurt, and the long "не зафиксировано" not at all)
    told = figures(casualty_event(read(text, lang)))
    assert (told.get("killed"), told.get("injured")) == (0, 0)


@pytest.mark.parametrize("text, lang", [
    ("Росіяни атакували Суми дроном, повідомив Олег Григоров. Поранений 40-річний чоловік, медики оглянули його на "
     "місці без госпіталізації.", "uk"),
    ("Беспилотник атаковал Белгород, сообщил губернатор. Пострадал мужчина, помощь ему оказали без госпитализации.",
     "ru"),
])
def test_help_without_hospitalisation_is_none_hospitalised(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {"injured": 1, "hospitalized": 0}


def test_the_hurt_told_in_hospital_are_all_hospitalised_uk(read):
    text = "Росіяни вдарили по Херсону, поранено чотирьох людей. Поранені наразі знаходяться в обласній лікарні."
    assert figures(casualty_event(read(text, "uk"))) == {"injured": 4, "hospitalized": 4}
