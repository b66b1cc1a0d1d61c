"""Where the wounded were flown, sent or taken for treatment, or are being treated, is not where they were hurt
(origin_markers of lang/<code>/events.yaml): "отправили на лечение в Донецк", "доставили гелікоптером до Дніпра",
"who are being treated in Dnipro". The town of the incident stays its only place. Reports written for these tests."""

import pytest


def places(events):
    return sorted({e.place.key if e.place else None for e in events})


@pytest.mark.parametrize("text, lang, where", [
    ("После обстрела Горловки раненых отправили на лечение в Донецк.", "ru", ["Horlivka"]),
    ("Дрон атаковал автомобиль в Никополе, ранены двое мужчин, их доставили вертолётом в Днепр.", "ru", ["Nikopol"]),
    ("Після обстрілу Херсона поранених відправили на лікування до Одеси.", "uk", ["Kherson"]),
    ("Дрон атакував автомобіль у Нікополі, поранено двох чоловіків, їх доставили гелікоптером до Дніпра.", "uk",
     ["Nikopol"]),
    ("Two soldiers wounded in the shelling of Horlivka were sent for treatment to Donetsk.", "en", ["Horlivka"]),
    ("A drone hit a car in Nikopol, wounding two men, who are being treated in Dnipro.", "en", ["Nikopol"]),
])
def test_the_town_the_wounded_were_taken_to_is_no_place_of_the_incident(read, text, lang, where):
    assert places(read(text, lang)) == where


def test_a_town_hit_after_a_transport_word_stays_a_place(read):
    events = read("Дрон атаковал автомобиль в Никополе. Вечером ракета попала в больницу в Днепре.", "ru")
    assert places(events) == ["Dnipro", "Nikopol"]
