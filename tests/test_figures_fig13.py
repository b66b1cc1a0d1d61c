"""Figures, thirteenth session (fig13): hospitalisation told without a count of its own (extract/hospital_told.py,
`hospital_told` in lang/<code>/figures.yaml). Each report is written for this test (en / ru / uk)."""

import pytest

from report_reading import bounds, casualty_event, figures


@pytest.mark.parametrize("text, lang", [
    ("Russian drones attacked Kherson on Monday, the regional administration said. A woman was wounded and was later "
     "hospitalized.", "en"),
    ("Russian drones attacked Kherson on Monday, the regional administration said. The shelling wounded a 52-year-old "
     "man, who was then taken to hospital.", "en"),
    ("Беспилотник атаковал Белгород, сообщил губернатор Вячеслав Гладков. Один мирный житель получил ранения и был "
     "госпитализирован.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Олександр Прокудін. Одна людина отримала поранення та була "
     "госпіталізована.", "uk"),
])
def test_the_hurt_hospitalised_in_one_clause_are_one_count(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {"injured": 1, "hospitalized": 1}


@pytest.mark.parametrize("text, lang", [
    ("Russian drones attacked Kherson on Monday, the regional administration said. Two people were injured. "
     "Paramedics took them to a nearby hospital.", "en"),
    ("Russian drones attacked Kherson on Monday, the regional administration said. Two people were injured. The "
     "wounded were quickly taken to the district hospital.", "en"),
    ("Беспилотник атаковал Белгород, сообщил губернатор Вячеслав Гладков. Пострадали два человека. Их направили в "
     "районную больницу.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Олександр Прокудін. Поранено двох людей. Усіх поранених "
     "ушпиталили.", "uk"),
])
def test_a_group_hospitalised_with_words_between_is_as_many_as_injured(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {"injured": 2, "hospitalized": 2}


@pytest.mark.parametrize("text, lang", [
    ("Russian drones attacked Kherson on Monday, the regional administration said. Two people were injured. Medics "
     "took her to the regional hospital.", "en"),
    ("Беспилотник атаковал Белгород, сообщил губернатор Вячеслав Гладков. Пострадали два человека. Женщину с "
     "осколочным ранением доставили в городскую больницу.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Олександр Прокудін. Поранено двох людей. Його з осколковим "
     "пораненням госпіталізували до міської лікарні.", "uk"),
])
def test_one_person_hospitalised_with_words_between_is_one(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {"injured": 2, "hospitalized": 1}


@pytest.mark.parametrize("text, lang", [
    ("Російські війська обстріляли Херсон, повідомив Олександр Прокудін. Постраждав 60-річний чоловік. "
     "Госпіталізували до обласної лікарні.", "uk"),
])
def test_a_hospitalisation_with_no_one_named_is_of_the_hurt(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {"injured": 1, "hospitalized": 1}


@pytest.mark.parametrize("text, lang", [
    ("Беспилотник атаковал Белгород, сообщил губернатор Вячеслав Гладков. Пострадали два человека. Их не "
     "госпитализировали.", "ru"),
    ("Russian drones attacked Kherson on Monday, the regional administration said. Two people were injured. A "
     "hospital was damaged.", "en"),
])
def test_no_hospitalisation_denied_or_a_hospital_struck(read, text, lang):
    assert "hospitalized" not in figures(casualty_event(read(text, lang)))


def test_a_part_in_a_condition_taken_to_hospital_is_no_count_of_the_hospitalised(read):
    text = ("Беспилотник атаковал Белгород, сообщил губернатор Вячеслав Гладков. Пятерых раненых увезли в больницу. "
            "Один из них, пожилой мужчина, в крайне тяжелом состоянии отправлен в областной госпиталь.")
    e = casualty_event(read(text, "ru"))
    assert e.figures["hospitalized"].low == 5


@pytest.mark.parametrize("text, lang", [
    ("Беспилотник атаковал Белгород, сообщил губернатор Вячеслав Гладков. Пострадал мужчина. Его доставили в "
     "больницу Шебекино.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Олександр Прокудін. Поранено чоловіка. Його доставили до лікарні "
     "у Миколаєві.", "uk"),
    ("Russian drones attacked Kherson on Monday, the regional administration said. A man was injured. He was taken "
     "to a hospital in Mykolaiv.", "en"),
])
def test_a_hospital_elsewhere_is_no_incident_there(read, text, lang):
    events = read(text, lang)
    assert len(events) == 1
    assert figures(casualty_event(events)) == {"injured": 1, "hospitalized": 1}


@pytest.mark.parametrize("text, lang, expected", [
    ("Украинские войска обстреляли Донецк, погибли два человека, сообщил Алексей Кулемзин. Всего за трое суток в "
     "Донецке погибли 25 человек.", "ru", (2, 2, 2)),
    ("Російські війська обстріляли Херсон, загинули двоє людей, повідомив Олександр Прокудін. Загалом за дві доби в "
     "Херсоні загинули 12 людей.", "uk", (2, 2, 2)),
])
def test_a_toll_over_days_is_no_figure_of_the_incident(read, text, lang, expected):
    assert bounds(casualty_event(read(text, lang)), "killed") == expected
